"""The normalized copy keeps every offset and never damages simplified text."""

from __future__ import annotations

import importlib.util
import unicodedata

import pytest
import regex
from conftest import ROOT, SEEDS
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lawreport.normalize import _ANNOTATION, IDENTITY, OffsetMap, normalize, normalize_mapped, strip_annotations

HAN = regex.compile(r"\p{Han}")


@given(st.text())
@settings(max_examples=500)
def test_length_preserved(text):
    assert len(normalize(text)) == len(text)


@given(st.text(alphabet=st.characters(codec=None)))
def test_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


def _decimal_stops(text: str) -> set[int]:
    """Where a full stop stands for a decimal point, told by reading the characters around it one by one."""
    stops = set()
    for i, char in enumerate(text):
        if char != "。":
            continue
        before = 0
        while before < i and text[i - 1 - before].isdigit():
            before += 1
        after = 0
        while i + 1 + after < len(text) and text[i + 1 + after].isdigit():
            after += 1
        if 1 <= before <= 3 and 1 <= after <= 2 and text[i + 1 + after:i + 2 + after] == "%":
            stops.add(i)
    return stops


@given(st.text(alphabet=st.sampled_from(list("1290。%件月年, ")), max_size=40))
@settings(max_examples=500)
def test_a_full_stop_is_a_decimal_point_only_between_digits_before_a_percent(text):
    # one to three digits before it, one or two and % after it: the stop is the point; every other character stays
    out = normalize(text)
    changed = {i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b}
    assert changed == _decimal_stops(text)
    assert all(out[i] == "." for i in changed)


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


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # traditional script, full-width forms, Kangxi radicals
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
        ("复议诉讼比1.8∶1", "复议诉讼比1.8:1"),
        # an ideographic full stop written for the decimal point of a percentage
        ("全县综合纠错率达16。4%,居全市前列", "全县综合纠错率达16.4%,居全市前列"),
        ("调解成功率为97。25％。", "调解成功率为97.25%。"),
        ("败诉率降至5。8%", "败诉率降至5.8%"),
        ("出庭应诉率100。0%", "出庭应诉率100.0%"),
        # dashes: a range or a minus becomes a hyphen, a double dash stays
        ("《法治坪山建设规划(2021—2025年)》", "《法治坪山建设规划(2021-2025年)》"),
        ("2021—2025年", "2021-2025年"),
        ("10–20人", "10-20人"),
        ("司法——行政互动", "司法——行政互动"),
        ("2021——2025", "2021——2025"),
        ("升级版——“社区法治专员”", "升级版——“社区法治专员”"),
        ("－5％", "-5%"),
        ("温度−3度", "温度-3度"),
        # zero look-alikes in year numerals, and only there
        ("二○○九年五月", "二〇〇九年五月"),
        ("二○一五年十二月", "二〇一五年十二月"),
        ("二○二○年一月十日", "二〇二〇年一月十日"),
        ("二ＯＯ九年三月", "二〇〇九年三月"),
        # so is a digit 0 typed for 〇 in such a year, and only there
        ("二0二四年一月十日", "二〇二四年一月十日"),
        ("二００六年三月十四日", "二〇〇六年三月十四日"),
        ("二0二三年度", "2023年度"),
        ("12二0二三年", "12二0二三年"),
        ("二0二三件", "二0二三件"),
        # a year in Chinese digits takes Arabic digits, not in a date in words nor inside a longer numeral
        ("二〇二三年,该院新收", "2023年,该院新收"),
        ("二零一九年度报告", "2019年度报告"),
        ("一九九八年", "1998年"),
        ("二○一五年度", "2015年度"),
        ("二〇二四年五月", "二〇二四年五月"),
        ("一千二百二十三年", "一千二百二十三年"),
        ("二二三五年", "二二三五年"),
        ("○○县○○镇", "○○县○○镇"),
        ("○ 加强队伍建设", "○ 加强队伍建设"),
        ("CEO一名", "CEO一名"),
        ("OA系统", "OA系统"),
        # the vocabulary of a conversion mirror (Taiwan usage) in its mainland words
        ("公示執法資訊4.3萬條", "公示执法信息4.3万条"),
        ("法制稽核人員", "法制审核人员"),
        ("村（社群）法律顧問", "村(社区)法律顾问"),
        ("審結行政覆議案件", "审结行政复议案件"),
        ("據瞭解", "据了解"),
        ("區政府領匯出庭應訴11件", "区政府领导出庭应诉11件"),
    ],
)
def test_normalized_forms(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "乾坤、覆盖、慰藉、瞭望、哪吒、著名、什么、余下、以后、关于、干部、于是、后来",  # simplified text
        "“八五”普法《民法典》、。‘’·…",
        "2023年,调解成功率为99.78%。",
        "①2023年", "m²", "H₂O", "Ⅳ、", "½",  # markers and exponents
        "资金和信息", "稽查", "社会、社区", "覆盖率", "瞭望", "领汇中心",  # words near the mirror vocabulary
        # a full stop between digits that ends a sentence: no percent right after the digits, or a year before it
        "纠正违法行为9件。4月起推行复议决定网上公开", "公开文件62。2024年收到申请", "办结1580。35%的案件当场办结",
        "纠错率为8%。12%的申请人", "出庭21。5年来",
    ],
)
def test_simplified_text_markers_and_exponents_are_kept(kept):
    assert normalize(kept) == kept


