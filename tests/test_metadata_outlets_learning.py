"""A news item whose outlet tells where it learned what it reports (某某网在发布会上获悉): news, whatever its headline
names (a court's administrative trials, which a white paper's title would claim)."""

import pytest
from conftest import metadata_field as read

PAGE = ("2022年东湖法院行政审判工作再上新台阶\n\n"
        "2月13日,东湖省高级人民法院召开新闻发布会,通报2022年度行政审判工作情况。{learned},2022年东湖法院"
        "实质化解行政争议取得显著成效。\n\n2022年,全省法院一审行政案件息诉服判率明显提高。\n")
LEARNED = [
    ("a news site at the press conference", "东湖网在发布会上获悉", "news"),
    ("a paper from the meeting", "东湖日报从会上了解到", "news"),
    ("a body learning from a meeting", "东湖省司法厅从会上了解到", "white_paper"),
    ("a hotline platform", "12345热线平台从会上了解到", "white_paper"),
]


@pytest.mark.parametrize(("case", "learned", "expected"), LEARNED, ids=[c[0] for c in LEARNED])
def test_an_outlet_learning_makes_news(case, learned, expected):
    assert read(PAGE.format(learned=learned), "kind") == expected
