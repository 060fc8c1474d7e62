"""A portal's 作者 field naming the body that wrote the page, and the year of a dated report that opens its account
with 今年以来 / 今年上半年."""

import pytest
from conftest import metadata_field as read

# A report to the standing committee on how its opinions were carried out: the page's 作者 field names the government.
AUTHOR_FIELD = ("关于落实区人大常委会审议意见情况的报告\n"
                "时间:2022-09-14  作者:{author}  来源:{source} 分享到:\n\n"
                "主任、副主任各位委员:\n\n"
                "现将我区落实审议意见的情况报告如下,请予审议。\n\n"
                "一是健全调解网络,在各街道设立调解室。\n")
AUTHORS = [
    ("a government named in full", "青禾市禾东区人民政府", "", "青禾市禾东区人民政府"),
    ("a person is no body", "李春华", "", None),
    ("a field left empty ends before the source", "", "青禾市禾东区司法局", "青禾市禾东区司法局"),
]


@pytest.mark.parametrize(("case", "author", "source", "expected"), AUTHORS, ids=[c[0] for c in AUTHORS])
def test_an_author_field_naming_a_body_is_the_issuer(case, author, source, expected):
    assert read(AUTHOR_FIELD.format(author=author, source=source), "issuer") == expected
