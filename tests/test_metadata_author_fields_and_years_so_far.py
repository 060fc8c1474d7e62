"""A portal's 作者 field naming the body that wrote the page, and the year of a dated report that opens its account
with 今年以来 / 今年上半年."""

import pytest
from conftest import metadata_field as read

# A report to the standing committee on how its opinions were carried out: the page's 作者 field names the government.
AUTHOR_FIELD = ("关于落实区人大常委会审议意见情况的报告\n"
                "时间:2022-09-14  作者:{author}  来源:{source} 分享到:\n\n"
                "主任、副主任各位委员:\n\n"
                "现将我区落实审议意见的情况报告如下,请予审议。\n\n"
                "一是健全调解网络,在各街道设立调解室。\n")
AUTHORS = [
    ("a government named in full", "青禾市禾东区人民政府", "", "青禾市禾东区人民政府"),
    ("a person is no body", "李春华", "", None),
    ("a field left empty ends before the source", "", "青禾市禾东区司法局", "青禾市禾东区司法局"),
]


@pytest.mark.parametrize(("case", "author", "source", "expected"), AUTHORS, ids=[c[0] for c in AUTHORS])
def test_an_author_field_naming_a_body_is_the_issuer(case, author, source, expected):
    assert read(AUTHOR_FIELD.format(author=author, source=source), "issuer") == expected


# A report to the standing committee, or a half-year summary, dated on its page, that opens its account with the part
# of the year so far: the year of its date; dated in the season of annual reviews, the year before where the account
# tells of a whole year (全年共…), else none.
REPORT = ("关于青禾区矛盾纠纷调处化解工作情况的报告\n"
          "发布日期:{date}  来源:青禾区人民政府\n\n"
          "现在,我就青禾区矛盾纠纷调处化解工作的情况报告如下,请予审议。\n\n"
          "{lead}\n\n"
          "{account}青禾区矛盾纠纷调处化解中心共受理纠纷120件,调解成功114件,调解成功率95%。\n")
# …not an account that is no report (an interpretation dated on its page, 一是…二是…): its figures may be of several dates.
EXPLAINED = ("青禾区矛盾纠纷调处化解工作政策解读\n"
             "发布日期:{date}  来源:青禾区司法局\n\n"
             "  {account}青禾区司法局以化解矛盾纠纷为主线,充分发挥司法所和调委会的作用。\n\n"
             "  一是健全工作网络。全区共建调解组织40个。\n\n"
             "  二是履行工作职责。共受理纠纷120件,调解成功114件。\n")
# A body's item under a headline over its page's stamp is news: the year its lead's 今年以来 names, as any item's.
ITEM = ("青禾区司法局全力化解矛盾纠纷\n\n"
        "{date}  09:40\n\n"
        "  {account}青禾区司法局以化解矛盾纠纷为主线,充分发挥司法所和调委会的作用。\n\n"
        "  一是健全工作网络。全区共建调解组织40个。\n\n"
        "  二是履行工作职责。共受理纠纷120件,调解成功114件。\n")
PLAIN = "青禾区深化矛盾纠纷多元化解,推进调解工作规范化。"
YEARS_SO_FAR = [
    ("今年以来 in a report dated mid-year", REPORT, "2022-08-10", PLAIN, "今年以来,", 2022),
    ("上半年 opening a half-year summary", REPORT, "2022-11-21", PLAIN, "上半年,", 2022),
    ("dated in the season of annual reviews: it may be the year before's", REPORT, "2023-02-10", PLAIN, "今年以来,", None),
    # …and is where its account tells of a whole year: the year so far was the year before
    ("a whole year told of in the season of annual reviews", REPORT, "2024-01-12", PLAIN, "今年以来,全年,", 2023),
    ("a whole year told of, dated in March", REPORT, "2023-03-20", PLAIN, "今年以来，全年，", 2022),
    ("a whole year planned for is none told of", REPORT, "2023-02-10", PLAIN, "今年以来,全年将力争", None),
    ("an account opening with another year first", REPORT, "2025-07-01", "2024年,青禾区深化矛盾纠纷多元化解。", "今年以来,",
     None),
    ("no words of the year so far", REPORT, "2022-08-10", PLAIN, "目前,", None),
    ("an interpretation that is no report", EXPLAINED, "2022-08-10", "", "今年以来,", None),
    ("a body's item over its page's stamp", ITEM, "27.06.2022", "", "今年以来,", 2022),
]


@pytest.mark.parametrize(("case", "page", "date", "lead", "account", "expected"), YEARS_SO_FAR,
                         ids=[c[0] for c in YEARS_SO_FAR])
def test_a_dated_report_of_the_year_so_far(case, page, date, lead, account, expected):
    assert read(page.format(date=date, lead=lead, account=account), "report_year") == expected
