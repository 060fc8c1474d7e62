"""A place's name opening with a character that, right after a digit, is the number's unit (10月, 1.2万, 7成: [lexicon]
number_closers): read across the number it is no place (今年前10月湖南法院 is 湖南's courts, not 鹰潭's 月湖区); after anything
but a digit the same name stands (月湖法院, 成县县委).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import regions
from lawreport.catalog import DEFAULT_PATH, CatalogError, load_catalog

_PROVINCE_NEWS = ("今年前10月湖南法院诉前调解成功案件3.2万件\n\n"
                  "长沙11月20日电 今年1至10月,全省法院诉前调解成功案件3.2万件。湖南省高级人民法院负责人介绍,"
                  "湖南法院将继续推进诉源治理。\n")
_COURT_REPORT = ("月湖法院2024年诉前调解工作情况\n\n2024年,月湖法院坚持把非诉讼纠纷解决机制挺在前面,"
                 "全年诉前调解成功案件1200件。\n")


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("a month's 月 before the province's short name names no 月湖区", _PROVINCE_NEWS, ("湖南省", None, None)),
    ("the court's short name after no digit is its district", _COURT_REPORT, ("江西省", "鹰潭市", "月湖区")),
])
def test_a_number_unit_opens_no_name(case, text, expected):
    assert read(text, "region") == expected


def _named(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in regions.find_named_units(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("全省近7成县级法院实现网上立案。", []),  # 7成, then 县级: no 成县
    ("全省近七成县级法院实现网上立案。", []),  # a Chinese numeral is a Han character before it: no word's boundary
    ("本月,成县县委召开全面依法治县工作会议。", ["成县"]),
    ("全年化解纠纷1.2万余件,法治万宁建设稳步推进。", ["万宁"]),  # 万 of 1.2万, then 万宁 after 法治
])
def test_names_after_digits(text, expected):
    assert _named(text) == expected


def test_the_characters_are_the_catalogs(use_catalog):
    use_catalog(lambda text: text.replace('number_closers = ["月", ', "number_closers = [", 1))
    assert read(_PROVINCE_NEWS, "region") == ("江西省", "鹰潭市", "月湖区")


def test_a_number_closer_is_one_character(tmp_path):
    """The rule compares the one character a name opens with: a longer entry never matches."""
    path = tmp_path / "catalog.toml"
    path.write_text(DEFAULT_PATH.read_text(encoding="utf-8").replace(
        'number_closers = ["月", ', 'number_closers = ["个月", ', 1), encoding="utf-8")
    with pytest.raises(CatalogError, match="number_closers"):
        load_catalog(path)
    assert "月" in load_catalog(DEFAULT_PATH).lexicon.number_closers


def test_the_short_name_of_a_unit_named_in_full_is_no_number_unit():
    """The short name of a unit the text names in full counts wherever it stands, but not read from a number's unit."""
    text = "成都市司法局召开全市司法行政工作会议。全市近7成都已建成公共法律服务站点,成都各区县积极推进。"
    result = regions.resolve(text)
    assert (result.city, [text[start:end] for start, end in result.mentions]) == ("成都市", ["成都市", "成都"])
    assert result.mentions[-1][0] == text.index("成都各")


@pytest.mark.parametrize(("text", "expected"), [
    ("全省近7成都市居民知晓法律援助热线。", []),  # 7成, then 都市: no 成都市
    ("今年前10月湖区各县化解纠纷。", []),  # 10月, then 湖区: no 月湖区
    ("成都市居民知晓法律援助热线。", ["成都市"]),
    ("鹰潭市月湖区化解纠纷。", ["鹰潭市", "月湖区"]),
])
def test_full_names_after_digits(text, expected):
    assert _named(text) == expected
