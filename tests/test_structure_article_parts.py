"""A paper's statement of its question (一、问题的提出) frames the paper: no problems of the work reported, no measure.
Every sentence below is written for these tests."""

from __future__ import annotations

import pytest

from lawreport import extract

_ARTICLE = ("行政机关负责人出庭应诉工作探析\n"
            "一、{first}\n"
            "行政机关负责人出庭应诉,是推进法治政府建设的一项重要制度,近年来各地对此作了有益探索。\n"
            "二、存在的问题\n"
            "一是部分负责人出庭不出声;二是出庭应诉的考核办法尚不完善。\n")


@pytest.mark.parametrize("first", ["问题的提出", "问题的缘起"])
def test_a_papers_question_frames_it(first):
    record = extract(_ARTICLE.format(first=first))
    assert [(s.title, s.kind) for s in record.sections] == [(first, "other"), ("存在的问题", "shortcomings")]
    assert [i.title for i in record.initiatives] == ["部分负责人出庭不出声", "出庭应诉的考核办法尚不完善"]


def test_a_part_on_the_problems_met_stays_the_shortcomings():
    record = extract(_ARTICLE.format(first="工作中发现的问题"))
    assert [s.kind for s in record.sections] == ["shortcomings", "shortcomings"]
