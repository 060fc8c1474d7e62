"""The government of a 盟 or a 地区 is its 行政公署 (行署): it issues the yearly report as a county's government does;
a prefecture's or a region's party committee called 党委 (某州党委、政府, 某自治区党委、政府) or a 盟's 盟委 joined to a
government said without its level (政府, 行署) gives that government, completed by the region where the line names the
place in full or the committee's place by the short name the region was read from (恩施州党委、政府), never the committee
cut out of the pair; an autonomous county's or banner's name as long as the
division list has them (双江拉祜族佤族布朗族傣族自治县) is read whole; a department under a 行政公署 is named with it (某地区行政公署司法局), and issues its own report.

Every text below is written for these tests; the figures are made up (the places are real where the division list
must know them, made up where the body's name alone is read).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "现将有关情况报告如下。\n一、主要举措和成效\n(一)完善制度体系,全年审核规范性文件36件。\n"
_LEAD = "坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。"

CASES = [
    ("a 盟's government in a title", "青禾盟行政公署2023年法治政府建设情况报告\n2023年,全盟扎实推进依法行政。\n", "青禾盟行政公署"),
    ("a 地区's government opening the report", "2023年,白沙地区行政公署" + _LEAD, "白沙地区行政公署"),
    ("…said short", "2023年,白沙地区行署" + _LEAD, "白沙地区行署"),
    ("a 盟's committee and 行署", "2023年,兴安盟委、行署" + _LEAD, "兴安盟行署"),
    ("a region's 党委 and its government", "2023年,新疆维吾尔自治区党委、政府" + _LEAD, "新疆维吾尔自治区人民政府"),
    ("a prefecture's 党委 and its government by a short name: the prefecture's government",
     "2023年,恩施州党委、政府" + _LEAD, "恩施土家族苗族自治州人民政府"),
    ("…a short name two places share, the text calling itself by no level: no body", "2023年,巴州党委、政府" + _LEAD, None),
    # A department under the 行政公署 is named with it: the department issues its report, not the 行政公署.
    ("a 行政公署's justice bureau in a title", "阿里地区行政公署司法局2024年度法治政府建设情况报告\n2024年,全局扎实推进依法行政。\n",
     "阿里地区行政公署司法局"),
    ("…its natural resources bureau", "白沙地区行政公署自然资源局关于2023年法治政府建设情况的报告\n2023年,全局扎实推进依法行政。\n",
     "白沙地区行政公署自然资源局"),
    ("…a 行署's bureau whose name holds 和", "青禾盟行署住房和城乡建设局2023年法治政府建设工作总结\n2023年,全局扎实推进依法行政。\n",
     "青禾盟行署住房和城乡建设局"),
    ("…its general office", "青禾盟行署办公室2023年法治政府建设工作总结\n2023年,全办扎实推进依法行政。\n", "青禾盟行署办公室"),
    ("the 行政公署's own report keeps it", "白沙地区行政公署关于2023年度法治政府建设情况的报告\n2023年,全地区扎实推进依法行政。\n",
     "白沙地区行政公署"),
    ("…a verb after the 行署 is no department", "2023年,白沙地区行署召开全区司法行政工作会议," + _LEAD, "白沙地区行署"),
    ("a 行署 said without its place is none", "2023年,行署" + _LEAD, None),
    ("the longest autonomous county in a title",
     "双江拉祜族佤族布朗族傣族自治县人民政府2023年法治政府建设情况报告\n2023年,全县扎实推进依法行政。\n",
     "双江拉祜族佤族布朗族傣族自治县人民政府"),
    ("…opening the report", "2023年,积石山保安族东乡族撒拉族自治县人民政府" + _LEAD, "积石山保安族东乡族撒拉族自治县人民政府"),
    ("…a county's bureau", "2023年,镇沅彝族哈尼族拉祜族自治县司法局" + _LEAD, "镇沅彝族哈尼族拉祜族自治县司法局"),
    ("an autonomous banner", "2023年,莫力达瓦达斡尔族自治旗人民政府" + _LEAD, "莫力达瓦达斡尔族自治旗人民政府"),
    ("a run longer than any autonomous name before 自治县 is none", "2023年,春夏秋冬东南西北上下左右前后自治县人民政府" + _LEAD,
     None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_prefecture_government(case, text, expected):
    assert read(text + _BODY, "issuer") == expected
