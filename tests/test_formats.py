"""HTML, DOCX and PDF inputs: the text each reader keeps, the format each input is taken for,
and the same record as the seed the file was made from, with spans into the extracted text."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

import pytest
from conftest import (
    FIXTURES,
    SEEDS,
    SEEDS_DIR,
    assert_load_fails,
    assert_spans_slice,
    facts,
    load_written,
)

from lawreport import formats
from lawreport.errors import ExitCode, LawreportError
from lawreport.load import from_bytes, load
from lawreport.pipeline import build_report, extract, extract_file
from lawreport.readers import html as html_reader
from lawreport.readers import pdf as pdf_reader

GOV_PAGE = FIXTURES / "gov_article.html"  # seed 003 in the furniture of a district government site
TABLE_LAYOUT_PAGE = FIXTURES / "table_layout.html"  # a county site of nested tables, paragraphs split by <br>
DISCLOSURE_PAGE = FIXTURES / "disclosure.html"  # 政府信息公开: the 发布机构/发文日期 table above the title
CJK_PDF = FIXTURES / "report_cjk.pdf"  # seed 004 set by scripts/build_pdf_fixture.py
FURNITURE = ("当前位置", "首页", "版权所有", "ICP备", "公网安备", "网站标识码", "分享到", "打印", "关闭窗口",
             "浏览次数", "字号", "上一篇", "下一篇", "document.write", "_hmt", "font-size", "当前浏览器",
             "搜索", "闵行区2019年法治政府建设情况报告")


def body_lines(seed: str, skip: int = 0) -> list[str]:
    lines = (SEEDS_DIR / seed).read_text(encoding="utf-8").splitlines()[skip:]
    return [line.strip() for line in lines if line.strip()]


def run_cli(*args: str, stdin: bytes | None = None, block_pypdf: bool = False) -> subprocess.CompletedProcess:
    code = ("import sys\n"
            + ("sys.modules['pypdf'] = None\n" if block_pypdf else "")
            + "from lawreport.console import main\nsys.argv = ['lawreport', *sys.argv[1:]]\nmain()\n")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, input=stdin, timeout=120,
                          check=False)


# --- HTML ----------------------------------------------------------------------------


def test_gov_page_keeps_title_source_line_and_paragraphs_only():
    source = load(GOV_PAGE)
    lines = source.text.split("\n")
    assert (source.format, source.encoding) == ("html", "utf-8")
    assert source.note and "HTML" in source.note
    assert lines[0] == "2020年闵行区司法局行政工作总结"
    assert lines[1] == "来源：上海市闵行区司法局  发布时间：2021-02-18"
    assert lines[2:] == body_lines("003_e495358f79400f75.txt", skip=3)
    for word in FURNITURE:
        assert word not in source.text, word


def test_gov_page_gives_the_record_of_its_text():
    page = extract_file(GOV_PAGE)
    seed = extract_file(SEEDS_DIR / "003_e495358f79400f75.txt")
    assert facts(page) == facts(seed)
    assert (page.title, page.published) == (seed.title, seed.published) == (
        "2020年闵行区司法局行政工作总结", "2021-02-18")
    assert page.source.format == "html"
    assert_spans_slice(page, load(GOV_PAGE).text)


@pytest.mark.parametrize("declaration, encoding, expected", [
    ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', "gb18030", "gb18030"),
    ('<meta charset="GBK">', "gbk", "gb18030"),
    ("", "gb18030", "gb18030"),  # undeclared: decoded as a text file would be
    ("", "utf-8", "utf-8"),
    ('<meta charset="gb2312">', "utf-8", "utf-8"),  # declared GBK, holds UTF-8: valid UTF-8 wins
    ('<meta charset="iso-8859-1">', "gb18030", "gb18030"),  # a charset no Chinese page is in
])
def test_declared_and_undeclared_charsets(tmp_path, declaration, encoding, expected):
    page = GOV_PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8" />', declaration)
    source = load_written(tmp_path / "page.htm", page.encode(encoding))
    assert source.encoding == expected
    assert source.text == load(GOV_PAGE).text


def test_big5_page_is_read_as_declared(tmp_path):
    page = ('<html><head><meta charset="big5"><title>行政復議工作報告_某縣政府網</title></head><body>'
            '<div id="content"><p>全年共受理行政復議案件120件，辦結115件。</p>'
            '<p>調解成功率為99.78%。</p></div></body></html>')
    source = load_written(tmp_path / "page.html", page.encode("big5"))
    assert source.encoding == "big5hkscs"
    assert source.text.split("\n") == ["行政復議工作報告", "全年共受理行政復議案件120件，辦結115件。", "調解成功率為99.78%。"]


def test_title_from_page_title_without_site_name_when_the_article_has_no_heading():
    page = GOV_PAGE.read_text(encoding="utf-8").replace(
        '<h1 class="article-title">2020年闵行区司法局行政工作总结</h1>', "").replace(
        '<div class="logo">', '<div class="logo"><h1>上海市闵行区人民政府</h1>')
    lines = html_reader.extract_text(page).split("\n")
    assert lines[0] == "2020年闵行区司法局行政工作总结"
    assert lines[1].startswith("来源：上海市闵行区司法局")
    assert "上海市闵行区人民政府" not in lines


def test_markup_details():
    page = """<html><head><title>标记细节测试</title><style>p{color:red}</style></head><body>
    <div class="content">
      <p>第一段&nbsp;文字&lt;含&gt;实体&#x4e00;&amp;号，
         源码换行处不留空格。</p>
      <div>用br分行的第一行<br>第二行<br/>第三行</div>
      <p style="display:none">隐藏的文字不要</p>
      <div hidden>也不要</div>
      <table><tr><th>项目</th><th>数量</th></tr><tr><td>调解案件</td><td>120件</td></tr></table>
      <ul><li>列表一<li>列表二</ul>
      <p>未闭合的段落<p>下一个段落
      <script>document.write("<p>脚本</p>")</script><noscript>请启用脚本</noscript>
      <!-- 注释 -->
    </div></body></html>"""
    assert html_reader.extract_text(page).split("\n") == [
        "标记细节测试",
        "第一段\xa0文字<含>实体一&号，源码换行处不留空格。",
        "用br分行的第一行", "第二行", "第三行",
        "项目\t数量", "调解案件\t120件",
        "列表一", "列表二",
        "未闭合的段落", "下一个段落",
    ]





def test_table_layout_page_with_br_paragraphs():
    assert html_reader.extract_text(TABLE_LAYOUT_PAGE.read_text(encoding="utf-8")).split("\n") == [
        "某某县司法局2019年法治政府建设情况报告",
        "信息来源：某某县司法局  发布时间：2020年1月15日",
        "2019年，县司法局在县委、县政府的正确领导下，全面推进法治政府建设。",
        "一、主要工作", "全年共受理行政复议案件36件，办结34件，其中纠错5件，纠错率14.7%。",
        "二、存在问题", "基层法治力量薄弱。", "三、下一步工作计划", "力争行政复议纠错率达到15%。",
    ]


def test_disclosure_table_gives_the_source_line():
    lines = html_reader.extract_text(DISCLOSURE_PAGE.read_text(encoding="utf-8")).split("\n")
    assert lines[:2] == ["关于印发《某区2023年法治政府建设工作要点》的通知",
                         "发布机构：某区人民政府办公室  发文日期：2023-03-01"]
    assert "索引号" not in "".join(lines) and lines[-1] == "2023年3月1日"
    report = extract_file(DISCLOSURE_PAGE.read_bytes())
    assert (report.source.format, report.published, report.issuer.name) == ("html", "2023-03-01", "某区人民政府办公室")


_TRADITIONAL_PAGE = ("<html><head><title>某某縣2023年人民調解工作情況通報 - 某某縣人民政府</title></head><body>"
                     "<div class='lang'>語言選擇：简体 | 繁體</div><h1>某某縣2023年人民調解工作情況通報</h1>"
                     "<div class='src'>{line}</div><div class='txt'><p>2023年，全縣共受理矛盾糾紛1 200件，"
                     "調解成功1 188件，調解成功率99%。</p><p>全縣人民調解組織運行良好，無民轉刑案件發生。</p>"
                     "<p style='text-align:right'>某某縣司法局<br>2024年1月10日</p></div>"
                     "<div class='foot'>返回頂部</div></body></html>")


@pytest.mark.parametrize("line", ["發佈時間：2024-01-12　來源：某某縣司法局", "資訊來源：某某縣司法局　發布日期：2024-01-12"])
def test_a_traditional_script_page_gives_its_source_line(line):
    lines = html_reader.extract_text(_TRADITIONAL_PAGE.format(line=line)).split("\n")
    assert lines[:2] == ["某某縣2023年人民調解工作情況通報", line.replace("　", "  ")]
    assert extract_file(_TRADITIONAL_PAGE.format(line=line).encode()).published == "2024-01-12"


def test_a_line_of_other_words_is_no_source_line():
    lines = html_reader.extract_text(_TRADITIONAL_PAGE.format(line="發佈會議：2024-01-12　來訪：某某縣司法局")).split("\n")
    assert "發佈會議" not in "\n".join(lines[:2])


@pytest.mark.parametrize("page", [
    "<html><body><p>调解成功率为99.78%。<a href='x",  # a tag open at the end
    "<html><body><p>调解成功率为99.78%。</p><!-- 未闭合注释",
    "<html><body><p>调解成功率为99.78%。</p><script>var a = '<p>';",
    "<html><body>" + "<div>" * 5000 + "调解成功率为99.78%。" + "</div>" * 5000,
    "<!DOCTYPE html><p>调解成功率为99.78%。</td></tr></table></li></p></p></div>",
])
def test_broken_markup_still_gives_the_text(page):
    assert html_reader.extract_text(page).split("\n")[-1] == "调解成功率为99.78%。"


def test_page_without_text_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>location.href='/x'</script></head><body></body></html>", encoding="utf-8")
    with pytest.raises(LawreportError, match="holds no text") as info:
        load(path)
    assert info.value.code == ExitCode.EMPTY


# --- DOCX ----------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraph(text: str) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def make_docx(body: str, *, document: bytes | None = None) -> bytes:
    xml = document if document is not None else (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_docx_gives_the_seed_record(tmp_path):
    seed = SEEDS_DIR / "000_620d212c5825e8e7.txt"
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx("".join(paragraph(line) for line in body_lines(seed.name))))
    source = load(path)
    assert (source.format, source.encoding) == ("docx", "utf-8")
    assert source.text.split("\n") == body_lines(seed.name)
    report = build_report(source)
    assert facts(report) == facts(extract_file(seed))
    assert (report.title, report.published) == ("宝山区司法局2023年法治政府建设工作报告", "2024-03-09")
    assert_spans_slice(report, source.text)


def test_docx_runs_breaks_tables_and_what_is_left_out():
    body = (
        '<w:p><w:r><w:t>调解</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>成功率</w:t></w:r>'
        '<w:r><w:t>为99.78%</w:t><w:tab/><w:t>附</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>'
        '<w:p><w:r><w:delText>删除的修订</w:delText></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:t>保留</w:t></w:r></w:p>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p><w:p><w:r><w:t>(件)</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:p><w:r><w:t>调解案件</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>120</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        '<w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>锚定段落</w:t></w:r></w:p>'
    )
    source = from_bytes(make_docx(body))  # no suffix: a ZIP holding word/document.xml
    assert source.format == "docx"
    assert source.text.split("\n") == [
        "调解成功率为99.78%\t附", "第二行", "保留", "项目\t数量 (件)", "调解案件\t120", "文本框", "锚定段落"]


@pytest.mark.parametrize("raw, code, words", [
    (b"plain text, not a zip", ExitCode.UNDECODABLE, "no ZIP container"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), ExitCode.UNDECODABLE, "a .doc or an encrypted DOCX"),
    (make_docx("", document=b"<w:document"), ExitCode.UNDECODABLE, "cannot read the DOCX"),
    (make_docx(paragraph("   ")), ExitCode.EMPTY, "holds no text"),
    (make_docx("", document=b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'),
     ExitCode.UNDECODABLE, "DTD"),
])
def test_bad_docx_is_a_clear_error(tmp_path, raw, code, words):
    assert_load_fails(tmp_path / "bad.docx", raw, code, words)


def test_docx_without_document_part_and_zip_bomb(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    path = tmp_path / "sheet.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(LawreportError, match="no word/document.xml"):
        load(path)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(make_docx(paragraph("调解成功率为99.78%。" * 400_000)))  # ~10 MB of XML in ~30 KB
    assert bomb.stat().st_size < 100_000
    with pytest.raises(LawreportError, match="unpacks to") as info:
        load(bomb, max_bytes=200_000)
    assert info.value.code == ExitCode.TOO_LARGE


# --- PDF -----------------------------------------------------------------------------


def ascii_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF in Helvetica, one text line per entry: enough for pypdf, no library needed."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = "".join(f"BT /F1 11 Tf 72 {760 - 16 * i} Td ({line.replace('(', '[').replace(')', ']')}) Tj ET\n"
                      for i, line in enumerate(lines))
        objects.append(f"<< /Length {len(ops)} >>\nstream\n{ops}endstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_cjk_pdf_keeps_paragraphs_and_gives_the_seed_record():
    pytest.importorskip("pypdf")
    source = load(CJK_PDF)
    assert (source.format, source.encoding) == ("pdf", "pdf")
    lines = source.text.split("\n")
    assert lines[0] == "坪山区司法局2022年法治政府建设年度报告"
    assert lines[1:] == body_lines("004_1e5d942eb283dfeb.txt")  # page numbers gone, wrapped lines joined
    report = build_report(source)
    seed = extract_file(SEEDS_DIR / "004_1e5d942eb283dfeb.txt")  # the seed has no title line; the PDF has
    assert facts(report) == {**facts(seed), "title": "坪山区司法局2022年法治政府建设年度报告"}
    assert_spans_slice(report, source.text)


def test_ascii_pdf_from_stdin_is_recognised_and_joined():
    pytest.importorskip("pypdf")
    raw = ascii_pdf([["Annual report", "The bureau handled a great many cases in",
                      "the year under review, and closed most.", "1"], ["2", "A second page."]])
    report = extract_file(raw)
    assert report.source.format == "pdf"
    proc = run_cli("extract", "--compact", "-", stdin=raw)
    assert proc.returncode == 0, proc.stderr
    assert b'"format":"pdf"' in proc.stdout and proc.stderr == b""
    text = from_bytes(raw, "<stdin>").text
    assert text.split("\n") == ["Annual report",
                                "The bureau handled a great many cases in the year under review, and closed most.",
                                "A second page."]


def test_join_lines_rules():
    full = "一是严格标准落实第一议题坚持以习近平新时代中国特色社会主义思想为指导学习"
    pages = ["- 1 -\n标题不与下一行相连\n" + full + "\n第一议题119次。\n" + full + "。\n下一段\n" + full
             + "\n(二)坚持不懈抓改革\n" + full + "\n  缩进的新段落\n" + full + "；\n分号在行末时相连",
             "第 2 页 共 3 页\n" + full + "\n跨页相连。\n2/3"]
    assert pdf_reader.join_lines(pages).split("\n") == [
        "标题不与下一行相连", full + "第一议题119次。", full + "。", "下一段", full, "(二)坚持不懈抓改革", full,
        "缩进的新段落", full + "；分号在行末时相连", full + "跨页相连。"]


def test_kangxi_radicals_become_ideographs(monkeypatch):
    pytest.importorskip("pypdf")
    page = "⼀、推进依法⾏政\n全年共办理⾏政复议案件120件,办结115件,其中直接纠错12件,纠错率10.4%,\n⼀审⾏政诉讼案件56件。"
    monkeypatch.setattr(pdf_reader, "_page_texts", lambda *args: [page])
    source = pdf_reader.read(b"%PDF-", "x.pdf", "x.pdf", max_bytes=1000, max_chars=10_000)
    assert source.text == ("一、推进依法行政\n"
                           "全年共办理行政复议案件120件,办结115件,其中直接纠错12件,纠错率10.4%,一审行政诉讼案件56件。")


def test_bad_pdfs_are_clear_errors(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    cases = [(b"%PDF-1.4\n" + bytes(range(256)) * 4, ExitCode.UNDECODABLE, "cannot read the PDF")]
    for password, code, words in (("secret", ExitCode.UNDECODABLE, "encrypted"), (None, ExitCode.EMPTY, "no text")):
        writer = pypdf.PdfWriter()
        writer.add_blank_page(200, 200)
        if password:
            writer.encrypt(password, algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        cases.append((buffer.getvalue(), code, words))
    for raw, code, words in cases:
        assert_load_fails(tmp_path / "bad.pdf", raw, code, words)


def test_missing_pdf_extra_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(LawreportError, match=r"pip install 'lawreport\[pdf\]'") as info:
        load(CJK_PDF)
    assert info.value.code == ExitCode.MISSING_EXTRA
    proc = run_cli("extract", str(CJK_PDF), block_pypdf=True)
    assert proc.returncode == int(ExitCode.MISSING_EXTRA)
    assert proc.stdout == b""
    assert proc.stderr.decode("utf-8") == (
        f"lawreport: {CJK_PDF}: reading a PDF needs pypdf: pip install 'lawreport[pdf]'\n")


# --- choosing the reader ---------------------------------------------------------------


def test_readable_suffixes_and_detection():
    assert {".txt", ".html", ".htm", ".docx", ".pdf"} <= formats.READABLE_SUFFIXES
    page = GOV_PAGE.read_bytes()
    assert formats.detect(page, "a/report.txt") == "text"  # the suffix decides
    assert formats.detect(b"plain", "REPORT.PDF") == "pdf"
    assert formats.detect(page, None) == "html"
    assert formats.detect(page, "page.aspx") == "html"
    assert formats.detect(b"\xef\xbb\xbf  <html lang='zh'>", None) == "html"
    assert formats.detect("<!DOCTYPE html>".encode("utf-16"), None) == "html"
    assert formats.detect(b"\n%PDF-1.7", None) == "pdf"
    assert formats.detect(make_docx(paragraph("x")), "download") == "docx"
    assert formats.detect(b"PK\x03\x04 not really a zip", None) == "text"
    assert formats.detect("2023年法治政府建设工作报告".encode(), "v1.2/report") == "text"


def test_text_input_has_no_note_and_loads_no_reader():
    code = ("import sys\nfrom lawreport.pipeline import extract_file\n"
            f"r = extract_file({str(SEEDS_DIR / '000_620d212c5825e8e7.txt')!r})\n"
            "assert r.source.format == 'text'\n"
            "loaded = [m for m in sys.modules if m.startswith('lawreport.readers') or m.split('.')[0] == 'pypdf']\n"
            "assert not loaded, loaded\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert load(SEEDS_DIR / "000_620d212c5825e8e7.txt").note is None


# --- web debris in text files ------------------------------------------------------------

DEBRIS = ["|", "｜", "当前位置:", "当前位置：首页 > 政务公开 > 法治政府建设工作报告", "您现在的位置：首页>>法治政府建设",
          "首页 > 信息公开 > 法治政府建设年度报告", ">>", "分享到：微信 微博", "【字体：大 中 小】", "打印本页 关闭窗口",
          "| 当前位置：首页", "当前位置：首页 | 政务公开 | 法治政府建设工作报告"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_web_debris_never_becomes_title_or_issuer(seed):
    text = seed.read_text(encoding="utf-8")
    plain = extract(text)
    littered = extract("\n".join(DEBRIS) + "\n" + text)
    def who(record):
        return record.title, (record.issuer.name, record.issuer.how) if record.issuer else None

    assert who(littered) == who(plain)
    for record in (plain, littered):
        for value in (record.title, record.issuer.name if record.issuer else None):
            assert value is None or not any(mark in value for mark in ("|", "｜", "当前位置", ">", "首页"))
