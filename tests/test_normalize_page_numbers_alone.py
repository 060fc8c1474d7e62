"""A page's number alone on a line (3, no dashes around it) where a copy of a PDF's text breaks a sentence between two
pages: dropped, with the running header after it, where the line after it opens with a digit (no figure's number runs
on into another: 调解成功率 / 3 / 98.6%) or where the text's numbers so written count its pages a page's text apart; a
number alone over its measure word (受理 / 5 / 件), in a list or a table's column, or over a noun where no pages are
counted so, stays, and is never glued to the words before it. The report's title repeated alone between the halves of
a sentence, a running header with no page's number, is dropped too."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize_mapped

_TITLE = "柳溪县人民政府关于2024年度法治政府建设情况的报告"
_OPENING = ("一、主要工作成效\n"
            "  2024年，柳溪县坚持以人民为中心，扎实推进法治政府建设各项工作，全县依法行政水平持续提升，群众满意度稳步提高。\n")
# A paragraph of plain words, as long as a page's text, between two pages' numbers.
_PAGE_OF_WORDS = "全县法治宣传教育深入开展，基层依法治理水平不断提升，各项工作任务有序推进、全面完成。" * 8


def _metrics(raw: str) -> list[tuple[str, float, str]]:
    return sorted((m["key"], m["value"], m["evidence"]["text"]) for m in extract(raw).model_dump()["metrics"])


def _report(body: str) -> str:
    return f"{_TITLE}\n{_OPENING}{body}\n"


def test_a_page_number_before_a_line_opening_with_a_digit_is_dropped():
    raw = _report("  全年，柳溪县各级人民调解组织共排查化解各类矛盾纠纷2317件，调解成功率\n3\n97.4%，"
                  "有效维护了社会和谐稳定。")
    found = _metrics(raw)
    assert ("mediation_success_rate", 97.4, "调解成功率\n3\n97.4%") in found
    assert not [value for _, value, _ in found if value in (3, 397.4)]
    assert "调解成功率97.4%" in normalize_mapped(raw).copy


def test_a_page_number_and_the_running_header_after_it_are_dropped():
    raw = _report("  全年，柳溪县各级行政机关认真落实负责人出庭应诉制度，应出庭案件64件，行政机关负责人出庭应诉率\n4\n"
                  f"{_TITLE}\n100%，实现了应出尽出。")
    assert ("head_appearance_rate", 100, f"行政机关负责人出庭应诉率\n4\n{_TITLE}\n100%") in _metrics(raw)


def test_a_page_number_inside_a_count_leaves_the_count_whole():
    raw = _report("  2024年，柳溪县深化行政复议体制改革，发挥行政复议化解行政争议主渠道作用，全年共受理行政复议案件1\n2\n"
                  "48件，依法审结139件。")
    found = _metrics(raw)
    assert ("reconsideration_received", 148, "受理行政复议案件1\n2\n48件") in found
    assert not [value for _, value, _ in found if value in (1, 2, 12, 1248)]


def test_pages_counted_a_page_apart_drop_a_number_over_a_noun():
    raw = _report(f"  {_PAGE_OF_WORDS}\n2\n  {_PAGE_OF_WORDS}柳溪县深化行政复议体制改革，发挥行政复议化解行政争议主渠道作用，"
                  f"全年共受理\n3\n行政复议案件158件，依法审结150件。{_PAGE_OF_WORDS}\n4\n  {_PAGE_OF_WORDS}")
    copy = normalize_mapped(raw).copy
    assert "全年共受理行政复议案件158件" in copy
    assert ("reconsideration_received", 158, "受理\n3\n行政复议案件158件") in _metrics(raw)


def test_a_lone_number_over_a_noun_without_pages_counted_stays_apart():
    raw = _report("  2024年，柳溪县深化行政复议体制改革，发挥行政复议化解行政争议主渠道作用，全年共受理\n5\n"
                  "行政复议案件158件，依法审结150件。")
    copy = normalize_mapped(raw).copy
    assert "\n5\n行政复议案件158件" in copy
    assert "受理5" not in copy


def test_a_lone_number_over_its_measure_word_is_never_a_page():
    raw = _report(f"  {_PAGE_OF_WORDS}\n2\n  {_PAGE_OF_WORDS}柳溪县深化行政复议体制改革，发挥行政复议化解行政争议主渠道作用，"
                  f"全年共受理\n3\n件行政复议案件，依法审结2件。{_PAGE_OF_WORDS}\n4\n  {_PAGE_OF_WORDS}")
    copy = normalize_mapped(raw).copy
    assert "\n3\n件行政复议案件" in copy
    assert "受理3" not in copy


def test_numbers_alone_of_a_list_or_a_table_stay():
    listed = _report("  柳溪县扎实推进法治政府建设，全面落实行政执法责任制，进一步明确了以下执法单位的执法职责\n1\n县公安局\n2\n县自然资源局\n")
    assert "\n1\n县公安局\n2\n县自然资源局" in normalize_mapped(listed).copy
    cells = _report("主要指标\n受理行政复议案件\n126\n审结行政复议案件\n120\n")
    assert ("reconsideration_received", 126, "受理行政复议案件\n126") in _metrics(cells)


def test_the_title_repeated_alone_between_a_sentences_halves_is_a_running_header():
    raw = _report("  全年，柳溪县各级人民调解组织共排查化解各类矛盾纠纷2317件，依法调处疑难纠纷，调解成功率\n"
                  f"{_TITLE}\n97.4%，有效维护了社会和谐稳定。")
    assert ("mediation_success_rate", 97.4, f"调解成功率\n{_TITLE}\n97.4%") in _metrics(raw)
    assert "调解成功率97.4%" in normalize_mapped(raw).copy


def test_the_title_repeated_after_a_sentences_end_or_a_short_line_stays():
    ended = _report(f"  全年，柳溪县各级人民调解组织共排查化解各类矛盾纠纷2317件，有效维护了社会和谐稳定。\n{_TITLE}\n"
                    "  全县法治宣传教育深入开展。")
    assert f"稳定。\n{_TITLE}\n" in normalize_mapped(ended).copy
    quoted = _report(f"  现将\n{_TITLE}\n印发给你们，请认真贯彻执行。")
    assert f"现将\n{_TITLE}\n印发" in normalize_mapped(quoted).copy


# A page's number set between middle dots (·3·, as an official document's footer sets it): a page's mark as — 3 — is,
# whatever the lines' widths. A fraction alone on a line (71/72) may be a figure: only a page's where the text is wrapped
# at a width (structure.wrap_breaks).
@pytest.mark.parametrize("mark", ["·3·", "· 3 ·"])
def test_a_page_mark_between_middle_dots_is_dropped(mark):
    raw = _report("  全年，柳溪县各级行政机关认真落实负责人出庭应诉制度，应出庭案件64件，行政机关负责人出庭应诉率达到\n"
                  f"{mark}\n96.9%，较上年有所提升。")
    assert ("head_appearance_rate", 96.9, f"行政机关负责人出庭应诉率达到\n{mark}\n96.9%") in _metrics(raw)


def test_a_fraction_alone_after_a_sentence_end_stays():
    raw = _report("  全年，柳溪县各级行政机关认真落实负责人出庭应诉制度，全年出庭应诉案件数与应出庭案件数之比为\n71/72\n"
                  "全县行政机关负责人出庭应诉率达到98.6%。")
    assert "\n71/72\n" in normalize_mapped(raw).copy
