"""Inner Mongolia's township, the 苏木, is a town as 镇 and 乡 are (regions.TOWNSHIP_OFFICES): a 苏木's report signed by its
government (某某苏木人民政府), or titled by it (某某苏木人民政府关于…的报告), is that government's, not the banner's
whose portal carries it (来源:某某旗人民政府). A banner's own report speaking of its 苏木 and towns (各苏木镇, 苏木乡镇) is
the banner's still.

Every text below is written for these tests; the figures are made up; the banners are real divisions, the 苏木 not.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

ISSUED = [
    ("signed by the 苏木's government under the banner's source line",
     ("查干敖包苏木2023年法治政府建设情况报告\n来源:阿巴嘎旗人民政府 发布时间:2024-01-22\n"
      "2023年,查干敖包苏木在旗委、旗政府的领导下推进法治政府建设,全年调解矛盾纠纷27件,调解成功率100%。\n"
      "查干敖包苏木人民政府\n2024年1月18日\n"),
     "查干敖包苏木人民政府"),
    ("titled by the 苏木's government",
     "宝格达苏木人民政府关于2022年度法治政府建设工作情况的报告\n2022年,我苏木坚持依法行政,全年开展法治宣传15场次。\n",
     "宝格达苏木人民政府"),
    ("a banner's report speaking of its 苏木 and towns",
     ("阿巴嘎旗2023年法治政府建设情况报告\n2023年,全旗各苏木镇扎实推进法治建设,探索建立苏木乡镇权责清单制度。\n"
      "阿巴嘎旗人民政府\n"),
     "阿巴嘎旗人民政府"),
]


@pytest.mark.parametrize(("case", "text", "issuer"), ISSUED, ids=[c[0] for c in ISSUED])
def test_a_sumus_report_is_its_governments(case, text, issuer):
    assert read(text, "issuer") == issuer
