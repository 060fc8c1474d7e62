"""Named tuples built from the tuple of their fields in C (lawreport.tuples) are the objects their class makes."""

from __future__ import annotations

from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from lawreport import regions, structure
from lawreport.tuples import maker, new_tuple


class _Pair(NamedTuple):
    start: int
    label: str | None


@given(st.integers(), st.one_of(st.none(), st.text(max_size=5)))
def test_new_tuple_makes_what_the_class_makes(start: int, label: str | None) -> None:
    built = new_tuple(_Pair, (start, label))
    assert type(built) is _Pair
    assert built == _Pair(start, label)
    assert (built.start, built.label) == (start, label)


@given(st.integers(), st.one_of(st.none(), st.text(max_size=5)))
def test_a_maker_makes_what_the_class_makes(start: int, label: str | None) -> None:
    built = maker(_Pair)((start, label))
    assert type(built) is _Pair
    assert built == _Pair(start, label)


def test_the_stages_tuples_built_in_c_are_their_classes() -> None:
    hit = new_tuple(regions._Hit, (1, 3, ("110000",), True))
    assert type(hit) is regions._Hit
    assert (hit.start, hit.end, hit.candidates, hit.self_reference) == (1, 3, ("110000",), True)
    line = structure.Outline("一、总体情况\n全年调解纠纷10件。").lines[0]
    assert type(line) is structure.Line
    assert line == structure.Line(*line)
