"""An untitled release of a part of the year's figures, opening on that part and what the bodies did over it, its first
numbered part stating the state of a field and the whole scope's count (2024年1至3月,全县检察机关… / 一、关于刑事检察
工作情况 / (一)审查逮捕情况。全县检察机关共批准…): statistics. The same over the whole year, or under a part's heading
stating the work done ((一)强化组织保障。), is none."""

import pytest
from conftest import metadata_field as read

RELEASE = ("2024年1至3月,全县检察机关坚持以高质效办好每一个案件为目标,诉讼监督工作稳步推进,案件质效整体向好。\n"
           "一、关于刑事检察工作情况\n"
           "(一)审查逮捕情况。全县检察机关共批准逮捕139人,不批准逮捕29人,不捕率为17.26%。\n"
           "(二)审查起诉情况。全县检察机关共决定起诉412人,不起诉96人,不诉率为18.9%。\n")
CASES = [
    ("a quarter's release", RELEASE, "statistics"),
    ("the whole year", RELEASE.replace("2024年1至3月,", "2024年,"), "not"),
    ("a part's heading stating the work", RELEASE.replace("(一)审查逮捕情况。", "(一)强化组织保障。"), "not"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_period_release_under_its_fields_states_is_statistics(case, text, expected):
    kind = read(text, "kind")
    assert kind == expected if expected == "statistics" else kind != "statistics"
