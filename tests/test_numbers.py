"""Numerals and quantities: real sentences of the seed reports, read by hand.

Each expected row is (surface, value, unit, kind, qualifier, change): the text
the quantity spans, then its fields. Sentences go through normalize() first,
as in the pipeline.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.catalog import DEFAULT_PATH, CatalogError, load_catalog
from lawreport.normalize import normalize
from lawreport.numbers import _change_at, count_step, grammar, parse_numeral, scan, written_step


def rows(sentence: str) -> list[tuple]:
    text = normalize(sentence)
    return [(text[q.start:q.end], q.value, q.unit, q.kind, q.qualifier, q.change) for q in scan(text)]


def one(sentence: str):
    text = normalize(sentence)
    (q,) = scan(text)
    return text, q


# --- parse_numeral --------------------------------------------------------------

@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("1,234", 1234), ("1234.5", 1234.5), ("1,234.5", 1234.5), ("0", 0), ("007", 7),
        ("一百一十九", 119), ("两千零二十三", 2023), ("二〇二四", 2024), ("二零二三", 2023),
        ("十五", 15), ("十", 10), ("一万二千", 12000), ("三点五", 3.5), ("零点五", 0.5),
        ("九十八点六", 98.6), ("一百零五", 105), ("一千零五十", 1050), ("一万零一十", 10010),
        ("一百五", 150), ("三万五", 35000), ("两百", 200), ("万", 10000), ("百", 100),
        ("一亿二千万", 120000000), ("三点五万", 35000), ("壹佰贰拾", 120),
        ("1.62亿", 162000000), ("738.18万", 7381800), ("3万", 30000), ("10万", 100000),
        ("5千", 5000), ("1.5万亿", 1.5e12), ("-5", -5),
        ("12 406", 12406), ("1 038 000", 1038000), ("3 416.5", 3416.5), ("98·72", 98.72), ("3.65万", 36500),
        # Arabic digits before 万/亿, the rest written after it
        ("1万2514", 12514), ("2万零56", 20056), ("1万2千8百", 12800), ("3万5千", 35000), ("1万2千零5", 12005),
        ("3亿5000万", 350_000_000),
    ],
)
def test_parse_numeral(numeral, value):
    assert parse_numeral(numeral) == value


@pytest.mark.parametrize(
    "not_numeral",
    ["", " 12", "12 ", "1_000", "inf", "nan", "1e5", "12,34", "1,2345", "1.", ".5", "百分之九十八点六",
     "两三", "三五", "七八", "一百十", "千百", "十十", "一百零", "二十两", "万二", "点五", "三点",
     "三成", "个百分点", "率先", "abc", "１２３", "1" * 40,
     "12 40", "1234 567", "12  406", "1 0380", "98··72", "98·",
     # a tail no report writes: 1万2 (12000 or 10002?), a leading naught without 零, 零 before a whole section
     "1万2", "1万0514", "2万零5000", "1万零2千", "1万25140"],
)
def test_parse_numeral_rejects(not_numeral):
    assert parse_numeral(not_numeral) is None


@given(st.integers(min_value=-(10**15 - 1), max_value=10**15 - 1))  # longer: a code
def test_parse_int_round_trip(n):
    assert parse_numeral(str(n)) == n


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_parse_decimal_round_trip(x):
    written = f"{x:.2f}"
    assert parse_numeral(written) == float(written)


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_parse_space_grouped_round_trip(n):
    assert parse_numeral(f"{n:,}".replace(",", " ")) == n


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", ",", " "]),
       st.sampled_from(["件", "宗", "人次", " 件", "万件", "%"]))
def test_scan_reads_grouped_numbers_whole(n, separator, unit):
    written = f"{n:,}".replace(",", separator)
    (q,) = scan(f"共受理{written}{unit},同比")
    assert q.value == n * (10_000 if unit == "万件" else 1)


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99))
def test_scan_reads_middle_dot_decimals(whole, hundredths):
    (q,) = scan(f"成功率{whole}·{hundredths:02d}%。")
    assert q.value == float(f"{whole}.{hundredths:02d}")


def mixed(n: int, spelled: bool) -> str:
    """10001 <= n < 10**8, n % 10000 not 0, written with Arabic digits around 万: 1万2514, 2万零56; spelled: each
    digit of the tail before its 千/百/十 (1万2千8百, 2万零5十6)."""
    high, low = divmod(n, 10000)
    if not spelled:
        return f"{high}万{'零' if low < 1000 else ''}{low}"
    tail, zero = "", low < 1000
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = low // size % 10
        if d == 0:
            zero = zero or bool(tail)
            continue
        tail += ("零" if zero else "") + str(d) + unit
        zero = False
    return f"{high}万{tail}"


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999), st.booleans())
def test_parse_mixed_round_trip(high, low, spelled):
    n = high * 10000 + low
    assert parse_numeral(mixed(n, spelled)) == n


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999), st.booleans(),
       st.sampled_from(["件", "余件", "人次", "多人"]))
def test_scan_reads_mixed_numerals_whole(high, low, spelled, unit):
    n = high * 10000 + low
    written = mixed(n, spelled)
    (q,) = scan(f"共受理{written}{unit},同比")
    assert (q.value, q.unit, q.num_end - q.num_start) == (n, unit.lstrip("余多"), len(written))


def chinese(n: int) -> str:
    """0 <= n < 100000 the way a report writes it: 一万零一十, 十五."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"

    def section(m: int) -> str:
        out, zero = "", False
        for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = m // size % 10
            if d == 0:
                zero = bool(out)
                continue
            out += ("零" if zero else "") + digits[d] + unit
            zero = False
        return out

    high, low = divmod(n, 10000)
    written = section(high) + "万" if high else ""
    if low:
        written += ("零" if high and low < 1000 else "") + section(low)
    return written[1:] if written.startswith("一十") else written


