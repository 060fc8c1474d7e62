"""A list of what must be done run into a paragraph (一要…;二要…;三要…) lists items as 一是…;二是… does; a 一要 that
opens no item (统一要求, a word) is none. Every sentence here is written for the test."""

from __future__ import annotations

from lawreport import extract


def _items(body: str) -> list[tuple[str, str]]:
    record = extract("三、下一步工作打算\n" + body + "\n")
    return [(i.title, i.category) for i in record.initiatives]


def test_items_of_what_must_be_done_are_initiatives():
    assert _items("2025年，我们将重点抓好以下工作：一要强化法治宣传；二要深化执法改革；三要加强队伍建设。") == [
        ("强化法治宣传", "plans"), ("深化执法改革", "plans"), ("加强队伍建设", "plans")]


def test_a_word_holding_yi_yao_opens_no_item():
    assert _items("2025年，全县执行统一要求，一要素不缺地报送材料。") == []
