"""An untitled item closing with its reporters' names in parentheses after a paragraph's end ((甲乙丙、丁戊), (记者 甲乙
通讯员 丙丁)): a news item, short (the credit in its head) or long (at the end of its last line, where no other kind is
told); a document's note ((盖章)) or bodies by their level ((县委、县政府)) are no reporters."""

import pytest
from conftest import metadata_field as read

from lawreport.metadata import _HEAD_CHARS

OPENING = "青禾县人社局立足部门职能,以法治建设为抓手,连续四年实现行政诉讼案件零败诉。"
MIDDLE = "一是落实出庭应诉制度,严格执行重大行政争议案件个案书面报告制度,行政机关负责人出庭率100%。"
CLOSING = "二是化解矛盾纠纷,处理平台工单754件,在全县部门中位居第二。{credit}\n"
SHORT = OPENING + MIDDLE + CLOSING
LONG = OPENING + MIDDLE * 8 + CLOSING
CREDITS = [
    ("two names", SHORT, "(梅青山、叶小禾)", "news"),
    ("two names closing a long item", LONG, "(梅青山、叶小禾)", "news"),
    ("names after their roles closing a long item", LONG, "(通讯员 李青禾 吴东湖 记者 王东湖)", "news"),
    ("one name", LONG, "(李青禾)", "news"),
    ("names on a line of their own", LONG.replace("{credit}", "\n{credit}"), "(梅青山 叶小禾)", "news"),
    ("a seal's place", LONG, "(盖章)", "other"),
    ("bodies by their level", SHORT, "(县委、县政府)", "other"),
    ("bodies by their level closing a long item", LONG, "(县委、县政府)", "other"),
]


@pytest.mark.parametrize(("case", "page", "credit", "expected"), CREDITS, ids=[c[0] for c in CREDITS])
def test_a_closing_credit_of_reporters_makes_news(case, page, credit, expected):
    assert len(LONG) > _HEAD_CHARS  # its credit is past the head
    assert read(page.format(credit=credit), "kind") == expected
