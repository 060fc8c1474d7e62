"""The catalog's schema: every mistake in catalog.toml is a CatalogError naming the entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from lawreport.catalog import CatalogError, get_catalog, load_catalog
from lawreport.readers.html import extract_text

SOURCE = (ROOT / "lawreport" / "catalog.toml").read_text(encoding="utf-8")
LOSS_RATE_LABELS = "labels = ['败诉(?:率|(?:的)?(?:比例|比率))', '败诉(?:的)?(?:案件)?{SHARE}']"  # litigation_loss_rate's
SERIES_FROM = "from = '(?:从|由|较|比)(?:(?:({YEAR})年"  # [series] from, up to its year


def _load_edited(tmp_path: Path, old: str, new: str):
    assert old in SOURCE
    path = tmp_path / "catalog.toml"
    path.write_text(SOURCE.replace(old, new, 1), encoding="utf-8")
    return load_catalog(path)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # an unknown field, in a [[metric]], in a table, at the top
        ('key = "notarizations"\n', 'key = "notarizations"\nlables = ["公证"]\n',
         r"metric #\d+ \(notarizations\): unknown field 'lables'"),
        ("target_cue = ", "target_cues = ", r"sections: unknown field 'target_cues'"),
        ("[lexicon]\n", "[lexicons]\n", r"catalog: unknown field 'lexicons'"),
        # an unknown section kind is an unknown field of [sections]
        ("shortcomings = [", "weaknesses = ['薄弱']\nshortcomings = [", r"sections: unknown field 'weaknesses'"),
        # enumerations come from lawreport/vocab.py
        ('unit = "%"\nrange = [0, 100]\n' + LOSS_RATE_LABELS, 'unit = "percent"\nrange = [0, 100]\n' + LOSS_RATE_LABELS,
         r"metric #\d+ \(litigation_loss_rate\): unit must be one of"),
        ('kind = "news"', 'kind = "newspaper"', r"metadata\.kind #\d+ \(newspaper\): kind must be one of"),
        # a pattern that does not compile, named down to the list item
        (LOSS_RATE_LABELS, "labels = ['败诉(率']",
         r"metric #\d+ \(litigation_loss_rate\): labels\[0\]: pattern '败诉\(率' does not compile"),
        ("label_cut = '(?:的", "label_cut = '(?:的[", r"rates: label_cut: pattern .* does not compile"),
        ("range = [0, 100]\n" + LOSS_RATE_LABELS, "range = [100, 0]\n" + LOSS_RATE_LABELS,
         r"litigation_loss_rate\): range must be \[low, high\]"),
        (LOSS_RATE_LABELS, "labels = []", r"litigation_loss_rate\): labels: List should have at least 1 item"),
        ("context = ['复议']\n# 诉讼", "# 诉讼", r"reconsideration_corrected\): other_topic needs a context"),
        ("listed_with = ['维持', '驳回', '终止']\n", "",
         r"reconsideration_corrected\): parts and listed_with go together"),
        (LOSS_RATE_LABELS, "part_object = '决定'\n" + LOSS_RATE_LABELS,
         r"litigation_loss_rate\): part_object needs parts"),
        (LOSS_RATE_LABELS, "all_of_count = \"litigation_lost\"\n" + LOSS_RATE_LABELS,
         r"litigation_loss_rate\): all_of_count needs all_of"),
    ],
)
def test_a_malformed_entry_names_itself_and_its_field(tmp_path, old, new, message):
    with pytest.raises(CatalogError, match=message):
        _load_edited(tmp_path, old, new)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('numerator = "mediation_succeeded"', 'numerator = "mediation_success"',
         r"derive #2 \(mediation_success_rate\): numerator 'mediation_success' is not a metric key"),
        ('key = "mediation_success_rate"\nnumerator', 'key = "mediation_cases"\nnumerator',
         r"derive #2 \(mediation_cases\): key 'mediation_cases' has unit 'count', not '%'"),
        ('measure_words = ["件", "宗", "份", "件次"]', 'measure_words = ["件", "宗", "头", "件次"]',
         r"metric #\d+ \(notarizations\): measure_words \['头'\] are not units the number scanner knows"),
        ('measure_words = ["件", "宗", "起", "例", "个", "件次"]', 'measure_words = ["件", "宗", "起", "例", "只", "件次"]',
         r"defaults: measure_words \['只'\] are not units the number scanner knows"),
        ('body_measure_words = ["个"]', 'body_measure_words = ["只"]',
         r"defaults: body_measure_words \['只'\] are not units the number scanner knows"),
        ('item_measure_words = ["项", "条"]', 'item_measure_words = ["项", "款"]',
         r"defaults: item_measure_words \['款'\] are not units the number scanner knows"),
        ("whole_keys = ['reconsideration_received'", "whole_keys = ['litigation_loss_rate'",
         r"defaults: whole_keys \['litigation_loss_rate'\] are not keys of counts"),
        ('all_of_count = "reconsideration_received"', 'all_of_count = "litigation_loss_rate"',
         r"metric #\d+ \(reconsideration_closed\): all_of_count 'litigation_loss_rate' is not a key of counts"),
        ('key = "head_appearances"', 'key = "head_appearance"', r"no \[\[metric\]\] for the headline key\(s\) \['head_appearances'\]"),
        ('key = "litigation_lost"\nlabel = "行政诉讼败诉数"\nunit = "count"', 'key = "litigation_loss_rate"\nlabel = "行政诉讼败诉数"\nunit = "count"',
         r"metric #\d+ \(litigation_loss_rate\): unit 'count' differs from an earlier rule"),
        # a kind's title reads named cues of [metadata.cues] only, and a dateline makes a text one kind
        ("title_cues = ['report_passed']", "title_cues = ['report_adopted']",
         r"metadata: kind other: title_cues names no cue of \[metadata.cues\]: report_adopted"),
        ('kind = "white_paper"', 'kind = "white_paper"\ndated = true', r"metadata: more than one kind is dated"),
    ],
)
def test_entries_that_disagree_with_each_other_are_refused(tmp_path, old, new, message):
    with pytest.raises(CatalogError, match=message):
        _load_edited(tmp_path, old, new)


def test_the_shipped_catalog_loads_once():
    assert get_catalog() is get_catalog()
    assert "mediation_success_rate" in get_catalog().keys


def test_year_placeholder_reads_a_year_in_digits(tmp_path):
    catalog = _load_edited(tmp_path, SERIES_FROM, SERIES_FROM.replace("(?:从|由", "(?:自|从|由"))
    assert catalog.series_from.search("自2019年的").group(1) == "2019"
    assert catalog.series_from.search("自1949年的").group(1) == "1949"
    assert catalog.series_from.search("自2119年的") is None


def test_month_placeholder_reads_a_month_number(tmp_path):
    catalog = _load_edited(tmp_path, SERIES_FROM, SERIES_FROM + "|({MONTH})月")
    assert catalog.series_from.search("从12月的").group(2) == "12"
    assert catalog.series_from.search("从7月的").group(2) == "7"
    assert catalog.series_from.search("从13月的") is None
    assert catalog.series_from.search("从0月的") is None


def test_chinese_year_placeholder_reads_a_year_in_chinese_digits(tmp_path):
    catalog = _load_edited(tmp_path, SERIES_FROM, SERIES_FROM.replace("({YEAR})年", "({YEAR}|{CN_YEAR})年"))
    assert catalog.series_from.search("从二〇一九年的").group(1) == "二〇一九"
    assert catalog.series_from.search("从二零一九年的").group(1) == "二零一九"
    assert catalog.series_from.search("从二〇一年的") is None  # three digits are no year
    assert catalog.series_from.search("从两千零一九年的") is None  # a numeral read with its units is not written digit by digit


@pytest.mark.parametrize(
    ("subject", "is_part"),
    [("其中刑事案件", True), ("含首长出庭", True), ("包括行政案件", True), ("内含调解案件", True), ("包含诉前案件", True),
     ("受理案件", False), ("涉及刑事案件", False)],
)
def test_part_markers_open_a_part_of_a_total(subject, is_part):
    assert (get_catalog().part_marker.search(subject) is not None) is is_part


@pytest.mark.parametrize(
    "line",
    ["当前位置：首页 > 政务公开", "您现在的位置：首页", "首页 > 信息公开", "打印本页 关闭窗口", "【打印】", "关闭", "分享到：微信",
     "【字体：大 中 小】", "字号：大 中 小", "返回顶部", "收藏本页", "上一篇：关于印发…的通知", "下一篇：无", "相关链接",
     "扫一扫在手机打开当前页", "版权所有：某区人民政府", "沪ICP备12345678号", "沪公网安备31011502000000号",
     "网站标识码3101150000", "网站地图", "加入好友", "当前浏览器版本过低,部分功能可能无法使用。",
     "为获得更好的浏览效果,请使用新版浏览器。", "建议使用1280×800以上分辨率访问本站。", "请切换至浏览器的极速模式。",
     "微信", "朋友圈", "新浪微博", "QQ空间", "复制链接", "点击右上角微信好友", "请使用浏览器分享功能进行分享",
     "用微信扫描二维码", "分享至好友和朋友圈", "打开微信,点击底部的“发现”,使用“扫一扫”即可分享"],
)
def test_page_furniture_lines(line):
    assert get_catalog().page_furniture.search(line)
    assert get_catalog().debris.search(line)  # never a title either


@pytest.mark.parametrize(
    "line",
    ["打印机采购项目全部完成验收。", "关闭违规网站3家。", "分享经验做法。", "相关部门依法履职。", "首批法律顾问名单公布。",
     "上一年度工作情况", "加入好友企业服务群,及时解答涉企法律问题。", "推动政务网站适配主流浏览器。", "升级改造调解室3间。",
     "当前,全县法治建设稳步推进。", "微信公众号推送普法信息120条。", "微博问政平台回复群众留言36条。",
     "点击量突破十万次。", "分享典型案例5个。", "转发上级文件12份。"],
)
def test_lines_of_an_article_are_no_furniture(line):
    assert get_catalog().page_furniture.search(line) is None


@pytest.mark.parametrize("word", sorted(get_catalog().lexicon.furniture_classes))
def test_elements_named_as_furniture_are_left_out(word):
    article = "".join(f"<p>第{i}段，区司法局依法开展法治宣传工作并取得实效。</p>" for i in range(5))
    page = f'<html><body><div class="x-{word}"><p>这一段是页面的导航栏文字内容。</p></div><div>{article}</div></body></html>'
    text = extract_text(page)
    assert "导航栏" not in text
    assert "第0段" in text


def test_an_element_with_an_ordinary_class_is_kept():
    article = "".join(f"<p>第{i}段，区司法局依法开展法治宣传工作并取得实效。</p>" for i in range(5))
    page = f'<html><body><div class="content">{article}<p>这一段是正文的最后一段。</p></div></body></html>'
    assert "最后一段" in extract_text(page)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [("全年受理案件10件，其中刑事案件20件。", True), ("全年受理案件10件，包含刑事案件20件。", True),
     ("全年受理案件10件，内含刑事案件20件。", True), ("全年受理案件10件（含刑事案件20件）。", True),
     ("全年受理案件10件，包括刑事案件20件。", True), ("全年受理案件10件，涉及刑事案件20件。", False)],
)
def test_a_part_larger_than_its_total_is_found_with_every_part_marker(sentence, flagged):
    from lawreport import extract

    record = extract(f"2023年工作报告\n一、主要工作\n{sentence}\n")
    assert ("part_exceeds_total" in [f.kind for f in record.findings]) is flagged
