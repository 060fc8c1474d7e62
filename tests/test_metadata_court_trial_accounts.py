"""A court's yearly account of its administrative trials put out as it stands, the year's caseload before what was done
(…一审败诉率7.9%。过去一年,全省法院在行政审判方面主要开展以下工作:), is a white paper, as its report to a congress is; an
agency's account of its own litigation work (行政机关在行政应诉方面…) is no court's. A news summary of a report delivered
(某院院长…在…会议上作关于…工作情况的报告。报告显示,…) is news, issued by none of the bodies it tells of; the report itself,
speaking of itself (本报告显示), keeps its kind and its author.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_COURT = ("2022年,全省法院新收各类行政诉讼案件3806件,同比增长3.8%;审结3836件,同比增长1.7%。其中,新收一审行政案件1737件,"
          "同比下降3.8%。全省行政机关一审败诉案件137件,一审败诉率7.9%,同比下降1.7个百分点。总的来说,过去一年,全省法院在行政审判"
          "方面主要开展以下工作:\n一是加强重点领域司法监督,依法维护人民群众合法权益。审结涉企类行政案件437件。\n二是推进行政争议实质化解。\n")
_SUMMARY = ("青禾省高级人民法院院长李明1月15日在省十四届人大二次会议上作关于全省法院行政审判工作情况的报告。\n报告显示,2023年,全省法院"
            "共审理一审行政案件2.4万件,行政机关负责人出庭应诉率达92%。\n报告指出,全省法院聚焦高质量发展,依法审理涉企行政案件。\n")
_REPORT = ("青禾省高级人民法院行政审判工作情况的报告\n——2024年1月15日在省十四届人大常委会第八次会议上\n青禾省高级人民法院院长 李明\n"
           "各位委员:\n我代表省高级人民法院报告全省法院行政审判工作情况,请予审议。本报告显示的数据截至2023年底。\n")

CASES = [
    ("a court's yearly account of its trials", _COURT, "kind", "white_paper"),
    ("…said with 做了以下几个方面的工作",
     ("2024年,全省法院坚持严格公正司法,护航全省法治政府建设。\n全省法院新收各类行政诉讼案件2685件,同比下降10.8%;审结行政诉讼"
     "案件2733件。过去一年,全省法院在行政审判工作方面做了以下几个方面的工作:\n一、监督支持依法行政\n全省法院充分发挥行政审判职能。\n"),
     "kind", "white_paper"),
    ("a news summary of a report delivered", _SUMMARY, "kind", "news"),
    ("…is issued by none of the bodies it tells of", _SUMMARY, "issuer", None),
    ("the report itself keeps its kind", _REPORT, "kind", "white_paper"),
    ("…and its author", _REPORT, "issuer", "青禾省高级人民法院"),
]


# A report or a white paper said to have come out, the press's word (《…司法审查报告》如期出炉, …白皮书正式出炉): an account of
# its release, news; the report speaking of itself (本报告对…进行汇总分析) keeps its kind.
CASES += [
    ("a report said to have come out, in a lead",
     ("今年5月份,东湖市中级人民法院《2023年度行政案件司法审查报告》如期出炉,对全市两级法院行政案件审理情况进行汇总分析。\n"
      "座谈会现场\n2023年,全市两级法院共受理各类行政案件1500件,审结1450件。\n"), "kind", "news"),
    ("…or in a headline",
     "东湖市2023年度行政审判白皮书正式出炉\n2023年,全市两级法院共受理一审行政案件1200件,审结1180件。\n", "kind", "news"),
    ("the report speaking of itself",
     ("东湖市中级人民法院2023年度行政案件司法审查报告\n前言\n本报告对2023年全市两级法院行政案件审理情况进行汇总分析。\n"
      "2023年,全市两级法院共受理各类行政案件1500件,审结1450件。\n"), "kind", "white_paper"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_court_trial_accounts(case, text, field, expected):
    assert read(text, field) == expected


def test_agencies_account_of_their_litigation_work_is_no_courts():
    text = ("2022年,全县各级行政机关在行政应诉方面主要开展以下工作:\n一是落实行政机关负责人出庭应诉制度,全年出庭应诉案件86件。\n"
            "二是加强行政复议工作。\n")
    assert read(text, "kind") != "white_paper"
