"""A PDF's running header (the report's title over each page) and running footer (a body's name under each page): taken
off the pages they open or end, so that a sentence a page break splits reads as one (…调解成功率达到 / title / 97.4%);
the header kept where it opens the first page, and a line repeated on a few pages only (a long table's heading) kept."""

from __future__ import annotations

from lawreport.readers.pdf import join_lines

_TITLE = "柳溪县人民政府关于2024年度法治政府建设情况的报告"
_FULL = "全县法治宣传教育深入开展，基层依法治理水平不断提升，各项工作任务有序推进、全面完成，成效"  # as wide as a page's line


def _page(number: int, *lines: str, header: str = _TITLE, footer: str = "") -> str:
    return "\n".join([*([header] if header else []), *lines, *([footer] if footer else []), f"- {number} -"])


def test_a_running_header_between_the_halves_of_a_sentence_is_taken_off():
    pages = [_page(1, _FULL, _FULL, "全年共排查化解各类矛盾纠纷2317件，依法调处各类疑难复杂纠纷，调解成功率达到"),
             _page(2, "97.4%，有效维护了社会和谐稳定。", _FULL, _FULL + "推进"),
             _page(3, "有序。")]
    text = join_lines(pages)
    assert text.startswith(_TITLE + "\n")  # the first page's: the report's title
    assert "调解成功率达到97.4%" in text
    assert text.count(_TITLE) == 1


def test_a_running_footer_is_taken_off_every_page():
    footer = "柳溪县司法局印发"
    pages = [_page(1, _FULL, "全年，柳溪县深化行政复议体制改革，发挥主渠道作用，共受理行政复议案件", footer=footer,
                   header="一、主要工作"),
             _page(2, "138件，依法审结131件。", footer=footer, header=""),
             _page(3, "全县工作有序推进。", footer=footer, header="")]
    text = join_lines(pages)
    assert footer not in text
    assert "共受理行政复议案件138件" in text


def test_a_line_opening_a_few_pages_only_is_kept():
    heading = "单位 受理 办结"  # a long table's heading, repeated on the two pages it fills of six
    pages = [_page(1, _FULL, "表格如下。", header=_TITLE),
             _page(2, "县公安局 12 11", header=heading), _page(3, "县司法局 9 9", header=heading),
             _page(4, "全县工作有序推进。", header="二、存在的问题"), _page(5, "一是基层力量不足。", header="三、下一步工作"),
             _page(6, "持续推进法治建设。", header="附件")]
    text = join_lines(pages)
    assert text.count(heading) == 2
