"""Regenerate lawreport/data/t2s.tsv from OpenCC's character table, and chars.tsv from it.

    pip download --no-deps -d /tmp/occ opencc-python-reimplemented==0.1.7
    apt-get download unicode-data && dpkg -x unicode-data_*.deb /tmp/ud
    python scripts/build_t2s.py /tmp/occ/opencc_python_reimplemented-0.1.7-py2.py3-none-any.whl \
        --unihan /tmp/ud/usr/share/unicode/Unihan_OtherMappings.txt.bz2

chars.tsv is the whole per-character table of lawreport.normalize: NFKC forms
and the other rules of its docstring, then t2s.tsv. Computing NFKC over all of
Unicode takes some 30 ms, too long for each start of the tool, so the table is
shipped. It depends on Python's Unicode version, recorded in its header; after
an upgrade, rebuild it from the shipped t2s.tsv alone:

    python scripts/build_t2s.py --chars

tests/test_normalize.py rebuilds it in memory and fails when the shipped file differs.

lawreport/data/words.tsv, the word swaps normalize() makes after the
per-character table (资讯→信息), is written by hand; --chars checks it too:
each source as normalize() would leave it, each target of its source's length
(the copy keeps the text's length), no target holding a source, unless it
is its source, a word kept as written.

The source may also be a directory holding TSCharacters.txt. Only
one-character-to-one-character mappings are kept (the normalized copy must
keep the length of the text), with OpenCC's first candidate. A traditional
character that is also a standard SIMPLIFIED character, i.e. listed in the
Table of General Standard Chinese Characters (通用规范汉字表, 2013; Unihan's
kTGH field), is dropped, because the reports are mostly simplified already and
normalize() runs over all of them: 乾 (乾坤), 覆, 藉, 瞭, 吒 (哪吒), 甦, 昇 …
stay as written. ALLOW keeps the two whose simplified use is a rare special
sense while their traditional use is everyday in government text: 於 (關於)
and 徵 (徵求). A Hong Kong or Taiwan form of a traditional character,
from OpenCC's HKVariants.txt and TWVariants.txt, takes that character's
simplified form (衞生 → 卫生, 簷 → 檐), unless it is a standard character.
"""

from __future__ import annotations

import argparse
import bz2
import sys
import unicodedata
import zipfile
from pathlib import Path

from lawreport.normalize import RADICAL_GLYPHS

PACKAGE = "opencc-python-reimplemented"
LICENCE = "Apache-2.0"
ALLOW = frozenset("於徵")
VARIANTS = ("HKVariants.txt", "TWVariants.txt")
STANDARD_SIZE = 8105
OUT = Path(__file__).resolve().parent.parent / "lawreport" / "data" / "t2s.tsv"
CHARS = OUT.with_name("chars.tsv")
WORDS = OUT.with_name("words.tsv")

# normalize()'s rules per character; lawreport/normalize.py says why.
# NFKC forms kept apart: markers and exponents, not the plain digit or letter.
KEEP_TAGS = frozenset({"<circle>", "<super>", "<sub>"})
KEEP_BLOCKS = ((0x2150, 0x218F),)  # Number Forms: fractions, roman numerals
# Code points searched for NFKC changes: planes 0-1 and the plane-2
# compatibility ideographs hold every compatibility decomposition.
NFKC_SPANS = ((0x00A0, 0x20000), (0x2F800, 0x2FA20))
ALWAYS_HYPHEN = "\u2010\u2011\u2012\u2212"  # － is full-width ASCII
# Look-alikes NFKC leaves alone, written for ASCII punctuation: the ratio sign in 1.8∶1.
LOOKALIKES = {"\u2236": ":"}
# The corner brackets Taiwan and Hong Kong write, and a conversion mirror writes, for the quotation marks of the
# mainland: the quotes every rule reads (「一次辦結」率 → “一次办结”率); their vertical and half-width forms, which NFKC
# makes corner brackets, too.
CORNER_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}


