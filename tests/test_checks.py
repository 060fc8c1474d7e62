"""Which counts a stated rate is checked against, and which spans a check cites."""

from __future__ import annotations

from lawreport import extract

WRAPPER = "2023年，区司法局认真履行职责。\n一、主要工作成效\n{body}\n二、存在的不足\n基础薄弱。\n"


def _checks(body: str):
    text = WRAPPER.format(body=body)
    report = extract(text)
    return text, [(c.agrees, c.computed, [(s.text, s.start) for s in c.spans]) for c in report.checks]


def test_another_count_of_the_sentence_may_confirm_the_rate():
    text, checks = _checks("启动调解809件，受理纠纷900件，调解成功681件，调解成功率84.2%。")
    assert checks == [(True, 84.18, [("809件", text.index("809件")), ("调解成功681件", text.index("调解成功681件")),
                                      ("调解成功率84.2%", text.index("调解成功率"))])]


def test_of_counts_giving_the_rate_the_earliest_is_cited():
    text, checks = _checks("启动调解809件，另有809件待调解，受理纠纷900件，调解成功681件，调解成功率84.2%。")
    assert checks[0][0] and checks[0][2][0] == ("809件", text.index("809件"))


def test_a_disagreeing_rate_cites_the_first_denominator():
    text, checks = _checks("受理纠纷900件，另受理纠纷700件，调解成功681件，调解成功率90%。")
    assert checks == [(False, 75.67, [("受理纠纷900件", text.index("受理纠纷900件")),
                                       ("调解成功681件", text.index("调解成功681件")),
                                       ("调解成功率90%", text.index("调解成功率"))])]
