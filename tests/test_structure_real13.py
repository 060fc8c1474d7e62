"""Structure rules met on published reports: section kinds, document types, bodies acting."""

from __future__ import annotations

import pytest

from lawreport.structure import kind_named

# Sections --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["镇长履行推进法治建设职责情况", "局领导班子履行法治政府建设职责的情况"])
def test_a_head_fulfilling_a_duty_is_the_responsibilities_part(title):
    assert kind_named(title) == "responsibilities"


def test_a_body_fulfilling_its_duty_names_no_head_duty():
    """It names no kind: a top-level part without a cue takes the kind of its place (work done first)."""
    assert kind_named("立足本职，认真履行推进依法行政职责") == "other"


def test_problems_put_right_are_work_done():
    assert kind_named("去年督察反馈问题整改落实情况") == "achievements"


def test_problems_found_are_shortcomings():
    assert kind_named("工作中存在的问题") == "shortcomings"
    assert kind_named("存在问题及整改方向") == "shortcomings"
