"""Documents: a law's history told without 的 (新修订《…》) or by a run of verbs (新修订出台的《…》) is no verb of the
body's, as 新修订的《…》 is not; a body that revises again (重新修订) or creatively drafts (创新制定) still did it."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _verbs(text: str) -> list[str | None]:
    return [d.verb for d in find_documents(text)]


@pytest.mark.parametrize("text, verb", [
    # 新 right before the verb, the title right after it: the law's history
    ("组织干部学习新修订《青禾省物业管理条例》。", None),
    ("新修订《中华人民共和国行政复议法》施行以来,案件明显增多。", None),
    ("认真贯彻新修订《中华人民共和国公司法》。", "贯彻"),
    # 新 before a run of verbs ending in 的
    ("宣传新修订出台的《青禾省物业管理条例》。", None),
    ("围绕新修订实施的《中华人民共和国行政复议法》开展培训。", None),
])
def test_a_laws_history_is_no_verb_of_the_body(text, verb):
    assert _verbs(text) == [verb]


@pytest.mark.parametrize("text, verb", [
    ("县司法局修订《青禾县行政执法公示办法》。", "修订"),
    # 新 ending another word: the body revised it again, drafted it anew
    ("重新修订《青禾县行政执法公示办法》。", "修订"),
    ("我局重新修订的《青禾县行政执法公示办法》已施行。", "修订"),
    ("创新制定《青禾县涉企行政检查规范》。", "制定"),
    # a verb after the run without 新 is the body's
    ("年内制定出台《青禾县行政规范性文件管理办法》。", "出台"),
])
def test_a_verb_the_body_did_stays(text, verb):
    assert _verbs(text) == [verb]
