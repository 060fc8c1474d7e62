"""The 化解率 of petitions a sentence counts received (受理信访事项140件,调处化解133件,化解率95%): the petitions', no
mediation's success rate, though 调处 names the work; a mediation's sentence telling of petitions it spared keeps its
rate.

Every sentence here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "全年受理信访事项140件,调处化解133件,化解率95%。",
    "全年共接待群众来信来访210件次,调处化解201件,化解率95.7%。",
])
def test_the_petitions_settled_rate_is_no_mediation_success(text):
    assert facts(text) == []


def test_a_mediations_rate_beside_petitions_spared_stands():
    assert ("mediation_success_rate", 97.5, 2024, False) in facts(
        "全县调解组织共调解矛盾纠纷640件,化解率97.5%,减少了信访案件的发生。")
