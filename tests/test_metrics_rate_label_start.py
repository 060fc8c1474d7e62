"""Rate labels that start where the …率 noun phrase starts (not with the place or body whose rate it is), and the
title line of a report dated in it.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def rates(text: str, report_year: int | None = 2024):
    """(label, value) of each generic rate of `text`, the label read at its evidence's offset."""
    return read(text, report_year)[1]


@pytest.mark.parametrize("text, label", [
    # the place or the body whose rate it is
    ("全县行政复议纠错率为12.5%。", "行政复议纠错率"),
    ("全州行政机关负责人出庭应诉率达99%。", "行政机关负责人出庭应诉率"),
    ("我局执法人员持证率达到97%。", "执法人员持证率"),
    ("本市人民调解成功率为98.6%。", "人民调解成功率"),
    ("我院一审行政案件败诉率为4.2%。", "一审行政案件败诉率"),
    ("全省范围内矛盾纠纷化解率为96%。", "矛盾纠纷化解率"),
    # …before the levels or the units of that place it names, which stay
    ("全县县乡村三级公共法律服务平台覆盖率达100%。", "县乡村三级公共法律服务平台覆盖率"),
    ("全县县直部门法律顾问覆盖率为100%。", "县直部门法律顾问覆盖率"),
    ("全市县级政府负责人出庭应诉率达98%。", "县级政府负责人出庭应诉率"),
    # the place before a part of the year, which goes too: it says when, not what
    ("全县前三季度行政机关负责人出庭应诉率为100%。", "行政机关负责人出庭应诉率"),
    ("全市上半年行政复议纠错率为11%。", "行政复议纠错率"),
    ("下半年调解成功率达98%。", "调解成功率"),
    ("一季度行政复议纠错率为12.5%。", "行政复议纠错率"),
    ("半年来调解成功率达98%。", "调解成功率"),
    ("前10个月败诉率为3%。", "败诉率"),
    # a span up to now
    ("全区今年以来矛盾纠纷化解率为98%。", "矛盾纠纷化解率"),
    ("截至目前群众满意率为99%。", "群众满意率"),
])
def test_a_rate_label_leaves_whose_and_when_out(text, label):
    assert [l for l, _ in rates(text)] == [label]


@pytest.mark.parametrize("text", [
    # words of the label's own, read as a place or a period elsewhere
    "全程网办率达100%。",
    "全覆盖率达100%。",
    "全区域网格覆盖率为100%。",
    "本市场主体满意率为96%。",
    "全州县行政复议纠错率为12%。",
    "全州县县直部门法律顾问覆盖率为100%。",
    "全县域网格覆盖率为100%。",
    "全市平均结案率为95%。",
])
def test_a_label_keeps_its_own_first_words(text):
    assert [l for l, _ in rates(text)] == [text.split("率")[0] + "率"]


BODY = "\n上半年办理行政复议案件38件。全年调解纠纷1200件。"


@pytest.mark.parametrize("title", [
    "某县司法局关于2024年度法治政府建设情况的报告(2025年3月)",
    "某县司法局2024年法治政府建设年度报告 2025年3月",
    "某县司法局2025年3月印发",
    "某县司法局2025年2月发布",
    "某县人民政府2025年3月公布",
    "某县2025年1月起施行的办法",
])
def test_a_date_in_the_title_line_names_no_period(title):
    """The half's figure of a yearly report stays no year's headline when the title line only dates the report."""
    assert [v for _, v, *_ in read(title + BODY, 2024)[0]] == [1200]


@pytest.mark.parametrize("title", [
    "某县2024年上半年工作总结",
    "某县2024年一季度行政执法通报",
    "某县2024年12月工作简报",
    "某县行政执法统计(1-9月)",
])
def test_a_title_naming_a_part_of_the_year_gives_its_figures(title):
    assert sorted(v for _, v, *_ in read(title + BODY, 2024)[0]) == [38, 1200]


@pytest.mark.parametrize("text, label", [
    # words of the label's own that open with a word the label is cut after elsewhere (在, 中, 及, 对, 与)
    ("全镇干部法律知识在线考试通过率为98%。", "干部法律知识在线考试通过率"),
    ("全员在岗率为100%。", "全员在岗率"),
    ("全区政务服务中心按时办结率为99.5%。", "政务服务中心按时办结率"),
    ("全县中小学法治副校长配备率达100%。", "中小学法治副校长配备率"),
    ("全市集中式饮用水水源地水质达标率保持100%。", "集中式饮用水水源地水质达标率"),
    ("执法人员法律知识考试及格率为100%。", "执法人员法律知识考试及格率"),
    ("社区矫正对象再犯罪率为0.1%。", "社区矫正对象再犯罪率"),
    ("诉调对接率达100%。", "诉调对接率"),
    ("政府信息对外公开率100%。", "政府信息对外公开率"),
    ("群众参与率达86%。", "群众参与率"),
])
def test_a_rate_label_keeps_its_own_words(text, label):
    assert [l for l, _ in rates(text)] == [label]


@pytest.mark.parametrize("text, label", [
    # the same characters as a preposition or a postposition: the label starts after them
    ("在各镇推广后覆盖率达100%。", "各镇推广后覆盖率"),
    ("案卷评查中优秀率为30%。", "优秀率"),
    ("对各执法单位考核合格率为100%。", "各执法单位考核合格率"),
])
def test_a_rate_label_starts_after_a_preposition(text, label):
    assert [l for l, _ in rates(text)] == [label]


