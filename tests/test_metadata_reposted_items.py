"""Untitled items a page reposts: one closing on the source it was taken from (来源:青禾晚报, 來源|青禾县司法局) is
news; a line left empty, running into a date label, or naming the site itself or a journal names none. One whose lead
tells of a report an official delivered on a day (3月8日,某院院长在…会议上作法院工作报告) is news, dated by the year its
first part reviews (2023年工作回顾)."""

import pytest
from conftest import metadata_field as read

ACCOUNT = ("今年以来,青禾县各类人民调解组织积极履职尽责,为全县复工复产排忧解难、加油助力。\n"
           "一季度,全县调解案件2184件,其中调解涉及疫情案件247件,占调解案件总数的11.3%。\n")
CLOSINGS = [
    ("an outlet", "来源:青禾晚报\n", "news"),
    ("a body, traditional, after a bar", "來源|青禾县司法局\n", "news"),
    ("a source label running into a date label", "信息来源: 发布日期:2024-01-01\n", "other"),
    ("the site itself", "来源:本网\n", "other"),
    ("a journal", "来源:青禾大学学报\n", "other"),
    ("no closing line", "", "other"),
]


@pytest.mark.parametrize(("case", "closing", "expected"), CLOSINGS, ids=[c[0] for c in CLOSINGS])
def test_an_item_closing_on_its_source_is_news(case, closing, expected):
    assert read(ACCOUNT + closing, "kind") == expected


DELIVERED = ("3月8日,青禾县人民法院院长在县第十八届人民代表大会第三次会议上作法院工作报告,回顾过去一年工作。\n"
             "2023年工作回顾\n"
             "全县法院共受理各类案件4253件,审结4101件。\n"
             "维护稳定促发展\n"
             "●审结刑事案件312件,判处罪犯405人\n"
             "●审结涉黑涉恶案件12件,判处罪犯96人\n"
             "司法为民护民生\n"
             "●审结劳动争议案件208件,追回欠薪1200万元\n"
             "●审结婚姻家庭案件536件,调解撤诉312件\n")
LEADS = [
    ("a report delivered on a day", DELIVERED, ("news", 2023)),
    ("the part's heading naming no year", DELIVERED.replace("2023年工作回顾", "工作回顾"), ("news", None)),
    ("a report delivered on no day told", DELIVERED.replace("3月8日,", ""), ("other", 2023)),
    ("a report heard on a day", DELIVERED.replace("会议上作法院工作报告", "会议上听取法院工作报告"), ("other", 2023)),
]


@pytest.mark.parametrize(("case", "text", "expected"), LEADS, ids=[c[0] for c in LEADS])
def test_an_item_on_a_report_delivered_on_a_day_is_news_of_the_year_reviewed(case, text, expected):
    assert (read(text, "kind"), read(text, "report_year")) == expected
