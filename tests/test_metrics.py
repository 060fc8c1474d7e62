"""Headline metrics and generic rates from real report sentences, positives and negatives.

Each row is a sentence as reports write it, with the facts a careful reader takes
from it. The report wrapper gives the year (2023) and a plan section for targets.
"""

from __future__ import annotations

import pytest

from lawreport import extract

WRAPPER = "2023年，区司法局认真履行职责。\n一、主要工作成效\n{body}\n二、存在的不足\n基础薄弱。\n三、2024年工作计划\n{plan}\n"

CASES = [
    # (sentence, [(key, value, year)])
    ("2023年全区各级调解组织受理各类矛盾纠纷21493件，总计调解成功21446件，调解成功率为99.78%。",
     [("mediation_cases", 21493, 2023), ("mediation_succeeded", 21446, 2023), ("mediation_success_rate", 99.78, 2023)]),
    ("受理调解案件2521宗，调解成功2486宗，调解成功率98.6%。",
     [("mediation_cases", 2521, 2023), ("mediation_succeeded", 2486, 2023), ("mediation_success_rate", 98.6, 2023)]),
    ("指导全市各级人民调解组织成功调解矛盾纠纷14920件，涉及金额约1.62亿元。",
     [("mediation_succeeded", 14920, 2023)]),
    ("调处矛盾纠纷3456起，调处成功率97.2%。",
     [("mediation_cases", 3456, 2023), ("mediation_success_rate", 97.2, 2023)]),
    ("全市行政复议发案量587件，同比上升104.5%，复议直接纠错率4.76%；一审诉讼案件184件，同比上升26.0%，复议诉讼比3.97:1。",
     [("reconsideration_received", 587, 2023), ("reconsideration_correction_rate", 4.76, 2023),
      ("litigation_first_instance", 184, 2023), ("reconsideration_litigation_ratio", 3.97, 2023)]),
    ("全年共新收行政复议案件226件，同比上升43.04%。办结行政复议案件212件，其中实体审查结案190件，纠错11件，直接纠错率5%。",
     [("reconsideration_received", 226, 2023), ("reconsideration_closed", 212, 2023),
      ("reconsideration_corrected", 11, 2023), ("reconsideration_correction_rate", 5, 2023)]),
    ("共受理行政复议申请44宗，已办结33宗。",
     [("reconsideration_received", 44, 2023), ("reconsideration_closed", 33, 2023)]),
    ("共受理行政复议案件一百一十九件。", [("reconsideration_received", 119, 2023)]),
    ("复议直接纠错率为百分之十二点五。", [("reconsideration_correction_rate", 12.5, 2023)]),
    ("行政诉讼案件开庭审理26宗，行政机关负责人出庭19宗（含行政机关首长出庭14宗）。",
     [("litigation_hearings", 26, 2023), ("head_appearances", 19, 2023), ("head_appearance_rate", 73.08, 2023)]),
    ("全年区各行政机关被诉一审行政诉讼案件239件，同比上升13.8%，开庭案件行政机关负责人出庭率达60.98%，同比提升8.1%，出庭率上升明显。",
     [("litigation_first_instance", 239, 2023), ("head_appearance_rate", 60.98, 2023)]),
    ("败诉7件，同比下降1.4%。", [("litigation_lost", 7, 2023)]),
    ("新收一审行政诉讼案件120件，审结115件，行政机关败诉8件，败诉率6.96%。",
     [("litigation_first_instance", 120, 2023), ("litigation_lost", 8, 2023), ("litigation_loss_rate", 6.96, 2023)]),
    ("行政机关负责人出庭应诉率从2012年的18.64%上升至2017年的53.28%，行政机关败诉率逐年递减。",
     [("head_appearance_rate", 18.64, 2012), ("head_appearance_rate", 53.28, 2017)]),
    ("全县行政机关负责人出庭应诉率、出庭发声率均为100%。", [("head_appearance_rate", 100, 2023)]),
    ("行政复议与行政诉讼案件比为1.5:1。", [("reconsideration_litigation_ratio", 1.5, 2023)]),
    ("2024年，共受理法律援助案件1466件、解答咨询13815件、见证认罪认罚2526件、代书108件。",
     [("legal_aid_cases", 1466, 2024)]),
    ("全年共指派刑事法律援助案件1650件，其中审判阶段1241件，通知辩护率达到100%。", [("legal_aid_cases", 1650, 2023)]),
    ("2024年，共办理公证5783件，其中“公证E通”在线办理3017件，全年累计创收738.18万元。", [("notarizations", 5783, 2024)]),
    ("完成深圳首例“公证提存+免赎楼带押过户”二手房交易服务，共办理公证业务10898件。", [("notarizations", 10898, 2023)]),
    ("全市行政机关负责人出庭应诉率连续三年保持100%。", [("head_appearance_rate", 100, 2023)]),
    ("法律援助案件办理1200件。", [("legal_aid_cases", 1200, 2023)]),
    ("公证处全年办证12000件。", [("notarizations", 12000, 2023)]),
    ("累计调解纠纷1.5万余件，调解成功率达98%以上。",
     [("mediation_cases", 15000, 2023), ("mediation_success_rate", 98, 2023)]),
    # negatives: numbers that belong to other subjects
    ("严格落实败诉风险提示预警，累计约谈相关负责人40余人次，直接避免败诉败议15件。", []),
    ("严格按照依申请公开办理流程开展工作，共收到申请6件，均在规定时间内予以处理。", []),
    ("全年共收取法律援助律师结案材料2705件，合计挽回受援人经济损失1680余万元。", []),
    ("与区检察院沟通、处理的认罪认罚案件616宗。", []),
    ("完成人民调解协议司法确认557件。", []),
    ("其他化解方式21797件。", []),
    ("实现非警务类纠纷40%以上在镇街处置。", []),
    ("在全市率先成立社区矫正执法大队。", []),
    ("开展行政执法案卷评查工作，共计评查1302宗执法案卷。", []),
]


