"""A town after a place is called only where a place's mark stands close enough before its end: the scanners find
what they found with the call made at every town."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import institutions, regions
from lawreport.normalize import normalize

# Towns and street offices right after places and after their parentheses, the longest a town is (its ethnic groups,
# a street named after a road, a street office after its district's government), and towns after no place.
SENTENCES = [
    "宝山区罗店镇人民政府,上海市(宝山区)大场镇党委,鲤城区人民政府金龙街道办事处",
    "喀喇沁左翼蒙古族自治县大城子镇,围场满族蒙古族自治县两岔满族朝鲜族乡人民政府,宝山区人民政府青山中路街道办事处",
    "白沙镇编制权责清单,到青山镇调研,统筹加强镇(街道)建设,中共石门镇委员会,龙山镇开展普法",
]
_TEXT = st.text(alphabet="".join(sorted(set("".join(SENTENCES)))) + "\ufdd0", max_size=40)
_GUARD = regex.compile(f"\\(\\?<={institutions.PLACE_MARK}\\(\\?s:\\.\\)\\{{2,\\d+\\}}\\?\\)")


def _readings(pattern: regex.Pattern, shadow: str) -> list[tuple]:
    """What the pattern finds anchored at every end of ``shadow``: its span and every group's spans."""
    padded = shadow + " " * institutions.AFTER_NAME
    found = []
    for end in range(1, len(shadow) + 1):
        m = pattern.match(padded, 0, end + institutions.AFTER_NAME)
        found.append(m and (m.span(), m.regs))
    return found


_PATTERNS: list[tuple[regex.Pattern, regex.Pattern]] = []


def _compared(text: str) -> None:
    if not _PATTERNS:
        scanners = institutions._scanners()
        _PATTERNS.extend((institutions._scanner_for(scanners, last).pattern, regex.compile(_GUARD.sub("", plan[0])))
                         for last, plan in sorted(scanners.plans.items()))
    region = regions.resolve(text) if text else None
    for places in (institutions._places(text, None), institutions._places(text, region)):
        shadow = institutions._shadow(text, places)
        for guarded, unguarded in _PATTERNS:
            assert _readings(guarded, shadow) == _readings(unguarded, shadow)


def test_every_scanner_calls_a_town_after_a_place_only_near_a_place_mark():
    for last, (pattern, _) in institutions._scanners().plans.items():
        assert len(_GUARD.findall(pattern)) == pattern.count("(?P<place>"), last  # the two towns of each place chain


def test_a_guarded_town_after_a_place_is_read_as_one_called_everywhere():
    for sentence in SENTENCES:
        _compared(normalize(sentence))


@settings(max_examples=30, deadline=None)
@given(_TEXT)
def test_a_guarded_town_after_a_place_is_read_as_one_called_everywhere_anywhere(text):
    _compared(text)


def test_the_longest_town_after_a_place_is_found():
    found = institutions.find_institutions(normalize("宝山区人民政府青山中路街道办事处、两岔满族朝鲜族乡人民政府"), None)
    assert [f.name for f in found][:1] == ["宝山区人民政府青山中路街道办事处"]
