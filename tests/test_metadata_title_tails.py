"""A headline's tail after a bar naming the mirror, the outlet or the column that carries the item (…|某某新视野): page
furniture, not the title's; a short column heading the headline before its bar, or an article's title after a series', stays."""

import pytest
from conftest import metadata_field as read

PAGE = "{headline}\n来源:东湖日报    时间:2024-03-02 08:15:00\n\n本报讯 去年,全省共建成村级法律服务站一千余个。\n"
HEADLINES = [
    ("a mirror's name", "全省村级法律服务站已建成一千余个|晨风新视野", "全省村级法律服务站已建成一千余个"),
    ("a column after spaces", "青禾县调解员扎根乡村二十年守护邻里和睦 | 调解在身边", "青禾县调解员扎根乡村二十年守护邻里和睦"),
    ("a column before a short head", "两会声音|代表委员谈法治建设", "两会声音|代表委员谈法治建设"),
    ("a tail holding a number", "全省村级法律服务站已建成一千余个|2024年成果", "全省村级法律服务站已建成一千余个|2024年成果"),
    ("a series' article", "青禾法治发展报告(2017) | 新时代法治建设的使命", "青禾法治发展报告(2017) | 新时代法治建设的使命"),
]


@pytest.mark.parametrize(("case", "headline", "expected"), HEADLINES, ids=[c[0] for c in HEADLINES])
def test_a_bar_tail_is_furniture(case, headline, expected):
    assert read(PAGE.format(headline=headline), "title") == expected
