"""lawreport: Chinese rule-of-law government reports into validated, source-grounded records.

    from lawreport import extract
    report = extract(pathlib.Path("report.txt"))   # or extract(text), extract(raw_bytes)
    report.metrics[0].evidence.text
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"  # the package version; pyproject.toml reads it from here
__all__ = ["extract", "extract_file", "Report", "LawreportError", "__version__"]

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
