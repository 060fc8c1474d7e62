"""A town's or a street's own yearly report: its author as the text names it (the town alone, its government, its
street office), the government or office of a title joining the town's party committee to it, a title opening with
关于 before the town; the region from a county the text names, none where it names none. Every text below is written
for these tests; places, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_GOVERNMENT = "石桥镇政府严格落实法律顾问制度。\n"  # a town's government named short: its full name
WORK = ("一、主要举措和成效\n(一)加强组织领导。全年调解纠纷86件。\n二、存在的不足\n基层法治力量薄弱。\n"
        "三、下一步工作打算\n继续推进法治政府建设。\n")

CASES = [
    # --- a joint title: the town's committee, then its government or office -------------------------------------
    ("a town's committee joined to its government: the government",
     "石桥镇党委 石桥镇人民政府关于2025年度法治政府建设情况的报告\n2025年,石桥镇扎实推进法治政府建设。\n" + WORK,
     "issuer", "石桥镇人民政府"),
    ("a township's committee joined to its government",
     "青川乡党委 青川乡人民政府关于2024年度法治政府建设情况的报告\n2024年,青川乡扎实推进法治政府建设。\n" + WORK,
     "issuer", "青川乡人民政府"),
    ("a street's working committee joined to its office: the office",
     "枫林街道党工委 枫林街道办事处关于2024年度法治政府建设情况的报告\n2024年,枫林街道扎实推进法治政府建设。\n" + WORK,
     "issuer", "枫林街道办事处"),
    ("…its committee spelled out",
     "中共枫林街道工作委员会 枫林街道办事处关于2024年度法治政府建设情况的报告\n2024年,枫林街道扎实推进法治政府建设。\n"
     + WORK, "issuer", "枫林街道办事处"),
    ("…the two set as a letterhead above the title",
     "枫林街道党工委 枫林街道办事处\n关于2024年度法治政府建设情况的报告\n2024年,枫林街道扎实推进法治政府建设。\n" + WORK,
     "issuer", "枫林街道办事处"),
    ("a town's committee alone heading a title stays its author",
     "石桥镇党委关于2025年度法治建设情况的报告\n2025年,石桥镇党委扎实推进法治建设。\n" + WORK,
     "issuer", "石桥镇党委"),
    # --- 关于 before the town: not its name ---------------------------------------------------------------------
    ("关于 before a town and its year",
     "关于石桥镇2025年法治政府建设工作情况的报告\n2025年,石桥镇扎实推进法治政府建设。\n" + WORK + _GOVERNMENT, "issuer",
     "石桥镇人民政府"),
    ("关于 before a town's government and its year",
     "关于石桥镇人民政府2025年法治政府建设工作情况的报告\n2025年,石桥镇扎实推进法治政府建设。\n" + WORK,
     "issuer", "石桥镇人民政府"),
    ("关于 before a county bureau and its year",
     "关于南陵县司法局2024年法治政府建设工作情况的报告\n2024年,县司法局扎实推进法治政府建设。\n" + WORK,
     "issuer", "南陵县司法局"),
    ("关于 before a county alone: a place, no body",
     "关于南陵县2024年法治政府建设工作情况的报告\n2024年,南陵县扎实推进法治政府建设。\n" + WORK, "issuer", None),
    # --- the region: the county the text names, if any --------------------------------------------------------------
    ("the county whose committee led the town's work",
     "石桥镇2025年法治政府建设年度报告\n2025年,在南陵县委、县政府的正确领导下,石桥镇扎实推进法治政府建设。\n" + WORK,
     "county", "南陵县"),
    ("…the town by its name as written",
     "石桥镇2025年法治政府建设年度报告\n2025年,在南陵县委、县政府的正确领导下,石桥镇扎实推进法治政府建设。\n" + WORK,
     "issuer", None),  # a town, a place, whose government the text never names: no body
    ("…its government where the text names it",
     "石桥镇2025年法治政府建设年度报告\n2025年,在南陵县委、县政府的正确领导下,石桥镇扎实推进法治政府建设。\n" + WORK
     + _GOVERNMENT, "issuer", "石桥镇人民政府"),
    ("the county before the street in the opening",
     "2024年,南陵县枫林街道扎实推进法治政府建设。现将2024年法治政府建设工作报告如下:\n" + WORK, "county", "南陵县"),
    ("only 区委、区政府: no county",
     "石桥镇人民政府2025年法治政府建设年度报告\n2025年,在区委、区政府的正确领导下,石桥镇扎实推进法治政府建设。\n" + WORK,
     "region", (None, None, None)),
]


@pytest.mark.parametrize(("why", "text", "field", "expected"), CASES, ids=[case[0] for case in CASES])
def test_metadata(why, text, field, expected):
    assert read(text, field) == expected
