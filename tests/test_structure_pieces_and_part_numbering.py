"""Outlines as published pages write them: a piece of a report opening inside its first part, 一、 alone on its line or
written 【一】, parts numbered 第一部分 with 一、 inside them, (1) below 1., and the marks of a page converted to markup."""

from __future__ import annotations

import pytest

from lawreport import extract

OPENING = ("白川镇2024年法治政府建设工作总结\n"
           "2024年，我镇坚持把法治政府建设摆在全局工作的突出位置，现将有关情况报告如下：\n")


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.title, s.kind) for s in extract(text).sections]


PIECE = ("……(前文略)\n"
         "（三）规范执法行为，提升执法质效\n"
         "全镇开展执法案卷评查2次，评查案卷40卷，整改问题6个。\n"
         "（四）深化普法宣传，营造法治氛围\n"
         "组织法治讲座12场，发放宣传资料3000余份。\n"
         "{later}")


def test_a_piece_opening_inside_the_first_part_reads_its_parts_as_work_done():
    """(三)(四) above a later 二、存在的问题: they are parts of 一、, the work done, which the page cut off."""
    record = extract(PIECE.format(later="二、存在的问题\n一是执法人员专业素质不高；二是普法形式较为单一。\n"))
    assert [(s.title, s.kind) for s in record.sections] == [
        ("规范执法行为，提升执法质效", "achievements"), ("深化普法宣传，营造法治氛围", "achievements"),
        ("存在的问题", "shortcomings")]
    assert [(i.title, i.category) for i in record.initiatives] == [
        ("规范执法行为，提升执法质效", "achievements"), ("深化普法宣传，营造法治氛围", "achievements"),
        ("执法人员专业素质不高", "shortcomings"), ("普法形式较为单一", "shortcomings")]


def test_a_piece_with_no_later_part_keeps_its_unnamed_parts_kind_unknown():
    """The same parts with nothing after them: they may be next year's measures as well as this year's."""
    record = extract(PIECE.format(later=""))
    assert {s.kind for s in record.sections} == {"other"}
    assert {i.category for i in record.initiatives} == {"other"}


def test_an_items_words_name_no_later_part():
    """An item below the piece's parts that happens to hold a plan's word (确保计划…) is no part on the plans."""
    record = extract(PIECE.format(later="1.压实工作责任，确保年度计划、任务清单如期推进。\n2.加强督促检查，及时通报进展情况。\n"))
    assert {s.kind for s in record.sections} == {"other"}


REPORT = ("{one}主要举措和成效\n"
          "（一）加强组织领导\n"
          "镇党委召开法治建设专题会议5次，研究解决重点问题8个。\n"
          "（二）规范行政执法\n"
          "全年开展执法案卷评查2次，整改问题8个。\n"
          "{two}存在的问题\n"
          "执法人员专业素质有待提升，部分人员法律知识储备不足。\n"
          "{three}下一步工作打算\n"
          "持续加强执法队伍建设，组织执法人员参加培训。\n")
OUTLINE = [(1, "主要举措和成效", "achievements"), (2, "加强组织领导", "achievements"), (2, "规范行政执法", "achievements"),
           (1, "存在的问题", "shortcomings"), (1, "下一步工作打算", "plans")]


@pytest.mark.parametrize("one, two, three", [
    ("一、\n", "二、\n", "三、\n"),  # the numbering alone on its line, the title below
    ("一、 \n", "二、\n", "三、 "),  # a space after it, or the title after a space on its line
    ("【一】", "【二】", "【三】"),  # in lenticular brackets
    ("【一】\n", "【二】\n", "【三】"),
])
def test_top_level_numbering_set_apart_or_in_brackets_heads_its_part(one, two, three):
    assert _outline(OPENING + REPORT.format(one=one, two=two, three=three)) == OUTLINE


def test_a_numbering_alone_above_a_field_or_at_the_end_heads_nothing():
    text = OPENING + "一、主要举措和成效\n全年开展执法案卷评查2次，整改问题8个。\n二、\n责任编辑：王某\n三、\n"
    assert _outline(text) == [(1, "主要举措和成效", "achievements")]


