"""An untitled text in parts whose opening has the rule-of-law work as a whole act in the one year its sentence opens
with (2023年,某县法治建设工作坚持…), after a maxim or not, is the year's report on that work; so is one opening with its
year under whom it worked (2023年在县委…领导下,…) above a first part naming the work's state, with its results or not
(一、工作开展情况及成效). The work only named, a span, a plan, or such an opening without parts makes none.

Every sentence below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = ("一、加强组织领导,统筹推进依法治县\n1.健全工作机制。全年召开专题会议四次。\n"
          "二、严格规范执法,提升执法水平\n1.规范执法程序。全年开展执法培训五期。\n")
_STATE_PARTS = "(一)强化政府职能,依法全面履职\n全年清理规范性文件二十件。\n"
_UNDER = "2023年在县委、县政府的坚强领导下,青禾县坚持以法治思想为指导,统筹推进我县各项工作。\n"

CASES = [
    ("the work acting in the year", "2023年,青禾县法治建设工作坚持以法治思想为指导,为全县发展营造良好环境。\n" + _PARTS,
     "annual_report"),
    ("…after a maxim, under whom it worked", "法治是发展的保障。2023年,在县委的坚强领导下,全县法治政府建设工作以法治思想"
     "为指引,推动各项工作纳入法治轨道。\n" + _PARTS, "annual_report"),
    ("the work only named", "2023年,青禾县在法治政府建设工作中注重统筹,为全县发展营造良好环境。\n" + _PARTS, "other"),
    ("a span", "2021年以来,青禾县法治建设工作坚持以法治思想为指导,为全县发展营造良好环境。\n" + _PARTS, "other"),
    ("a plan", "2024年,全县法治政府建设工作以建成示范县为目标,力争各项指标位居全市前列。\n" + _PARTS, "other"),
    ("such an opening without parts", ("2023年,青禾县法治建设工作坚持以法治思想为指导,为全县发展营造良好环境。\n"
                                       "全年召开专题会议四次,开展执法培训五期。\n"), "other"),
    ("the year under whom it worked, above the work's state", _UNDER + "一、工作开展情况\n" + _STATE_PARTS,
     "annual_report"),
    ("the work's state with its results, under the year", "2023年,青禾县坚持以法治思想为指导,统筹推进各项工作。\n"
     "一、工作开展情况及成效\n" + _STATE_PARTS, "annual_report"),
    ("the work's state with its problems is none", "2023年,青禾县坚持以法治思想为指导,统筹推进各项工作。\n"
     "一、工作开展情况及问题\n" + _STATE_PARTS, "other"),
    ("an opening without its year", "在县委、县政府的坚强领导下,青禾县坚持以法治思想为指导,统筹推进我县各项工作。\n"
     "一、工作开展情况\n" + _STATE_PARTS, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_untitled_work_openings(case, text, expected):
    assert read(text, "kind") == expected


def test_the_year_of_such_a_report():
    assert read("2023年,青禾县法治建设工作坚持以法治思想为指导,为全县发展营造良好环境。\n" + _PARTS, "report_year") == 2023
