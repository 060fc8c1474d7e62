"""A span's total followed by a 分别 list with no label of its own (2021年至2023年,…共受理一审行政案件3120件,分别为998件、
1032件、1090件; …,各年分别为…), as white papers and reviews of several years write it: each value the total's label's,
dated by the span's years one each; the total of the span names no one year. A list after a total with no span of years
before it (两个调解中心共调解300件,分别为180件、120件: the bodies' shares) or one that names its items (分别为婚姻纠纷…)
is no year's list.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2020年至2022年，全区法院共受理一审行政案件1482件，分别为455件、503件、524件。",
     [("litigation_first_instance", 455, 2020, False), ("litigation_first_instance", 503, 2021, False),
      ("litigation_first_instance", 524, 2022, False), ("litigation_first_instance", 1482, None, False)]),
    ("2021-2023年，全县各级人民调解组织共调解矛盾纠纷9360件，各年分别为2987件、3105件、3268件。",
     [("mediation_cases", 2987, 2021, False), ("mediation_cases", 3105, 2022, False),
      ("mediation_cases", 3268, 2023, False), ("mediation_cases", 9360, None, False)]),
])
def test_a_list_after_a_spans_total_gives_each_years_value(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no span of years before the list: the values are the bodies', no year's
    ("2024年，全县两个调解中心共调解矛盾纠纷412件，分别为236件、176件。", [("mediation_cases", 412, 2024, False)]),
    # the list names its items: kinds of dispute, parts of the total
    ("2021年至2023年，全县共调解矛盾纠纷9360件，分别为婚姻家庭纠纷2987件、邻里纠纷3105件。",
     [("mediation_cases", 9360, None, False)]),
])
def test_a_list_after_a_total_without_a_span_or_with_its_items_named_is_no_years(text, expected):
    assert facts(text) == expected