def test_shipped_char_table_is_current():
    """chars.tsv is generated; rebuilt here in memory, it must come out the same."""
    shipped = (ROOT / "lawreport" / "data" / "chars.tsv").read_text(encoding="utf-8")
    version = regex.search(r"^# unicodedata (\S+):", shipped, regex.M).group(1)
    if version != unicodedata.unidata_version:
        pytest.skip(f"chars.tsv is for Unicode {version}, this Python has {unicodedata.unidata_version}")
    spec = importlib.util.spec_from_file_location("build_t2s", ROOT / "scripts" / "build_t2s.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    table = build.char_table(build.read_t2s())
    assert build.render_chars(table) == shipped, "chars.tsv is stale: python scripts/build_t2s.py --chars"
    assert build.check_words(table) == []


# --- pinyin annotations and the offset map ------------------------------------------------

SYLLABLES = ["diào", "shěn", "jié", "qū", "zhèng", "lǜ", "men", "yì", "huì"]


@st.composite
def annotated(draw):
    """A text, the same text with pinyin after some Han characters, and where each character went."""
    base = draw(st.text(alphabet="調解審結區率件成功1,2(x)（）。 ", max_size=40))
    pieces, where, at = [], [], 0
    for char in base:
        where.append(at)
        pieces.append(char)
        at += 1
        if HAN.match(char) and draw(st.booleans()):
            note = "(" + draw(st.sampled_from(SYLLABLES)) + ")"
            pieces.append(note)
            at += len(note)
    where.append(at)
    return base, "".join(pieces), where


@given(annotated(), st.data())
@settings(max_examples=300)
def test_mapped_spans_slice_the_original_to_the_same_characters(case, data):
    base, original, where = case
    # A space between two Han characters may split a metric's label or space a line out (調解 成功率1): the copy drops
    # it with the annotations, which test_normalize_spaced_labels_and_lines defends; here only the annotations drop.
    assume(regex.search(r"\p{Han} \p{Han}", base) is None)
    mapped = normalize_mapped(original)
    assert mapped.written == base
    assert mapped.copy == normalize(base)
    start = data.draw(st.integers(0, len(base)))
    end = data.draw(st.integers(start, len(base)))
    original_start, original_end = mapped.span(start, end)
    assert original_start == where[start] if start < end else original_start == original_end
    if start < end:
        assert original_end == where[end - 1] + 1  # the last character, without its annotation
        assert normalize_mapped(original[original_start:original_end]).written == base[start:end]


@pytest.mark.parametrize(
    ("raw", "copy"),
    [
        ("審(shěn)結(jié)29件", "审结29件"),
        ("調(diào)解成功率98.8%", "调解成功率98.8%"),
        ("我們(men)的", "我们的"),
        ("區（qū）司法局", "区司法局"),
        ("綠(lǜ)色", "绿色"),
        ("(一)區（qū）司法局", "(一)区司法局"),  # each kind of parenthesis looked for on its own
        ("（二）們(men)", "(二)们"),
        ("聯(lián)席會(huì )議", "联席会议"),  # a space before the closing parenthesis, as a mirror may set it
    ],
)
def test_pinyin_annotations_dropped(raw, copy):
    assert normalize_mapped(raw).copy == copy


@pytest.mark.parametrize(
    "raw",
    ["（一）全年", "实施意见(2021-2025年)", "方案(a)", "组织(WTO)", "ABC(dì)", "办法(shi)", "调解(diào tiáo)",
     "会谈(huì tán )", "方案(a )"],
)
def test_other_parentheses_kept(raw):
    mapped = normalize_mapped(raw)
    assert mapped.copy == normalize(raw)
    assert mapped.offsets == IDENTITY


def test_text_without_annotations_has_the_identity_map():
    mapped = normalize_mapped("受理行政复议案件58件（其中结转3件）")
    assert mapped.offsets is IDENTITY
    assert mapped.span(3, 9) == (3, 9)


@pytest.mark.parametrize(("raw", "copy"), [
    ("2021 年,全县", "2021年,全县"),
    ("于2021 年 3 月 5 日发布", "于2021年3月5日发布"),
    ("２０２１ 年", "2021年"),
    ("12 月份", "12月份"),
])
def test_spaces_inside_a_date_are_dropped(raw, copy):
    mapped = normalize_mapped(raw)
    assert mapped.copy == copy
    year = copy.index("年") if "年" in copy else copy.index("月")
    assert raw[slice(*mapped.span(0, year + 1))] == raw[: raw.index(copy[year]) + 1]  # cites the original


@pytest.mark.parametrize("raw", ["2022年 2023年", "受理 300 件", "2021年 全年", "第 3 页", "年 份"])
def test_spaces_beside_dates_that_are_no_part_of_one_are_kept(raw):
    assert normalize_mapped(raw).copy == normalize(raw)


def test_runs_that_touch_are_one_cut():
    offsets = OffsetMap.dropping([(1, 3), (3, 5), (7, 8)])
    assert offsets == OffsetMap(cuts=(1, 3), shifts=(4, 5))
    assert offsets.span(0, 1) == (0, 1)
    assert offsets.span(1, 2) == (5, 6)
    assert offsets.span(0, 4) == (0, 9)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["調", "們", "x", "(", "（", ")", "）", "(diào)", "（men）", "(ab)", "diào", "(m", "（à", "e)", "A"]),
                max_size=20).map("".join))
def test_annotations_dropped_are_those_finditer_finds(text):
    runs = [m.span() for m in _ANNOTATION.finditer(text)]
    kept = "".join(text[end:start] for (_, end), (start, _) in zip([(0, 0), *runs], [*runs, (len(text), 0)]))
    assert strip_annotations(text) == ((kept, OffsetMap.dropping(runs)) if runs else (text, IDENTITY))
