"""Text wrapped at a fixed width and CRLF line ends read as the same text with plain paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import extract
from lawreport.normalize import normalize_mapped
from lawreport.structure import PAGE_NUMBER, runs_on, wrap_breaks

TITLE = "某市司法局2023年法治政府建设年度报告"
PARAGRAPHS = [
    "　　2023年，市司法局坚持依法行政，统筹推进各项工作，现将有关情况报告如下。",
    "一、主要举措和成效",
    ("（一）推动行政机关依法应诉和行政争议实质性化解工作取得新进展。全市新收一审行政诉讼案件412件，其中以市政府为被告的案件36件；"
    "行政机关负责人出庭应诉率99.86%，行政诉讼败诉13件，败诉率3.16%，低于全省平均水平。"),
    ("（二）提升公共法律服务效能。全年办理法律援助案件1 320件，办理公证2 930件，"
    "各级调解组织调解矛盾纠纷4 860件，调解成功4 790件，调解成功率98.56%，群众满意度持续提升。"),
    ("（三）强化行政执法监督。组织开展行政执法案卷评查，抽查案卷126宗，案卷评查合格率96.5%，"
    "规范性文件合法性审核率保持100%，并建立问题整改台账逐项销号管理。"),
]


def wrapped(paragraphs: list[str], width: int) -> str:
    """The paragraphs as a fixed-width text layer writes them: each cut into lines of `width` characters."""
    lines = [TITLE]
    for paragraph in paragraphs:
        lines += [paragraph[i:i + width] for i in range(0, len(paragraph), width)]
    return "\n".join(lines) + "\n"


def metric_values(report) -> set[tuple[str, float]]:
    return {(m.key, m.value) for m in report.metrics}


@pytest.mark.parametrize("width", [26, 30, 38])
def test_wrapped_report_reads_as_the_unwrapped_one(width):
    text = wrapped(PARAGRAPHS, width)
    plain = "\n".join([TITLE, *PARAGRAPHS]) + "\n"
    assert normalize_mapped(text).copy == normalize_mapped(plain).copy
    report, unwrapped = extract(text), extract(plain)
    assert metric_values(report) == metric_values(unwrapped)
    assert [i.title for i in report.initiatives] == [i.title for i in unwrapped.initiatives]  # whole, no break
    assert [s.title for s in report.sections] == [s.title for s in unwrapped.sections]


def test_metric_and_title_across_a_wrap_cite_the_original_with_its_break():
    cited, titled = set(), set()
    for width in range(24, 41):
        text = wrapped(PARAGRAPHS, width)
        report = extract(text)
        rate = next(m for m in report.metrics if m.key == "head_appearance_rate")
        assert rate.value == 99.86
        assert text[rate.evidence.start:rate.evidence.end] == rate.evidence.text
        if "\n" in rate.evidence.text:
            cited.add(width)
        section = report.sections[1]
        assert text[section.evidence.start:section.evidence.end] == section.evidence.text
        assert section.title == "推动行政机关依法应诉和行政争议实质性化解工作取得新进展"
        if "\n" in section.evidence.text:
            titled.add(width)
    assert cited and titled  # some widths break the rate and the title: those read whole all the same


def test_heading_after_a_full_line_keeps_its_break():
    text = wrapped(PARAGRAPHS, 30)
    copy = normalize_mapped(text).copy
    assert "\n一、主要举措和成效\n(一)推动" in copy  # a short heading, and a numbered line after it
    assert "\n(二)提升公共法律服务效能" in copy


@pytest.mark.parametrize(
    ("line", "following", "expected"),
    [
        ("全市新收一审行政诉讼案件412件,行政机关负责人出庭应诉", "率99.86%,败诉13件。", True),
        ("全年办理法律援助案件1 320件,群众满意度持续提升。", "各级调解组织调解纠纷", False),  # the sentence ended
        ("规范性文件合法性审核率保持100%,并建立问题整改台账“", "逐项销号”管理。", True),
        ("规范性文件合法性审核率保持100%,并建立问题整改台账。”", "下一段", False),  # ended inside a quote
        ("全市新收一审行政诉讼案件412件,行政机关负责人出庭应诉", "  率99.86%", False),  # indented: a paragraph
        ("全市新收一审行政诉讼案件412件,行政机关负责人出庭应诉", "(二)提升公共法律服务", False),
        ("全市新收一审行政诉讼案件412件,行政机关负责人出庭应诉", "2.提升公共法律服务", False),
        ("全市新收一审行政诉讼案件412件,败诉率为", "2.5%,低于全省平均", True),  # a decimal, not 2.
        ("全市新收一审行政诉讼案件412件,败诉率为2.", "5%,低于全省平均", True),  # a decimal point, no full stop
        ("Rule of law government report.", "下一段", False),
        ("全市新收一审行政诉讼案件412件,行政机关负责人出庭应诉", "", False),
    ],
)
def test_runs_on(line, following, expected):
    assert runs_on(line, following) is expected


def test_text_of_unequal_lines_is_not_wrapped():
    text = "\n".join([TITLE, *PARAGRAPHS, *PARAGRAPHS])
    assert wrap_breaks(normalize_mapped(text).copy) == []


def test_a_table_of_equal_rows_is_not_wrapped():
    rows = [f"{year}年  {900 + year % 10 * 7}  {880 + year % 10 * 7}  98.{year % 10}%  同比增长" for year in range(2014, 2024)]
    text = "\n".join(["各年度人民调解情况", *rows, *[row.replace("  ", "|") for row in rows]])
    assert wrap_breaks(text) == []


def test_few_lines_are_not_wrapped():
    text = wrapped(PARAGRAPHS[:1], 30)
    assert len(text.splitlines()) < 5
    assert wrap_breaks(normalize_mapped(text).copy) == []


def test_crlf_line_ends_read_as_lf():
    plain = "\n".join([TITLE, *PARAGRAPHS]) + "\n"
    crlf = plain.replace("\n", "\r\n")
    mapped = normalize_mapped(crlf)
    assert mapped.copy == normalize_mapped(plain).copy
    assert metric_values(extract(crlf)) == metric_values(extract(plain))
    rate = next(m for m in extract(crlf).metrics if m.key == "mediation_success_rate")
    assert crlf[rate.evidence.start:rate.evidence.end] == rate.evidence.text == "调解成功率98.56%"
    assert extract(crlf).title == TITLE  # the title ends before the carriage return


@settings(max_examples=200, deadline=None)
@given(st.integers(20, 60), st.sampled_from(["\n", "\r\n"]))
def test_every_copy_span_slices_the_original(width, newline):
    text = wrapped(PARAGRAPHS, width).replace("\n", newline)
    mapped = normalize_mapped(text)
    for start in range(0, len(mapped.copy), 7):
        end = min(len(mapped.copy), start + 11)
        original_start, original_end = mapped.span(start, end)
        assert normalize_mapped(text[original_start:original_end]).written.replace("\n", "") \
            == mapped.written[start:end].replace("\n", "")


def test_annotations_are_told_apart_from_dropped_breaks():
    text = wrapped(PARAGRAPHS, 30).replace("调解成功率", "調(diào)解成功率")
    mapped = normalize_mapped(text)
    at = mapped.copy.index("调解成功率")
    assert mapped.annotated(at, at + 2)
    wrap = mapped.copy.index("出庭应诉")
    assert not mapped.annotated(0, wrap + 10)


def paged(text: str, every: int, page_break) -> str:
    """The lines of `text` with a page break after every `every` of them."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % every == 0 and i < len(lines) - 2:
            out.append(page_break(i // every))
    return "\n".join(out)


def paragraphs_of(copy: str) -> list[str]:
    return [line for line in copy.split("\n") if line.strip() and not PAGE_NUMBER.fullmatch(line)]


@pytest.mark.parametrize("page_break", [lambda n: f"- {n} -", lambda n: f"\n— {n} —\n", lambda n: f"第{n}页",
                                        lambda n: f"\n{n}/9"])
def test_a_page_break_inside_a_sentence_is_read_past(page_break):
    plain = "\n".join([TITLE, *PARAGRAPHS]) + "\n"
    for every in (3, 4, 5):
        text = paged(wrapped(PARAGRAPHS, 30), every, page_break)
        # Between two paragraphs a page break stays: it breaks no sentence.
        assert paragraphs_of(normalize_mapped(text).copy) == paragraphs_of(normalize_mapped(plain).copy)
        report = extract(text)
        assert metric_values(report) == metric_values(extract(plain))
        for m in report.metrics:
            assert text[m.evidence.start:m.evidence.end] == m.evidence.text
        crlf = text.replace("\n", "\r\n")  # a page break's run holds the carriage returns it drops
        assert paragraphs_of(normalize_mapped(crlf).copy) == paragraphs_of(normalize_mapped(plain).copy)
        crlf_report = extract(crlf)
        assert metric_values(crlf_report) == metric_values(report)
        for m in crlf_report.metrics:
            assert crlf[m.evidence.start:m.evidence.end] == m.evidence.text
        assert [m.evidence.text.replace("\r", "") for m in crlf_report.metrics] == [
            m.evidence.text for m in report.metrics]


def test_a_blank_line_alone_ends_a_paragraph():
    text = wrapped(PARAGRAPHS, 30)
    broken = text.replace("行政机关负责人出庭应诉", "行政机关负责人出庭\n\n应诉", 1)
    assert "出庭\n\n应诉" in normalize_mapped(broken).copy


def test_a_year_spaced_from_its_character_dates_the_figures_after_it():
    """A text layer's `2021 年` reads as 2021年, and the evidence still cites the spaced original."""
    text = "某县司法局2022年工作总结\n2021 年，全县办理法律援助案件 300 件。\n"
    record = extract(text)
    assert [(m.key, m.value, m.year, m.evidence.text) for m in record.metrics] == [
        ("legal_aid_cases", 300, 2021, "法律援助案件 300 件")]
