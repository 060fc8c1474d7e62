"""The development set, scored in process: a floor under the headline and rates scores reached.

The set lives beside the checkout (``../shared/dev``); without it the test is skipped.
LAWREPORT_SHARED names another place for it. The floors sit just below the scores the
extractor reaches, so a change that loses headline facts or rates fails here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawreport.evaluate import evaluate
from lawreport.pipeline import extract_file

CHECKOUT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LAWREPORT_SHARED") or CHECKOUT.parent / "shared")
DEV = SHARED / "dev"

MIN_HEADLINE_F1 = 0.76
MIN_HEADLINE_PRECISION = 0.85
MIN_RATES_F1 = 0.95


@pytest.mark.skipif(not (DEV / "gold").is_dir(), reason=f"no development set at {DEV}")
def test_development_set_scores_stay_above_their_floor():
    result = evaluate(DEV / "gold", DEV / "docs", lambda doc: extract_file(doc).model_dump(mode="json"))
    assert result.errors == 0
    assert result.headline.f1 >= MIN_HEADLINE_F1
    assert result.headline.precision >= MIN_HEADLINE_PRECISION
    assert result.rates.f1 >= MIN_RATES_F1
