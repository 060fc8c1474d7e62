"""Who authors a report delivered to a standing committee of a people's congress in the speech layout: the occasion
it was delivered on, the body's name or its speaker's line, the salutation, then the report.

Every text below is written for these tests; the bodies, persons and figures are made up (places that must resolve
are real divisions).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = ("2023年,全省深入推进法治政府建设,全年办理行政复议案件3200件。现将有关情况报告如下。\n一、主要举措\n"
           "(一)统筹推进。全省各级行政机关负责人出庭应诉率达98%。\n"
           + "(二)深化改革。全年审核规范性文件120件,备案审查率100%。\n" * 6)
_OCCASION = "(2024年5月28日在湖南省第十四届人民代表大会常务委员会第九次会议上)\n"
_SALUTATION = "主任、副主任、秘书长、各位委员:\n"

# A body's name alone on its line between the occasion and the salutation is the report's author, however long the
# report it opens and whatever furniture stands above (its site's path); the occasion may give its month alone and the
# salutation address the standing committee itself (市人大常委会:). A person's post there is no body's line.
LETTERHEADS = [
    ("the body under the occasion", _OCCASION + "湖南省人民政府\n" + _SALUTATION + _REPORT, "湖南省人民政府"),
    ("the page's path above the occasion",
     "首页 > 常委会工作 > 监督工作\n字号:大 中 小\n" + _OCCASION + "湖南省人民政府\n" + _SALUTATION + _REPORT, "湖南省人民政府"),
    ("an occasion of a month addressing the standing committee",
     "——2023年6月在襄阳市人大常委会会议上\n襄阳市人民政府\n市人大常委会:\n" + _REPORT, "襄阳市人民政府"),
    ("a person's post under the occasion",
     _OCCASION + "省人大常委会法工委主任 张某\n" + _SALUTATION + _REPORT, None),
    ("a body's name over the salutation with no occasion above it",
     "首页 > 常委会工作\n湖南省人民政府\n" + _SALUTATION + _REPORT, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), LETTERHEADS, ids=[c[0] for c in LETTERHEADS])
def test_the_body_between_the_occasion_and_the_salutation(case, text, expected):
    assert read(text, "issuer") == expected


def test_an_occasion_of_a_month_is_no_title():
    text = "——2023年6月在襄阳市人大常委会会议上\n襄阳市人民政府\n市人大常委会:\n" + _REPORT
    assert read(text, "title") is None


# A department's head who reports on the government's behalf (我受区人民政府委托,向区人大常委会报告…; 受县政府委托,
# 现将…报告如下) delivers the government's report, whose author the speaker's line does not name: no issuer, whether
# the line stands above the salutation or under a title. A head reporting for their own body names it, and a
# government's own head speaks as its author.
_AID = "一、基本情况\n2023年,全区受理法律援助案件1200件。\n"
SPEAKERS = [
    ("a department's head on the government's behalf",
     "东城区司法局局长 李某\n主任、各位副主任:\n我受区人民政府委托,向区人大常委会报告全区法律援助工作情况。\n" + _AID, None),
    ("…under a title and its occasion",
     "关于全区法律援助工作情况的报告\n——2024年6月25日在北京市东城区第十七届人民代表大会常务委员会第八次会议上\n东城区司法局局长　李某\n"
     "主任、各位副主任、各位委员:\n受区政府委托,现将全区法律援助工作情况报告如下,请予审议。\n" + _AID, None),
    ("a department's head reporting for the department",
     "关于全区法律援助工作情况的报告\n——2024年6月25日在北京市东城区第十七届人民代表大会常务委员会第八次会议上\n东城区司法局局长　李某\n"
     "主任、各位副主任、各位委员:\n现将全区法律援助工作情况报告如下,请予审议。\n" + _AID, "东城区司法局"),
    ("a government's own head on its behalf",
     "湖南省人民政府副省长 张某\n" + _SALUTATION + "我受省人民政府委托,向省人大常委会报告全省法治政府建设情况。\n" + _REPORT,
     "湖南省人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_a_speaker_on_the_governments_behalf_names_no_author(case, text, expected):
    assert read(text, "issuer") == expected


# A report delivered to the standing committee, reprinted whole on a congress's news portal that dates and credits its
# posting above the occasion (2024/10/20 编辑:某某 来源:某省人大新闻网 / ——…在…人大常委会第九次会议上): the report itself,
# by the body its speaker heads, as the same report on the congress's own bulletin is; an item telling that the
# committee heard one (本报讯(记者…)…听取了…的报告, a headline over the portal's line and a day's lead) stays news.
_PORTAL = "2024/10/20 16:05   编辑:王甲   来源:青禾人大新闻网\n"
_DELIVERED = "——2024年10月15日在青禾市第十七届人大常委会第九次会议上\n"
_PROCURATORATE = ("市人大常委会:\n根据会议安排,我代表青禾市人民检察院报告全市检察机关行政检察工作情况,请予审议。\n一、基本情况\n"
                  "2023年,全市检察机关受理行政诉讼监督案件320件,提出检察建议86件。\n")
REPRINTS = [
    ("a procuratorate's report under a portal's credits",
     "关于全市行政检察工作情况的报告\n" + _PORTAL + _DELIVERED + "青禾市人民检察院检察长 李乙\n" + _PROCURATORATE,
     ("annual_report", "青禾市人民检察院")),
    ("…its body named in its title, no speaker's line",
     "南江市人民检察院关于行政检察工作情况的报告\n" + _PORTAL + _DELIVERED + _PROCURATORATE,
     ("annual_report", "南江市人民检察院")),
    ("a court's report on its trials keeps a white paper's kind",
     "市中级人民法院关于行政审判工作情况的报告\n" + _PORTAL + _DELIVERED + "青禾市中级人民法院院长 李乙\n市人大常委会:\n"
     "我代表青禾市中级人民法院报告全市法院行政审判工作情况,请予审议。\n一、基本情况\n2023年,全市法院受理一审行政案件800件。\n",
     ("white_paper", "青禾市中级人民法院")),
    ("a paper's item telling that the committee heard a report",
     ("本报讯(记者 丙丁)10月15日,市人大常委会听取了市中级人民法院关于行政审判工作情况的报告。报告显示,2023年全市法院受理一审"
      "行政案件800件。\n委员们认为,全市法院行政审判工作成效明显。\n"), ("news", None)),
    ("a portal's headline on the hearing, no occasion under it",
     "市人大常委会听取市检察院行政检察工作情况报告\n" + _PORTAL + "10月15日,市人大常委会召开第九次会议,听取了市人民检察院关于"
     "行政检察工作情况的报告。\n会议认为,全市检察机关行政检察工作成效明显。\n", ("news", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), REPRINTS, ids=[c[0] for c in REPRINTS])
def test_a_delivered_report_reprinted_by_a_portal_is_the_report(case, text, expected):
    assert (read(text, "kind"), read(text, "issuer")) == expected


# The occasion a report was delivered to a congress on dates it, as the same day alone under its title does ((2024年5月20日)):
# in brackets or after a dash, a standing committee's or a congress's session; a meeting of the government's own dates
# none. The page's own date line wins (发布时间:…), and a day a sentence of the body tells a meeting was held on is no date
# line; an occasion giving its month alone dates no day.
_YEAR_REPORT = ("市人大常委会:\n2024年,市政府深入推进法治政府建设,全年办理行政复议案件320件。现将有关情况报告如下。\n一、主要举措\n"
                "(一)统筹推进。召开专题会议6次。\n")
DELIVERY_DATES = [
    ("an occasion in brackets",
     "关于2024年度法治政府建设情况的报告\n(2025年3月27日在青禾市第七届人民代表大会常务委员会第二十一次会议上)\n" + _YEAR_REPORT,
     "2025-03-27"),
    ("an occasion after a dash, the committee said short",
     "关于2024年度法治政府建设情况的报告\n——2024年9月12日在东川区人大常委会第九次会议上\n" + _YEAR_REPORT, "2024-09-12"),
    ("an occasion opening the page, its letterhead below",
     "(2025年4月29日在青禾市第七届人民代表大会常务委员会第十七次会议上)\n青禾市人民政府\n" + _SALUTATION + _REPORT,
     "2025-04-29"),
    ("an occasion said with 于",
     "关于2024年度法治政府建设情况的报告\n(2025年3月27日于青禾市第七届人大常委会第二十一次会议上)\n" + _YEAR_REPORT,
     "2025-03-27"),
    ("the same day alone, as before", "关于2024年度法治政府建设情况的报告\n(2025年3月27日)\n" + _YEAR_REPORT, "2025-03-27"),
    ("the page's own date line wins",
     "关于2024年度法治政府建设情况的报告\n发布时间:2025-04-02 来源:市人大常委会办公室\n"
     "(2025年3月27日在青禾市第七届人民代表大会常务委员会第二十一次会议上)\n" + _YEAR_REPORT, "2025-04-02"),
    ("a meeting's day told in the body is no date line",
     "关于全县法治政府建设工作情况的报告\n发布时间:2024-07-05\n2024年6月26日,县人大常委会第十九次会议听取了县政府的报告。\n"
     + _YEAR_REPORT, "2024-07-05"),
    ("…nor, undated otherwise, the page's date",
     "关于全县法治政府建设工作情况的报告\n2024年6月26日,县人大常委会第十九次会议听取了县政府的报告。\n" + _YEAR_REPORT, None),
    ("an occasion at the government's own meeting dates nothing",
     "关于2024年度法治政府建设情况的报告\n(2025年1月10日在青禾市人民政府第三十次常务会议上)\n" + _YEAR_REPORT, None),
    ("a sentence line opening with a day and 于 is no occasion",
     "关于全县法治政府建设工作情况的报告\n2024年6月26日于县人大常委会第十九次会议上听取并审议了报告。\n" + _YEAR_REPORT, None),
    ("an occasion of a month dates no day",
     "关于2024年度法治政府建设情况的报告\n——2025年3月在东川区人大常委会会议上\n" + _YEAR_REPORT, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), DELIVERY_DATES, ids=[c[0] for c in DELIVERY_DATES])
def test_the_occasion_a_report_was_delivered_on_dates_it(case, text, expected):
    published = read(text, "published")
    assert (str(published) if published is not None else None) == expected


# A congress's opinion on the government's report its standing committee heard (…情况报告的审议意见), its committee's review
# of how that opinion was handled (…的审查意见) and the government's report on handling it (…审议意见研究处理情况的报告) speak
# of the yearly report and are none; the government's own report, its occasion under its title, stays the report.
_OPINION_BODY = ("市人民政府:\n2025年6月,市人大常委会第二十次会议听取和审议了市人民政府关于2024年度法治政府建设情况的报告。"
                 "常委会组成人员认为,市政府扎实推进法治政府建设,取得明显成效。现将审议意见交由市人民政府研究处理。\n一、存在的问题\n")
OPINIONS = [
    ("the standing committee's opinion",
     "青禾市人大常委会关于市人民政府2024年度法治政府建设情况报告的审议意见\n" + _OPINION_BODY, "other"),
    ("a committee's review of how the opinion was handled",
     ("青禾市人大法制委员会对《市政府关于法治政府建设工作情况报告的审议意见研究处理情况的报告》的审查意见\n"
     "(2025年12月12日在青禾市第七届人民代表大会常务委员会第二十六次会议上)\n市人大常委会:\n"
     "2025年6月,市人大常委会听取和审议了市政府关于法治政府建设工作情况的报告,形成审议意见交市政府研究处理。\n"), "other"),
    ("the government's report on handling the opinion",
     ("关于《青禾市人民政府关于2024年度法治政府建设情况的报告》审议意见研究处理情况的报告\n"
     "(2025年10月20日在青禾市第七届人民代表大会常务委员会第二十四次会议上)\n市人大常委会:\n"
     "市政府高度重视市人大常委会的审议意见,现将研究处理情况报告如下。\n"), "other"),
    ("the government's own report delivered to the committee",
     "青禾市人民政府关于2024年度法治政府建设情况的报告\n"
     "(2025年6月18日在青禾市第七届人民代表大会常务委员会第二十次会议上)\n" + _YEAR_REPORT, "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), OPINIONS, ids=[c[0] for c in OPINIONS])
def test_a_congress_opinion_on_the_report_is_no_report(case, text, expected):
    assert read(text, "kind") == expected
