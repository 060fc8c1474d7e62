"""Reports as their mirrors publish them: Taiwan and Hong Kong words and character forms, and the
shapes files come in (encodings, line ends), each read as the mainland original is."""

from __future__ import annotations

import importlib.util
import re

import pytest
from conftest import ROOT, assert_spans_slice, facts, load_written
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import extract
from lawreport.normalize import _words, normalize, normalize_mapped
from lawreport.scanning import longest_first, longest_word

# --- word swaps: (the mirror's sentence, what its copy reads, a sentence whose characters stay) ----

WORD_SWAPS = [
    ("释出时间:2024-03-01", "发布时间:2024-03-01", "释放出积极信号"),
    ("某县司法局释出2023年度报告", "某县司法局发布2023年度报告", "该司法解释出台时间较早"),
    ("召开新闻释出会", "召开新闻发布会", "作出行政复议决定"),
    ("全县统计资料如下", "全县统计数据如下", "整理档案资料120卷"),
    ("区司法局业务资料", "区司法局业务数据", "发放宣传资料3000份"),
    ("2023年度工作主要资料", "2023年度工作主要数据", "印制普法资料500册"),
    ("下面透过一组组资料回顾", "下面通过一组组数据回顾", "汇编一组资料"),
    ("【列印】【关闭】", "【打印】【关闭】", "出台一系列印章管理制度"),
    ("列印本页 关闭窗口", "打印本页 关闭窗口", "排列印制的顺序"),
    ("相关连结:某县政府网", "相关链接:某县政府网", "与群众紧密连结"),
    ("某省高阶人民法院发布白皮书", "某省高级人民法院发布白皮书", "提高阶段性成效"),
    ("【免责宣告】本站转载", "【免责声明】本站转载", "依法宣告无效"),
    ("依申请公开答覆率100%", "依申请公开答复率100%", "实现法律顾问全覆盖"),
    ("经反覆论证后出台", "经反复论证后出台", "防止工作反弹"),
    ("审查规范性档案12件", "审查规范性文件12件", "推进档案规范化管理"),
    ("公布重大行政决策事专案录", "公布重大行政决策事项目录", "成立专案组"),
    ("在册社区矫正物件312人", "在册社区矫正对象312人", "扣押涉案物件5件"),
    ("透过简易程式办理案件84件", "通过简易程序办理案件84件", "在渗透过程中"),
    ("适用普通程式审理", "适用普通程序审理", "求解方程式"),
    ("经区人大会议表决透过", "经区人大会议表决通过", "光线穿透过滤层"),
    ("群众来信均已按时回覆", "群众来信均已按时回复", "无人机巡查来回覆盖全部河段"),
    ("经市政府批覆同意后实施", "经市政府批复同意后实施", "监控探头分批覆盖各村"),
    ("防止重覆执法、多头执法", "防止重复执法、多头执法", "实现网格与警格双重覆盖"),
    ("法律扶助案件共计345件", "法律援助案件共计345件", "落实困难群众扶助政策"),
    # traditional words and names of places whose characters the table keeps, standard characters of their own
    ("縣政府祕書處", "县政府秘书处", "赴祕鲁考察"),
    ("文祕之家—", "文秘之家—", "祕鲁"),
    ("藉助人民調解機制化解", "借助人民调解机制化解", "声名狼藉"),
    ("下面是小編蒐集整理的", "下面是小编搜集整理的", "春蒐"),
    ("蘭谿市司法局", "兰溪市司法局", "山谿之间"),
    ("慈谿市人民政府", "慈溪市人民政府", "勃谿相争"),
    ("竹谿縣人民法院", "竹溪县人民法院", "翠竹清谿"),
    ("資谿縣司法局", "资溪县司法局", "谿壑难填"),
    ("辰谿縣人民檢察院", "辰溪县人民检察院", "辰时行至谿边"),
    ("中共濬縣縣委", "中共浚县县委", "疏濬河道"),
    ("澂江市人民政府", "澄江市人民政府", "水色澂清"),
]


@pytest.mark.parametrize(("mirror", "mainland", "kept"), WORD_SWAPS, ids=[row[1] for row in WORD_SWAPS])
def test_a_mirror_word_reads_as_the_mainland_word_and_other_text_stays(mirror, mainland, kept):
    assert normalize(mirror) == mainland
    assert normalize(mainland) == mainland
    assert normalize(kept) == kept


