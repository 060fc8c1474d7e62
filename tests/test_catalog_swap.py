"""Stages read the catalog when they run: another catalog, loaded after import, is the one they use."""

from __future__ import annotations

import pytest

from lawreport import extract, regions
from lawreport.catalog import DEFAULT_PATH, CatalogError, load_catalog
from lawreport.documents import find_documents
from lawreport.numbers import scan


def _units(text: str) -> list[str | None]:
    return [q.unit for q in scan(text)]


def test_scan_uses_a_measure_word_of_a_catalog_loaded_after_import(use_catalog):
    assert _units("抽查案卷1240卷") == [None]
    use_catalog(lambda text: text.replace('count = ["件", ', 'count = ["卷", "件", ', 1))
    assert _units("抽查案卷1240卷") == ["卷"]


def test_documents_use_the_types_of_a_catalog_loaded_after_import(use_catalog):
    text = "印发《依法行政白皮书》。"
    assert [d.type for d in find_documents(text)] == ["document"]
    use_catalog(lambda text: text.replace("publication = '(?:日报|", "publication = '(?:白皮书|日报|", 1))
    assert [d.type for d in find_documents(text)] == ["publication"]


# --- metadata's cues ([metadata.cues]) -----------------------------------------------------------

_LETTERHEAD = ("青禾县人民法院\n主任、副主任、各位委员：\n受县人大常委会委托，现将我院2023年以来行政审判工作情况报告如下。\n"
               "2023年，全县法院共审结行政案件三百余件。\n")
_JOINT_TITLE = "中共青禾县委青禾县人民政府关于2023年度法治政府建设情况的报告\n2023年，全县坚持依法行政。\n"


def _issuer(text: str) -> str | None:
    record = extract(text)
    return record.issuer.name if record.issuer else None


def test_a_letterhead_is_a_body_above_the_catalogs_salutation(use_catalog):
    assert _issuer(_LETTERHEAD) == "青禾县人民法院"
    use_catalog(lambda text: text.replace("(?:各|同志|代表|委员|常委会)", "(?:同志|代表)", 1))
    assert _issuer(_LETTERHEAD) is None


def test_a_joint_title_opens_with_the_catalogs_party_committee(use_catalog):
    assert _issuer(_JOINT_TITLE) == "青禾县人民政府"
    use_catalog(lambda text: text.replace("party_committee = '中共.+委|(?!政协).+(?:[省市县区州旗盟]党?|地)委|.*(?:兵团|师)党委|.+区党?工委'",
                                          "party_committee = '中共.+党委'", 1))
    assert _issuer(_JOINT_TITLE) == "中共青禾县委"


def test_a_joint_titles_report_falls_on_the_catalogs_government(use_catalog):
    assert _issuer(_JOINT_TITLE) == "青禾县人民政府"
    use_catalog(lambda text: text.replace("government = '(?:政府|行政公署|行署)$|^(?:新疆生产建设|新疆)兵团$'", "government = '办公室$'", 1))
    assert _issuer(_JOINT_TITLE) == "中共青禾县委"


# --- the region rules' word lists ([lexicon]) ----------------------------------------------------

def _named(text: str) -> list[str]:
    return [m.text for m in regions.find_mentions(text)]


def _county(text: str) -> str | None:
    return regions.resolve(text).county


def test_a_generic_name_of_the_catalog_needs_a_parent(use_catalog):
    assert _named("他在新城区工作") == []
    use_catalog(lambda text: text.replace('"新城区", ', "", 1))
    assert "新城区" in _named("他在新城区工作")


def test_a_short_name_opening_a_smaller_thing_of_the_catalog_names_no_county(use_catalog):
    assert _named("建设法治坪山街道") == []
    use_catalog(lambda text: text.replace('names_of_smaller_things = ["街道", ', "names_of_smaller_things = [", 1))
    assert _named("建设法治坪山街道") == ["坪山"]


def test_a_short_name_counts_after_a_self_reference_prefix_of_the_catalog(use_catalog):
    assert _named("建设法治坪山") == ["坪山"]
    use_catalog(lambda text: text.replace('self_reference_prefixes = ["法治", ', "self_reference_prefixes = [", 1))
    assert _named("建设法治坪山") == []


def test_a_place_after_the_catalogs_example_word_is_not_the_subject(use_catalog):
    text = "例如坪山区的做法。比如坪山区的经验。"
    assert _county(text) is None
    use_catalog(lambda text: text.replace('example_end = ["如", ', 'example_end = ["譬如", ', 1))
    assert _county(text) == "坪山区"


def test_a_place_on_the_catalogs_address_line_is_not_the_subject(use_catalog):
    text = "地址：坪山区东门路1号\n地址：坪山区西门路2号\n"
    assert _county(text) is None
    use_catalog(lambda text: text.replace("address_line = '(?m)^[ \\t]*地址", "address_line = '(?m)^[ \\t]*邮编", 1))
    assert _county(text) == "坪山区"


def test_the_text_calls_its_own_place_by_a_prefix_of_the_catalog(use_catalog):
    text = "坪山区召开会议，全区各部门参加。"
    assert _county(text) == "坪山区"
    use_catalog(lambda text: text.replace('own_place_prefixes = ["我", "全", ', 'own_place_prefixes = ["我", ', 1))
    assert _county(text) is None


def test_a_county_after_a_word_of_acting_on_it_in_the_catalog_is_no_subject(use_catalog):
    text = "2023年,株洲市坚持依法行政,督促茶陵县城管局整改,督促茶陵县住建局整改。\n"
    assert regions.resolve(text).county is None
    use_catalog(lambda text: text.replace("acted_on = '督促|", "acted_on = '", 1))
    assert regions.resolve(text).county == "茶陵县"


def test_a_name_ending_inside_a_word_of_the_catalog_is_no_name(use_catalog):
    assert _named("在东方市场购物") == []
    use_catalog(lambda text: text.replace('name_end_words = ["市场", ', "name_end_words = [", 1))
    assert _named("在东方市场购物") == ["东方市"]


def test_a_short_name_opening_a_school_of_the_catalog_names_no_county(use_catalog):
    assert _named("建设法治坪山师范学院") == []
    use_catalog(lambda text: text.replace("named_after_place = '\\p{Han}{2,4}?(?:大学|学院)|",
                                          "named_after_place = '\\p{Han}{2,4}?大学|", 1))
    assert _named("建设法治坪山师范学院") == ["坪山"]


def test_a_short_name_opening_a_law_firm_of_the_catalog_names_no_province(use_catalog):
    text = "全省律师行业开展公益法律服务，聘请浙江明衡律师事务所担任法律顾问。"
    assert regions.resolve(text).province is None
    firms = "|(?:(?![有共各全的和与及等注册执])\\p{Han}){2,8}?(?:\\(\\p{Han}{2,6}\\))?(?:律师事务所(?!\\d)|(?:有限|有限责任)公司)|\\)律师事务所'"
    use_catalog(lambda text: text.replace(firms, "'", 1))
    assert regions.resolve(text).province == "浙江省"


def test_a_name_end_word_has_two_characters(tmp_path):
    """The rule compares a name's last character and the next one: a word of another length never matches."""
    path = tmp_path / "catalog.toml"
    path.write_text(DEFAULT_PATH.read_text(encoding="utf-8").replace(
        'name_end_words = ["市场", "区域",', 'name_end_words = ["市场", "域",', 1), encoding="utf-8")
    with pytest.raises(CatalogError, match="name_end_words"):
        load_catalog(path)
    assert load_catalog(DEFAULT_PATH).lexicon.name_end_words == {"市场", "区域", "区块", "区片", "县域", "县级"}
