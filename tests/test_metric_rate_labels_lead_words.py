"""Rate labels that a word before them runs into: a verb that takes the rate as its object, a slogan's pair of gains a
heading runs into the label, and the court or procuratorate whose rate it is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def labels(text: str) -> list[tuple[str, float]]:
    """(label, value) of each generic rate of `text`."""
    return read(text, 2024)[1]


@pytest.mark.parametrize("text, expected", [
    # a verb that takes the rate as its object
    ("做到行政执法案卷评查覆盖率100%。", [("行政执法案卷评查覆盖率", 100)]),
    ("保证执法人员持证上岗率100%。", [("执法人员持证上岗率", 100)]),
    ("达到行政执法公示率100%。", [("行政执法公示率", 100)]),
    ("力争群众满意率达到98%以上。", [("群众满意率", 98)]),
    ("争取行政复议纠错率保持在15%左右。", [("行政复议纠错率", 15)]),
    ("推动行政机关负责人出庭应诉率达到100%。", [("行政机关负责人出庭应诉率", 100)]),
    ("我局继续把行政诉讼败诉率控制在3%以内。", [("行政诉讼败诉率", 3)]),
    ("要把行政复议纠错率提高到15%以上。", [("行政复议纠错率", 15)]),
    ("进一步把行政诉讼败诉率降到4%以下。", [("行政诉讼败诉率", 4)]),
    ("要把手续办结率提升至98%。", [("手续办结率", 98)]),  # the 把 before a label opening with 手续
    ("白沙区劳动仲裁院在全市率先完成结案率92%的考核任务。", [("结案率", 92)]),
    ("青禾县市场监管局发布投诉办结率97.5%。", [("投诉办结率", 97.5)]),
    ("一季度青禾县消保委发布调解成功率71.2%,同比提高3个百分点。", [("调解成功率", 71.2)]),
    # a heading's slogan of a pair of gains, run into the label
    ("二、量质双升群众满意率升至97%", [("群众满意率", 97)]),
    ("(三)质效齐升案件办结率达到99.1%", [("案件办结率", 99.1)]),
    ("四、服务双提升来电接通率为93.6%", [("来电接通率", 93.6)]),
    # the court or procuratorate whose rate it is
    ("向白沙区人民法院发出司法建议8件,人民法院采纳率100%。", [("采纳率", 100)]),
    ("青禾县检察院纠正意见采纳率为96%。", [("纠正意见采纳率", 96)]),
    ("全县法院一审行政案件上诉率为35.2%。", [("一审行政案件上诉率", 35.2)]),
    # the count of a list's point
    ("二是负责人出庭应诉率不高,全年只有58.3%。", [("负责人出庭应诉率", 58.3)]),
    ("一是来电接通率为93.6%,三是群众满意率为97%。", [("来电接通率", 93.6), ("群众满意率", 97)]),
])
def test_the_word_before_a_rate_label_is_left_out(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb's own noun of the rate, and a verb before a quality of its own
    ("全年目标任务完成率达到98%。", [("目标任务完成率", 98)]),
    ("行政审批材料把关率为100%。", [("行政审批材料把关率", 100)]),
    # the heads called 一把手, their 把 no verb's
    ("全县行政机关一把手出庭应诉率为62.5%。", [("行政机关一把手出庭应诉率", 62.5)]),
    ("全区一把手出庭率达到75%。", [("一把手出庭率", 75)]),
    ("整改事项按期完成率为95%。", [("整改事项按期完成率", 95)]),
    ("政府信息发布及时率100%。", [("政府信息发布及时率", 100)]),
    ("政务公开事项认领率、发布率均为100%。", [("政务公开事项认领率", 100), ("发布率", 100)]),
    ("考核任务完成准确率为99%。", [("考核任务完成准确率", 99)]),
    # a 是 of the label's own words, after no count of a point
    ("申请事项是否按时办结率为97%。", [("申请事项是否按时办结率", 97)]),
    # a verb before the clause of the rate, and a label of its own 保证 or 达到
    ("做好备案审查工作,行政规范性文件备案率100%。", [("行政规范性文件备案率", 100)]),
    ("农村供水保证率为95%。", [("农村供水保证率", 95)]),
    ("空气质量达到优良天数比率为90%。", [("空气质量达到优良天数比率", 90)]),
    # a rise said of the label itself, no slogan's pair
    ("职业教育升学率为96%。", [("职业教育升学率", 96)]),
])
def test_a_label_of_its_own_words_stays_whole(text, expected):
    assert sorted(labels(text)) == sorted(expected)
