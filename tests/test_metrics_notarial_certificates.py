"""The notarial certificates issued (出证) count the notarial acts, where the sentence names 公证; applications
taken (受理公证申请) are not acts done, and 出证 of another service (司法鉴定所出证) is none.

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
