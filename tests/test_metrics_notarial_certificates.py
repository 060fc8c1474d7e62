"""The notarial certificates issued (出证) count the notarial acts, where the sentence names 公证; applications
taken (受理公证申请) are not acts done, and 出证 of another service (司法鉴定所出证) is none. Beside the acts done
(办理公证事项N件,出具公证书M份), the certificates give way to them: one act's are often several.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("受理公证申请4310件,出证4206件。", [("notarizations", 4206, 2024, False)]),
    ("公证处全年出证4206件。", [("notarizations", 4206, 2024, False)]),
    ("司法鉴定所出证310份。", []),
])
def test_certificates_issued_count_notarial_acts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全镇公证处共办理各类公证事项2715件,出具公证书3102份。",
    "全镇公证处出具公证书3102份,办理公证事项2715件。",
    "公证处全年办证2715件,出证3102份。",
])
def test_certificates_beside_the_acts_done_give_way_to_them(text):
    assert facts(text) == [("notarizations", 2715, 2024, False)]
