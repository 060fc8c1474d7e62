"""A name that units of two provinces share (巴州: 巴音郭楞蒙古自治州, and 巴中市's 巴州区) is settled by the set phrases
a text calls its province by (治疆方略, 全疆, 南疆: [lexicon] province_phrases), which name no place of their own; and
two prefecture-level cities renamed before 2016 (襄樊市, 思茅市) resolve to their successors (data/renamed.tsv), while
a current unit of the old name (思茅区) is itself.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

# (its government said by no level: 州政府 would settle the name by itself, test_metadata_places_as_authors)
_PREFECTURE = ("2023年,{name}党委、政府坚持依法行政,{more}政府常务会议专题研究法治政府建设4次。\n"
               "一、主要工作\n政府健全重大行政决策程序,全年新收行政复议案件120件。\n")


@pytest.mark.parametrize(("name", "more", "expected"), [
    ("巴州", "完整准确全面贯彻新时代党的治疆方略,", ("新疆维吾尔自治区", "巴音郭楞蒙古自治州", None)),
    ("巴州", "努力在南疆率先实现高质量发展,", ("新疆维吾尔自治区", "巴音郭楞蒙古自治州", None)),
    ("巴州", "行政复议工作走在全疆前列,", ("新疆维吾尔自治区", "巴音郭楞蒙古自治州", None)),
    # aid to the province is said by the provinces giving it too: it settles nothing
    ("巴州", "选派援疆干部20名,", (None, None, None)),
    ("巴州", "", (None, None, None)),
])
def test_a_shared_name_settled_by_a_phrase_calling_its_province(name, more, expected):
    assert read(_PREFECTURE.format(name=name, more=more), "region") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("襄樊市司法局2009年依法行政工作总结\n2009年,襄樊市司法局全面推进依法行政,全年办理法律援助案件1200件。\n",
     ("湖北省", "襄阳市", None)),
    ("思茅市人民政府2005年依法行政工作报告\n2005年,思茅市人民政府全面推进依法行政,全市受理行政复议案件46件。\n",
     ("云南省", "普洱市", None)),
    ("思茅区司法局2023年法治政府建设情况报告\n2023年,思茅区司法局扎实推进法治政府建设,全区受理行政复议案件46件。\n",
     ("云南省", "普洱市", "思茅区")),
])
def test_a_prefecture_renamed_before_2016_resolves_to_its_successor(text, expected):
    assert read(text, "region") == expected
