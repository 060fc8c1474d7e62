"""A cover's date in words alone under a short headline (法治政府建设工作报告 / 二〇二四年三月十五日), in brackets or not:
the report's date. The headline above it is no sign-off: the body signing a report is a line of its own, and a title
naming no body names no issuer."""

from __future__ import annotations

import pytest

from tests.conftest import metadata_field

BODY = "2023年,全县坚持依法行政,扎实推进法治政府建设,全年办理行政复议案件36件。\n一、主要举措\n(一)完善依法决策机制。\n"


@pytest.mark.parametrize("head, published", [
    ("法治政府建设工作报告\n二〇二四年三月十五日\n", "2024-03-15"),
    ("关于法治政府建设情况的报告\n\n二零二四年二月六日\n\n", "2024-02-06"),
    ("2023年度法治政府建设工作总结\n(二〇二四年一月二十九日)\n", "2024-01-29"),
    ("法治政府建设年度报告\n（二〇二三年十二月三十一日）\n", "2023-12-31"),
    # a month alone, a span in brackets, and a dated sentence are no cover's date
    ("法治政府建设工作报告\n(二〇二四年三月)\n", None),
    ("法治政府建设工作报告\n(二〇二三年一月至十二月)\n", None),
    ("法治政府建设工作报告\n二〇二四年三月十五日,县政府常务会议审议通过本报告。\n", None),
])
def test_a_date_in_words_under_a_short_headline_dates_the_report(head, published):
    assert metadata_field(head + BODY, "published") == published


@pytest.mark.parametrize("head", [
    "法治政府建设工作报告\n二〇二四年三月十五日\n",
    "关于法治政府建设工作情况的报告\n二〇二四年三月十五日\n",
    "县司法局法治政府建设年度报告\n(二〇二四年三月十五日)\n",
    "青禾县法治政府建设情况报告\n2024年3月15日\n",
])
def test_the_headline_over_its_date_signs_nothing(head):
    assert metadata_field(head + BODY, "issuer") is None


@pytest.mark.parametrize("text, issuer", [
    # the body the title opens with, signing above the date at the close, still signs it
    ("青禾县法律援助处2023年度法律援助信息公示\n" + BODY + "青禾县法律援助处\n2024年1月10日\n", "青禾县法律援助处"),
    ("法治政府建设工作报告\n" + BODY + "青禾县司法局\n二〇二四年三月十五日\n", "青禾县司法局"),
])
def test_a_sign_off_of_its_own_line_still_signs(text, issuer):
    assert metadata_field(text, "issuer") == issuer


@pytest.mark.parametrize("head, published", [
    ("青禾县2023年法治政府建设年度报告\n青禾县人民政府 二〇二四年三月十五日\n", "2024-03-15"),
    ("青禾县2023年法治政府建设年度报告\n青禾县司法局　　二〇二四年二月六日\n", "2024-02-06"),
    ("石门县2023年法治政府建设年度报告\n县司法局 二〇二四年一月二十九日\n", "2024-01-29"),
    # a month alone, and words that name no body before the date
    ("青禾县2023年法治政府建设年度报告\n青禾县人民政府 二〇二四年三月\n", None),
    ("青禾县2023年法治政府建设年度报告\n法治政府建设 二〇二四年三月十五日\n", None),
])
def test_a_date_in_words_closing_the_bodys_line_under_the_headline_dates_the_report(head, published):
    assert metadata_field(head + BODY, "published") == published


@pytest.mark.parametrize("head, published", [
    ("首页 > 政务公开 > 法治政府建设\n石门县2023年法治政府建设年度报告\n二〇二四年三月十五日\n", "2024-03-15"),
    ("石门县人民政府门户网站\n首页 > 政务公开\n石门县2023年法治政府\n建设年度报告\n(二〇二四年三月十五日)\n", "2024-03-15"),
    ("当前位置:首页 > 通知公告\n青禾县2023年法治政府建设年度报告\n青禾县司法局 二〇二四年二月六日\n", "2024-02-06"),
    # under a line that is neither the title nor a body, no date is the report's
    ("首页 > 政务公开 > 法治政府建设\n石门县2023年法治政府建设年度报告\n法治政府建设专栏\n二〇二四年三月十五日\n", None),
])
def test_a_title_under_the_pages_path_is_dated_by_the_line_below_it(head, published):
    assert metadata_field(head + BODY, "published") == published


