"""A section's level in the record is its depth in the outline, not its numbering's style."""

from lawreport import extract

REPORT = (
    "青禾县司法局2024年法治政府建设工作报告\n"
    "一、主要工作\n"
    "{under_first}\n"
    "全年办理行政复议案件12件。\n"
    "二、存在的不足\n"
    "（一）执法队伍建设有待加强\n"
    "1.执法人员培训不足\n"
    "部分执法人员法律知识储备不足。\n"
)


def levels(text: str) -> list[tuple[str, int]]:
    return [(s.numbering, s.level) for s in extract(text).sections]


def test_items_right_under_a_part_are_its_second_level():
    assert levels(REPORT.format(under_first="1.加强组织领导")) == [
        ("一、", 1), ("1.", 2), ("二、", 1), ("（一）", 2), ("1.", 3)]


def test_a_family_between_keeps_the_items_below_it_a_level_deeper():
    assert levels(REPORT.format(under_first="（一）加强组织领导")) == [
        ("一、", 1), ("（一）", 2), ("二、", 1), ("（一）", 2), ("1.", 3)]


def test_each_level_names_its_parent_one_level_up():
    sections = extract(REPORT.format(under_first="1.加强组织领导")).sections
    for s in sections:
        assert s.level == (1 if s.parent is None else sections[s.parent].level + 1)
