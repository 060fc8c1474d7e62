"""A rate whose topic only the title of its section names (一、行政复议案件情况 … （二）结案。…综合纠错率12.5%): the
title says whose rate it is, as it says whose counts are. A title of another topic names none, and a rate said of
lawsuits in its own sentence stays theirs.

Every sentence here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

from test_metric_families import facts


def test_a_section_title_names_the_topic_of_its_rate():
    text = "一、行政复议案件情况\n（一）结案。全年审结200件，纠错合计24件，综合纠错率12.5%。\n二、其他\n全年开展培训3次。\n"
    assert ("reconsideration_correction_rate", 12.5, 2024, False) in facts(text)


def test_a_title_of_another_topic_names_none():
    text = "一、行政执法案件情况\n（一）结案。全年审结200件，纠错合计24件，综合纠错率12.5%。\n"
    assert [f for f in facts(text) if f[0] == "reconsideration_correction_rate"] == []


def test_a_rate_said_of_lawsuits_under_the_title_stays_theirs():
    text = "一、行政复议与应诉情况\n（二）应诉。全年一审行政诉讼案件56件，法院判决纠错率10%。\n"
    assert [f for f in facts(text) if f[0] == "reconsideration_correction_rate"] == []
