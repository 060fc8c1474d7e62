"""Metadata of a street office's yearly report naming itself with 街 alone in its opening (2024年,某某街坚持…;
今年以来,某某街…): the author as the text gives it (a street named alone is a place: the issuer is its office where the
text names it, 某某街道办事处, else none), and no county read out of a neighbourhood's name.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n一、主要举措和成效\n全年审查合同十二份,开展普法活动二十场。\n"
_SPEAKS_AS_STREET = "\n二、存在的问题\n我街法治队伍力量仍然不足。\n"

STREET_AUTHORS = [
    ("a street named with 街 opening a yearly report that speaks of 我街 is its author",
     "2023年,青禾街坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET, "青禾街"),
    ("…and one naming its 街党工委",
     "2023年,青禾街坚持依法行政,各项工作取得新成效。" + _BODY + "街党工委全年专题学法五次。\n", "青禾街"),
    ("…and one whose opening says which year's report it is",
     "2023年,青禾街坚持以习近平法治思想为指导,深入推进依法行政,统筹推进普法和基层执法,各项工作取得新成效,"
     "现将2023年法治政府建设情况报告如下:" + _BODY, "青禾街"),
    ("…not one whose opening says what follows without a year",
     "2023年,青禾街坚持以习近平法治思想为指导,深入推进依法行政,统筹推进普法和基层执法,各项工作取得新成效,"
     "现将有关情况报告如下:" + _BODY, None),
    ("…its opening led by 今年以来",
     "今年以来,青禾街认真落实区委部署,扎实推进法治政府建设。" + _BODY + _SPEAKS_AS_STREET, "青禾街"),
    ("…or by a sentence saying what the year was, its last words 一年",
     "2023年是全面贯彻党的二十大精神的开局之年,也是推进基层治理的关键一年。在区委、区政府的正确领导下,青禾街"
     "坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET, "青禾街"),
    ("…or with its district before it",
     "2023年,青禾区白沙街坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET, "青禾区白沙街"),
    ("a town whose opening goes on with what it carried out (认真落实县委部署) is the author, not a body read across the verb",
     "2023年,白沙镇认真落实县委部署要求,扎实推进法治政府建设,各项工作取得新成效。" + _BODY + "白沙镇人民政府严格落实法律顾问制度。\n",
     "白沙镇人民政府"),
    ("…and a street office so", "今年以来,青禾街贯彻落实区委部署,扎实推进法治政府建设。" + _BODY + _SPEAKS_AS_STREET,
     "青禾街"),
    ("…and a county named alone so is no body", "2023年,青禾县认真落实市委部署要求,扎实推进法治政府建设,各项工作取得新成效。"
     + _BODY, None),
    ("a department before the verb stays the author",
     "2023年,青禾县司法局认真落实市委部署要求,扎实推进法治政府建设,各项工作取得新成效。" + _BODY, "青禾县司法局"),
    ("a community named after its street is no street office",
     "2023年,青禾街社区坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET, None),
    ("a shopping street opening a text that speaks of 全街 is none",
     "2023年,青禾步行街坚持规范经营,各项工作取得新成效。" + _BODY + "全街商户签订承诺书八十份。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), STREET_AUTHORS, ids=[c[0] for c in STREET_AUTHORS])
def test_a_street_office_opening_its_report_with_jie_alone_is_its_author(case, text, expected):
    assert read(text, "author") == expected


STREET_ISSUERS = [
    ("a street named with 街 alone, its office named nowhere, is no issuer",
     "2023年,青禾街坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET, None),
    ("…its office is, named in full", "2023年,青禾街坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET
     + "青禾街道办事处严格落实法律顾问制度。\n", "青禾街道办事处"),
    ("…or named with 街 alone", "2023年,青禾街坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET
     + "青禾街办事处严格落实法律顾问制度。\n", "青禾街道办事处"),
    ("…or after the street's committee, the joint authors", "2023年,青禾街党工委、办事处坚持依法行政,各项工作取得新成效。"
     + _BODY + _SPEAKS_AS_STREET, "青禾街道办事处"),
    ("…not the office of another street", "2023年,青禾街坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET
     + "白沙街道办事处严格落实法律顾问制度。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), STREET_ISSUERS, ids=[c[0] for c in STREET_ISSUERS])
def test_a_street_named_with_jie_alone_issues_by_its_office(case, text, expected):
    assert read(text, "issuer") == expected


NEIGHBOURHOOD_REGIONS = [
    ("a neighbourhood's street office (某某里街) named after a county places no report in that county",
     "今年以来,慈溪里街坚持依法行政,各项工作取得新成效。" + _BODY + _SPEAKS_AS_STREET, (None, None, None)),
    ("…nor does its 里 community", "2023年,慈溪里社区坚持依法办事,各项工作取得新成效。" + _BODY, (None, None, None)),
    ("the county named in full still places it",
     "2023年,慈溪市坚持依法行政,各项工作取得新成效。" + _BODY, ("浙江省", "宁波市", "慈溪市")),
]


@pytest.mark.parametrize(("case", "text", "expected"), NEIGHBOURHOOD_REGIONS, ids=[c[0] for c in NEIGHBOURHOOD_REGIONS])
def test_a_neighbourhoods_name_is_no_county(case, text, expected):
    assert read(text, "region") == expected
