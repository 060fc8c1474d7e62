"""A paragraph's year written straight against its subject, with no comma, is the year its account reports on, as
2023年,我县… is: the year before a place counting what it did (2023年我县共办理…, 2023年某省共办理…), before a
body's or a centre's full name and what it went on doing (2019年某市某区司法局法律援助中心以服务群众为导向,…), or after
a place or a body and before its count (某县司法局2023年共办理…, 某区2022年共调解…, 本报讯 某县2023年共办理…). The
sentences without a year of their own then take it. A span opened so (2016年以来,…累计办理…) is no one year; nor is a
body's one event (2023年市司法局印发…), nor what was done jointly (2023年某县共同推进…).

Every text below is written for these tests; the places, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import extract
from conftest import metadata_field as read

CASES = [
    ("the year before the place's own word and its count", "2023年我县共办理法律援助案件318件,调解纠纷1207件。\n", 2023),
    ("…before a district's name", "2023年青禾区共办理法律援助案件296件。\n", 2023),
    ("…before a province's name", "2023年青禾省共办理公证事项12万件,公证行业稳步发展。\n", 2023),
    ("…before a centre's full name and what it kept doing",
     "2019年青禾市白沙区司法局法律援助中心以服务群众为导向,不断提升服务质量。截至11月中旬,共办理法律援助案件288件。\n",
     2019),
    ("…before a department and how it worked",
     "2022年石桥区司法局扎实推进公共法律服务,全年受理法律援助案件417件。\n", 2022),
    ("the year after a body, before its count", "石桥县司法局2023年共办理法律援助案件53件,调解矛盾纠纷322件。\n", 2023),
    ("…after a district, before a count of mediations", "石桥区2022年共调解矛盾纠纷2214件,调解成功2193件。\n", 2022),
    ("…after a dateline and a county", "本报讯 石桥县2023年共办理法律援助案件57件。\n", 2023),
    ("…after the bodies of a whole province", "本报讯 青禾省各级法律援助机构2023年共办理法律援助案件2.3万件。\n", 2023),
    ("a span opened so is no one year",
     "石桥县召开法律援助工作推进会\n发布时间:2024-06-12\n本报讯 2016年以来,石桥区法律援助中心累计办理法律援助案件4213件。\n",
     None),
    ("a body's one event is none", "2023年市司法局印发了法律援助工作要点,全市办理法律援助案件291件。\n", None),
    ("what a county did jointly is none", "2023年石桥县共同推进矛盾纠纷化解工作,成效明显。\n", None),
    ("a body's name before a year and no count is none", "石桥县司法局2023年召开法律援助工作会议。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_year_glued_to_its_subject(case, text, expected):
    assert read(text, "report_year") == expected


def test_an_undated_sentence_takes_the_year_glued_to_the_subject():
    text = "2022年石桥区司法局扎实推进公共法律服务,全年受理法律援助案件417件。截至12月底,共办理公证事项1383件。\n"
    years = {m.value: m.year for m in extract(text).metrics}
    assert years[1383] == 2022
