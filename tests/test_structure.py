"""Where sentences, clauses and titles end, and what opens a heading: one definition in structure.py."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import extract
from lawreport.normalize import normalize
from lawreport.readers.pdf import join_lines
from lawreport.show import sentence_bounds
from lawreport.structure import (
    _HEADING_LEVELS,
    _NUMBERED_LINE,
    CLAUSE_ENDS,
    HEADING_NUMBERING,
    ITEM_MARKER,
    SENTENCE_ENDS,
    Line,
    Outline,
    _double_spaced,
    _lines,
    as_written,
)

TEXT = normalize("一、主要工作\n全年受理案件120件，其中刑事案件20件、民事案件100件（含调解案件40件）。办结率达95%！下一步怎么做？继续推进；做好“法律明白人”培养。")


def _at(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]]


def test_a_sentence_ends_at_a_full_stop_an_exclamation_a_question_or_a_line_break():
    outline = Outline(TEXT)
    assert _at(TEXT, outline.sentence_at(TEXT.index("主要"))) == "一、主要工作"
    assert _at(TEXT, outline.sentence_at(TEXT.index("民事"))) == "全年受理案件120件,其中刑事案件20件、民事案件100件(含调解案件40件)"
    assert _at(TEXT, outline.sentence_at(TEXT.index("95"))) == "办结率达95%"
    assert _at(TEXT, outline.sentence_at(TEXT.index("怎么"))) == "下一步怎么做"


def test_a_semicolon_does_not_end_a_sentence():
    outline = Outline(TEXT)
    assert _at(TEXT, outline.sentence_at(TEXT.index("培养"))) == "继续推进;做好“法律明白人”培养"


@pytest.mark.parametrize(
    ("word", "clause"),
    [
        ("受理", "全年受理案件120件"),  # a comma
        ("刑事", "其中刑事案件20件"),  # 、 ends a clause: each item of a list is read on its own
        ("民事", "民事案件100件"),  # a bracket
        ("调解", "含调解案件40件"),
        ("推进", "继续推进"),  # a semicolon
        ("法律", "法律明白人"),  # quotes
    ],
)
def test_a_clause_ends_at_a_pause_a_list_separator_a_bracket_or_a_quote(word, clause):
    outline = Outline(TEXT)
    assert _at(TEXT, outline.clause_at(TEXT.index(word))) == clause


def test_a_closing_mark_belongs_to_the_clause_it_closes():
    outline = Outline(TEXT)
    comma = TEXT.index(",")
    assert _at(TEXT, outline.clause_at(comma)) == "全年受理案件120件"
    assert outline.clause_start(comma + 1) == comma + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="案件,;:、()“”。!?\n12", max_size=60), st.data())
def test_sentences_and_clauses_hold_their_offset_and_no_end_inside(text, data):
    outline = Outline(text)
    offset = data.draw(st.integers(0, max(0, len(text) - 1)))
    for (start, end), ends in ((outline.sentence_at(offset), SENTENCE_ENDS), (outline.clause_at(offset), CLAUSE_ENDS)):
        assert start <= offset <= end
        assert not any(c in ends for c in text[start:end])
        assert start == 0 or text[start - 1] in ends
        assert end == len(text) or text[end] in ends


@pytest.mark.parametrize("line", ["一、主要工作", "(二)加强监督", "3.推进公开", "12、完善制度", "(4)开展培训", "第三部分 存在的问题",
                                  "【基本情况】", "一、 空格之后", "【二】存在的问题",
                                  "一、", "三、 "])  # alone on its line, its title on the line below
def test_heading_numbering(line):
    assert HEADING_NUMBERING.match(line)


@pytest.mark.parametrize("line", ["3.5亿元投入法治建设", "一是加强领导", "二〇二三年工作总结", "【未闭合的标题", "二、\n正文"])
def test_no_heading_numbering(line):
    assert HEADING_NUMBERING.match(line) is None


def test_enumerated_items_open_a_line_or_follow_a_sentence_end_or_pause():
    text = "一是加强领导。二是完善制度;三是强化监督:四是狠抓落实,五是不算"
    assert [m.group(1) for m in ITEM_MARKER.finditer(text)] == ["一", "二", "三", "四"]


def test_text_as_written_has_the_full_width_forms():
    assert set(as_written(SENTENCE_ENDS)) == set("。!?！？\n")


def test_the_terminal_view_and_the_pdf_reader_end_sentences_as_the_outline_does():
    text = "第一句话！第二句话？第三句话。"
    start = text.index("第二")
    assert text[slice(*sentence_bounds(text, start, start + 2))] == "第二句话？"
    wide = "这是一行很长的文字内容用来测试换行的情况这是一行很长的文字内容用来测试换行的情况"
    assert join_lines([f"{wide}！\n下一段开始了"]) == f"{wide}！\n下一段开始了"  # ended: the break stays
    assert join_lines([f"{wide}，\n接着写完"]) == f"{wide}，接着写完"  # not ended: the lines join
    assert join_lines([f"{wide}，\n（二）加强监督"]) == f"{wide}，\n（二）加强监督"  # a heading keeps its break


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一二十第部分章是、.(1)2【】 \t\u3000\xa0\n加强a:", max_size=60))
@example("1.\n\n1")  # double-spaced: the number and its title one blank line apart
@example("1.\n\n1\n2\n3")  # not double-spaced: apart
def test_lines_are_read_as_one_match_a_line_reads_them(text):
    expected, start = [], 0
    spaced = _double_spaced(text)  # a number set apart by one blank line in a double-spaced text is still its title's
    for line in text.split("\n"):
        end = start + len(line)
        m = _NUMBERED_LINE.match(text, start, end)
        if m.end(1) < end:
            line = Line(start, m.end(1), end, _HEADING_LEVELS[m.lastindex or 0], m.end())
            above = expected[-1] if expected else None
            if above and above.level and above.numbering_end == above.end \
                    and (above.end == start - 1 or spaced and above.end == start - 2) and not line.level \
                    and ":" not in text[line.body:end].rstrip()[:-1]:
                expected[-1] = Line(above.start, above.body, end, above.level, line.body)  # a number set apart
            else:
                expected.append(line)
        start = end + 1
    assert _lines(text) == expected


# --- a web page's tail --------------------------------------------------------------------

_PROSE = "全年各级调解组织共调解矛盾纠纷4,216件,调解成功4,187件,调解成功率99.31%,调解协议履行率99.6%,未发生因调解不及时引发的民转刑案件和群体性事件。"


@pytest.mark.parametrize("furniture", ["【打印本页】 【关闭窗口】", "上一篇:某区上半年调解矛盾纠纷1,526件", "相关阅读"])
def test_the_tail_of_a_page_starts_at_its_first_furniture_after_the_prose(furniture):
    text = normalize(f"当前位置:首页 > 正文\n标题\n{_PROSE}\n(责任编辑:王某)\n{furniture}\n下一篇:某县调解纠纷800余件\n")
    assert len(_PROSE) >= 80
    assert Outline(text).page_tail == text.index(normalize(furniture))


@pytest.mark.parametrize("text", [
    f"当前位置:首页 > 正文\n标题\n{_PROSE}\n(责任编辑:王某)\n",  # furniture only above the prose
    "当前位置:首页 > 正文\n上一篇:调解纠纷12件\n下一篇:调解纠纷8件\n",  # no prose: nothing to end
])
def test_no_tail(text):
    text = normalize(text)
    assert Outline(text).page_tail == len(text)


def test_figures_in_a_page_tail_are_not_the_reports():
    report = extract(f"标题\n{_PROSE}\n上一篇:某区上半年调解矛盾纠纷1,526件\n")
    assert sorted(m.value for m in report.metrics if m.key == "mediation_cases") == [4216]
    assert 1526 not in [q.value for q in report.quantities]
