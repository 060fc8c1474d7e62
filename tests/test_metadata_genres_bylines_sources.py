"""Metadata and document phrasings met on real pages of many genres: titles cited in a row, bylines, source lines."""

import pytest
from conftest import metadata_field as read

from lawreport.documents import find_documents
from lawreport.normalize import normalize


def document_verbs(sentence: str) -> dict[str, str | None]:
    text = normalize(sentence)
    return {text[found.start:found.end]: found.verb for found in find_documents(text)}


# A verb written inside a title cited before (实施 of …实施纲要, 落实 of …落实方案) introduces no later title.
CITED_VERBS = [
    ("a plan's name holds 实施", "根据《青禾县法治建设实施纲要》和县委依法治县办《青禾县示范创建指南》要求，制定本方案。",
     {"青禾县法治建设实施纲要": None, "青禾县示范创建指南": None}),
    ("the verb before the first title governs the row", "认真落实《青禾县法治建设实施纲要》《青禾县执法公示办法》。",
     {"青禾县法治建设实施纲要": "落实", "青禾县执法公示办法": "落实"}),
    ("the window opening inside a title", "对照《青禾县贯彻执行法治政府建设实施纲要及有关规定的工作计划和任务分工安排》及省委依法治省办《青禾县示范指标》",
     {"青禾县贯彻执行法治政府建设实施纲要及有关规定的工作计划和任务分工安排": None, "青禾县示范指标": None}),
    ("a verb after the cited title still counts", "对《青禾县执法公示办法》进行修订，印发《青禾县执法公示办法(修订)》。",
     {"青禾县执法公示办法": "修订", "青禾县执法公示办法(修订)": "印发"}),
]


@pytest.mark.parametrize(("case", "sentence", "expected"), CITED_VERBS, ids=[c[0] for c in CITED_VERBS])
def test_a_verb_inside_a_cited_title_introduces_no_later_title(case, sentence, expected):
    assert document_verbs(sentence) == expected


