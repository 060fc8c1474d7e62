"""A data release's table written as text with its cells parted by spaces: a figure grouped by spaces (15 862) or
followed by a signed change (301　-5.0) is read from its cell alone, and a row names its service the way such tables
do (人民调解受理案件数, 公证件数, 公证(件)).

Every sentence here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

from test_metric_families import facts

_HEAD = "松岭区司法局2024年1—12月主要业务数据\n\n指标名称　单位　本年累计　上年同期　同比增减(%)\n"


def test_figures_grouped_by_spaces_are_read_from_their_cells():
    text = _HEAD + "人民调解受理案件数　件　15 862　14 930　6.2\n其中：调解成功数　件　15 704　14 788　6.2\n"
    assert facts(text) == [("mediation_cases", 14930, 2023, False), ("mediation_cases", 15862, 2024, False),
                           ("mediation_succeeded", 14788, 2023, False), ("mediation_succeeded", 15704, 2024, False)]


def test_a_figure_before_a_signed_change_is_read_from_its_cell():
    text = _HEAD + "行政应诉一审案件数　件　286　301　-5.0\n行政复议收案数　件　412　376　9.6\n"
    assert facts(text) == [("litigation_first_instance", 286, 2024, False), ("litigation_first_instance", 301, 2023, False),
                           ("reconsideration_received", 376, 2023, False), ("reconsideration_received", 412, 2024, False)]


def test_the_service_named_alone_counts_its_notarizations():
    text = _HEAD + "公证件数　件　2 146　1 876　14.4\n"
    assert facts(text) == [("notarizations", 1876, 2023, False), ("notarizations", 2146, 2024, False)]
    text = "项目 | 2024年 | 2023年\n公证(件) | 3521 | 3350\n"
    assert facts(text) == [("notarizations", 3350, 2023, False), ("notarizations", 3521, 2024, False)]


def test_a_kind_of_notarization_is_no_count_of_all():
    assert facts("项目 | 2024年 | 2023年\n涉外公证(件) | 351 | 335\n") == []
    assert [f for f in facts("全年办理公证3 000件，其中涉外公证47件。") if f[1] == 47] == []


def test_the_service_of_people_s_mediation_counts_its_cases():
    assert facts("2024年，全区人民调解受理案件1 206件，调解成功1 190件。")[:1] == [("mediation_cases", 1206, 2024, False)]
    assert [f for f in facts("2024年，人民调解协议司法确认受理案件45件。") if f[0] == "mediation_cases"] == []
