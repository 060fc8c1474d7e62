"""A feature's lead opening on a visit (走进某县公安局某派出所的调解室,…; 走進…, 来到…) names the place the writer went to, not
the text's author: no issuer from it, where a lead opening with the body itself still names it. A report delivered to a
congress may set the year it reviews on a line of its own, unnumbered, above its first part (各位代表:… / 2023年工作回顾 /
2023年,… / 一、…): that year is the report's; a span's review line (2019年以来工作回顾) names none.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SCENE = ("的调解室,墙上悬挂的数十面锦旗格外醒目——“为民解忧”“调解有方”。\n作为全省首批“枫桥式派出所”,城关派出所始终以“矛盾不上交”"
          "为目标,打造调解品牌。\n队伍赋能\n老中青三代携手,“情法理”融合解民忧\n“张大爷,您先喝杯茶,慢慢说。”在城关派出所调解室,有着32年"
          "调解经验的老民警正在调解一起邻里纠纷。\n")
_DELIVERED = ("青禾县人民检察院工作报告\n——2024年1月10日在青禾县第十八届人民代表大会第三次会议上\n县人民检察院检察长 李明\n各位代表:\n"
              "现在,我代表县人民检察院向大会报告工作,请予审议。\n")
_ACCOUNT = (",青禾县人民检察院在县委的坚强领导下,忠实履行法律监督职责,各项检察工作取得新进展。\n一、聚焦中心工作,保驾护航改革发展\n"
            "充分发挥检察职能,服务保障经济社会高质量发展。\n二、2024年工作安排\n")

CASES = [
    ("a lead opening on a visit names no author", "走进青禾县公安局城关派出所" + _SCENE, "issuer", None),
    ("…in traditional characters", "走進青禾县公安局城关派出所" + _SCENE, "issuer", None),
    ("…or with 来到", "来到青禾县公安局城关派出所" + _SCENE, "issuer", None),
    ("a lead opening with the body names it",
     "青禾县公安局城关派出所坚持“矛盾不上交”,今年以来调解纠纷200余起。\n该所调解室墙上悬挂着数十面锦旗。\n", "issuer",
     "青禾县公安局城关派出所"),
    ("an unnumbered review line's year", _DELIVERED + "2023年工作回顾\n2023年" + _ACCOUNT, "report_year", 2023),
    ("…a span's review line names none", _DELIVERED + "2019年以来工作回顾\n五年来" + _ACCOUNT, "report_year", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_visit_leads_and_review_lines(case, text, field, expected):
    assert read(text, field) == expected
