"""A report opening on its year's first months with the first month named (2019年1月至6月,我局…, 2021年1月-9月,
2022年1月份至10月份) reports on that year, as one opening on 2019年1-6月 does: its sentences without a year of their own
(针对我局的行政诉讼案件1件) are of it. One month alone, months from a later one, or a span over two years open no year
of the report's.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract

_HEAD = "关于法治政府建设工作情况的报告\n"
_REST = "我局办理行政复议案件31件。针对我局的行政诉讼案件1件。\n一、主要做法\n(一)健全依法决策机制。\n"


@pytest.mark.parametrize(("part", "year"), [
    ("2019年1月至6月,", 2019),
    ("2021年1月-9月，", 2021),
    ("2022年1月份至10月份,", 2022),
    ("2020年1月到11月,", 2020),
    # one month alone, months from a later one, a span over two years: no year of the report's
    ("2019年1月,", None),
    ("2019年3月至6月,", None),
    ("2018年1月至2019年6月,", None),
])
def test_an_opening_on_the_first_months_gives_the_reports_year(part, year):
    assert read(_HEAD + part + _REST, "report_year") == year


def test_a_sentence_after_the_first_months_is_of_their_year():
    report = extract(_HEAD + "2019年1月至6月,我局办理行政复议案件31件。针对我局的行政诉讼案件1件。\n")
    years = {m.key: m.year for m in report.metrics}
    assert years == {"reconsideration_received": 2019, "litigation_first_instance": 2019}
