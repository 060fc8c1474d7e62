"""The catalog's target cue, its lookbehinds standing after their words, matches as it did with them leading."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.catalog import get_catalog
from lawreport.catalog_file import _expand

# The cue as written before, each lookbehind leading its word (tried at every character a search passed).
_LEADING_LOOKBEHINDS = regex.compile(_expand(
    r"(?:(?<!奋)力争|力求|(?<!任)务必|(?<!经过|通过|共同|不懈)努力(?=使|让|实现|达到|保持|确保|提高|降低|控制)|"
    r"预期(?=达到|实现|保持|控制)|争取|确保(?!了)|(?<!(?:完成|实现|达成)\p{Han}{0,6})目标(?:任务)?(?:是:?|为:?|:)|预计到|预计|有望|均要|"
    r"(?:要|需要|必须|应当|需|须|应)(?:达到|保持|实现|控制)|控制在|维持在|(?<![截止升高长加降低少增至提年月日\d])到{YEAR}年(?:底|末)?|"
    r"(?<!\d){YEAR}年(?:底前|末前)|(?<![截止])(?:到|至){PLAN_END}|(?<=年底前?|年末前?|全年)(?:可望|可以|可|将)(?=完成|达|突破|实现)|"
    r"(?<={YEAR}年度?[\p{Han},]{0,20})将(?=完成|达|突破|实现|$)|"
    r"明年|来年|下一年度|新的一年|(?:还|也|仍)将|将(?:继续|进一步|持续|把)|(?:(?<!按|按照|按原)计划(?:{YEAR}年度?|明年|全年|年内)?"
    r"(?:全省|全市|全县|全区)?|(?<![模虚])拟)(?=办理|完成|受理|调解|化解|办结|审结|实现|达到|新增)(?![^。;\n]{0,18}实际))"))

_PIECES = ["力争", "奋", "争取", "确保", "了", "目标", "任务", "是", "为", ":", "完成", "实现", "达成", "年度", "工作", "预计", "到",
           "有望", "均要", "要", "需要", "必须", "应当", "需", "须", "应", "达到", "保持", "控制", "控制在", "维持在", "截止", "截", "止",
           "提高", "降", "至", "增", "年", "月", "日", "底", "末", "前", "2023", "1999", "2025", "12024", "5", "“", "”", "十四五",
           "十三", "五", "规划", "期", "全年", "年底", "年末", "可", "可望", "可以", "将", "突破", "达", "明年", "来年", "下一年度",
           "新的一年", "还", "也", "仍", "继续", "进一步", "持续", "把", "计划", "按", "按照", "按原", "全省", "全县", "年内", "模", "虚",
           "拟", "办理", "受理", "调解", "化解", "办结", "审结", "新增", "实际", "案件", "件", "%", ",", "。", ";", "\n",
           "力求", "务必", "努力", "使", "经过", "通过", "共同", "预期"]
# What a lookbehind reads before a word, said with it (奋力争, 截至, 按计划, 模拟, 12025年底前, 完成年度目标), and words said
# with what must follow them (也将, 拟化解, 到2025年, 要达到), so that most texts put one to the test.
_AROUND = ["奋力争", "截至", "截止到", "截至“十四五”末", "提高到2025年", "截至2023年底", "按计划", "按原计划", "模拟",
           "虚拟", "12025年底前", "02025年", "完成年度目标", "实现工作目标", "年底前可", "年末将", "全年可望", "还将", "也将",
           "仍将", "计划办理", "拟化解", "到2025年", "至“十四五”末", "2025年底前", "1999年末前", "2024年将", "2025年度全县将",
           "要达到", "应实现", "须控制", "目标为", "任务必须", "经过努力", "共同努力", "努力使", "预期达到", "预期目标"]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_PIECES) | st.sampled_from(_AROUND), min_size=1, max_size=12).map("".join),
       st.integers(0, 8), st.integers(0, 8))
def test_the_cue_matches_where_and_as_it_did(text, start, cut):
    cue, end = get_catalog().target_cue, max(start, len(text) - cut)
    assert [(m.span(), m.groups()) for m in cue.finditer(text, start, end)] \
        == [(m.span(), m.groups()) for m in _LEADING_LOOKBEHINDS.finditer(text, start, end)]


def test_the_cue_matches_as_it_did_in_every_two_pieces():
    cue, pieces = get_catalog().target_cue, _PIECES + _AROUND
    for first in pieces:
        for second in pieces:
            text = first + second
            assert [(m.span(), m.groups()) for m in cue.finditer(text)] \
                == [(m.span(), m.groups()) for m in _LEADING_LOOKBEHINDS.finditer(text)], text
