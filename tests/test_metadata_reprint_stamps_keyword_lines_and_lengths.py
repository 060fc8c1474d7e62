"""What reprint and document-sharing sites add around a report: a reprint site's stamp written day first (18.03.2015
13:07) dates the page only when the item carries no date of its own (a dated line under its author, a sign-off); a
site's keyword line above the page (five or more short phrases parted by commas) is no paragraph the title is glued
to; a sharing site's word count after the title (…调查报告4800字) is no part of it.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = "青禾市2014年度依法行政工作情况报告\n\n18.03.2015  13:07\n\n"
_BODY = "\n2014年,我市依法行政工作扎实推进,全市受理行政复议案件46件。\n"
_KEYWORDS = ("免费观看高清电影大全,在线视频网站推荐排行,热门手机游戏免费下载,精品网络小说免费阅读,"
             "最新综艺节目在线看,www影视大全com,高清无码资源分享\n\n")
_NEWS = ("青禾网首页>>\n青禾网专题>>\n白沙县行政机关负责人出庭率达100%\n发布时间:2022-08-10 16:54\n\n"
         "近日,记者从白沙县人民法院获悉,2022年白沙县行政机关负责人出庭应诉率达100%。\n")
_SURVEY = "\n为全面了解我区行政复议工作情况,区人大常委会组织专题调研。现形成调研报告如下。\n一、基本情况\n全区受理行政复议案件59件。\n"

CASES = [
    ("the item's dated line under its author", _REPORT + "青禾市人民政府\n(2015年1月10日)\n" + _BODY, "published",
     "2015-01-10"),
    ("…its sign-off", _REPORT + _BODY + "青禾市人民政府\n2015年1月12日\n", "published", "2015-01-12"),
    ("no date of its own: the stamp", _REPORT + _BODY, "published", "2015-03-18"),
    ("a keyword line above a headline", _KEYWORDS + _NEWS, "title", "白沙县行政机关负责人出庭率达100%"),
    ("…an opening cut mid-sentence is none",
     ("2023年,青禾县司法局深入学习贯彻党的二十大精神,以习近平新时代中国特色社会主义思想为指导,认真落实县委、县政府决策部署,"
      "统筹推进法治政府建设各项工作,全年受理行政复议案件23件\n一、主要举措\n县司法局健全行政执法监督制度。\n"), "title", None),
    ("a word count after the title", "行政复议工作情况调查报告4800字" + _SURVEY, "title", "行政复议工作情况调查报告"),
    ("…in brackets, 左右", "白沙区行政复议工作调研报告(3000字左右)" + _SURVEY, "title", "白沙区行政复议工作调研报告"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_what_reprint_and_sharing_sites_add(case, text, field, expected):
    assert read(text, field) == expected
