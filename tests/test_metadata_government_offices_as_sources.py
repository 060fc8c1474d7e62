"""A report titled by its place alone (静海区2023年法治政府建设情况报告) under a 来源 naming that place's government's
general office (静海区人民政府办公室, 某省人民政府办公厅) is the government's, as one whose title names the government
(某旗人民政府关于…的报告 / 来源:某旗人民政府办公室) is: the office posted it. Another body of the place (its 司法局, its
法制办公室) stays the issuer. Under a title naming no place (2023年法治政府建设工作报告, 2023年全区…情况报告) the
government whose office the 来源 names is the issuer too, unless the text calls itself by a body's kind (我局, 我办):
a department's report, or the office's own, its posting office names as it names itself. A sign-off by the
government's office under a title naming the place, written after the places holding it or not (天津市静海区人民政府办公室),
is the government's in the same way, and so is the office written short (某县政府办) or by its level alone (来源:县政府办公室).

Every text here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_BODY = "\n\n　　2023年，{place}坚持以习近平法治思想为指导，全面推进依法行政。全年办理行政复议案件35件。\n\n　　一、主要成效\n"


@pytest.mark.parametrize("title, source, place, issuer", [
    ("静海区2023年法治政府建设情况报告", "发布时间：2024-02-01　来源：静海区人民政府办公室", "全区", "静海区人民政府"),
    ("长丰县2023年度法治政府建设工作报告", "来源:长丰县人民政府办公室 发布日期:2024-03-01", "我县", "长丰县人民政府"),
    ("河北省2023年法治政府建设情况的报告", "发布日期:2024-03-20 信息来源:河北省人民政府办公厅", "全省", "河北省人民政府"),
    ("静海区2023年法治政府建设情况报告", "来源：静海区政府办公室", "静海区", "静海区人民政府"),
    # another body of the place, or a title naming no place: the 来源's body as it names it
    ("静海区2023年法治政府建设情况报告", "来源：静海区司法局", "全区", "静海区司法局"),
    ("长丰县2023年度法治政府建设工作报告", "来源：长丰县人民政府法制办公室", "我县", "长丰县人民政府法制办公室"),
    # a title naming no place: the government its office posted the report of
    ("2023年全区法治政府建设情况报告", "来源：静海区人民政府办公室", "静海区", "静海区人民政府"),
    ("2023年法治政府建设工作报告", "发布时间：2024-03-18　来源：青川县人民政府办公室", "我县", "青川县人民政府"),
    ("2022年度法治政府建设情况报告", "来源:河北省人民政府办公厅", "全省", "河北省人民政府"),
    # the office written short, or by its level alone (the region completing it)
    ("2023年法治政府建设工作报告", "来源：青川县政府办　发布时间：2024-03-18", "我县", "青川县人民政府"),
    ("静海区2023年法治政府建设情况报告", "来源：静海区政府办", "全区", "静海区人民政府"),
    ("2023年法治政府建设工作报告", "来源：县政府办公室", "青川县", "青川县人民政府"),
    ("2023年度法治政府建设情况报告", "来源:县政府办", "青川县", "青川县人民政府"),
    # …unless the text calls itself by a body's kind: a department's report, or the office's own
    ("2023年法治政府建设工作报告", "来源：县政府办公室", "青川县我局", "青川县人民政府办公室"),
    ("2023年法治政府建设工作报告", "来源：青川县人民政府办公室", "我局", "青川县人民政府办公室"),
    ("2023年度法治政府建设工作报告", "来源：青川县人民政府办公室", "本办", "青川县人民政府办公室"),
])
def test_a_government_office_posts_its_government_report(title, source, place, issuer):
    assert metadata_field(title + "\n" + source + _BODY.format(place=place), "issuer") == issuer


def test_a_rule_named_by_the_office_does_not_call_the_text_the_office_s():
    text = "2023年法治政府建设工作报告\n来源：青川县人民政府办公室" + _BODY.format(place="我县") + "　　本办法自印发之日起施行。\n"
    assert metadata_field(text, "issuer") == "青川县人民政府"


_SIGNED = "{title}\n{source}" + _BODY.format(place="全区") + "　　二、下一步计划\n　　持续提升法治政府建设水平。\n\n{signer}\n2023年3月30日\n"


@pytest.mark.parametrize("title, source, signer, issuer", [
    # the government's office signs the government's report
    ("静海区2022年法治政府建设年度报告", "", "天津市静海区人民政府办公室", "天津市静海区人民政府"),
    ("静海区2022年法治政府建设年度报告", "", "静海区人民政府办公室", "静海区人民政府"),
    # the government signs, written after its city, under a 来源 naming the department that posted it
    ("静海区2022年法治政府建设年度报告", "来源：区司法局", "天津市静海区人民政府", "天津市静海区人民政府"),
    # …under a title naming no place, with no 来源
    ("2023年法治政府建设工作报告", "", "青川县人民政府办公室", "青川县人民政府"),
    # another body of the place signs: as it signs
    ("静海区2022年法治政府建设年度报告", "", "天津市静海区司法局", "天津市静海区司法局"),
])
def test_a_government_office_signs_its_government_report(title, source, signer, issuer):
    assert metadata_field(_SIGNED.format(title=title, source=source, signer=signer), "issuer") == issuer


def test_an_office_signing_its_own_report_is_its_author():
    text = _SIGNED.format(title="2023年法治政府建设工作报告", source="", signer="青川县人民政府办公室").replace("全区", "我办")
    assert metadata_field(text, "issuer") == "青川县人民政府办公室"
