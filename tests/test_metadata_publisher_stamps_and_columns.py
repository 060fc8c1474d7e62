"""A news site's 发布于 stamp, a column heading a headline before the bar 丨, a reprint's note of the headline a piece
first ran under (原标题:…), a publisher's 发布部门 or 发布单位 field, an outlet's name set between a headline and the date
line that names it again: each rule with a text it must decide and a twin it must not.

Every text below is written for these tests; the places, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

CASES = [
    # --- 发布于 and the date after a space --------------------------------------------------------------------------
    ("a 发布于 stamp with the date after a space dates the page",
     "青禾县调解工作取得新成效\n发布于 2024年12月31日13:17\n2024年，青禾县人民调解委员会共调解纠纷120件。\n",
     "published", "2024-12-31"),
    ("a 发布于 stamp in traditional script with a dashed date dates the page",
     "青禾縣調解工作取得新成效\n發布於 2024-12-31 13:17\n2024年，青禾縣人民調解委員會共調解糾紛120件。\n",
     "published", "2024-12-31"),
    ("a 发布于 naming the place a post was sent from is no date line",
     "青禾县调解工作取得新成效\n发布于 上海 2024年12月31日\n2024年，青禾县人民调解委员会共调解纠纷120件。\n",
     "published", None),
    ("a 发布于 stamp under a headline is no headline of its own",
     "青禾县乡镇调解 达85%成立率!\n发布于 2024年5月8日 10:15 • 青禾新闻\n\n今年以来，青禾县各级调解组织共调解纠纷120件。\n",
     "title", "青禾县乡镇调解 达85%成立率!"),
    # --- an outlet's name under the headline ------------------------------------------------------------------------
    ("an outlet's name the date line below names again is no headline",
     "青禾县乡镇调解 达85%成立率!\n青禾新闻网\n2024-05-08 10:15 来源:青禾新闻网\n今年以来，青禾县各级调解组织共调解纠纷120件。\n",
     "title", "青禾县乡镇调解 达85%成立率!"),
    ("…nor under a 发布于 stamp naming it",
     "青禾县乡镇调解 达85%成立率!\n青禾日报\n发布于 2024年5月8日 10:15 • 青禾日报\n\n今年以来，青禾县各级调解组织共调解纠纷120件。\n",
     "title", "青禾县乡镇调解 达85%成立率!"),
    ("a page's only line above its date line is its title, whatever the date line names",
     "青禾县乡镇调解成效显著\n2024-05-08 10:15 来源:青禾县乡镇调解成效显著专题\n今年以来，青禾县各级调解组织共调解纠纷120件。\n",
     "title", "青禾县乡镇调解成效显著"),
    # --- a column before the bar 丨 ----------------------------------------------------------------------------------
    ("a column before the bar 丨 is part of the headline",
     "公共法律服务丨青禾县建成村级公共法律服务工作室\n发布日期：2024-05-08\n今年以来，青禾县司法局建成工作室30个。\n",
     "title", "公共法律服务丨青禾县建成村级公共法律服务工作室"),
    # --- a publisher's 发布部门 or 发布单位 field ------------------------------------------------------------------------
    ("a 发布部门 field names the report's publisher",
     ("2023年度青禾县法治政府建设情况报告\n发布部门:青禾县人民政府办公室\n发布时间:2024年03月09日\n"
      "2023年，青禾县坚持依法行政，法治政府建设取得新成效。\n"),
     "issuer", "青禾县人民政府办公室"),
    ("a 发布单位 field names a news item's publisher",
     "青禾县调解工作取得新成效\n发布单位：青禾县司法局  发布时间：2024-05-08\n今年以来，青禾县各级调解组织共调解纠纷120件。\n",
     "issuer", "青禾县司法局"),
    ("a 发布单位 field naming an office without its body names no publisher",
     ("2023年度青禾县法治政府建设情况报告\n发布单位: | 办公室 |\n发布时间:2024年03月09日\n"
      "2023年，青禾县坚持依法行政，法治政府建设取得新成效。\n"),
     "issuer", None),
    # --- a reprint's note of its first headline ---------------------------------------------------------------------
    ("the page's headline above a reprint's note of another headline is the title",
     ("青禾普法有新招 法治之花开满乡村\n\n原标题:青禾县:全力推进公共法律服务体系建设 法治之花开满乡村\n\n"
      "近年来,青禾县司法局深入推进公共法律服务体系建设,全县建成村级工作室120个。\n"),
     "title", "青禾普法有新招 法治之花开满乡村"),
    ("…and below it",
     ("原标题:青禾县:全力推进公共法律服务体系建设 法治之花开满乡村\n\n青禾普法有新招 法治之花开满乡村\n\n"
      "近年来,青禾县司法局深入推进公共法律服务体系建设,全县建成村级工作室120个。\n"),
     "title", "青禾普法有新招 法治之花开满乡村"),
    ("a reprint's note with no headline beside it gives the title",
     ("原标题:青禾县全力推进公共法律服务体系建设\n\n"
      "近年来,青禾县司法局深入推进公共法律服务体系建设,全县建成村级工作室120个。\n"),
     "title", "青禾县全力推进公共法律服务体系建设"),
    ("a news agency's tag before a report it was authorised to release",
     "(两会受权发布)青禾省人民检察院工作报告\n\n——2024年1月25日在青禾省第十四届人民代表大会第二次会议上\n\n各位代表:\n",
     "title", "青禾省人民检察院工作报告"),
    ("…a bracket opening a title otherwise stays",
     "(受权)青禾省人民检察院工作报告\n\n各位代表:\n", "title", "(受权)青禾省人民检察院工作报告"),
]


@pytest.mark.parametrize(("name", "text", "field_name", "expected"), CASES, ids=[case[0] for case in CASES])
def test_metadata_rule(name, text, field_name, expected):
    assert field(text, field_name) == expected, name
