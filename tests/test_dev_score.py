"""The development set, scored in process: a floor under every score the extractor reaches on it.

The set lives beside the checkout (see conftest.DEV; LAWREPORT_SHARED names another place);
without it the test is skipped. The floors sit just below the scores reached, so a change
that loses headline facts, rates, metadata or exact evidence fails here.
"""

from __future__ import annotations

import pytest
from conftest import DEV

from lawreport.evaluate import evaluate, render_text
from lawreport.pipeline import extract_file

MIN_HEADLINE_PRECISION = 0.995
MIN_HEADLINE_F1 = 0.995
MIN_RATES_F1 = 0.995
MIN_METADATA = 0.995


@pytest.mark.skipif(not (DEV / "gold").is_dir(), reason=f"no development set at {DEV}")
def test_development_set_scores_stay_above_their_floor():
    result = evaluate(DEV / "gold", DEV / "docs", lambda doc: extract_file(doc).model_dump(mode="json"))
    report = render_text(result, verbose=True)
    assert result.errors == 0, report
    assert result.headline.precision >= MIN_HEADLINE_PRECISION, report
    assert result.headline.f1 >= MIN_HEADLINE_F1, report
    assert result.rates.f1 >= MIN_RATES_F1, report
    assert result.metadata_overall.accuracy >= MIN_METADATA, report
    assert result.evidence_rate == 1.0, report
