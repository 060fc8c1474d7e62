"""Metadata of portal pages whose header is a bulleted list of fields, and of items a credit or a byline closes."""

import pytest
from conftest import metadata_field as read

_LEAD = "\n  2024年,青禾市深入推进法治政府建设,全年办理行政复议案件320件。\n"

# A portal header may list its fields as bullets, the page's day among them as a bare date (• 听全文 / • 2025-01-22 /
# • 来源:某市司法局): that date is the page's. A bulleted line of the body opening with a day is no such field.
BULLETED_DAYS = [
    ("a bare day among the header's bullets",
     "青禾市人民政府关于2024年度法治政府建设情况的报告\n  • 听全文\n  • 2025-01-22\n  • 来源:青禾市司法局\n  • 分享到\n" + _LEAD,
     "2025-01-22"),
    ("a column's name and the day as bullets",
     "青禾法院诉前调解成功案件3.2万件\n  • 本地资讯\n  • 2024-12-04\n" + _LEAD, "2024-12-04"),
    ("a dash as the bullet", "青禾法院诉前调解成功案件3.2万件\n- 本地资讯\n- 2024-12-04\n" + _LEAD, "2024-12-04"),
    ("a bulleted line of the body opening with a day",
     "青禾法院诉前调解成功案件3.2万件\n  • 本地资讯\n  • 2024-12-04起施行新修订的调解规则\n" + _LEAD, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BULLETED_DAYS, ids=[c[0] for c in BULLETED_DAYS])
def test_a_bare_bulleted_day_dates_the_page(case, text, expected):
    assert read(text, "published") == expected
