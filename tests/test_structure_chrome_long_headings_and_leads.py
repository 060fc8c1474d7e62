"""Outline and initiatives as real pages write them: page buttons and picture labels in 【】, parts named by what the
work faces or by the coming year in words, a heading of several phrases alone on its line, and 一是 alone on a line
as a heading."""

from __future__ import annotations

import pytest

from lawreport import extract

_OPENING = "2024年,我局扎实推进法治政府建设,现将有关情况报告如下。\n"
_BODY = "全年召开专题会议四次,研究部署法治建设重点任务,推动各项工作落实落地。\n"


def _sections(text: str) -> list[tuple[str, str, str]]:
    return [(s.numbering, s.title, s.kind) for s in extract(text).sections]


def _initiatives(text: str) -> list[tuple[str, str]]:
    return [(i.title, i.category) for i in extract(text).initiatives]


@pytest.mark.parametrize("chrome", ["【打印正文】", "【返回列表】", "【资料图】", "【视频】", "【新闻图片】"])
def test_a_page_button_or_a_picture_label_in_brackets_is_no_heading(chrome):
    text = f"某县司法局召开年度工作会议\n{chrome}\n会上,与会人员听取了全县法治建设工作情况汇报,部署了下一阶段的重点任务。\n"
    assert _sections(text) == []


def test_bracket_headings_that_name_a_part_stay():
    text = _OPENING + "【主要做法】\n" + _BODY + "【存在问题】\n" + _BODY
    assert _sections(text) == [("【】", "主要做法", "achievements"), ("【】", "存在问题", "shortcomings")]


@pytest.mark.parametrize(("title", "kind"), [
    ("面临的挑战", "shortcomings"),
    ("存在的主要挑战", "shortcomings"),
    ("下年度重点工作", "plans"),
    ("下一年度努力的重点", "plans"),
    ("新的一年工作举措", "plans"),
    ("明年重点任务", "plans"),
])
def test_a_part_named_by_what_the_work_faces_or_by_the_coming_year_in_words(title, kind):
    text = _OPENING + "一、主要工作和成效\n(一)加强组织领导。" + _BODY + f"二、{title}\n(一)强化学习培训。" + _BODY
    assert _sections(text)[2:] == [("二、", title, kind), ("(一)", "强化学习培训", kind)]


@pytest.mark.parametrize("title", ["应对风险挑战,推动法治政府建设提质增效", "上一年度推进法治政府建设的主要举措和成效"])
def test_a_work_area_that_meets_a_challenge_or_the_year_before_is_work_done(title):
    text = _OPENING + f"一、{title}\n(一)加强组织领导。" + _BODY
    assert _sections(text)[0] == ("一、", title, "achievements")


_LONG = "强化法治政府建设组织领导,坚持党政主要负责人履行推进法治建设第一责任人职责"  # 40 characters


# A paragraph on one line, as a web page writes it.
_PARAGRAPH = "坚持把法治建设摆在全局工作的突出位置," + _BODY.rstrip("\n") * 2 + "\n"


@pytest.mark.parametrize("body", [_PARAGRAPH, "\n" + _BODY, "\u3000\u3000" + _BODY])
def test_a_heading_of_several_phrases_alone_on_its_line_is_the_title_whole(body):
    """Over 30 characters, without a sentence end, a paragraph of its own below (on one line, after a blank line, or
    indented): a heading, as written."""
    text = _OPENING + "一、主要工作\n(一)" + _LONG + "\n" + body + "(二)深化依法行政。" + _BODY
    assert _initiatives(text)[0] == (_LONG, "achievements")


def test_a_long_line_running_on_into_a_line_of_wrapped_length_is_a_paragraph():
    text = _OPENING + "一、主要工作\n(一)" + _LONG + "\n" + _BODY + "(二)深化依法行政。" + _BODY
    assert _initiatives(text)[0] == ("强化法治政府建设组织领导", "achievements")


@pytest.mark.parametrize("line", [
    "(一)加强组织领导,成立以镇党委书记为组长的全镇法治政府建设工作领导小组,",  # stops at a pause: wrapped text
    "(一)" + _LONG + ",推动法治建设与经济社会发展同部署同推进",  # over 50 characters: a paragraph
])
def test_a_line_that_stops_at_a_pause_or_runs_long_is_a_paragraph(line):
    text = _OPENING + "一、主要工作\n" + line + "\n" + _PARAGRAPH + "(二)深化依法行政。" + _BODY
    title = _initiatives(text)[0][0]
    assert title == line.removeprefix("(一)").split(",")[0]


def test_a_long_one_line_item_without_a_body_gives_its_first_clause():
    text = _OPENING + "一、存在的问题\n(一)" + _LONG + "\n(二)基层法治力量薄弱\n"
    assert _initiatives(text)[0] == ("强化法治政府建设组织领导", "shortcomings")


_ITEMS = (_OPENING + "一、主要工作\n一是加强组织领导\n" + _BODY + "二是强化学习培训\n" + _BODY
          + "二、存在的问题\n基层法治力量仍然薄弱。\n")


def test_yi_shi_alone_on_its_line_heads_its_body():
    """The title is the line, not the line run on into the body's first clause."""
    assert _sections(_ITEMS) == [
        ("一、", "主要工作", "achievements"), ("一是", "加强组织领导", "achievements"),
        ("二是", "强化学习培训", "achievements"), ("二、", "存在的问题", "shortcomings")]
    assert _initiatives(_ITEMS) == [("加强组织领导", "achievements"), ("强化学习培训", "achievements")]


