"""A dense input's readings are let go as they are mapped; its record and JSON are what they were."""

from __future__ import annotations

import gc
import weakref

from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport import batch, emit, pipeline
from lawreport.emit import record_pieces, record_utf8
from lawreport.pipeline import extract_record


class _Item:
    def __init__(self, n: int):
        self.n = n


@given(st.lists(st.integers()))
def test_drained_gives_the_items_in_order_and_empties_the_list(values):
    items = list(values)
    assert list(pipeline._drained(items)) == values
    assert items == []


def test_a_drained_item_is_freed_once_its_consumer_moves_on():
    items = [_Item(n) for n in range(5)]
    alive = [weakref.ref(item) for item in items]
    drained = pipeline._drained(items)
    first = next(drained)
    assert first.n == 0
    del first
    second = next(drained)
    gc.collect()
    assert alive[0]() is None  # nothing holds the first any more: not the list either
    assert second.n == 1 and all(ref() is not None for ref in alive[1:])


def test_a_record_maps_the_drained_readings_as_it_maps_a_list_of_them(monkeypatch):
    text = ("2023年全区受理矛盾纠纷21493件,调解成功21446件,调解成功率为99.78%。" + "5%" * 300 + "。") * 3
    drained = extract_record(text.encode("utf-8"))
    monkeypatch.setattr(pipeline, "_drained", iter)
    assert drained == extract_record(text.encode("utf-8"))
    assert len(drained["quantities"]) == 909


def test_batch_renders_the_json_the_record_writes():
    path = str(SEEDS[0])
    record = extract_record(path)
    for form, indent in (("json", 2), ("jsonl", None)):
        payload, metrics = batch.render(path, form)
        assert payload == record_utf8(record, indent=indent) + b"\n"
        assert metrics == len(record["metrics"])


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.sampled_from("a中\n\"\\ \t}]"), max_size=4),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=3), inner, max_size=4),
    max_leaves=15)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["source", "metrics", "quantities", "中", "a\nb", ""]), _JSON, max_size=5),
       st.sampled_from([None, 2, 0, 4]), st.integers(min_value=1, max_value=3))
def test_the_pieces_of_a_record_join_to_its_json(record, indent, items_a_piece):
    """Written in pieces, a long list a few items at a time, a record is the bytes it is written whole,
    and it is emptied on the way."""
    whole = record_utf8(record, indent=indent)
    original = emit.ITEMS_A_PIECE
    emit.ITEMS_A_PIECE = items_a_piece
    try:
        assert b"".join(record_pieces(record, indent=indent)) == whole
    finally:
        emit.ITEMS_A_PIECE = original
    assert record == {}


def test_the_pieces_of_a_dense_record_join_to_its_json():
    record = extract_record(("5%" * 2500 + "受理案件21493件。").encode("utf-8"))
    assert len(record["quantities"]) > 2 * emit.ITEMS_A_PIECE
    for indent in (None, 2):
        whole = record_utf8(record, indent=indent)
        assert b"".join(record_pieces(dict(record) | {"quantities": list(record["quantities"])},
                                      indent=indent)) == whole

