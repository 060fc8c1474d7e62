"""An undated news item whose lead opens with its day in full (本报讯(记者 某某)2024年2月18日,记者…) counts its 今年 and
去年 from that day for its figures and targets, as it does for its report year: 今年力争… is that year's target, 今年以来…
that year's figure. A lead naming its day without the year (2月18日) dates nothing, and a page's own 发布时间 line
stays the day counted from. The lead's day is no publication date.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def _facts(text: str) -> list[tuple[str, float, int | None, bool]]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


_LEAD = "本报讯(记者 孙伟){day},记者从县司法局获悉,{body}\n"


@pytest.mark.parametrize("body, expected", [
    ("去年全县共调解矛盾纠纷1840件。今年,县司法局将力争调解成功率达到99%。",
     [("mediation_cases", 1840, 2023, False), ("mediation_success_rate", 99, 2024, True)]),
    ("今年以来,全县共调解矛盾纠纷1260件,调解成功率98.4%。",
     [("mediation_cases", 1260, 2024, False), ("mediation_success_rate", 98.4, 2024, False)]),
    ("今年全县行政机关负责人出庭应诉率要达到100%。", [("head_appearance_rate", 100, 2024, True)]),
])
def test_an_undated_items_lead_day_dates_its_relative_years(body, expected):
    text = _LEAD.format(day="2024年8月18日", body=body)
    assert _facts(text) == expected
    assert extract(text).published is None  # the lead's day is no publication date


def test_a_lead_day_without_its_year_dates_nothing():
    text = _LEAD.format(day="8月18日", body="今年以来,全县共调解矛盾纠纷1260件。今年,县司法局将力争调解成功率达到99%。")
    assert _facts(text) == [("mediation_cases", 1260, None, False), ("mediation_success_rate", 99, None, True)]


def test_the_pages_own_date_line_stays_the_day_counted_from():
    text = ("全县调解工作取得新成效\n发布时间:2024-08-20 09:00\n"
            + _LEAD.format(day="8月18日", body="今年以来,全县共调解矛盾纠纷1260件。"))
    assert _facts(text) == [("mediation_cases", 1260, 2024, False)]
