"""Page breaks of a text layer inside a sentence: a page's number with the running header repeated at each page's top
(the report's title), a flipbook's page marks (Page 2 - <title>, P. 2), in a text wrapped at a fixed width or written
one line a paragraph; and the flipbook's header above the first page, which is no part of the title."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize, normalize_mapped

_TITLE = "青禾县司法局2023年度法治政府建设情况报告"
_BODY = ("2023年，青禾县坚持以习近平法治思想为指导，扎实推进法治政府建设。全年共受理行政复议案件212件，办结"
         "203件，直接纠错率为6.4%。全县一审行政诉讼案件151件，行政机关负责人出庭应诉率达")
_REST = "98.7%，败诉4件。全县各级人民调解组织共调解矛盾纠纷3066件，调解成功率99.2%。"


def _wrapped(text: str, width: int = 24) -> str:
    return "\n".join(text[at:at + width] for at in range(0, len(text), width))


def _rates(raw: str) -> list[tuple[float, str]]:
    return [(m["value"], m["evidence"]["text"]) for m in extract(raw).model_dump()["metrics"]
            if m["key"] == "head_appearance_rate"]


@pytest.mark.parametrize("page_break", [
    "\n\n— 2 —\n\n" + _TITLE + "\n",  # the page's number, then the next page's header repeating the title
    "\n" + _TITLE + "\n- 2 -\n",  # the header at the foot, over the number
    "\nPage 2 - " + _TITLE + "\nP. 2\n",  # a flipbook's marks of its second page
])
def test_a_running_header_at_a_page_break_of_a_wrapped_text_is_read_past(page_break):
    raw = _TITLE + "\n" + _wrapped(_BODY) + page_break + _wrapped(_REST)
    [(value, evidence)] = _rates(raw)
    assert value == 98.7
    assert evidence.startswith("行政机关负责人出庭应诉率达") and evidence.endswith(page_break + "98.7%")


@pytest.mark.parametrize("page_break", ["\n— 2 —\n" + _TITLE + "\n", "\n第2页 共5页\n", "\n\nPage 2 - 青禾县司法局\nP. 2\n"])
def test_a_page_break_splitting_a_paragraph_written_on_one_line_is_read_past(page_break):
    raw = _TITLE + "\n" + _BODY + page_break + _REST + "\n"
    assert [value for value, _ in _rates(raw)] == [98.7]


@pytest.mark.parametrize("raw", [
    # a repeated line other than the title with no page's number: a paragraph's end is not told by it (the title
    # repeated so is a running header: test_normalize_page_numbers_alone)
    _TITLE + "\n" + _BODY + "\n青禾县司法局文件\n" + _REST + "\n青禾县司法局文件\n",
    # a bare number alone on its line may be a table's cell: over words, where no other number alone counts pages (over
    # a line opening with a digit it is a page's: test_normalize_page_numbers_alone)
    _TITLE + "\n" + _BODY + "\n2\n全县各级人民调解组织共调解矛盾纠纷3066件。\n",
    # the line before the page's number ends a sentence
    _TITLE + "\n" + _BODY + "98.7%。\n— 2 —\n" + _TITLE + "\n全县各级人民调解组织共调解矛盾纠纷3066件。\n",
    # a numbered heading opens the next page
    _TITLE + "\n" + _BODY + "\n— 2 —\n二、存在的不足和原因\n",
    # a heading, no paragraph's line, before the page's number
    _TITLE + "\n一、主要工作成效\n— 2 —\n" + _TITLE + "\n全县各级人民调解组织共调解矛盾纠纷3066件。\n",
])
def test_lines_around_a_page_break_that_splits_no_sentence_are_kept_apart(raw):
    assert normalize_mapped(raw).copy == normalize(raw)


def test_a_flipbooks_page_header_is_no_part_of_the_title():
    raw = ("Page 8 - 白沙区信访局2022年政府信息公开工作年度报告\nP. 8\n"
           "五、政府信息公开工作存在的主要问题及改进情况\n总结我局本年度政府信息公开工作，公开信息数量明显增加，仍存在以下问题。\n")
    record = extract(raw).model_dump()
    assert record["title"] == "白沙区信访局2022年政府信息公开工作年度报告"
    assert record["issuer"]["name"] == "白沙区信访局"


def test_a_flipbooks_first_page_marks_run_into_no_title_of_a_wrapped_text():
    raw = "Page 1 - " + _TITLE + "\nP. 1\n" + _TITLE + "\n" + _wrapped(_BODY + _REST)
    assert extract(raw).model_dump()["title"] == _TITLE