def test_a_label_in_lenticular_brackets_stays_a_label():
    text = OPENING + "【基本情况】\n全年开展执法案卷评查2次，整改问题8个。\n【存在问题】\n执法人员专业素质有待提升，部分人员知识储备不足。\n"
    record = extract(text)
    assert [(s.numbering, s.title) for s in record.sections] == [("【】", "基本情况"), ("【】", "存在问题")]


LABELLED = ("【工作成效】\n"
            "一、依法决策水平稳步提高。全年审核镇政府规范性文件3件，审查合同协议26份。\n"
            "二、矛盾纠纷化解更加有效。镇调委会调处纠纷180件，调解成功176件。\n"
            "【存在不足】\n"
            "一、执法人员专业素质有待提升。\n"
            "【下步打算】\n"
            "一、深化法治宣传。\n")


def test_labels_in_lenticular_brackets_hold_the_numbered_parts_below_them():
    """【工作成效】 / 一、… / 【存在不足】 / 一、…: the labels are the report's parts, each 一、 family inside one."""
    record = extract(OPENING + LABELLED)
    assert [(s.level, s.numbering, s.kind) for s in record.sections] == [
        (1, "【】", "achievements"), (2, "一、", "achievements"), (2, "二、", "achievements"),
        (1, "【】", "shortcomings"), (2, "一、", "shortcomings"), (1, "【】", "plans"), (2, "一、", "plans")]
    assert [(i.title, i.category) for i in record.initiatives] == [
        ("依法决策水平稳步提高", "achievements"), ("矛盾纠纷化解更加有效", "achievements"),
        ("执法人员专业素质有待提升", "shortcomings"), ("深化法治宣传", "plans")]


def test_one_label_above_numbered_parts_leaves_them_at_the_top():
    """A single label above the report (a page's column, 【法治动态】) holds no parts: 一、 stays the top level."""
    text = "【法治动态】\n" + OPENING + "一、加强组织领导\n镇党委召开专题会议5次。\n二、存在的问题\n执法力量不足。\n"
    assert [(s.level, s.numbering) for s in extract(text).sections if s.numbering != "【】"] == [(1, "一、"), (1, "二、")]


@pytest.mark.parametrize(("first", "labels"), [
    ("【法治政府】白川镇2024年法治政府建设工作总结\n", ["工作成效", "存在不足", "下步打算"]),  # a column over the title
    ("【基本情况】2024年，全镇办理行政执法案件52件。\n", ["基本情况", "工作成效", "存在不足", "下步打算"]),  # a run-in part
])
def test_a_label_over_the_title_on_its_line_heads_nothing(first, labels):
    record = extract(first + LABELLED)
    assert [s.title for s in record.sections if s.numbering == "【】"] == labels


@pytest.mark.parametrize("box", [
    "【索引号】 000-2024-0012　【主题分类】 政务公开\n",  # two fields of the box on one line
    "【发布机构】 白川镇人民政府\n",  # the page's source
    "【发布日期】 2025-02-14\n",  # the page's date
])
def test_a_page_s_box_of_fields_in_lenticular_brackets_parts_nothing(box):
    """The fields of a disclosure box drawn in 【】 above the report are no labels holding its 一、 parts."""
    text = box + "【成文日期】 2025-02-10　【文号】 无\n" + OPENING + "一、加强组织领导\n镇党委召开专题会议5次。\n二、存在的问题\n执法力量不足。\n"
    record = extract(text)
    assert [(s.level, s.numbering, s.title) for s in record.sections] == [
        (1, "一、", "加强组织领导"), (1, "二、", "存在的问题")]


def test_a_label_with_its_part_run_into_its_line_is_no_field():
    """A part's label with its body after it (【基本情况】2024年,全镇…) still heads its part."""
    record = extract("【基本情况】2024年，全镇办理行政执法案件52件。\n" + LABELLED)
    assert [s.title for s in record.sections if s.numbering == "【】"][:2] == ["基本情况", "工作成效"]