def read_ts(source: Path) -> tuple[str, str, str]:
    """Return (TSCharacters text, HKVariants and TWVariants text, package version) from a wheel or a directory."""
    if source.is_dir():
        def read(name: str) -> str:
            return next(source.rglob(name)).read_text(encoding="utf-8")

        return read("TSCharacters.txt"), "".join(map(read, VARIANTS)), "unknown"
    with zipfile.ZipFile(source) as wheel:
        names = wheel.namelist()

        def member(suffix: str) -> str:
            return wheel.read(next(n for n in names if n.endswith(suffix))).decode("utf-8")

        version = next(
            (line.split(":", 1)[1].strip() for line in member("METADATA").splitlines()
             if line.startswith("Version:")),
            "unknown",
        )
        return member("/TSCharacters.txt"), "".join(member(f"/{name}") for name in VARIANTS), version


def read_standard(unihan: Path) -> frozenset[str]:
    """The characters of 通用规范汉字表, from Unihan_OtherMappings (kTGH)."""
    opener = bz2.open if unihan.suffix == ".bz2" else open
    with opener(unihan, "rt", encoding="utf-8") as lines:
        chars = frozenset(
            chr(int(line.split("\t", 1)[0].removeprefix("U+"), 16)) for line in lines if "\tkTGH\t" in line
        )
    if len(chars) != STANDARD_SIZE:
        raise SystemExit(f"expected {STANDARD_SIZE} kTGH characters, found {len(chars)}")
    return chars


def build(ts_text: str, standard: frozenset[str], variants_text: str = "") -> list[tuple[str, str]]:
    kept = {}
    for line in ts_text.splitlines():
        if not line.strip():
            continue
        trad, candidates = line.split("\t", 1)
        simp = candidates.split()[0]
        if len(trad) != 1 or len(simp) != 1 or trad == simp:
            continue
        if trad in standard and trad not in ALLOW:
            continue
        kept[trad] = simp
    # A Hong Kong or Taiwan form of a traditional character (衞 for 衛) becomes what that character
    # becomes, unless it is a standard character itself (秘, 著, 抬 stay) or that form already (揾).
    for line in variants_text.splitlines():
        if not line.strip():
            continue
        trad, forms = line.split("\t", 1)
        for form in forms.split():
            simp = kept.get(trad, trad)
            if len(trad) == 1 and len(form) == 1 and form != simp and form not in standard and form not in kept:
                kept[form] = simp
    chained = [(t, s) for t, s in kept.items() if s in kept]
    if chained:
        raise SystemExit(f"mapping is not idempotent: {chained[:10]}")
    return sorted(kept.items())


def read_t2s(path: Path = OUT) -> dict[str, str]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {trad: simp for trad, simp in rows}


def nfkc_single(char: str) -> str | None:
    """The NFKC form of char when it is one other character we accept."""
    if unicodedata.is_normalized("NFKC", char):
        return None
    form = unicodedata.normalize("NFKC", char)
    if len(form) != 1:
        return None
    tag = unicodedata.decomposition(char).partition(" ")[0]
    if tag in KEEP_TAGS or any(lo <= ord(char) <= hi for lo, hi in KEEP_BLOCKS):
        return None
    return form


