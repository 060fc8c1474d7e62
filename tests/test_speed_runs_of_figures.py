"""A run of figures with no label between them (5%5%5%…) read in one go answers as reading each on its own does: the
interpret stage reads the numbers right after one read alone as it (Interpreter._alike_after)."""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.metrics import Interpreter
from lawreport.numbers import scan
from lawreport.structure import Outline

RUN_PIECES = ["5%", "5%5%5%", "6%", "12件", "12件12件", "0.5", "(12件)", "的目标任务", "下达目标任务", "2023年", "2019年以来",
              "力争", "较上年下降", "比", "1", "《", "》", "\n二、下一步工作计划\n", "\n", "。", ",", ":", "(", ")",
              "调解成功率", "率(", "上一篇:"]


def _read(text: str, report_year: int | None, plan_document: bool, alike: bool) -> tuple:
    """Interpreter.run's metrics, rates and readings of `text`, with the numbers after one read alone read as it or
    each on its own."""
    interpreter = Interpreter(text, Outline(text), [], report_year, plan_document=plan_document, published_year=2024)
    if alike:
        metrics, rates, readings = interpreter.run(scan(text))
    else:
        with mock.patch.object(Interpreter, "_alike_after", return_value=(-1, -1, None, False)):
            metrics, rates, readings = interpreter.run(scan(text))
    return metrics, rates, [(r.quantity, r.subject, r.subject_start, r.year, r.target, r.sentence) for r in readings]


@settings(max_examples=400, deadline=None)
@example(["5%5%5%", "力争", "5%5%5%"], False, 2023)  # a cue: the stretch ends
@example(["5%5%5%", "12件12件", "的目标任务"], False, 2023)  # a quota in the run
@example(["12件12件", "12件12件", "下达目标任务", "(12件)", "12件12件"], False, 2023)
@example(["5%5%5%", "。", "5%5%5%", "\n二、下一步工作计划\n", "5%5%5%"], False, 2023)  # a sentence, a plan part
@example(["5%5%5%", "《", "5%5%5%", "》", "5%5%5%"], False, 2023)  # a title
@example(["调解成功率", "5%5%5%", "率(", "5%5%5%", ")", "5%5%5%"], False, None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=20), st.booleans(), st.sampled_from([None, 2023]))
def test_a_run_of_figures_reads_as_each_read_on_its_own(pieces, plan_document, report_year):
    text = "".join(pieces)
    assert _read(text, report_year, plan_document, True) == _read(text, report_year, plan_document, False), text


def test_the_figures_of_a_run_are_read_in_one_go():
    text = "2023年工作总结\n5%5%5%5%5%。6%6%6%6%。"
    with mock.patch.object(Interpreter, "_read_alone", autospec=True, side_effect=Interpreter._read_alone) as alone:
        readings = Interpreter(text, Outline(text), [], 2023).run(scan(text))[2]
    assert [(r.quantity.value, r.year, r.target) for r in readings] == [(5, 2023, False)] * 5 + [(6, 2023, False)] * 4
    # the first two of each sentence: the second keeps a stretch, which the rest are read in
    starts = [r.quantity.start for r in readings]
    assert [call.args[1].start for call in alone.call_args_list] == [starts[0], starts[1], starts[5], starts[6]]
