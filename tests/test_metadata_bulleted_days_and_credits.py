"""Metadata of portal pages whose header is a bulleted list of fields, and of items a credit or a byline closes."""

import pytest
from conftest import metadata_field as read

_LEAD = "\n  2024年,青禾市深入推进法治政府建设,全年办理行政复议案件320件。\n"

# A portal header may list its fields as bullets, the page's day among them as a bare date (• 听全文 / • 2025-01-22 /
# • 来源:某市司法局), in words too, its time after it or not (• 2025年01月22日 09时30分, · 2024年12月4日): that date is
# the page's. A bulleted line of the body opening with a day is no such field (• 2024年12月31日前完成…).
BULLETED_DAYS = [
    ("a bare day among the header's bullets",
     "青禾市人民政府关于2024年度法治政府建设情况的报告\n  • 听全文\n  • 2025-01-22\n  • 来源:青禾市司法局\n  • 分享到\n" + _LEAD,
     "2025-01-22"),
    ("a column's name and the day as bullets",
     "青禾法院诉前调解成功案件3.2万件\n  • 本地资讯\n  • 2024-12-04\n" + _LEAD, "2024-12-04"),
    ("a dash as the bullet", "青禾法院诉前调解成功案件3.2万件\n- 本地资讯\n- 2024-12-04\n" + _LEAD, "2024-12-04"),
    ("a bulleted line of the body opening with a day",
     "青禾法院诉前调解成功案件3.2万件\n  • 本地资讯\n  • 2024-12-04起施行新修订的调解规则\n" + _LEAD, None),
    ("a day in words and its time in words as a bullet",
     "青禾省人民政府2024年度法治政府建设工作情况\n  • 2025年01月22日 09时30分\n  • 来源: 省司法厅\n" + _LEAD, "2025-01-22"),
    ("a day in words and its time in digits as a bullet",
     "青禾省人民政府2024年度法治政府建设工作情况\n  • 2025年01月22日 09:30\n  • 来源: 省司法厅\n" + _LEAD, "2025-01-22"),
    ("a middle dot as the bullet of a day in words",
     "青禾省2024年法治政府建设情况\n· 2024年12月4日\n· 来源:省政府办公厅\n" + _LEAD, "2024-12-04"),
    ("a bulleted line of the body opening with a day in words",
     "青禾省2024年法治政府建设情况\n  • 本地资讯\n  • 2024年12月31日前完成规范性文件清理工作\n" + _LEAD, None),
    ("a bulleted sentence opening with a day in words",
     "青禾省2024年法治政府建设情况\n  • 本地资讯\n  • 2024年12月31日,全省完成规范性文件清理。\n" + _LEAD, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BULLETED_DAYS, ids=[c[0] for c in BULLETED_DAYS])
def test_a_bare_bulleted_day_dates_the_page(case, text, expected):
    assert read(text, "published") == expected


# An untitled text opening with its one year whose first part is the heads' duty, named as a yearly report names the
# part it opens with, is that year's report, whatever its opening goes on to tell (…确保…在法治轨道上运行). A plan's task
# of that duty (一、切实履行…职责) is no such part, nor is the duty under an opening with a span (2022年以来,…).
_DUTY_BODY = ("\n一是压实主体责任。局主要负责人对法治建设工作亲自部署、亲自过问。\n"
              "二、完善依法行政制度体系\n全年审核规范性文件5件。\n")
DUTY_PARTS = [
    ("the heads' duty under the year's opening",
     "2022年,青禾市水务局坚持以习近平法治思想为指导,确保水务工作在法治轨道上运行。\n"
     "一、党政主要负责人履行推动法治建设第一责任人职责" + _DUTY_BODY, "annual_report"),
    ("the duty's state as the part",
     "2023年,青禾县林业局认真落实上级部署,确保各项工作依法开展。\n"
     "一、主要负责人履行推进法治建设第一责任人职责情况" + _DUTY_BODY, "annual_report"),
    ("a plan's task of the duty",
     "2022年,青禾市水务局坚持以习近平法治思想为指导,确保水务工作在法治轨道上运行。\n"
     "一、切实履行党政主要负责人推进法治建设第一责任人职责" + _DUTY_BODY, "other"),
    ("the duty under an opening with a span",
     "2022年以来,青禾市水务局坚持以习近平法治思想为指导,确保水务工作在法治轨道上运行。\n"
     "一、党政主要负责人履行推动法治建设第一责任人职责" + _DUTY_BODY, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), DUTY_PARTS, ids=[c[0] for c in DUTY_PARTS])
def test_the_heads_duty_as_the_first_part_makes_the_yearly_report(case, text, expected):
    assert read(text, "kind") == expected


# A headline may name a release's place for its body (青禾发布2023年度行政审判白皮书) over a text telling of the paper in
# the third person (白皮书显示…): an item on the release, whatever cases the lead names (典型案例). A notice's 关于
# opening is no place: the text is read for the paper it releases, no case study for the year's cases released with it.
_RELEASE_BODY = ("\n时间:2024-06-10 来源:青禾省高级人民法院\n"
                 "  6月5日上午,青禾省高级人民法院召开新闻发布会,发布2023年度行政审判白皮书及十大典型案例。\n"
                 "  白皮书显示,2023年,全省法院新收行政一审案件3120件,同比上升12%。\n")
RELEASE_HEADLINES = [
    ("a place releasing its white paper", "青禾发布2023年度行政审判白皮书" + _RELEASE_BODY, "news"),
    ("a city first releasing its report", "青禾市首次发布行政复议白皮书" + _RELEASE_BODY, "news"),
    ("a notice's 关于 before the verb", "关于发布2023年度行政审判白皮书" + _RELEASE_BODY, "white_paper"),
]


@pytest.mark.parametrize(("case", "text", "expected"), RELEASE_HEADLINES, ids=[c[0] for c in RELEASE_HEADLINES])
def test_a_place_releasing_a_paper_heads_news(case, text, expected):
    assert read(text, "kind") == expected



# A notice whose title opens with its body and whose sign-off repeats that name whole above the date is that body's,
# though the name ends in a word no body's usual ending is (…法律援助处); a sign-off the title does not open with, or a
# name the title opens with that signs nothing, gives none.
_NOTICE_BODY = ("\n2025-02-18 15:48:06\n来源:本网\n"
                "现将2024年度青禾市白沙区法律援助处法律援助事项办理情况面向社会公示。\n"
                "一、法律援助事项办理情况\n全年指派办理法律援助案件503宗。\n")
SIGNED_TITLES = [
    ("the sign-off repeating the title's body",
     "青禾市白沙区法律援助处2024年度法律援助信息公示" + _NOTICE_BODY + "青禾市白沙区法律援助处\n2025年5月7日\n附件:\n",
     "青禾市白沙区法律援助处"),
    ("a sign-off the title does not open with",
     "2024年度法律援助信息公示" + _NOTICE_BODY + "青禾市白沙区法律援助处\n2025年5月7日\n附件:\n", None),
    ("the title's body signing nothing",
     "青禾市白沙区法律援助处2024年度法律援助信息公示" + _NOTICE_BODY + "联系电话:0751-8310148\n附件:\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), SIGNED_TITLES, ids=[c[0] for c in SIGNED_TITLES])
def test_a_notice_signed_by_the_body_its_title_names(case, text, expected):
    assert read(text, "issuer") == expected


# An untitled text that no title, lead or opening dates reports on the one year its clauses open with (…。2024年法律顾问
# 审核各类事项64件; 近年来,… / 2023年,全县调解…), a year inside a title it cites apart (《…(2023-2025年)》); it names
# no year when it writes another (…于2020年出台), says 今年 of another on a dated page, or its clauses open with several;
# a year whose sentence states no figure dates an event (2018年,县政府出台了…).
_UNTITLED_HEAD = "一、主要负责人履行推进法治建设第一责任人职责情况\n(一)加强组织领导。局党组研究法治建设工作4次。"
BODY_YEARS = [
    ("a report's figures opening with the year",
     _UNTITLED_HEAD + "制定《青禾市林业局行政执法三年行动计划(2023-2025年)》。2024年法律顾问审核各类事项64件。\n", 2024),
    ("a feature's figures after a span",
     ("近年来,青禾县司法局积极探索基层治理新模式。\n近日,白沙镇居民彭某来到县司法局表示感谢。\n"
      "该县健全复调对接机制。2023年,全县调解各类矛盾纠纷2243件,调解成功2215件。\n"), 2023),
    ("another year written beside",
     _UNTITLED_HEAD + "法律顾问工作规则于2020年出台。2024年法律顾问审核各类事项64件。\n", None),
    ("an event's year stating no figure",
     ("近年来,青禾县司法局积极探索基层治理新模式。\n近日,白沙镇居民彭某来到县司法局表示感谢。\n"
      "该县健全复调对接机制。2018年,县政府出台了矛盾纠纷调解工作办法。\n"), None),
    ("a dated page saying 今年 of another year",
     "发布时间:2025-03-02\n" + _UNTITLED_HEAD + "今年1-2月,全局办理行政复议案件12件。2024年法律顾问审核各类事项64件。\n", None),
    ("clauses opening with two years",
     _UNTITLED_HEAD + "2023年法律顾问审核各类事项50件。2024年法律顾问审核各类事项64件。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BODY_YEARS, ids=[c[0] for c in BODY_YEARS])
def test_an_untitled_texts_one_body_year(case, text, expected):
    assert read(text, "report_year") == expected


# A body's account closing with the body credited in brackets on its last line (…成功率达到98.98%。/ (青禾市司法局)) is its
# item for a portal's column: news. A bracketed note there naming no body (数据截至2021年底) makes it none.
_ACCOUNT = ("2021年,青禾市司法局坚持和发展新时代“枫桥经验”,积极探索矛盾纠纷多元化解方式方法。\n"
            "一是聚力机制建设。强化三调联动,建立联席会议制度。\n"
            "二是聚力精准调解。全市各级调解组织共调解纠纷6358件,调解成功6293件,成功率达到98.98%。\n")
BODY_CREDITS = [
    ("a body credited at the end", _ACCOUNT + "(青禾市司法局)\n", "news"),
    ("a bracketed note naming no body", _ACCOUNT + "(数据截至2021年底)\n", "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), BODY_CREDITS, ids=[c[0] for c in BODY_CREDITS])
def test_a_body_credited_at_the_end_makes_news(case, text, expected):
    assert read(text, "kind") == expected


# A self-media platform's notice on a post's last lines (…用户上传并发布,本平台仅提供信息存储服务, in traditional characters
# too) makes the post news; the words told in the account itself (a platform said to provide storage only), or a
# site's notice on copyright closing it, make it none.
_POSTED = ("上半年,青禾市司法局认真落实省市部署,统筹推进法律援助各项工作。\n"
           "民生实事持续推进。1-6月,全市共受理各类法律援助案件1703件,目标任务完成率50.76%。\n"
           "服务质效不断提升。全市法律援助案件回访满意率保持较高水平。\n")
PLATFORM_NOTICES = [
    ("a platform's notice closing the post",
     _POSTED + "特别声明:以上内容为自媒体平台“某某号”用户上传并发布,本平台仅提供信息存储服务。\n", "news"),
    ("…in traditional characters, its English after it",
     _POSTED + "特別聲明:以上內容為自媒體平臺“某某號”用戶上傳并發布,本平臺僅提供信息存儲服務。\n"
     "Notice: The content above is uploaded and posted by a user.\n", "news"),
    ("the words told in the account",
     "上半年,青禾市司法局约谈某平台,该平台称其仅提供信息存储服务。\n" + _POSTED, "other"),
    ("a site's notice on copyright", _POSTED + "版权所有,转载请注明出处。\n", "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), PLATFORM_NOTICES, ids=[c[0] for c in PLATFORM_NOTICES])
def test_a_platforms_closing_notice_makes_news(case, text, expected):
    assert read(text, "kind") == expected
