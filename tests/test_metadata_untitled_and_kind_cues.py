"""Metadata of real page shapes a reader settles from the text, each with a twin it must not read so.

A report whose title line is lost still says what it is in its opening; kind cues that only mention a
report; a lead whose figures come after a span word or a plan; a yearbook entry behind its category path.
Every sentence below is written for these tests; bodies and figures are made up (places that must resolve
are real divisions).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract, regions

_GROUNDS_OPENING = ("根据县委依法治县办年度工作安排，2022年，白鹭镇围绕基层依法治理目标，扎实推进各项工作。"
                    "现对2022年法治政府建设工作总结如下：\n一、主要举措\n全镇开展法治宣传活动二十余场。")
_PUBLISHED_SELF = ("依据《中华人民共和国政府信息公开条例》规定，现发布《桐岭区司法局2023年政府信息公开工作年度报告》，"
                   "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n全年主动公开信息八十条。")
_COMPILED = ("本报告由雁川市司法局编制，全文包括总体情况、主动公开政府信息情况等六部分。"
             "所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n全年主动公开信息一百条。")
_REPRINT = ("前8个月全区受理法律援助案件五百件\n\n21.09.2016  10:05\n\n"
            "本报讯（记者 林晓）近年来，桐岭区法律援助覆盖面持续扩大。")
_ARRANGEMENT = ("为做好2024年度法治政府建设工作，现就有关事项安排如下：\n一、加强组织领导\n"
                "各单位要明确分管领导和具体责任人。")

CASES = [
    # --- a report whose title line is lost names itself in its opening ------------------------
    ("现对…总结如下 says a yearly report", _GROUNDS_OPENING, "kind", "annual_report"),
    ("…and dates it", _GROUNDS_OPENING, "report_year", 2022),
    ("grounds before the year name no author: the town after the year does",
     _GROUNDS_OPENING + "\n白鹭镇政府严格落实法律顾问制度。", "issuer", "白鹭镇人民政府"),
    ("a report published under its name in the opening is that report", _PUBLISHED_SELF, "kind", "annual_report"),
    ("…of the year its name says", _PUBLISHED_SELF, "report_year", 2023),
    ("…by the body its name opens with", _PUBLISHED_SELF, "issuer", "桐岭区司法局"),
    ("…and the name is no title line", _PUBLISHED_SELF, "title", None),
    ("…nor said to be", _PUBLISHED_SELF, "issuer how", "opening"),
    ("a body said to compile the report is its author", _COMPILED, "issuer", "雁川市司法局"),
    ("a statistics period of one whole year dates the report", _COMPILED, "report_year", 2022),
    ("…and makes it a yearly report", _COMPILED, "kind", "annual_report"),
    ("a period over several years dates nothing",
     "本报告统计期限自2021年1月1日起至2023年12月31日止，由雁川市司法局编制。\n一、总体情况\n三年共公开信息三百条。",
     "report_year", None),
    ("a report compiled under its name in the opening is that report",
     ("结合我局工作实际，现编制形成《雁川市司法局2022年政府信息公开工作年度报告》，如有疑问请与局办公室联系。\n"
      "一、总体情况\n全年主动公开信息一百条。"), "issuer", "雁川市司法局"),
    ("a report the opening says it makes public as follows is that report",
     ("依据有关规定，现将雁川市司法局2021年政府信息公开工作年度报告公开如下：\n一、总体情况\n"
      "全年主动公开信息一百条。"), "issuer", "雁川市司法局"),
    ("…and is a yearly report", ("依据有关规定，现将雁川市司法局2021年政府信息公开工作年度报告公开如下：\n"
                                 "一、总体情况\n全年主动公开信息一百条。"), "kind", "annual_report"),
    ("a report the opening only cites is no name of its own",
     ("依据《雁川市司法局2020年政府信息公开工作年度报告》的整改要求，现将有关事项通知如下：\n一、工作要求\n"
      "各科室按时报送信息。"), "issuer", None),
    ("a body that says it wrote the report is its author",
     ("按照省、市有关要求，雁川市司法局认真编写了2022年政府信息公开工作年度报告，内容包括总体情况等六个方面。\n"
      "一、总体情况\n全年主动公开信息一百条。"), "issuer", "雁川市司法局"),
    ("…but writers who are no body are none",
     ("按照省、市有关要求，各科室认真编写了2022年政府信息公开工作年度报告，内容包括总体情况等六个方面。\n"
      "一、总体情况\n全年主动公开信息一百条。"), "issuer", None),
    ("the period of a report's statistics data makes no statistics release",
     ("现公开雁川市司法局2021年政府信息公开工作年度报告，报告中所列统计数据期限自2021年1月1日起至2021年12月31日止。\n"
      "一、工作概况\n全年主动公开信息一百条。"), "kind", "annual_report"),
    ("a title calling itself a 年报 is a yearly report",
     "2021年雁川市司法局政府信息公开年报\n一、概述\n全年主动公开信息一百条。", "kind", "annual_report"),
    ("a title on sending the yearly figures is not",
     "关于按年报送法律援助材料的通知\n各司法所要按时报送材料。", "kind", "other"),
    ("an arrangement of a year's work is no report of it", _ARRANGEMENT, "kind", "other"),
    ("…and its year is none reported", _ARRANGEMENT, "report_year", None),
    ("grounds opening with 根据 are no body",
     "根据县委统一部署，全镇深入开展矛盾纠纷排查化解，全年调解纠纷一百二十件。\n二、存在问题\n基层力量仍然薄弱。",
     "issuer", None),
    ("a compiling body must be a body",
     "本报告由各有关单位共同编制，现将2023年法治政府建设情况报告如下：\n一、主要成效\n全年办理复议案件三十件。",
     "issuer", None),
    # --- kind cues that only mention a report ---------------------------------------------
    ("a speech at a meeting on the work is no report of it",
     "在全市行政复议工作推进会上的讲话\n同志们：\n刚才，会议通报了全市法治政府建设工作情况，我都同意。",
     "kind", "other"),
    ("a report told of in a news item does not make the item a report",
     ("桐岭区政协调研行政执法工作\n区政协调研组听取了区司法局关于法治政府建设情况的汇报，"
      "并到两个执法大队实地察看。"), "kind", "other"),
    ("a report a standing committee heard and reviewed does not either",
     ("桐岭区人大常委会召开第十二次会议\n区人大常委会召开会议，听取和审议区政府关于2023年度法治政府建设"
      "情况的报告。"), "kind", "other"),
    ("a report named as what the text is still does",
     "2023年，全区坚持依法行政。区司法局法治政府建设情况报告如下：\n一、主要成效\n全年办理复议案件三十件。",
     "kind", "annual_report"),
    ("a titled yearly report that mentions its 经验做法 stays a report",
     ("桐岭区司法局2023年法治政府建设年度报告\n2023年，区司法局认真总结推广基层经验做法，"
      "全年办理行政复议案件四十件。现将有关情况报告如下："), "kind", "annual_report"),
    ("经验做法 as a heading makes a case",
     "桐岭区推行“街长制”调解\n一、基本情况\n该区共有街巷六十条。\n二、经验做法\n每条街巷设街长一名，负责调处邻里纠纷。",
     "kind", "case_study"),
    ("a yearly meeting is no yearly report",
     "两县边界联调委召开年度工作会议\n两县边界联调委在白鹭镇召开会议，总结交流联调经验。",
     "kind", "other"),
    ("…nor is a count of counties a body",
     "两县边界联调委召开年度工作会议\n两县边界联调委在白鹭镇召开会议，总结交流联调经验。",
     "issuer", None),
    ("a yearly report's title still makes one",
     "桐岭区司法局年度法治建设工作报告\n全年办理行政复议案件四十件。", "kind", "annual_report"),
    ("…and 年度 alone in a title",
     "桐岭区2023年度法治政府建设\n全年办理行政复议案件四十件。", "kind", "annual_report"),
    # --- a lead whose first sentence names a span or a plan ---------------------------------
    ("figures dated after a span word in the lead are that year's",
     ("桐岭网讯（记者 林晓）近年来，区司法局持续扩大法律援助覆盖面。据统计，2021年，全区共办理法律援助案件"
      "六百件。"), "report_year", 2021),
    ("a span word with no dated figures after it dates nothing",
     "桐岭网讯（记者 林晓）近年来，区司法局持续扩大法律援助覆盖面。全区法律援助工作站已覆盖所有街道。",
     "report_year", None),
    ("figures of several years after a span word date nothing",
     ("桐岭网讯（记者 林晓）近年来，区司法局持续扩大法律援助覆盖面。2021年，全区办理案件六百件；"
      "2022年，全区办理案件七百件。"), "report_year", None),
    ("a plan for this year before last year's figures: last year's",
     ("桐岭区今年将新建村级调解室十个\n来源：桐岭日报 发布时间：2023-02-14\n"
      "本报讯（记者 林晓）今年要在全区新建调解室十个。记者从区司法局获悉，去年全区共调解纠纷九百件。"),
     "report_year", 2022),
    ("last year named in passing is no scope of figures",
     ("桐岭区今年将新建村级调解室十个\n来源：桐岭日报 发布时间：2023-02-14\n"
      "本报讯（记者 林晓）今年要在全区新建调解室十个。新建数量比去年全区多两个。"), "report_year", None),
    ("a reprint's day-first stamp line dates the item", _REPRINT, "published", "2016-09-21"),
    ("…and dates the months so far", _REPRINT, "report_year", 2016),
    ("a day-first date inside a sentence is no stamp",
     "桐岭区法律援助工作综述\n\n据介绍，该中心于21.09.2016挂牌，近年来法律援助覆盖面持续扩大。", "published", None),
    ("a headline of the months so far dates the item's year",
     "前10个月全区受理法律援助案件七百件\n发布时间：2022-11-08 来源：桐岭日报\n本报讯 近年来全区法律援助持续发展。",
     "report_year", 2022),
    # --- a yearbook entry behind its category path -------------------------------------------
    ("an entry behind its category path is dated by the year opening it",
     "政法 司法行政 【公证工作】 2018年，县公证处办理各类公证事项一千二百件，同比增长百分之五。", "report_year", 2018),
    ("…and titled by its topic",
     "政法 司法行政 【公证工作】 2018年，县公证处办理各类公证事项一千二百件，同比增长百分之五。", "title", "公证工作"),
    ("an entry whose path is followed by no year is dated by none",
     "政法 司法行政 【公证工作】 年内，县公证处办理各类公证事项一千二百件，同比增长百分之五。", "report_year", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_metadata_family(text: str, name: str, expected: object) -> None:
    assert read(text, name) == expected


def _place(text: str) -> tuple[str | None, str | None, str | None] | None:
    region = extract(text).region
    return (region.province, region.city, region.county) if region else None


_TWO_CITIES = "衢州市律师参与调解。温州市律师参与调解。\n衢州市开展普法活动。温州市开展普法活动。"

REGION_CASES = [
    ("a county the opening calls its own, inside one of two cities the body names alike",
     "2023年，我局紧紧围绕江山市经济社会发展大局，深入推进法治政府建设。\n" + _TWO_CITIES, ("浙江省", "衢州市", "江山市")),
    ("two cities named alike and no place in the opening: the province",
     "2023年，我局深入推进法治政府建设，全年办理复议案件三十件。\n" + _TWO_CITIES, ("浙江省", None, None)),
    ("an opening speaking for its province keeps the province, whatever county it names",
     "2023年，全省司法行政系统深入推进法治政府建设，在江山市召开现场推进会。\n" + _TWO_CITIES, ("浙江省", None, None)),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in REGION_CASES], ids=[case[0] for case in REGION_CASES])
def test_region_family(text: str, expected: tuple[str | None, ...] | None) -> None:
    assert _place(text) == expected


# The body alone, as the region rules weigh it (no title, no opening to fall back on).
BODY_CASES = [
    ("a county named in full and its city by its short name: the text names the county, as with the city in full",
     "年内，江山市司法局受理法律援助案件一百二十件，全力为衢州高质量发展提供法治保障。", ("浙江省", "衢州市", "江山市")),
    ("…not when another city is named as often",
     ("年内，江山市受理法律援助案件一百二十件，全力为衢州高质量发展提供法治保障。"
      "杭州市律师参与调解。杭州市律师协会给予支持。"), ("浙江省", None, None)),
    ("a county named once alone places nothing",
     "年内，司法局受理法律援助案件一百二十件。江山市律师参与调解。", (None, None, None)),
    ("a city's short name without anything of it named in full places nothing",
     "年内，司法局受理法律援助案件一百二十件，全力为衢州高质量发展提供法治保障。", (None, None, None)),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in BODY_CASES], ids=[case[0] for case in BODY_CASES])
def test_body_region(text: str, expected: tuple[str | None, ...]) -> None:
    region = regions.resolve(text)
    assert (region.province, region.city, region.county) == expected
