"""Numbers that a PDF's text layer wraps like any word (受理1⏎26件, 8.47⏎%, 98.⏎6%): read whole where the paragraph is
evidently wrapped (its lines about as wide on the page, digits half as wide as Han characters, so that their
character counts differ), and never read in part where it is not."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import _width, normalize, normalize_mapped
from lawreport.numbers import scan


def _metrics(raw: str) -> list[tuple[str, float, str]]:
    return sorted((m["key"], m["value"], m["evidence"]["text"]) for m in extract(raw).model_dump()["metrics"])


def _wrapped(*lines: str) -> str:
    """A report's heading over a paragraph of `lines`, each but the last as wide on the page as the first."""
    full = [_width(normalize(line)) for line in lines[:-1]]
    assert max(full) - min(full) <= 4, full  # the test's own lines: one page's width, whatever their lengths
    return "青禾县司法局2023年法治政府建设情况报告\n" + "\n".join(lines) + "\n"


# One paragraph wrapped at one width: a count split inside its digits, a rate's % on the next line, a rate split
# at its decimal point, the points of two lines carrying 33 and 37 characters.
_DIGITS_SPLIT = _wrapped(
    "　　2023年，青禾县各级深化行政复议体制改革，全年共受理行政复议案件2",
    "37件，办结229件，直接纠错率为6.55%，行政机关负责人出庭应诉率达98.",
    "6%，全县各级人民调解组织共计调解矛盾纠纷3185件，调解成功率为97.3",
    "%，受理法律援助案件1204件，办理公证4467件。",
)


def test_a_number_split_inside_its_digits_its_decimal_or_before_its_percent_reads_whole():
    found = _metrics(_DIGITS_SPLIT)
    assert ("reconsideration_received", 237, "受理行政复议案件2\n37件") in found
    assert ("head_appearance_rate", 98.6, "行政机关负责人出庭应诉率达98.\n6%") in found
    assert ("mediation_success_rate", 97.3, "调解成功率为97.3\n%") in found
    assert {key for key, *_ in found} >= {"reconsideration_closed", "reconsideration_correction_rate",
                                          "mediation_cases", "legal_aid_cases", "notarizations"}
    assert not [value for _, value, _ in found if value in (2, 37, 98, 6)]


@pytest.mark.parametrize(("head", "tail", "whole"), [
    ("直接纠错率为8", ".47%", "直接纠错率为8.47%"),  # the break before the decimal point
    ("审结行政复议案件84", "7件", "审结行政复议案件847件"),  # inside a count, the tail shorter than a group of three
])
def test_a_break_inside_a_number_leaves_the_copy(head, tail, whole):
    raw = _wrapped("　　2023年，白沙区各级行政复议机构依法办理案件，全年" + head,
                   tail + "，行政机关负责人出庭应诉工作同步加强。")
    assert whole in normalize_mapped(raw).copy


# The label ends one line and its value opens the next; a count's measure word is wrapped alone.
_LABEL_SPLIT = _wrapped(
    "　　2023年，青禾县共审结行政复议案件229件，行政机关负责人出庭应诉率",
    "达到98.6%，全县各级人民调解组织共调解矛盾纠纷3185件，调解成功率为",
    "97.3%，全年受理法律援助案件1204件，依法办理各类公证事项共计4467",
    "件，全县法治政府建设各项工作取得了新的成效。",
)


def test_a_label_at_a_lines_end_and_a_measure_word_opening_the_next_read_whole():
    found = _metrics(_LABEL_SPLIT)
    assert ("head_appearance_rate", 98.6, "行政机关负责人出庭应诉率\n达到98.6%") in found
    assert ("mediation_success_rate", 97.3, "调解成功率为\n97.3%") in found
    assert ("notarizations", 4467, "办理各类公证事项共计4467\n件") in found


