"""Documents: what a 《…》 title is, where it starts and ends, and what kind of document it names."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def titles(text: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.type) for d in find_documents(text)]


def test_spaces_padding_a_title_inside_its_marks_are_not_the_title():
    # A paper's credit line under a reprint pads the name: the paper is the title, a publication.
    text = "全年共办理公证1200件。\n\n《 青禾日报 》( 2024年03月05日 04 版)"
    assert titles(text) == [("青禾日报", "publication")]


def test_a_title_written_without_padding_keeps_its_inner_spaces():
    text = "印发《青禾县 法治政府建设实施方案》。"
    assert titles(text) == [("青禾县 法治政府建设实施方案", "plan")]


def test_marks_holding_only_spaces_name_no_document():
    assert titles("见《   》一文。") == []


@pytest.mark.parametrize("text", [
    "对照《纲要》要求逐项落实。",  # a cited plan again, by its kind
    "经汇总形成《报告》初稿,报送县委审定。",
    "成立复议咨询委员会并下发了《工作规则》。",
    "落实省、市《实施方案》确定的任务。",
    "按照《分析报告》提出的建议整改。",
    "貫徹《綱要》部署。",  # a traditional-script mirror
    "要对照《工作要点》和《行动计划》，认真抓好落实。",
    "按照《要点》分解任务。",
])
def test_a_title_naming_only_a_kind_of_document_is_no_document(text):
    assert titles(text) == []


@pytest.mark.parametrize("text, expected", [
    ("贯彻《法治政府建设实施纲要(2021—2025年)》。", ("法治政府建设实施纲要(2021—2025年)", "plan")),
    ("制定《青禾县行政应诉规则》。", ("青禾县行政应诉规则", "law")),
    ("学习《民法典》。", ("民法典", "law")),
    ("印发《青禾县2024年普法工作方案》。", ("青禾县2024年普法工作方案", "plan")),
    ("印发《青禾县法治政府建设工作要点》。", ("青禾县法治政府建设工作要点", "plan")),
    ("制定《青禾县法治宣传教育行动计划》。", ("青禾县法治宣传教育行动计划", "plan")),
    ("发布《行政复议白皮书(2023)》。", ("行政复议白皮书(2023)", "document")),
])
def test_a_kind_of_document_with_a_name_before_it_is_a_title(text, expected):
    assert titles(text) == [expected]


@pytest.mark.parametrize("text, verb", [
    ("县政府常务会议审定《青禾县行政执法公示办法》。", "审定"),
    ("县委常委会研究通过《青禾县行政执法公示办法》。", "研究通过"),
    ("县政府办公室转发《青禾县行政执法公示办法》。", "转发"),
    ("县司法局草拟《青禾县行政执法公示办法》。", "草拟"),
    ("县政府废止《青禾县行政执法公示办法》。", "废止"),
    ("通过《青禾县行政执法公示办法》规范执法公示。", None),  # 通过 alone: by way of, no approval
])
def test_a_meeting_approving_an_office_passing_on_or_a_body_repealing_a_document_introduces_it(text, verb):
    assert [(d.type, d.verb) for d in find_documents(text)] == [("law", verb)]
