"""An unheaded list closing a part's last measure whose introduction names its problems or its next steps
(…但也存在一些问题:一是…) tells another kind of thing: its items are of that kind, and the measure above keeps its own
entry; a list introduced as the measure's own (主要做法如下:一是…) lists that measure's items instead."""

from __future__ import annotations

from lawreport import extract

_HEAD = ("某县人民法院2024年工作报告\n一、2024年主要工作\n（一）依法惩治犯罪\n审结刑事案件300件，判处罪犯360人。\n"
         "（二）深化多元解纷\n")


def _initiatives(body: str) -> list[tuple[str, str]]:
    return [(i.title, i.category) for i in extract(_HEAD + body + "二、2025年工作安排\n（一）持续深化诉源治理。\n").initiatives]


def test_a_closing_list_of_problems_leaves_the_measure_above_its_own_entry():
    found = _initiatives("依托调解平台吸纳特邀调解组织30个，诉前化解纠纷1200件。\n"
                         "过去一年，全县法院工作取得一定成绩，但也存在一些问题：一是案多人少矛盾依然突出；二是执行难问题尚未根本解决。\n")
    assert found == [("依法惩治犯罪", "achievements"), ("深化多元解纷", "achievements"),
                     ("案多人少矛盾依然突出", "shortcomings"), ("执行难问题尚未根本解决", "shortcomings"),
                     ("持续深化诉源治理", "plans")]


def test_a_list_introduced_as_the_measures_own_lists_its_items():
    found = _initiatives("主要做法如下：一是依托调解平台吸纳特邀调解组织30个；二是诉前化解纠纷1200件。\n")
    assert found == [("依法惩治犯罪", "achievements"), ("依托调解平台吸纳特邀调解组织30个", "achievements"),
                     ("诉前化解纠纷1200件", "achievements"), ("持续深化诉源治理", "plans")]
