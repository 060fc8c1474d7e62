"""What a street or an estate named after a place opens with is tried only where its first character stands."""

from hypothesis import given
from hypothesis import strategies as st

from lawreport import regions

_PIECES = st.sampled_from(["街", "街道", "街头", "巷", "大道", "大", "小区", "小", "胡同", "里", "里街", "里社区", "里村",
                           "沅江", "路", "镇", "开展", "的", "\n"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_street_words_tried_at_their_openings_agree_with_trying_everywhere(text: str) -> None:
    pattern = regions._lexicon().street_after_place
    tried = regions._opening_tried(pattern)
    for end in range(len(text) + 1):
        assert (tried.match(text, end) is None) == (pattern.match(text, end) is None)


def test_the_street_words_name_the_characters_they_open_with() -> None:
    """A pattern whose openings were unknown (None) would be tried everywhere: the catalog's are known."""
    assert regions._opening_tried(regions._lexicon().street_after_place).chars is not None
    assert regions._opens_smaller_thing("沅江里社区", 2, regions._lexicon())
    assert not regions._opens_smaller_thing("沅江里程碑", 2, regions._lexicon())
