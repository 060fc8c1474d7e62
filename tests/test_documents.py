"""Documents: what a 《…》 title is, where it starts and ends, and what kind of document it names."""

from __future__ import annotations

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