# An outlet's name opening a line dates its item and makes it news: its dated line parted by a middle dot, or its
# byline with the writer in parentheses; a body's page dated the same way is no outlet's.
NEWS_LEAD = "青禾县召开法治政府建设工作推进会，总结2023年度法治政府建设情况。\n会议要求各部门压实责任。\n"
OUTLET_LINES = [
    ("an agency's dated line", "青禾县法治政府建设推进会召开\n新华社·2025-10-28 11:55\n" + NEWS_LEAD, ("news", "2025-10-28")),
    ("a site's byline", "青禾法制网:(甲乙丙)\n" + NEWS_LEAD, ("news", None)),
    ("a body's dated line dates the page but is no outlet's",
     "青禾县2023年度法治政府建设情况报告\n青禾县司法局·2024-03-01 10:00\n" + NEWS_LEAD, ("annual_report", "2024-03-01")),
    ("a body's heading with a bracket is no byline", "青禾县司法局:(报送稿)\n" + NEWS_LEAD, ("annual_report", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), OUTLET_LINES, ids=[c[0] for c in OUTLET_LINES])
def test_an_outlets_line_opening_an_item(case, text, expected):
    assert (read(text, "kind"), read(text, "published")) == expected


# A familiar phrase naming a place (法治某市) inside a cited title names that document's place: a street's report
# citing its city's work plan is not placed at the city for it. Said in the text's own words, it still is.
STREET_BODY = "\n一、主要举措\n街道制定《上城区青禾街道议事规则》，按照上城区部署开展法治宣传。\n"
FAMILIAR_IN_TITLES = [
    ("the city's plan cited", "2023年，青禾街道紧扣《2023年法治杭州建设工作要点》，推进法治政府建设取得新成效。" + STREET_BODY,
     ("浙江省", "杭州市", "上城区")),
    ("the city's phrase in the text's own words", "2023年，青禾街道紧扣法治杭州建设要求，推进法治政府建设取得新成效。" + STREET_BODY,
     ("浙江省", "杭州市", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), FAMILIAR_IN_TITLES, ids=[c[0] for c in FAMILIAR_IN_TITLES])
def test_a_familiar_place_inside_a_cited_title_does_not_place_the_report(case, text, expected):
    assert read(text, "region") == expected


# A report delivered under its author's line and its date in brackets (某市人民政府 / (2015年1月10日)) is signed by it;
# a bracketed date under the title, or a bracket holding more than the date, signs nothing. (A page's counter parts the
# author from the title here: a body alone right below a title is its byline, whatever follows; see
# test_metadata_bylines_under_titles.)
REVIEW_BODY = "2014年，全市依法行政工作取得新进展。\n一、加强组织领导\n全市调整充实了依法行政工作领导小组。\n"
BRACKETED_DATES = [
    ("the author above its bracketed date",
     "青禾市2014年度依法行政工作情况报告\n浏览次数:120\n青禾市人民政府\n(2015年1月10日)\n" + REVIEW_BODY, "青禾市人民政府"),
    ("a bracketed date under the title", "青禾市2014年度依法行政工作情况报告\n(2015年1月10日)\n" + REVIEW_BODY, None),
    ("a bracket holding more than a date",
     "青禾市2014年度依法行政工作情况报告\n浏览次数:120\n青禾市人民政府\n(2015年1月10日印发)\n" + REVIEW_BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BRACKETED_DATES, ids=[c[0] for c in BRACKETED_DATES])
def test_an_author_above_a_bracketed_date_signs_the_report(case, text, expected):
    assert read(text, "issuer") == expected


# A bureau's branch written after the bureau (某市公安局某区分局) is the author, not the city's bureau; a branch the
# bureau only acts at (…公安局在某区分局召开…) is no part of its name.
BRANCH_BODY = "\n2023年，我分局坚持以习近平法治思想为指导，推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n"
BRANCHES = [
    ("a district branch", "青禾市公安局白沙区分局关于2023年度法治政府建设情况的报告" + BRANCH_BODY, "青禾市公安局白沙区分局"),
    ("a branch by its own name", "青禾市生态环境局白沙分局2023年度法治政府建设情况报告" + BRANCH_BODY, "青禾市生态环境局白沙分局"),
    ("the bureau alone", "青禾市公安局关于2023年度法治政府建设情况的报告" + BRANCH_BODY, "青禾市公安局"),
    ("a branch where the bureau acts",
     "2023年，青禾市公安局在白沙区分局召开法治政府建设推进会，推进法治政府建设取得新成效。\n一、主要举措和成效\n", "青禾市公安局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), BRANCHES, ids=[c[0] for c in BRANCHES])
def test_a_bureaus_branch_is_the_author(case, text, expected):
    assert read(text, "issuer") == expected


# An item reprinted from a paper (本文转自:某某日报) is news, as one whose 来源 is a paper; one reprinted from a
# government's portal is not made news by that.
WHITE_PAPER_OPENING = "2023年，全市两级法院受理行政案件220件，审结208件。\n"
REPRINTS = [
    ("reprinted from a paper", "青禾中院2023年度行政审判白皮书\n本文转自:青禾日报\n" + WHITE_PAPER_OPENING, "news"),
    ("reprinted from a portal", "青禾中院2023年度行政审判白皮书\n本文转自:青禾市人民政府网\n" + WHITE_PAPER_OPENING,
     "white_paper"),
]


@pytest.mark.parametrize(("case", "text", "expected"), REPRINTS, ids=[c[0] for c in REPRINTS])
def test_an_item_reprinted_from_a_paper_is_news(case, text, expected):
    assert read(text, "kind") == expected


def document_types(sentence: str) -> dict[str, str]:
    text = normalize(sentence)
    return {text[found.start:found.end]: found.type for found in find_documents(text)}


def test_a_work_arrangement_is_a_plan_and_a_seating_arrangement_is_not():
    assert document_types("印发《青禾县2024年度法治政府建设工作安排》。") == {"青禾县2024年度法治政府建设工作安排": "plan"}
    assert document_types("印发《青禾县法治座谈会座次安排》。") == {"青禾县法治座谈会座次安排": "document"}


def test_a_book_a_body_writes_or_prints_has_its_verb():
    assert document_verbs("组织编写出版《青禾县法治宣传读本》。") == {"青禾县法治宣传读本": "编写"}
    assert document_verbs("局机关编印《青禾县执法人员应知应会清单》。") == {"青禾县执法人员应知应会清单": "编印"}
    assert document_verbs("《青禾县法治宣传读本》由县司法局编写。") == {"青禾县法治宣传读本": None}


# A study of the yearly reports says what it is based on in its subtitle (——基于N份报告样本的实证考察), on a line of
# its own or the headline's: it reports on nothing itself, however its headline names the reports.
STUDY_BODY = "\n2021-12-28 甲乙\n引言\n法治政府建设年度报告制度是推动法治政府建设的重要机制。\n"
STUDIES = [
    ("a subtitle line", "法治政府建设年度报告制度：逻辑与展望\n——基于120份县级政府年度报告样本的实证考察" + STUDY_BODY, "other"),
    ("the headline's own", "专题报告 | 法治政府建设年度报告现状调查——基于80份年度报告的分析" + STUDY_BODY, "other"),
    ("a clause running on is no subtitle",
     "青禾县2023年度法治政府建设情况报告\n2023年，全县推进法治政府建设——基于群众满意度调查，改进执法方式。\n一、主要举措\n",
     "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), STUDIES, ids=[c[0] for c in STUDIES])
def test_a_study_based_on_samples_is_no_report(case, text, expected):
    assert read(text, "kind") == expected



# A page's fields drawn as a bulleted list (• 某某商报 / • 2022-06-21 08:40:21) date the page by their stamp; a
# bulleted line of the body opening with a day dates nothing.
BULLETED = [
    ("a bulleted stamp", "青禾市法治政府建设评估结果发布\n• 青禾商报\n• 2022-06-21 08:40:21\n" + NEWS_LEAD, "2022-06-21"),
    ("a bulleted line of the body", "青禾市法治政府建设评估结果发布\n• 2022-06-21起施行新修订的执法规范\n" + NEWS_LEAD, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BULLETED, ids=[c[0] for c in BULLETED])
def test_a_bulleted_stamp_dates_the_page(case, text, expected):
    assert read(text, "published") == expected


# A committee's organ heading a title jointly with another body (某县委全面依法治县委员会办公室 某县司法局关于…) is
# named whole as the first author, never cut to the committee its name opens with; a committee joined by its
# government still gives the government.
JOINT_BODY = "\n2023年，我们坚持以习近平法治思想为指导，推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n"
JOINT_TITLES = [
    ("the organ and a bureau", "中共青禾县委全面依法治县委员会办公室 青禾县司法局关于2023年度法治政府建设情况的报告" + JOINT_BODY,
     "中共青禾县委全面依法治县委员会办公室"),
    ("the organ's short name and a bureau, listed", "中共青禾县委依法治县办、青禾县司法局2023年度法治政府建设情况报告" + JOINT_BODY,
     "中共青禾县委依法治县办"),
    ("the committee and its government", "中共青禾县委 青禾县人民政府关于2023年度法治政府建设情况的报告" + JOINT_BODY,
     "青禾县人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), JOINT_TITLES, ids=[c[0] for c in JOINT_TITLES])
def test_a_committees_organ_heading_a_joint_title_is_named_whole(case, text, expected):
    assert read(text, "issuer") == expected


# A page's stamp under another label (更新时间:…, 发表时间:…, 文章来源:…) is never the title.
STUDY_PAGE = "青禾期刊网\n\n{headline}\n\n{stamp}\n\n一、问题提出\n法治政府评价是法治建设的重要环节。\n"
STAMP_LABELS = [
    ("an update stamp", STUDY_PAGE.format(headline="法治政府评价实证研究——以青禾县为例", stamp="更新时间:2016-07-05"),
     "法治政府评价实证研究——以青禾县为例"),
    ("a posting stamp", STUDY_PAGE.format(headline="法治政府评价实证研究——以青禾县为例", stamp="发表时间:2016-07-05"),
     "法治政府评价实证研究——以青禾县为例"),
    ("a headline opening with 更新 is one", STUDY_PAGE.format(headline="更新执法理念推动法治政府建设", stamp="2016-07-05 10:00 "),
     "更新执法理念推动法治政府建设"),
]


@pytest.mark.parametrize(("case", "text", "expected"), STAMP_LABELS, ids=[c[0] for c in STAMP_LABELS])
def test_a_stamp_under_another_label_is_no_title(case, text, expected):
    assert read(text, "title") == expected


# A headline naming its province and speaking as a county or a city of it (某省我县开展…) is no province's text: the
# county its body names stands. Speaking as the whole region (广西全区…) it is the province's.
COUNTY_LEAD = "\n近日，县委依法治县办在平遥县古城开展集中宣传活动，平遥县各执法单位参加。\n"
SPEAKING_HEADLINES = [
    ("a county speaking", "山西我县开展法治政府建设示范创建宣传活动" + COUNTY_LEAD, ("山西省", "晋中市", "平遥县")),
    ("the province's headline", "山西开展法治政府建设示范创建宣传活动" + COUNTY_LEAD, ("山西省", None, None)),
    ("the whole autonomous region", "广西全区开展法治政府建设示范创建宣传活动\n近日，兴宁区司法局开展集中宣传活动，兴宁区各执法单位参加。\n",
     ("广西壮族自治区", None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), SPEAKING_HEADLINES, ids=[c[0] for c in SPEAKING_HEADLINES])
def test_a_headline_speaking_as_a_county_of_its_province_keeps_the_county(case, text, expected):
    assert read(text, "region") == expected
