"""A rate whose percent sign a copy dropped (化解率86;, 结案率为97, 查处率达90以上): its level, where the counts before
it give it or the text drops the sign from its other shares and changes too.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


@pytest.mark.parametrize("text, expected", [
    # the counts before it in its sentence give it, to its last digit
    ("白沙区牵头负责的信访积案9宗,已化解8宗,化解率89;办结率75%。", [("化解率", 89), ("办结率", 75)]),
    ("县立案件48件,办结46件,结案率为95.8,群众满意。", [("结案率", 95.8)]),
    ("受理矛盾纠纷120件,调解成功100件,调解成功率为83.3。", [("调解成功率", 83.3)]),
    # a text that writes no percent sign, and drops it from a change and a share too
    ("青禾县信访总量同比下降了12,越级访占信访总量的9。一般信访问题的查处率达95以上,群众满意率为98。",
     [("查处率", 95), ("群众满意率", 98)]),
])
def test_a_rate_without_its_percent_sign(text, expected):
    assert read(text, 2024)[1] == expected


def test_a_mediation_rate_without_its_sign_is_the_headline_rate():
    metrics, _ = read("受理矛盾纠纷120件,调解成功100件,调解成功率为83.3。", 2024)
    assert ("mediation_success_rate", 83.3, 2024) in [(k, v, y) for k, v, y, *_ in metrics]


@pytest.mark.parametrize("text", [
    # the counts before it give another figure
    "受理矛盾纠纷120件,调解成功100件,调解成功率为90。",
    # no counts, and the text writes its percent signs elsewhere
    "全县群众满意率为96。来访人次同比下降12%。",
    # a rate per head, in a text that drops its signs
    "全县万人成讼率为0.8,来访人次同比下降了12。",
    # no level of a rate: more than a whole
    "全县信访件办结率为120,来访人次同比下降了12。",
    # the figure runs on into its unit or noun, no level ending its clause
    "青禾县信访总量同比下降了12。结案率为97件次的考核目标。",
])
def test_a_bare_figure_that_is_no_rate(text):
    assert read(text, 2024)[1] == []
