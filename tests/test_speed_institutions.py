"""The institution scanner's shortcuts agree with the plain work they save."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import institutions
from lawreport.normalize import normalize
from lawreport.scanning import longest_word

# Sentences with towns where a head may end with one: after a place, at a boundary, a street office after its
# district's government, a party committee in full; and words a town's guards turn away.
SENTENCES = [
    "宝山区新市镇人民政府印发清单",
    "鲤城区人民政府金龙街道办事处开展普法",
    "中共石门镇委员会召开会议,中国共产党阳高县委员会印发",
    "。白沙镇编制权责清单,在白沙镇试点,到青山镇调研",
    "会同华东理工大学、联合法院和区司法局,共办理镇级事项",
    "上海市宝山区四平路街道司法所与柳林镇党委、镇党委、街道党工委",
    "推动街镇综合执法,美丽城镇建设,统筹城乡,2023年全镇",
    "江宁区人民政府、许家坝镇人民政府和丰都县树人镇司法所",
]
_TEXT = st.text(alphabet="".join(sorted(set("".join(SENTENCES)))) + "﷐", max_size=40)


def _closing(pattern: str, at: int) -> int:
    """Where the group opening at ``at`` in ``pattern`` ends, past its closing parenthesis (what the scanners define
    holds no unbalanced one)."""
    depth = 0
    while True:
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        depth += (char == "(") - (char == ")")
        at += 1
        if depth == 0:
            return at


def _written_out(pattern: str) -> str:
    """``pattern`` with its DEFINE group dropped and each call of a group it defines (the town, the leading verbs)
    replaced by the group written out."""
    define = "(?(DEFINE)"
    start = pattern.index(define)
    defined, at = {}, start + len(define)
    while pattern.startswith("(?P<", at):
        opened = pattern.index(">", at) + 1
        end = _closing(pattern, at)
        defined[pattern[at + len("(?P<") : opened - 1]] = pattern[opened : end - 1]
        at = end
    assert pattern[at] == ")"
    written = pattern[:start] + pattern[at + 1 :]
    for name, body in defined.items():  # the town calls the verbs: written out first
        written = written.replace(f"(?&{name})", f"(?:{body})")
    return written


def _readings(pattern: regex.Pattern, shadow: str) -> list[tuple]:
    """What the pattern finds anchored at every end of ``shadow``: its span and every group's spans."""
    padded = shadow + " " * institutions.AFTER_NAME
    found = []
    for end in range(1, len(shadow) + 1):
        m = pattern.match(padded, 0, end + institutions.AFTER_NAME)
        found.append(m and (m.span(), {name: m.spans(name) for name in pattern.groupindex
                                       if name not in ("town_name", institutions._LEADING_VERBS)}))
    return found


def _patterns() -> list[tuple[regex.Pattern, regex.Pattern]]:
    """Each scanner's pattern, and the same with the town written out wherever it is called."""
    scanners = institutions._scanners()
    return [(institutions._scanner_for(scanners, last).pattern, regex.compile(_written_out(plan[0])))
            for last, plan in sorted(scanners.plans.items())]


_PATTERNS: list[tuple[regex.Pattern, regex.Pattern]] = []


def _compared(text: str) -> None:
    if not _PATTERNS:
        _PATTERNS.extend(_patterns())
    shadow = institutions._shadow(text, institutions._places(text, None))
    for called, written in _PATTERNS:
        assert _readings(called, shadow) == _readings(written, shadow)


def test_every_pattern_calls_the_town_it_defines():
    for last, (pattern, _) in institutions._scanners().plans.items():
        assert pattern.count("(?&town_name)") >= 3, last
        assert "(?P<town_name>" in pattern


def test_every_pattern_writes_the_leading_verbs_once_and_calls_them():
    verbs = institutions._scanners().rules.leading_verbs.pattern
    for last, (pattern, _) in institutions._scanners().plans.items():
        assert pattern.count(verbs) == 1, last
        assert f"(?&{institutions._LEADING_VERBS})" in pattern, last


def test_a_called_town_matches_as_the_town_written_out():
    for sentence in SENTENCES:
        _compared(normalize(sentence))


@settings(max_examples=30, deadline=None)
@given(_TEXT)
def test_a_called_town_matches_as_the_town_written_out_anywhere(text):
    _compared(text)


def _marked_forms(pattern: str, name: str) -> list[tuple[int, int]]:
    """Where each form marked by the empty group ``name`` in ``pattern`` is written: from its mark to the end of the
    group after the mark, which holds the form (its parentheses balanced, escapes and classes read past)."""
    found, opening = [], f"(?P<{name}>)(?:"
    start = pattern.find(opening)
    while start >= 0:
        depth, at, in_class = 1, start + len(opening), False
        while depth:
            char = pattern[at]
            if char == "\\":
                at += 1
            elif in_class:
                in_class = char != "]"
            elif char == "[":
                in_class = True
            else:
                depth += (char == "(") - (char == ")")
            at += 1
        found.append((start, at))
        start = pattern.find(opening, at)
    return found


