"""Decoding: UTF-16 written without a byte-order mark, and NUL bytes wherever they are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport.decode import decode
from lawreport.errors import ExitCode, LawreportError
from lawreport.pipeline import extract_file

REPORT = "一、行政复议工作\n2023年，全区共受理行政复议案件226件，办结212件，纠错11件。\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(encoding):
    text, found = decode(REPORT.encode(encoding))
    assert (text, found) == (REPORT, encoding)


def test_utf16_without_bom_gives_the_facts():
    record = extract_file(REPORT.encode("utf-16-le"))
    assert record.source.encoding == "utf-16-le"
    assert ("reconsideration_received", 226) in [(m.key, m.value) for m in record.metrics]


def test_utf16_with_ideographs_whose_low_byte_is_nul():
    # 一 is U+4E00: its NUL falls where big-endian ASCII has one, so the order is not read off the NULs alone.
    text = "一一一一一一2023年"
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")


# Ideographs (none ending in a zero byte, whose order the NULs cannot tell) and ASCII report characters.
IDEOGRAPHS = st.integers(0x4E01, 0x9FFF).filter(lambda cp: cp & 0xFF).map(chr)
ASCII = st.sampled_from("0123456789%.:\n ")


@given(st.lists(st.one_of(IDEOGRAPHS, ASCII), min_size=1, max_size=60), ASCII, st.sampled_from(["le", "be"]))
def test_utf16_without_bom_round_trips(chars, ascii_char, order):
    text = "".join(chars) + ascii_char + "年"  # at least one ASCII character, hence a NUL byte
    assert decode(text.encode(f"utf-16-{order}")) == (text, f"utf-16-{order}")


def test_nul_after_the_first_64_kb_is_refused():
    raw = "调解成功率为99.78%。\n".encode() * 5000  # 125 KB
    assert len(raw) > 65536
    with pytest.raises(LawreportError, match="NUL") as info:
        decode(raw + b"\x00" + "办结212件。".encode())
    assert info.value.code == ExitCode.BINARY


def test_nul_character_in_utf16_with_bom_is_refused():
    with pytest.raises(LawreportError, match="NUL") as info:
        decode(("\ufeff" + REPORT * 2000 + "\x00" + REPORT).encode("utf-16-le"))
    assert info.value.code == ExitCode.BINARY


def test_control_characters_late_in_the_input_are_seen():
    raw = REPORT.encode() * 2000 + b"\x01\x02\x03\x04" * 40000
    with pytest.raises(LawreportError, match="control characters"):
        decode(raw)


def test_binary_with_nuls_at_both_parities_is_still_binary():
    with pytest.raises(LawreportError, match="NUL") as info:
        decode(bytes(range(256)) * 8)
    assert info.value.code == ExitCode.BINARY
