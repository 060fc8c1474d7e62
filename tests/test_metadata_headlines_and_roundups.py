"""Metadata phrasings of real pages: headlines broken over two lines, roundups of figures, townships by their place."""

import pytest
from conftest import metadata_field as read

NEWS_BODY = "本报讯 近日，记者从县司法局获悉，今年以来全县共受理法律援助案件320件。\n"

# An e-paper breaks a long headline before its verb: the line above holds the subject; a kicker above a main line
# that names its own subject stays apart.
HEADLINES = [
    ("a change's verb opens the second line", "青禾县法律援助案件\n同比增长两成\n" + NEWS_BODY, "青禾县法律援助案件同比增长两成"),
    ("a level reached opens the second line", "全县执业律师人数\n已达一千二百人\n" + NEWS_BODY, "全县执业律师人数已达一千二百人"),
    ("a kicker above a main line naming its subject", "践行新时代枫桥经验\n青禾县调解成功率保持高位\n" + NEWS_BODY,
     "青禾县调解成功率保持高位"),
    ("a result won for people opens the second line", "我省各级法律援助机构\n追回劳动报酬近千万元\n" + NEWS_BODY,
     "我省各级法律援助机构追回劳动报酬近千万元"),
    ("an honour opens the second line", "青禾县白沙司法所\n荣获全国模范司法所称号\n" + NEWS_BODY,
     "青禾县白沙司法所荣获全国模范司法所称号"),
    ("an honour after a town's station named in full", "青禾县白沙镇司法所\n荣获全国模范司法所称号\n" + NEWS_BODY,
     "青禾县白沙镇司法所荣获全国模范司法所称号"),
    ("a result after a bureau's name", "青禾县司法局\n获评全省法治宣传先进单位\n" + NEWS_BODY,
     "青禾县司法局获评全省法治宣传先进单位"),
    ("a main line opening with a noun of 获得 names its own subject", "法治护航营商环境\n获得感写在企业脸上\n" + NEWS_BODY,
     "获得感写在企业脸上"),
]


@pytest.mark.parametrize(("case", "text", "expected"), HEADLINES, ids=[c[0] for c in HEADLINES])
def test_a_headline_broken_before_its_verb_is_read_whole(case, text, expected):
    assert read(text, "title") == expected


# A 来源 credit in brackets under the headline is page furniture, never the title.
def test_a_bracketed_source_credit_is_no_title():
    text = "调解队伍扎根田间地头\n(来源:青禾法制报)\n" + NEWS_BODY
    assert read(text, "title") == "调解队伍扎根田间地头"


def test_an_unbracketed_headline_line_stays_the_title():
    text = "来自田间地头的调解声音\n" + NEWS_BODY
    assert read(text, "title") == "来自田间地头的调解声音"


# An untitled text opening with its year and the work's results under a heading on 依法行政 is the year's report; a
# roundup announcing the figures that follow is no body's report.
ROUNDUP_HEAD = "2023年,全国法治建设取得重大成绩。下面,通过一组组数据,回顾一年来的新进展。\n"
REPORT_HEAD = "2023年,青禾县司法局深入推进法治政府建设,各项工作取得新成效。\n"
HEADING = "一、关于立法工作\n全年制定地方性法规3件。\n二、关于依法行政\n全年办理行政复议案件120件。\n"


def test_a_roundup_of_figures_is_no_yearly_report():
    assert read(ROUNDUP_HEAD + HEADING, "kind") != "annual_report"


def test_a_yearly_report_under_a_work_heading_stays_one():
    assert read(REPORT_HEAD + HEADING, "kind") == "annual_report"


# A street office or a town a title names by its place alone is named by its office when the text spells that out;
# a town never spelled out, a place, names no body.
TOWNSHIPS = [
    ("a street office spelled out in the opening",
     "青禾街道2024年法治政府建设工作报告\n2024年以来,青禾街道办事处坚持依法行政,各项工作取得新成效。现将有关情况报告如下:\n",
     "青禾街道办事处"),
    ("a town's government in the report's statement",
     "白沙镇2023年法治政府建设年度报告\n2023年以来,白沙镇扎实推进法治政府建设。现将白沙镇人民政府2023年法治政府建设工作报告如下:\n",
     "白沙镇人民政府"),
    ("a town never spelled out names no body",
     "白沙镇2023年法治政府建设年度报告\n2023年以来,白沙镇扎实推进法治政府建设。现将有关情况报告如下:\n",
     None),
]


@pytest.mark.parametrize(("case", "text", "expected"), TOWNSHIPS, ids=[c[0] for c in TOWNSHIPS])
def test_a_township_by_its_place_is_named_by_its_office(case, text, expected):
    assert read(text, "issuer") == expected


# A speech's occasion under its lost title may be wrapped at the margin: neither half is a title, and the speaker's
# office above the salutation authors it; the speaker's own words (我代表区人民检察院) name no body.
SPEECH = ("—2022年1月9日在青禾区第十九届人民代表大会\n第一次会议上\n青禾区人民检察院检察长 林青\n各位代表:\n"
          "我代表区人民检察院向大会报告工作,请予审议。\n过去五年工作回顾\n五年来共办理各类案件三千件。\n")


