"""Regions and cited documents: a report citing a province's document (贯彻《某省…纲要》, 《某省…条例》) is not
placed by the document's name, whether its own place is named elsewhere or nowhere; a place outside the marks still
places it, and so does a county's own plan that a body inside it carries out, and a province's document that a text
speaking as the province put out (我省制定《某省…实施方案》).

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n一、主要举措和成效\n全年开展普法活动二十场,审查合同十二份。\n"
_NONE = (None, None, None)

CITED = [
    ("a fictional town's office citing a province's outline is not placed in the province",
     "2023年,青禾镇司法所认真贯彻《福建省法治政府建设实施纲要(2021-2025年)》,扎实推进依法行政,各项工作取得新成效。"
     + _BODY, _NONE),
    ("…nor a department speaking as 我局 citing two of a province's rules",
     "2023年,我局认真执行《江西省行政复议条例》《江西省行政程序规定》,扎实推进依法行政,各项工作取得新成效。" + _BODY, _NONE),
    ("…nor a titled county report speaking as 我县, the province named in its body's citations only",
     "关于2023年法治政府建设情况的报告\n2023年,我县认真落实《湖北省法治政府建设实施方案》,扎实推进依法行政,各项工作"
     "取得新成效。" + _BODY + "严格执行《湖北省行政规范性文件管理办法》。\n", _NONE),
    ("a county the opening names outside the marks places the report, the cited province its parent",
     "2023年,永春县司法局认真贯彻《福建省法治政府建设实施纲要(2021-2025年)》,扎实推进依法行政,各项工作取得新成效。"
     + _BODY, ("福建省", "泉州市", "永春县")),
    ("a town citing its county's own yearly plan is placed in the county, the plan being its superior's",
     "2023年,在县委、县政府的领导下,青禾镇深入贯彻《永春县2023年法治政府建设工作要点》,扎实推进依法行政,各项工作"
     "取得新成效。" + _BODY, ("福建省", "泉州市", "永春县")),
    ("a province speaking as 全省 and naming itself outside the marks stays placed",
     "2023年,全省认真贯彻《江西省行政复议条例》,扎实推进依法行政,各项工作取得新成效。" + _BODY
     + "江西省各设区市全部建立复议委员会。\n", ("江西省", None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CITED, ids=[c[0] for c in CITED])
def test_a_cited_documents_place_is_not_the_reports(case, text, expected):
    assert read(text, "region") == expected


# A text speaking as its province (我省, 我区; an autonomous region's 自治区 with no name before it) that names the
# province only in the title of a document it put out (制定《…》, 印发《…》, 编写《…》) is that province's; a province's
# document it learns from or carries out, or one a province put out in a text speaking as a county or a city, places
# nothing.
ISSUED = [
    ("a province's own plan made",
     "2023年,我省制定《贵州省贯彻〈法治政府建设实施纲要(2021—2025年)〉实施方案》,全省法治政府建设迈出新步伐。" + _BODY,
     ("贵州省", None, None)),
    ("an autonomous region's own plan put out, the region speaking as 自治区",
     "2023年,自治区人民政府印发《广西壮族自治区法治政府建设实施方案》,全区各设区市全部出台配套措施。" + _BODY,
     ("广西壮族自治区", None, None)),
    ("…and as 我区, its report compiled",
     "2022年,我区坚持依法行政。自治区党委和政府印发了《内蒙古自治区法治社会建设实施方案》。编写《法治内蒙古建设发展报告》。"
     + _BODY, ("内蒙古自治区", None, None)),
    ("…its plan issued (制发)",
     "2023年,我省制发《福建省法治政府建设实施方案》,全省法治政府建设迈出新步伐。" + _BODY, ("福建省", None, None)),
    ("a province's rules learned from",
     "2023年,我市学习借鉴《浙江省数字化改革条例》的经验,扎实推进依法行政。" + _BODY, _NONE),
    ("a province's plan carried out by a text speaking as the province",
     "2023年,我省认真贯彻《贵州省法治政府建设实施方案》,全省法治政府建设迈出新步伐。" + _BODY, _NONE),
    ("a province's plan put out, in a county's text",
     "2023年,省政府印发《湖北省法治政府建设实施方案》,我县认真贯彻落实,工作位居全省前列。" + _BODY, _NONE),
    ("an autonomous region's plan put out, in a county's text",
     "2023年,自治区人民政府印发《广西壮族自治区法治政府建设实施方案》,我县认真贯彻落实。" + _BODY, _NONE),
]


@pytest.mark.parametrize(("case", "text", "expected"), ISSUED, ids=[c[0] for c in ISSUED])
def test_a_document_the_province_put_out_places_it(case, text, expected):
    assert read(text, "region") == expected
