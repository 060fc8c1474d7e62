"""Sudden and mass disputes (处置突发矛盾纠纷, 化解群体性纠纷) are handled by emergency and stability work: their counts
are no mediation intake nor successes, and beside the area's mediation they are no second figure of its year. Listed
among the kinds of a whole (邻里、群体性纠纷等各类矛盾纠纷), the kind leaves the whole read.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "妥善处置突发矛盾纠纷37件。",
    "化解突发性矛盾纠纷37件。",
    "调处群体性纠纷14起,涉及群众320余人。",
    "成功化解群体性矛盾纠纷14起。",
])
def test_sudden_and_mass_disputes_are_no_mediation(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "全区调解矛盾纠纷3120件,妥善处置突发矛盾纠纷37件。",
    "全区调解矛盾纠纷3120件,化解群体性矛盾纠纷14件。",
])
def test_beside_the_areas_mediation_they_are_no_second_figure(text):
    assert facts(text) == [("mediation_cases", 3120, 2024, False)]


def test_a_kind_listed_among_the_wholes_leaves_it_read():
    assert facts("排查化解邻里、群体性纠纷等各类矛盾纠纷3120件。") == [("mediation_cases", 3120, 2024, False)]
