"""A table's row of its total (合计 | 120 | 112): the rows above it in a column whose heading names the key (受理数) are
its parts, each a body's or a place's, none the year's figure; its figure under a heading that names no key (数量) is
the total of what the caption names (…行政复议案件受理情况).

Every sentence here is written for the test.
"""

from __future__ import annotations

from test_metric_families import facts


def test_the_rows_above_a_total_are_its_parts():
    text = ("表1 2024年全县行政复议案件办理情况\n被申请人 | 受理数(件) | 审结数(件)\n县公安局 | 40 | 38\n"
            "县市场监管局 | 25 | 24\n各乡镇 | 55 | 50\n合计 | 120 | 112")
    assert facts(text) == [("reconsideration_closed", 112, 2024, False), ("reconsideration_received", 120, 2024, False)]


def test_rows_with_no_total_keep_their_figures():
    text = "指标 | 2023年 | 2024年\n新收行政复议案件(件) | 96 | 128\n一审行政诉讼案件(件) | 75 | 62"
    assert facts(text) == [("litigation_first_instance", 62, 2024, False), ("litigation_first_instance", 75, 2023, False),
                           ("reconsideration_received", 96, 2023, False), ("reconsideration_received", 128, 2024, False)]


def test_a_total_under_a_heading_naming_no_key_is_of_the_captions():
    text = ("表1:2024年全县行政复议案件受理情况(按被申请人)\n被申请人 | 数量(件) | 备注\n县政府部门 | 100 | 无\n"
            "乡镇政府 | 20 | 无\n合计 | 120 | 无")
    assert facts(text) == [("reconsideration_received", 120, 2024, False)]


def test_a_total_of_a_caption_naming_no_key_is_none():
    text = "表1 2024年全县执法检查情况\n单位 | 数量(件) | 备注\n县公安局 | 100 | 无\n乡镇政府 | 20 | 无\n合计 | 120 | 无"
    assert facts(text) == []


def test_the_rows_of_years_above_a_total_keep_their_figures_and_their_sum_is_none():
    text = "近三年人民调解工作情况\n年份 | 受理纠纷(件) | 调解成功(件)\n2023年 | 1300 | 1290\n2024年 | 1400 | 1395\n合计 | 2700 | 2685"
    assert facts(text) == [
        ("mediation_cases", 1300, 2023, False), ("mediation_cases", 1400, 2024, False),
        ("mediation_succeeded", 1290, 2023, False), ("mediation_succeeded", 1395, 2024, False)]


def test_a_total_the_areas_call_opens_is_the_areas_and_the_rows_above_its_parts():
    # 全县合计 | 全区总计: the area's total, the towns above it parts (tabs or runs of spaces between the cells)
    text = ("表2 2024年各镇行政复议案件办理情况\n地区\t新收行政复议案件(件)\t审结(件)\n白沙镇\t31\t29\n"
            "青石镇\t17\t15\n全县合计\t96\t90")
    assert facts(text) == [("reconsideration_closed", 90, 2024, False), ("reconsideration_received", 96, 2024, False)]
    text = ("表2 2023年各街道人民调解情况\n街道      受理纠纷(件)    调解成功(件)\n东门街道    210     207\n"
            "西关街道    185     183\n全区总计    640     629")
    assert facts(text) == [("mediation_cases", 640, 2023, False), ("mediation_succeeded", 629, 2023, False)]


def test_a_row_of_a_named_place_is_no_total():
    # 全椒县 is a place, no area's call before 合计: each row is its own
    text = "表2 2024年行政复议案件办理情况\n地区 | 新收行政复议案件(件)\n全椒县 | 52\n来安县 | 47"
    assert facts(text) == [("reconsideration_received", 47, 2024, False), ("reconsideration_received", 52, 2024, False)]


def test_a_unit_note_under_the_caption_captions_nothing():
    # the caption above 单位:件 names what the table counts (新收案件 | 审结案件 alone name no field)
    text = ("表1 2024年各区县行政复议案件办理情况\n单位：件、%\n地区      新收案件   审结案件   纠错率(%)\n"
            "城东区      142        130        12.3\n城西区      118        111        9.9\n全市合计    260        241        11.2")
    assert facts(text) == [("reconsideration_closed", 241, 2024, False),
                           ("reconsideration_correction_rate", 11.2, 2024, False),
                           ("reconsideration_received", 260, 2024, False)]
    # …in brackets too; with no caption naming a field above it, the table's columns name none
    text = "（单位：件）\n地区      新收案件   审结案件\n城东区      142        130\n全市合计    260        241"
    assert facts(text) == []