def test_yi_shi_nests_below_a_numbered_heading_of_the_lowest_level():
    text = (_OPENING + "一、主要工作\n(一)组织保障\n1.加强领导\n一是健全领导机制\n" + _BODY + "二是压实工作责任\n" + _BODY
            + "2.强化学习\n" + _BODY)
    record = extract(text)
    parents = {s.title: record.sections[s.parent].title for s in record.sections if s.parent is not None}
    assert parents["健全领导机制"] == parents["压实工作责任"] == "加强领导"
    assert parents["强化学习"] == "组织保障"
    assert [i.title for i in record.initiatives] == ["健全领导机制", "压实工作责任", "强化学习"]


@pytest.mark.parametrize("items", [
    "一是法治宣传不够深入\n二是执法力量相对薄弱\n",  # a list of one-line items: no body below
    "一是法治宣传不够深入,群众参与度不高。\n二是执法力量相对薄弱。\n",  # sentences
    "一是法治宣传的形式比较单一而且宣传内容还不够贴近基层群众的实际法律需要\n" + _BODY,  # over 30 characters: a paragraph
])
def test_yi_shi_opening_a_list_item_or_a_paragraph_heads_nothing(items):
    text = _OPENING + "一、存在的问题\n" + items
    assert [numbering for numbering, _, _ in _sections(text)] == ["一、"]


def test_yi_shi_heading_is_one_item_with_its_body():
    """As a numbered heading: a body opening with one short lead sentence is its own, no item of its own."""
    text = _OPENING + "一、主要工作\n一是加强组织领导\n健全工作机制。" + _BODY + "二是强化学习培训\n" + _BODY
    assert _initiatives(text) == [("加强组织领导", "achievements"), ("强化学习培训", "achievements")]


@pytest.mark.parametrize("notice", [  # each says one of the things a site says of itself
    "1、本站发布的文章仅供学习参考。",
    "2、未经书面许可,请勿复制使用本页内容。",
    "3、文中图片禁止转载。",
    "4、所载作品版权归原作者所有。",
    "一、凡本站中注明“来源:某某报”的所有文字和图片,版权均属某某报所有。",  # its title cut at the colon
    "二、所载图片版权均属某某报所有。",
    "三、转载作品只代表本网传播该消息,并不代表赞同其观点。",
])
def test_a_websites_numbered_notice_is_no_heading_nor_item(notice):
    text = _OPENING + "一、主要工作\n(一)加强组织领导。" + _BODY + "责任编辑:某某\n版权及免责声明\n" + notice + "\n"
    assert [title for _, title, _ in _sections(text)] == ["主要工作", "加强组织领导"]
    assert [title for title, _ in _initiatives(text)] == ["加强组织领导"]


def test_a_heading_on_copyright_work_or_a_grid_stays():
    text = (_OPENING + "一、主要工作\n(一)加强知识产权保护,严厉打击侵权盗版行为。" + _BODY
            + "(二)本网格员队伍建设不断加强。" + _BODY + "(三)本站点发放宣传资料3000份。" + _BODY
            + "(四)代表委员观点充分吸纳。" + _BODY)
    assert [title for _, title, _ in _sections(text)][1:] == ["加强知识产权保护,严厉打击侵权盗版行为", "本网格员队伍建设不断加强",
                                                             "本站点发放宣传资料3000份", "代表委员观点充分吸纳"]


@pytest.mark.parametrize(("item", "title"), [
    ("(一)从案件类型看,涉及市场监管和自然资源领域的案件占比最高,达三成以上。", "从案件类型看,涉及市场监管和自然资源领域的案件占比最高"),
    ("(一)从申请主体上来看,个体工商户和企业提出的复议申请明显增多,同比增长两成。", "从申请主体上来看,个体工商户和企业提出的复议申请明显增多"),
    ("(一)从严落实行政执法责任制,全面规范执法程序和执法文书,执法质量明显提高。", "从严落实行政执法责任制"),
])
def test_an_item_opening_with_the_angle_it_is_seen_from_runs_on_to_its_finding(item, title):
    """从…看 names no finding of its own, as 在…方面 names no measure; 从严… is a measure."""
    text = _OPENING + "一、案件基本情况\n" + item + _BODY + "(二)案件数量保持平稳。" + _BODY
    assert _initiatives(text)[0] == (title, "achievements")


_WORK = "一、主要举措和成效\n"


@pytest.mark.parametrize("lead", [
    "与此同时,持续深化普法宣传。",
    "一年来,我们始终坚持依法行政。",
    "上半年,全县共办理复议案件。",
    "我局坚持把法治建设摆在突出位置。",
    "镇党委高度重视法治建设工作。",
    "县政府主要负责同志认真履行职责。",
    "领导班子带头学法用法。",
])
def test_a_lead_sentence_opening_with_a_time_or_its_subject_names_no_measure(lead):
    text = _OPENING + _WORK + lead + _BODY + "加强统筹谋划抓好推动落实。" + _BODY
    assert [title for title, _ in _initiatives(text)] == ["加强统筹谋划抓好推动落实"]


@pytest.mark.parametrize("lead", ["加强政府法律顾问工作。", "强化县级政府法治督察。", "本着便民原则优化服务。"])
def test_a_lead_sentence_naming_a_body_after_its_verb_names_a_measure(lead):
    text = _OPENING + _WORK + lead + _BODY + "加强统筹谋划抓好推动落实。" + _BODY
    assert [title for title, _ in _initiatives(text)] == [lead.rstrip("。"), "加强统筹谋划抓好推动落实"]
