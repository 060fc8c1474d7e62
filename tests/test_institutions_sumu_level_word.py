"""Institutions: Inner Mongolia's township, the 苏木, names its own bodies by its level word alone in its own report, as a
town does (镇党委, 镇司法所, 镇政府): 苏木党委, 苏木司法所, 苏木人民政府 are the one 苏木's the report names, named canonically
after it; none where the report names no 苏木 or several, nor for the townships in general (各苏木党委, 苏木乡镇党委).

Every sentence below is written for these tests; the 苏木 and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies

_REPORT = "。额尔敦苏木推进普法。"


@pytest.mark.parametrize(("sentence", "name", "canonical", "kind"), [
    ("苏木党委召开专题会议4次", "苏木党委", "中共额尔敦苏木委员会", "party_committee"),
    ("苏木司法所全年调解纠纷27件", "苏木司法所", "额尔敦苏木司法所", "justice_bureau"),
    ("苏木人民政府推行合法性审查", "苏木人民政府", "额尔敦苏木人民政府", "government"),
    ("苏木政府推行合法性审查", "苏木政府", "额尔敦苏木人民政府", "government"),
])
def test_the_body_of_the_one_sumu(sentence, name, canonical, kind):
    text = _REPORT + sentence
    found = [f for f in bodies(text).values() if f.canonical == canonical and f.type == kind]
    assert [name in [text[start:end] for start, end in f.mentions] for f in found] == [True]


@pytest.mark.parametrize("sentence", [
    "。苏木党委召开专题会议4次",
    "。额尔敦苏木、宝日苏木推进普法。苏木党委召开专题会议4次",
])
def test_no_sumu_body_where_the_report_names_none_or_several(sentence):
    assert bodies(sentence)["苏木党委"].canonical is None


@pytest.mark.parametrize("sentence", [
    _REPORT + "各苏木党委召开专题会议",
    _REPORT + "全旗苏木乡镇党委召开专题会议",
])
def test_the_townships_in_general_are_none(sentence):
    assert not [name for name in bodies(sentence) if name.startswith("苏木") or name.endswith("苏木党委")]
