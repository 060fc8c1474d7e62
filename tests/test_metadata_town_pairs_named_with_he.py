"""A town's party committee and its government as joint authors where the town's name opens with 和 (和平镇, 和顺街道):
the 和 opening the government's name tells the town again, no joint between the pair (中共和平镇委员会 和平镇人民政府 is
和平镇人民政府, never 平镇人民政府), in a title, an opening or a sign-off; a 和 joining the pair (某自治区党委和政府)
still joins it.

Every text below is written for these tests; the places are made up or real, the doings and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2024年,全镇坚持依法行政,调解成功率98.4%。\n一、主要工作\n加强组织领导。\n"


@pytest.mark.parametrize(("text", "issuer"), [
    ("中共和平镇委员会 和平镇人民政府关于2024年度法治政府建设情况的报告" + _BODY, "和平镇人民政府"),
    ("关于2024年度法治政府建设情况的报告" + _BODY + "中共和平镇委员会 和平镇人民政府\n2025年1月20日\n", "和平镇人民政府"),
    ("关于2024年度法治政府建设情况的报告" + _BODY + "中共和兴乡委员会、和兴乡人民政府\n2025年2月6日\n", "和兴乡人民政府"),
    ("2024年法治政府建设工作总结\n2024年,中共和平镇委员会、和平镇人民政府高度重视法治建设,调解成功率97%。\n",
     "和平镇人民政府"),
    ("2024年法治政府建设工作总结\n2024年,和平镇党委、和平镇人民政府坚持依法行政,调解成功率97%。\n", "和平镇人民政府"),
    ("2024年法治政府建设工作总结\n2024年,和顺街道党工委、和顺街道办事处高度重视法治建设,调解成功率97%。\n",
     "和顺街道办事处"),
])
def test_a_towns_pair_whose_name_opens_with_he(text, issuer):
    assert read(text, "issuer") == issuer


@pytest.mark.parametrize(("text", "issuer"), [
    ("中共太和镇委员会 太和镇人民政府关于2024年度法治政府建设情况的报告" + _BODY, "太和镇人民政府"),
    ("中共和静县委 和静县人民政府关于2024年度法治政府建设情况的报告" + _BODY, "和静县人民政府"),
    ("2024年法治政府建设工作报告\n2024年,新疆维吾尔自治区党委和政府高度重视法治建设,调解成功率98%。\n",
     "新疆维吾尔自治区人民政府"),  # 和 joins the pair
])
def test_other_pairs_keep_their_reading(text, issuer):
    assert read(text, "issuer") == issuer
