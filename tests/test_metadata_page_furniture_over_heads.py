"""Page furniture above a text's head is no title and takes none of the head: a press photo's caption (发布会现场, 某院副院长
某某作新闻发布), a site's name before its web address on the date line, a paper's section label (地方新闻), a search box's
placeholder (请输入搜索, 请输入关键字), a navigation row whose columns hold spaces, and a mirror's table of contents on one
line (一、概述,(一)…,二、…), which would push the head's cues out of its 400 characters. A title wrapped onto a line of its
own genre's name (…2013年度信息公开工作 / 年度报告) over the first numbered part is the title's end, not a column; the 年度
of a meeting's name closing a headline (召开2023年度府院联动联席会议) names no report. The near misses keep their titles: a
headline on a visit to a scene (走进庭审现场), an official's doings (局长某某出席…会议), a headline ending in 网.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "7月31日,青禾区人民法院召开新闻发布会,发布2023年度行政审判白皮书。白皮书显示,该院2023年共新收行政诉讼案件264件。\n"
_DATED = "2024-03-05 10:00 来源:青禾日报\n"
_MEETING = "  9月11日,青禾县府院联动联席会议召开,县法院、县司法局负责人参加会议。\n"
_DISCLOSURE = ("一、政府信息公开总体工作情况\n(一)组织机构建设情况。市政府进一步理顺了政府信息公开工作管理体制,各县(市)区均建立健全"
               "了工作机构。\n二、主动公开政府信息情况\n全年主动公开政府信息1200条。\n三、存在的主要问题和改进措施\n下一步,将进一步"
               "加强培训。\n")
_CONTENTS = ("一、概述,(一)注重重点推进,深化公开内容。,(二)注重开拓创新,力求稳中有进。,(三)注重指导培训,提升整体水平。,"
             "(四)注重基础建设,保障工作落实。,二、主动公开政府信息情况,(一)主动公开范围,(二)主动公开途径,三、依申请公开政府信息情况,"
             "(一)申请情况,(二)申请处理情况,四、复议、诉讼情况,五、咨询处理情况,六、主要问题和改进措施,\n")
_OVERVIEW = ("一、概述\n2012年度报告根据《中华人民共和国政府信息公开条例》和《青禾市政府信息公开规定》(以下简称《规定》)的要求,由市政府"
             "办公厅综合各区(县)人民政府(下称“区(县)政府”)和市政府各委、办、局(下称“市级机关”)的政府信息公开年度报告编制而成。全文"
             "包括概述、主动公开政府信息情况、依申请公开政府信息情况、复议和诉讼情况、咨询处理情况、主要问题和改进措施等,并附相关统计表格。"
             "本报告电子版可在青禾市政府门户网站“政府信息公开专栏”下载,如对本报告有任何疑问,请与市政府办公厅联系。本年度报告中所列数据的"
             "统计期限从2012年1月1日到12月31日止。\n2012年,本市各级行政机关认真贯彻《条例》精神,积极推进主动公开。\n")
_WRAPPED = "青禾县文化局2013年度信息公开工作\n年度报告\n一、主动公开政府信息的情况:\n2013年度主动公开信息的有5条;\n"

TITLES = [
    ("a press photo's scene and its official's caption", "发布会现场\n青禾区法院党组副书记、副院长林晓作新闻发布\n" + _LEAD, None),
    ("…the scene alone, a body's", "青禾市司法局新闻发布会现场\n" + _LEAD, None),
    ("…the scene with its photographer under a headline",
     "青禾区法院召开新闻发布会\n新闻发布会现场 王林 摄\n" + _LEAD, "青禾区法院召开新闻发布会"),
    ("…the official presenting under a headline",
     "青禾县司法局召开新闻发布会\n县司法局局长张华介绍有关情况\n3月5日,青禾县司法局召开新闻发布会,通报全县法律援助工作情况。\n",
     "青禾县司法局召开新闻发布会"),
    ("a headline on a visit to a scene is one",
     "青禾法院邀请人大代表走进庭审现场\n" + _DATED + "3月4日,青禾法院邀请5名人大代表旁听一起行政案件庭审。\n",
     "青禾法院邀请人大代表走进庭审现场"),
    ("…and one on an official's doings",
     "县司法局局长张华出席全县人民调解工作会议\n" + _DATED + "3月4日,全县人民调解工作会议召开,全年调解纠纷1200件。\n",
     "县司法局局长张华出席全县人民调解工作会议"),
    ("a site's name and web address run into the date line",
     "首页 > 专题专栏 > 府院联动\n青禾县召开府院联动联席会议\n青禾市人民政府门户网站 www.qinghe.gov.cn 时间:2023-09-12 来源:\n"
     + _MEETING, "青禾县召开府院联动联席会议"),
    ("…a site's name alone before its stamp",
     "青禾县召开府院联动联席会议\n青禾市人民政府网站 时间:2023-09-12 来源:青禾县司法局\n" + _MEETING, "青禾县召开府院联动联席会议"),
    ("a headline ending in 网 is one", "高位推动织密矛盾化解责任网\n" + _DATED + "3月4日,青禾县召开矛盾纠纷排查化解工作推进会。\n",
     "高位推动织密矛盾化解责任网"),
    ("a paper's section label between bars",
     "|\n地方新闻\n|\n|\n本报讯 记者李明 记者近日从青禾省高级人民法院获悉,2022年全省法院新收各类行政诉讼案件3806件。\n", None),
    ("…set alone", "国内新闻\n本报讯 记者李明 记者近日从青禾省高级人民法院获悉,2022年全省法院新收各类行政诉讼案件3806件。\n", None),
    ("a search box's placeholder and a mirror's search choices", "选择特殊符号\n选择搜索类型\n请输入搜索\n" + _DISCLOSURE, None),
    ("…请输入关键字", "请输入关键字\n" + _DISCLOSURE, None),
    ("…请输入关键词 and its button under the path", "首页 > 政务公开\n请输入关键词 搜索\n" + _DISCLOSURE, None),
    ("a navigation row whose columns hold spaces",
     ("要闻     |     城市远洋     |     直观中国     |     原创     |     视频          融播报     |     舆情智库          房产\n"
     "青禾法院发布2021年度行政审判工作情况\n2022-05-11 18:41:15来源:青禾在线编辑:林晓\n"
     "  5月11日,青禾省高级人民法院举行新闻发布会,通报了全省法院2021年度行政审判工作的总体情况。\n"),
     "青禾法院发布2021年度行政审判工作情况"),
    ("a title wrapped onto its genre's name over the first part", _WRAPPED, "青禾县文化局2013年度信息公开工作年度报告"),
    ("…a genre column over a whole title stays a column",
     "年度报告\n青禾县文化局2013年度信息公开工作年度报告\n一、主动公开政府信息的情况:\n2013年度主动公开信息的有5条;\n",
     "青禾县文化局2013年度信息公开工作年度报告"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_page_furniture_is_no_title(case, text, expected):
    assert read(text, "title") == expected


FIELDS = [
    ("a placeholder titles no untitled disclosure report", "请输入搜索\n" + _DISCLOSURE, "kind", "annual_report"),
    ("a table of contents on one line takes none of the head", _CONTENTS + _OVERVIEW, "kind", "annual_report"),
    ("a wrapped title gives the report's year", _WRAPPED, "report_year", 2013),
    ("…and its author", _WRAPPED, "issuer", "青禾县文化局"),
    ("a meeting's 年度 closing a headline names no report",
     "青禾县召开2023年度府院联动联席会议\n2023-09-12 10:00 来源:青禾县司法局\n" + _MEETING, "kind", "news"),
    ("a body opening a line that goes on with a title cited above is the title's",
     ("一、概述\n2012年度报告根据《\n中华人民共和国政府信息公开条例》和《\n青禾市政府信息公开规定》的要求,由市政府办公厅综合各区(县)"
     "人民政府和市政府各部门的年度报告编制而成。\n2012年,本市各级行政机关积极推进主动公开。\n"), "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), FIELDS, ids=[c[0] for c in FIELDS])
def test_page_furniture_leaves_the_head(case, text, field, expected):
    assert read(text, field) == expected
