"""An editor's box labelled on a line of its own above the item's words (编者按, 背景导览, 核心提示): the label is no
headline, neither alone above the first paragraph nor below the item's own headline; a headline opening with the
same words is one."""

import pytest
from conftest import metadata_field as read

BODY = "据悉,青禾县推进行政复议体制改革以来,申请渠道不断拓宽,基层受理点实现全覆盖。\n"
PAGES = [
    ("a label alone", "【资料图】\n背景导览\n" + BODY, None),
    ("a label in brackets", "(编者按)\n" + BODY, None),
    ("a label under the headline", "青禾县行政复议改革见成效\n核心提示\n" + BODY, "青禾县行政复议改革见成效"),
    ("a headline opening with the words", "背景资料显示全县调解组织已达百个\n" + BODY, "背景资料显示全县调解组织已达百个"),
]


@pytest.mark.parametrize(("case", "page", "expected"), PAGES, ids=[c[0] for c in PAGES])
def test_a_box_label_is_no_title(case, page, expected):
    assert read(page, "title") == expected
