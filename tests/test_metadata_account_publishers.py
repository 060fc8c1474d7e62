"""A WeChat header naming a body as its account (青禾县司法局 2024年01月08日 17:45 浙江) names the page's publisher, as a
来源 line does; an account named for its work (青禾普法), a media centre's account or an author names none.

Every text here is written for the test; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_BODY = ("\n2023年青禾县人民调解工作成绩单出炉\n\n　　2023年，全县各级人民调解组织共受理矛盾纠纷1 240件，"
         "调解成功1 229件，调解成功率达99.1%。\n\n编辑：林一\n")


@pytest.mark.parametrize("header, issuer", [
    ("青禾普法\n青禾县司法局　2024年01月08日 17:45　浙江", "青禾县司法局"),
    ("原创 周晓 青禾县司法局 2024-01-08 17:45 浙江", "青禾县司法局"),
    ("青禾普法\n青禾普法　2024年01月08日 17:45　浙江", None),
    ("原创 周晓 青禾县融媒体中心 2024-01-08 17:45 浙江", None),
])
def test_a_body_as_the_account_publishes_the_page(header, issuer):
    assert metadata_field(header + _BODY, "issuer") == issuer
