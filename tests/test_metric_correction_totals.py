"""The corrections' total in the wordings reports use: 纠正(含…)原行政行为的N件, 纠正原行政行为的N件, (依法)撤销、变更违法或
(者)不当(的)行政行为N件 (not 撤销、变更行政行为N件, some of them); and the acts corrected named by what was wrong with them after a long
modifier (纠正侵害群众和企业合法权益的违法不当行政行为N件); with 纠错 as the verb as with 纠正 (共纠错行政行为N件, 依法纠错违法或不当
行政行为N件), not a proposal to correct (纠错建议书, 纠错意见书) nor the correction rate."""

from __future__ import annotations

import json

import pytest
from test_metric_families import facts

from lawreport import extract

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


CLOSED_2023 = ("reconsideration_closed", 95, 2023, False)

CORRECTED_AS_JIUCUO = [
    ("2023年,全县审结行政复议案件95件,共纠错行政行为12件。",
     [CLOSED_2023, ("reconsideration_corrected", 12, 2023, False)]),
    ("2023年,全县审结行政复议案件95件,依法纠错违法或不当行政行为12件。",
     [CLOSED_2023, ("reconsideration_corrected", 12, 2023, False)]),
    ("2023年,全县审结行政复议案件95件;复议机关直接纠错违法或者不当的具体行政行为12件。",
     [CLOSED_2023, ("reconsideration_corrected", 12, 2023, False)]),
    ("2023年，全县审结行政复议案件95件，纠错行政机关决定12件。",
     [CLOSED_2023, ("reconsideration_corrected", 12, 2023, False)]),
    # a proposal to correct, and the acts it names: no correction decided
    ("2023年,全县审结行政复议案件95件,发出行政复议纠错建议书涉及行政行为5件。", [CLOSED_2023]),
    ("2023年,全县审结行政复议案件95件,制发纠错意见书涉及违法行政行为3件。", [CLOSED_2023]),
    # a court's correction in a lawsuit is none of reconsideration's
    ("2023年,全县审结行政复议案件95件。行政诉讼中法院纠错违法行政行为4件。", [CLOSED_2023]),
]


@pytest.mark.parametrize(("text", "expected"), CORRECTED_AS_JIUCUO)
def test_corrections_said_with_jiucuo(text, expected):
    assert facts(text) == sorted(expected)


def test_a_label_before_an_aside_is_the_subject_once():
    # the words before the aside name the count's label; read once, as with 纠正 (纠错决定(撤销、变更…)合计23件)
    for verb in ("纠错", "纠正"):
        text = f"2022年,全县审结行政复议案件179件,作出{verb}决定(撤销、变更、确认违法、责令履行)合计23件。\n"
        record = json.loads(extract(text).model_dump_json())
        assert [q["subject"] for q in record["quantities"] if q["value"] == 23] == [f"作出{verb}决定"]
