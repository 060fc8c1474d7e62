"""The year of a news item whose reporter learned a level at a year's end (记者从省司法厅获悉:截至2023年底,…): that
year's figure dates the item; a level at a month's end within the year dates none."""

import pytest
from conftest import metadata_field as read

PAGE = ("东湖省村级公共法律服务站实现全覆盖\n来源:东湖日报    时间:2024-05-20 07:30:00\n\n"
        "本报东湖5月19日电(记者甲乙)记者从省司法厅获悉:{level},全省共建成村级公共法律服务站1.2万个,"
        "乡镇公共法律服务工作站全面建成。\n\n据介绍,各地推动司法所与公共法律服务站一体建设。\n")
LEVELS = [
    ("a year's end", "截至2023年底", 2023),
    ("a year's last day", "截止到2023年12月31日", 2023),
    ("a month's end", "截至2024年4月底", None),
]


@pytest.mark.parametrize(("case", "level", "expected"), LEVELS, ids=[c[0] for c in LEVELS])
def test_a_level_at_a_years_end_dates_the_item(case, level, expected):
    assert read(PAGE.format(level=level), "report_year") == expected
