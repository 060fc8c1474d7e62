"""A sentence saying none of the words a national body's name holds is not searched for one (_national_opening)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import metrics
from lawreport.structure import Outline

_PIECES = ["司法部", "司法部门", "最高人民法院", "最高法", "最高", "国办", "中办", "国家", "税务总局", "全国人大", "、", "据", "根据",
           "2023年", "统计", "全国", "我县", "全县", "调解成功率", "为", "96%", "12件", ",", "。", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_a_national_opening_is_found_where_the_plain_search_finds_it(text):
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    bodies = metrics._national_bodies()
    starts = sorted({0, *(s for s in interpreter.outline.sentence_bounds if s < len(text))})
    for sentence, limit in zip(starts, [*starts[1:], len(text)], strict=True):
        for end in range(sentence, limit + 1):
            plain = any(metrics._NATIONAL_LEAD.search(text, max(0, m.start() - metrics._NATIONAL_LEAD_REACH),
                                                      m.start()) is not None
                        for m in bodies.finditer(text, sentence, end))
            assert bool(interpreter._national_opening(sentence, end)) == plain, (text, sentence, end)
