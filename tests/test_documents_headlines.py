"""Documents: a headline cited in 《》, stating a share or a rank (新华社《…出庭应诉率达100%》, 《…位居全省第二位》), is
news of a result, no document, and so is the headline a paper gave its news on the work (以《…》为题刊发); a document
about the same rate or about a ranking, and a law or a plan named so, stays."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.documents import find_documents


def _titles(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text", [
    "。如2023年5月某报《青河县行政机关负责人出庭应诉率达100%》一稿,",
    "，还有《青河县去年行政复议纠错率为12.5% 同比上升两个百分点》等报道。",
    "，《青河县法治政府建设考核位居全市第一》《柳林镇人民调解工作名列全县第3位》等宣传信息屡见报端。",
    "。某新闻客户端《青河:行政诉讼败诉率降至3%以下》,",
    "。我县经验做法被省法治报以《青河:调解员走进田间地头》为题刊发。",
    "，县电视台以《法治护航 乡村振兴》为主题进行专题报道。",
])
def test_a_headline_stating_a_share_or_a_rank_is_no_document(text):
    assert _titles(text) == []


@pytest.mark.parametrize("text, titles", [
    ("。印发《青河县关于提高行政机关负责人出庭应诉率的实施意见》。",
     [("青河县关于提高行政机关负责人出庭应诉率的实施意见", "plan", "印发")]),
    ("，制定《青河县法治建设考核排名办法》。", [("青河县法治建设考核排名办法", "law", "制定")]),
    ("。落实《青河县行政复议案件第一次听证规则》,", [("青河县行政复议案件第一次听证规则", "law", "落实")]),
    ("，以《民法典》为题举办专题讲座。", [("民法典", "law", None)]),
    ("，以《青河县法治政府建设实施方案》为主题开展解读。", [("青河县法治政府建设实施方案", "plan", None)]),
])
def test_a_document_about_a_rate_or_a_ranking_stays(text, titles):
    assert _titles(text) == titles


def test_a_headlines_figure_is_quoted_not_the_texts_own():
    """The figure of a headline the text cites (…达100%) is another's statement: the text's own rate is read, the
    headline's is not, though the headline is no document."""
    report = extract("青禾县司法局2024年工作总结\n2024年,青禾县行政机关负责人出庭应诉率达95%。"
                     "另据某报《柳林县行政机关负责人出庭应诉率达100%》报道,邻县亦有进展。\n")
    assert [(m.key, m.value) for m in report.metrics] == [("head_appearance_rate", 95.0)]
    assert [(r.label, r.value) for r in report.rates] == [("青禾县行政机关负责人出庭应诉率", 95.0)]
    assert report.documents == []
