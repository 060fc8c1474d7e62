"""The 新疆生产建设兵团 and its bodies issue yearly reports as a province's do: the corps under its full name or as
新疆兵团, a body whose name opens with 兵团 (兵团司法局), a division (师) with the corps before it or its city after it
(兵团第一师, 第八师石河子市: 师市 run as one). Each is the issuer as the text names it; the report is in 新疆维吾尔自治区,
in the division's city where the text names it (石河子市). The corps' committee and the corps (兵团党委、新疆生产建设兵团,
a joint title) give the corps; a committee cut out of a pair whose other is not read (兵团党委、兵团) gives none. A bare 兵团 places only a text naming itself so, never one
that names the corps in passing (在听取自治区和兵团工作汇报时, a national table's row, 学习新疆兵团经验).

Every text below is written for these tests; the figures are made up (the corps' cities are real, as the division
list must know them; the other places are made up).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "现将有关情况报告如下。\n一、主要举措和成效\n(一)完善制度体系,全年审核规范性文件36件。\n"
_LEAD = "坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治兵团建设。"
_XINJIANG = ("新疆维吾尔自治区", None, None)
_NO_PLACE = (None, None, None)

CASES = [
    ("the corps in full in a title", "新疆生产建设兵团2023年法治政府建设情况报告\n2023年," + _LEAD + "\n",
     "新疆生产建设兵团", _XINJIANG),
    ("…opening the report", "2022年,新疆生产建设兵团" + _LEAD + "\n", "新疆生产建设兵团", _XINJIANG),
    ("…said short", "2022年,新疆兵团" + _LEAD + "\n", "新疆兵团", _XINJIANG),
    ("a body its name opens with 兵团", "兵团司法局2023年法治政府建设情况报告\n2023年," + _LEAD + "\n",
     "兵团司法局", _XINJIANG),
    ("…a commission", "兵团生态环境局2024年度法治政府建设工作报告\n2024年," + _LEAD + "\n",
     "兵团生态环境局", _XINJIANG),
    ("a division with the corps before it", "兵团第一师司法局2023年法治政府建设情况报告\n2023年," + _LEAD + "\n",
     "兵团第一师司法局", _XINJIANG),
    ("…alone", "2023年,新疆生产建设兵团第十二师" + _LEAD + "\n", "新疆生产建设兵团第十二师", _XINJIANG),
    ("a division with its city: the city's", "第八师石河子市2023年法治政府建设情况报告\n2023年," + _LEAD + "\n",
     "第八师石河子市", ("新疆维吾尔自治区", None, "石河子市")),
    ("…with the corps too", "新疆生产建设兵团第八师石河子市2023年法治政府建设情况报告\n2023年," + _LEAD + "\n",
     "新疆生产建设兵团第八师石河子市", ("新疆维吾尔自治区", None, "石河子市")),
    ("…a bureau of it", "兵团第一师阿拉尔市司法局2022年法治政府建设情况报告\n2022年," + _LEAD + "\n",
     "兵团第一师阿拉尔市司法局", ("新疆维吾尔自治区", None, "阿拉尔市")),
    ("a bare 兵团 opening the report places it, naming no body", "2023年,兵团" + _LEAD + "\n", None, _XINJIANG),
]


@pytest.mark.parametrize(("case", "text", "issuer", "region"), CASES, ids=[c[0] for c in CASES])
def test_a_body_of_the_corps(case, text, issuer, region):
    assert read(text + _BODY, "issuer") == issuer
    assert read(text + _BODY, "region") == region


NEAR_MISSES = [
    ("a prefecture citing the corps' report to the leader",
     "青禾州2023年法治政府建设情况报告\n2023年,青禾州深入贯彻习近平总书记在听取自治区和兵团工作汇报时的重要讲话精神。\n"),
    ("a national table's rows",
     ("2022年全国行政复议案件统计数据\n表1:省区市和兵团受理行政复议案件情况\n甲省 | 7682 | 乙省 | 4424 | 兵团 | 146 |\n"
      "表2:省区市和兵团办结行政复议案件情况\n甲省 | 7600 | 乙省 | 4400 | 兵团 | 140 |\n")),
    ("a county learning from the corps",
     "2023年,青禾县司法局坚持依法行政。组织干部赴兵团第三师考察学习,学习新疆兵团经验,全年审核规范性文件36件。\n"),
    ("a school named 第一师范", "青禾第一师范学校2023年工作总结\n2023年,第一师范学校坚持依法治校。\n"),
]


@pytest.mark.parametrize(("case", "text"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_the_corps_named_in_passing_places_nothing(case, text):
    assert read(text, "region") == _NO_PLACE
    assert read(text, "issuer") in (None, "青禾县司法局")


_REPORT = "现将2023年法治政府建设情况报告如下。\n一、主要举措\n全年审核规范性文件36件。\n"

JOINT = [
    ("the corps' committee and the corps", "2023年,新疆生产建设兵团党委、新疆生产建设兵团坚持依法行政。", "新疆生产建设兵团"),
    ("…in a joint title", "中共新疆生产建设兵团委员会 新疆生产建设兵团\n关于2023年法治政府建设情况的报告\n2023年,兵团坚持依法行政。",
     "新疆生产建设兵团"),
    ("the committee and a bare 兵团: no body", "2023年,兵团党委、兵团坚持依法行政。", None),
    ("…a division's", "2023年,兵团第一师党委、第一师坚持依法行政。", None),
    ("a county's committee cut out of a pair whose other is no government", "2023年,中共青禾县委、青禾县人大常委会坚持依法行政。",
     None),
    ("a county's committee alone authors its yearly report", "2023年,青禾县委坚持依法行政。", "青禾县委"),
]


@pytest.mark.parametrize(("case", "text", "issuer"), JOINT, ids=[c[0] for c in JOINT])
def test_a_committee_and_its_partner(case, text, issuer):
    assert read(text + _REPORT, "issuer") == issuer


def test_the_corps_committee_in_an_untitled_item_is_no_author():
    assert read("2023年,兵团党委、兵团坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治兵团建设。\n", "issuer") is None