@pytest.mark.parametrize("head, published", [
    # the day over the headline, first line or under the page's path, alone, released or with the body after it
    ("二〇二四年三月十五日\n石门县司法局2023年度法治政府建设工作报告\n石门县司法局\n", "2024-03-15"),
    ("首页 > 政务公开\n二〇二四年二月六日\n青禾县2023年法治政府建设年度报告\n", "2024-02-06"),
    ("二〇二四年一月二十九日发布\n关于青禾县2023年法治政府建设情况的报告\n", "2024-01-29"),
    ("2024年3月8日　青禾县人民政府\n青禾县2023年法治政府建设年度报告\n青禾县人民政府\n", "2024-03-08"),
    # …or over the site's line above it: its address, its name, or a body's alone, a blank line or none between
    ("2024年3月15日\nwww.qinghe.gov.cn\n青禾县2023年法治政府建设年度报告\n", "2024-03-15"),
    ("2024年2月6日\n\n石门县人民政府门户网站\n石门县2023年法治政府建设工作报告\n", "2024-02-06"),
    ("2024年03月15日\n湖南省人民政府网\n石门县2023年法治政府建设工作报告\n", "2024-03-15"),
    ("二〇二四年一月二十九日\n\n青禾县人民政府门户网站\n\n青禾县2023年法治政府建设年度报告\n", "2024-01-29"),
    # a month alone over it, and a dated sentence, are no day of the page's
    ("二〇二四年三月\n青禾县2023年法治政府建设年度报告\n青禾县人民政府\n", None),
    ("二〇二四年三月十五日,县政府常务会议审议通过本报告。\n青禾县2023年法治政府建设年度报告\n", None),
    ("二〇二四年三月\nwww.qinghe.gov.cn\n青禾县2023年法治政府建设年度报告\n", None),
])
def test_a_date_over_the_headline_dates_the_report(head, published):
    assert metadata_field(head + BODY, "published") == published


@pytest.mark.parametrize("head, published", [
    ("青禾县2023年法治政府建设年度报告\n二〇二四年三月十五日发布\n", "2024-03-15"),
    ("青禾县2023年法治政府建设年度报告\n2024年2月6日 发布\n", "2024-02-06"),
    ("石门县2023年法治政府建设年度报告\n二〇二四年一月二十九日　石门县司法局\n", "2024-01-29"),
    ("石门县2023年法治政府建设年度报告\n二〇二四年一月二十九日　县司法局\n", "2024-01-29"),
    # …issued (印发), in brackets or not, the body that released or issued it before the day
    ("青禾县2023年法治政府建设年度报告\n(2024年1月15日印发)\n", "2024-01-15"),
    ("石门县2023年法治政府建设年度报告\n石门县人民政府 2024年1月15日发布\n", "2024-01-15"),
    ("石门县2023年法治政府建设年度报告\n(县司法局　二〇二四年一月十五日印发)\n", "2024-01-15"),
    # words that name no body after the date, a month alone before 发布
    ("青禾县2023年法治政府建设年度报告\n二〇二四年三月十五日　学习贯彻\n", None),
    ("青禾县2023年法治政府建设年度报告\n二〇二四年三月发布\n", None),
    ("青禾县2023年法治政府建设年度报告\n(2024年1月印发)\n", None),
])
def test_a_date_under_the_headline_released_or_before_its_body_dates_the_report(head, published):
    assert metadata_field(head + BODY, "published") == published


@pytest.mark.parametrize("head, issuer", [
    ("石门县2023年法治政府建设年度报告\n二〇二四年一月二十九日　县司法局\n", "石门县司法局"),
    ("石门县2023年法治政府建设年度报告\n2024年1月29日 县司法局\n", "石门县司法局"),
    ("石门县2023年法治政府建设年度报告\n二〇二四年一月　石门县应急管理局\n", "石门县应急管理局"),
    # words that name no body after the date
    ("石门县2023年法治政府建设年度报告\n二〇二四年一月二十九日　学习贯彻\n", None),
])
def test_the_body_after_the_date_under_the_headline_signs_it(head, issuer):
    assert metadata_field(head + BODY, "issuer") == issuer
