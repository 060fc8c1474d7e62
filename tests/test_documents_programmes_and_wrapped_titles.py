"""Documents as annual reports list them: a programme named before its kind word (《…》栏目), a show named after
one (动漫剧《…》), a title wrapped over a line, titles in a row after one verb, and nested marks."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents
from lawreport.pipeline import extract


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text", [
    "在县电视台开设《法治时间》栏目。",
    "推出《以案释法》专栏,每周更新。",
    "拍摄《守护》微电影并在网上播放。",
    "制作《青禾说法》系列短视频20期。",
    "打造《邻里之间》普法栏目。",
    "开设《法治时间》栏目。全县干部收看《法治时间》。",  # cited again without its word
])
def test_a_programme_named_before_its_kind_word_is_no_document(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    # a normative document named before 文件 or 的通知, a law a film is about, a handbook the body printed
    ("县政府印发《关于加强行政规范性文件管理的通知》文件。", ("关于加强行政规范性文件管理的通知", "document", "印发")),
    ("拍摄《中华人民共和国民法典》宣传片。", ("中华人民共和国民法典", "law", None)),
    ("编印《以案说法》读本2000册。", ("以案说法", "document", "编印")),
    ("制定《青禾县法治宣传栏目管理办法》专项。", ("青禾县法治宣传栏目管理办法", "law", "制定")),
])
def test_a_document_before_a_word_that_names_no_programme_stays(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("组织学习《以案释法》。", [("以案释法", "document", None)]),
    ("学习《中华人民共和国立法法》。", [("中华人民共和国立法法", "law", None)]),
])
def test_a_programme_phrase_in_shi_fa_is_no_law(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "创作普法动漫剧《青禾小司》并在县台播出。",
    "排演黄梅戏《法润乡村》。",
    "编排快板《调解好》、三句半《说民法》。",
])
def test_a_show_named_after_its_kind_word_is_no_document(text):
    assert _found(text) == []


def test_a_title_holding_a_show_word_after_a_verb_stays():
    text = "话剧团印发《青禾县剧团演出管理办法》。"
    assert _found(text) == [("青禾县剧团演出管理办法", "law", "印发")]


def test_a_title_wrapped_over_a_line_is_one_title():
    text = "县政府制定《青禾县关于全面推进\n法治政府建设的实施方案》,明确任务。"
    assert _found(text) == [("青禾县关于全面推进\n法治政府建设的实施方案", "plan", "制定")]


def test_a_wrapped_title_is_recorded_as_one_line_and_cited_as_written():
    text = "县政府制定《青禾县关于全面推进 \n\u3000\u3000法治政府建设的实施方案》,明确任务。"
    (document,) = extract(text).documents
    assert document.title == "青禾县关于全面推进法治政府建设的实施方案"
    assert document.evidence.text == "青禾县关于全面推进 \n\u3000\u3000法治政府建设的实施方案"
    assert text[document.evidence.start:document.evidence.end] == document.evidence.text


@pytest.mark.parametrize("text", [
    "学习《青禾县\n\n法治政府建设实施方案》。",  # a blank line ends a paragraph, not a line
    "学习《一\n二\n三\n四》。",  # more breaks than a wrapped title has
])
def test_marks_open_across_paragraphs_hold_no_title(text):
    assert _found(text) == []


def test_titles_in_a_row_share_the_verb_before_the_first():
    text = ("县政府印发《青禾县关于进一步规范行政执法行为的若干措施》《青禾县行政执法全过程记录实施细则》"
            "和《青禾县重大执法决定法制审核办法》。")
    assert [verb for _, _, verb in _found(text)] == ["印发", "印发", "印发"]


@pytest.mark.parametrize("text, expected", [
    # a verb between the titles, or a sentence's end, ends the row
    ("制定《青禾县普法工作方案》,修订《青禾县行政执法公示办法》。", ["制定", "修订"]),
    ("印发《青禾县普法工作方案》。《青禾县行政执法公示办法》自5月起施行。", ["印发", None]),
])
def test_a_row_of_titles_ends_at_a_verb_or_a_sentence(text, expected):
    assert [verb for _, _, verb in _found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("县政府印发《关于印发《青禾县行政执法公示办法》的通知》。", [("青禾县行政执法公示办法", "law", "印发")]),
    ("制定《《青禾县重大行政决策程序规定》》。", [("青禾县重大行政决策程序规定", "law", "制定")]),
    ("学习《 纲要 》。", []),
])
def test_nested_or_doubled_marks_give_the_inner_title(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "组织干部观看《失守的底线》等警示教育片。",
    "集中收看《青禾一课》《青禾二课》等警示片。",  # a row before the word shares it
])
def test_titles_before_a_film_word_with_deng_are_no_documents(text):
    assert _found(text) == []


def test_a_law_listed_before_a_film_word_stays():
    text = "观看《中华人民共和国监察法》等专题片。"
    assert _found(text) == [("中华人民共和国监察法", "law", None)]


@pytest.mark.parametrize("text, expected", [
    ("县政府印发《关于青禾县2024年法治督察情况的通报》。", "document"),
    ("向县委提交《青禾县司法局2024年法治建设工作汇报》。", "document"),
    ("在《青禾日报》开设专版。", "publication"),
    ("文章刊发于《法治周报》。", "publication"),
])
def test_a_circular_or_a_briefing_is_no_paper(text, expected):
    assert [kind for _, kind, _ in _found(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("汇编《青禾县领导干部应知应会法律法规选编》发至各单位。", "汇编"),
    ("编成资料汇编,组织学习《青禾县行政执法公示办法》。", None),  # a noun in a clause before
])
def test_huibian_before_a_title_introduces_it(text, expected):
    assert [verb for _, _, verb in _found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "联合推出一档法治栏目——《青禾说法》,每周播出。",
    "开办《法治青禾》电视栏目和《青禾之声》广播栏目。",
    "央视将播出《援助在身边》。《援助在身边》首播后反响热烈。",
    "自制节目《青禾普法时》于5月开播。",
    "《法治青禾》开播以来共制作20期。",
])
def test_a_broadcast_programme_is_no_document(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("《青禾县行政复议工作规则》播出解读后反响良好。", [("青禾县行政复议工作规则", "law", None)]),
    ("印发《青禾县普法工作方案》——《方案》明确了任务。", [("青禾县普法工作方案", "plan", "印发")]),
])
def test_a_document_before_a_broadcast_word_stays(text, expected):
    assert _found(text) == expected


_CENTRED_COVER = ("                    青禾县人民政府\n"
                  "          关于2023年度法治政府建设工作情况的\n"
                  "                        报告\n\n"
                  "                                    青政发〔2024〕5号\n\n"
                  "　　2023年，我县扎实推进法治政府建设，全年办理法律援助案件四百件。\n")


def test_a_cover_title_centred_over_three_lines_is_one_title():
    report = extract(_CENTRED_COVER)
    assert report.title == "青禾县人民政府关于2023年度法治政府建设工作情况的报告"
    assert report.issuer is not None and report.issuer.name == "青禾县人民政府"


def test_a_centred_title_is_not_joined_to_a_line_set_apart_by_text():
    cover = _CENTRED_COVER.replace("\n                        报告", "\n（征求意见稿）\n                        报告")
    assert extract(cover).title != "青禾县人民政府关于2023年度法治政府建设工作情况的报告"
