"""Issuers and genres of 2024 pages: town bodies, departments, officials' reports and reprinted items.

Every text below is written for these tests; the places are real, the bodies' sentences and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

OPENING = "\n2024年，全镇坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：\n"
TITLE = "关于2024年度法治政府建设工作的报告"
# A disclosure box whose rows lost their separators: each label runs into its value.
BOX = "索引号 000123/2025-00456\n发文机关{body} 主题词\n标题{title}\n主题分类其它 发布日期{date}\n\n"
MEETING = "1月14日，青田县召开述法评议会，12个单位主要负责人现场述法。\n会议要求，各单位要压实第一责任人职责。\n"
DUTY = "关于2024年度履行推进法治建设第一责任人职责情况的报告\n"
DUTY_OPENING = "\n2024年，我认真履行推进法治建设第一责任人职责。现将本人述法情况报告如下：\n一、履职情况\n全年主持专题会议五次。\n"

CASES = [
    # --- a town whose name holds 和 heads the title on the line above it ------------------------------------------
    ("a town named with 和 above a 关于 title authors it", "仁和镇人民政府\n" + TITLE + OPENING, "issuer",
     "仁和镇人民政府"),
    ("…its title read across both lines", "仁和镇人民政府\n" + TITLE + OPENING, "title", "仁和镇人民政府" + TITLE),
    ("…和 opening the name", "和平镇人民政府\n" + TITLE + OPENING, "issuer", "和平镇人民政府"),
    ("…a street office", "中和街道办事处\n" + TITLE + OPENING, "issuer", "中和街道办事处"),
    ("…after its county", "临安区太和乡人民政府\n" + TITLE + OPENING, "issuer", "临安区太和乡人民政府"),
    ("two bodies joined by 和 above a title are no letterhead", "工会和镇人民政府\n" + TITLE + OPENING, "issuer",
     None),
    ("…nor a level and a street office", "市区和街道办事处\n" + TITLE + OPENING, "issuer", None),
    # --- a head's yearly report of their duty (述法报告): the official's byline under the title names their body ------
    ("a bureau head's byline with two posts: the bureau", DUTY + "青田县司法局党组书记、局长 张明" + DUTY_OPENING, "issuer",
     "青田县司法局"),
    ("…which places the report", DUTY + "青田县司法局党组书记、局长 张明" + DUTY_OPENING, "county", "青田县"),
    ("…and is no title", DUTY + "青田县司法局党组书记、局长 张明" + DUTY_OPENING, "title",
     "关于2024年度履行推进法治建设第一责任人职责情况的报告"),
    ("a county secretary's byline: the county committee", DUTY + "中共青田县委书记 张明" + DUTY_OPENING, "issuer",
     "中共青田县委"),
    ("a town head's byline: the town's government", "2024年度述法报告\n青田县温溪镇人民政府镇长 张明" + DUTY_OPENING,
     "issuer", "青田县温溪镇人民政府"),
    ("the official's name alone names no body", DUTY + "张明" + DUTY_OPENING, "issuer", None),
    # --- a disclosure box's rows run together: 标题, 发文机关 and 发布日期 before their values ---------------------------------
    ("a box's title row run into its label", BOX.format(body="青田县司法局", title="青田县司法局关于2024年度法治政府建设情况的报告",
                                                        date="2025-02-26") + OPENING, "title", "青田县司法局关于2024年度法治政府建设情况的报告"),
    ("…its date row", BOX.format(body="青田县司法局", title="青田县司法局关于2024年度法治政府建设情况的报告", date="2025-02-26")
     + OPENING, "published", "2025-02-26"),
    ("…its body row, the title naming none", BOX.format(body="青田县司法局", title="关于2024年度法治政府建设情况的报告",
                                                       date="2025-02-26") + OPENING, "issuer", "青田县司法局"),
    ("a title opening with the word 标题 keeps it", "标题党专项整治工作方案\n" + OPENING, "title", "标题党专项整治工作方案"),
    ("a cut-off time run into its date is no publication date", "关于2024年度法治政府建设情况的报告\n数据截止时间2024-12-31\n" + OPENING,
     "published", None),
    # --- a headline closing on a meeting its year is of names no yearly report ----------------------------------------
    ("a county's meeting on its heads' yearly duty reports", "青田县召开2024年度述法评议会\n2025-01-15 17:30\n" + MEETING,
     "kind", "news"),
    ("a committee closing a yearly title is its author, no meeting", "2024年度青田县人民调解委员会\n全年调解纠纷一千件。\n",
     "kind", "annual_report"),
    ("a line of posts with no one's name is no byline", DUTY + "青田县司法局党组书记、局长、" + DUTY_OPENING, "issuer", None),
]


@pytest.mark.parametrize("name, text, key, expected", CASES, ids=[c[0] for c in CASES])
def test_metadata_phrasing(name, text, key, expected):
    assert field(text, key) == expected

