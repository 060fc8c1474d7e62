"""Items enumerated by an ordinal and a comma (第一,…;第二,…) or by circled numbers (①…②…), as 一是…二是… are: run
into a paragraph or one a line."""

from __future__ import annotations

from lawreport import extract

OPENING = ("白川县2024年法治政府建设情况报告\n"
           "2024年，我县坚持以法治思维统筹推进各项工作，依法行政能力持续提升，现将有关情况报告如下。\n")


def _items(body: str) -> list[tuple[str, str]]:
    return [(i.title, i.category) for i in extract(OPENING + body).initiatives]


def test_ordinal_items_run_into_a_paragraph():
    assert _items("一、主要工作\n"
                  "（一）强化组织领导。第一，健全领导机制，成立法治建设领导小组。第二，压实主体责任，全年召开专题会议4次。\n"
                  "二、存在的问题\n"
                  "第一，执法力量不足，专业人员短缺。第二，普法形式单一，针对性不强。\n") == [
        ("健全领导机制，成立法治建设领导小组", "achievements"), ("压实主体责任，全年召开专题会议4次", "achievements"),
        ("执法力量不足，专业人员短缺", "shortcomings"), ("普法形式单一，针对性不强", "shortcomings")]


def test_ordinal_items_one_a_line():
    assert _items("三、下一步工作打算\n"
                  "第一，深化普法宣传，开展活动20场。\n"
                  "第二，加强队伍建设，培训执法人员100人次。\n") == [
        ("深化普法宣传，开展活动20场", "plans"), ("加强队伍建设，培训执法人员100人次", "plans")]


def test_an_ordinal_inside_a_clause_or_before_a_list_mark_is_no_item():
    """排名全省第一, ranks; 第一、第二季度 names two quarters."""
    assert _items("一、主要工作\n"
                  "（一）强化组织领导。全县依法行政考核排名全省第一，获评优秀等次。\n"
                  "（二）规范执法行为。第一、第二季度共开展执法检查12次，整改问题30项。\n") == [
        ("强化组织领导", "achievements"), ("规范执法行为", "achievements")]


def test_circled_number_items_one_a_line_or_run_in():
    """①… ②… opening lines below a heading, or run into its paragraph: each an item, its number no part of the title."""
    assert _items("一、主要工作\n"
                  "（一）强化组织领导\n"
                  "①健全领导机制。成立法治建设领导小组，全年召开会议4次。\n"
                  "②压实主体责任。将法治建设纳入绩效考核。\n"
                  "二、存在的问题\n"
                  "①执法力量不足，专业人员短缺。②普法形式单一，针对性不强。\n") == [
        ("健全领导机制", "achievements"), ("压实主体责任", "achievements"),
        ("执法力量不足，专业人员短缺", "shortcomings"), ("普法形式单一，针对性不强", "shortcomings")]


def test_a_circled_number_before_a_digit_is_no_item():
    """…举措。③7: a page's mark and number after the last sentence."""
    assert _items("全年办理法律援助案件300件，同比增长12%，群众满意度持续提升。③7\n") == []


def test_qi_ordinal_items_run_into_a_paragraph_or_one_a_line():
    """其一,…其二,… enumerate as 第一,…第二,… do."""
    assert _items("一、主要工作\n"
                  "（一）完善制度建设。其一，清理规范性文件，废止文件6件。其二，健全合法性审查机制，审查合同25份。\n"
                  "二、下一步工作打算\n"
                  "其一，推进执法规范化，开展案卷评查2次。\n"
                  "其二，提升复议质效，办结复议案件40件。\n") == [
        ("清理规范性文件，废止文件6件", "achievements"), ("健全合法性审查机制，审查合同25份", "achievements"),
        ("推进执法规范化，开展案卷评查2次", "plans"), ("提升复议质效，办结复议案件40件", "plans")]


def test_qi_inside_a_clause_or_before_no_comma_is_no_item():
    """…两项,其一为…, 其二为… names members inside a clause; 其一季度 is no enumeration."""
    assert _items("一、主要工作\n"
                  "（一）完善制度建设。全镇新增制度两项，其一为重大决策目录，其二为听证规则，均已施行。\n"
                  "（二）规范执法行为。其一季度开展执法检查9次，整改问题18项。\n") == [
        ("完善制度建设", "achievements"), ("规范执法行为", "achievements")]


def test_a_pause_after_yi_shi_is_the_markers_not_the_items_title():
    """一是:开展… and 二是,推进…: the item's title opens after the pause, where it was empty."""
    assert _items("一、主要工作\n"
                  "（一）加强普法宣传。一是：开展宪法宣传周活动，全年举办讲座12场；二是，推进法治文化阵地建设。\n") == [
        ("开展宪法宣传周活动，全年举办讲座12场", "achievements"), ("推进法治文化阵地建设", "achievements")]


def test_a_pause_after_yi_shi_heading_a_part_is_the_numberings():
    body = "全年召开专题会议四次，研究部署法治建设重点任务，推动各项工作落实落地。\n"
    record = extract(OPENING + "一、主要工作\n一是：加强组织领导\n" + body + "二是：强化学习培训\n" + body)
    assert [(s.numbering, s.title) for s in record.sections][1:] == [("一是：", "加强组织领导"), ("二是：", "强化学习培训")]
    assert [i.title for i in record.initiatives] == ["加强组织领导", "强化学习培训"]
