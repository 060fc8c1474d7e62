"""A decoded input: the text every span of a record indexes, and where it came from."""

# Without `from __future__ import annotations`: typing.NamedTuple compiles each field's annotation when it is a string.
from typing import NamedTuple


class Source(NamedTuple):
    """One input after loading.

    For HTML, DOCX and PDF the text is what lawreport extracted from the file, not
    the file's bytes; `note` says so in a sentence the record carries
    (`source.note`), so a reader of the record knows what its offsets index.
    """

    text: str
    encoding: str
    path: str | None = None
    format: str = "text"
    size: int = 0
    note: str | None = None
