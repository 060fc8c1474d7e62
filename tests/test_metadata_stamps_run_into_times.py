"""A page's stamp in words with its time run into the day (2023年02月24日06:55 | 来源:某某网) is the page's date line,
never its title; a headline opening with a date and going on in words is still one.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "\n近日,青禾市检察院召开新闻发布会,介绍行政检察工作情况。去年,全市检察机关共化解行政争议120件。\n"

CASES = [
    ("the headline above a stamp whose time is run into the day",
     "青禾检察机关强化行政检察监督\n2023年02月24日06:55 | 来源:青禾网" + _LEAD, "青禾检察机关强化行政检察监督"),
    ("…its time spaced off as ever", "青禾检察机关强化行政检察监督\n2023年02月24日 06:55 | 来源:青禾网" + _LEAD,
     "青禾检察机关强化行政检察监督"),
    ("a headline opening with a date is one", "2023年02月24日青禾市召开行政检察工作推进会" + _LEAD,
     "2023年02月24日青禾市召开行政检察工作推进会"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_stamp_run_into_its_time_is_no_title(case, text, expected):
    assert read(text, "title") == expected
