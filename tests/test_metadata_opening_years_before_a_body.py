"""An untitled yearly report's opening year run into its author with no comma (2023年我局坚持…, 2022年市交通运输局在…
领导下) is the year reported on, as 2023年,我局… is; a year before a body's one event (2023年市司法局印发…) is no
opening of a year's account.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = "全面推进依法行政,全年共受理行政复议申请15件。\n一、强化法治建设统筹\n"

CASES = [
    ("the body's own word", "2023年我局坚持以习近平法治思想为指导," + _REST, 2023),
    ("…本局", "2023年本局深入推进法治机关建设," + _REST, 2023),
    ("a department by its level, then under whom it worked", "2022年市交通运输局在市委市政府的坚强领导下," + _REST, 2022),
    ("…then what it kept to", "2024年县自然资源局坚持依法行政," + _REST, 2024),
    ("a department's one event", "2023年市司法局印发了法治政府建设工作要点。\n", None),
    # a centre, a court, a station or a town writing of itself as a bureau does
    ("a centre's own word", "2023年我中心坚持以人民为中心," + _REST, 2023),
    ("a court's", "2023年本院深入推进法治法院建设," + _REST, 2023),
    ("a station's", "2022年我所扎实推进人民调解工作," + _REST, 2022),
    ("a town's", "2024年我镇坚持依法行政," + _REST, 2024),
    ("a street's", "2024年我街道坚持依法行政," + _REST, 2024),
    ("…not a town's plan", "2024年我镇要坚持依法行政," + _REST, None),
    ("…nor a centre's", "2024年我中心拟开展依法行政," + _REST, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_opening_year_before_a_body(case, text, expected):
    assert read(text, "report_year") == expected