@pytest.mark.parametrize("kept", [
    "司法解释出台后", "注释出处", "深入阐释出台背景", "诠释出新时代内涵", "稀释出的溶液", "保释出狱", "假释出狱人员",
    "刑满获释出监人员",
])
def test_a_word_kept_as_written_holds_no_swap(kept):
    assert normalize(kept) == kept


@pytest.mark.parametrize(("written", "county", "city"), [
    ("濬縣", "浚县", "鹤壁市"), ("竹谿縣", "竹溪县", "十堰市"), ("辰谿縣", "辰溪县", "怀化市"), ("資谿縣", "资溪县", "抚州市"),
    ("慈谿市", "慈溪市", "宁波市"), ("蘭谿市", "兰溪市", "金华市"), ("澂江市", "澄江市", "玉溪市"),
])
def test_a_place_a_mirror_writes_in_its_traditional_form_is_the_mainland_place(written, county, city):
    text = f"{written}司法局2023年法治政府建設工作報告\n2023年,{written}全面推進嚴格規範公正文明執法。"
    record = extract(text)
    assert (record.region.county, record.region.city) == (county, city)
    assert record.issuer.name == f"{written}司法局"  # as written
    assert_spans_slice(record, text)


def test_a_standard_character_of_a_place_name_elsewhere_names_no_place():
    assert extract("山谿之間,疏濬河道,水色澂清。").region is None


# --- Hong Kong and Taiwan character forms ------------------------------------------------------


@pytest.mark.parametrize(("written", "simplified"), [
    ("區衞生健康局", "区卫生健康局"),  # Hong Kong's form of 衛
    ("衹限一次", "只限一次"),
    ("屋簷", "屋檐"),  # Taiwan's form of 檐
])
def test_a_regional_form_of_a_traditional_character_is_simplified(written, simplified):
    assert normalize(written) == simplified


def test_a_standard_character_that_is_also_a_regional_form_stays():
    # 秘 and 著 are Hong Kong's and Taiwan's forms of 祕 and 着, and standard characters of their own.
    assert normalize("秘书长著有专著") == "秘书长著有专著"


