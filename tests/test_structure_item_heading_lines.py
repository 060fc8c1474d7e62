"""一是 opening a line of a short title closed by its sentence end (一是加强组织领导。), its body on the lines below."""

from __future__ import annotations

from lawreport import extract

OPENING = ("白川县2024年法治政府建设情况报告\n"
           "2024年，我县坚持以法治思维统筹推进各项工作，依法行政能力持续提升，现将有关情况报告如下。\n")


def test_a_closed_item_title_heads_its_body():
    text = (OPENING + "一、主要工作\n"
            "一是加强组织领导。\n"
            "全年召开法治建设专题会议4次，开展专题学法6次。\n"
            "二是规范执法行为。\n"
            "开展案卷评查2次，评查案卷60卷。\n")
    record = extract(text)
    assert [(s.numbering, s.title) for s in record.sections] == [
        ("一、", "主要工作"), ("一是", "加强组织领导"), ("二是", "规范执法行为")]
    first, second = record.initiatives
    assert (first.title, second.title) == ("加强组织领导", "规范执法行为")
    assert first.end > text.index("开展专题学法") and second.end > text.index("评查案卷60卷")  # each holds its body


def test_the_last_of_a_list_of_one_line_items_heads_nothing():
    """二是…。 / 三是…。 then the closing paragraph: 三是 is one more item, not the paragraph's heading."""
    record = extract(OPENING + "二、存在的问题\n"
                     "一是执法力量不足。\n"
                     "二是普法形式单一。\n"
                     "三是队伍建设滞后。\n"
                     "对上述问题，我县将认真研究，逐项制定整改措施，限期整改到位。\n")
    assert [s.title for s in record.sections] == ["存在的问题"]