def _group_contents(pattern: str, name: str) -> list[str]:
    """What each form marked by the empty group ``name`` in ``pattern`` holds."""
    return [pattern[start + len(f"(?P<{name}>)(?:") : end - 1] for start, end in _marked_forms(pattern, name)]


def _held(pattern: str, names: list[str]) -> str:
    """``pattern`` with each form marked by an empty group of ``names`` held in that group instead: (?P<g>(?:form))."""
    for name in names:
        for start, end in reversed(_marked_forms(pattern, name)):
            pattern = f"{pattern[:start]}(?P<{name}>{pattern[start + len(f'(?P<{name}>)') : end]}){pattern[end:]}"
    return pattern


# Names of bodies in the forms the scanners read: after a head, qualified, named, bare, national, a station, a branch.
FORM_SENTENCES = [
    "区法院、司法局及信访办调研,县司法局石门司法所、先后到坪头司法所",
    "引进全国优秀律师事务所,卓建律师事务所和卫计委,联合法院",
    "上海市宝山区人民法院、司法部党组、县司法局党组,市公安局增城区分局",
    "县人民法院横水法庭、区检察院驻柳林镇检察室,该县坝头法庭",
    "区委全面依法治区委员会办公室,人民调解委员会,宝山公证处",
]
_FORM_TEXT = st.text(alphabet="".join(sorted(set("".join(FORM_SENTENCES)))) + "﷐", max_size=40)


def _form_readings(pattern: regex.Pattern, forms: list[str], shadow: str) -> list[tuple]:
    """What the pattern finds anchored at every end of ``shadow``: its span, where each form starts and every other
    group's spans."""
    padded = shadow + " " * institutions.AFTER_NAME
    found = []
    for end in range(1, len(shadow) + 1):
        m = pattern.match(padded, 0, end + institutions.AFTER_NAME)
        found.append(m and (m.span(), {name: m.starts(name) if name in forms else m.spans(name)
                                       for name in pattern.groupindex if name != "town_name"}))
    return found


_MARKED: list[tuple[regex.Pattern, regex.Pattern, list[str]]] = []


def _compared_forms(text: str) -> None:
    if not _MARKED:
        for last, (pattern, forms) in sorted(institutions._scanners().plans.items()):
            names = [group for group, _, _ in forms]
            assert all(_marked_forms(pattern, name) for name in names), last
            _MARKED.append((institutions._scanner_for(institutions._scanners(), last).pattern,
                            regex.compile(_held(pattern, names)), names))
    shadow = institutions._shadow(text, institutions._places(text, None))
    for marked, held, names in _MARKED:
        assert _form_readings(marked, names, shadow) == _form_readings(held, names, shadow)


def test_a_form_marked_at_its_start_starts_where_the_group_holding_it_does():
    for sentence in (*FORM_SENTENCES, *SENTENCES):
        _compared_forms(normalize(sentence))


@settings(max_examples=30, deadline=None)
@given(_FORM_TEXT)
def test_a_form_marked_at_its_start_starts_where_the_group_holding_it_does_anywhere(text):
    _compared_forms(text)


def test_no_form_of_a_name_is_written_twice_in_its_scanner():
    # 司法所 alone and the justice bodies (司法局|…|司法所) share a station's forms: written once, the second
    # copy would be tried only where the first failed, and fail again
    # (a form after a head and a headless one are alternatives of two alternations: 卫计委 may be both)
    after_head = ("head", "named_head", "sub_unit", "branch", "station")
    for last, (pattern, forms) in institutions._scanners().plans.items():
        for headed in (True, False):
            groups = dict.fromkeys(group for group, _, how in forms if (how in after_head) == headed)
            written = [content for group in groups for content in _group_contents(pattern, group)]
            assert len(written) == len(set(written)), last


def test_forms_sharing_a_group_are_read_alike():
    # a form's group is shared by the forms of its way and type, all _read asks of it: one group per way and type
    for last, (_, forms) in institutions._scanners().plans.items():
        read: dict[str, set[tuple[str, str]]] = {}
        for group, body, how in forms:
            read.setdefault(group, set()).add((how, body.type))
        assert all(len(ways) == 1 for ways in read.values()), last
        assert len(set().union(*read.values())) == len(read), last
        scanner = institutions._scanner_for(institutions._scanners(), last)
        assert len({form.group for form in scanner.forms}) == len(scanner.forms) == len(read), last


