"""A letterhead spaced out letter by letter above the title (习 水 县 司 法 局 / 2024年度…报告), as a converted document sets
it, names the report's body set solid, and places the report, as such a sign-off above the date does; a spaced line that
names no body (欢 迎 访 问) names none. A title's last word set apart on a line of its own under it (…建设情况的 / 报　告), as a red-headed document
wraps it, ends the title, which reads it set solid, as it reads a spaced letterhead above 关于.

Every text below is written for these tests; the figures are made up (the county that must resolve is real).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BELOW = "\n2024年度法治政府建设情况报告\n\n2024年,我局坚持依法行政。现将有关情况报告如下:\n一、主要举措和成效\n"

_OPENING = "\n市人民政府:\n2024年,我县坚持依法行政,推进法治政府建设取得新成效。\n一、主要举措和成效\n全年审核规范性文件36件。\n"

CASES = [
    # A red-headed report's title wrapped with its last word set apart on a line of its own (…的 / 报　告) is read whole
    # and set solid, and so is a letterhead spaced out above 关于.
    ("the title's last word spaced on its own line", "习水县人民政府\n关于2024年度法治政府建设情况的\n报　告" + _OPENING, "title",
     "习水县人民政府关于2024年度法治政府建设情况的报告"),
    ("…spaced wider under a joint letterhead", "中共习水县委\n习水县人民政府\n关于习水县2024年度法治政府建设工作的\n报    告"
     + _OPENING, "title", "中共习水县委习水县人民政府关于习水县2024年度法治政府建设工作的报告"),
    ("a spaced letterhead above 关于", "习 水 县 人 民 政 府\n关于2024年度法治政府建设情况的报告" + _OPENING, "title",
     "习水县人民政府关于2024年度法治政府建设情况的报告"),
    ("…which names the body", "习 水 县 人 民 政 府\n关于2024年度法治政府建设情况的报告" + _OPENING, "issuer", "习水县人民政府"),
    ("a spaced numbered heading below a title wanting its end joins none", ("习水县司法局关于2024年度法治政府建设工作的\n"
     "一、主 要 成 效\n2024年,我局坚持依法行政。\n"), "title", "习水县司法局关于2024年度法治政府建设工作的"),
    ("…nor a paragraph below a title wanting its end", ("习水县人民政府关于2024年度法治政府建设情况的\n"
     "2024年,我县坚持依法行政,推进法治政府建设 取得 新 成 效。\n"), "title", "习水县人民政府关于2024年度法治政府建设情况的"),
    ("a spaced letterhead names the body", "习 水 县 司 法 局" + _BELOW, "issuer", "习水县司法局"),
    ("…and places the report", "习 水 县 司 法 局" + _BELOW, "county", "习水县"),
    ("a spaced greeting names none", "欢 迎 访 问" + _BELOW, "issuer", None),
    ("a spaced sign-off names the body", _BELOW.lstrip("\n") + "全年办理行政复议案件12件。\n\n习 水 县 司 法 局\n2025年1月15日\n",
     "issuer", "习水县司法局"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_spaced_letterhead(case, text, field, expected):
    assert read(text, field) == expected