def test_a_wrapped_occasion_is_no_title():
    assert read(SPEECH, "title") is None


def test_a_headline_on_a_meeting_stays_the_title():
    text = "青禾区召开第一次法治政府建设推进会议\n" + NEWS_BODY
    assert read(text, "title") == "青禾区召开第一次法治政府建设推进会议"


def test_the_speakers_office_authors_the_speech():
    assert read(SPEECH, "issuer") == "青禾区人民检察院"


def test_a_speakers_words_name_no_body():
    text = "各位代表:\n我代表区人民检察院向大会报告工作,请予审议。\n五年来共办理各类案件三千件。\n"
    assert read(text, "issuer") is None


def test_a_body_named_in_the_opening_still_authors():
    text = "2023年,青禾区人民检察院坚持依法履职,各项工作取得新成效。\n一、主要工作\n全年办理案件三千件。\n"
    assert read(text, "issuer") == "青禾区人民检察院"


# A department's yearly report names itself after its level alone (2023年,区教育局…): the place the report names
# completes it; with no place named it stays unnamed.
DEPARTMENTS = [
    ("an education bureau", "2023年,区教育局在杭州市上城区区委、区政府领导下坚持依法治教,各项工作取得新成效。现将有关情况报告如下:\n",
     "上城区教育局"),
    ("a health commission", "2023年,区卫生健康委在杭州市上城区区委、区政府领导下坚持依法行政,各项工作取得新成效。现将有关情况报告如下:\n",
     "上城区卫生健康委"),
    ("a natural resources bureau", "2023年,县自然资源局在浙江省淳安县县委、县政府领导下坚持依法行政,各项工作取得新成效。现将有关情况报告如下:\n",
     "淳安县自然资源局"),
    ("no place named", "2023年,区教育局坚持依法治教,各项工作取得新成效。现将有关情况报告如下:\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), DEPARTMENTS, ids=[c[0] for c in DEPARTMENTS])
def test_a_department_by_its_level_is_completed_by_the_place(case, text, expected):
    assert read(text, "issuer") == expected


# A page may run its headline into its date or source line without a break: the part before the label is the title.
RUN_INTO_LABEL = [
    ("a date label", "要闻与资讯\n青禾县命名首批法治政府建设示范项目发布时间:2021-09-16  来源:青禾日报  作者:林青  浏览量:\n"
     + NEWS_BODY, "青禾县命名首批法治政府建设示范项目"),
    ("a source label", "要闻与资讯\n青禾县命名首批法治政府建设示范项目来源:青禾日报  作者:林青  浏览次数:12次 更新于本月\n"
     + NEWS_BODY, "青禾县命名首批法治政府建设示范项目"),
    ("a box row opening with its label is no title",
     "青禾县法治政府建设示范项目\n发表时间:2025-04-04 12:04:22来源:青禾日报,作者:林青,编辑:王岚,浏览次数:12次\n" + NEWS_BODY,
     "青禾县法治政府建设示范项目"),
    ("a body's name before a label is the site's, no title",
     "青禾县示范项目名单揭晓\n青禾县司法局发布时间:2021-09-16  来源:青禾日报  作者:林青  浏览量:12次 更新于本月初 责任编辑:王岚 审核:李青 终审:赵明\n" + NEWS_BODY,
     "青禾县示范项目名单揭晓"),
    ("a sentence before a label is no title",
     "青禾县示范项目名单揭晓\n据介绍,青禾县今年评选出首批示范项目,具体名单将于近期公布 发布时间:另行通知,敬请关注有关消息。\n"
     + NEWS_BODY, "青禾县示范项目名单揭晓"),
]


@pytest.mark.parametrize(("case", "text", "expected"), RUN_INTO_LABEL, ids=[c[0] for c in RUN_INTO_LABEL])
def test_a_headline_run_into_its_date_line_is_the_title(case, text, expected):
    assert read(text, "title") == expected


# A news lead wrapped at the margin after its preposition (记者12日从 / 某厅获悉,…): its first line is no headline.
WRAPPED_LEAD = [
    ("the day before the preposition", "记者12日从\n青禾省司法厅获悉,全省公证机构去年共办理公证书1200件。\n", None),
    ("近日 before 在", "记者近日在\n青禾县法律援助中心了解到,该中心全年共受理案件320件。\n", None),
    ("a title wrapped on two lines is still joined", "关于2023年法治政府建设\n情况的报告\n2023年,全县共办理行政复议案件120件。\n",
     "关于2023年法治政府建设情况的报告"),
    ("a headline ending in a verb that ends as a preposition does", "青禾律师从容面对\n" + NEWS_BODY, "青禾律师从容面对"),
]


@pytest.mark.parametrize(("case", "text", "expected"), WRAPPED_LEAD, ids=[c[0] for c in WRAPPED_LEAD])
def test_a_leads_first_line_wrapped_after_its_preposition_is_no_headline(case, text, expected):
    assert read(text, "title") == expected
