"""A report that numbers its genre parts and the items in them alike (一、主要工作及成效 / 一、加强组织领导 /
二、推进依法决策 / 二、存在的问题 / 一、…): each part naming its kind, right above a list of its own family counting from one
again, is a top-level part, and the items under it are one level below it, of its kind. A list of the parts' titles
above the report, a part naming a kind over items of another family, and items counting on are read as before."""

from __future__ import annotations

from lawreport import extract

_OPENING = "青禾县2023年法治政府建设年度报告\n2023年,我县坚持依法行政,扎实推进法治政府建设,现将有关情况报告如下。\n"


def _sections(body: str) -> list[tuple[int, str, str, str]]:
    return [(s.level, s.numbering, s.title, s.kind) for s in extract(_OPENING + body).sections]


def test_parts_numbered_as_their_items_hold_them():
    body = ("一、主要工作及成效\n一、加强组织领导。县政府常务会议专题研究4次。\n二、推进依法决策。全年审查重大行政决策12件。\n"
            "二、存在的问题\n一、学法用法不够深入。\n二、执法队伍素质有待提升。\n三、下一步工作打算\n一、深化法治宣传。\n二、加强队伍建设。\n")
    assert _sections(body) == [
        (1, "一、", "主要工作及成效", "achievements"), (2, "一、", "加强组织领导", "achievements"),
        (2, "二、", "推进依法决策", "achievements"), (1, "二、", "存在的问题", "shortcomings"),
        (2, "一、", "学法用法不够深入", "shortcomings"), (2, "二、", "执法队伍素质有待提升", "shortcomings"),
        (1, "三、", "下一步工作打算", "plans"), (2, "一、", "深化法治宣传", "plans"), (2, "二、", "加强队伍建设", "plans")]


def test_a_last_part_without_items_and_bracketed_parts_count_on_as_parts():
    body = ("(一)主要工作及成效\n(一)加强组织领导。县政府常务会议专题研究4次。\n(二)推进依法决策。全年审查重大行政决策12件。\n"
            "(三)严格规范执法。全年开展执法检查30次。\n(二)存在的问题\n(一)学法用法不够深入。\n(二)执法队伍素质有待提升。\n"
            "(三)下一步工作打算\n下一步,我县将持续深化法治政府建设,推动各项工作再上新台阶。\n")
    assert _sections(body) == [
        (1, "(一)", "主要工作及成效", "achievements"), (2, "(一)", "加强组织领导", "achievements"),
        (2, "(二)", "推进依法决策", "achievements"), (2, "(三)", "严格规范执法", "achievements"),
        (1, "(二)", "存在的问题", "shortcomings"), (2, "(一)", "学法用法不够深入", "shortcomings"),
        (2, "(二)", "执法队伍素质有待提升", "shortcomings"), (1, "(三)", "下一步工作打算", "plans")]


def test_a_list_of_the_parts_above_the_report_holds_nothing():
    body = ("一、主要工作\n二、存在问题\n三、下步打算\n一、主要工作\n全年召开专题会议4次,审查重大行政决策12件。\n"
            "二、存在问题\n学法用法还不够深入。\n三、下步打算\n持续深化法治政府建设。\n")
    assert [depth for depth, *_ in _sections(body)] == [1] * 6


def test_parts_over_items_of_another_family_or_counting_on_are_read_as_before():
    body = ("一、主要工作及成效\n(一)加强组织领导。县政府常务会议专题研究4次。\n(二)推进依法决策。全年审查重大行政决策12件。\n"
            "二、存在的问题\n学法用法还不够深入。\n三、下一步工作打算\n(一)深化法治宣传。\n(二)加强队伍建设。\n")
    assert [(depth, numbering) for depth, numbering, *_ in _sections(body)] == [
        (1, "一、"), (2, "(一)"), (2, "(二)"), (1, "二、"), (1, "三、"), (2, "(一)"), (2, "(二)")]
    body = ("一、加强组织领导\n县政府常务会议专题研究4次。\n二、推进依法决策\n全年审查重大行政决策12件。\n"
            "三、存在的问题\n学法用法还不够深入。\n四、下一步工作打算\n持续深化法治政府建设。\n")
    assert [(depth, title) for depth, _, title, _ in _sections(body)] == [
        (1, "加强组织领导"), (1, "推进依法决策"), (1, "存在的问题"), (1, "下一步工作打算")]