def test_a_station_is_read_whichever_body_wrote_its_form_first():
    # the station forms kept are the justice bodies' (司法局|司法厅|司法所): their type is the station's too
    found = institutions.find_institutions(normalize("县司法局石门司法所、先后到坪头司法所、龙池司法所调研"), None)
    assert [(f.name, f.type) for f in found] == [
        ("县司法局石门司法所", "justice_bureau"), ("坪头司法所", "justice_bureau"), ("龙池司法所", "justice_bureau")]


def test_words_then_ahead_match_as_the_words_before_their_lookahead():
    # written for a reverse scan (the words tested before the lookahead), the same matches as words then lookahead
    words, ahead = "党委|党?工委|委员会", "(?:全面)?依法治[镇乡街]"
    reordered = regex.compile(f"(?r)镇{institutions._words_then_ahead(words, ahead)}")
    plain = regex.compile(f"(?r)镇(?:{words})(?={ahead})")
    for text in ("白沙镇党委全面依法治镇", "金龙街道工委依法治街", "石门镇委员会依法治乡", "白沙镇党工委依法治镇",
                 "白沙镇党委依法治县", "白沙镇委员会全面", "白沙镇工委", "镇党委依法治镇委员会"):
        for end in range(len(text) + 1):
            found, expected = reordered.search(text, 0, end), plain.search(text, 0, end)
            assert (found and found.span()) == (expected and expected.span()), (text, end)
    assert institutions._words_then_ahead("委员会", "依法治") == "(?=(?:委员会)依法治)(?:委员会)"


def test_a_character_before_a_nested_lookahead_is_tested_first_with_the_same_matches():
    # 委(?!…(?!…)) as (?!委(?:…))委, so a reverse scan tests 委 before entering the lookahead
    pattern = "区委(?![托派员]|(?:委员|常委)(?!会|单位))(?:办公室)?|司法所(?!长)"
    written = institutions._character_first(pattern)
    assert written == "区(?!委(?:[托派员]|(?:委员|常委)(?!会|单位)))委(?:办公室)?|司法(?!所(?:长))所"
    reordered, plain = regex.compile(f"(?r){written}"), regex.compile(f"(?r){pattern}")
    for text in ("区委召开", "区委员会", "区委常委会", "区委常委", "区委托", "区委办公室", "司法所长", "司法所设立"):
        for end in range(len(text) + 1):
            found, expected = reordered.search(text, 0, end), plain.search(text, 0, end)
            assert (found and found.span()) == (expected and expected.span()), (text, end)


# Short names of one to four characters, sharing first characters (上海, 上饶), second ones (宝山, 象山) and whole
# openings (内蒙, 内蒙古), one a street's word (中山 before 中山东路).
_SHORT_NAMES = ["上海", "上饶", "宝山", "象山", "山西", "内蒙古", "黑龙江", "中山", "澳", "克拉玛依", "内蒙"]
_SHORT_TEXT = st.text(alphabet="".join(sorted(set("".join(_SHORT_NAMES)))) + "东路街区市。", max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SHORT_NAMES), min_size=1, unique=True), _SHORT_TEXT)
def test_the_longest_word_pattern_finds_what_the_words_longest_first_find(words, text):
    # the classes and lookbehinds find, word by word, what the alternation of the words longest first finds
    after = institutions._STREET_AFTER_SHORT
    classes = re.compile(longest_word(words) + after)
    plain = re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")" + after)
    assert [m.span() for m in classes.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _shadow_character_by_character(text: str, spans: list[tuple[int, int]]) -> str:
    """The shadow as its docstring says: each place the longest of those that start together, the first of those that
    overlap, marked but its last character, one character at a time."""
    characters = list(text.replace(institutions.PLACE_MARK, " "))
    done = 0
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start >= done:
            characters[start : end - 1] = institutions.PLACE_MARK * (end - start - 1)
            done = end
    return "".join(characters)


@st.composite
def _text_and_places(draw) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet="宝山区新市镇司法所﷐。a", min_size=1, max_size=30))
    span = st.integers(0, len(text) - 1).flatmap(lambda start: st.tuples(st.just(start), st.integers(start + 1, len(text))))
    return text, draw(st.lists(span, unique=True, max_size=8))


@settings(max_examples=300, deadline=None)
@given(_text_and_places())
def test_the_shadow_marks_places_as_marked_character_by_character(text_and_places):
    # the shadow copies each place's last character with the text after it: the same text as marked one by one
    text, spans = text_and_places
    places = dict.fromkeys(spans, ())
    assert institutions._shadow(text, places) == _shadow_character_by_character(text, spans)
