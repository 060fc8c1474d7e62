"""A count of the mediations that did not succeed (未调解成功10件) is no count of successes; a quoted value that tells
how many labels share it (“四个100%”) is each listed rate's where the list holds that many items, and one said to be
each one's (均为100%) is every listed rate's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text", [
    "今年共受理矛盾纠纷300件,调解成功290件,未调解成功10件,调解成功率96.7%。",
    "今年共受理矛盾纠纷300件,调解成功290件,未成功调解的纠纷10件。",
    "今年调解矛盾纠纷300件,调解成功290件,其中未能成功化解的纠纷10件。",
    "今年调解矛盾纠纷300件,调解成功290件,没有调处成功的纠纷10件。",
    "今年調解矛盾糾紛300件,調解成功290件,未調解成功10件。",
])
def test_a_success_denied_counts_no_success(text):
    assert [v for k, v, *_ in facts(text) if k == "mediation_succeeded"] == [290]


@pytest.mark.parametrize("text", [
    "今年共受理矛盾纠纷300件,调解成功290件。",
    # 未 elsewhere in the subject denies no success
    "今年共受理矛盾纠纷300件,涉未成年人纠纷调解成功12件。",
])
def test_a_success_said_plainly_is_counted(text):
    assert [v for k, v, *_ in facts(text) if k == "mediation_succeeded"] in ([290], [12])


@pytest.mark.parametrize(("text", "rates"), [
    ("今年调解矛盾纠纷300件,调解成功率96.7%,未调解成功率3.3%。", [96.7]),
    ("今年调解矛盾纠纷300件,未成功调解率3.3%。", []),
    # 未 elsewhere in the subject denies no success
    ("今年调解涉未成年人矛盾纠纷30件,调解成功率96.7%。", [96.7]),
])
def test_the_rate_of_failed_mediations_is_no_success_rate(text, rates):
    assert [v for k, v, *_ in facts(text) if k == "mediation_success_rate"] == rates


@pytest.mark.parametrize(("text", "labels"), [
    # four items told, four listed: each rate among them has the value, the item naming no rate none
    ("实现政务服务事项认领率、发布率、电子证照、签章率“四个100%”。", ["政务服务事项认领率", "发布率", "签章率"]),
    ("实现政务服务事项认领率、电子证照、签章率“三个100%”。", ["政务服务事项认领率", "签章率"]),
    ("實現政務服務事項認領率、電子證照、簽章率“三個100%”。", ["政務服務事項認領率", "簽章率"]),
    ("出庭应诉率、履行率“双100%”。", ["出庭应诉率", "履行率"]),
    # a value said to be each one's (均): every rate of the list, an item naming no rate among them
    ("行政执法公示率、执法全过程记录、法制审核率均为100%。", ["行政执法公示率", "法制审核率"]),
    ("行政執法公示率、執法全過程記錄、法制審核率均為100%。", ["行政執法公示率", "法制審核率"]),
    ("报备率、及时率,履行率等多项指标均达100%。", ["报备率", "及时率", "履行率"]),
    ("出庭应诉率和出庭出声率均为100%。", ["出庭应诉率", "出庭出声率"]),
    # …not where no sharing is said: the rates run up to the value
    ("行政执法公示率、执法全过程记录、法制审核率为100%。", ["法制审核率"]),
    # a list of another length than told: only the rates run up to the value
    ("实现政务服务事项认领率、电子证照、签章率“四个100%”。", ["签章率"]),
    ("实现政务服务事项认领率、电子证照、签章率“双100%”。", ["签章率"]),
])
def test_a_value_told_of_several_labels_is_each_listed_rate(text, labels):
    _, rates = read(text, 2024)
    assert sorted(label for label, _ in rates) == sorted(labels)
    assert {value for _, value in rates} == {100}
