"""Documents as annual reports cite them: marks holding no document (a film, a column, a certificate, a card), a
verb telling a law's history rather than what the body did with it, and a title cut at the closing mark of one it cites."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text", [
    "拍摄普法专题片《法润青禾》并在县电视台播出。",
    "推出法治微电影《守望》,点击量逾万次。",
    "在县融媒体中心开设栏目《法治时间》。",
    "創作普法微電影《回家》。",  # a traditional-script mirror
    "全县执法人员均持有《青禾县行政执法证》。",
    "向群众发放《法律服务明白卡》3000张。",
    "编印出版《青禾法治故事》。",
    "传达了全市法治政府建设《示范创建工作推进会议》精神。",
    "5月成立了《青禾县行政复议咨询委员会》。",
])
def test_marks_holding_no_document_are_no_document(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    # the kind of document ends the title: a document about certificates, a meeting's minutes
    ("修订《青禾县行政执法证件管理办法》。", ("青禾县行政执法证件管理办法", "law", "修订")),
    ("印发《县政府常务会议纪要》。", ("县政府常务会议纪要", "document", "印发")),
    ("制定《青禾县法治宣传栏目管理办法》。", ("青禾县法治宣传栏目管理办法", "law", "制定")),
    ("形成《青禾县老城区改造项目可行性论证》。", ("青禾县老城区改造项目可行性论证", "document", "形成")),
    # a word before 《 that names no programme
    ("下发《青禾县2024年普法工作要点》。", ("青禾县2024年普法工作要点", "plan", "下发")),
])
def test_a_document_about_a_certificate_or_a_meeting_is_a_document(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("组织学习新修订的《中华人民共和国行政复议法》。", ("中华人民共和国行政复议法", "law", None)),
    ("全面贯彻新修订的《中华人民共和国行政复议法》。", ("中华人民共和国行政复议法", "law", "贯彻")),
    ("严格执行修改后的《青禾县规范性文件管理办法》。", ("青禾县规范性文件管理办法", "law", "执行")),
    # no 新 or 后: the body or the one named made the title
    ("我局牵头制定的《青禾县法治政府建设实施方案》纳入年度重点。", ("青禾县法治政府建设实施方案", "plan", "制定")),
    ("中共中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》。",
     ("法治政府建设实施纲要(2021—2025年)", "plan", "印发")),
    # no 的: the verb introduces the title
    ("今年修订《青禾县规范性文件管理办法》。", ("青禾县规范性文件管理办法", "law", "修订")),
    ("县政府印发《青禾县行政复议工作规则》。", ("青禾县行政复议工作规则", "law", "印发")),
])
def test_a_verb_telling_a_laws_history_does_not_introduce_its_title(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("制定《青禾县贯彻落实〈法治政府建设实施纲要(2021-2025年)工作方案〉》。",
     ("青禾县贯彻落实〈法治政府建设实施纲要(2021-2025年)工作方案〉", "plan", "制定")),
    ("印发《关于印发〈青禾县行政执法公示办法〉的通知》。",
     ("关于印发〈青禾县行政执法公示办法〉的通知", "document", "印发")),
    ("学习《青禾县“法治乡村”》。", ("青禾县“法治乡村”", "document", None)),
])
def test_a_title_cut_at_a_cited_titles_closing_mark_is_of_that_titles_kind(text, expected):
    assert _found(text) == [expected]


def test_a_programme_cited_again_without_its_word_is_still_no_document():
    text = "推出法治微电影《守望》。全县干部集中观看《守望》,反响热烈。"
    assert _found(text) == []


def test_a_document_cited_again_stays_a_document():
    text = "印发《青禾县普法工作方案》。各乡镇落实《青禾县普法工作方案》。"
    assert [title for title, _, _ in _found(text)] == ["青禾县普法工作方案", "青禾县普法工作方案"]


@pytest.mark.parametrize("text, expected", [
    ("开展《以案说法》进社区活动。", ("以案说法", "document")),
    ("组织收看《周末看法》。", ("周末看法", "document")),
    ("学习《中华人民共和国行政复议法》。", ("中华人民共和国行政复议法", "law")),
    ("学习《中华人民共和国立法法》。", ("中华人民共和国立法法", "law")),
    ("制定《青禾县领导干部学法办法》。", ("青禾县领导干部学法办法", "law")),
])
def test_a_programme_named_by_a_phrase_ending_in_fa_is_no_law(text, expected):
    assert [(title, kind) for title, kind, _ in _found(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("评出微电影《归途》《守望》、微视频《一线》等作品。", []),
    ("推出普法栏目《法在身边》和《律师说案》。", []),
    # titles in a row after no programme word stay documents
    ("印发《青禾县普法工作方案》《青禾县行政执法公示办法》。", ["青禾县普法工作方案", "青禾县行政执法公示办法"]),
])
def test_titles_listed_after_a_programme_word_share_it(text, expected):
    assert [title for title, _, _ in _found(text)] == expected
