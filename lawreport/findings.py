"""What the check stage and the metadata reader note about a report, in offsets of the normalized text.

The record mapper (record.py) turns each into the record's `checks` and `findings`, its offsets into
evidence spans of the original; the record's models validate them there.
"""

from __future__ import annotations

from typing import NamedTuple

from .vocab import FindingKind

Offsets = tuple[int, int]
"""A span of the normalized text, before the record mapper turns it into evidence."""


class FoundCheck(NamedTuple):
    """A stated rate compared with the counts it should follow from."""

    key: str
    stated: float
    computed: float
    agrees: bool
    spans: tuple[Offsets, ...]


class FoundFinding(NamedTuple):
    """Something the report says that does not add up, or that could not be resolved."""

    kind: FindingKind
    message: str
    spans: tuple[Offsets, ...] = ()
