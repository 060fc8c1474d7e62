"""A text opening on a span of years counted out (六年来, 近十年, 6年来, 近10年) and going on year by year reports no one
year."""

import pytest
from conftest import metadata_field as read

from lawreport.metadata import _cues

_HEAD = "长丰县持续推进法治政府建设\n来源：长丰县融媒体中心\n"
_YEARS = "2021年，全县办理行政复议案件32件；2022年，办理行政复议案件41件；2023年，行政机关负责人出庭应诉率达100%。\n"

# An item opening on the years it looks back over, counted in words or digits (六年来, 近十年, 6年来, 近10年), then
# telling each year's figures (2021年…;2022年…;2023年…) reviews them all: no report year, as after 五年来. A saying
# before the year it goes on with (法治是…。2023年,全县…) is no span: that year is the report's.
COUNTED_SPANS = [
    ("six years in words", _HEAD + "六年来，长丰县持续推进法治政府建设，成效明显。" + _YEARS, None),
    ("the last ten years in words", _HEAD + "近十年，长丰县持续推进法治政府建设。" + _YEARS, None),
    ("six years in digits", _HEAD + "6年来,长丰县持续推进法治政府建设。" + _YEARS, None),
    ("the last ten years in digits", _HEAD + "近10年，长丰县持续推进法治政府建设。" + _YEARS, None),
    ("a saying before one year's account",
     _HEAD + "法治是治国理政的基本方式。2023年，全县办理行政复议案件32件，行政机关负责人出庭应诉率达100%。\n", 2023),
]


@pytest.mark.parametrize(("case", "text", "expected"), COUNTED_SPANS, ids=[c[0] for c in COUNTED_SPANS])
def test_a_counted_span_of_years_reports_no_one_year(case, text, expected):
    assert read(text, "report_year") == expected


def test_a_year_written_in_digits_is_no_count_of_years():
    assert _cues()["relative_span"].search("自2016年来,全县持续推进法治政府建设") is None
