"""Whether a line is page furniture is searched once per line and catalog: the title's, the opening's and the lead's
rules ask it of the same first lines."""

from __future__ import annotations

import regex

from lawreport.metadata import Line, _debris_in, _is_debris, _patterns


def test_a_line_asked_again_is_debris_as_the_catalog_s_patterns_say():
    for text in ("首页 > 新闻中心 > 工作动态", "2024年,某县司法局扎实推进法治政府建设。"):
        plain = any(pattern.search(text) for pattern in _patterns().debris)
        assert _is_debris(Line(text, 0, len(text))) is _is_debris(Line(text, 5, 5 + len(text))) is plain
    assert _is_debris(Line("首页 > 新闻中心 > 工作动态", 0, 15))


def test_another_catalog_s_debris_is_searched_anew():
    line = "某县司法局扎实推进工作"
    assert not _debris_in(_patterns().debris, line)
    assert _debris_in((regex.compile("司法局"),), line)
