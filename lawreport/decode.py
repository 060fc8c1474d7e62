"""Bytes to text: which encoding a report file is in, and whether it is text at all.

Every offset the tool reports indexes the text returned here (a byte-order mark
is not part of it). Decoding order, measured on real files: byte-order mark,
then strict UTF-8, then GB18030 (a superset of GBK and GB2312). Big5 bytes decode
as GB18030 without error, so a GB18030 result whose non-ASCII characters are
often ones that never occur in real reports (kana, bopomofo, private use, CJK
Ext-A) is retried as Big5 and refused when that fails too. UTF-8 holding no Chinese
but Latin letters and signs that are, one a byte, GBK read as Windows-1252 (法治 saved
as ·¨ÖÎ by a page that misread it) is read back as GB18030 when that gives common
Chinese characters (_gbk_read_as_latin); the text returned, which every offset
indexes, is then the Chinese.

NUL bytes: text in UTF-8, GB18030 or Big5 never holds one, so a NUL anywhere in
the input (not only near its start) means UTF-16 written without a byte-order
mark (an ASCII digit or line break has a zero high byte) or binary data. The
input is decoded as UTF-16 when one byte order gives plausible report text, and
refused as binary otherwise; a NUL is never passed into the text or dropped.
UTF-16 without a byte-order mark and without a single ASCII character (so
without a NUL byte) is not recognised: any byte pairs can pass for ideographs.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from .errors import ExitCode, LawreportError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures of formats that are never plain text, named for the message.
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP container (DOCX/XLSX?)"),
    (b"\xd0\xcf\x11\xe0", "an old Word .doc or another OLE file; convert it to .docx"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
)

# Share of implausible characters among the non-ASCII ones above which a GB18030 decode is taken
# for mojibake: Big5 read so has 30-45% of them; ASCII (an HTML page's markup) would dilute the share.
_MOJIBAKE_SHARE = 0.05
# Compiled on first use, as is _not_utf16_report: large classes take re milliseconds to
# compile, and text in UTF-8, most input, needs neither.
@cache
def _mojibake() -> re.Pattern[str]:
    return re.compile(
        "[\u3040-\u30ff"  # kana
        "\u3100-\u312f"  # bopomofo; not box drawing, which GB2312 holds for the tables of text files
        "\u3400-\u4dbf"  # CJK extension A
        "\ue000-\uf8ff]"  # private use
    )


# Control characters that plain text does not hold (tab, line and page breaks excepted), as the
# bytes UTF-8 writes them in: one byte each, a byte no other character's form holds.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20)])
_CONTROL_SHARE = 0.02

# What a report in UTF-16 consists of: ASCII, Latin-1, punctuation and symbols,
# CJK punctuation, the CJK unified ideographs and full-width forms. UTF-16 read in
# the wrong byte order turns digits and line breaks into bopomofo, Ext-A and
# Gurmukhi, and most ideographs into Hangul or lone surrogates.
@cache
def _not_utf16_report() -> re.Pattern[str]:
    return re.compile(
        "[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u27ff\u3000-\u303f\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
    )


_UTF16_NOISE_SHARE = 0.05


def decode(raw: bytes, name: str = "input", declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding) or raise a LawreportError naming the problem.

    `declared` is an encoding the container names (an HTML page's charset). It is
    tried after the byte-order mark and strict UTF-8 (valid UTF-8 is never GBK by
    accident, and pages that declare gb2312 and hold UTF-8 are common), and
    skipped when the bytes do not decode with it or decode to mojibake.
    """
    if raw.isspace() or not raw:  # not raw.strip(), which copies the input
        raise LawreportError(f"{name}: file is empty", ExitCode.EMPTY)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise LawreportError(
                    f"{name}: cannot decode as {encoding} despite its byte-order mark ({exc.reason})",
                    ExitCode.UNDECODABLE,
                ) from None
            return _checked(text.removeprefix("\ufeff"), name), encoding.replace("-sig", "")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise LawreportError(f"{name}: binary input ({what}), not text", ExitCode.BINARY)
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is None:
            raise LawreportError(f"{name}: binary input (NUL bytes), not text", ExitCode.BINARY)
        return _checked(utf16[0], name), utf16[1]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        repaired = _gbk_read_as_latin(text, raw)
        if repaired is not None:
            return _checked(repaired, name), REREAD_GB18030
        return _checked(text, name, raw), "utf-8"
    candidates = ([declared] if declared else []) + ["gb18030", "big5"]
    for encoding in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_like_mojibake(text):
            return _checked(text, name), encoding
    raise LawreportError(
        f"{name}: cannot decode as UTF-8, UTF-16, GB18030 or Big5", ExitCode.UNDECODABLE
    )


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes read as report text in one UTF-16 byte order, else None.

    The order tried first is the one that puts most NUL bytes in high bytes, where
    ASCII characters have them (odd offsets: little-endian); an ideograph such as
    一 (U+4E00) has its NUL in the low byte, so the other order is tried too.
    """
    if len(raw) % 2:
        return None
    orders = ("utf-16-le", "utf-16-be") if raw[1::2].count(0) >= raw[0::2].count(0) else ("utf-16-be", "utf-16-le")
    for encoding in orders:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:  # a lone surrogate: the wrong byte order, or not UTF-16
            continue
        if len(_not_utf16_report().findall(text)) <= _UTF16_NOISE_SHARE * len(text):
            return text, encoding
    return None


# The encoding decode() names for such a text (_gbk_read_as_latin): the file's UTF-8 read back as the GB18030 it was.
REREAD_GB18030 = "gb18030 (saved as utf-8 of its windows-1252 reading)"
# A report in GBK or GB18030 that a page or an editor read as Windows-1252 (or Latin-1) and saved as UTF-8, each byte of
# its Chinese a Latin letter or sign (法治 → ·¨ÖÎ). Its UTF-8 holds none of the lead bytes of the forms of CJK
# punctuation, ideographs and full-width signs (E3-E9, EF), which a report's Chinese in UTF-8 opens with (`in` finds
# one at its first Han character, a bytes search in C; no pattern compiled at start-up). The signs Windows-1252 reads
# bytes 80-9F as take back their bytes; the five it leaves undefined read, as Windows reads them, as the C1 controls of
# those bytes, which Latin-1 takes back.
_CJK_UTF8_LEADS = tuple(bytes([lead]) for lead in (0xE5, 0xE4, 0xE7, 0xE6, 0xE8, 0xE9, 0xE3, 0xEF))
_WINDOWS_1252_BYTES = {ord(bytes([byte]).decode("cp1252")): chr(byte)
                       for byte in range(0x80, 0xA0) if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# What share of the bytes of a repaired report's characters other than ASCII at least are of characters GB2312 holds
# (its 6,763 common ideographs, CJK and full-width signs: both bytes A1-FE). Latin text that GB18030 happens to read
# (an accented letter before a letter, as a lead and a trail byte) reads as rare ideographs, a trail byte below A1.
_COMMON_SHARE = 0.95


def _gbk_read_as_latin(text: str, raw: bytes) -> str | None:
    """The report's text, where text is GBK or GB18030 read as Windows-1252 or Latin-1 and saved as UTF-8 (raw), else
    None: every character of text takes back one byte, the bytes read as GB18030 strictly, and all but a few of the
    characters other than ASCII this makes are GB2312's (_COMMON_SHARE) and none implausible (_looks_like_mojibake)."""
    if raw.isascii() or any(lead in raw for lead in _CJK_UTF8_LEADS):
        return None  # most texts: ASCII, or Chinese in UTF-8
    try:
        gbk = text.translate(_WINDOWS_1252_BYTES).encode("latin-1")
        repaired = gbk.decode("gb18030")
    except UnicodeError:  # a character no byte stands for, or bytes GB18030 does not read
        return None
    ascii_bytes = len(repaired.encode("ascii", "ignore"))
    common = len(repaired.encode("gb2312", "ignore")) - ascii_bytes
    if common < _COMMON_SHARE * (len(gbk) - ascii_bytes) or _looks_like_mojibake(repaired):
        return None
    return repaired


def _looks_like_mojibake(text: str) -> bool:
    sample = text[:20000]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    return len(_mojibake().findall(sample)) > _MOJIBAKE_SHARE * non_ascii


def _checked(text: str, name: str, utf8: bytes | None = None) -> str:
    """The text, unless it is blank or, over its whole length, binary. `utf8`: the text's UTF-8 form, when at hand."""
    if text.isspace() or not text:
        raise LawreportError(f"{name}: file holds only white space", ExitCode.EMPTY)
    if "\x00" in text:
        raise LawreportError(f"{name}: binary input (NUL characters), not text", ExitCode.BINARY)
    if _controls(utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")) > _CONTROL_SHARE * len(text):
        raise LawreportError(f"{name}: binary input (control characters), not text", ExitCode.BINARY)
    return text


def _controls(utf8: bytes) -> int:
    """How many control characters the UTF-8 form of a text holds: bytes.translate drops them in one
    pass in C, a few times faster than a regex scan of the text."""
    return len(utf8) - len(utf8.translate(None, _CONTROL_BYTES))
