"""A text without headings (a news item, a summary set as paragraphs) lists its measures in paragraphs opening with a
lead sentence when two or more of those open with a measure verb; a story's leads list none."""

from __future__ import annotations

from lawreport import extract

_TITLE = "某镇扎实推进人民调解工作\n"
_OPENING = "今年以来,某镇坚持和发展新时代“枫桥经验”,多措并举推动矛盾纠纷就地化解,全镇社会大局和谐稳定。\n"


def _initiatives(text: str) -> list[tuple[str, str]]:
    return [(i.title, i.category) for i in extract(text).initiatives]


def test_a_series_of_leads_opening_with_measure_verbs_lists_the_measures():
    text = (_TITLE + _OPENING
            + "健全组织网络,筑牢调解根基。全镇12个村均设立人民调解委员会,配备专职调解员24名。\n"
            + "加强业务培训,提升调解能力。全年举办调解员培训班4期,培训200余人次。\n"
            + "严控调解质量,筑牢稳定防线。每季度抽查调解卷宗,全年评查卷宗120卷。\n")
    assert _initiatives(text) == [("健全组织网络,筑牢调解根基", "other"), ("加强业务培训,提升调解能力", "other"),
                                  ("严控调解质量,筑牢稳定防线", "other")]


def test_a_storys_leads_list_no_measure():
    text = (_TITLE + _OPENING
            + "加强业务培训,提升调解能力。全年举办调解员培训班4期,培训200余人次。\n"
            + "会议强调,要紧盯目标抓落实。各村要压实责任,确保各项任务按期完成。\n"
            + "局长某某在会上讲话。他指出,调解工作事关群众切身利益。\n")
    assert _initiatives(text) == []
