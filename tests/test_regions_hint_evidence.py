"""A region the title alone names, by a form the body's scan takes as no mention, keeps the title's characters as its
evidence: never a region read from nothing."""

from lawreport import regions

_BODY = "\n\n全年受理行政复议案件35件,办结33件。\n"


def test_an_old_county_level_name_in_the_title_is_the_evidence_of_its_district() -> None:
    title = "铜山县2018年度法治政府建设工作报告"
    found = regions.resolve(title + _BODY, [title])
    assert (found.county, found.code) == ("铜山区", "320312")
    assert [(title + _BODY)[start:end] for start, end in found.mentions] == ["铜山"]


def test_an_old_city_name_in_a_title_further_down_is_found_where_the_title_stands() -> None:
    text = "当前位置:首页>政务公开\n吴江市2011年依法行政工作报告" + _BODY
    title = "吴江市2011年依法行政工作报告"
    found = regions.resolve(text, [title])
    assert found.county == "吴江区"
    assert found.mentions == ((text.index("吴江"), text.index("吴江") + 2),)


def test_a_hint_the_text_does_not_hold_as_written_lends_no_characters() -> None:
    found = regions.resolve("吴 江 市2011年依法行政工作报告" + _BODY, ["吴江市2011年依法行政工作报告"])
    assert found.county == "吴江区"
    assert found.mentions == ()


def test_a_region_the_body_names_keeps_the_body_mentions_alone() -> None:
    text = "2023年法治政府建设情况报告\n\n铜山区全年受理行政复议案件35件。铜山区司法局\n"
    found = regions.resolve(text, ["铜山县"])
    assert found.county == "铜山区"
    assert [text[start:end] for start, end in found.mentions] == ["铜山区", "铜山区"]
