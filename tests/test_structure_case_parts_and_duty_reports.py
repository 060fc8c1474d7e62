"""Structure phrasings of published reports: the parts of a case written up (基本案情, 裁判结果, 典型意义), which tell
one case and list no measures; a principal's own report on the rule-of-law duty (述法报告), whose work parts are the
duty performed; a part saying how problems will be put right (lists of attachments numbered 一、 are tested with the
other attachment lists, in test_structure_attachments_and_bare_subheads.py)."""

from __future__ import annotations

from lawreport import extract

CASES = (
    "青禾县司法局发布行政复议典型案例\n"
    "案例一：某商行诉青禾县市场监督管理局行政处罚案\n"
    "【基本案情】\n某商行因销售过期食品被处以罚款。该商行不服，申请行政复议。\n"
    "【复议结果】\n复议机关经审查，决定变更原处罚决定。\n"
    "【典型意义】\n本案体现了包容审慎监管理念。行政机关作出处罚时，应当综合考量违法情节和危害后果。\n"
    "案例二：张某诉青禾县某镇人民政府政府信息公开案\n"
    "（一）案情简介\n张某申请公开征地补偿方案。镇政府逾期未予答复。\n"
    "（二）典型意义\n严格依法公开是法治政府的应有之义。本案督促行政机关规范办理依申请公开。\n"
)


def test_the_parts_of_a_case_list_no_measures():
    record = extract(CASES)
    assert [s.title for s in record.sections] == ["基本案情", "复议结果", "典型意义", "案情简介", "典型意义"]
    assert {s.kind for s in record.sections} == {"other"}
    assert record.initiatives == []


def test_a_work_part_among_bracketed_parts_still_lists_its_measures():
    record = extract(CASES + "【工作成效】\n建立行政复议案例指导制度。全年发布典型案例12件。\n"
                             "推行复议决定书网上公开。全年公开决定书86份。\n")
    assert [(i.title, i.category) for i in record.initiatives] == [
        ("建立行政复议案例指导制度", "achievements"), ("推行复议决定书网上公开", "achievements")]


def test_each_part_of_a_case_lists_no_measures_where_a_work_part_does():
    body = "\n本案明确了举证责任的分配规则。法院据此作出判决。\n"
    for title in ("基本案情", "案件事实", "简要案情", "审理结果", "裁判要旨", "要点", "争议焦点", "法官说法", "案例评析"):
        record = extract(f"【{title}】{body}")
        assert [s.kind for s in record.sections] == ["other"], title
        assert record.initiatives == [], title
    for title in ("基本情况", "案件办理情况", "调解工作"):
        record = extract(f"【{title}】{body}")
        assert [i.title for i in record.initiatives] == ["本案明确了举证责任的分配规则"], title


DUTY = "{head}一、{first}\n（一）带头学法用法\n全年主持党委会专题学法6次。\n二、{second}\n（一）规范重大行政决策\n全年审查合同协议8份。\n" \
       "三、存在的不足\n（一）基层执法力量薄弱\n"


def _kinds(head: str, first: str = "履职情况", second: str = "推进依法行政") -> list[tuple[str, str]]:
    record = extract(DUTY.format(head=head, first=first, second=second))
    return [(s.title, s.kind) for s in record.sections if s.level == 1]


def test_the_work_parts_of_a_principals_report_on_the_duty_are_its_responsibilities():
    for head in ("白川镇镇长2024年述法报告\n今年以来，我认真履行职责。\n",
                 "关于履行推进法治建设第一责任人职责情况的报告\n青禾县司法局局长 李某\n",
                 "2024年，本人切实履行推进法治建设第一责任人职责。现将本人2024年述法工作情况报告如下：\n",
                 "2024年以来，我认真履行职责。现将我履行推进法治建设第一责任人职责情况汇报如下：\n"):
        assert _kinds(head) == [("履职情况", "responsibilities"), ("推进依法行政", "responsibilities"),
                                ("存在的不足", "shortcomings")], head
        initiatives = extract(DUTY.format(head=head, first="履职情况", second="推进依法行政")).initiatives
        assert [i.category for i in initiatives] == ["responsibilities", "responsibilities", "shortcomings"], head


def test_a_bodys_report_keeps_its_work_parts_achievements():
    for head in ("白川镇2024年法治政府建设情况报告\n现将我镇2024年法治政府建设工作情况报告如下：\n",
                 "青禾县司法局2024年度法治政府建设工作总结\n今年以来，我局组织局长述法2次。\n"):
        assert _kinds(head) == [("履职情况", "achievements"), ("推进依法行政", "achievements"),
                                ("存在的不足", "shortcomings")], head


def test_a_work_area_after_the_principals_part_is_an_achievement():
    """A body's report opening with its head's duty part (一、第一责任人职责情况), then a work area naming no kind."""
    head = "青禾县2024年法治政府建设情况报告\n"
    assert _kinds(head, first="县政府主要负责人履行推进法治建设第一责任人职责情况") == [
        ("县政府主要负责人履行推进法治建设第一责任人职责情况", "responsibilities"), ("推进依法行政", "achievements"),
        ("存在的不足", "shortcomings")]


def test_how_problems_will_be_put_right_is_a_plan_and_how_they_were_is_done():
    head = "青禾县2024年法治政府建设情况报告\n"
    record = extract(DUTY.format(head=head, first="主要工作", second="推进依法行政") + "四、整改措施\n（一）充实基层执法力量\n")
    assert [(s.title, s.kind) for s in record.sections if s.level == 1][-1] == ("整改措施", "plans")
    assert record.initiatives[-1].category == "plans"
    for title in ("上年度问题整改情况", "整改措施落实情况"):
        record = extract(DUTY.format(head=head, first=title, second="推进依法行政"))
        assert next(s.kind for s in record.sections if s.level == 1) == "achievements", title
