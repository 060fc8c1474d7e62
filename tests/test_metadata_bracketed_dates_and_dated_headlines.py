"""Metadata of more real page shapes, each with a twin the rule must leave alone.

A portal's date after its label set in brackets (发布时间:[2024-03-28]), and a short headline a reprint site stamps on
its line with the day and time (…工作 2015-01-09 09:57), which an outlet's dated line (某某客户端 2024-06-19 10:45)
resembles; a place before a verb ending in 办 (举办) or a word ending in 局 (开局), which names no office; a counter's
bare label left empty (浏览: 来源:…); a site's name after the title (…报告 - 某县人民政府); a leading group's office
(某县…领导小组办公室) signing a note. Every sentence below is written for these tests; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2023年，青禾县深入推进依法行政，全年办理行政复议案件四十件。\n"
_SIGNED = "\n青禾县人民政府\n2024年3月20日\n"
_REPORT = "青禾县2023年法治政府建设情况报告\n"

CASES = [
    # --- a date in brackets after its label ----------------------------------------------------------------
    ("a bracketed date after the label dates the page, not the sign-off",
     _REPORT + "发布时间:[2024-03-28]" + _BODY + _SIGNED, "published", "2024-03-28"),
    ("…in 【】 and spaced inside the brackets too",
     _REPORT + "发布日期：【 2024-03-28 】" + _BODY, "published", "2024-03-28"),
    ("…a bracketed word after the label dates nothing", _REPORT + "发布时间:[暂无]" + _BODY, "published", None),
    ("…nor does a bracketed date after no date label", _REPORT + "索引号:[2024-03-28]" + _BODY, "published", None),
    # --- a short headline stamped with its day and time on its line -------------------------------------------
    ("a short headline before its day and time is the title",
     "青禾县司法局扎实做好调处工作 2015-01-09 09:57\n二是抓培训。2014年培训调解员三百人次。", "title", "青禾县司法局扎实做好调处工作"),
    ("…and its stamp dates the page",
     "青禾县司法局扎实做好调处工作 2015-01-09 09:57\n二是抓培训。2014年培训调解员三百人次。", "published", "2015-01-09"),
    ("…an outlet's name of as many characters before its dated line is no title",
     "全市复议机关去年审结案件812件\n东湖晨报融媒体中心 2021-04-02 08:15\n去年，全市复议机关审结案件812件。",
     "title", "全市复议机关去年审结案件812件"),
    ("…nor is a paper's edition",
     "全市复议机关去年审结案件812件\n东湖日报海外版 2021-04-02 08:15\n去年，全市复议机关审结案件812件。",
     "title", "全市复议机关去年审结案件812件"),
    ("…nor a short outlet's name of any ending",
     "全市复议机关去年审结案件812件\n东湖之窗 2021-04-02 08:15\n去年，全市复议机关审结案件812件。",
     "title", "全市复议机关去年审结案件812件"),
    # --- a place before a verb ending in 办 or a word ending in 局 opens a headline, names no office -------------
    ("a place before 举办 names no issuer", "青禾县举办司法行政机关开放日活动\n12月1日，县司法局开展开放日活动。", "issuer", None),
    ("…nor before 开局", "青禾县开局良好法治建设稳步推进\n12月1日，县司法局开展开放日活动。", "issuer", None),
    ("…an office named by its 办 is one", "青禾县督查办开展法治督察活动\n12月1日，县督查办检查单位十家。", "issuer", "青禾县督查办"),
    ("…and a bureau by its 局", "青禾县公安局开展法治宣传活动\n12月1日，县公安局发放资料一百份。", "issuer", "青禾县公安局"),
    # --- a counter's bare label left empty under the headline -------------------------------------------------
    ("a counter's empty label before the 来源 is no title",
     "青禾县司法局:乡村振兴 法治同行\n浏览: 来源:某某法制网\n  2021年8月26日，青禾县司法局开展普法宣传活动。",
     "title", "青禾县司法局:乡村振兴 法治同行"),
    ("…a headline opening with the same word is one",
     "阅读提升计划成效明显\n  2021年8月26日，青禾县司法局开展普法宣传活动。", "title", "阅读提升计划成效明显"),
    # --- a browser's title: the site's name after a dash or a bar ----------------------------------------------
    ("a government's name after a dash closing the title line is the site's",
     "青禾县2023年法治政府建设情况报告 - 青禾县人民政府" + _BODY, "title", "青禾县2023年法治政府建设情况报告"),
    ("…and so is a portal's after a bar", "青禾县2023年法治政府建设情况报告｜青禾县人民政府门户网站" + _BODY,
     "title", "青禾县2023年法治政府建设情况报告"),
    ("…a word after a dash that names no site stays", "青禾县2023年法治政府建设情况报告-解读" + _BODY,
     "title", "青禾县2023年法治政府建设情况报告-解读"),
    ("…and so does a dash between years", "青禾县2021-2025年法治政府建设规划" + _BODY, "title", "青禾县2021-2025年法治政府建设规划"),
    # --- a leading group's office signing a note ------------------------------------------------------------
    ("a leading group's office signing a note is its issuer",
     "关于第三项指标的情况说明\n青禾县没有制定地方政府规章的权限。\n青禾县法治政府建设领导小组办公室\n2023年6月25日",
     "issuer", "青禾县法治政府建设领导小组办公室"),
    ("…a title on where a county set its office names none",
     "青禾县将法治建设领导小组办公室设在司法局\n青禾县没有制定地方政府规章的权限。", "issuer", None),
]


@pytest.mark.parametrize(("text", "field", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_metadata(text: str, field: str, expected) -> None:
    assert read(text, field) == expected
