"""Metadata of the genres met in practice: kind, title, issuer, region, report year, date."""

from __future__ import annotations

import pytest
from conftest import assert_spans_slice

from lawreport import extract

DOCS = [
    # (name, text, kind, title, issuer, (province, city, county), report_year, published)
    ("news",
     ("来源：法治日报  作者：张三  发布时间：2024-01-15\n宁波市行政复议工作取得新成效\n"
      "本报讯（记者 张三）2023年，宁波市共收到行政复议申请1200件，办结1100件，直接纠错率10.2%。\n鄞州区、海曙区表现突出。"),
     "news", "宁波市行政复议工作取得新成效", None, ("浙江省", "宁波市", None), 2023, "2024-01-15"),
    ("white_paper",
     ("宁波市中级人民法院行政审判白皮书（2023年度）\n2023年，全市法院共受理一审行政案件1520件，审结1480件，"
      "行政机关败诉率8.3%。\n宁波市中级人民法院\n2024年5月20日"),
     "white_paper", "宁波市中级人民法院行政审判白皮书（2023年度）", "宁波市中级人民法院",
     ("浙江省", "宁波市", None), 2023, "2024-05-20"),
    ("statistics",
     "2023年浙江省行政复议和行政应诉案件统计分析\n2023年，全省各级行政复议机关共收到行政复议申请23000件。\n杭州市、宁波市、温州市数量居前。",
     "statistics", "2023年浙江省行政复议和行政应诉案件统计分析", None, ("浙江省", None, None), 2023, None),
    ("yearbook",
     ("【人民调解】2022年，全区共有人民调解委员会156个，调解员1200名，全年共调解矛盾纠纷8800件，调解成功率99.1%。"
      "北京市朝阳区司法局指导各街道……朝阳区"),
     "yearbook", "人民调解", None, ("北京市", "北京市", "朝阳区"), 2022, None),  # an entry of one topic
    ("header line and signature date in Chinese numerals",
     "朝阳区人民政府\n关于2023年法治政府建设情况的报告\n2023年，区政府坚持依法行政。全年共办理法律援助案件320件。北京市朝阳区各部门……\n二〇二四年二月二十日",
     "annual_report", "朝阳区人民政府关于2023年法治政府建设情况的报告", "朝阳区人民政府", ("北京市", "北京市", "朝阳区"), 2023, "2024-02-20"),
    ("plan",
     "慈溪市2024年法治政府建设工作要点\n一、总体要求\n行政机关负责人出庭应诉率达到100%。\n宁波市慈溪市",
     "plan", "慈溪市2024年法治政府建设工作要点", None, ("浙江省", "宁波市", "慈溪市"), 2024, None),
    ("web debris is never a title or issuer",
     ("|\n当前位置：首页 > 政务公开 > 工作报告\n来源：  发布时间：2023年1月5日\n"
      "2022年，市司法局在市委市政府领导下开展工作。慈溪市全面推进法治建设，法治慈溪建设成效明显。"),
     "other", None, "慈溪市司法局", ("浙江省", "宁波市", "慈溪市"), 2022, "2023-01-05"),
    ("a report that names no issuer",
     "案例内容\n【基本情况】\n上海市杨浦区深入开展法治县(市、区)创建工作\n近年来，上海市杨浦区始终坚持法治政府与法治社会协同发展。",
     "case_study", "上海市杨浦区深入开展法治县(市、区)创建工作", None, ("上海市", "上海市", "杨浦区"), None, None),
]


@pytest.mark.parametrize("name, text, kind, title, issuer, region, year, published", DOCS, ids=[d[0] for d in DOCS])
def test_metadata(name, text, kind, title, issuer, region, year, published):
    r = extract(text)
    assert r.kind == kind
    assert r.title == title
    assert (r.issuer.name if r.issuer else None) == issuer
    assert ((r.region.province, r.region.city, r.region.county) if r.region else (None, None, None)) == region
    assert r.report_year == year
    assert r.published == published
    assert_spans_slice(r, text)


def test_plan_document_figures_are_targets():
    r = extract(DOCS[5][1])
    assert [(m.key, m.value, m.year, m.target) for m in r.metrics] == [("head_appearance_rate", 100, 2024, True)]


def test_ambiguous_county_abstains_with_a_finding():
    r = extract("宝山区司法局2023年法治政府建设工作报告\n2023年，宝山区司法局推进依法行政，宝山区各街镇……")
    assert r.region is None or r.region.county is None
    assert any(f.kind == "region_ambiguous" for f in r.findings)
    assert r.issuer.name == "宝山区司法局"


def test_the_opening_places_a_report_nothing_else_places():
    body = ("\n　　2023年，我局在县委、县政府的正确领导下，紧紧围绕中心工作，为沅陵县经济社会高质量发展提供了有力保障。"
            "现将有关情况报告如下：\n一、主要举措\n全年立案查处违法案件12件。\n")
    region = extract("2023年度法治政府建设工作报告\n发布时间：2024-02-21\n" + body).region
    assert region is not None and (region.province, region.city, region.county) == ("湖南省", "怀化市", "沅陵县")
    # A title that names the report's place decides it: the opening's mention stays one body mention.
    region = extract("大理市司法局2023年度法治政府建设工作报告\n" + body).region
    assert region is not None and (region.city, region.county) == ("大理白族自治州", "大理市")
