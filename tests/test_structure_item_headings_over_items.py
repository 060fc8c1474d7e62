"""一是 standing alone on its line over items numbered (1) (2) heads them, and 二是 after them is its sibling; 一是
headings under a (1) heading nest below it, and a 一是 line right above a heading of another family heads nothing."""

from __future__ import annotations

from lawreport import extract

OPENING = ("柳林县2024年法治政府建设情况报告\n"
           "2024年，我县坚持以法治思维统筹推进各项工作，依法行政能力持续提升，现将有关情况报告如下。\n"
           "一、主要工作\n")


def test_an_item_heading_over_numbered_items_heads_them_and_its_sibling_follows():
    record = extract(OPENING + "（一）行政执法监督\n"
                     "一是开展案卷评查\n"
                     "（1）评查行政处罚案卷200卷；\n"
                     "（2）发现并督促整改问题30个。\n"
                     "二是开展执法培训\n"
                     "全年组织执法人员培训3期，参训320人次。\n"
                     "二、存在的问题\n"
                     "基层执法力量不足，专业人员短缺。\n")
    assert [(s.level, s.numbering, s.title) for s in record.sections] == [
        (1, "一、", "主要工作"), (2, "（一）", "行政执法监督"), (3, "一是", "开展案卷评查"),
        (4, "（1）", "评查行政处罚案卷200卷"), (4, "（2）", "发现并督促整改问题30个"), (3, "二是", "开展执法培训"),
        (1, "二、", "存在的问题")]
    assert [(i.title, i.section[-1]) for i in record.initiatives] == [
        ("评查行政处罚案卷200卷", "开展案卷评查"), ("发现并督促整改问题30个", "开展案卷评查"),
        ("开展执法培训", "行政执法监督")]


def test_item_headings_under_a_numbered_heading_nest_below_it():
    record = extract(OPENING + "（一）行政执法监督\n"
                     "（1）加强执法队伍建设\n"
                     "一是健全培训制度\n"
                     "全年组织执法人员培训3期，参训320人次。\n"
                     "二是严格资格管理\n"
                     "新增持证执法人员12名，清理不在岗人员5名。\n")
    assert [(s.level, s.numbering, s.title) for s in record.sections][2:] == [
        (3, "（1）", "加强执法队伍建设"), (4, "一是", "健全培训制度"), (4, "二是", "严格资格管理")]


def test_an_item_line_above_another_family_heads_nothing():
    record = extract(OPENING + "（一）行政执法监督\n"
                     "一是开展案卷评查\n"
                     "（二）人民调解\n"
                     "全年调解纠纷1200件，调解成功1180件。\n")
    assert [(s.numbering, s.title) for s in record.sections] == [
        ("一、", "主要工作"), ("（一）", "行政执法监督"), ("（二）", "人民调解")]
