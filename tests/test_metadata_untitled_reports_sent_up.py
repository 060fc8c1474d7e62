"""An untitled text sent up to the bodies it reports to, opening below them (某省人民政府: / 2016年,我市认真贯彻…), speaks
for its place's government when its opening sentence calls the place its own (我市, 我县, 本区), the year first and parts
on the work done following: the government's report of that year, with no 现将…报告如下 to say so. So is one naming its
place or body as the subject (2019年,岳池县认真贯彻…; 2019年,某县司法局…), whether its opening tells results or not. Without the bodies
above, such an opening is a news item's as much (今年我县…); a plan's (2024年,我县将…) is no report, nor is an opening on
the scope of figures (2019年,全县…).

Every text below is written for these tests; the places, work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = ("\n(一)加强组织领导。县政府常务会议专题研究法治工作4次。\n(二)深化放管服改革。全年取消行政审批事项12项。\n"
          "青禾县人民政府\n2020年1月15日\n")


def _sent(addressee: str, opening: str) -> str:
    return addressee + "\n" + opening + _PARTS


@pytest.mark.parametrize(("addressee", "opening"), [
    ("青禾省人民政府:", "2019年,我县认真贯彻落实中央决策部署,各项工作扎实推进。"),
    ("省政府：", "2019年，我市认真贯彻落实省委、省政府部署，依法行政水平持续提升。"),
    ("市委、市政府:", "2019年,本区在市委、市政府的正确领导下,全面落实各项任务。"),
    ("广安市人民政府:", "2019年,岳池县认真贯彻落实中央决策部署,各项工作扎实推进。"),
    ("市人民政府:", "2019年,岳池县司法局认真贯彻落实市委部署,坚持依法履职。"),
])
def test_an_untitled_text_sent_up_speaking_for_its_place_is_its_report(addressee, opening):
    assert read(_sent(addressee, opening), "kind") == "annual_report"


@pytest.mark.parametrize("text", [
    "2019年,我县认真贯彻落实中央决策部署,各项工作扎实推进。" + _PARTS,  # no bodies above
    "2019年,岳池县认真贯彻落实中央决策部署,各项工作扎实推进。" + _PARTS,  # …nor with the place named
    _sent("广安市人民政府:", "2020年,岳池县将认真贯彻落实中央决策部署,力争各项工作取得新进展。"),  # a plan
    _sent("青禾省人民政府:", "2020年,我县将认真贯彻落实中央决策部署,力争各项工作取得新进展。"),  # a plan
    _sent("青禾省人民政府:", "2019年,全县各级调解组织共调解纠纷1200件。"),  # the scope of figures, no one speaking
])
def test_without_the_bodies_above_or_the_one_year_it_is_no_report(text):
    assert read(text, "kind") != "annual_report"
