"""Structure phrasings of published reports: the list of attachments, links or notes closing a report, and a
report whose top-level parts are numbered (一) (二) with no 一、 above them."""

from __future__ import annotations

from lawreport import extract

REPORT = (
    "青禾县2024年法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）强化组织领导\n"
    "县政府常务会议专题研究法治政府建设工作4次。\n"
    "二、下一步工作安排\n"
    "（一）深化行政执法改革\n"
    "严格落实行政执法三项制度。\n"
    "{closing}"
)
OWN = ["主要举措和成效", "强化组织领导", "下一步工作安排", "深化行政执法改革"]
OWN_MEASURES = ["强化组织领导", "深化行政执法改革"]


def _titles(closing: str) -> tuple[list[str], list[str]]:
    record = extract(REPORT.format(closing=closing))
    return [s.title for s in record.sections], [i.title for i in record.initiatives]


def test_an_attachment_list_after_its_caption_heads_nothing():
    sections, initiatives = _titles("附件：1.青禾县行政执法人员培训办法\n2.青禾县重大行政决策事项目录\n3.青禾县权责清单\n")
    assert sections == OWN
    assert initiatives == ["强化组织领导", "深化行政执法改革"]


def test_an_attachment_list_below_a_caption_alone_heads_nothing():
    sections, _ = _titles("附件：\n1.青禾县行政复议案件统计表\n\n2.青禾县规范性文件备案目录\n")
    assert sections == OWN


def test_a_page_list_of_attachments_or_links_heads_nothing():
    sections, initiatives = _titles("相关附件\n1.青禾县法治建设责任清单.doc\n2.青禾县合法性审查目录.pdf\n"
                                    "相关链接：\n1.青禾县人民政府门户网站\n2.白川市司法局\n")
    assert sections == OWN
    assert initiatives == ["强化组织领导", "深化行政执法改革"]


def test_notes_below_a_table_head_nothing():
    sections, _ = _titles("注：1.调解成功率按本年累计计算；\n2.法律援助案件数含转交案件；\n3.公证数为辖区合计。\n")
    assert sections == OWN


def test_a_part_after_the_notes_still_heads():
    """Notes under a table mid-report: the next part (三、, (二)) is the report's own."""
    sections, _ = _titles("注：1.调解成功率按本年累计计算；\n2.数据截至12月底。\n三、其他需要报告的情况\n（一）无\n")
    assert sections == [*OWN, "其他需要报告的情况", "无"]


def test_a_numbered_list_after_an_ordinary_line_still_heads():
    """A line that only opens with the word (附件材料…, 相关部门…) opens no list of attachments."""
    for lead in ("附件材料审核严格，全年审核120件。", "相关部门协同推进执法监督。"):
        sections, _ = _titles(f"{lead}\n1.加强执法培训\n组织执法人员参加培训3次。\n")
        assert sections == [*OWN, "加强执法培训"], lead


def test_the_list_ends_at_the_next_unnumbered_line():
    sections, _ = _titles("附件：1.青禾县权责清单\n青禾县人民政府\n三、其他需要报告的情况\n无。\n")
    assert sections == [*OWN, "其他需要报告的情况"]


def test_attachments_numbered_in_words_below_their_caption_head_nothing():
    for closing in ("附件：\n一、青禾县行政执法事项清单\n二、青禾县权责清单目录\n",
                    "附件：一、青禾县行政执法事项清单\n二、青禾县权责清单目录\n三、青禾县公共法律服务指南\n",
                    "附件：\n（一）青禾县行政执法事项清单\n（二）青禾县权责清单目录\n"):
        assert _titles(closing) == (OWN, OWN_MEASURES), closing


def test_a_part_counting_on_below_a_note_still_heads():
    """A note mid-report, then the report's next part (三、): the part counts on, it opens no list."""
    sections, initiatives = _titles("注：数据截至12月底。\n三、其他需要报告的情况\n（一）统筹推进法治乡村建设\n")
    assert sections == [*OWN, "其他需要报告的情况", "统筹推进法治乡村建设"]
    assert initiatives == [*OWN_MEASURES, "统筹推进法治乡村建设"]


def test_the_attachment_list_ends_at_the_next_unnumbered_line():
    sections, _ = _titles("附件：\n一、青禾县行政执法事项清单\n二、青禾县权责清单目录\n"
                          "青禾县2025年法治政府建设工作要点\n一、健全依法决策机制\n")
    assert sections == [*OWN, "健全依法决策机制"]


