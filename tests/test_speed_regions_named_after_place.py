"""A firm or a school named after a place is looked for only where one of the words its names hold stands near."""

from hypothesis import given
from hypothesis import strategies as st

from lawreport import lazy_regex as regex
from lawreport import regions


class _CountedPattern:
    """The lexicon's pattern, counting its tries."""

    def __init__(self, pattern: regex.Pattern) -> None:
        self.pattern, self.flags, self._compiled, self.tries = pattern.pattern, pattern.flags, pattern, 0

    def match(self, text: str, pos: int) -> regex.Match | None:
        self.tries += 1
        return self._compiled.match(text, pos)


def _with_counted_pattern() -> tuple[regions.Lexicon, _CountedPattern]:
    words = regions._lexicon()
    counted = _CountedPattern(words.named_after_place)
    return regions.Lexicon(**{**vars(words), "named_after_place": counted}), counted


_PIECES = st.sampled_from(["青禾", "大学", "学院", "律师事务所", "有限", "公司", "(", ")", "市", "和", "的", "开展"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_names_after_place_agrees_with_trying_the_pattern_everywhere(text: str) -> None:
    words = regions._lexicon()
    for end in range(len(text) + 1):
        assert regions._names_after_place(text, end, words) == (words.named_after_place.match(text, end) is not None)


def test_a_firm_after_a_place_is_found_and_tried() -> None:
    words, counted = _with_counted_pattern()
    assert regions._names_after_place("北京市青禾律师事务所", 3, words)
    assert regions._names_after_place("杭州青禾科技有限公司", 2, words)
    assert counted.tries == 2


def test_a_place_before_other_words_is_not_tried() -> None:
    words, counted = _with_counted_pattern()
    assert not regions._names_after_place("北京市司法局开展普法宣传活动。", 3, words)
    # the firm's words beyond the widest name: no firm opens at the place
    assert not regions._names_after_place("北京市" + "开展普法宣传活动并" * 3 + "律师事务所", 3, words)
    assert counted.tries == 0


def test_the_words_looked_for_reach_as_far_as_a_try_reads() -> None:
    """A word a lookahead wants lies past the match (律师事务所(?=分所): 律师事务所分所): the words are looked for as far as
    a try reads, not only as far as the widest match."""
    pattern = regex.compile("律师事务所(?=分所)")
    held, reach = regions._named_after_place_words(pattern)
    text = "律师事务所分所"
    assert pattern.match(text, 0) is not None
    assert held is not None and held.search(text, 0, reach) is not None
