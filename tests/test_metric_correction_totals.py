"""The corrections' total in the wordings reports use: 纠正(含…)原行政行为的N件, 纠正原行政行为的N件, (依法)撤销、变更违法或
(者)不当(的)行政行为N件 (not 撤销、变更行政行为N件, some of them); and the acts corrected named by what was wrong with them after a long
modifier (纠正侵害群众和企业合法权益的违法不当行政行为N件)."""

from __future__ import annotations

import pytest
from test_metric_families import facts

CLOSED = ("reconsideration_closed", 2400, 2024, False)
RECEIVED = ("reconsideration_received", 30, 2024, False)

TOTALS = [
    # 的 between the label and its number, also after an aside on what the corrections hold
    ("2024年全县共审结行政复议案件2400件,纠正原行政行为的180件。",
     [CLOSED, ("reconsideration_corrected", 180, 2024, False)]),
    ("2024年全县共审结行政复议案件2400件,纠正(含撤销、变更、确认违法、责令履行)原行政行为的180件。",
     [CLOSED, ("reconsideration_corrected", 180, 2024, False)]),
    # the two ways the law names first, with the acts decided on as object
    ("2024年白沙区受理行政复议案件30件,依法撤销、变更违法或不当行政行为6件。",
     [RECEIVED, ("reconsideration_corrected", 6, 2024, False)]),
    # the acts alone, named by two ways of correcting: some of the corrections, no total
    ("2024年白沙区受理行政复议案件30件,撤销、变更行政行为6件。", [RECEIVED]),
    ("2024年白沙区受理行政复议案件30件,依法撤销或者变更违法或者不当的行政行为6件。",
     [RECEIVED, ("reconsideration_corrected", 6, 2024, False)]),
    # a court's judgment in a lawsuit is no reconsideration's correction
    ("2024年白沙区行政诉讼案件审结30件,法院判决撤销、变更行政行为6件。", []),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_correction_total_wordings(text, expected):
    assert facts(text) == sorted(expected)


HANDLED = ("reconsideration_received", 1260, 2024, False)  # 办理: received or closed, read as received

LONG_MODIFIERS = [
    ("2024年,全市各级行政复议机构共办理行政复议案件1260件。全年共纠正侵害群众和企业合法权益的违法不当行政行为86件。",
     [HANDLED, ("reconsideration_corrected", 86, 2024, False)]),
    ("2024年,全市各级行政复议机构共办理行政复议案件1260件。全年依法纠正行政机关违法或不当行政行为86件。",
     [HANDLED, ("reconsideration_corrected", 86, 2024, False)]),
    ("2024年,全市各级行政复议机构共办理行政复议案件1260件。全年共纠正群众反映强烈的违法或者不当的行政行为86件。",
     [HANDLED, ("reconsideration_corrected", 86, 2024, False)]),
    # a lawsuit's correction is none of reconsideration's
    ("2024年,全市各级行政复议机构共办理行政复议案件1260件。行政诉讼中纠正侵害企业合法权益的违法行政行为9件。", [HANDLED]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_MODIFIERS)
def test_corrections_after_a_long_modifier(text, expected):
    assert facts(text) == sorted(expected)
