"""A town or township a report names by its place alone (青山镇2024年…报告, 海东市某区某乡2022年度…报告, 2023年,青山镇坚持…) is a
place, no body: the issuer is its government where the text names it, in full, short (青山镇政府) or after the town's
committee as the joint authors' (青山镇党委、政府), at its first naming; else none, as a county named alone names none.
The town still places the report and sets its level; so does a street named alone (草滩街道), whose office (草滩街道办事处,
草滩街道党工委、办事处) is the issuer where the text names it, else none.

Every text below is written for these tests; the places are real divisions where the region must resolve, the towns
and figures made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

_BODY = "一、主要举措和成效\n(一)深化放管服改革,全年办理政务服务事项1200件。\n"


@pytest.mark.parametrize(("opening", "expected", "said"), [
    ("2023年,青山镇党委、政府深入推进依法行政。", "青山镇人民政府", "青山镇党委、政府"),
    ("2023年,青山镇政府深入推进依法行政。", "青山镇人民政府", "青山镇政府"),
    ("2023年,青山镇人民政府深入推进依法行政。", "青山镇人民政府", "青山镇人民政府"),
])
def test_a_town_in_the_title_is_named_by_the_government_the_text_names(opening, expected, said):
    text = "青山镇2023年法治政府建设情况报告\n" + opening + "\n" + _BODY
    issuer = extract(text).issuer
    assert issuer is not None and issuer.name == expected
    assert issuer.evidence is not None and issuer.evidence.text == said
    assert text[issuer.evidence.start:issuer.evidence.end] == said


def test_a_township_after_its_county_keeps_the_county_as_its_region():
    text = "海东市乐都区青山乡2022年度法治政府建设工作报告\n2022年,青山乡政府深入推进依法行政。\n" + _BODY
    report = extract(text)
    assert report.issuer is not None and report.issuer.name == "青山乡人民政府"
    assert report.region is not None and report.region.county == "乐都区"


@pytest.mark.parametrize("opening", [
    "2023年,青山镇深入推进依法行政。",  # the place alone
    "2023年,镇政府深入推进依法行政。",  # the government by its level alone
    "2023年,我镇深入推进依法行政,青山镇党委专题研究法治工作。",  # the committee alone, no government
])
def test_a_town_whose_government_the_text_never_names_is_no_issuer(opening):
    report = extract("青山镇2023年法治政府建设情况报告\n" + opening + "\n" + _BODY)
    assert report.issuer is None


def test_a_street_named_alone_is_no_issuer():
    assert extract("青山街道2023年法治政府建设情况报告\n2023年,青山街道深入推进依法行政。\n" + _BODY).issuer is None


@pytest.mark.parametrize(("opening", "said"), [
    ("2023年,青山街道办事处深入推进依法行政。", "青山街道办事处"),
    ("2023年,青山街道党工委、办事处深入推进依法行政。", "青山街道党工委、办事处"),
])
def test_a_street_in_the_title_is_named_by_the_office_the_text_names(opening, said):
    text = "青山街道2023年法治政府建设情况报告\n" + opening + "\n" + _BODY
    issuer = extract(text).issuer
    assert issuer is not None and issuer.name == "青山街道办事处"
    assert issuer.evidence is not None and issuer.evidence.text == said