def test_a_count_split_before_its_group_comma_reads_whole():
    raw = _wrapped(
        "　　2023年，青禾县各级深化行政复议体制改革，全年共受理行政复议案件2",
        ",418件，办结2,296件，直接纠错率为6.55%，行政机关负责人出庭应诉率达",
        "98.6%，全县各级人民调解组织共计调解矛盾纠纷3185件，调解成功率为97.3",
        "%，受理法律援助案件1204件。",
    )
    found = _metrics(raw)
    assert ("reconsideration_received", 2418, "受理行政复议案件2\n,418件") in found
    assert ("reconsideration_closed", 2296, "办结2,296件") in found
    assert not [value for _, value, _ in found if value in (2, 418)]


def test_a_number_split_where_no_wrap_shows_is_not_read_in_part():
    # Lines of unlike widths: no page width to tell a wrap by, so the break stays, and neither part is a count.
    raw = ("白沙区2023年工作总结\n今年以来，全区共受理行政复议案件1\n26件，办结118件。\n"
           "法律援助案件14\n66件。\n")
    assert "案件1\n26件" in normalize_mapped(raw).copy
    found = _metrics(raw)
    assert not [m for m in found if m[0] in ("reconsideration_received", "legal_aid_cases")]
    assert not [value for _, value, _ in found if value in (1, 14, 26, 66)]


@pytest.mark.parametrize(("text", "values"), [
    ("受理行政复议案件1\n26件", []),  # a head run on from a word, a tail before its measure word: one number, split
    ("直接纠错率为8.\n47%", []),
    ("办结行政复议案件2\n,418件", []),  # before a group's comma
    ("全年依法纠正违法行政行为共计12\n,2024年起全县", [12]),  # a comma before a year: no group of three after it
    ("受理行政复议案件 1\n26 件", []),  # spaced off its words, as a PDF's text layer may
    ("行政复议案件 | 1\n26 | 行政诉讼案件", [1, 26]),  # cells of a table's rows
    ("收案数\n126\n118\n", [126, 118]),  # a column's cells, each alone on its line
    ("全年依法纠正违法行政行为共计12\n2024年全县", [12]),  # a line's last figure over a year opening the next
    ("全年依法纠正违法行政行为共计12\n2.全面推行行政执法公示制度", [12]),  # over a numbered item
])
def test_a_line_break_after_digits_splits_a_number_only_before_a_measure_word(text, values):
    assert [q.value for q in scan(normalize(text))] == values


@pytest.mark.parametrize("raw", [
    # a full line ending in a figure over a numbered item as wide
    ("首页\n全县各级行政机关认真落实行政复议决定，全年依法纠正违法行政行为共计12\n"
     "2.全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当行为\n"),
    # a full line ending in a figure over a date
    ("首页\n全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当的行为共12\n"
     "2024年3月5日全县各级行政机关认真落实行政复议决定，依法纠正违法\n"),
])
def test_a_figure_ending_a_line_over_a_line_that_opens_a_new_one_is_kept_apart(raw):
    assert normalize_mapped(raw).copy == normalize(raw)


@pytest.mark.parametrize("page_end", ["\n\f", "\n\n— 2 —\n\n\f", "\n- 2 -\n\f青禾县司法局2023年法治政府建设情况报告\n"])
def test_a_form_feed_ending_a_page_inside_a_number_parts_nothing(page_end):
    # a text layer (pdftotext) ends each page with a form feed, opening the next page's first line
    raw = _DIGITS_SPLIT.replace("案件2\n37件", "案件2" + page_end + "37件")
    found = _metrics(raw)
    assert ("reconsideration_received", 237, "受理行政复议案件2" + page_end + "37件") in found
    assert {key for key, *_ in found} >= {"reconsideration_closed", "reconsideration_correction_rate"}
    assert not [value for _, value, _ in found if value in (2, 37)]


def test_a_form_feed_after_no_line_break_parts_two_figures():
    # no page's line end before it: the two figures stay two, never one number read across the feed
    assert normalize_mapped("全年办结案件1\f18件。").copy == "全年办结案件1\f18件。"
