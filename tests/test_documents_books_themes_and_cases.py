"""Documents: a book (《…》一书, 《…》,某某出版社2020年版), an article (《…》一文, 《…》被…刊登, 《…》,载《某刊》), a theme (《…》主题演讲), a case written up
(《…》案例), a talk show (《…》访谈) and a comic (漫画《…》) are no documents; a law or a plan cited before the same words
stays."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _titles(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text", [
    "。汇编出版《青河调解故事》一书。",
    "，举办《法治伴我同行》主题征文比赛。",
    "。报送的《巧解邻里宅基地纠纷》案例获评全省优秀案例。",
    "，开设《律师面对面》访谈12期。",
    "。绘制普法漫画《小青说法》30幅。",
    "；《青河县多措并举推进法治政府建设》被省司法厅微信公众号刊登。",
    "。撰写的《基层调解工作的几点思考》一文获评优秀论文。",
    # a footnote citing an article or a book: the journal it was carried in is a publication, not listed here
    "。参见张某:《行政复议主渠道作用的几点思考》,载微信公众号“青河法治”。",
    "。参见李某:《基层行政调解的实践逻辑》,中国法制出版社2020年版。",
    "。参见王某:《行政诉讼法理解与适用》(下),人民法院出版社2018年版。",
    # works in an award list, counted after the titles, or named so themselves
    "。其中青河县的《调解故事》等5个作品获金奖,白沙区的《说法》等10部微电影获银奖。",
    "。青河县的《宪法宣传片》获评优秀作品。",
])
def test_a_book_a_theme_a_case_a_talk_show_or_a_comic_is_no_document(text):
    assert _titles(text) == []


@pytest.mark.parametrize("text, titles", [
    ("，开展《中华人民共和国民法典》主题宣传。", [("中华人民共和国民法典", "law", None)]),
    ("。组织《行政复议法》案例解读。", [("行政复议法", "law", None)]),
    ("，围绕《青河县法治政府建设实施方案》主题开展宣讲。", [("青河县法治政府建设实施方案", "plan", None)]),
    ("。编印《法律明白人学习手册》。", [("法律明白人学习手册", "document", "编印")]),
    ("；《青河县行政执法公示办法》被省司法厅转载推广。", [("青河县行政执法公示办法", "law", None)]),
    # a law listed before a count of other things stays (等3件规范性文件)
    ("。制定《青河县行政执法公示办法》等3件规范性文件。", [("青河县行政执法公示办法", "law", "制定")]),
    # a law after a comma and 载 in another sense stays (载明, 载入)
    ("。《青河县行政复议工作规则》,载明了受理程序。", [("青河县行政复议工作规则", "law", None)]),
])
def test_a_document_before_the_same_words_stays(text, titles):
    assert _titles(text) == titles
