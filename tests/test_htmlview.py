"""The HTML evidence page: exact text, every span marked, self-contained, and rendered by a real browser."""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.htmlview import Record, collect_records, marked_text, render_html
from lawreport.load import load
from lawreport.models import Report
from lawreport.pipeline import build_report, extract

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-quic")
METRIC_YELLOW = (0xFF, 0xE2, 0x7A)  # --metric in the page's CSS


class Page(HTMLParser):
    """What a browser would see: the report body's text, its marks, and every element's attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside <div id="report">
        self.chunks: list[str] = []
        self.marks: list[dict] = []  # attributes of each mark, plus the text it holds
        self.open_marks: list[dict] = []
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        self._in_script = tag == "script"
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.open_marks.append({**attrs, "text": ""})
        elif tag == "div" and attrs.get("id") == "report":
            self.depth = 1

    def handle_endtag(self, tag):
        self._in_script = False
        if self.depth:
            self.depth -= 1
            if tag == "mark":
                self.marks.append(self.open_marks.pop())

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        if self.depth:
            self.chunks.append(data)
            for mark in self.open_marks:
                mark["text"] += data

    @property
    def body(self) -> str:
        return "".join(self.chunks)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def expected_spans(report: Report) -> dict[str, list[tuple[int, int]]]:
    """Record id → spans, read from the record itself rather than from the view's own bookkeeping."""
    spans: dict[str, list] = {}
    for kind, items in (("metric", report.metrics), ("rate", report.rates), ("document", report.documents)):
        for i, item in enumerate(items):
            spans[f"{kind}-{i}"] = [item.evidence] + list(getattr(item, "sources", [])) + list(getattr(item, "mentions", []))
    for kind, items in (("check", report.checks), ("finding", report.findings)):
        for i, item in enumerate(items):
            spans[f"{kind}-{i}"] = item.spans
    for i, institution in enumerate(report.institutions):
        spans[f"institution-{i}"] = institution.evidence
    if report.region is not None:
        spans["region-0"] = report.region.evidence
    # Metadata fields are numbered among those present; compare them together.
    spans["meta"] = [s for s in (*report.metadata_evidence.values(), report.issuer.evidence if report.issuer else None)
                     if s is not None]
    return {k: [(s.start, s.end) for s in v if s.end > s.start] for k, v in spans.items()}


def assert_marks_exact(page: Page, text: str, spans: dict[str, list[tuple[int, int]]]) -> None:
    """The body is the text; marks slice it exactly; each record's marks cover exactly its spans."""
    assert page.body == text
    covered: dict[str, set[int]] = {}
    for mark in page.marks:
        start, end = int(mark["data-start"]), int(mark["data-end"])
        assert mark["text"] == text[start:end]
        ids = mark["data-ids"].split()
        assert f'{mark["data-kind"]}-{mark["data-index"]}' in ids
        for record_id in ids:
            key = "meta" if record_id.startswith("meta-") else record_id
            covered.setdefault(key, set()).update(range(start, end))
    for record_id, record_spans in spans.items():
        wanted = {i for s, e in record_spans for i in range(s, e)}
        assert covered.get(record_id, set()) == wanted, record_id


def seed_page(path: Path) -> tuple[Report, str, str]:
    source = load(path)
    report = build_report(source)
    return report, source.text, render_html(report, source.text)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_page_marks_every_span_exactly(path):
    report, text, page_html = seed_page(path)
    page = parse(page_html)
    assert report.metrics and page.marks
    assert_marks_exact(page, text, expected_spans(report))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_page_rows_point_at_marks(path):
    _, _, page_html = seed_page(path)
    page = parse(page_html)
    marked = {i for m in page.marks for i in m["data-ids"].split()}
    targets = [a["data-target"] for tag, a in page.elements if tag == "tr" and "data-target" in a]
    assert targets and set(targets) <= marked


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_page_is_self_contained(path):
    _, _, page_html = seed_page(path)
    page = parse(page_html)
    for tag, attrs in page.elements:
        assert tag not in ("link", "iframe", "img", "object", "embed", "base"), tag
        for name in ("src", "href", "action", "srcset", "poster"):
            assert name not in attrs or "http" not in (attrs[name] or ""), (tag, name)
        assert not (tag == "script" and "src" in attrs)
    style = page_html[page_html.index("<style>"):page_html.index("</style>")]
    assert "url(" not in style and "@import" not in style and "http" not in style


