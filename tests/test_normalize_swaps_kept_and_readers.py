"""Mirror words swapped only as words (回覆 but not 来回覆盖), Taiwan-phrasing words a rule reads (来源:网路,
网路安全, 短影片), and pages saved as real sites save them: a word processor's table with a paragraph in each cell."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize
from lawreport.readers.html import extract_text

# --- 覆 words (swapped as words: WORD_SWAPS of test_normalize_mirror_words_and_scripts.py), kept where 覆盖
# holds their second character --------------------------------------------------------------------------


@pytest.mark.parametrize("kept", ["信号塔来回覆盖两镇", "新设备分批覆盖到户", "服务多重覆盖城乡"])
def test_fu_gai_after_hui_pi_or_zhong_is_kept(kept):
    assert normalize(kept) == kept


# --- Taiwan-phrasing words a rule reads, each with the word fixing its sense ---------------------

PAGE = ("青禾县司法局2023年法治政府建设年度报告\n来源:{source} 发布时间:2024-02-01\n"
        "2023年,县司法局坚持依法行政,全年办理法律援助案件120件。\n")


def test_a_page_reprinted_from_the_network_in_taiwan_phrasing_is_no_news_item():
    # 来源:网络 names no paper or news site; 網路 alone would read as a source ending in 网.
    assert normalize("來源:網路") == "来源:网络"
    assert extract(PAGE.format(source="網路")).kind == extract(PAGE.format(source="网络")).kind == "annual_report"
    assert extract(PAGE.format(source="青禾日报")).kind == "news"


def test_the_cyberspace_office_in_taiwan_phrasing_is_an_institution():
    text = "2023年,县委網路安全和資訊化委員會辦公室开展网络普法宣传。"
    assert normalize(text).startswith("2023年,县委网络安全和信息化委员会办公室")
    assert "县委网络安全和信息化委员会办公室" in [normalize(i.name) for i in extract(text).institutions]
    assert normalize("加强电网路段巡查") == "加强电网路段巡查"  # 网路 of other words stays


@pytest.mark.parametrize("written", ["拍摄普法短影片《守法之家》", "拍摄普法微影片《守法之家》"])
def test_a_short_video_in_taiwan_phrasing_is_a_programme_not_a_document(written):
    assert [d.title for d in extract(f"2023年,县司法局{written}。").documents] == []
    assert normalize("组织观看教育影片《警钟》") == "组织观看教育影片《警钟》"  # a film is 影片 in both


# --- HTML pages: a word processor's table, each cell's text in a paragraph --------------------------


def _page(table: str, body: str = "") -> str:
    return ("<html><head><title>某区司法局2023年法治政府建设年度报告</title></head><body>"
            f"{table}<div class=\"content\"><p>2023年,区司法局坚持依法行政,全面推进法治政府建设,"
            f"取得新进展。全年办理法律援助案件120件,同比增长5%。</p>{body}<p>一、主要举措</p>"
            "<p>加强行政执法监督。</p></div></body></html>")


FIGURES = ("<table class=\"MsoNormalTable\"><tr><td><p class=\"MsoNormal\"><span>项目</span></p></td>"
           "<td><p class=\"MsoNormal\"><span>2023年</span></p></td></tr>"
           "<tr><td><p>行政复议案件<span>(件)</span></p></td><td><p>88</p></td></tr>"
           "<tr><td><p>&nbsp;</p></td><td><div>备注</div></td></tr></table>")


def test_a_table_row_whose_cells_each_hold_one_paragraph_is_one_line():
    lines = extract_text(_page("", FIGURES)).split("\n")
    assert "项目\t2023年" in lines
    assert "行政复议案件(件)\t88" in lines
    assert "备注" in lines


def test_a_cell_of_two_paragraphs_leaves_its_row_on_lines_of_its_own():
    table = "<table><tr><td><p>行政复议</p></td><td><p>新收88件</p><p>审结80件</p></td></tr></table>"
    lines = extract_text(_page("", table)).split("\n")
    assert ["行政复议", "新收88件", "审结80件"] == [line for line in lines if line in {"行政复议", "新收88件", "审结80件"}]
    assert not any("\t" in line for line in lines)


@pytest.mark.parametrize("cell", ["<p>{}</p>", "<div><span>{}</span></div>"])
def test_a_labelled_table_of_a_disclosure_page_gives_its_line_when_each_cell_holds_a_paragraph(cell):
    row = "".join(f"<td>{cell.format(text)}</td>" for text in ("发布机构:", "某区司法局", "发文日期:", "2024-01-15"))
    text = extract_text(_page(f"<table class=\"xxgk\"><tr>{row}</tr></table>"))
    assert text.split("\n")[1] == "发布机构:某区司法局  发文日期:2024-01-15"
    assert extract(text).published == "2024-01-15"


def test_a_row_inside_nested_layout_tables_is_read_once():
    # Each row is read once, whatever the tables around it: no table makes its inner rows read again.
    page = "<table><tr><td>" * 200 + "<p>甲</p><p>乙</p>" + "</td></tr></table>" * 200
    assert extract_text(page) == "甲\n乙"