@pytest.mark.parametrize("text, label", [
    # a place whose name holds a word the label is cut after elsewhere (中, 和, 且): the place stays whole, as a place
    # opening a label does (青禾县行政机关负责人出庭应诉率), and a cut before it still cuts
    ("中山市行政机关负责人出庭应诉率达到100%。", "中山市行政机关负责人出庭应诉率"),
    ("汉中市行政复议纠错率为9.1%。", "汉中市行政复议纠错率"),
    ("且末县行政机关负责人出庭应诉率达96%。", "且末县行政机关负责人出庭应诉率"),
    ("城中区人民调解成功率为98.2%。", "城中区人民调解成功率"),
    ("在和平区人民调解成功率为97.5%。", "和平区人民调解成功率"),
    ("确保中牟县行政复议纠错率控制在10%以内。", "中牟县行政复议纠错率"),
    ("青禾县行政机关负责人出庭应诉率达到100%。", "青禾县行政机关负责人出庭应诉率"),
])
def test_a_rate_label_keeps_a_place_whole(text, label):
    assert [l for l, _ in rates(text)] == [label]


@pytest.mark.parametrize("text, label", [
    # the same words where no place's name holds them: a postposition, a word a name's last character opens (市场,
    # 县域), a two-character name's characters after another word
    ("在诉讼中行政机关负责人出庭应诉率达到98%。", "行政机关负责人出庭应诉率"),
    ("城中市场监管投诉办结率为95%。", "市场监管投诉办结率"),
    ("调解结案率和县域治理满意率均为90%。", "县域治理满意率"),
    ("执法检查率和县乡执法考核合格率均为92%。", "县乡执法考核合格率"),
])
def test_a_cut_word_no_place_holds_still_cuts(text, label):
    assert label in [l for l, _ in rates(text)]


@pytest.mark.parametrize("text, label", [
    # …and after a word that is no rate, the joiner lists the words sharing the measure: the label as written
    ("矛盾调解和县域治理满意率为90%。", "矛盾调解和县域治理满意率"),
    ("复议调解和县乡执法考核合格率为92%。", "复议调解和县乡执法考核合格率"),
])
def test_a_cut_joiner_after_a_word_listed_keeps_the_list(text, label):
    assert [l for l, _ in rates(text)] == [label]


@pytest.mark.parametrize("text, label", [
    # a count of years the level has held: how long, not what
    ("连续三年行政处罚案件法制审核率100%。", "行政处罚案件法制审核率"),
    ("连续多年专项抽查任务按时完成率为100%。", "专项抽查任务按时完成率"),
    ("三年来群众满意率保持在97%。", "群众满意率"),
    ("连续4年复议决定履行率达到100%。", "复议决定履行率"),
    # a quoted name's head word, the quote having ended the clause before the label
    ("2023年“官告民”案行政机关一审胜诉率为80.5%。", "行政机关一审胜诉率"),
])
def test_a_rate_label_leaves_the_years_it_held_and_a_quoted_name_out(text, label):
    assert [l for l, _ in rates(text)] == [label]


@pytest.mark.parametrize("text, label", [
    # a year word of the label's own, and a label of the quoted name's cases or of cases won
    ("年度执法考核优秀率为35%。", "年度执法考核优秀率"),
    ("全县九年义务教育阶段入学率为100%。", "九年义务教育阶段入学率"),
    ("“一站式”案件实质化解率达81.2%。", "案件实质化解率"),
    ("判决胜诉12件,案胜率达40.5%。", "案胜率"),
    ("“调解优先”案结事了率为96%。", "案结事了率"),
])
def test_a_rate_label_keeps_its_year_and_case_words(text, label):
    assert [l for l, _ in rates(text)] == [label]


def test_the_share_of_what_worked_is_a_rate_and_efficiency_is_none():
    assert rates("发出的检察建议函有效率为64%。") == [("检察建议函有效率", 64.0)]
    assert rates("全区有效率达65.5%,满意率为98%。") == [("有效率", 65.5), ("满意率", 98.0)]
    assert rates("进一步提高行政效率。") == []
    assert rates("审批效率为90%。") == []
    # a head's appearances that settled the dispute (出庭、出声、出效): a share, listed with the others it goes with
    assert sorted(rates("行政机关负责人出庭率、出声率、出效率均达100%。")) == [
        ("出声率", 100.0), ("出效率", 100.0), ("行政机关负责人出庭率", 100.0)]
    assert rates("庭审效率为90%。") == []


@pytest.mark.parametrize("text, label", [
    # the target named before the rate it sets: whose goal, not what is measured
    ("人民调解工作年度目标为调解成功率98%以上。", "调解成功率"),
    ("行政应诉工作全年目标是行政机关负责人出庭应诉率100%。", "行政机关负责人出庭应诉率"),
    ("法律援助工作目标值为案件质量合格率99%。", "案件质量合格率"),
])
def test_a_rate_label_starts_after_the_target_named_before_it(text, label):
    assert [l for l, _ in rates(text)] == [label]


def test_a_target_value_named_after_its_label_keeps_the_label():
    assert [l for l, _ in rates("行政诉讼败诉率目标值为6%。")] == ["行政诉讼败诉率"]
