"""Markup a page's text kept where the rest was taken off: an HTML character reference (&nbsp;, &ldquo;, &#160;, escaped
twice &amp;nbsp;) reads as the character it stands for, its name's letters and its ; no words and no clause's end; a tag
inside a line (<b>, <span …>) and markdown's bold mark beside a figure (**123**件) read as nothing, a tag breaking a line
(<br />, <p>) as a line break. The evidence still indexes the text as written, the markup inside it. Every sentence
below is written for these tests."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize_mapped

_HEAD = "柏溪区司法局2024年法治政府建设情况报告\n"


@pytest.mark.parametrize("space", ["&nbsp;", "&#160;", "&#xA0;", "&amp;nbsp;", "&emsp;"])
def test_a_space_written_as_a_reference_parts_no_label_from_its_figure(space):
    text = f"{_HEAD}全区各调委会调解成功率{space}97.4%,受理行政复议案件{space}86{space}件。\n"
    report = extract(text)
    for m in report.metrics:
        assert text[m.evidence.start:m.evidence.end] == m.evidence.text
    assert sorted((m.key, m.value) for m in report.metrics) == [("mediation_success_rate", 97.4),
                                                                 ("reconsideration_received", 86)]


def test_a_quote_written_as_a_reference_is_the_quote_of_the_label():
    report = extract(f"{_HEAD}区政务服务中心&ldquo;一网通办&rdquo;率93.6%。\n")
    assert [(r.label, r.value) for r in report.rates] == [("区政务服务中心“一网通办”率", 93.6)]


def test_a_reference_reads_at_its_ampersand_and_other_ampersands_stay():
    original = normalize_mapped("&ldquo;调解率&nbsp;9&#46;5%,R&D费用&未知;")
    assert original.copy == "“调解率 9.5%,R&D费用&未知;"
    assert original.slice(0, 9) == "&ldquo;调解率&nbsp;9&#46;5%"


@pytest.mark.parametrize(("before", "after"), [
    ("<b>", "</b>"), ('<span style="color:#c00;font-size:16px">', "</span>"), ("<FONT face=宋体>", "</FONT>"),
    ("**", "**"), ("***", "***"),
])
def test_markup_around_a_figure_parts_no_label_from_it(before, after):
    text = f"{_HEAD}全区各调委会调解成功率{before}97.4%{after},受理行政复议案件{before}86{after}件。\n"
    report = extract(text)
    for m in report.metrics:
        assert text[m.evidence.start:m.evidence.end] == m.evidence.text
    assert sorted((m.key, m.value) for m in report.metrics) == [("mediation_success_rate", 97.4),
                                                                 ("reconsideration_received", 86)]


def test_a_tag_breaking_a_line_reads_as_a_line_break_and_a_bold_line_keeps_its_marks():
    assert normalize_mapped("审结行政复议案件80件。<br />调解成功率97.4%").copy == "审结行政复议案件80件。\n调解成功率97.4%"
    assert normalize_mapped("<p>审结80件。</p>").copy == "\n审结80件。\n"
    assert normalize_mapped("**一、主要成效**\n平安**建设,20**年度").copy == "**一、主要成效**\n平安**建设,20**年度"


@pytest.mark.parametrize(("written", "read"), [
    ("**调解成功率**97.4%", "**调解成功率97.4%"),  # the label's opening mark parts nothing from its figure
    ("调解成功率**97.4%**", "调解成功率97.4%"), ("共调解纠纷**86件**", "共调解纠纷86件"),
])
def test_a_bold_label_or_figure_reads_without_the_marks_beside_the_figure(written, read):
    assert normalize_mapped(written).copy == read
