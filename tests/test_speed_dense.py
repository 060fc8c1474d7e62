"""A dense input's readings are let go as they are mapped; its record and JSON are what they were."""

from __future__ import annotations

import gc
import weakref

from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st

from lawreport import batch, pipeline
from lawreport.emit import record_utf8
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

