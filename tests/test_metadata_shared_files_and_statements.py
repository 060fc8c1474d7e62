"""A document-sharing site's note naming the file it shows (《…工作总结.docx》由会员分享,…), a yearly report saying what it
is without 现将 (…,具体情况报告如下。), a page's date under its bare label (日期:2026-02-14), a site's path scraped without
its marks (某某网工作报告内容页) and a writing-sample site's lead-in (下面是小编为大家整理的…), each with a twin the rule
must leave alone.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SHARED = ("《区司法局2023年法治政府建设工作总结 .docx》由会员分享,可在线阅读,更多相关《区司法局2023年法治政府建设工作总结"
           " .docx(5页)》请在某某文库上搜索。\n1、区司法局2023年法治政府建设工作总结一、主要工作(一)加强组织领导,全年召开会议4次。\n")
_CITED = "《青禾县人民调解条例》由县人大常委会审议通过,全县据此开展调解工作。\n一、主要工作\n全年调解纠纷三百件。\n"
_NO_TITLE_WORD = "《青禾县风光图片集.pdf》由会员分享,可在线阅读。\n全县共有景点十处,游客三万人次。\n"
_STATED = ("2024年,青禾市坚持以习近平法治思想为指导,推动法治政府和诚信政府建设迈上新台阶,具体情况报告如下。\n"
           "一、强化政治引领\n全年组织会前学法15次。\n")
_ASKED = "2024年,青禾市坚持以习近平法治思想为指导,推动法治政府和诚信政府建设迈上新台阶。\n一、强化政治引领\n全年组织会前学法15次。\n"

_DATED = "调解优先“三步走” 纠纷化解“一站式”\n日期:2026-02-14\n近期,区司法局引导双方当事人到调解室申请调解。\n"
_DATE_WORD = "日期调整工作方案\n区司法局调整各调解室的值班安排。\n"
_PATH = "某某网实用文档工作报告内容页\n\n区司法局2023年法治政府建设工作报告\n2023年,区司法局扎实推进依法行政。\n"
_PAGES = "区司法局关于网站内容页改版的工作报告\n2023年,区司法局完成网站改版。\n"
_LEAD_IN = ("下面是小编为大家整理的镇法治政府建设工作总结,供大家参考。\n"
            "白沙镇法治政府建设工作总结2023年,白沙镇坚持依法行政,全年调解纠纷三十件。现将有关情况总结如下:\n")
_OWN_WORDS = ("下面是本镇整理的有关材料,请审阅。\n"
              "白沙镇法治政府建设工作总结2023年,白沙镇坚持依法行政,全年调解纠纷三十件。现将有关情况总结如下:\n")

CASES = [
    ("a shared file's name is the title", _SHARED, "title", "区司法局2023年法治政府建设工作总结"),
    ("…which says what the text is", _SHARED, "kind", "annual_report"),
    ("…and its year", _SHARED, "report_year", 2023),
    ("…a user's name after the word", ("《区司法局2023年法治政府建设工作总结.doc》由用户(lawclerk)分享,可在线阅读。\n"
                                       "一、主要工作\n全年召开会议4次。\n"), "title", "区司法局2023年法治政府建设工作总结"),
    ("a headline naming the file with its extension", "区司法局2023年法治政府建设工作总结 .docx\n" + _SHARED, "title",
     "区司法局2023年法治政府建设工作总结"),
    ("…written in capitals, of any office format", ("《区司法局2023年法治政府建设工作总结.PDF》由会员分享,可在线阅读。\n"
                                                "一、主要工作\n全年召开会议4次。\n"), "title", "区司法局2023年法治政府建设工作总结"),
    ("…a headline's extension too", "区司法局2023年法治政府建设工作总结 .PPTX\n" + _SHARED, "title",
     "区司法局2023年法治政府建设工作总结"),
    ("a sentence citing a rule in 《》 names no file", _CITED, "title", None),
    ("a shared file named without a title word gives none", _NO_TITLE_WORD, "title", None),
    ("a report saying what it is without 现将", _STATED, "kind", "annual_report"),
    ("…not an opening that does not say it", _ASKED, "kind", "other"),
    ("a page's date under its bare label is no headline", _DATED, "title", "调解优先“三步走” 纠纷化解“一站式”"),
    ("…and still dates the page", _DATED, "published", "2026-02-14"),
    ("a site's path closing on 内容页 is no title", _PATH, "title", "区司法局2023年法治政府建设工作报告"),
    ("…a title naming such a page is one", _PAGES, "title", "区司法局关于网站内容页改版的工作报告"),
    ("a writing-sample site's lead-in is no paragraph of the text", _LEAD_IN, "title", "白沙镇法治政府建设工作总结"),
    ("…a text's own first paragraph is", _OWN_WORDS, "title", None),
    ("a headline opening with the word keeps it", _DATE_WORD, "title", "日期调整工作方案"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_shared_files_and_statements(case, text, field, expected):
    assert read(text, field) == expected
