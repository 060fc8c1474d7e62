"""A search the interpret stage skips where a character every match says is absent finds nothing there: the joined
labels of a subject (调解和化解纠纷), a story told after a count (…时,), a clause naming the cases a sentence sorts (…件中,),
a count said again (上述151件) and labels said all to share a value (…等均)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import metrics

PIECES = ["调解", "和", "及", "与", "纠纷", "案件", "时", "时候", "中", "的", "上述", "这", ",", ":", "\n", "12件", "解案件",
          "办结", "发现", "等", "均"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
@example(["调解", "调解", "调解", "调解", "调解", "调解", "和"])  # the joiner at the last place a match may say it
@example(["调解", "调解", "调解", "调解", "调解", "调解", "调", "和"])  # …and one past it
def test_a_subject_s_joined_labels_are_read_as_matched(pieces):
    subject = "".join(pieces)
    found, matched = metrics._last_joined(subject), metrics._LAST_JOINED.match(subject)
    assert (found and found.span(1)) == (matched and matched.span(1)), subject


def test_a_subject_with_no_joiner_near_its_start_joins_no_labels():
    assert metrics._last_joined("调解矛盾纠纷") is None
    assert metrics._last_joined("调解和化解纠纷").group(1) == "调解"
    assert metrics._last_joined("依法调解本辖区内各类矛盾纠纷和化解") is None  # the joiner past the first label's reach


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_every_skipped_search_finds_its_character_where_it_matches(pieces):
    text = "".join(pieces)
    for at in range(len(text) + 1):
        if metrics._WHEN_AFTER.match(text, at) is not None:
            assert text.find(metrics._WHEN, at, at + metrics._WHEN_HAN + 1) >= 0, (text, at)
        if metrics._AMONG_COUNTED.match(text, at) is not None:
            assert text.find("中", at, at + metrics._AMONG_COUNTED_REACH) >= 0, (text, at)
        if metrics._RESTATED.search(text, max(0, at - 2), at) is not None:
            assert text[at - 1:at] in metrics._RESTATED_LAST, (text, at)
        if metrics._ALL_LISTED.search(text, 0, at) is not None:
            assert text.find(metrics._ALL_SAID, 0, at) >= 0, (text, at)


def test_a_count_restated_after_a_line_break_is_still_found():
    text = "的\n151件"
    assert metrics._RESTATED.search(text, 0, 2) is not None
    assert text[1:2] in metrics._RESTATED_LAST
