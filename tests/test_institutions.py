"""Institutions: recognition, types, canonical names, deduplication, against hand-read gold."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
import regex
from conftest import GOLD_INSTITUTIONS, ROOT, SEEDS, assert_spans_slice, region_of
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from lawreport import institutions, regions
from lawreport.catalog import CatalogError, get_catalog, load_catalog
from lawreport.htmlview import render_html
from lawreport.institutions import FoundInstitution, find_institutions
from lawreport.normalize import normalize
from lawreport.pipeline import extract, extract_file
from lawreport.show import render

MIN_PRECISION = 0.9

BAOSHAN, PINGSHAN, CIXI = "310113", "440310", "330282"


def seed(path: Path) -> tuple[str, regions.RegionResult]:
    text = normalize(path.read_text(encoding="utf-8"))
    return text, regions.resolve(text)


def written(found: FoundInstitution, text: str) -> set[str]:
    return {text[start:end] for start, end in found.mentions}


def names(text: str, region: regions.RegionResult | None) -> dict[str, FoundInstitution]:
    return {found.name: found for found in find_institutions(text, region)}


# --- the seeds against gold ---------------------------------------------------


def _matches(found: FoundInstitution, entry: dict, text: str) -> bool:
    return entry["name"] in written(found, text) or (
        entry.get("canonical") is not None and found.canonical == entry["canonical"]
    )


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_gold_institutions_are_found_typed_and_normalised(path):
    text, region = seed(path)
    found = find_institutions(text, region)
    for entry in json.loads((GOLD_INSTITUTIONS / f"{path.stem}.json").read_text(encoding="utf-8")):
        assert entry["name"] in text, f"gold name {entry['name']} is not in the text"
        hits = [f for f in found if _matches(f, entry, text)]
        if entry.get("optional"):
            continue
        assert len(hits) == 1, f"{entry['name']}: {len(hits)} institutions ({hits})"
        assert hits[0].type == entry["type"], entry
        if "canonical" in entry:
            assert hits[0].canonical == entry["canonical"], entry


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_precision_over_gold_and_optional(path):
    text, region = seed(path)
    gold = json.loads((GOLD_INSTITUTIONS / f"{path.stem}.json").read_text(encoding="utf-8"))
    found = find_institutions(text, region)
    wrong = [f for f in found if not any(_matches(f, entry, text) for entry in gold)]
    assert 1 - len(wrong) / len(found) >= MIN_PRECISION, wrong


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_mentions_index_the_text(path):
    text, region = seed(path)
    found = find_institutions(text, region)
    firsts = [f.mentions[0][0] for f in found]
    assert firsts == sorted(firsts)
    for institution in found:
        assert list(institution.mentions) == sorted(set(institution.mentions))
        start, end = institution.mentions[0]
        assert text[start:end] == institution.name


# --- sentences ----------------------------------------------------------------

POSITIVES = [
    # sentence, region code, name as written, type, canonical
    ("联合区法院共同出台《关于共同推进人民调解指导工作现代化的实施意见》", BAOSHAN, "区法院", "court", "上海市宝山区人民法院"),
    ("召开区委全面依法治区委员会会议,审议通过工作要点。", BAOSHAN, "区委全面依法治区委员会", "party_committee",
     "中共宝山区委全面依法治区委员会"),
    ("做好区委区政府外聘法律顾问选聘工作", BAOSHAN, "区委", "party_committee", "中共宝山区委"),
    ("做好区委区政府外聘法律顾问选聘工作", BAOSHAN, "区政府", "government", "宝山区人民政府"),
    ("贯彻市委对宝山“北转型”系列重要工作的批示精神", BAOSHAN, "市委", "party_committee", "中共上海市委"),
    ("宝山公证处“定制化电脑摇号公证服务”为多个动迁安置项目提供上门公证服务", BAOSHAN, "宝山公证处", "notary", "宝山公证处"),
    ("成功纳入上海国际法律服务中心功能拓展区", BAOSHAN, "上海国际法律服务中心", "other", "上海国际法律服务中心"),
    ("与盐田区人民法院签署《关于构建行政争议多元化解机制的工作备忘录》", PINGSHAN, "盐田区人民法院", "court",
     "广东省深圳市盐田区人民法院"),
    ("办理区法院通知案件170宗、坪山公安分局通知案件48宗", PINGSHAN, "坪山公安分局", "government", "坪山公安分局"),
    ("邀请市委党校教授现场作学习党的二十大报告讲座", PINGSHAN, "市委党校", "other", "中共深圳市委党校"),
    ("吸引全国优秀律师事务所卓建律师事务所在坪山设立分所", PINGSHAN, "卓建律师事务所", "law_firm", "卓建律师事务所"),
    ("市司法局深入学习贯彻习近平法治思想", CIXI, "市司法局", "justice_bureau", "慈溪市司法局"),
    ("强化与市检察院、12345政务便民热线协同配合监督机制", CIXI, "市检察院", "procuratorate", "浙江省慈溪市人民检察院"),
    ("启用“慈溪市人民政府行政执法协调监督局”印章", CIXI, "慈溪市人民政府行政执法协调监督局", "government",
     "慈溪市人民政府行政执法协调监督局"),
    ("获司法部、省人大常委会、省司法厅等上级领导批示肯定", CIXI, "省司法厅", "justice_bureau", "浙江省司法厅"),
    ("获司法部、省人大常委会、省司法厅等上级领导批示肯定", CIXI, "司法部", "justice_bureau", "司法部"),
    ("联合法院、工商联推进“三会两庭一中心”建设", CIXI, "法院", "court", None),
    ("联合法院、工商联推进“三会两庭一中心”建设", CIXI, "工商联", "other", None),
    ("全力指导龙山镇徐福村申报全国级民主法治示范村", CIXI, "龙山镇", "government", "龙山镇"),
    ("会同华东理工大学合作开展课题研究", None, "华东理工大学", "other", "华东理工大学"),
    ("卫计委、商务委等6家单位先后创建成功", None, "卫计委", "government", None),
    ("区法院和区检察院分别被国家版权局授予有功单位", None, "国家版权局", "government", "国家版权局"),
    ("区法院和区检察院分别被国家版权局授予有功单位", None, "区法院", "court", None),  # no region: unknowable
    ("区法院被评为示范法院", CIXI, "区法院", "court", None),  # a county-level city has no 区
    ("召开县委常委会会议", None, "县委常委会", "party_committee", None),  # not 开县
    ("北京市海淀区人民法院审结案件", None, "北京市海淀区人民法院", "court", "北京市海淀区人民法院"),
    ("浙江省象山县人民法院审结案件", None, "浙江省象山县人民法院", "court", "浙江省象山县人民法院"),
    ("闵行区社区矫正管理局成立", None, "闵行区社区矫正管理局", "government", "闵行区社区矫正管理局"),
    ("建立闵行区律师调查委员会和惩戒委员会", None, "惩戒委员会", "other", None),
    ("四平路街道被命名为示范点", None, "四平路街道", "government", "四平路街道"),
]


@pytest.mark.parametrize(("sentence", "code", "name", "kind", "canonical"), POSITIVES)
def test_sentence_names_an_institution(sentence, code, name, kind, canonical):
    found = names(sentence, region_of(code))
    assert name in found, list(found)
    assert (found[name].type, found[name].canonical) == (kind, canonical)


NEGATIVES = [
    "推进法治政府建设各项工作全面提速",
    "建设人民满意的服务型政府,加快数字政府建设",
    "各级政府要认真履行职责,地方各级人民政府负责实施",
    "落实宝山区法治政府建设相关规划",
    "针对部分司法所职能发挥不均衡等问题",
    "加强宝山区基层司法所建设",
    "组织党委会前学法35次",
    "全区各级调解组织受理各类矛盾纠纷21493件",
    "推动建立全面依法治区新格局",
    "由区委托第三方机构开展评估",
    "《人民法院报》刊发专题报道",
    "被评为全国“有效实施失信被执行人名单制度示范法院”",
    "市区两级政法委联合专项执法监督",
    "引进全国优秀律师事务所2家",
    "落实整改律师事务所24家",
    "引入10家品牌律师事务所、1家商事调解中心入驻创新中心",
    "为6个新设立的个人调解工作室授牌",
    "召开街道综合行政执法改革暨法治政府建设情况专项督查会议",
    "以法治文化建设为牵引,打造“法治乡村”升级版",
    "共办理镇(街道)备案审查事项145件,深化县乡合法性审查改革",
    "与542个居村社区纠纷调解室联动",
    "积极推进律师专业调解室",
    "健全社区矫正对象帮扶机制,打造宝山科创中心主阵地",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_sentence_names_no_institution(sentence):
    assert find_institutions(sentence, region_of(BAOSHAN)) == []


def test_empty_text_and_stray_place_marks():
    assert find_institutions("", None) == []
    assert find_institutions("\ufdd0区法院与\ufdd0\ufdd0委", region_of(BAOSHAN))[0].canonical == "上海市宝山区人民法院"


@pytest.mark.parametrize("words", ["设立|成立|进一步|被评为", "设立|成[立员]", "a|b?"])
def test_a_word_list_lookahead_rejects_where_its_words_start(words):
    plain = regex.compile(f"(?!{words})")
    fast = regex.compile(institutions._none_of(regex.compile(words)))
    text = "进一步设立被评为成员成立立一ab"
    assert [fast.match(text, i) is None for i in range(len(text) + 1)] == [
        plain.match(text, i) is None for i in range(len(text) + 1)
    ]


def test_a_committee_of_the_district_committee_is_one_institution():
    found = find_institutions("召开区委全面依法治区委员会会议", region_of(BAOSHAN))
    assert [f.name for f in found] == ["区委全面依法治区委员会"]


def test_a_bare_reference_and_the_full_name_are_one_institution():
    text = "宝山区司法局联合区法院开展调研。宝山区人民法院派员参加,区法院院长出席。"
    found = names(text, region_of(BAOSHAN))
    court = found["区法院"]
    assert court.canonical == "上海市宝山区人民法院" and court.type == "court"
    assert [text[s:e] for s, e in court.mentions] == ["区法院", "宝山区人民法院", "区法院"]
    assert list(found) == ["宝山区司法局", "区法院"]


def test_a_bare_reference_without_a_region_joins_the_full_name_the_report_writes():
    text = "联合区法院开展调研。宝山区人民法院派员参加。"
    found = names(text, None)
    assert written(found["区法院"], text) == {"区法院", "宝山区人民法院"}
    assert found["区法院"].canonical == "宝山区人民法院"  # 宝山区 is in Shanghai and in Heilongjiang


def test_the_level_word_takes_the_report_s_own_unit():
    sentence = "市司法局、区司法局联合开展执法检查"
    assert {f.name: f.canonical for f in find_institutions(sentence, region_of(BAOSHAN))} == {
        "市司法局": "上海市司法局",
        "区司法局": "宝山区司法局",
    }
    assert {f.name: f.canonical for f in find_institutions(sentence, region_of(CIXI))} == {
        "市司法局": "慈溪市司法局",
        "区司法局": None,
    }


# --- the catalog's [institutions] table -----------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('type = "notary"', 'type = "notaries"', "type must be one of"),
        ("suffix = '公证处'\nalone = true\nnamed = \"anywhere\"", "suffix = '公证处'\nalone = true\nnamed = \"everywhere\"",
         "named must be one of"),
        ("suffix = '公证处'", "suffix = '公证处'\nbareness = true", "unknown field"),
        ("suffix = '公证处'\nalone = true", "suffix = '公证处'\nalone = 1", "alone must be true or false"),
        ("suffix = '司法部(?!门)'", "suffix = '司法部(?!门'", "does not compile"),
        ("suffix = '司法部(?!门)'\nnational = true", "suffix = '司法部(?!门)'\nnational = true\nalone = true",
         "national body"),
        ("suffix = '律所'\nnamed = \"after_head\"", "suffix = '律所'", "matches nothing"),
        ('committee = ', 'committees = ', "unknown field"),
    ],
)
def test_the_catalog_rejects_a_bad_institutions_table(tmp_path, old, new, message):
    source = (ROOT / "lawreport" / "catalog.toml").read_text(encoding="utf-8")
    assert old in source
    path = tmp_path / "catalog.toml"
    path.write_text(source.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogError, match=message):
        load_catalog(path)


# --- the record, the terminal view and the HTML page ------------------------------


@pytest.fixture(scope="module")
def seed_000_record():
    return extract_file(SEEDS[0])


def test_the_record_of_seed_000_lists_a_court_and_a_justice_bureau(seed_000_record):
    by_type = {}
    for institution in seed_000_record.institutions:
        by_type.setdefault(institution.type, []).append(institution)
    assert "上海市宝山区人民法院" in [i.canonical for i in by_type["court"]]
    assert "宝山区司法局" in [i.canonical for i in by_type["justice_bureau"]]


def test_record_evidence_slices_the_original_text(seed_000_record):
    for institution in seed_000_record.institutions:
        assert institution.evidence
        assert_spans_slice(institution, SEEDS[0].read_text(encoding="utf-8"))
        assert institution.name in {s.text for s in institution.evidence}


def test_the_record_names_a_body_by_its_fullest_form():
    record = extract("2023年,区司法局开展普法。南京市江宁区司法局组织调解。区司法局完成整改。")
    bureaus = [i for i in record.institutions if i.type == "justice_bureau"]
    assert [(b.name, [s.text for s in b.evidence]) for b in bureaus] == [
        ("南京市江宁区司法局", ["区司法局", "南京市江宁区司法局", "区司法局"])
    ]


def test_show_lists_institutions_with_their_full_names(seed_000_record):
    console = Console(width=80, file=io.StringIO(), color_system=None)
    render(seed_000_record, SEEDS[0].read_text(encoding="utf-8"), console)
    shown = console.file.getvalue()
    assert "Institutions" in shown and "= 上海市宝山区人民法院" in shown


def test_the_html_page_has_an_institutions_table_and_marks(seed_000_record):
    page = render_html(seed_000_record, SEEDS[0].read_text(encoding="utf-8"))
    court = next(i for i, inst in enumerate(seed_000_record.institutions) if inst.type == "court")
    assert ">Institutions <small>" in page
    assert f'data-target="institution-{court}"' in page
    assert re.search(rf'<mark class="[^"]*k-institution[^"]*"[^>]*data-ids="[^"]*institution-{court}\b', page)


def test_a_level_word_without_a_region_is_the_one_full_name_of_its_kind():
    text = "区司法局开展普法。江宁区司法局组织调解,区法院派员参加。"
    found = names(text, None)
    assert [written(f, text) for f in found.values() if f.type == "justice_bureau"] == [{"区司法局", "江宁区司法局"}]
    assert found["区法院"].canonical is None  # no full name of a court to be


def test_a_level_word_stays_apart_when_two_full_names_could_be_it():
    text = "区司法局开展普法。江宁区司法局、玄武区司法局组织调解。"
    assert [f.name for f in find_institutions(text, None)] == ["区司法局", "江宁区司法局", "玄武区司法局"]


# --- families: where a name ends, plurals, short and full forms, new bodies ------

ZHUZHOU, JIANGNING = "430211", "320115"  # a district of 株洲市, a district of 南京市

FAMILY_POSITIVES = [
    # a name stops before what the body did
    ("在区法院设立人民调解工作室,化解纠纷", JIANGNING, "区法院", "court"),
    ("县检察院牵头建立公益诉讼协作机制", None, "县检察院", "procuratorate"),
    ("市司法局联合市总工会组建劳动争议调解中心", None, "市司法局", "justice_bureau"),
    # bodies the catalog names
    ("新修订的行政复议法施行后,市行政复议局全年收到申请", None, "市行政复议局", "government"),
    ("在市委、市政府和省公安厅的正确领导下", None, "省公安厅", "government"),
    ("在株洲市第十六届人民代表大会常务委员会第十八次会议上", None, "株洲市第十六届人民代表大会常务委员会", "other"),
    ("在党中央、国务院的坚强领导下", None, "党中央", "party_committee"),
    ("县政务服务中心进驻事项1,408项", None, "县政务服务中心", "government"),
    ("县政府法律顾问团参与县政府重大事项论证", None, "县政府法律顾问团", "other"),
    ("局党组坚持把法治建设纳入全局工作总体布局", None, "局党组", "party_committee"),
    ("主持召开局党组会议专题研究法治建设", None, "局党组", "party_committee"),
    ("院党组理论学习中心组集中学法", None, "院党组", "party_committee"),
    ("“平湖和事佬”调解室被评为全国模范人民调解委员会", None, "“平湖和事佬”调解室", "mediation"),
]


@pytest.mark.parametrize(("sentence", "code", "name", "kind"), FAMILY_POSITIVES)
def test_family_sentence_names_an_institution(sentence, code, name, kind):
    found = names(sentence, region_of(code))
    assert name in found, list(found)
    assert found[name].type == kind


FAMILY_NEGATIVES = [
    # a body and what it did is not one name
    ("在区法院设立人民调解工作室", "区法院设立人民调解工作室"),
    ("县检察院牵头建立公益诉讼协作机制", "县检察院牵头建立公益诉讼协作机制"),
    # generic plurals and kinds of body
    ("建成县乡村三级矛盾纠纷调处化解中心(站)54个", "县乡村三级矛盾纠纷调处化解中心"),
    ("建成县乡村三级矛盾纠纷调处化解中心(站)54个", "矛盾纠纷调处化解中心"),
    ("牵头单位:市司法局;责任单位:各县区政府", "区政府"),
    ("推动区县政府落实主体责任", "县政府"),
    ("各级法院审结行政案件", "法院"),
    ("全县12个司法所全部完成规范化建设", "司法所"),
    ("各乡镇人民政府负责组织实施", "乡镇人民政府"),
    ("在区法院设立人民调解工作室", "人民调解工作室"),
    ("推进人民调解工作室建设", "人民调解工作室"),
    ("编制镇街综合行政执法事项目录", "编制镇"),
    ("建成县级公共法律服务中心", "县级公共法律服务中心"),
    # a bare 党组 or a group of another body is not 局党组
    ("县司法局党组书记带头讲法治课", "局党组"),
    ("加强党组织建设", "党组"),
    ("打造“枫桥式”人民调解委员会", "“枫桥式”人民调解委员会"),
]


@pytest.mark.parametrize(("sentence", "name"), FAMILY_NEGATIVES)
def test_family_sentence_does_not_name(sentence, name):
    assert name not in names(sentence, region_of(JIANGNING))


def test_a_congress_under_its_full_name_and_its_short_name_is_one_body():
    text = "在株洲市第十六届人民代表大会常务委员会会议上报告。市人大常委会审议通过。"
    found = find_institutions(text, region_of(ZHUZHOU))
    congress = [f for f in found if f.type == "other"]
    assert len(congress) == 1 and congress[0].canonical == "株洲市人大常委会"
    assert written(congress[0], text) == {"株洲市第十六届人民代表大会常务委员会", "市人大常委会"}


def test_an_abbreviated_bureau_and_its_full_name_are_one_body():
    text = "赣州市市场监督管理局2023年法治政府建设情况。市市场监管局坚持依法行政。"
    found = find_institutions(text, None)
    assert [(f.canonical, written(f, text)) for f in found] == [
        ("赣州市市场监督管理局", {"赣州市市场监督管理局", "市市场监管局"})
    ]


def test_two_bureaus_of_different_places_stay_apart():
    text = "赣州市市场监督管理局会同吉安市市场监管局开展执法协作。"
    assert len(find_institutions(text, None)) == 2


def test_a_romanisation_inside_a_name_is_read_past():
    text = "发挥市委全面依法治市委员会办(bàn)公室统筹协调作用,市公证处(chù)办证"
    found = {f.name: f for f in find_institutions(text, None)}
    office = found["市委全面依法治市委员会办(bàn)公室"]
    assert office.type == "party_committee"
    assert [text[s:e] for s, e in office.mentions] == ["市委全面依法治市委员会办(bàn)公室"]
    assert "市公证处" in found


def test_a_parenthesis_that_is_no_romanisation_ends_a_name():
    text = "市法律援助中心(站)和市公证处"
    assert [f.name for f in find_institutions(text, None)] == ["市法律援助中心", "市公证处"]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("江宁区人力资源和社会保障局印发通知,区人社局组织培训。", "江宁区人力资源和社会保障局"),
        ("江宁区住房和城乡建设局开展检查,区住建局通报结果。", "江宁区住房和城乡建设局"),
        ("江宁区卫生健康委员会牵头,区卫健委落实。", "江宁区卫生健康委员会"),
        ("江宁区发展和改革委员会牵头,区发改委落实。", "江宁区发展和改革委员会"),
        ("江宁区第十八届人民代表大会召开,区人大审议通过。", "江宁区人大"),
    ],
)
def test_a_short_and_a_full_form_of_a_department_are_one_body(text, canonical):
    found = find_institutions(text, region_of(JIANGNING))
    assert [f.canonical for f in found] == [canonical]
    assert len(found[0].mentions) == 2


@pytest.mark.parametrize(
    ("sentence", "body", "after"),
    [
        ("区法院成立家事调解中心", "区法院", "成立"),
        ("区法院联合区妇联建立婚姻家庭调解室", "区法院", "联合"),
        ("区司法局组建医疗纠纷调解中心", "区司法局", "组建"),
        ("区法院派驻诉调对接调解室", "区法院", "派驻"),
        ("区司法局指导街道调解中心规范运行", "区司法局", "指导"),
        ("区法院会同公安分局调解室开展工作", "区法院", "会同"),
        ("区人社局挂牌劳动争议调解中心", "区人社局", "挂牌"),
    ],
)
def test_a_name_stops_before_what_the_body_did(sentence, body, after):
    found = names(sentence, region_of(JIANGNING))
    assert body in found, list(found)
    assert not any(after in name for name in found), list(found)


def test_a_short_and_a_full_form_of_one_court_are_one_body_without_a_region():
    text = "市中院审结案件。市中级人民法院发布白皮书。"
    found = find_institutions(text, None)
    assert [written(f, text) for f in found] == [{"市中院", "市中级人民法院"}]


def test_a_province_s_short_name_before_a_full_place_does_not_hide_the_place():
    text = "新疆伊犁哈萨克自治州司法局印发通知,伊犁州司法局组织实施。"
    found = find_institutions(text, None)
    assert [(f.canonical, len(f.mentions)) for f in found] == [("伊犁哈萨克自治州司法局", 2)]


@pytest.mark.parametrize(
    ("sentence", "code", "name"),
    [
        ("湖南法院全年审结行政案件", "430102", "湖南法院"),  # a province's short name: all its courts
        ("绍兴法院推进诉源治理", "330602", "绍兴法院"),  # a city's: all its courts
        ("绍兴检察院开展公益诉讼", "330602", "绍兴检察院"),
    ],
)
def test_a_province_s_or_a_city_s_courts_are_no_one_body(sentence, code, name):
    assert name not in names(sentence, region_of(code))


@pytest.mark.parametrize(
    ("sentence", "code", "name"),
    [
        ("宝山法院全年审结行政案件", BAOSHAN, "宝山法院"),  # a district's short name: its own court
        ("绍兴中院推进诉源治理", "330602", "绍兴中院"),  # one court of the city
        ("湖南省高级人民法院发布白皮书", "430102", "湖南省高级人民法院"),
    ],
)
def test_a_county_s_court_and_a_named_court_of_a_city_are_bodies(sentence, code, name):
    assert names(sentence, region_of(code))[name].type == "court"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("来源:邯郸市人民政府法制办公室", "邯郸市人民政府法制办公室", "government"),  # offices and centres: long names
        ("县信访办公室受理群众来信", "县信访办公室", "government"),
        ("依托市社会矛盾纠纷调处中心整合调解资源", "市社会矛盾纠纷调处中心", "mediation"),
        ("城关人民法庭开展巡回审判", "城关人民法庭", "court"),  # tribunals, party departments, police bodies
        ("县人民法院城关人民法庭开展巡回审判", "县人民法院城关人民法庭", "court"),
        ("县委宣传部、县委组织部联合印发通知", "县委组织部", "party_committee"),
        ("县看守所在押人员法律援助全覆盖", "县看守所", "government"),
        ("龙山镇派出所设立警调对接室", "龙山镇派出所", "government"),
        ("县消防救援大队开展检查", "县消防救援大队", "government"),
        ("市行政复议委员会召开案审会", "市行政复议委员会", "government"),
        ("区行政复议咨询委员会审议重大疑难案件", "区行政复议咨询委员会", "government"),  # the advisory committee
        ("县行政服务中心设立法律咨询窗口", "县行政服务中心", "government"),
        ("市政府法律顾问委员会提出意见", "市政府法律顾问委员会", "other"),
        ("中共中央办公厅、国务院办公厅印发意见", "中共中央办公厅", "party_committee"),
    ],
)
def test_named_offices_centres_courts_departments_and_councils_are_bodies_of_their_type(sentence, name, kind):
    found = names(sentence, None)
    assert name in found and found[name].type == kind, list(found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("县司法局内设办公室、基层工作股", "办公室"),  # an inner office
        ("推动调处中心工作规范化", "调处中心"),
        ("推进人民法庭建设", "人民法庭"),  # a kind of tribunal, station or department
        ("辖区派出所民警参与调解", "派出所"),
        ("加强宣传部门协作", "宣传部"),
    ],
)
def test_an_inner_office_or_a_bare_kind_of_body_is_no_body(sentence, name):
    assert not any(found.endswith(name) for found in names(sentence, None))


@given(st.data())
@settings(max_examples=60, deadline=None)
def test_romanisations_anywhere_change_nothing_but_the_spans(data):
    text = "2023年,宝山区司法局在区委、区政府领导下,联合区法院、宝山公证处开展调解。"
    plain = [(f.canonical, f.type, len(f.mentions)) for f in find_institutions(text, region_of(BAOSHAN))]
    hans = [i for i, c in enumerate(text) if "\u4e00" <= c <= "\u9fff"]
    after = sorted(data.draw(st.sets(st.sampled_from(hans), max_size=8)), reverse=True)
    glossed = text
    for i in after:
        glossed = glossed[: i + 1] + data.draw(st.sampled_from(["(qū)", "(bàn)", "(chù)", "(yì)"])) + glossed[i + 1 :]
    found = find_institutions(glossed, region_of(BAOSHAN))
    assert [(f.canonical, f.type, len(f.mentions)) for f in found] == plain
    for f in found:
        for start, end in f.mentions:
            assert glossed[start] != "(" and glossed[end - 1] != ")"


def test_the_scanner_plan_is_kept_in_the_user_cache_and_worked_out_again_when_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    rules = get_catalog().institutions
    built = institutions._build(rules)
    [kept] = (tmp_path / "lawreport").glob("institutions-*.pickle")
    read_back = institutions._build(rules)

    def plan(scanners):
        return scanners.name_ends.pattern, {
            c: (s.pattern.pattern, s.forms, s.heads, s.asked)
            for c, s in ((c, institutions._scanner_for(scanners, c)) for c in scanners.plans)
        }

    assert plan(read_back) == plan(built) and len(built.plans) > 20
    kept.write_bytes(b"not a pickle")
    assert plan(institutions._build(rules)) == plan(built)
    assert kept.read_bytes() != b"not a pickle"