def char_table(t2s: dict[str, str]) -> dict[str, str]:
    """Every character normalize() changes, with the one it becomes."""
    mapping: dict[str, str] = {}
    for lo, hi in NFKC_SPANS:
        for cp in range(lo, hi):
            form = nfkc_single(chr(cp))
            if form is not None:
                mapping[chr(cp)] = form
    mapping.update(RADICAL_GLYPHS)
    mapping.update({c: "-" for c in ALWAYS_HYPHEN})
    mapping.update(LOOKALIKES)
    mapping.update({chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
    mapping["\u3000"] = " "
    mapping.update(CORNER_QUOTES)
    mapping = {src: CORNER_QUOTES.get(dst, t2s.get(dst, dst)) for src, dst in mapping.items()}
    for trad, simp in t2s.items():
        mapping.setdefault(trad, simp)
    return {src: dst for src, dst in sorted(mapping.items()) if src != dst}


def bmp_class(chars: list[str]) -> str:
    """A regex character class body for the BMP characters among sorted chars, as ranges.

    Ranges, not single characters: re compiles them in 2 ms instead of 4.
    """
    runs: list[list[int]] = []
    for cp in map(ord, chars):
        if cp >= 0x10000:
            break
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in runs)


def render_chars(table: dict[str, str]) -> str:
    """The text of chars.tsv; lawreport.normalize reads it by position, so check what it relies on."""
    if min(table) < "\x80" or any(c in "\t\n\r" for pair in table.items() for c in pair):
        raise SystemExit("an ASCII source or a tab or line break in a pair would break the layout")
    header = [
        "# every character lawreport.normalize changes, and the one it becomes; do not edit",
        f"# unicodedata {unicodedata.unidata_version}: NFKC forms, radical glyphs, hyphens, look-alikes, full-width ASCII, t2s.tsv",
        "# regenerate: python scripts/build_t2s.py --chars",
        "# next line: the sources below U+10000 as a regex class; then source<TAB>target, one a line",
    ]
    body = [bmp_class(list(table))] + [f"{src}\t{dst}" for src, dst in table.items()]
    return "\n".join(header + body) + "\n"


def check_words(table: dict[str, str], path: Path = WORDS) -> list[str]:
    """What is wrong with the word swaps of path, given the per-character table: nothing, ideally."""
    problems = []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    sources = [row[0] for row in rows]
    for row in rows:
        if len(row) != 2 or not row[0] or len(row[0]) != len(row[1]):
            problems.append(f"{row}: expected a source and a target of the same length")
            continue
        source, target = row
        if any(table.get(c, c) != c for c in source):
            problems.append(f"{source}: normalize() never leaves this source as it is")
        if target != source and any(other in target for other in sources):
            # A row that keeps its word (渗透过) is matched whole before any source inside it.
            problems.append(f"{target}: holds a source, so normalizing twice would differ")
    return problems


def write_chars(path: Path = CHARS) -> None:
    table = char_table(read_t2s())
    problems = check_words(table)
    if problems:
        raise SystemExit("words.tsv: " + "; ".join(problems))
    path.write_text(render_chars(table), encoding="utf-8")
    print(f"{len(table)} characters -> {path}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, nargs="?", help=f"{PACKAGE} wheel or unpacked directory")
    parser.add_argument("--unihan", type=Path,
                        help="Unihan_OtherMappings.txt[.bz2] (Debian package unicode-data)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--chars", action="store_true",
                        help="only rebuild chars.tsv from the shipped t2s.tsv")
    args = parser.parse_args(argv)
    if args.chars:
        write_chars()
        return 0
    if args.source is None or args.unihan is None:
        parser.error("a source and --unihan are needed to rebuild t2s.tsv")
    ts_text, variants_text, version = read_ts(args.source)
    rows = build(ts_text, read_standard(args.unihan), variants_text)
    header = [
        "# traditional -> simplified, one character to one character (lawreport.normalize)",
        f"# source: OpenCC TSCharacters.txt, HKVariants.txt, TWVariants.txt via PyPI package {PACKAGE} {version}",
        f"# licence: {LICENCE} (OpenCC dictionary data, BYVoid/OpenCC)",
        "# first candidate kept; characters of 通用规范汉字表 (Unihan kTGH) dropped, except 於 徵",
        "# regenerate: python scripts/build_t2s.py <wheel> --unihan <Unihan_OtherMappings>",
    ]
    body = [f"{t}\t{s}" for t, s in rows]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(rows)} mappings -> {args.output}", file=sys.stderr)
    if args.output == OUT:
        write_chars()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