def test_overlapping_and_nested_spans():
    """A metric and a rate on the same characters, a check across both, a title in a metric's sentence."""
    text = "全年受理调解案件2521宗,调解成功2486宗,调解成功率98.6%。依据《人民调解法》调解纠纷30件。"
    report = extract(text)
    assert report.metrics and report.rates and report.checks and report.documents
    page = parse(render_html(report, text))
    assert_marks_exact(page, text, expected_spans(report))
    rate = report.rates[0].evidence
    shared = [m for m in page.marks if int(m["data-start"]) >= rate.start and int(m["data-end"]) <= rate.end]
    assert shared and all({"rate-0", "check-0"} <= set(m["data-ids"].split()) for m in shared)
    assert all(m["data-kind"] == "metric" for m in shared)  # the metric's colour wins


def test_markup_in_the_text_is_escaped():
    text = "<script>alert(1)</script> & &amp; \"引号\"\r\n办理公证5783件。《<b>条例</b>》\r"
    report = extract(text)
    page = parse(render_html(report, text))
    assert page.body == text
    assert [tag for tag, _ in page.elements].count("script") == 2
    assert "b" not in [tag for tag, _ in page.elements]


def test_records_json_cannot_close_its_script():
    text = "印发《</script><script>alert(1)</script>》。办理公证5783件。"
    report = extract(text)
    assert report.documents
    page = parse(render_html(report, text))
    assert [tag for tag, _ in page.elements].count("script") == 2
    assert page.body == text


texts = st.text(alphabet=st.sampled_from(list("调解案件2521宗,。<>&\"'\r\n\t率%")), min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), text=texts)
def test_any_overlap_gives_exact_marks(data, text):
    n = len(text)
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted).filter(lambda se: se[0] < se[1])
    kinds = ("metric", "rate", "document", "meta", "region", "check", "finding")
    records = [Record(data.draw(st.sampled_from(kinds)), i, "r", {}, data.draw(st.lists(span, max_size=3)))
               for i in range(data.draw(st.integers(0, 6)))]
    page = parse(f'<div id="report">{marked_text(text, records)}</div>')
    assert page.body == text
    for mark in page.marks:
        assert mark["text"] == text[int(mark["data-start"]):int(mark["data-end"])]
    for record in records:
        wanted = {i for s, e in record.spans for i in range(s, e)}
        got = {i for m in page.marks if record.id in m["data-ids"].split()
               for i in range(int(m["data-start"]), int(m["data-end"]))}
        assert got == wanted


def test_collect_records_skips_absent_metadata():
    report = extract("办理公证5783件。")
    assert all(r.data["value"] is not None for r in collect_records(report) if r.kind == "meta")


# --- render test in headless Chromium ---------------------------------------------------


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run_chromium(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          check=False, capture_output=True, timeout=90)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB(A) rows of an 8-bit truecolor PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0
    bpp = 3 if color == 2 else 4
    raw, stride, rows, prev = zlib.decompress(b"".join(chunks)), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def count_colour(rows: list[bytes], rgb: tuple[int, int, int], bpp: int) -> int:
    target = bytes(rgb)
    return sum(row[i:i + 3] == target for row in rows for i in range(0, len(row), bpp))


