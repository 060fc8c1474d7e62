"""Shortcuts of the initiatives stage: each answers exactly as the plain reading it spares."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import initiatives
from lawreport.normalize import normalize_mapped
from lawreport.structure import Outline

# Lines of an outline: headings of each family, run-in lists, lead sentences, indents and blank lines.
OUTLINE_PIECES = ["一、主要工作\n", "二、存在的问题\n", "(一)加强组织领导\n", "(二)强化法治宣传。\n", "1.开展普法\n",
                  "\u3000\u3000一是加强学习。二是完善制度。\n", "一是健全机制;二是压实责任。\n", "加强统筹谋划。召开会议3次。\n",
                  "严格执行《条例》,全面推进。\n", "下一步,我们将抓好以下工作:一是深化改革。\n", "\n", "  ", "全年办理案件12件。\n"]


def _found_with_each_path_read(monkeypatch: pytest.MonkeyPatch, text: str) -> list[initiatives.FoundInitiative]:
    """find_initiatives of `text`, each path the stage gives an item checked against the one read at its start."""
    make = initiatives._Scan.make

    def checked(scan, start, title, end, path=None, itself=None):
        if path is not None:
            assert path == scan.outline.path_at(start)
        return make(scan, start, title, end, path, itself)

    with monkeypatch.context() as patch:
        patch.setattr(initiatives._Scan, "make", checked)
        copy = normalize_mapped(text).copy
        return initiatives.find_initiatives(copy, Outline(copy))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_a_paragraph_s_sections_are_those_of_each_item_in_it(monkeypatch, path):
    assert _found_with_each_path_read(monkeypatch, path.read_text(encoding="utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(OUTLINE_PIECES), min_size=1, max_size=12))
def test_the_sections_read_once_for_a_paragraph_are_those_read_at_each_item(pieces):
    with pytest.MonkeyPatch.context() as monkeypatch:
        _found_with_each_path_read(monkeypatch, "".join(pieces))


@pytest.mark.parametrize("intro", ["", "  ", "\n"])
def test_a_list_without_an_introduction_names_what_an_empty_one_does(intro):
    assert initiatives._named_by_intro(intro, 0, len(intro.strip())) == initiatives._named_by_intro("甲", 1, 1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="是否)一加强 \n", max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_an_orphaned_numbering_is_matched_only_where_the_title_opens_with_its_word_or_bracket(text, start, end):
    if initiatives._ORPHAN_OPENING.pattern.match(text, start, end) is not None:
        assert text.startswith(tuple(initiatives._ORPHAN_OPENING.chars or ""), start, end)
