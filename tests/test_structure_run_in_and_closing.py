"""Outline, section kinds and document verbs as real annual reports write them: a heading run into its paragraph
after a space, the closing part of other matters, and the verbs of a document drafted or signed jointly."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.documents import find_documents
from lawreport.normalize import normalize
from lawreport.structure import Outline, kind_named


def _titles(text: str) -> list[str]:
    return [h.title for h in Outline(normalize(text)).headings]


# A heading run into its paragraph after a space: the title ends at the space.
@pytest.mark.parametrize(("text", "title"), [
    ("一、健全工作机制,确保普法责任落到实处 年初,我乡召开专题会议,明确各站所的普法任务和完成时限,逐项压实责任。\n",
     "健全工作机制,确保普法责任落到实处"),
    ("(二)规范执法行为 今年以来,局党组把执法规范化建设摆上重要位置,开展案卷评查两轮,发现并整改问题十余个。\n",
     "规范执法行为"),
    # two phrases parted by a space, then the paragraph after a space
    ("三、深化普法宣传 营造法治氛围 全年围绕宪法宣传周等节点,组织送法进村活动二十余场,覆盖群众三千余人次。\n",
     "深化普法宣传 营造法治氛围"),
])
def test_a_heading_run_into_its_paragraph_after_a_space_ends_at_the_space(text, title):
    assert _titles(text) == [title]


@pytest.mark.parametrize(("text", "title"), [
    ("一、强化组织领导 压实工作责任\n正文。\n", "强化组织领导 压实工作责任"),  # a title's two phrases
    ("二、坚持依法决策 提升决策质量,推动政府决策科学化\n正文。\n", "坚持依法决策 提升决策质量,推动政府决策科学化"),  # short
    # a long second phrase without a pause is no sentence of prose
    ("一、深入学习贯彻习近平法治思想 全面推进法治政府建设各项任务在全县范围内落地落实见到实效取得新成效\n正文。\n",
     "深入学习贯彻习近平法治思想 全面推进法治政府建设各项任务在全县范围内落地落实见到实效取得新成效"),
    # a text layer's spaced digits are no break between heading and paragraph
    ("(一)全年开展集中学法 12 次,组织领导干部旁听庭审 3 场,覆盖各部门主要负责人及执法骨干。\n",
     "全年开展集中学法 12 次,组织领导干部旁听庭审 3 场,覆盖各部门主要负责人及执法骨干"),
])
def test_a_space_inside_a_title_or_between_digits_keeps_the_title_whole(text, title):
    assert _titles(text) == [title]


def test_the_run_in_paragraph_no_longer_names_the_kind_of_its_heading():
    """计划 in the paragraph run in after the space made the part a plan."""
    text = ("一、主要工作情况\n全年工作稳步推进。\n"
            "二、以法治宣传为载体,加强普法教育 年初,我镇制定年度普法工作计划,明确各村各站所的目标和任务,按季度督促落实。\n")
    record = extract(text)
    assert [(s.title, s.kind) for s in record.sections] == [
        ("主要工作情况", "achievements"), ("以法治宣传为载体,加强普法教育", "achievements")]


# The closing part of the report template (其他需要报告的情况) names no kind, though it ends in 情况.
@pytest.mark.parametrize("title", ["其他需要报告的情况", "其它需要说明的情况"])
def test_the_part_of_other_matters_names_no_kind(title):
    assert kind_named(title) == "other"


@pytest.mark.parametrize("title", ["法律援助工作情况", "2024年行政复议案件办理情况", "依法行政考核情况"])
def test_a_part_ending_in_qingkuang_is_still_work_done(title):
    assert kind_named(title) == "achievements"


def test_a_closing_part_of_other_matters_after_the_plans_is_other():
    text = normalize("一、主要举措和成效\n正文。\n二、存在的不足和原因\n正文。\n三、下一步工作安排\n正文。\n"
                     "四、其他需要报告的情况\n本年度无其他需要报告的事项。\n")
    assert [s.kind for s in Outline(text).sections] == ["achievements", "shortcomings", "plans", "other"]


def _verbs(text: str) -> list[tuple[str, str | None]]:
    normalized = normalize(text)
    return [(normalized[d.start:d.end], d.verb) for d in find_documents(normalized)]


@pytest.mark.parametrize(("text", "found"), [
    ("县公安局与县检察院会签了《关于建立案件移送衔接机制的意见》。", [("关于建立案件移送衔接机制的意见", "会签")]),
    ("局办公室牵头拟定《机关合法性审查工作规程》,报局党组审定。", [("机关合法性审查工作规程", "拟定")]),
    ("年初研究制订《全镇法治建设工作要点》和《镇村干部学法计划》。",
     [("全镇法治建设工作要点", "制订"), ("镇村干部学法计划", "制订")]),
])
def test_a_document_drafted_or_signed_jointly_takes_its_verb(text, found):
    assert _verbs(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the verb's clause ends at the pause: the title after it has its verb (or none) of its own
    ("经各部门会签后,《某县行政执法公示办法》于6月起施行。", [("某县行政执法公示办法", None)]),
    ("方案已拟定,《某镇普法责任清单》同步公开。", [("某镇普法责任清单", None)]),
])
def test_a_drafting_verb_does_not_reach_past_its_clause(text, found):
    assert _verbs(text) == found


# A heading run into its paragraph after a colon, or closing with one: the title ends at the colon, as a lead
# phrase does.
@pytest.mark.parametrize(("text", "title"), [
    ("(一)人民调解:全市共有各类调解组织310个,其中村级调委会260个。\n", "人民调解"),
    ("一、全市公证工作的基本情况:\n全年办理公证事项1.2万件。\n", "全市公证工作的基本情况"),
    ("2.行政复议案件按期办结率:保持100%\n", "行政复议案件按期办结率"),
])
def test_a_heading_ends_at_its_colon(text, title):
    assert _titles(text) == [title]


@pytest.mark.parametrize(("text", "title"), [
    ("二、复议诉讼比提升至2.5:1\n正文。\n", "复议诉讼比提升至2.5:1"),  # a ratio
    ("1、转载须注明来源(网址:WWW.EXAMPLE.COM)并保留作者信息\n", "转载须注明来源(网址:WWW.EXAMPLE.COM)并保留作者信息"),
    ("第一部分:2023年工作总结\n正文。\n", ":2023年工作总结"),  # the colon after the numbering opens the title
])
def test_a_colon_in_a_ratio_an_address_or_after_the_numbering_ends_no_title(text, title):
    assert _titles(text) == [title]


def test_the_item_under_a_colon_heading_has_the_same_title():
    record = extract("一、主要指标\n1.人民调解成功率:达到98%以上\n2.法律援助案件:全年办理600件\n")
    assert [s.title for s in record.sections] == ["主要指标", "人民调解成功率", "法律援助案件"]
    assert [i.title for i in record.initiatives] == ["人民调解成功率", "法律援助案件"]


# A heading closing with 。 alone on its line heads the paragraphs below it, as one without the 。 does: what
# they launch or claim is the item's.
def test_a_heading_closing_with_a_full_stop_heads_its_body():
    record = extract("一、主要举措和成效\n(一)打造普法品牌。\n在全县推出“法润乡村”品牌,全县率先建成法治文化广场。\n"
                     "(二)加强组织领导\n正文。\n")
    first = record.initiatives[0]
    assert (first.title, first.programmes, [c.text for c in first.first_claims]) == \
        ("打造普法品牌", ["法润乡村"], ["全县率先"])


@pytest.mark.parametrize("text", [
    # a sentence before the line's end: the heading is run into its paragraph, which ends with the line
    "一、主要举措和成效\n(一)打造普法品牌。在全县推出“法润乡村”品牌。\n另起一段,在全县推出“法治夜校”项目。\n",
    # over 30 characters: a paragraph of its own, not a heading over the next one
    ("一、主要举措和成效\n(一)全面推进依法行政工作,全年共审查各类规范性文件和重大行政决策事项合计达到一百余件。\n"
     "在全县推出“法治夜校”项目。\n"),
])
def test_a_numbered_paragraph_does_not_take_the_next_one(text):
    assert "法治夜校" not in extract(text).initiatives[0].programmes
