"""Two rate labels written one after the other with no mark between them (知晓率满意率均达95%): the first 率 ends a
label of its own, each rate has the value (均) or its value in order (分别), as when a 、 parts them. A word ending in 率
that is no rate of the report's (效率, 频率) runs into the label after it as one label.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from conftest import metrics_and_rates as read


@pytest.mark.parametrize(("sentence", "metrics", "rates"), [
    ("2023年,全镇群众知晓率满意率均达96.5%。", [], [("满意率", 96.5), ("群众知晓率", 96.5)]),
    ("2023年,全镇法治宣传知晓率满意率分别为92.4%、97.1%。", [], [("法治宣传知晓率", 92.4), ("满意率", 97.1)]),
    ("2023年,全区人民调解成功率当事人满意率均为98.2%。", [("mediation_success_rate", 98.2)],
     [("人民调解成功率", 98.2), ("当事人满意率", 98.2)]),
])
def test_each_rate_run_into_the_next_has_a_value(sentence, metrics, rates):
    assert read(sentence) == (metrics, sorted((label, float(value)) for label, value in rates))


@pytest.mark.parametrize(("sentence", "rates"), [
    # one rate: a word of its own ending in 率
    ("2023年,全区行政审批效率提升率为35%。", [("行政审批效率提升率", 35)]),
    ("2023年,全区人民调解成功率为98.2%。", [("人民调解成功率", 98.2)]),
])
def test_one_label_stays_whole(sentence, rates):
    assert read(sentence)[1] == sorted((label, float(value)) for label, value in rates)
