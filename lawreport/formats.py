"""Choose a reader for an input's bytes: plain text today, by suffix and content."""

from __future__ import annotations

from .load import Source, decode


def to_source(raw: bytes, name: str, path: str | None) -> Source:
    """Decode `raw` as a plain-text report."""
    text, encoding, bom = decode(raw, name)
    return Source(text=text, encoding=encoding, path=path, format="text", size=len(raw), bom=bom)
