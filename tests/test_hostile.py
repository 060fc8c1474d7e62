"""Hostile input: whatever comes in, a record that validates with every span slicing the input,
or a LawreportError with its exit code; never a traceback, never a hang.

Property tests run extraction in this process on random Unicode, random mixtures
of report sentences, numbers, brackets and punctuation, random bytes and random
pages. Adversarial files are 1 MB; their time and memory against size (up to 10 MB)
are measured in benchmarks/bench_linear.py, not asserted here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import jsonschema
import pytest
import regex
from conftest import ROOT, SEEDS, assert_load_fails, assert_spans_slice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport.errors import ExitCode, LawreportError
from lawreport.load import from_bytes, from_text, load
from lawreport.pipeline import build_report
from lawreport.readers.html import extract_text
from lawreport.watchdog import deadline

SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SENTENCES = sorted({s for path in SEEDS
                    for s in re.split(r"(?<=[。\n])", path.read_text(encoding="utf-8")) if s.strip()})
SENTENCE = ("2023年全区各级调解组织受理各类矛盾纠纷21493件,总计调解成功21446件,调解成功率为99.78%。"
            "全年共新收行政复议案件226件,办结行政复议案件212件,其中实体审查结案190件,纠错11件,直接纠错率5%。")
MB = 1_000_000

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sample(item, keep: int = 20):
    """The record with each list cut to its first items: jsonschema takes minutes over a million spans."""
    if isinstance(item, dict):
        return {key: _sample(value, keep) for key, value in item.items()}
    if isinstance(item, list):
        return [_sample(value, keep) for value in item[:keep]]
    return item


def check(source) -> dict:
    """Extract, validate against the committed schema, and slice the input with every span."""
    record = json.loads(build_report(source).model_dump_json())
    errors = sorted(VALIDATOR.iter_errors(_sample(record)), key=str)
    assert not errors, errors[0]
    assert_spans_slice(record, source.text)
    return record


def check_bytes(raw: bytes, name: str = "input") -> None:
    try:
        source = from_bytes(raw, name, name if "." in name else None)
    except LawreportError as exc:
        assert exc.code in ExitCode and str(exc).startswith(name)
        return
    check(source)


# --- property tests --------------------------------------------------------------------

NUMBERS = st.one_of(
    st.integers(0, 10**16).map(str),
    st.decimals(0, 10**6, places=2, allow_nan=False).map(str),
    st.sampled_from(["一百一十九", "两千零二十三", "二〇二四", "三成", "百分之九十八点六", "1.62亿", "738.18万", "5000余",
                     "10万+", "1,234,567", "12.5.3", "1+12+565", "3.97:1", "10-20", "１２３", "⑤", "Ⅳ", "²"]),
)
UNITS = st.sampled_from(["件", "宗", "起", "个", "%", "％", "个百分点", "人次", "人", "元", "万元", "项", "次", "年", "月",
                         "日", "余件", "以上", "左右", ""])
WORDS = st.sampled_from([
    "调解成功率", "行政复议案件", "纠错率", "直接纠错", "出庭应诉率", "行政机关负责人出庭", "复议诉讼比", "败诉", "一审行政诉讼案件",
    "法律援助案件", "公证", "办结", "受理", "新收", "共计", "累计", "均为", "为", "达到", "其中", "同比上升", "下降至", "从2012年的",
    "上升至2017年的", "力争", "下一步", "现将", "2023年", "2024年3月9日", "二〇二四年三月九日", "十四五", "七五普法", "区司法局",
    "上海市闵行区司法局", "广东省深圳市坪山区", "中共", "全国率先", "首创", "“法治驿站”", "服务站", "印发", "制定", "实施方案",
])
MARKS = st.sampled_from(list("《》（）()【】“”‘’「」，。；：、！？,.;:!?—…-~|>\n\t 　\u00a0") + [
    "一、", "(一)", "（二）", "1.", "2、", "(3)", "第三部分", "【基本情况】", "一是", "二是", "来源：", "发布时间：", "当前位置：",
    "\r\n", "\u2028", "\ufeff", "\u200b"])
REPORTISH = st.lists(st.one_of(st.sampled_from(SENTENCES), NUMBERS, UNITS, WORDS, MARKS, st.text(max_size=4)),
                     max_size=80).map("".join)


@PROPERTY
@given(st.text(max_size=400))
def test_random_unicode(text):
    check(from_text(text))


@PROPERTY
@given(REPORTISH)
def test_random_mixtures_of_report_pieces(text):
    check(from_text(text))


@PROPERTY
@given(st.binary(max_size=400))
def test_random_bytes(raw):
    check_bytes(raw)


@PROPERTY
@given(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<!DOCTYPE html><p>", b"\xef\xbb\xbf", b"\xff\xfe",
                        b"\xfe\xff", b"<html>"]),
       st.binary(max_size=300), st.sampled_from(["input", "x.html", "x.docx", "x.pdf", "x.txt"]))
def test_random_bytes_behind_format_signatures(head, tail, name):
    check_bytes(head + tail, name)


TAGS = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<div class='content'>", "<br>", "<table><tr><td>", "</td><td>", "</tr>",
    "<li>", "<script>", "</script>", "<style>", "<!--", "-->", "<a href='x'>", "</a>", "<h1>", "</h1>", "<title>",
    "</title>", "<span style='display:none'>", "&nbsp;", "&lt;", "&#", "&#x4e00;", "<", ">", "\"", "'",
    "<!DOCTYPE html>", "<?xml?>", "</", "<p", "<meta charset=gbk>"])


@PROPERTY
@given(st.lists(st.one_of(TAGS, st.sampled_from(SENTENCES), WORDS, NUMBERS, MARKS), max_size=60).map("".join))
def test_random_pages(page):
    extract_text(page)
    check_bytes(page.encode("utf-8"), "page.html")


# --- adversarial files ------------------------------------------------------------------


def repeated(unit: str, size: int) -> bytes:
    raw = unit.encode("utf-8")
    return raw * max(1, size // len(raw))


ADVERSARIAL = {
    "report sentence": ("report.txt", repeated(SENTENCE, MB)),
    "digits": ("digits.txt", repeated("0123456789", MB)),
    "率": ("rate.txt", repeated("率", MB)),
    "100,000 unclosed 《": ("brackets.txt", repeated("《", 300_000)),
    "one clause without an end": ("clause.txt", repeated("调解矛盾纠纷12件,调解成功11件,调解成功率91.6%,", MB)),
    "percent signs": ("percent.txt", repeated("5%", 200_000)),
    "place characters": ("places.txt", repeated("区", 200_000)),
    "connector words": ("connector.txt", repeated("共计" * 40 + "x受理案件共计为12件。", 200_000)),
    "rates sharing a number": ("sharing.txt", repeated("出庭率和" * 60 + "均为100%,", 200_000)),
    "page of report paragraphs": ("page.html", b"<html><body><div>" + repeated(f"<p>{SENTENCE}</p>\n", MB)),
    "page of unclosed tags": ("tags.html", repeated("<a", MB)),
    "page nested deep": ("deep.html", repeated("<div><span>", 200_000) + SENTENCE.encode("utf-8")),
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_adversarial_file(tmp_path, name):
    filename, raw = ADVERSARIAL[name]
    path = tmp_path / filename
    path.write_bytes(raw)
    try:
        check(load(path))
    except LawreportError as exc:  # a clear error is an answer too (a page of tags holds no text)
        assert exc.code == ExitCode.EMPTY, exc


@pytest.mark.parametrize("raw, code, words", [
    (b"\xff\xfe\xfd" * (MB // 3), ExitCode.UNDECODABLE, "cannot decode"),  # UTF-16 BOM, then an odd byte count
    (b"\xff" * MB, ExitCode.UNDECODABLE, "cannot decode"),
    (b"\x80\x81" * (MB // 2), ExitCode.UNDECODABLE, "cannot decode"),
    (SENTENCE.encode("utf-8") * 10 + b"\x00" * MB, ExitCode.BINARY, "NUL"),
], ids=["utf-16 odd length", "0xff", "lone continuation bytes", "NUL bytes"])
def test_adversarial_bytes_are_clear_errors(tmp_path, raw, code, words):
    assert_load_fails(tmp_path / "bad.txt", raw, code, words)


def test_file_larger_than_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(repeated(SENTENCE, 2 * MB)[:MB + 1])
    with pytest.raises(LawreportError, match="larger than the limit of 1000000 bytes") as info:
        load(path, max_bytes=MB)
    assert info.value.code == ExitCode.TOO_LARGE


# --- the watchdog -------------------------------------------------------------------------


def test_deadline_stops_a_backtracking_pattern_and_restores_the_signal_handler():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    pattern = regex.compile(r"(?:共|计|共计)+$")
    with pytest.raises(LawreportError, match="longer than 0.2 s") as info, deadline(0.2, "report.txt"):
        pattern.search("共计" * 40 + "x")
    assert info.value.code == ExitCode.TIMEOUT
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_backtracking_catalog_pattern_ends_in_a_timeout_error(tmp_path):
    catalog = (ROOT / "lawreport" / "catalog.toml").read_text(encoding="utf-8")
    catalog, replaced = re.subn(r"(?m)^connector = .*$", "connector = '(?:共|计|共计)+$'", catalog)
    assert replaced == 1
    (tmp_path / "catalog.toml").write_text(catalog, encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("受理行政复议案件" + "共计" * 40 + "的12件。", encoding="utf-8")
    env = {**os.environ, "LAWREPORT_CATALOG": str(tmp_path / "catalog.toml"), "LAWREPORT_TIMEOUT": "1"}
    proc = subprocess.run([sys.executable, "-m", "lawreport", "extract", str(report)], capture_output=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == int(ExitCode.TIMEOUT), proc.stderr
    assert proc.stdout == b""
    assert proc.stderr.decode("utf-8") == (
        f"lawreport: {report}: extraction took longer than 1 s and was stopped (a catalog pattern that "
        "backtracks? set LAWREPORT_TIMEOUT to allow more)\n")