def _build_script():
    spec = importlib.util.spec_from_file_location("build_t2s", ROOT / "scripts" / "build_t2s.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_takes_regional_forms_but_not_standard_characters():
    build = _build_script()
    ts = "衛\t卫\n祕\t秘\n"
    variants = "衛\t衞\n祕\t秘\n"  # standard trad -> regional form
    rows = dict(build.build(ts, frozenset("卫秘"), variants))
    assert rows["衞"] == "卫"
    assert "秘" not in rows  # a standard character is never mapped
    assert dict(build.build(ts, frozenset("卫秘"))).get("衞") is None


def test_a_kept_word_may_hold_a_source_but_a_swapped_target_may_not(tmp_path):
    build = _build_script()
    path = tmp_path / "words.tsv"
    path.write_text("透过\t通过\n渗透过\t渗透过\n", encoding="utf-8")
    assert build.check_words({}, path) == []
    path.write_text("透过\t通过\n渗透\t透过\n", encoding="utf-8")
    assert build.check_words({}, path) == ["透过: holds a source, so normalizing twice would differ"]


# --- a whole report in a Taiwan-phrasing mirror ------------------------------------------------

MAINLAND = (
    "青禾县司法局2023年1-12月主要业务数据\n"
    "发布日期:2024-01-18  来源:青禾县司法局  【打印】\n\n"
    "2023年,全县各级人民调解组织受理矛盾纠纷1 250件,调解成功1 236件,调解成功率98.88%。"
    "新收行政复议案件46件,办结44件。\n"
    "审查规范性文件12件。\n"
)
MIRROR = (
    "青禾縣司法局2023年1-12月主要業務資料\n"
    "釋出日期:2024-01-18  來源:青禾縣司法局  【列印】\n\n"
    "2023年,全縣各級人民調解組織受理矛盾糾紛1 250件,調解成功1 236件,調解成功率98.88%。"
    "新收行政覆議案件46件,辦結44件。\n"
    "審查規範性檔案12件。\n"
)


def test_a_taiwan_phrasing_mirror_gives_the_facts_of_its_original():
    original, mirror = extract(MAINLAND), extract(MIRROR)
    assert facts(mirror, normalize) == facts(original, normalize)
    assert mirror.kind == "statistics"
    assert mirror.published == "2024-01-18"
    assert assert_spans_slice(mirror, MIRROR) > 0


@pytest.mark.parametrize(("opening", "closing"), [("「", "」"), ("『", "』"), ("﹁", "﹂"), ("｢", "｣")])
def test_a_corner_bracket_reads_as_the_quotation_mark_of_the_mainland(opening, closing):
    assert normalize(f"{opening}一窗通辦{closing}") == f"{'“‘'[opening in '『﹃']}一窗通办{'”’'[closing in '』﹄']}"


def test_a_rate_named_in_corner_brackets_is_read_as_one_in_quotation_marks():
    def rates(text: str) -> list[tuple[str, float]]:
        return [(r.label, r.value) for r in extract(f"柏溪區2024年政務服務情況\n{text}\n").rates]

    assert rates("全區「一窗通辦」率達95.2%。") == [("「一窗通辦」率", 95.2)]
    assert rates("全區“一窗通辦”率達95.2%。") == [("“一窗通辦”率", 95.2)]


# --- line ends -----------------------------------------------------------------------------

SECTIONED = (
    "青禾县司法局2023年法治政府建设情况报告\n"
    "2023年,我局坚持依法行政,现将有关情况报告如下。\n"
    "一、主要工作和成效\n"
    "全县各级人民调解组织受理矛盾纠纷1 250件,调解成功1 236件,调解成功率98.88%。\n"
    "二、存在的不足\n"
    "基层法治力量仍然薄弱。\n"
    "三、下一步工作打算\n"
    "持续提升行政复议质效。\n"
)

@pytest.mark.parametrize("end", ["\r", "\u2028", "\u2029"], ids=["CR", "LS", "PS"])
def test_any_line_end_reads_as_a_line_break(end):
    text = SECTIONED.replace("\n", end)
    record, original = extract(text), extract(SECTIONED)
    assert facts(record) == facts(original)
    assert [s.title for s in record.sections] == ["主要工作和成效", "存在的不足", "下一步工作打算"]
    assert_spans_slice(record, text)


def test_lines_ending_in_lf_crlf_and_cr_together():
    lines = SECTIONED.split("\n")
    text = "".join(line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(lines[:-1])) + lines[-1]
    assert normalize_mapped(text).copy == SECTIONED
    record = extract(text)
    assert facts(record) == facts(extract(SECTIONED))
    assert len(record.sections) == 3
    assert_spans_slice(record, text)


def test_a_line_end_inside_a_line_stays_as_written():
    assert normalize_mapped("调解\r\n成功").copy == "调解\n成功"
    assert normalize_mapped("调解\r成功").text == "调解\r成功"


# --- characters that show nothing ----------------------------------------------------------

INVISIBLE = ["\u200b", "\ufeff", "\u00ad", "\u200c", "\u200d", "\u2060"]


@pytest.mark.parametrize("mark", INVISIBLE, ids=["ZWSP", "BOM", "SHY", "ZWNJ", "ZWJ", "WJ"])
def test_a_character_that_shows_nothing_parts_no_word_nor_number(mark):
    # a page's editor leaves one inside a label, a body's name, a number and the title, and one opening a heading's line
    text = (SECTIONED.replace("\n一、", "\n" + mark + "一、").replace("司法局", "司法" + mark + "局").replace("调解成功率", "调解" + mark + "成功率")
            .replace("1 250件", "1 2" + mark + "50件").replace("行政复议", "行政" + mark + mark + "复议"))
    record, original = extract(text), extract(SECTIONED)
    assert normalize_mapped(text).copy == SECTIONED
    assert facts(record) == facts(original)
    assert record.title == original.title == "青禾县司法局2023年法治政府建设情况报告"
    assert [r.label for r in record.rates] == ["调解成功率"]
    assert_spans_slice(record, text)
    rate = next(m for m in record.metrics if m.key == "mediation_success_rate")
    assert rate.evidence.text == "调解" + mark + "成功率98.88%"


@pytest.mark.parametrize("kept", ["调解 成功率", "调解·成功率", "调解\u3000成功率", "调解\u00a0成功率", "调解-成功率"])
def test_a_character_that_shows_on_the_page_stays_in_the_copy(kept):
    assert len(normalize_mapped(kept).copy) == len(kept)


# --- encodings -----------------------------------------------------------------------------


def test_a_gb18030_text_with_a_table_drawn_in_box_characters(tmp_path):
    # GB2312 holds box drawing; a table of it is no sign of Big5 read as GB18030.
    table = "┌──────┬────┐\n│受理纠纷│1250│\n├──────┼────┤\n│调解成功│1236│\n└──────┴────┘\n"
    text = "青禾县司法局2023年主要业务数据\n" + table + "调解成功率98.88%。\n"
    source = load_written(tmp_path / "report.txt", text.encode("gb18030"))
    assert (source.text, source.encoding) == (text, "gb18030")


def test_a_big5_page_that_declares_gb2312_is_read_as_big5(tmp_path):
    # Markup is ASCII: a short article's mojibake must show among the characters that are not.
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script></head>'
            '<body><div class="nav"><a href="/index.html">home</a></div>'
            '<div class="content"><p>某縣司法局辦結行政復議案件12件。</p></div></body></html>')
    source = load_written(tmp_path / "page.html", page.encode("big5"))
    assert source.encoding == "big5"
    assert source.text == "某縣司法局辦結行政復議案件12件。"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_every_encoding_gives_the_text_and_its_offsets(tmp_path, codec):
    text = MAINLAND.replace("\n", "\r\n")
    source = load_written(tmp_path / "report.txt", text.encode(codec))
    assert source.text == text
    record = extract(source.text)
    assert facts(record) == facts(extract(MAINLAND))
    assert assert_spans_slice(record, text) > 0


