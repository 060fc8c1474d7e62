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


def _read_as_windows_1252(text: str, encoding: str) -> str:
    """text's bytes in encoding read as Windows reads Windows-1252: its five undefined bytes as C1 controls."""
    return "".join(chr(byte) if byte < 0x80 or byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
                   for byte in text.encode(encoding))


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
@pytest.mark.parametrize("reading", ["windows-1252", "latin-1"])
def test_gbk_saved_as_utf8_of_its_latin_reading_is_read_as_gbk(encoding, reading):
    text = "青禾县司法局2023年法治政府建设情况报告\n" + REPORT + "“放管服”改革持续深化……\n"
    latin = _read_as_windows_1252(text, encoding) if reading == "windows-1252" else text.encode(encoding).decode("latin-1")
    assert decode(latin.encode("utf-8")) == (text, "gb18030 (saved as utf-8 of its windows-1252 reading)")
    record = extract_file(latin.encode("utf-8"))
    received = [m for m in record.metrics if m.key == "reconsideration_received"]
    assert [(m.value, text[m.evidence.start:m.evidence.end]) for m in received] == [(226, "受理行政复议案件226件")]
    assert record.source.note is not None and "decoded back" in record.source.note  # what the offsets index


@pytest.mark.parametrize("text", [
    "café au lait, naïve résumé\n",  # Latin text: GB18030 does not read its bytes
    "Église Ölfeld Ähnlich Ü\n",  # …or reads them as rare ideographs, an accented letter before a letter
    "ÇàºÌÏØ 2023 Äê\n" + "Zürich Straße Ærø Ågård\n" * 3,  # a few Chinese characters in much Latin text with accents
])
def test_latin_text_in_utf8_stays_as_written(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@given(st.text(st.sampled_from("法治政府建设行政复议案件受理办结纠错率，。、“”（）％１２３ 0123456789abcXYZ\n"), min_size=1,
               max_size=80))
def test_gbk_text_read_as_latin_1_round_trips(text):
    text = "全年" + text
    assert decode(text.encode("gbk").decode("latin-1").encode("utf-8"))[0] == text
