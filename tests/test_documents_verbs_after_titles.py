"""Documents: the verb after a title introduces it where the title is its object put before it (现将《…》印发给你们),
the topic of 对…进行 (对《…》进行修订), or the clause's subject done at a time or by a body (《…》已于…印发, 《…》已经…同意，
现印发给你们); a title opening its clause otherwise, or taking effect, has none."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _verbs(text: str) -> list[str | None]:
    return [d.verb for d in find_documents(text)]


@pytest.mark.parametrize("text, verb", [
    # the object before its verb
    ("现将《青禾县行政执法公示办法》印发给你们，请认真贯彻执行。", "印发"),
    ("把《青禾县行政规范性文件管理办法》修订完善。", "修订"),
    ("会议审议通过并将《青禾县合法性审查办法》一并印发。", "印发"),
    # the topic of 对…进行
    ("县政府对《青禾县重大行政决策程序规定》进行修订。", "修订"),
    ("对《青禾县重大行政决策程序规定》进行了修改。", "修改"),
    # the subject, done at a time or by a body, or issued now after its approval
    ("《青禾县行政执法公示办法》已于2024年3月印发实施。", "印发"),
    ("《青禾县合法性审查办法》于去年经县政府常务会议审议通过。", "审议通过"),
    ("《青禾县法治政府建设工作要点》已经县政府同意，现印发给你们。", "印发"),
])
def test_the_verb_after_the_title_introduces_it(text, verb):
    assert _verbs(text) == [verb]


@pytest.mark.parametrize("text, verb", [
    # the law taking effect is its history
    ("《青禾省物业管理条例》自2024年1月1日起施行。", None),
    ("《青禾省物业管理条例》已于2024年5月1日正式施行。", None),
    ("《青禾县行政执法公示办法》于2024年1月1日起执行。", None),
    # a subject without a time or a body
    ("《青禾县行政执法公示办法》实施以来，成效明显。", None),
    # what a body says about a title (针对) is no topic of 进行
    ("针对《青禾省物业管理条例》进行修订提出意见。", None),
    # no verb after the object or the topic
    ("将《青禾县行政执法公示办法》纳入学习清单。", None),
    ("对《青禾县行政执法公示办法》的执行情况进行检查。", None),
    # a title after another word keeps the verb before it
    ("根据《青禾县行政执法公示办法》，制定本细则。", None),
    ("制定并印发《青禾县行政执法公示办法》，修订完善。", "印发"),
])
def test_a_verb_after_the_title_otherwise_does_not(text, verb):
    assert _verbs(text) == [verb]