def extracted(body: str, plan: str = "完善机制。"):
    return extract(WRAPPER.format(body=body, plan=plan))


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:14] for c in CASES])
def test_headline_facts(sentence, expected):
    record = extracted(sentence)
    got = sorted((m.key, round(m.value, 2), m.year) for m in record.metrics)
    assert got == sorted((k, round(float(v), 2), y) for k, v, y in expected)
    assert not any(m.target for m in record.metrics)


def test_derived_rate_cites_both_counts():
    record = extracted("行政诉讼案件开庭审理26宗，行政机关负责人出庭19宗。")
    derived = [m for m in record.metrics if m.derived]
    assert len(derived) == 1 and derived[0].value == 73.08
    assert derived[0].evidence.text == "行政诉讼案件开庭审理26宗，行政机关负责人出庭19宗"
    assert [s.text for s in derived[0].sources] == ["行政诉讼案件开庭审理26宗", "行政机关负责人出庭19宗"]


def test_no_derived_rate_where_one_is_stated():
    record = extracted("受理调解案件2521宗，调解成功2486宗，调解成功率98.6%。")
    assert not any(m.derived for m in record.metrics)
    assert [(c.key, c.agrees) for c in record.checks] == [("mediation_success_rate", True)]


def test_plan_values_are_targets_for_the_planned_year():
    record = extracted("办结行政复议案件212件。", plan="力争行政机关负责人出庭应诉率达到100%，调解成功率保持在98%以上。")
    targets = sorted((m.key, m.value, m.year, m.qualifier) for m in record.metrics if m.target)
    assert targets == [("head_appearance_rate", 100, 2024, None), ("mediation_success_rate", 98, 2024, "at_least")]
    assert [(m.key, m.target) for m in record.metrics if not m.target] == [("reconsideration_closed", False)]


def test_target_cue_outside_plan_section():
    record = extracted("力争到2025年行政机关负责人出庭应诉率达到100%。办结行政复议案件212件。")
    assert sorted((m.key, m.year, m.target) for m in record.metrics) == [
        ("head_appearance_rate", 2025, True), ("reconsideration_closed", 2023, False)]


def test_disagreeing_rate_is_a_finding_and_is_kept_as_written():
    record = extracted("受理调解案件1000宗，调解成功900宗，调解成功率99.5%。")
    assert [m.value for m in record.metrics if m.key == "mediation_success_rate"] == [99.5]
    assert [c.agrees for c in record.checks] == [False]
    finding = [f for f in record.findings if f.kind == "rate_mismatch"]
    assert len(finding) == 1 and "90" in finding[0].message


def test_rate_outside_range_is_a_finding():
    record = extracted("调解成功率为120%。")
    assert [m.value for m in record.metrics] == [120]
    assert [f.kind for f in record.findings if f.kind != "issuer_unresolved"] == ["out_of_range"]


def test_part_larger_than_total_is_a_finding():
    record = extracted("共受理法律援助案件100件，其中刑事案件120件。")
    assert [f.kind for f in record.findings if f.kind != "issuer_unresolved"] == ["part_exceeds_total"]


RATE_CASES = [
    ("区政府重大行政执法决定法制审核率达到100%。", [("法制审核率", 100)]),
    ("各镇街行政执法人员持证率均达到60%。", [("持证率", 60)]),
    ("收到评价1767条，好评率100%。", [("好评率", 100)]),
    ("结案率和满意率均达到100%。", [("结案率", 100), ("满意率", 100)]),
    ("在全市率先推动实现全区14个街镇全覆盖。", []),
    ("出庭率上升明显。", []),
    ("行政复议纠错率较上年提升2.3个百分点。", []),
    ("分别占比93.3%、92.1%。", []),
    ("全面提升工作效率20%。", []),
]


@pytest.mark.parametrize("sentence, expected", RATE_CASES, ids=[c[0][:12] for c in RATE_CASES])
def test_generic_rates(sentence, expected):
    record = extracted(sentence)
    got = sorted((r.label, r.value) for r in record.rates)
    assert len(got) == len(expected)
    for (label, value), (want_label, want_value) in zip(got, sorted(expected)):
        assert label.endswith(want_label) and value == want_value


def test_traditional_script_reads_like_simplified():
    record = extracted("行政機關負責人出庭應訴率達到100％，調解成功率為99.78％。")
    assert sorted((m.key, m.value) for m in record.metrics) == [
        ("head_appearance_rate", 100), ("mediation_success_rate", 99.78)]
    for m in record.metrics:
        assert "率" in m.evidence.text