@pytest.mark.parametrize(("n", "written"), [(10, "十"), (15, "十五"), (110, "一百一十"),
                                            (1005, "一千零五"), (10010, "一万零一十"),
                                            (20300, "二万零三百")])
def test_chinese_writer(n, written):
    assert chinese(n) == written


@given(st.integers(min_value=0, max_value=99999))
def test_parse_chinese_round_trip(n):
    assert parse_numeral(chinese(n)) == n


@given(st.text())
def test_parse_never_raises(text):
    value = parse_numeral(text)
    assert value is None or isinstance(value, float)


# --- scan: sentences of the seeds -------------------------------------------------

SEED_SENTENCES = [
    # 000 宝山区
    ("共发现各类型不规范执法行为434件,目前均已整改完毕。",
     [("434件", 434, "件", "count", None, None)]),
    ("全区80个工作机构的领导干部连续两年接受评议,连续23年举办全区处级领导干部学法考试。",
     [("80个", 80, "个", "count", None, None)]),
    ("出台《宝山区基层司法所深度融入、全面赋能街镇中心工作六项机制》",
     [("六项", 6, "项", "count", None, None)]),
    ("扎实推进第三批法治政府示范创建,形成20余个法治政府创建成果",
     [("20余个", 20, "个", "count", "at_least", None)]),
    ("公职律师库成员扩充至69人,覆盖全区27个单位和部门。",
     [("69人", 69, "人", "count", None, None), ("27个", 27, "个", "count", None, None)]),
    ("推出“一法讲堂”法治培训品牌,包含基层执法能力提升课程等3个系列",
     [("3个", 3, "个", "count", None, None)]),
    ("举办行政诉讼出庭、旁听、讲评“三合一”进党校、进高校,邀请全区52家单位旁听庭审",
     [("52家", 52, "家", "count", None, None)]),
    ("引入10家品牌律师事务所、1家商事调解中心、8个法律科技类创新项目入驻创新中心。",
     [("10家", 10, "家", "count", None, None), ("1家", 1, "家", "count", None, None),
      ("8个", 8, "个", "count", None, None)]),
    ("打造15分钟法治惠民生活圈。推出集6大司法行政功能于一体的“法立方”",
     [("15分钟", 15, "分钟", "count", None, None), ("6", 6, None, "bare", None, None)]),
    ("已覆盖全区12个公共法律服务站、500余个公共法律服务工作室、23个“新享法”服务站、多家产业园区。",
     [("12个", 12, "个", "count", None, None), ("500余个", 500, "个", "count", "at_least", None),
      ("23个", 23, "个", "count", None, None)]),
    ("实行“一窗口受理、一站式服务、一体化解决”,累计服务群众5000余人。",
     [("5000余人", 5000, "人", "count", "at_least", None)]),
    (("全年线上线下开展法律服务宣讲活动1000余次,开展各类法律咨询40750场,法治讲座6560场,"
      "各类法治宣传活动辐射覆盖约200万人。"),
     [("1000余次", 1000, "次", "count", "at_least", None), ("40750场", 40750, "场", "count", None, None),
      ("6560场", 6560, "场", "count", None, None), ("约200万人", 2_000_000, "人", "count", "about", None)]),
    ("已推出20期视频,累计播放量10万+。",
     [("20期", 20, "期", "count", None, None), ("10万+", 100_000, None, "bare", "at_least", None)]),
    ("提供上门公证服务30余次,帮助5000余户群众实现“安居梦”。",
     [("30余次", 30, "次", "count", "at_least", None), ("5000余户", 5000, "户", "count", "at_least", None)]),
    ("强化“1+12+565”非诉解纷三级工作平台应用", []),
    (("2023年全区各级调解组织受理各类矛盾纠纷21493件,行业性、专业性调解占总调解数量比例不断提升,"
      "调解规范性、专业性不断增强,总计调解成功21446件,调解成功率为99.78%。"),
     [("21493件", 21493, "件", "count", None, None), ("21446件", 21446, "件", "count", None, None),
      ("99.78%", 99.78, "%", "percent", None, None)]),
    ("实现法治工作部门100%覆盖,法治工作队伍100%参加并结业。",
     [("100%", 100, "%", "percent", None, None), ("100%", 100, "%", "percent", None, None)]),
    ("区领导在八届区委常委会第84次(扩大)会议上进行专题述法", []),
    ("持续打开法律服务行业创新发展和基层基础工作效能拓展“两个空间”",
     [("两个", 2, "个", "count", None, None)]),
    ("全面学习贯彻党的二十大精神", []),
    ("按照《法治政府建设实施纲要(2021-2025年)》《上海法治政府建设规划(2021-2025年)》", []),
    ("宝山区司法局\n2024年3月9日", []),
    # 001 杨浦区
    ("行政机关负责人出庭应诉率从2012年的18.64%上升至2017年的53.28%,行政机关败诉率逐年递减。",
     [("18.64%", 18.64, "%", "percent", None, None), ("53.28%", 53.28, "%", "percent", None, None)]),
    ("优化法律服务电话12348热线服务规程", []),
    ("法律咨询等各种形式的主题法治宣传、法律服务活动百余场,营造学法遵法守法用法的良好氛围。",
     [("百余场", 100, "场", "count", "at_least", None)]),
    ("为全区20多个大型市重大工程、旧区改造项目提供全程法律服务,2014年、2017年两次被评为上海市“社会治理创新基层样本”。",
     [("20多个", 20, "个", "count", "at_least", None), ("两次", 2, "次", "count", None, None)]),
    ("1.凝心聚力,着力完善组织体系。", []),
    ("区委制定实施《法治杨浦建设2013-2015年规划》、《法治杨浦建设五年规划(2016-2020年)》", []),
    ("全面实施“三张清单”管理制度,杨浦区在全市区级层面率先公开行政权力清单", [("三张", 3, "张", "count", None, None)]),
    # 002 慈溪市
    ("组织召开十五届市委全面依法治市委员会第三次会议", []),
    ("开展市管干部任前法律知识测试4次29人",
     [("4次", 4, "次", "count", None, None), ("29人", 29, "人", "count", None, None)]),
    ("推进四大行动18项工作任务、5个主要指标落地落实。",
     [("18项", 18, "项", "count", None, None), ("5个", 5, "个", "count", None, None)]),
    ("全市行政复议发案量587件,同比上升104.5%,复议直接纠错率4.76%;一审诉讼案件184件,同比上升26.0%,复议诉讼比3.97:1。",
     [("587件", 587, "件", "count", None, None), ("104.5%", 104.5, "%", "percent", None, "up"),
      ("4.76%", 4.76, "%", "percent", None, None), ("184件", 184, "件", "count", None, None),
      ("26.0%", 26.0, "%", "percent", None, "up"), ("3.97:1", 3.97, None, "ratio", None, None)]),
    ("累计约谈相关负责人40余人次,直接避免败诉败议15件。",
     [("40余人次", 40, "人次", "count", "at_least", None), ("15件", 15, "件", "count", None, None)]),
    ("强化与市检察院、12345政务便民热线协同配合监督机制。", []),
    ("打造一站式“441”标杆型涉企法治服务专区。", []),
    ("全面构建行政执法领域行政机关委托第三方辅助服务“161”管理体系", []),
    ("建立“1+N+17”立体普法模式,围绕“节日·法相伴”开展各类普法活动48期,惠及万余人。",
     [("48期", 48, "期", "count", None, None), ("万余人", 10000, "人", "count", "at_least", None)]),
    ("实现非警务类纠纷40%以上在镇街处置。开展各类调解员业务线上线下培训22期1600余人次。",
     [("40%以上", 40, "%", "percent", "at_least", None), ("22期", 22, "期", "count", None, None),
      ("1600余人次", 1600, "人次", "count", "at_least", None)]),
    ("指导全市各级人民调解组织成功调解矛盾纠纷14920件,涉及金额约1.62亿元。",
     [("14920件", 14920, "件", "count", None, None), ("约1.62亿元", 162_000_000, "元", "money", "about", None)]),
    ("推出涉企法律服务宣讲课单50讲和法律服务产品7件,开展预约授课63场、法治体检922家次。",
     [("50讲", 50, "讲", "count", None, None), ("7件", 7, "件", "count", None, None),
      ("63场", 63, "场", "count", None, None), ("922家次", 922, "家次", "count", None, None)]),
    ("2024年,共办理公证5783件,其中“公证E通”在线办理3017件,全年累计创收738.18万元。",
     [("5783件", 5783, "件", "count", None, None), ("3017件", 3017, "件", "count", None, None),
      ("738.18万元", 7_381_800, "元", "money", None, None)]),
    ("联合政法委、法院、财政等6个部门出台《统筹加强镇(街道)专职调解队伍建设十条措施》",
     [("6个", 6, "个", "count", None, None), ("十条", 10, "条", "count", None, None)]),
    ("做好“八五”普法总结验收,谋划“九五”普法开篇工作。", []),
    # 003 闵行区
    ("积极推进全面依法治区、强化法治政府建设、圆满完成七五普法验收等重点任务", []),
    ("编制依法治区“十四五”规划,提出具有闵行特色的“五区建设”目标,设立3项重大项目,制定23项主要指标和31项重点任务。",
     [("3项", 3, "项", "count", None, None), ("23项", 23, "项", "count", None, None),
      ("31项", 31, "项", "count", None, None)]),
    ("建立以“一规八制”为核心的全面依法治区工作制度体系", []),
    ("完成吴泾金领谷和七宝九星村市政府基层立法联系点挂牌", []),
    ("全年共新收行政复议案件226件,同比上升43.04%。办结行政复议案件212件,其中实体审查结案190件,纠错11件,直接纠错率5%。",
     [("226件", 226, "件", "count", None, None), ("43.04%", 43.04, "%", "percent", None, "up"),
      ("212件", 212, "件", "count", None, None), ("190件", 190, "件", "count", None, None),
      ("11件", 11, "件", "count", None, None), ("5%", 5, "%", "percent", None, None)]),
    ("法院新立区政府为被告一审行政诉讼案件56件,同比上升60%。",
     [("56件", 56, "件", "count", None, None), ("60%", 60, "%", "percent", None, "up")]),
    ("开庭案件行政机关负责人出庭率达60.98%,同比提升8.1%,出庭率上升明显。败诉7件,同比下降1.4%",
     [("60.98%", 60.98, "%", "percent", None, None), ("8.1%", 8.1, "%", "percent", None, "up"),
      ("7件", 7, "件", "count", None, None), ("1.4%", 1.4, "%", "percent", None, "down")]),
    ("梳理“即办件”307项、“全程网办”事项303项,分别占比93.3%92.1%。",
     [("307项", 307, "项", "count", None, None), ("303项", 303, "项", "count", None, None),
      ("93.3%", 93.3, "%", "percent", None, None), ("92.1%", 92.1, "%", "percent", None, None)]),
    ("全年共收取法律援助律师结案材料2705件,合计挽回受援人经济损失1680余万元。",
     [("2705件", 2705, "件", "count", None, None),
      ("1680余万元", 16_800_000, "元", "money", "at_least", None)]),
    ("全年共受理3人以上农民工群纠案件47起,涉及489人,其中10人以上13起,共涉及303人。",
     [("3人以上", 3, "人", "count", "at_least", None), ("47起", 47, "起", "count", None, None),
      ("489人", 489, "人", "count", None, None), ("10人以上", 10, "人", "count", "at_least", None),
      ("13起", 13, "起", "count", None, None), ("303人", 303, "人", "count", None, None)]),
    ("“12348”热线服务平台共接答咨询13072人次", [("13072人次", 13072, "人次", "count", None, None)]),
    ("来源:上海市闵行区司法局  发布时间:2021年2月18日", []),
    ("全局系统党员干部累计捐款捐物折合人民币200余万元",
     [("200余万元", 2_000_000, "元", "money", "at_least", None)]),
    ("开展2批次共计17名人员的职级晋升",
     [("2批次", 2, "批次", "count", None, None), ("17名", 17, "名", "count", None, None)]),
    ("从基础条件、组织建设、质量管理、服务绩效、社会服务及评价五个方面共93个项目进行实地走访检查",
     [("五个", 5, "个", "count", None, None), ("93个", 93, "个", "count", None, None)]),
    # 004 坪山区
    ("坚持以习近平新时代中国特色社会主义思想为指导,学习“第一议题”119次",
     [("119次", 119, "次", "count", None, None)]),
    ("截至2022年底,坪山区登记在册的律师事务所共18家,执业律师107名,同比增长5.9%和27.4%。",
     [("18家", 18, "家", "count", None, None), ("107名", 107, "名", "count", None, None),
      ("5.9%", 5.9, "%", "percent", None, "up"), ("27.4%", 27.4, "%", "percent", None, "up")]),
    ("实现法律援助刑事案件通过法律援助协同业务系统流转全覆盖,并完成系统2.0版本升级", []),
    ("2022年,共开展心理健康宣传教育活动13余场,集中教育近1290人次。",
     [("13余场", 13, "场", "count", "at_least", None), ("近1290人次", 1290, "人次", "count", "about", None)]),
    ("引进全国优秀律师事务所2家,实现职业律师总量增长20.0%以上",
     [("2家", 2, "家", "count", None, None), ("20.0%以上", 20, "%", "percent", "at_least", "up")]),
    ("组织“八五”普法讲师团、“八五”普法志愿者、“法律明白人”三支队伍开展普法活动",
     [("三支", 3, "支", "count", None, None)]),
    ("入选工商联与司法行政机关沟通联系机制典型事例(2021-2022),成为深圳市唯一入选全国“两个机制”的典型事例。",
     [("两个", 2, "个", "count", None, None)]),
    ("制发《深圳市坪山区建设中国特色社会主义法治先行示范城市的实施方案(2021—2025年)》", []),
    ("打通企业公共法律服务圈“最后一公里”", []),
    ("探索实现群众申请法律援助“就近办、一次办”", []),
    ("受理调解案件2521宗,调解成功2486宗,调解成功率98.6%。",
     [("2521宗", 2521, "宗", "count", None, None), ("2486宗", 2486, "宗", "count", None, None),
      ("98.6%", 98.6, "%", "percent", None, None)]),
    ("组织全区各执法单位20余名领导干部到区法院旁听法庭庭审。",
     [("20余名", 20, "名", "count", "at_least", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SEED_SENTENCES, ids=[s[:14] for s, _ in SEED_SENTENCES])
def test_seed_sentences(sentence, expected):
    assert rows(sentence) == expected


def test_seed_sentences_are_real():
    seeds = normalize("".join(p.read_text(encoding="utf-8") for p in SEEDS))
    missing = [s for s, _ in SEED_SENTENCES if normalize(s) not in seeds]
    assert missing == []


# --- scan: forms and traps ---------------------------------------------------------

FORMS = [
    ("百分之九十八点六", [("百分之九十八点六", 98.6, "%", "percent", None, None)]),
    ("三成", [("三成", 30, "成", "percent", None, None)]),
    ("六成以上", [("六成以上", 60, "成", "percent", "at_least", None)]),
    # the digit of the hundredths after the tenths (八成五: 85%), a qualifier after it; not the start of a word (三成五年)
    ("八成五", [("八成五", 85, "成", "percent", None, None)]),
    ("八成五以上", [("八成五以上", 85, "成", "percent", "at_least", None)]),
    ("近八成五", [("近八成五", 85, "成", "percent", "about", None)]),
    ("三成五年", []),
    ("提升8.1个百分点", [("8.1个百分点", 8.1, "个百分点", "points", None, "up")]),
    ("召开三次会议", [("三次", 3, "次", "count", None, None)]),
    ("六项机制", [("六项", 6, "项", "count", None, None)]),
    ("增加12件", [("12件", 12, "件", "count", None, "up")]),
    ("减少了3起", [("3起", 3, "起", "count", None, "down")]),
    ("增幅为5%", [("5%", 5, "%", "percent", None, "up")]),
    ("超过1000人", [("超过1000人", 1000, "人", "count", "at_least", None)]),
    ("办证量突破9000件", [("突破9000件", 9000, "件", "count", "at_least", None)]),  # a mark passed: a bound
    ("逾300家", [("逾300家", 300, "家", "count", "at_least", None)]),
    ("不足10人", [("不足10人", 10, "人", "count", "less_than", None)]),
    # a comparison right before the figure bounds it (覆盖率高于50%); not one before what it is compared with
    ("覆盖率高于50%", [("高于50%", 50, "%", "percent", "at_least", None)]),
    ("满意度大于90%", [("大于90%", 90, "%", "percent", "at_least", None)]),
    ("纠错率低于10%", [("低于10%", 10, "%", "percent", "less_than", None)]),
    ("差错率小于1%", [("小于1%", 1, "%", "percent", "less_than", None)]),
    ("少于3人", [("少于3人", 3, "人", "count", "less_than", None)]),
    ("不少于3人", [("不少于3人", 3, "人", "count", "at_least", None)]),
    ("败诉率不高于5%", [("不高于5%", 5, "%", "percent", "at_most", None)]),
    # a bound said as a fact, not a rule (未超过, 未高于), is the same ceiling
    ("败诉率均未超过4%", [("未超过4%", 4, "%", "percent", "at_most", None)]),
    ("纠错率未高于9.5%", [("未高于9.5%", 9.5, "%", "percent", "at_most", None)]),
    ("办理时限不大于5个工作日", [("不大于5个工作日", 5, "个工作日", "count", "at_most", None)]),
    # a bound written as a sign (an indicator table's goal: ≥98), with or without its unit; a bare figure stays bare
    ("调解成功率≥98%", [("≥98%", 98, "%", "percent", "at_least", None)]),
    ("败诉率≤5%", [("≤5%", 5, "%", "percent", "at_most", None)]),
    ("成功率(%) | 97.6 | ≥98.5", [("97.6", 97.6, None, "bare", None, None), ("≥98.5", 98.5, None, "bare", "at_least", None)]),
    # …the strict signs too, half- or full-width, and the signs with a level bar (≦ ≧): a table's ＜6 is a ceiling
    ("败诉率<6%", [("<6%", 6, "%", "percent", "less_than", None)]),
    ("败诉率(%) | 7.1 | ＜6", [("7.1", 7.1, None, "bare", None, None), ("<6", 6, None, "bare", "less_than", None)]),
    ("出庭应诉率>95%", [(">95%", 95, "%", "percent", "at_least", None)]),
    ("出庭应诉率(%) | 93 | ＞95", [("93", 93, None, "bare", None, None), (">95", 95, None, "bare", "at_least", None)]),
    ("纠错率≧11%", [("≧11%", 11, "%", "percent", "at_least", None)]),
    ("败诉率≦6%", [("≦6%", 6, "%", "percent", "at_most", None)]),
    ("高于全省平均水平2个百分点", [("2个百分点", 2, "个百分点", "points", None, None)]),
    ("5个工作日以内", [("5个工作日以内", 5, "个工作日", "count", "at_most", None)]),
    ("约3人左右", [("约3人左右", 3, "人", "count", "about", None)]),
    ("共1,234件", [("1,234件", 1234, "件", "count", None, None)]),
    ("1:3", [("1:3", 1, None, "ratio", None, None)]),
    ("二十余万人", [("二十余万人", 200_000, "人", "count", "at_least", None)]),
    ("十多个", [("十多个", 10, "个", "count", "at_least", None)]),
    ("5千余人", [("5千余人", 5000, "人", "count", "at_least", None)]),
    ("附近5家", [("5家", 5, "家", "count", None, None)]),
    ("10-20人", [("10-20人", 10, "人", "count", "range", None)]),
    # a range with a word between its ends; not a span of dates or hours (1至6月, 8时至18时: see NOT_QUANTITIES)
    ("援助案件300至350件", [("300至350件", 300, "件", "count", "range", None)]),
    ("每所配备2到3人", [("2到3人", 2, "人", "count", "range", None)]),
    ("1至6月受理45件", [("45件", 45, "件", "count", None, None)]),
    ("受理12 406宗", [("12 406宗", 12406, "宗", "count", None, None)]),
    ("共调解1 038件", [("1 038件", 1038, "件", "count", None, None)]),
    ("人口12 406 318人", [("12 406 318人", 12406318, "人", "count", None, None)]),
    ("审结复议案件4 318,审结率", [("4 318", 4318, None, "bare", None, None)]),
    ("受理 318 件", [("318 件", 318, "件", "count", None, None)]),
    ("成功率为 98.6 %", [("98.6 %", 98.6, "%", "percent", None, None)]),
    ("办结3.65万件", [("3.65万件", 36500, "件", "count", None, None)]),
    ("成功率98·72%", [("98·72%", 98.72, "%", "percent", None, None)]),
    ("成功率98·7 2%", [("98·7 2%", 98.72, "%", "percent", None, None)]),
    ("出庭应诉率百分之百", [("百分之百", 100, "%", "percent", None, None)]),
    ("调解成功率保持百分百", [("百分百", 100, "%", "percent", None, None)]),  # 百分之百 said short
    ("百分之九十八点五", [("百分之九十八点五", 98.5, "%", "percent", None, None)]),
    ("差错率控制在0.5‰以下", [("0.5‰以下", 0.05, "‰", "percent", "at_most", None)]),
    ("差错率为千分之五", [("千分之五", 0.5, "‰", "percent", None, None)]),
    ("再犯罪率为万分之五", [("万分之五", 0.05, "‱", "percent", None, None)]),
    ("再犯罪率控制在万分之三以内", [("万分之三以内", 0.03, "‱", "percent", "at_most", None)]),
    ("分别为16.4%、11.36%和9.8%", [("16.4%", 16.4, "%", "percent", None, None),
                                 ("11.36%", 11.36, "%", "percent", None, None),
                                 ("9.8%", 9.8, "%", "percent", None, None)]),
    ("分别为612件、745件、1 038件", [("612件", 612, "件", "count", None, None), ("745件", 745, "件", "count", None, None),
                                 ("1 038件", 1038, "件", "count", None, None)]),
    # two numbers a space apart are not one: a year and a count, a row of a table
    ("2023年 12 件", [("12 件", 12, "件", "count", None, None)]),
    ("| 612 745 1038 |", [("612", 612, None, "bare", None, None), ("745", 745, None, "bare", None, None),
                          ("1038", 1038, None, "bare", None, None)]),
    ("共 36 406件", [("36 406件", 36406, "件", "count", None, None)]),
    # a line break of a PDF text layer between the number and 万 joins them only before a measure word
    ("调解矛盾纠纷4.86\n万宗", [("4.86\n万宗", 48600, "宗", "count", None, None)]),
    # …and so does a space a converted file sets between them, before a measure word (a space after 万 too)
    ("受理法律援助案件 1.2 万件", [("1.2 万件", 12000, "件", "count", None, None)]),
    ("办理公证 3 千余件", [("3 千余件", 3000, "件", "count", "at_least", None)]),
    ("调解纠纷 2.6 万 件", [("2.6 万 件", 26000, "件", "count", None, None)]),
    # 万 said by its pinyin initial, before a measure word (a space before it as 万's); before none it is no multiplier
    ("受理法律援助案件1.6w件", [("1.6w件", 16000, "件", "count", None, None)]),
    ("办理公证1.2W件", [("1.2W件", 12000, "件", "count", None, None)]),
    ("调解纠纷3w余件", [("3w余件", 30000, "件", "count", "at_least", None)]),
    ("受理纠纷2.05 w件", [("2.05 w件", 20500, "件", "count", None, None)]),
    ("充电功率达120W,受理12件", [("12件", 12, "件", "count", None, None)]),
    # Arabic digits before 万 and the rest after it: one number; before no measure word, 1万 alone
    ("受理1万2514件", [("1万2514件", 12514, "件", "count", None, None)]),
    ("调解1万3千余件", [("1万3千余件", 13000, "件", "count", "at_least", None)]),
    ("办理公证2万零56件", [("2万零56件", 20056, "件", "count", None, None)]),
    ("涉及金额1万2千元", [("1万2千元", 12000, "元", "money", None, None)]),
    ("约1万,2千件", [("约1万", 10000, None, "bare", "about", None), ("2千件", 2000, "件", "count", None, None)]),
    ("城区12\n万州区", [("12", 12, None, "bare", None, None)]),
    # days in words: a time limit counts them; after a span of months too (三个月十五日), not after a month's name
    ("办理时限压缩至十五日", [("十五日", 15, "日", "count", None, None)]),
    ("三个月十五日内办结", [("三个月", 3, "个月", "count", None, None), ("十五日", 15, "日", "count", None, None)]),
]
NOT_QUANTITIES = [
    "率先", "一审", "第三次", "第84次", "2023年", "2024年3月9日", "3月9日", "2021-2025年", "(2021-2022)",
    "七五普法", "八五", "十四五", "十五届", "八届", "二十大", "一是", "二是", "一站式", "一体化", "三合一",
    "一法讲堂", "七宝九星村", "一规八制", "一窗口", "一案一评", "四平路", "五大方面", "12348热线",
    "12345政务便民热线", "“441”", "“161”", "“1+12+565”", "“1+N+17”", "2.0版本", "两三个", "个百分点",
    "千家万户", "数十家", "十几个", "一批", "一人一档", "H7N9", "1.1.1", "2024-03-09", "021-12345678",
    "三成员", "业务四部", "“三所联动”", "八成群众", "第 3 次", "3月 9 日", "2021·12·25", "二○○九年",
    "二〇二四年三月十一日", "十二月二十日", "2024年3月十五日", "每月十日前",
    "2009 年", "千分之", "万分之", "‰", "千分比", "2019至2023年", "8时至18时", "2022到2024年度", "百分制", "百分点",
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t for t, _ in FORMS])
def test_forms(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert rows(text) == []


# A space between a number and 万 with no measure word after it (覆盖 12 万群众): a reader takes 12万 people, but the
# space may as well part a number from a word opening with 万 (a table's 12 万州区), so the scanner reads no 万 there.
# What it gives must then claim nothing: no count, no measure word, nothing of the 万 (never 12 people measured).
@pytest.mark.parametrize("text", ["覆盖 12 万群众", "惠及 3.5 万群众"])
def test_a_spaced_wan_before_no_measure_word_claims_no_count(text):
    found = rows(text)
    assert all(kind == "bare" and unit is None and "万" not in span for span, _, unit, kind, _, _ in found)


# A lone 一 counts one before a count's measure word that ends its clause; before the words that follow it says 'a'.
@pytest.mark.parametrize("text", ["行政诉讼案件败诉一件。", "直接纠错一件,", "撤诉一起;", "败诉一件、撤诉两件", "(其中败诉一件)"])
def test_a_lone_one_ending_its_clause_counts_one(text):
    assert [(value, kind) for _, value, _, kind, _, _ in rows(text)][:1] == [(1, "count")]


@pytest.mark.parametrize("text", ["办好一件事。", "与群众一起研究,", "第一件,", "一批", "一次办,", "一件一件抓落实。"])
def test_a_lone_one_before_more_words_counts_nothing(text):
    assert [value for _, value, *_ in rows(text) if value == 1] == []


def test_spans_and_bounds():
    text, q = one("合计挽回受援人经济损失1680余万元。")
    assert text[q.num_start:q.num_end] == "1680余万"
    assert (q.low, q.high) == (16_800_000, None)
    text, q = one("集中教育近1290人次。")
    assert text[q.start:q.end] == "近1290人次" and text[q.num_start:q.num_end] == "1290"
    assert (q.qualifier, q.low, q.high) == ("about", None, 1290)
    text, q = one("涉及金额约1.62亿元。")
    assert text[q.num_start:q.num_end] == "1.62亿" and (q.low, q.high) == (None, None)
    text, q = one("复议诉讼比3.97:1。")
    assert (q.value, q.ratio_to, q.kind) == (3.97, 1.0, "ratio")
    text, q = one("调解成功率为99.78%")
    assert (q.low, q.high) == (99.78, 99.78)
    text, q = one("10-20人")
    assert (q.low, q.high) == (10, 20)
    text, q = one("百分之九十八点六")
    assert text[q.num_start:q.num_end] == "九十八点六"


# --- scan: properties and speed ----------------------------------------------------

SCAN_ALPHABET = "0123456789.,:+-%~ 一二两三四五六七八九十百千万亿零〇点第余多约近以上下件个人次元成年月日号“”()\n"


def check_invariants(text: str) -> None:
    previous_end = 0
    for q in scan(text):
        assert 0 <= q.start <= q.num_start < q.num_end <= q.end <= len(text)
        assert q.start >= previous_end
        assert text[q.start:q.end]
        previous_end = q.end
        assert q.kind in {"count", "percent", "points", "ratio", "money", "bare"}


@given(st.text())
def test_scan_never_raises(text):
    check_invariants(text)


@given(st.text(alphabet=SCAN_ALPHABET))
@settings(max_examples=500)
def test_scan_invariants_on_numeric_text(text):
    check_invariants(text)


@given(st.lists(st.sampled_from(["增长", "下降了", "提高率为", "同比", "为", "和", "、", " ", "\t", "\u3000", "5%", "12件",
                                  "3.5", "约", "余", "一", "成", "第", "2023年", "x"]), max_size=12).map("".join))
@settings(max_examples=500)
def test_scan_gives_each_quantity_the_change_its_words_say(text):
    """scan seeks a plain figure's change only after a character that may end a verb of change or set one off
    (Grammar.change_cues) or after a figure that changes: it finds every change _change_at finds."""
    g, previous = grammar(), None
    for q in scan(text):
        assert q.change == _change_at(g, text, q.start, q.kind, previous)
        previous = q


@pytest.mark.parametrize(
    "text",
    ["1" * 1_000_000, "一" * 1_000_000, "1.1.1." * 170_000, "%" * 100_000, "一个" * 500_000,
     "1+" * 500_000, "十余万" * 300_000, "x" + "1" * 1_000_000],
    ids=["digits", "yi", "dotted", "percent", "yi-ge", "plus", "mixed-cn", "digits-after-letter"],
)
def test_scan_keeps_its_invariants_on_long_runs(text):
    """Runs that tempt a backtracking or quadratic step still give well-formed quantities (their time: benchmarks/bench_stages.py)."""
    check_invariants(text)


# --- the word lists live in the catalog ----------------------------------------------

SCAN_SCRIPT = ("import sys\nfrom lawreport.numbers import scan\n"
               "print([(q.value, q.unit, q.kind, q.qualifier) for q in scan(sys.argv[1])])")


def scan_with_catalog(tmp_path, text: str, edit) -> str:
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(edit(DEFAULT_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    env = {**os.environ, "LAWREPORT_CATALOG": str(catalog)}
    proc = subprocess.run([sys.executable, "-c", SCAN_SCRIPT, text], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    return proc.stdout.strip()


def test_catalog_extends_the_measure_words(tmp_path):
    assert rows("抽查案卷1240卷") == [("1240", 1240, None, "bare", None, None)]
    added = scan_with_catalog(tmp_path, "抽查案卷1240卷",
                              lambda text: text.replace('count = ["件", ', 'count = ["卷", "件", ', 1))
    assert added == "[(1240.0, '卷', 'count', None)]"


def test_catalog_extends_the_qualifiers(tmp_path):
    assert rows("受理案件至少300件") == [("300件", 300, "件", "count", None, None)]
    added = scan_with_catalog(tmp_path, "受理案件至少300件",
                              lambda text: text.replace('"不低于" = "at_least"\n', '"不低于" = "at_least"\n"至少" = "at_least"\n', 1))
    assert added == "[(300.0, '件', 'count', 'at_least')]"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text.replace('"逾" = "at_least"', '"逾" = "more"'), "numbers.qualifiers.before: 逾"),
        (lambda text: text.replace("money = [", "cash = ["), "numbers.units"),
        (lambda text: text.replace('approaching = ["近",', 'approaching = ["逾",'), "approaching"),
        (lambda text: text.replace("up_verbs = [", "rise_verbs = ["), "numbers.change"),
    ],
)
def test_catalog_number_words_are_checked(tmp_path, edit, message):
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(edit(DEFAULT_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(CatalogError, match=message):
        load_catalog(catalog)


@pytest.mark.parametrize(("numeral", "step"), [("98.6", 0.1), ("99.78", 0.01), ("99·78", 0.01), ("98", 1.0), ("九十八点五", 0.1), ("九十八", 1.0)])
def test_a_numerals_step_is_the_unit_of_its_last_written_digit(numeral, step):
    assert written_step(numeral) == pytest.approx(step)


@pytest.mark.parametrize(("value", "step"), [(5236, 1), (1180, 10), (5000, 1000), (30000, 10000), (0, 1)])
def test_a_counts_step_is_the_unit_of_its_last_digit_not_naught(value, step):
    assert count_step(value) == step


# The financial forms of the numerals (壹佰贰拾叁) are read where the common ones are (一百二十三件).
@pytest.mark.parametrize(("text", "value"), [
    ("全年受理行政复议案件壹佰贰拾叁件。", 123), ("办理法律援助案件贰拾件,", 20), ("调解纠纷叁佰零伍件", 305),
    ("培训执法人员壹仟贰佰人次", 1200), ("化解矛盾纠纷壹万贰仟起", 12000), ("共拾件", 10),
])
def test_financial_numerals_are_read_as_numbers(text, value):
    assert [q_value for _, q_value, *_ in rows(text)] == [value]


# A financial digit alone is a character of a word before a measure word, not a number.
@pytest.mark.parametrize("text", ["加强政法队伍人员培训", "网站登陆次数逐年增长", "全县法律服务队伍人数稳定"])
def test_a_lone_financial_digit_is_no_number(text):
    assert rows(text) == []
