"""The normalized copy keeps every offset and never damages simplified text."""

from __future__ import annotations

import importlib.util
import time
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
HAN = regex.compile(r"\p{Han}")


@given(st.text())
@settings(max_examples=500)
def test_length_preserved(text):
    assert len(normalize(text)) == len(text)


@given(st.text(alphabet=st.characters(codec=None)))
def test_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=5))
def test_lone_surrogates_survive(text):
    # surrogateescape decoding can leave them in; they must not break the copy
    assert normalize(text) == text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_han_characters_unchanged(path):
    text = path.read_text(encoding="utf-8")
    out = normalize(text)
    assert len(out) == len(text)
    changed = [(i, a, b) for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b and HAN.match(a)]
    assert changed == []


def test_seed_em_dash_range_becomes_hyphen():
    text = "《法治坪山建设规划(2021—2025年)》"
    assert normalize(text) == "《法治坪山建设规划(2021-2025年)》"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("行政機關負責人出庭應訴率達到100％", "行政机关负责人出庭应诉率达到100%"),
        ("調解、訴訟、復議、據此、區縣、會議、萬元、億元、為民、協調、與其、這些",
         "调解、诉讼、复议、据此、区县、会议、万元、亿元、为民、协调、与其、这些"),
        ("關於進一步徵求意見的通知，以後執行", "关于进一步征求意见的通知,以后执行"),
        ("受理行政復議案件５８７件，同比上升１０４．５％。", "受理行政复议案件587件,同比上升104.5%。"),
        ("（一）全年共办理；结案：１２３４５件！？", "(一)全年共办理;结案:12345件!?"),
        ("ＡＢＣｘｙｚ＠＃", "ABCxyz@#"),
        ("\u3000\u30002023年", "  2023年"),
        ("全面推⾏⾏政执法三项制度，⼀体推进", "全面推行行政执法三项制度,一体推进"),
        ("⻓效机制、⻔户⽹站", "长效机制、门户网站"),
    ],
)
def test_examples(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "simplified",
    [
        "乾坤、覆盖、慰藉、瞭望、哪吒、著名、什么、余下、以后、关于、干部、于是、后来",
        "“八五”普法《民法典》、。‘’「」·…",
        "2023年,调解成功率为99.78%。",
    ],
)
def test_simplified_text_is_a_no_op(simplified):
    assert normalize(simplified) == simplified


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021—2025年", "2021-2025年"),
        ("10–20人", "10-20人"),
        ("司法——行政互动", "司法——行政互动"),
        ("2021——2025", "2021——2025"),
        ("升级版——“社区法治专员”", "升级版——“社区法治专员”"),
        ("－5％", "-5%"),
        ("温度−3度", "温度-3度"),
    ],
)
def test_dashes(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("marker", ["①2023年", "m²", "H₂O", "Ⅳ、", "½"])
def test_markers_and_exponents_kept(marker):
    assert normalize(marker) == marker


def test_fast_enough():
    text = "".join(p.read_text(encoding="utf-8") for p in SEEDS)
    text = text.replace(",", "，").replace(":", "：").replace("(", "（").replace(")", "）")
    big = text * 40  # ~2.6 MB of UTF-8
    normalize("预热")
    start = time.perf_counter()
    normalize(big)
    elapsed = time.perf_counter() - start
    assert len(big.encode()) / elapsed > 25e6  # half the 50 MB/s target, for noisy CI


def test_shipped_char_table_is_current():
    """chars.tsv is generated; rebuilt here in memory, it must come out the same."""
    shipped = (ROOT / "lawreport" / "data" / "chars.tsv").read_text(encoding="utf-8")
    version = regex.search(r"^# unicodedata (\S+):", shipped, regex.M).group(1)
    if version != unicodedata.unidata_version:
        pytest.skip(f"chars.tsv is for Unicode {version}, this Python has {unicodedata.unidata_version}")
    spec = importlib.util.spec_from_file_location("build_t2s", ROOT / "scripts" / "build_t2s.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rebuilt = build.render_chars(build.char_table(build.read_t2s()))
    assert rebuilt == shipped, "chars.tsv is stale: python scripts/build_t2s.py --chars"
