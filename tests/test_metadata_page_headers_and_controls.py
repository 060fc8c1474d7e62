"""A portal's header giving the day the page is viewed (今天是:2024年10月31日 星期四, 某区人民政府 2024年12月3日星期二)
dates nothing; a paper's dated header naming its weekday (某某日报 2024年3月5日 星期二 第4版) dates the paper. A page's
controls in 【】 run onto the title without a space (…报告【字体:大 中 小】) are no part of it, and a page's stamp written
with slashes (2024/09/23 09:11 来源:…) is no headline, nor a copy's source line (稿件来源:…), nor a paper's note that a
piece goes on from another page ((上接第一版)), nor a table cell's bar the title's row opens with.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = "青禾县司法局2023年法治政府建设工作总结\n2023年,县司法局坚持依法行政,全年办理行政复议案件12件。\n"

CASES = [
    ("today's date in the portal's header", "今天是:2024年10月31日 星期四 农历九月廿九\n" + _REPORT, None),
    ("…after the portal's name", "青禾县人民政府 2024年12月3日星期二\n\n" + _REPORT, None),
    ("…and the page's own date below it",
     "今天是:2024年10月31日 星期四\n青禾县司法局2023年法治政府建设工作总结\n发布时间:2024-03-05\n2023年,县司法局坚持依法行政。\n",
     "2024-03-05"),
    ("a paper's dated header dates the paper",
     "青禾日报 2024年3月5日 星期二 第4版\n青禾县行政复议案件同比下降\n本报讯 2023年,全县行政复议案件同比下降。\n", "2024-03-05"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_readers_day_dates_nothing(case, text, expected):
    assert read(text, "published") == expected


_BODY = "\n2024年,县司法局坚持依法行政,全年办理行政复议案件12件。现将有关情况报告如下:\n一、主要举措和成效\n"

TITLES = [
    ("a page's controls run onto the title", "青禾县司法局2024年度法治政府建设情况报告【字体:大 中 小】【打印】" + _BODY,
     "青禾县司法局2024年度法治政府建设情况报告"),
    ("…after a space as ever", "青禾县司法局2024年度法治政府建设情况报告 【打印】" + _BODY, "青禾县司法局2024年度法治政府建设情况报告"),
    ("a table cell's bars around the title", "| 青禾县司法局2024年度法治政府建设情况报告 |" + _BODY,
     "青禾县司法局2024年度法治政府建设情况报告"),
    ("…a labelled row's label goes with its bar", "| 标题: | 青禾县司法局2024年度法治政府建设情况报告 |" + _BODY,
     "青禾县司法局2024年度法治政府建设情况报告"),
    ("a mark in 【】 that is no control stays", "青禾县司法局2024年度法治政府建设情况报告【全文】" + _BODY,
     "青禾县司法局2024年度法治政府建设情况报告【全文】"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_controls_run_onto_the_title(case, text, expected):
    assert read(text, "title") == expected


_STAMPED = "青禾县开展法治督察\n2024/09/23 09:11 来源:某某网 阅读:1.2万\n记者22日从青禾县司法局获悉,该县开展为期7天的法治督察。\n"

STAMPS = [
    ("a stamp with slashes is no headline", "title", "青禾县开展法治督察"),
    ("…and dates the page", "published", "2024-09-23"),
]


@pytest.mark.parametrize(("case", "field", "expected"), STAMPS, ids=[c[0] for c in STAMPS])
def test_a_stamp_with_slashes(case, field, expected):
    assert read(_STAMPED, field) == expected


FURNITURE = [
    ("a copy's source line is no headline",
     ("青禾县上半年为两千余名群众提供法律援助\n稿件来源:某某信息网  发布时间:2015-07-06  发稿编辑:某某\n"
      "上半年,青禾县法律援助中心为困难群众提供法律援助服务2616人次。\n"), "青禾县上半年为两千余名群众提供法律援助"),
    ("a paper's continuation note is no title",
     "(上接第一版)\n(三)强化宪法学习宣传教育\n4. 在全县继续开展宪法学习宣传活动。\n", None),
    ("…a headline on joining work up and down is one", "青禾县上接下联推进调解\n青禾县司法局推进上下联动的调解工作。\n",
     "青禾县上接下联推进调解"),
]


@pytest.mark.parametrize(("case", "text", "expected"), FURNITURE, ids=[c[0] for c in FURNITURE])
def test_page_notes_are_no_title(case, text, expected):
    assert read(text, "title") == expected
