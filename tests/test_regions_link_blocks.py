"""A block of links to other items under an article (【相关链接】, 相关阅读, 推荐阅读, 延伸阅读, then their headlines)
names other items' places, not the article's: the region is read without it (the related_links cue). The heading is
page furniture the HTML reader drops ({RELATED_LINKS} of the catalog).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.catalog import get_catalog

_NATIONAL = ("司法部发布2023年度人民调解工作统计数据\n"
             "2023年,全国人民调解组织共调解矛盾纠纷1760万件,调解成功率96.5%。全国共有人民调解员317万名。\n"
             "来源:司法部\n\n{heading}\n\n{links}\n")


@pytest.mark.parametrize("heading", ["【相关链接】", "相关阅读", "推荐阅读", "延伸阅读:"])
@pytest.mark.parametrize("links", [
    "江苏省人民调解工作规范(试行)发布\n江苏人民调解员队伍突破10万",
    "四川省公证协会召开年会\n\n四川律师人数突破4万 | 数据盘点",
])
def test_a_national_page_s_links_to_a_province_place_it_nowhere(heading, links):
    assert read(_NATIONAL.format(heading=heading, links=links), "region") == (None, None, None)


def test_a_local_page_keeps_its_place_whatever_its_links_name():
    text = ("宜宾市司法局发布2023年人民调解工作情况\n"
            "2023年,宜宾市各级人民调解组织共调解矛盾纠纷2.1万件,调解成功率98%。宜宾市人民调解工作扎实推进。\n"
            "来源:宜宾市司法局\n\n相关阅读\n\n四川省公证协会召开年会\n四川律师人数突破4万\n")
    assert read(text, "region") == ("四川省", "宜宾市", None)


def test_a_headline_list_above_the_article_is_no_link_block():
    """Before the article's first paragraph a menu's heading blanks nothing: the item's own headline may follow it."""
    text = ("推荐阅读\n江苏省人民调解工作年报\n"
            "2023年,全省各级人民调解组织共调解矛盾纠纷132万件,调解成功率98%。全省人民调解工作扎实推进。\n")
    assert read(text, "province") == "江苏省"


def test_the_link_heading_is_page_furniture():
    furniture = get_catalog().page_furniture
    assert furniture.search("延伸阅读") is not None and furniture.search("阅读延伸") is None