TOWN = (
    "白川镇2024年法治政府建设工作总结\n"
    "2024年，我镇扎实推进法治政府建设，现将有关情况总结如下：\n"
    "{first}主要工作及成效\n"
    "1.加强组织领导。镇党委召开专题会议研究法治建设工作3次，压实各方责任。\n"
    "2.规范行政执法。全年开展执法案卷评查2次，整改问题8个。\n"
    "{second}存在的问题\n"
    "1.执法人员专业素质有待提升，部分人员法律知识储备不足。\n"
    "{third}下一步打算\n"
    "1.持续加强执法队伍建设，组织执法人员参加培训。\n"
)


def test_parts_numbered_in_brackets_with_none_above_are_the_top_level():
    record = extract(TOWN.format(first="（一）", second="（二）", third="（三）"))
    assert [(s.level, s.title, s.kind) for s in record.sections if s.level == 1] == [
        (1, "主要工作及成效", "achievements"), (1, "存在的问题", "shortcomings"), (1, "下一步打算", "plans")]
    assert {s.level for s in record.sections} == {1, 2}
    assert [(i.title.split("，")[0], i.category) for i in record.initiatives] == [
        ("加强组织领导", "achievements"), ("规范行政执法", "achievements"),
        ("执法人员专业素质有待提升", "shortcomings"), ("持续加强执法队伍建设", "plans")]


def test_a_piece_of_an_outline_opening_past_one_takes_the_kinds_its_titles_name():
    """(三)(四)(五) with no (一): the parts above them are not in the text (the record's levels are depths in the text's
    own outline), but each names its own kind."""
    record = extract(TOWN.format(first="（三）", second="（四）", third="（五）"))
    assert {s.level for s in record.sections} == {1, 2}
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("主要工作及成效", "achievements"), ("存在的问题", "shortcomings"), ("下一步打算", "plans")]


INTERPRETATION = (
    "关于《青禾县2024年度法治政府建设情况报告》的解读\n"
    "一、{first}\n"
    "根据有关规定，县政府每年第一季度报告上一年度法治政府建设情况。\n"
    "二、{second}\n"
    "县司法局汇总各部门材料，形成报告初稿，经征求意见后定稿。\n"
)


def test_parts_framing_a_document_are_no_work_areas():
    """A policy interpretation's background and drafting (起草背景, 研判和起草过程) report no work done."""
    for first, second in (("起草背景", "研判和起草过程"), ("政策依据", "编制目的和意义"), ("引言", "编制经过"),
                          ("其他需要报告的情况", "其他事项")):
        record = extract(INTERPRETATION.format(first=first, second=second))
        assert [(s.title, s.kind) for s in record.sections] == [(first, "other"), (second, "other")]
        assert [i.title for i in record.initiatives] == []


def test_a_work_area_naming_its_setting_mid_title_is_one():
    record = extract(INTERPRETATION.format(first="立足发展背景推进依法行政", second="其他事项统筹推进"))
    assert [s.kind for s in record.sections] == ["achievements", "achievements"]
    assert [i.title for i in record.initiatives] == ["立足发展背景推进依法行政", "其他事项统筹推进"]


PLANS = (
    "白川镇2024年法治政府建设工作报告\n"
    "一、主要工作及成效\n"
    "（一）健全工作机制\n"
    "成立工作专班，每季度召开会议研究法治建设。\n"
    "二、下一步打算\n"
    "{plan}\n"
)


def test_a_plan_paragraph_carrying_work_on_is_a_measure():
    for plan in ("进一步加强执法队伍建设。", "持续深化矛盾纠纷排查化解。", "继续推进法治乡村建设。"):
        record = extract(PLANS.format(plan=plan))
        assert [(i.title, i.category) for i in record.initiatives] == [
            ("健全工作机制", "achievements"), (plan.rstrip("。"), "plans")], plan


def test_a_plan_paragraph_opening_with_its_subject_names_no_measure():
    record = extract(PLANS.format(plan="我镇将进一步加强执法队伍建设。"))
    assert [i.title for i in record.initiatives] == ["健全工作机制"]


def test_a_background_summed_up_frames_a_document_and_a_work_summary_does_not():
    """背景概述 tells the background, as 起草背景 does; 工作概述 sums up the work done."""
    record = extract(INTERPRETATION.format(first="背景概述", second="工作概述"))
    assert [(s.title, s.kind) for s in record.sections] == [("背景概述", "other"), ("工作概述", "achievements")]
    assert [i.title for i in record.initiatives] == ["工作概述"]
