"""The body a report's sign-off names by its level alone (县司法局 / 2024年1月20日) under a title naming its place."""

import pytest
from conftest import metadata_field as read

_BODY = "\n2023年,全县深入推进法治政府建设,全年办理行政复议案件37件。\n"

# A sign-off naming its body by the level alone (县司法局, 县委依法治县办, spaced out: 区 司 法 局) above its date, under
# a title naming the one place of that level (长丰县2023年…报告), is that place's body, as a byline under the title is.
# A title naming no place, or none of the body's level (合肥市… over 县司法局), completes nothing; a title naming its
# body keeps it.
LEVEL_SIGN_OFFS = [
    ("a county's justice bureau", "长丰县2023年法治政府建设工作报告" + _BODY + "县司法局\n2024年1月20日\n", "长丰县司法局"),
    ("a county's rule-of-law office", "长丰县2023年法治政府建设工作报告" + _BODY + "县委依法治县办\n2024年1月20日\n",
     "长丰县委依法治县办"),
    ("a district's bureau spaced out", "通州区2023年度法治政府建设情况报告" + _BODY + "区 司 法 局\n2024年2月2日\n",
     "通州区司法局"),
    ("a title naming no place", "2023年法治政府建设工作报告" + _BODY + "县司法局\n2024年1月20日\n", None),
    ("a title naming a place of another level", "合肥市2023年法治政府建设工作报告" + _BODY + "县司法局\n2024年1月20日\n", None),
    ("a title naming its body", "长丰县人民政府2023年法治政府建设工作报告" + _BODY + "县司法局\n2024年1月20日\n",
     "长丰县人民政府"),
    ("the level's body with no date below it", "长丰县2023年法治政府建设工作报告" + _BODY + "县司法局\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), LEVEL_SIGN_OFFS, ids=[c[0] for c in LEVEL_SIGN_OFFS])
def test_a_sign_off_by_level_is_the_title_place_body(case, text, expected):
    assert read(text, "issuer") == expected
