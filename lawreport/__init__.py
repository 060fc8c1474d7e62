"""lawreport: Chinese rule-of-law government reports into validated, source-grounded records.

    from lawreport import extract, extract_file
    report = extract_file("report.txt")      # a file: str or PathLike path, '-' for stdin, or raw bytes
    report = extract(text)                   # the report's text itself
    report.metrics[0].evidence.text
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"  # the package version; pyproject.toml reads it from here
__all__ = ["LawreportError", "Report", "__version__", "extract", "extract_file"]

if TYPE_CHECKING:
    from .errors import LawreportError
    from .models import Report
    from .pipeline import extract, extract_file


def __getattr__(name: str):
    """Import the pipeline on first use, so `lawreport --help` and `--version` start fast."""
    if name in ("extract", "extract_file"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Report":
        from .models import Report

        return Report
    if name == "LawreportError":
        from .errors import LawreportError

        return LawreportError
    raise AttributeError(f"module 'lawreport' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names, which __getattr__ provides on first use (tab completion, dir(lawreport))."""
    return sorted(__all__)
