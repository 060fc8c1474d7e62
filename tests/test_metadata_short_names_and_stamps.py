"""Metadata and documents of more real page shapes, each with a twin the rule must leave alone.

A short name a report declares for a title it cites (…报告》(以下简称《报告》)), a reprint site's scrape stamp, a
disclosure box's label joining two fields with a slash, 和 after a closing title mark (…》和县区联动), a party
committee opening a joint title, a report's statement naming its author by level alone (现将县人民政府…报告如下),
and an untitled body's report opening with its year's work. Every sentence below is written for these tests;
bodies and figures are made up (the places are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract, regions


def _documents(text: str) -> list[str]:
    return [d.title for d in extract(text).documents]


def _place(text: str) -> tuple[str | None, str | None, str | None] | None:
    region = extract(text).region
    return (region.province, region.city, region.county) if region else None


_DECLARED = ("区司法局起草了《桐岭区人民政府关于2023年度法治政府建设情况的报告》（以下简称《报告》）。"
             "3月5日形成《报告》初稿，3月9日将《报告》报送市政府。")

DOCUMENT_CASES = [
    ("a short name declared for a cited title is no document of its own", _DECLARED,
     ["桐岭区人民政府关于2023年度法治政府建设情况的报告"]),
    ("…declared with 下称 or 统称 alike",
     "深入实施《桐岭区行政执法监督办法》（下称《办法》）和《桐岭区公证服务规范》，全年依照《办法》检查执法案卷二十卷。",
     ["桐岭区行政执法监督办法", "桐岭区公证服务规范"]),
    ("…or set in quotes (以下简称“《解释》”)",
     "依照《最高人民法院关于适用行政诉讼法的解释》(以下简称“《解释》”)办理,《解释》施行后出庭应诉率上升。",
     ["最高人民法院关于适用行政诉讼法的解释"]),
    ("…or declared for a revised law (以下简称新《条例》)",
     "本报告依据《青禾省行政执法条例》（以下简称新《条例》）编制，新《条例》施行后执法案卷评查二十卷。",
     ["青禾省行政执法条例"]),
    ("…a short title nobody declared stays a document (one naming only a kind of document does not: test_documents)",
     "区政府印发《公证规范》和《桐岭区法治政府建设工作要点》，部署全年工作。", ["公证规范", "桐岭区法治政府建设工作要点"]),
    ("a notice issuing a document keeps its whole title, the inner title marks and all",
     "根据《中共中央办公厅 国务院办公厅关于印发〈法治政府建设与责任落实督察工作规定〉的通知》要求，现将有关情况报告如下。",
     ["中共中央办公厅 国务院办公厅关于印发〈法治政府建设与责任落实督察工作规定〉的通知"]),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in DOCUMENT_CASES],
                         ids=[case[0] for case in DOCUMENT_CASES])
def test_documents(text: str, expected: list[str]) -> None:
    assert _documents(text) == expected


_STAMPED = ("司法部发布年度法治政府建设报告\n发布时间:2024-12-21 12:04:21 来源: sp20241221\n"
            "中新网3月29日电 据司法部网站消息，司法部发布法治政府建设年度报告。")
_BOX = ("- 索 引 号: ab01-2025-00003\n- 备注/文号: 青委〔2025〕5号\n- 发布机构: 古城镇人民政府\n"
        "中共青禾县委员会，青禾县人民政府：\n2024年，古城镇深入推进法治政府建设。现将有关情况报告如下：\n一、主要举措\n全年开展普法二十场。")
_STATED = ("现将县人民政府2022年法治政府建设工作情况报告如下。\n一、主要成效\n"
           "2022年，岳阳县深入推进依法行政，岳阳县各部门全年办理行政复议案件五十件。")
_UNTITLED = ("2022年，司法部坚持依法行政，深入贯彻落实法治政府建设实施纲要，扎实推进法治政府建设，各项工作取得进展。\n"
             "一、加强党对法治政府建设的领导\n部党组召开会议十二次。")

CASES = [
    # --- a reprint site's scrape stamp -------------------------------------------------------------
    ("a scrape stamp alone dates no item", _STAMPED, "published", None),
    ("…a page's own 发布时间 line does",
     _STAMPED.replace(" 来源: sp20241221", " 来源: 法治日报"), "published", "2024-12-21"),
    # --- a disclosure box's label joining two fields --------------------------------------------------
    ("a box's label joining two fields with a slash is no title", _BOX, "title", None),
    ("…and the title below such a box is found",
     _BOX.replace("中共青禾县委员会", "古城镇2024年法治政府建设情况报告\n中共青禾县委员会"), "title", "古城镇2024年法治政府建设情况报告"),
    ("…a title holding a slash stays one",
     "青禾县2024年行政复议/应诉工作情况报告\n2024年，县司法局办理行政复议案件三十件。", "title", "青禾县2024年行政复议/应诉工作情况报告"),
    # --- a disclosure platform's header ------------------------------------------------------------------
    ("a disclosure platform's header is no headline",
     ("政府信息公开 规章库\n青禾县人民政府办公室政府信息公开\n索引号: ab-2020-00071\n发布机构: 青禾县人民政府办公室 发布日期: 2020-05-26\n"
      "青禾县人民政府办公室关于印发青禾县2020年依法行政工作要点的通知\n各乡镇人民政府：\n现将工作要点印发给你们。"),
     "title", "青禾县人民政府办公室关于印发青禾县2020年依法行政工作要点的通知"),
    ("…a headline on the disclosure work is one",
     "青禾县扎实推进政府信息公开\n发布时间: 2020-05-26\n5月20日，县政府办公室召开政务公开推进会。", "title", "青禾县扎实推进政府信息公开"),
    # --- a party committee opening a joint title ------------------------------------------------------
    ("a joint title under the committee's full name is the government's",
     "中共赵县委员会 赵县人民政府关于2023年度法治政府建设情况的报告\n2023年，全县深入推进依法行政。", "issuer", "赵县人民政府"),
    ("…and the government named by its level alone, which the region completes",
     "中共赵县县委 县人民政府关于2023年度法治政府建设情况的报告\n2023年，全县深入推进依法行政。", "issuer", "赵县人民政府"),
    ("…while the committee's own report under its full name stays the committee's",
     "中共赵县委员会关于2023年度法治建设工作情况的报告\n2023年，县委深入推进法治建设。", "issuer", "中共赵县委员会"),
    ("a joint title wrapped after its bodies reads whole",
     "中共赵县县委 赵县人民政府\n关于2023年度法治政府建设情况的报告\n2023年，全县深入推进依法行政。",
     "title", "中共赵县县委 赵县人民政府关于2023年度法治政府建设情况的报告"),
    ("…and is the government's",
     "中共赵县县委 赵县人民政府\n关于2023年度法治政府建设情况的报告\n2023年，全县深入推进依法行政。", "issuer", "赵县人民政府"),
    ("…a site's name above a title opening with 关于 is no part of it",
     "赵县人民政府门户网站\n关于2023年度法治政府建设情况的报告\n2023年，全县深入推进依法行政。",
     "title", "关于2023年度法治政府建设情况的报告"),
    ("…nor a committee and a department",
     "中共赵县县委 赵县司法局\n关于2023年度法治政府建设情况的报告\n2023年，全县深入推进依法行政。",
     "title", "关于2023年度法治政府建设情况的报告"),
    ("a committee's own report is the committee's",
     "中共赵县县委关于2023年度法治建设工作情况的报告\n2023年，县委深入推进法治建设。", "issuer", "中共赵县县委"),
    # --- a statement naming its author by level alone --------------------------------------------------
    # a government said by its level alone (县人民政府, 县政府) names no body (the conventions: null), unless the text
    # writes its name in full somewhere
    ("a statement naming its author by level alone names no government", _STATED, "issuer", None),
    ("…completed by the region where the text writes the name in full",
     _STATED + "修订《岳阳县人民政府工作规则》。", "issuer", "岳阳县人民政府"),
    ("…never guessed when no place is known",
     _STATED.replace("岳阳县", "全县"), "issuer", None),
    # --- an untitled body's report opening with its year's work ------------------------------------------
    ("an untitled body's report opening with its year's work is a yearly report", _UNTITLED, "kind", "annual_report"),
    ("…or one whose opening says its 法治政府建设 work bore fruit",
     "2023年，市市场监管局紧紧围绕法治政府建设工作要点，在规范执法等方面取得了新成效。\n一、依法行政能力不断提升\n全局学法四次。",
     "kind", "annual_report"),
    ("…not an opening telling what the body will do",
     _UNTITLED.replace("扎实推进", "将继续推进"), "kind", "other"),
    ("…nor one telling what it is to do",
     "2025年，县政府要坚持依法行政，推动法治政府建设取得新成效。\n一、工作目标\n完成普法二十场。", "kind", "other"),
    ("…nor one telling what it aims at",
     "2024年，市市场监管局以规范执法为抓手，力争法治政府建设取得新成效。\n一、依法行政能力\n全局学法四次。", "kind", "other"),
]


@pytest.mark.parametrize(("text", "name", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_metadata_phrasing(text: str, name: str, expected: object) -> None:
    assert read(text, name) == expected


REGION_CASES = [
    ("和 after a closing title mark joins, it names no 和县",
     ("青禾市司法局2023年工作总结\n2023年，市司法局落实《青禾市重大行政决策程序规定》和县区联动机制，"
      "推行《青禾市行政执法监督办法》和县乡两级协作。"), None),
    ("…nor after a closing parenthesis",
     "青禾市司法局2023年工作总结\n2023年，市司法局落实实施方案（试行）和县级考核办法，推行执法办法（试行）和县乡两级协作。",
     None),
    ("a report of 和县 still names it", "和县2023年法治政府建设情况报告\n2023年，和县深入推进依法行政。",
     ("安徽省", "马鞍山市", "和县")),
    ("a 来源 spelling the title's town out with its county places the report",
     "青禾镇2024年法治政府建设情况报告\n发布时间:2025-04-11 信息来源:辰溪县青禾镇\n2024年，青禾镇深入推进依法行政。",
     ("湖南省", "怀化市", "辰溪县")),
    ("…a 来源 naming another body places it as its publisher's, when nothing else does",
     "青禾镇2024年法治政府建设情况报告\n发布时间:2025-04-11 信息来源:辰溪县司法局\n2024年，青禾镇深入推进依法行政。",
     ("湖南省", "怀化市", "辰溪县")),
    ("a party committee names its county after 中共",
     "中共赵县县委关于2023年度法治建设工作情况的报告\n2023年，县委深入推进法治建设。", ("河北省", "石家庄市", "赵县")),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in REGION_CASES], ids=[case[0] for case in REGION_CASES])
def test_region_phrasing(text: str, expected: tuple[str | None, ...] | None) -> None:
    assert _place(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("中共和县县委 和县人民政府", ["和县", "和县"]),  # the 共 of 中共 opens no 共和县
    ("中共共和县委员会", ["共和县"]),
    ("共和县人民政府", ["共和县"]),
    ("召开县委常委会", []),  # a two-character name after a Han character is none, 中共 aside
])
def test_names_after_the_party_prefix(text: str, expected: list[str]) -> None:
    assert [m.text for m in regions.find_mentions(text)] == expected
