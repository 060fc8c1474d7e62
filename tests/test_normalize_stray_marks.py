"""A mark a page's conversion left where it lost a character, a ? or U+FFFD, inside a figure's statement: between a
label and its 率, after 率 before the percentage, or between a count's label and its number, it parts nothing, and
U+FFFD parts no two characters of a word; the evidence still indexes the text as written, the mark inside it. A
question mark elsewhere ends its sentence (…?率先建立…: no rate). In a year written in Chinese digits, such a mark is
the 〇 lost (二?二四年). Every sentence below is written for these tests."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize, normalize_mapped

_HEAD = "青禾县司法局2024年法治政府建设情况报告\n"


def _read(body: str) -> tuple[list[tuple[str, float, str]], list[tuple[str, float]]]:
    report = extract(_HEAD + body)
    text = _HEAD + body
    for m in report.metrics:
        assert text[m.evidence.start:m.evidence.end] == m.evidence.text
    return (sorted((m.key, m.value, m.evidence.text) for m in report.metrics),
            sorted((r.label, r.value) for r in report.rates))


@pytest.mark.parametrize("mark", ["?", "\ufffd"])
def test_a_mark_before_or_after_rate_parts_nothing(mark):
    metrics, rates = _read(f"全年各调委会调解成功{mark}率达97.6%,行政机关负责人出庭应诉率{mark}100%。\n")
    assert metrics == [("head_appearance_rate", 100, f"行政机关负责人出庭应诉率{mark}100%"),
                       ("mediation_success_rate", 97.6, f"调解成功{mark}率达97.6%")]
    assert set(rates) == {("行政机关负责人出庭应诉率", 100), ("各调委会调解成功率", 97.6)}


def test_a_mark_after_a_quoted_label_parts_nothing():
    _, rates = _read("区政务服务中心“帮办代办”率92.4%、“一次办结”?率96.15%。\n")
    assert set(rates) == {("区政务服务中心“帮办代办”率", 92.4), ("“一次办结”率", 96.15)}


@pytest.mark.parametrize("mark", ["?", "\ufffd"])
def test_a_mark_between_a_count_and_its_label_parts_nothing(mark):
    metrics, _ = _read(f"受理行政复议申请{mark}64件,审结{mark}59件,办理公证{mark}1350件。\n")
    assert metrics == [("notarizations", 1350, f"办理公证{mark}1350件"),
                       ("reconsideration_closed", 59, f"审结{mark}59件"),
                       ("reconsideration_received", 64, f"受理行政复议申请{mark}64件")]


def test_a_lost_character_inside_a_label_parts_nothing():
    metrics, _ = _read("全年受理行政复\ufffd议申请64件。\n")
    assert metrics == [("reconsideration_received", 64, "受理行政复\ufffd议申请64件")]


@pytest.mark.parametrize("mark", ["?", "\ufffd"])
@pytest.mark.parametrize(("body", "metric"), [
    ("2023年,全市行政复议{}错率为11.5%。\n", ("reconsideration_correction_rate", 11.5, "行政复议{}错率为11.5%")),
    ("全镇调解成{}率达97%。\n", ("mediation_success_rate", 97, "调解成{}率达97%")),
    ("我局行政机关负责人出庭应{}率为100%。\n", ("head_appearance_rate", 100, "行政机关负责人出庭应{}率为100%")),
    ("全年办理法律援{}案件208件。\n", ("legal_aid_cases", 208, "法律援{}案件208件")),
])
def test_a_mark_for_a_character_lost_inside_a_label_reads_the_label(mark, body, metric):
    metrics, _ = _read(body.format(mark))
    key, value, evidence = metric
    assert metrics == [(key, value, evidence.format(mark))]


@pytest.mark.parametrize(("raw", "kept", "absent"), [
    ("如何办?调解成功率98%。", "办?调", "办理"),  # a question before a label: no character lost inside it
    ("调?成?率98%。", "调?成", "功"),  # two marks: no label read from one lost character
    ("调解成功?率97.6%。", "成功率97.6%", "率率"),  # a mark beside a whole label: no character lost inside it
])
def test_a_mark_that_no_one_character_makes_a_label_of_stays(raw, kept, absent):
    copy = normalize_mapped(_HEAD + raw).copy
    assert kept in copy
    assert absent not in copy


def test_a_question_mark_before_a_word_opening_with_rate_ends_its_sentence():
    metrics, rates = _read("如何提升复议办案质量?率先建立案卷评查机制,评查复议案卷120件。\n")
    assert (metrics, rates) == ([], [])


@pytest.mark.parametrize("raw", [
    "如何提升复议办案质量?率先建立案卷评查机制。",  # a question, then 率先
    "调解成功？率98.5%",  # a full-width question mark is written so, no lost character
    "问题出在哪里?2024年我们开展了排查。",  # a year after a question
    "效果如何?100名群众参与",  # a count of no metric's measure word
])
def test_a_question_mark_as_written_stays(raw):
    assert "?" in normalize_mapped(raw).copy


@pytest.mark.parametrize("mark", ["?", "\ufffd"])
def test_a_mark_before_the_words_leading_to_a_figure_parts_nothing(mark):
    metrics, _ = _read(f"全年各调委会调解成功率{mark}达97.6%,行政机关负责人出庭应诉率{mark}继续保持100%,"
                       f"受理复议案件{mark}共计58件。\n")
    assert metrics == [("head_appearance_rate", 100, f"行政机关负责人出庭应诉率{mark}继续保持100%"),
                       ("mediation_success_rate", 97.6, f"调解成功率{mark}达97.6%"),
                       ("reconsideration_received", 58, f"受理复议案件{mark}共计58件")]


def test_a_question_before_words_that_lead_to_no_figure_ends_its_sentence():
    assert "?" in normalize_mapped("症结在哪里?全年办理复议案件58件。").copy
    assert "?" in normalize_mapped("成效怎么样?群众满意率97.6%").copy


def test_a_mark_after_a_clause_mark_or_a_year_leaves_the_year_with_its_sentence():
    body = ("2024年,全区受理行政复议案件71件。2023年,?区受理行政复议案件63件,行政机关负责人出庭应诉率?达到96%。"
            "2023年?全区各调委会调解矛盾纠纷1480件。\n")
    metrics, _ = _read(body)
    years = {(m.key, m.value): m.year for m in extract(_HEAD + body).metrics}
    assert ("reconsideration_received", 63, "受理行政复议案件63件") in metrics
    assert years[("reconsideration_received", 63)] == years[("head_appearance_rate", 96)] == 2023
    assert years[("mediation_cases", 1480)] == 2023


@pytest.mark.parametrize(("written", "read"), [
    ("二?二四年", "2024年"), ("二\ufffd二三年度", "2023年度"), ("二??八年", "2008年"), ("二〇二?年", "2020年"),
    ("二?二五年三月八日", "二〇二五年三月八日"),  # a date in words, read by the date rules as it stands
])
def test_a_lost_zero_of_a_year_in_chinese_digits_is_a_zero(written, read):
    assert normalize(written) == read


@pytest.mark.parametrize("written", ["二？二四年", "十二?二四年", "二?二四", "二?二四五年", "一九?八年"])
def test_a_mark_elsewhere_is_no_zero(written):
    assert "〇" not in normalize(written) and not normalize(written)[:2].isdigit()


def test_a_report_dated_with_a_zero_typed_as_a_digit_is_dated():
    report = extract("松溪县人民政府关于2024年度法治政府建设情况的报告\n全县收到行政复议申请47件。\n松溪县人民政府\n二0二五年一月二十日\n")
    assert report.published == "2025-01-20"


def test_a_report_dated_with_a_lost_zero_is_dated():
    text = ("松溪县人民政府关于二?二四年度法治政府建设情况的报告\n"
            "二?二四年,全县收到行政复议申请47件。\n松溪县人民政府\n二\ufffd二五年一月二十日\n")
    report = extract(text)
    assert (report.report_year, report.published) == (2024, "2025-01-20")
    assert [(m.key, m.value, m.year) for m in report.metrics] == [("reconsideration_received", 47, 2024)]


def test_two_marks_in_a_row_stand_for_one_character_a_decoder_lost():
    assert normalize_mapped("二\ufffd\ufffd二四年度").copy == "2024年度"
    assert normalize_mapped("二\ufffd\ufffd\ufffd\ufffd七年").copy == "2007年"
    metrics, _ = _read("全年受理行政复\ufffd\ufffd议申请64件。\n")
    assert metrics == [("reconsideration_received", 64, "受理行政复\ufffd\ufffd议申请64件")]
    report = extract("松溪县人民政府关于2024年度法治政府建设情况的报告\n全县收到行政复议申请47件。\n松溪县人民政府\n"
                     "二\ufffd\ufffd二五年一月二十日\n")
    assert report.published == "2025-01-20"


def test_two_marks_read_as_gbk_stand_for_one_character_lost():
    assert normalize_mapped("二锟斤拷二四年度").copy == "2024年度"
    metrics, _ = _read("全年受理行政复锟斤拷议申请64件。\n")
    assert metrics == [("reconsideration_received", 64, "受理行政复锟斤拷议申请64件")]
    assert normalize_mapped("锟斤").copy == "锟斤"
