"""In a part that lists nothing (一、主要举措和成效 with paragraphs only), a paragraph opening with a measure names it by
its first clause: one raising a capacity, fixing on a field or carrying a work deeper (提高…, 聚焦…, 深入…) as well as
one opening with 加强 or 完善."""

from __future__ import annotations

from lawreport import extract

REPORT = (
    "桐川县林业局2024年度法治政府建设工作报告\n"
    "一、主要举措和成效\n"
    "提高执法人员履职能力,组织全员参加执法资格考试,新增持证人员六名,持证上岗率保持百分之百。\n"
    "聚焦森林资源保护执法,开展打击毁林专项行动两轮,查处违法占用林地案件十一起。\n"
    "深入开展林业普法宣传,结合植树节、森林防火宣传月进村入户宣讲二十余场,发放资料三千余份。\n"
    "{last}\n"
)


def test_paragraphs_opening_with_a_measure_verb_are_measures():
    record = extract(REPORT.format(last="完善行政执法监督机制,聘请社会监督员八名,定期通报执法检查情况。"))
    assert [(i.title, i.category) for i in record.initiatives] == [
        ("提高执法人员履职能力", "achievements"), ("聚焦森林资源保护执法", "achievements"),
        ("深入开展林业普法宣传", "achievements"), ("完善行政执法监督机制", "achievements")]


def test_a_paragraph_opening_with_a_result_or_a_subject_is_no_measure():
    for last in ("全面完成年度执法检查任务,未发生行政复议被纠错案件,群众满意度稳步上升。",
                 "局党组高度重视法治建设,每季度听取一次工作汇报,研究解决执法中的困难问题。"):
        record = extract(REPORT.format(last=last))
        assert [i.title for i in record.initiatives] == ["提高执法人员履职能力", "聚焦森林资源保护执法", "深入开展林业普法宣传"]