def test_parts_titled_without_numbering_hold_the_lists_below_them():
    body = ("主要工作及成效\n一、加强组织领导。县政府常务会议专题研究4次。\n二、推进依法决策。全年审查重大行政决策12件。\n"
            "存在的问题\n一、学法用法不够深入。\n二、执法队伍素质有待提升。\n下一步工作打算\n一、深化法治宣传。\n二、加强队伍建设。\n")
    assert _sections(body) == [
        (1, "", "主要工作及成效", "achievements"), (2, "一、", "加强组织领导", "achievements"),
        (2, "二、", "推进依法决策", "achievements"), (1, "", "存在的问题", "shortcomings"),
        (2, "一、", "学法用法不够深入", "shortcomings"), (2, "二、", "执法队伍素质有待提升", "shortcomings"),
        (1, "", "下一步工作打算", "plans"), (2, "一、", "深化法治宣传", "plans"), (2, "二、", "加强队伍建设", "plans")]


def test_a_title_without_numbering_over_a_deeper_list_inside_a_part_heads_nothing():
    body = ("一、主要工作及成效\n主要做法\n1.加强组织领导。县政府常务会议专题研究4次。\n2.推进依法决策。全年审查重大行政决策12件。\n"
            "二、存在的问题\n学法用法还不够深入。\n")
    assert [(level, title) for level, _, title, _ in _sections(body)] == [
        (1, "主要工作及成效"), (2, "加强组织领导"), (2, "推进依法决策"), (1, "存在的问题")]


def test_a_titled_list_after_a_line_ending_no_sentence_heads_no_part():
    # a document's title in a list of attachments, over that document's first part: no part of the report
    body = ("一、主要工作及成效\n(一)加强组织领导。县政府常务会议专题研究4次。\n附件:\n一、青禾县行政执法事项清单\n"
            "二、青禾县权责清单目录\n青禾县2024年法治政府建设工作要点\n一、健全依法决策机制\n")
    assert [title for _, _, title, _ in _sections(body)] == ["主要工作及成效", "加强组织领导", "健全依法决策机制"]


def test_a_part_titled_as_the_lead_in_to_its_list_holds_it():
    body = ("主要工作及成效:\n一、加强组织领导。县政府常务会议专题研究4次。\n二、推进依法决策。全年审查重大行政决策12件。\n"
            "存在的问题：\n一、学法用法不够深入。\n二、执法队伍素质有待提升。\n")
    assert [(level, title, kind) for level, _, title, kind in _sections(body)] == [
        (1, "主要工作及成效", "achievements"), (2, "加强组织领导", "achievements"), (2, "推进依法决策", "achievements"),
        (1, "存在的问题", "shortcomings"), (2, "学法用法不够深入", "shortcomings"),
        (2, "执法队伍素质有待提升", "shortcomings")]


def test_a_lead_in_over_a_paragraph_or_inside_a_part_heads_nothing():
    body = ("一、主要工作及成效\n(一)加强组织领导。县政府常务会议专题研究4次。\n具体做法:\n1.建立学法制度。全年学法4次。\n"
            "2.完善考核机制。将法治建设纳入绩效考核。\n二、存在的问题\n存在的问题:\n学法用法还不够深入,执法队伍素质有待提升。\n")
    assert [(level, title) for level, _, title, _ in _sections(body)] == [
        (1, "主要工作及成效"), (2, "加强组织领导"), (3, "建立学法制度"), (3, "完善考核机制"), (1, "存在的问题")]
