"""A news item on a year's release of cases is no case study.

发布 before 典型案例 tells of cases put out, also where the release names its year or is quoted in 《》
(发布2023年度行政复议典型案例, 发布了《某区2023年度…典型案例》, 发布了《…白皮书》和《…典型案例》); a set of cases
under its own head is still one.

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

FIGURES = "\n据介绍,2023年全区共受理行政复议案件126件,审结118件。\n"

RELEASES = [
    ("a year's release in 《》", "今(12)日,白沙区司法局召开新闻发布会,发布了《白沙区2023年度行政复议典型案例》。" + FIGURES),
    ("a year's release unquoted", "近日,白沙区司法局召开新闻发布会,发布2023年度行政复议典型案例。" + FIGURES),
    ("two titles released", "今日,白沙区人民法院发布了《2023年行政诉讼白皮书》和《2023年行政诉讼典型案例》。" + FIGURES),
]


@pytest.mark.parametrize("name, text", RELEASES, ids=[c[0] for c in RELEASES])
def test_a_release_of_cases_is_no_case_study(name, text):
    assert field(text, "kind") != "case_study"


def test_a_set_of_cases_under_its_head_is_a_case_study():
    text = ("白沙区2023年度行政复议典型案例\n"
            "典型案例一:某公司不服某局行政处罚案\n某公司因未按规定办理登记被处以罚款,不服,申请行政复议。\n")
    assert field(text, "kind") == "case_study"


# A white paper put out with its cases, its title naming both (…白皮书暨十大典型案例, …白皮书及典型案例), over its own parts:
# the white paper; a page of a court's cases alone stays a case study.
WHITE_PAPERS = [
    ("…暨十大典型案例 over the white paper's parts",
     ("2023年度东湖市行政审判白皮书暨十大典型案例\n一、行政案件基本情况\n2023年,全市法院受理一审行政案件1200件,审结1180件,"
      "行政机关败诉率为6.1%。\n二、行政诉讼的主要特点\n行政协议类案件增幅明显。\n"), "white_paper"),
    ("…及典型案例, its preface naming them again",
     ("2023年度东湖市行政审判白皮书及典型案例\n前言\n为促进依法行政,现发布2023年度行政审判白皮书及十大典型案例。\n"
      "一、行政案件基本情况\n2023年,全市法院受理一审行政案件1200件。\n"), "white_paper"),
    ("a court's cases alone",
     ("东湖区法院发布行政争议实质性化解典型案例\n案例一:某公司诉某局行政处罚案\n基本案情:某公司因未办理登记被处罚款,不服,"
      "提起诉讼。\n案例二:李某诉某镇政府行政协议案\n"), "case_study"),
]


@pytest.mark.parametrize(("name", "text", "expected"), WHITE_PAPERS, ids=[c[0] for c in WHITE_PAPERS])
def test_a_white_paper_with_its_cases_is_the_white_paper(name, text, expected):
    assert field(text, "kind") == expected
