"""Radical glyphs that PDF fonts emit for ideographs are mapped in one table, for normalize and the PDF reader."""

from __future__ import annotations

from lawreport.normalize import RADICAL_GLYPHS, normalize, radical_ideographs


def test_kangxi_and_supplement_radicals_become_their_ideographs():
    assert "⾏政复议⼀审".translate(radical_ideographs()) == "行政复议一审"
    assert "⻓效机制".translate(radical_ideographs()) == "长效机制"


def test_normalize_maps_every_radical_glyph_as_the_pdf_reader_does():
    for cp, ideograph in radical_ideographs().items():
        assert normalize(chr(cp)) == normalize(ideograph)
    assert set(map(ord, RADICAL_GLYPHS)) <= set(radical_ideographs())


def test_ordinary_text_is_left_alone():
    text = "行政复议一审长效机制"
    assert text.translate(radical_ideographs()) == text
