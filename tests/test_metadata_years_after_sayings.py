"""An untitled yearly report opening on a saying states its year in the next sentence (法治是安邦治国的基石。2022年,
在县委的领导下,全县…): that year is the one reported on; after a first sentence naming a span (近年来) or a year of
its own, the next sentence's year is not taken for it. The next sentence names the author as an opening with no saying
does (依法行政是政府工作的生命线。2023年,石桥镇坚持…), unless the first names a body acting.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = ("在县委的坚强领导下,全县法治政府建设扎实推进,各项工作取得新成效。\n"
         "强化组织领导 压实法治建设责任\n全年召开专题会议四次,研究部署法治建设重点工作。\n")

CASES = [
    ("a saying, then the year", "法治是安邦治国的基石,也是发展的保障。2022年," + _REST, 2022),
    ("…the year written 年度", "法治是最好的营商环境。2023年度," + _REST, 2023),
    ("a span in the first sentence leaves the year open", "近年来,我县法治建设成效明显。2022年," + _REST, None),
    ("…and so does a year of its own there", "法治建设在2021年迈上新台阶。2022年," + _REST, None),
    ("a year later in the second sentence is none", "法治是安邦治国的基石。全县在2022年," + _REST, None),
]

# A titled report with no year in its title, its first paragraph opening with a heading run into it ((一)强化组织领导。):
# the year after the heading runs into the subject or the scope with no comma as a paragraph's may (2023年我局共办理…,
# 2023年县司法局坚持…, 2023年全县共…); a year stating what the year was (2023年是…) dates no figures.
_TITLED = "白沙县司法局法治政府建设工作报告\n"
_FIGURES = "\n(二)深化矛盾纠纷化解。全年共调解矛盾纠纷1520件,调解成功率98.7%。\n"
TITLED_CASES = [
    ("the year before the bureau's own call", _TITLED + "(一)强化组织领导。2023年我局共召开专题会议4次。" + _FIGURES, 2023),
    ("the year before the bureau's name", _TITLED + "(一)强化组织领导。2023年县司法局坚持以习近平法治思想为指导。" + _FIGURES,
     2023),
    ("the year before the county's count", _TITLED + "(一)强化组织领导。2023年全县共开展法治讲座45场。" + _FIGURES, 2023),
    ("the year before a comma, as before", _TITLED + "(一)强化组织领导。2023年,县司法局召开专题会议4次。" + _FIGURES, 2023),
    ("a year stating what it was", _TITLED + "(一)强化组织领导。2023年是八五普法承上启下之年。" + _FIGURES, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLED_CASES, ids=[c[0] for c in TITLED_CASES])
def test_the_year_after_a_heading_run_into_the_first_paragraph(case, text, expected):
    assert read(text, "report_year") == expected


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_year_after_an_opening_saying(case, text, expected):
    assert read(text, "report_year") == expected


_PARTS = ("\n一、主要做法\n(一)全年召开法治专题会议三次,开展集中学法五次。\n二、存在的不足\n基层法治力量薄弱。\n"
          "三、下一步打算\n继续推进法治建设。\n")
_DUTY_PART = "\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n(一)全年召开法治专题会议三次,研究部署重点工作。\n"

AUTHORS = [
    ("a saying, then the town's sentence",
     "依法行政是政府工作的生命线。2023年,石桥镇坚持以习近平法治思想为指导,扎实推进法治政府建设。" + _PARTS
     + "石桥镇人民政府严格落实法律顾问制度。\n", "石桥镇人民政府"),
    ("a saying of several clauses, then the street's",
     "法治政府建设是全面依法治国的重点任务,是推进治理现代化的必然要求。2024年,东湖街道以习近平法治思想为指导,"
     "统筹推进法治建设各项工作,取得新成效。" + _DUTY_PART + "东湖街道办事处严格落实法律顾问制度。\n", "东湖街道办事处"),
    # a first sentence naming a body acting is no saying: the opening is read as it stands
    ("a body acting in the first sentence",
     "青禾县司法局印发《法治建设工作要点》。2023年,石桥镇坚持以习近平法治思想为指导,扎实推进法治政府建设。" + _PARTS,
     "青禾县司法局"),
    ("a span in the first sentence",
     "近年来,法治建设成效明显。2023年,石桥镇坚持以习近平法治思想为指导,扎实推进法治政府建设。" + _PARTS, None),
    ("a second sentence opening with no year",
     "法治是最好的营商环境。全镇上下坚持以习近平法治思想为指导,扎实推进法治政府建设。" + _PARTS, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), AUTHORS, ids=[c[0] for c in AUTHORS])
def test_the_author_after_an_opening_saying(case, text, expected):
    assert read(text, "issuer") == expected


def test_an_untitled_report_after_a_saying_is_the_yearly_report():
    # its first part the heads' duty, under the street's sentence of the year: as with no saying before it (a first
    # sentence naming a body acting is no saying: see AUTHORS)
    text = ("法治政府建设是全面依法治国的重点任务,是推进治理现代化的必然要求。2024年,东湖街道以习近平法治思想为指导,"
            "统筹推进法治建设各项工作,取得新成效。" + _DUTY_PART)
    assert read(text, "kind") == "annual_report"
