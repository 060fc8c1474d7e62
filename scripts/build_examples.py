"""Write examples/: for each seed report, its JSON record, its CSV rows (long layout) and its HTML page.

    python scripts/build_examples.py          # rewrite examples/ from seeds/
    python scripts/build_examples.py --check  # exit 1 and name the stale files

tests/test_examples.py runs the check, so the examples never drift from what
the tool prints. Paths in the records are relative to the checkout (seeds/…).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXAMPLES = ROOT / "examples"


def example_files() -> dict[Path, str]:
    """Every generated file of examples/ and the text it should hold."""
    from lawreport import extract_file
    from lawreport.batch import header, render
    from lawreport.htmlview import render_html

    files: dict[Path, str] = {}
    cwd = os.getcwd()
    os.chdir(ROOT)  # records name their input as seeds/NAME.txt wherever this runs from
    try:
        for seed in sorted(SEEDS.glob("*.txt")):
            relative = seed.relative_to(ROOT).as_posix()
            files[EXAMPLES / f"{seed.stem}.json"] = render(relative, "json")[0].decode()
            files[EXAMPLES / f"{seed.stem}.csv"] = header("long") + render(relative, "long")[0].decode()
            files[EXAMPLES / f"{seed.stem}.html"] = render_html(extract_file(relative),
                                                                 seed.read_text(encoding="utf-8"))
    finally:
        os.chdir(cwd)
    return files


def stale_files() -> list[Path]:
    """Generated files whose content on disk differs from what the tool produces now."""
    return [path for path, text in example_files().items()
            if not path.exists() or path.read_bytes() != text.encode("utf-8")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files; exit 1 when any is")
    args = parser.parse_args()
    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    EXAMPLES.mkdir(exist_ok=True)
    for path, text in example_files().items():
        path.write_bytes(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