def test_renders_in_headless_chromium(tmp_path):
    browser = find_chromium()
    if browser is None:
        pytest.skip("Chromium not installed (Debian: apt-get install chromium); .ci/run installs it")
    seed = ROOT / "seeds" / "003_e495358f79400f75.txt"
    _, _, page_html = seed_page(seed)
    page = tmp_path / "report.html"
    page.write_text(page_html, encoding="utf-8")
    url = page.as_uri() + "#metric-0"

    dom = run_chromium(browser, tmp_path / "profile-dom", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert b'data-ready="1"' in dom.stdout, "the page's script did not run to the end"

    shot = tmp_path / "report.png"
    proc = run_chromium(browser, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1280,900", url)
    assert proc.returncode == 0 and shot.is_file(), proc.stderr[-2000:]
    data = shot.read_bytes()
    width, height, rows = png_pixels(data)
    assert (width, height) == (1280, 900)
    bpp = len(rows[0]) // width
    assert count_colour(rows, METRIC_YELLOW, bpp) > 500, "no metric highlight visible in the screenshot"
    print(f"screenshot: {shot}", file=sys.stderr)


# --- findings look like findings; narrow windows stack --------------------------------------------

MISMATCH = "全年受理调解案件2521宗,调解成功2486宗,调解成功率90.6%。"  # the counts give 98.61%
AGREEMENT = "全年受理调解案件2521宗,调解成功2486宗,调解成功率98.6%。"
FINDING_RED = "rgb(208, 49, 45)"  # --finding in the page's CSS
CHECK_GREEN = "rgb(27, 138, 58)"  # --check


def test_a_rate_mismatch_is_marked_as_disagreeing():
    report = extract(MISMATCH)
    assert [f.kind for f in report.findings] == ["rate_mismatch"] and not report.checks[0].agrees
    page = parse(render_html(report, MISMATCH))
    stated = report.findings[0].spans[-1]
    marks = [m for m in page.marks if stated.start <= int(m["data-start"]) < stated.end]
    assert marks and all("disagrees" in m["class"].split() for m in marks)
    rows = {a["data-target"]: a.get("class", "") for tag, a in page.elements if tag == "tr" and "data-target" in a}
    assert rows["finding-0"] == rows["check-0"] == "disagrees"


def test_an_agreeing_check_is_not_marked_as_disagreeing():
    report = extract(AGREEMENT)
    assert report.checks and report.checks[0].agrees and not report.findings
    page = parse(render_html(report, AGREEMENT))
    checked = [m for m in page.marks if "k-check" in m["class"].split()]
    assert checked and not any("disagrees" in m["class"].split() for m in checked)
    assert not any("disagrees" in a.get("class", "") for tag, a in page.elements if tag == "tr")


# Appended to the page: writes what the browser computed into the DOM, which --dump-dom prints.
PROBE = """<script>
(function () {
  function box(el) { var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
  var marks = Array.prototype.map.call(document.querySelectorAll("mark"), function (m) {
    return [m.className, getComputedStyle(m).textDecorationColor];
  });
  document.body.dataset.probe = JSON.stringify({main: box(document.querySelector("main")),
    aside: box(document.querySelector("aside")), width: window.innerWidth, marks: marks});
})();
</script>"""


def probe(browser: str, tmp_path: Path, text: str, width: int) -> dict:
    tmp_path.mkdir(parents=True, exist_ok=True)
    page = tmp_path / f"page-{width}.html"
    page.write_text(render_html(extract(text), text).replace("</body>", PROBE + "</body>"), encoding="utf-8")
    proc = run_chromium(browser, tmp_path / f"profile-{width}", f"--window-size={width},900", "--dump-dom",
                        page.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = re.search(rb'data-probe="([^"]*)"', proc.stdout)
    assert found, "the probe did not run"
    return json.loads(html.unescape(found.group(1).decode("utf-8")))


@pytest.fixture()
def browser() -> str:
    found = find_chromium()
    if found is None:
        pytest.skip("Chromium not installed (Debian: apt-get install chromium); .ci/run installs it")
    return found


def test_finding_is_drawn_in_red_and_agreement_in_green(browser, tmp_path):
    mismatch = probe(browser, tmp_path, MISMATCH, 1280)["marks"]
    assert {colour for cls, colour in mismatch if "k-finding" in cls} == {FINDING_RED}
    agreement = probe(browser, tmp_path / "agreement", AGREEMENT, 1280)["marks"]
    assert {colour for cls, colour in agreement if "k-check" in cls} == {CHECK_GREEN}


@pytest.mark.parametrize("width", [600, 899])
def test_narrow_window_stacks_the_side_tables_below_the_text(browser, tmp_path, width):
    layout = probe(browser, tmp_path, MISMATCH * 20, width)
    main, aside = layout["main"], layout["aside"]
    assert layout["width"] == width
    assert aside[1] >= main[3] - 1, layout  # the side tables start below the text
    assert main[2] - main[0] >= 0.9 * width, layout  # the text keeps the window's width


def test_wide_window_puts_the_side_tables_beside_the_text(browser, tmp_path):
    layout = probe(browser, tmp_path, MISMATCH * 20, 1280)
    main, aside = layout["main"], layout["aside"]
    assert aside[0] >= main[2] - 1 and aside[1] < main[3], layout
    assert main[2] - main[0] >= 600, layout