PARTS = ("第一部分 2024年工作总结\n"
         "一、加强组织领导\n"
         "镇党委召开法治建设专题会议5次，研究解决重点问题8个。\n"
         "二、规范行政执法\n"
         "（一）开展案卷评查。全年开展执法案卷评查2次，整改问题8个。\n"
         "（二）加强执法培训。举办执法培训班4期，培训执法人员300人次。\n"
         "第二部分 存在的问题\n"
         "执法人员专业素质有待提升，部分人员法律知识储备不足。\n"
         "第三部分 2025年工作计划\n"
         "一、深化法治宣传\n"
         "组织开展宪法宣传周等主题活动，推动普法进村入户。\n")


def test_parts_numbered_by_di_yi_bu_fen_hold_the_numbered_parts_inside_them():
    record = extract(OPENING + PARTS)
    assert [(s.level, s.numbering, s.kind) for s in record.sections] == [
        (1, "第一部分", "achievements"), (2, "一、", "achievements"), (2, "二、", "achievements"),
        (3, "（一）", "achievements"), (3, "（二）", "achievements"), (1, "第二部分", "shortcomings"),
        (1, "第三部分", "plans"), (2, "一、", "plans")]
    assert [(i.title, i.category) for i in record.initiatives] == [
        ("加强组织领导", "achievements"), ("开展案卷评查", "achievements"), ("加强执法培训", "achievements"),
        ("深化法治宣传", "plans")]


def test_parts_numbered_by_di_yi_bu_fen_alone_stay_at_the_top():
    """No 一、 inside the parts: nothing moves (第二部分 / 一是… is a list, not a level)."""
    text = OPENING + "第一部分 2024年工作总结\n全年开展执法案卷评查2次，整改问题8个。\n第二部分 存在的问题\n执法人员专业素质有待提升。\n"
    assert [(s.level, s.numbering) for s in extract(text).sections] == [(1, "第一部分"), (1, "第二部分")]


def test_a_chapter_after_the_numbered_parts_leaves_them_at_the_top():
    """Rules appended after the report (第一章 总则): its parts numbered 一、 come before any chapter, and stay the
    report's top-level work areas."""
    text = (OPENING + "一、加强组织领导\n镇党委召开法治建设专题会议5次。\n二、规范行政执法\n全年开展执法案卷评查2次。\n"
            "白川镇法治建设工作规则\n第一章 总则\n为规范全镇法治建设工作，制定本规则。\n")
    assert [(s.level, s.title, s.kind) for s in extract(text).sections][:2] == [
        (1, "加强组织领导", "achievements"), (1, "规范行政执法", "achievements")]


LISTED = ("一、主要举措和成效\n"
          "1、加强组织领导\n"
          "{p1}健全工作机制。镇党委召开法治建设专题会议5次，压实各方责任。\n"
          "{p2}强化督促检查。开展专项督查3次，通报问题12个。\n"
          "2、规范行政执法\n"
          "全年开展执法案卷评查2次，整改问题8个。\n"
          "二、存在的问题\n"
          "执法人员专业素质有待提升，部分人员法律知识储备不足。\n")


@pytest.mark.parametrize("p1, p2", [("（1）", "（2）"), ("1）", "2）"), ("(1)", "(2)")])
def test_bracketed_digits_number_the_level_below_digits(p1, p2):
    """一、 (一) 1. (1), as official documents order them: (1) and 1) below 1、, so 1、 with them under it is no measure."""
    record = extract(OPENING + LISTED.format(p1=p1, p2=p2))
    assert [(s.level, s.title) for s in record.sections] == [
        (1, "主要举措和成效"), (2, "加强组织领导"), (3, "健全工作机制"), (3, "强化督促检查"), (2, "规范行政执法"),
        (1, "存在的问题")]
    assert [i.title for i in record.initiatives] == ["健全工作机制", "强化督促检查", "规范行政执法"]


def test_bracketed_digits_right_below_a_part_are_its_second_level():
    text = OPENING + "一、主要举措和成效\n（1）健全工作机制。镇党委召开专题会议5次。\n（2）强化督促检查。开展专项督查3次。\n"
    assert [(s.level, s.title) for s in extract(text).sections] == [
        (1, "主要举措和成效"), (2, "健全工作机制"), (2, "强化督促检查")]


