"""Load stage: a file, standard input, bytes or text in; a Source out.

Reading turns every OS failure into a LawreportError; the format (formats.py)
chooses how the bytes become text: decode.py for plain text, a reader of
lawreport/readers/ for HTML, DOCX and PDF, imported only when an input needs it.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from pathlib import Path

from .decode import REREAD_GB18030, decode
from .errors import ExitCode, LawreportError, text_too_long
from .formats import READABLE_SUFFIXES, detect
from .source import Source

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Longer than any path a file system takes: a str this long is text, never a file name.
_PATH_MAX = 4096
# What the offsets of a GBK text a page read as Latin letters and saved as UTF-8 index (decode._gbk_read_as_latin).
_REREAD_NOTE = "offsets index the Chinese text decoded back from the file's UTF-8 (its Windows-1252 reading of GB18030)"

# Extraction of text dense with figures takes up to ~1.1 KB of memory per character as the
# command line's plain record, ~1.5 KB as a Report (one quantity every two characters;
# benchmarks/bench_linear.py), so memory is bounded by a limit on the text, whatever the size
# of the file it came from (a 68 KB DOCX can unpack to 20 MB): a million characters, some
# thirty times a long report, take at most ~1.1-1.5 GB.
DEFAULT_MAX_CHARS = 1_000_000


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
    """Read and decode one input ('-' is standard input); the format is chosen from the suffix and content."""
    raw = read_bytes(path, max_bytes)
    if str(path) == "-":
        return from_bytes(raw, "<stdin>", None, max_bytes=max_bytes, max_chars=max_chars)
    return from_bytes(raw, str(path), str(path), max_bytes=max_bytes, max_chars=max_chars)


def from_bytes(raw: bytes, name: str = "<bytes>", path: str | None = None, *,
               max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """Decode `raw` with the reader of its format; `name` is for messages, `path` names the file.

    Readers stop as soon as their text passes `max_chars`; the check here holds every format to it.
    """
    fmt = detect(raw, path)
    if fmt == "text":
        text, encoding = decode(raw, name)
        source = Source(text=text, encoding=encoding, path=path, format="text", size=len(raw),
                        note=_REREAD_NOTE if encoding == REREAD_GB18030 else None)
    else:
        reader = import_module(f".readers.{fmt}", __package__)
        source = reader.read(raw, name, path, max_bytes=max_bytes, max_chars=max_chars)
    if len(source.text) > max_chars:
        raise text_too_long(name, max_chars)
    return source


def from_text(text: str, path: str | None = None) -> Source:
    """Wrap text already in memory (the Python API's string input)."""
    text = text.removeprefix("\ufeff")
    return Source(text=text, encoding="str", path=path, size=len(text.encode("utf-8")))


def names_a_file(text: str) -> bool:
    """Whether a str given as a report's text is a file name instead: '-', or one line that ends in a
    suffix lawreport reads (.txt, .html, .docx, .pdf, …) or names an existing file."""
    name = text.strip()
    if not name or "\n" in name or "\x00" in name or len(name) > _PATH_MAX:
        return False
    if name == "-" or os.path.splitext(name)[1].lower() in READABLE_SUFFIXES:
        return True
    try:
        return os.path.exists(name)
    except (OSError, ValueError):
        return False
