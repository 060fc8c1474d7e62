"""The place an untitled report's opening gives it, and the bare department it names itself by.

When nothing else places a report, its opening does: the place it names as its own (为仙居县高质量发展…),
not a place it went to or learned from (赴宁波市学习, 借鉴杭州市做法, 到嘉兴市考察, 与绍兴市签订). A bare
department the opening names itself by (县人社局) takes the place so found. Every sentence below is written
for these tests around real divisions (a made-up place is never resolved).
"""

from __future__ import annotations

import pytest

from lawreport import extract

BODY = "\n现将有关情况报告如下：\n一、主要做法\n健全重大行政决策程序，开展执法案卷评查两次。\n二、下一步打算\n继续规范行政执法。\n"


def _region(text: str) -> str | None:
    region = extract(text).region
    if region is None:
        return None
    return "/".join(part or "-" for part in (region.province, region.city, region.county))


REGION_CASES = [
    ("a place the opening works for is the report's own",
     "2023年，我局围绕中心工作，为仙居县高质量发展营造良好法治环境。", "浙江省/台州市/仙居县"),
    ("a place the opening travels to is not",
     "2023年，我局组织业务骨干赴宁波市学习基层治理经验，扎实推进依法行政。", None),
    ("a place the opening learns from is not",
     "2023年，区司法局学习借鉴杭州市等地做法，扎实推进依法行政。", None),
    ("a place the opening goes to inspect is not",
     "2023年，我局组织执法人员到嘉兴市考察综合执法改革，全面规范执法行为。", None),
    ("做到 is no going: the place after it in the clause still counts",
     "2023年，我局坚持做到依法决策，为仙居县高质量发展营造良好法治环境。", "浙江省/台州市/仙居县"),
    ("学习贯彻 is no learning from a place: the place after it in the clause still counts",
     "2023年，我局认真学习贯彻党的二十大精神为仙居县高质量发展营造良好法治环境。", "浙江省/台州市/仙居县"),
    ("a place the opening learns from by 学习 alone is not",
     "2023年，区司法局学习杭州市基层治理经验，扎实推进依法行政。", None),
    ("a place the opening signs an agreement with is not",
     "2023年，我局与绍兴市司法局签订法律服务协作协议，扎实推进依法行政。", None),
    ("与 without a signing cuts nothing",
     "2023年，我局与各乡镇一道为仙居县高质量发展提供法治保障。", "浙江省/台州市/仙居县"),
    ("the clause after the travel is cut, not the next one",
     "2023年，我局赴苏州市学习基层治理经验，为仙居县高质量发展营造良好法治环境。", "浙江省/台州市/仙居县"),
]


@pytest.mark.parametrize(("opening", "expected"), [case[1:] for case in REGION_CASES],
                         ids=[case[0] for case in REGION_CASES])
def test_opening_region(opening: str, expected: str | None) -> None:
    assert _region(opening + BODY) == expected


ISSUER_CASES = [
    ("a bare department is completed by the place its opening works for",
     "2023年，县人社局围绕中心工作，为仙居县高质量发展提供人才保障。", "仙居县人社局"),
    ("…not by a place it travels to",
     "2023年，县人社局赴仙居县学习人事争议调解经验，扎实推进依法行政。", None),
]


@pytest.mark.parametrize(("opening", "expected"), [case[1:] for case in ISSUER_CASES],
                         ids=[case[0] for case in ISSUER_CASES])
def test_opening_issuer(opening: str, expected: str | None) -> None:
    record = extract(opening + BODY)
    assert (record.issuer.name if record.issuer else None) == expected
