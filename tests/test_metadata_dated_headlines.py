"""The kind of a page whose headline stands over its date line (扎实推进行政应诉工作 增强依法行政意识 / 发布时间:…): a
column's item, news, when no kind's title cue claims the headline and it names no document (…指标体系, …工作规则,
…的实证分析); a yearly report, a white paper or a release dated so keeps its kind. And a lead opening with the day after
its purpose set off by a comma (为…,12月1日上午,某局开展…).

Every sentence below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_DATED = "\n发布时间:2024-11-06 09:30\n"
_BODY = "一是夯实普法力量。全县开展普法活动245场次。\n二是延伸调解触角。受理矛盾纠纷870件,成功化解861件。\n"

CASES = [
    # A headline over its page's date line that no kind claims: a column's item.
    ("a bureau's headline over its date line", "青禾县司法局整合基层力量打造普法新模式" + _DATED + _BODY, "news"),
    ("…two phrases parted by a space", "扎实推进调解工作 增强依法行政意识\n日期:2024-11-06\n" + _BODY, "news"),
    ("…a share widget's line between", "扎实推进调解工作 增强依法行政意识\n分享到:\n发布时间:2024-11-06\n" + _BODY, "news"),
    # A headline naming the document the page carries is that document's.
    ("an indicator system's title", "青禾县法治政府建设示范指标体系(2024年版)" + _DATED + _BODY, "other"),
    ("…a body's rules", "青禾县人民政府工作规则" + _DATED + _BODY, "other"),
    # A kind's title keeps its kind, dated or not.
    ("a yearly report dated so", "青禾县司法局2024年度法治政府建设情况报告" + _DATED + "2024年,县司法局坚持依法行政。\n" + _BODY,
     "annual_report"),
    ("…a white paper", "青禾市中级人民法院2024年度行政审判白皮书" + _DATED + _BODY, "white_paper"),
    # Without a date line the headline tells nothing of the page: its points tell how the body works, a case study.
    ("a headline with no date line below", "青禾县司法局整合基层力量打造普法新模式\n" + _BODY, "case_study"),
    # A day's lead after its purpose set off by a comma.
    ("a purpose, then the day's event", "为进一步增强群众法治意识,12月1日上午,青禾县司法局开展司法行政开放日活动。\n" + _BODY, "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_headline_over_its_date_line(case, text, expected):
    assert read(text, "kind") == expected