MARKED = ("{b}一、主要举措和成效{e}\n"
          "{b}（一）加强组织领导{e}\n"
          "镇党委召开法治建设专题会议5次，研究解决重点问题8个。\n"
          "{b}（二）规范行政执法{e}。全年开展执法案卷评查2次，整改问题8个。\n"
          "{h}二、存在的问题\n"
          "执法人员专业素质有待提升，部分人员法律知识储备不足。\n"
          "{h}{b}三、下一步工作打算{e}\n"
          "1. {b}加强执法队伍建设{e}：组织执法人员参加培训。\n"
          "2. {b}深化法治宣传{e}：组织开展宪法宣传周等主题活动。\n")
MARKED_OUTLINE = [(1, "主要举措和成效", "achievements"), (2, "加强组织领导", "achievements"),
                  (2, "规范行政执法", "achievements"), (1, "存在的问题", "shortcomings"), (1, "下一步工作打算", "plans"),
                  (2, "加强执法队伍建设", "plans"), (2, "深化法治宣传", "plans")]


@pytest.mark.parametrize("b, e, h", [("**", "**", "## "), ("***", "***", "### "), ("", "", "")])
def test_the_marks_of_a_page_converted_to_markup_are_no_part_of_a_heading(b, e, h):
    record = extract(OPENING + MARKED.format(b=b, e=e, h=h))
    assert [(s.level, s.title, s.kind) for s in record.sections] == MARKED_OUTLINE
    assert [i.title for i in record.initiatives] == ["加强组织领导", "规范行政执法", "加强执法队伍建设", "深化法治宣传"]


def test_a_placeholder_star_in_a_title_stays():
    """An anonymised copy writes a name as *: one star is the title's, only the paired marks of bold are not."""
    text = OPENING + "一、*区法治政府建设主要举措\n全年开展执法案卷评查2次，整改问题8个。\n二、存在的问题\n执法人员素质有待提升。\n"
    assert [s.title for s in extract(text).sections] == ["*区法治政府建设主要举措", "存在的问题"]


def test_a_hashtag_opening_a_line_is_no_markup():
    text = OPENING + "#法治白川#\n一、主要举措和成效\n全年开展执法案卷评查2次，整改问题8个。\n"
    assert [s.title for s in extract(text).sections] == ["主要举措和成效"]


DOUBLE_SPACED = ("白川镇2024年法治政府建设工作总结\n\n"
                 "2024年，我镇坚持把法治政府建设摆在全局工作的突出位置，现将有关情况报告如下：\n\n"
                 "一、\n\n主要举措和成效\n\n"
                 "（一）\n\n加强组织领导\n\n"
                 "镇党委召开法治建设专题会议5次，研究解决重点问题8个。\n\n"
                 "（二）\n\n规范行政执法\n\n"
                 "全年开展执法案卷评查2次，整改问题8个。\n\n"
                 "二、\n\n存在的问题\n\n"
                 "执法人员专业素质有待提升，部分人员法律知识储备不足。\n")


def test_a_page_setting_every_line_apart_sets_a_number_apart_from_its_title_by_a_blank_line_too():
    assert _outline(DOUBLE_SPACED) == [(1, "主要举措和成效", "achievements"), (2, "加强组织领导", "achievements"),
                                       (2, "规范行政执法", "achievements"), (1, "存在的问题", "shortcomings")]


def test_a_number_two_blank_lines_above_the_text_of_a_double_spaced_page_heads_nothing():
    text = DOUBLE_SPACED.replace("（二）\n\n规范行政执法", "（二）\n\n\n规范行政执法")
    assert [title for _, title, _ in _outline(text)] == ["主要举措和成效", "加强组织领导", "存在的问题"]


def test_a_number_above_a_blank_line_of_a_page_set_line_by_line_heads_nothing():
    text = DOUBLE_SPACED.replace("\n\n", "\n").replace("（二）\n规范行政执法", "（二）\n\n规范行政执法")
    assert [title for _, title, _ in _outline(text)] == ["主要举措和成效", "加强组织领导", "存在的问题"]
