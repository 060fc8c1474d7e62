"""Load stage: bytes in, decoded text out, with the encoding recorded.

Every offset the tool reports indexes the text this stage returns (a byte-order
mark is not part of it). Decoding order, measured on real files: byte-order mark,
then strict UTF-8, then GB18030 (a superset of GBK and GB2312). Big5 bytes decode
as GB18030 without error, so a GB18030 result full of characters that never
occur in real reports (kana, bopomofo, private use, box drawing, CJK Ext-A) is
retried as Big5 and refused when that fails too.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import ExitCode, LawreportError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Extraction of text dense with figures takes up to ~1 KB of memory per character
# (benchmarks/bench_linear.py), so memory is bounded by a limit on the text, whatever the
# size of the file it came from (a 68 KB DOCX can unpack to 20 MB): 1.5 million characters,
# some fifty times a long report, take at most ~1.5 GB.
DEFAULT_MAX_CHARS = 1_500_000

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
    (b"\xd0\xcf\x11\xe0", "an OLE document (DOC/XLS?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
)

# Share of implausible characters above which a GB18030 decode is taken for mojibake.
_MOJIBAKE_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded input: the text every span indexes, and where it came from.

    For HTML, DOCX and PDF the text is what lawreport extracted from the file, not
    the file's bytes; `note` says so in a sentence the record can carry.
    """

    text: str
    encoding: str
    path: str | None = None
    format: str = "text"
    size: int = 0
    bom: bool = False
    note: str | None = None


def _implausible(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3040 <= cp <= 0x30FF  # kana
        or 0x3100 <= cp <= 0x312F  # bopomofo
        or 0x2500 <= cp <= 0x257F  # box drawing
        or 0x3400 <= cp <= 0x4DBF  # CJK extension A
        or 0xE000 <= cp <= 0xF8FF  # private use
    )


def _looks_like_mojibake(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if _implausible(ch))
    return bad / len(sample) > _MOJIBAKE_SHARE


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad / len(sample)


def decode(raw: bytes, name: str = "input", declared: str | None = None) -> tuple[str, str, bool]:
    """Return (text, encoding, had_bom) or raise a LawreportError naming the problem.

    `declared` is an encoding the container names (an HTML page's charset). It is
    tried after the byte-order mark and strict UTF-8 (valid UTF-8 is never GBK by
    accident, and pages that declare gb2312 and hold UTF-8 are common), and
    skipped when the bytes do not decode with it or decode to mojibake.
    """
    if not raw.strip():
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
            if text.startswith("\ufeff"):
                text = text[1:]
            return _checked(text, name), encoding.replace("-sig", ""), True
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise LawreportError(f"{name}: binary input ({what}), not text", ExitCode.BINARY)
    if b"\x00" in raw[:65536]:
        raise LawreportError(f"{name}: binary input (NUL bytes), not text", ExitCode.BINARY)
    try:
        return _checked(raw.decode("utf-8"), name), "utf-8", False
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            text = raw.decode(declared)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _looks_like_mojibake(text):
            return _checked(text, name), declared, False
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _looks_like_mojibake(text):
        return _checked(text, name), "gb18030", False
    try:
        big5 = raw.decode("big5")
    except UnicodeDecodeError:
        big5 = None
    if big5 is not None and not _looks_like_mojibake(big5):
        return _checked(big5, name), "big5", False
    raise LawreportError(
        f"{name}: cannot decode as UTF-8, UTF-16, GB18030 or Big5", ExitCode.UNDECODABLE
    )


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise LawreportError(f"{name}: file holds only white space", ExitCode.EMPTY)
    if _control_share(text) > 0.02:
        raise LawreportError(f"{name}: binary input (control characters), not text", ExitCode.BINARY)
    return text


def read_bytes(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file or standard input ('-'), turning every OS failure into a LawreportError."""
    if str(path) == "-":
        if sys.stdin is None:
            raise LawreportError("<stdin>: standard input is closed", ExitCode.UNREADABLE)
        raw = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        name = str(p)
        try:
            if p.is_dir():
                raise LawreportError(f"{name}: is a directory, expected a file", ExitCode.IS_DIRECTORY)
            with p.open("rb") as fh:
                raw = fh.read(max_bytes + 1)
        except FileNotFoundError:
            raise LawreportError(f"{name}: no such file", ExitCode.NOT_FOUND) from None
        except IsADirectoryError:
            raise LawreportError(f"{name}: is a directory, expected a file", ExitCode.IS_DIRECTORY) from None
        except PermissionError:
            raise LawreportError(f"{name}: permission denied", ExitCode.UNREADABLE) from None
        except OSError as exc:
            raise LawreportError(f"{name}: cannot read ({exc.strerror or exc})", ExitCode.UNREADABLE) from None
    if len(raw) > max_bytes:
        raise LawreportError(
            f"{name}: larger than the limit of {max_bytes} bytes (raise it with --max-bytes)",
            ExitCode.TOO_LARGE,
        )
    return raw


def load(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES,
         max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """Read and decode one input; the format is chosen from the file's suffix and content."""
    raw = read_bytes(path, max_bytes)
    name = "<stdin>" if str(path) == "-" else str(path)
    from . import formats  # deferred: HTML/DOCX/PDF readers are not needed for plain text

    return formats.to_source(raw, name, None if str(path) == "-" else str(path), max_bytes=max_bytes,
                             max_chars=max_chars)


def text_too_long(name: str, max_chars: int) -> LawreportError:
    """The error of a reader whose text outgrows `max_chars` (exit code 8, like a file too large)."""
    return LawreportError(f"{name}: its text is larger than the limit of {max_chars} characters "
                          "(raise it with --max-chars)", ExitCode.TOO_LARGE)


def from_text(text: str, path: str | None = None) -> Source:
    """Wrap text already in memory (the Python API's string input)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return Source(text=text, encoding="str", path=path, size=len(text.encode("utf-8")))