_SWAP_ALPHABET = "资讯料统计规范档"


@given(st.lists(st.text(alphabet=_SWAP_ALPHABET, min_size=2, max_size=4), min_size=1, max_size=8, unique=True),
       st.text(alphabet=_SWAP_ALPHABET + "x", max_size=16))
@settings(max_examples=300)
def test_the_word_swaps_pattern_finds_what_the_longest_first_alternation_finds(words, text):
    fast = re.compile(longest_word(words))
    plain = re.compile(longest_first(words))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet="".join(sorted(set("".join(_words()[1])))) + "x", max_size=16))
@settings(max_examples=300)
def test_the_word_swaps_of_words_tsv_are_found_as_the_longest_first_alternation_finds_them(text):
    words = _words()[1]
    assert [m.span() for m in _words()[0].finditer(text)] == [m.span() for m in re.finditer(longest_first(words), text)]


# --- a mirror's word split by a line or a page break of a wrapped text -------------------------------

_WRAPPED_LINE = "全县各级行政复议机关坚持依法审理,发挥主渠道作用,全年新收行政覆"  # a full line, cut inside 覆議
_WRAPPED_PAGE = ("河川县人民政府关于2024年度法治政府建设情况的报告\n"
                 + "\n".join([_WRAPPED_LINE.replace("行政覆", "行政复议案件")[:len(_WRAPPED_LINE)]] * 5) + "\n"
                 + _WRAPPED_LINE + "\n{between}議案件143件,审结131件,行政复议直接纠错率为8.4%,办案质效持续提升。\n")


@pytest.mark.parametrize("between", ["", "- 7 -\n", "— 7 —\n第7页 共15页\n"], ids=["line", "page", "page and count"])
def test_a_mirror_word_split_by_a_break_reads_as_the_mainland_word(between):
    raw = _WRAPPED_PAGE.format(between=between)
    assert "新收行政复议案件143件" in normalize_mapped(raw).copy
    assert ("reconsideration_received", 143) in {(m.key, m.value) for m in extract(raw).metrics}


def test_a_word_kept_whole_across_a_break_stays():
    raw = _WRAPPED_PAGE.format(between="").replace("行政覆\n議案件143件", "加强渗透\n过程管理,143件")
    assert "渗透过程管理" in normalize_mapped(raw).copy
