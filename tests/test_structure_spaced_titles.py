"""A heading set wide, a space between its characters (二、存　在　的　问　题), names its kind as one set close does;
its title stays as written. A space parting two phrases of a title is read through too."""

from __future__ import annotations

from lawreport import extract

_OPENING = "2024年,我县扎实推进法治政府建设,现将有关情况报告如下。\n"
_BODY = "全年召开专题会议四次,研究部署法治建设重点任务,推动各项工作落实落地。\n"


def _sections(text: str) -> list[tuple[str, str, str]]:
    return [(s.numbering, s.title, s.kind) for s in extract(text).sections]


def test_a_heading_set_wide_names_its_kind():
    text = (_OPENING + "一、坚　持　党　的　领　导\n" + _BODY + "二、存　在　的　问　题\n执法人员专业素质有待提高。\n"
            + "三、下 一 步 工 作 打 算\n" + _BODY)
    assert [kind for _, _, kind in _sections(text)] == ["achievements", "shortcomings", "plans"]
    assert [title for _, title, _ in _sections(text)][1] == "存　在　的　问　题"  # as written


def test_a_part_set_wide_naming_its_kind_lists_no_item_of_its_title():
    text = _OPENING + "一、主要工作\n(一)加强组织领导。" + _BODY + "二、存 在 的 问 题\n" + _BODY
    assert [i.title for i in extract(text).initiatives] == ["加强组织领导"]


def test_a_space_parting_two_phrases_is_read_through():
    """问题 整改 read without the space is 问题整改, the putting right of problems: a measure, no part on the problems."""
    text = _OPENING + "一、主要工作\n" + _BODY + "二、聚焦突出问题 整改落实到位\n" + _BODY
    assert [kind for _, _, kind in _sections(text)] == ["achievements", "achievements"]
