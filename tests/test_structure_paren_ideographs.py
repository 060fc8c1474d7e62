"""(一) written as one character (㈠ ㈡), as a word processor's automatic numbering turns out."""

from __future__ import annotations

from lawreport import extract

OPENING = ("白川县2024年法治政府建设情况报告\n"
           "2024年，我县坚持以法治思维统筹推进各项工作，依法行政能力持续提升，现将有关情况报告如下。\n")
BODY = "全县坚持把法治政府建设摆在全局工作的突出位置，统筹推进依法行政各项工作，不断提升干部职工的法治意识和依法办事能力。"


def test_parenthesized_ideographs_number_the_second_level():
    record = extract(OPENING + "一、主要工作\n"
                     "㈠强化组织领导\n"
                     "全年召开法治建设专题会议4次，培训执法人员80人次。\n"
                     "㈡规范执法行为\n"
                     "开展案卷评查2次，评查案卷60卷。\n"
                     "二、存在的问题\n"
                     "基层执法力量不足，专业人员短缺。\n")
    assert [(s.level, s.numbering, s.title) for s in record.sections] == [
        (1, "一、", "主要工作"), (2, "㈠", "强化组织领导"), (2, "㈡", "规范执法行为"), (1, "二、", "存在的问题")]
    assert [i.title for i in record.initiatives] == ["强化组织领导", "规范执法行为"]


def test_parenthesized_ideographs_count_on_in_a_flattened_report():
    """A report run onto one line: ㈠ and ㈡ count from one, as (一) and (二) would, and each opens a heading."""
    line = ("一、主要工作㈠强化组织领导。" + BODY * 5 + "㈡规范执法行为。" + BODY * 5
            + "二、存在的问题。基层执法力量不足，专业人员短缺。" + BODY)
    record = extract(OPENING + line + "\n")
    assert [(s.numbering, s.title) for s in record.sections] == [
        ("一、", "主要工作"), ("㈠", "强化组织领导"), ("㈡", "规范执法行为"), ("二、", "存在的问题")]
