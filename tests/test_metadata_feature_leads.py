"""A text opening on one short sentence standing alone as its paragraph (法者,治之端也。), a saying or a scene before the
story, is a writer's feature: news, when no kind's cue claims it. A long first sentence, a dated one, one naming a
figure or the years (近年来,…: a case study's account), or two of them (a body's account of its work), a report's
numbered part opening an excerpt ((三)…) or following the sentence (a preface), a sentence under a title (a note on
what the title names) or a heading, or a line with nothing after it make none.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_STORY = ("近年来,青禾县委和县政府始终将法治政府建设作为全面依法治县的重点任务来谋划、部署和落实。\n"
          "以法为纲,崇法善治。县政府全面推行常务会议会前学法制度,高起点推进依法行政。\n")

CASES = [
    ("a saying", "法者,治之端也。\n" + _STORY, "news"),
    ("a scene", "青山叠翠,绿水扬波,一曲基层善治的强音正在青禾大地奏响。\n" + _STORY, "news"),
    ("a dated sentence is a body's account", "上半年,青禾县司法局认真落实省市部署。\n" + _STORY, "other"),
    ("a long first sentence is a body's account",
     "平安是极重要的民生,也是最基本的发展环境,青禾县始终把平安建设摆在全县工作的突出位置来谋划和推进。\n" + _STORY, "other"),
    ("two sentences are an account", "法者,治之端也。青禾县坚持依法行政。\n" + _STORY, "other"),
    ("a figure is an account", "青禾县法律援助中心受理案件286件。\n" + _STORY, "other"),
    ("the years' account is a case study", "近年来,青禾县各级调解组织坚持和发展新时代“枫桥经验”。\n" + _STORY, "case_study"),
    ("a report's numbered part opens an excerpt", "(三)规范执法,提高行政执法效能。\n" + _STORY, "annual_report"),
    ("a sentence under a title is a note", "青禾县依法行政纪实\n法者,治之端也。\n" + _STORY, "other"),
    ("a line with nothing after it", "法者,治之端也。\n", "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_feature_leads(case, text, expected):
    assert read(text, "kind") == expected


def test_a_sentence_under_a_numbered_heading_is_a_reports():
    assert read("一、主要举措\n法者,治之端也。\n" + _STORY, "kind") == "other"


def test_a_sentence_over_a_numbered_part_is_a_preface():
    assert read("法者,治之端也。\n一、主要举措\n" + _STORY, "kind") == "other"


# An account of the years opening with its body (近年来,某镇司法所立足职能…), a case study or an untitled text no cue
# claims, tells of its subject: the body is no author named, as a source line or a title naming it would be. A yearly
# report opening so is its body's.
_STATION = "\n一、做实矛盾纠纷化解。2023年调处纠纷210件,调解成功率98%。\n二、做优法律服务。全年解答法律咨询300余人次。\n"
ACCOUNT_SUBJECTS = [
    ("a town's station told of",
     "近年来,青禾县司法局白沙司法所坚持和发展新时代“枫桥经验”,扎实推进基层司法行政工作。" + _STATION, None),
    ("a legal aid centre told of",
     "近年来,青禾县法律援助中心不断优化服务模式。2023年,中心共受理法律援助案件512件。\n", None),
    ("a title naming the body",
     "青禾县法律援助中心2023年工作总结\n近年来,青禾县法律援助中心不断优化服务模式。2023年,中心共受理法律援助案件512件。\n",
     "青禾县法律援助中心"),
    ("a yearly report opening with the years",
     "近年来,青禾县司法局深入推进法治政府建设。现将2023年度法治政府建设情况报告如下:\n一、主要举措\n全年办理法律援助案件512件。\n",
     "青禾县司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), ACCOUNT_SUBJECTS, ids=[c[0] for c in ACCOUNT_SUBJECTS])
def test_the_body_an_account_of_the_years_opens_with_is_its_subject(case, text, expected):
    assert read(text, "issuer") == expected
