"""A body is matched against the collective words (法院, 检察院) only when it ends like one of them: the pre-check
turns away no body the words match, so 湖南法院 stays all the courts of Hunan."""

from __future__ import annotations

from conftest import region_of
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import institutions
from lawreport.institutions import find_institutions

_COLLECTIVE = institutions._scanners().rules.collective
_WRITTEN = "".join(sorted({c for c in _COLLECTIVE.pattern if c.isalpha()}))


def test_every_collective_word_ends_with_a_checked_character():
    ends = institutions._scanners().collective_ends
    for word in ("法院", "检察院", "人民法院", "人民检察院"):
        if _COLLECTIVE.fullmatch(word):
            assert word[-1] in ends


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_WRITTEN + "局所院处", min_size=1, max_size=6))
def test_the_pre_check_never_skips_a_collective_body(body):
    if _COLLECTIVE.fullmatch(body):
        assert body[-1] in institutions._scanners().collective_ends


def test_a_province_s_courts_are_still_no_body():
    names = [f.name for f in find_institutions("湖南法院全年审结案件,湖南检察院提起公诉,长沙市司法局开展普法。", region_of("430102"))]
    assert "湖南法院" not in names and "湖南检察院" not in names
    assert "长沙市司法局" in names
