"""Lines of a page's furniture beside its title are no title, nor part of it: a column's label set alone over it (工作信息),
a disclosure box's label before it (信息名称:) and its other fields run onto its line (… - 文 号:…), a paper's name set
alone under a headline (某某日报), a photo's caption (▲…), a media centre's byline, a dated reporter's line or a blog's
stamp, a date/source line over the first paragraph, and the month a cover dates its document by under its body's name.
A traditional page's issuer completed from the gazetteer keeps its script."""

import pytest
from conftest import metadata_field as read

REPORT = "青禾市司法局关于2024年法治政府建设情况的报告"
BODY = "\n\n2024年,全市深入推进法治政府建设,办理行政复议案件120件。现将有关情况报告如下:\n\n一、主要工作\n"


@pytest.mark.parametrize("label", ["工作信息", "司法信息"])
def test_a_column_label_over_the_title_is_no_title(label):
    assert read(f"{label}\n\n{REPORT}\n\n(2025-02-18){BODY}", "title") == REPORT


def test_a_headline_under_a_news_column_stays():
    text = "工作动态\n白沙区司法局举办民法典进社区活动\n发布时间:2024-11-05\n11月4日,白沙区司法局在社区广场开展普法活动,发放资料800份。\n"
    assert read(text, "title") == "白沙区司法局举办民法典进社区活动"


def test_an_information_name_label_is_no_part_of_the_title():
    text = ("发布机构:    白沙区司法局 生成日期:    2025-03-06\n信息名称:    青禾市白沙区2024年度法治政府建设工作报告\n"
            "文  号:     关 键 词:    法治政府\n\n2024年,全区上下推进法治政府建设。\n\n一、2024年工作情况\n")
    assert read(text, "title") == "青禾市白沙区2024年度法治政府建设工作报告"


GOVERNMENT_REPORT = "青禾县人民政府关于2024年度法治政府建设情况的报告"
FIELDS = [
    ("a number and a day after a bullet's dash", f"- 标 题:\n{GOVERNMENT_REPORT} - 文 号:青府〔2025〕12号 发布日期: 2025-03-18 09:40"),
    ("a number alone", f"- 标 题:\n{GOVERNMENT_REPORT} - 文 号:青府〔2025〕12号"),
    ("the day it was sent", f"标题:{GOVERNMENT_REPORT} 发文日期:2025-03-18"),
]


@pytest.mark.parametrize(("case", "head"), FIELDS, ids=[c[0] for c in FIELDS])
def test_a_box_s_other_fields_on_the_title_s_line_are_cut(case, head):
    text = f"{head}\n\n2024年,全县深入推进法治政府建设,现将有关情况报告如下:\n\n一、主要工作\n"
    assert read(text, "title") == GOVERNMENT_REPORT
    assert read(text, "report_year") == 2024


def test_a_title_citing_a_document_s_number_keeps_it():
    title = "青禾县人民政府关于落实《青禾市人民政府关于印发〈法治青禾建设规划〉的通知》(青政发〔2024〕5号)情况的报告"
    assert read(f"{title}\n\n2024年,全县推进法治建设,现将有关情况报告如下:\n\n一、主要工作\n", "title") == title


def test_a_title_with_its_source_and_day_after_it_stays_clean():
    text = f"{GOVERNMENT_REPORT} 来源:县司法局 发布时间:2025-03-18\n\n2024年,全县推进法治建设,现将有关情况报告如下:\n"
    assert read(text, "title") == GOVERNMENT_REPORT


@pytest.mark.parametrize("paper", ["青禾日报", "东湖晚报", "海峡早报"])
def test_a_paper_s_name_alone_under_the_headline_is_no_title(paper):
    headline = "全市法律援助机构去年办案逾六千件"
    text = f"{headline}\n\n{paper}\n\n本报讯 2023年,全市各级法律援助机构共办理法律援助案件6120件。\n"
    assert read(text, "title") == headline


def test_a_body_s_name_under_a_report_title_leaves_the_title():
    text = "白沙县司法局2023年工作总结\n\n白沙县司法局\n\n2023年,我局共办理法律援助案件410件。\n"
    assert read(text, "title") == "白沙县司法局2023年工作总结"


def test_a_photo_caption_over_the_headline_is_no_title():
    text = "▲ 调解员在农户院中化解邻里纠纷(资料图)\n白沙镇建起“村口”调解室\n2023年,白沙镇共调解纠纷96件,调解成功率97%。\n"
    assert read(text, "title") == "白沙镇建起“村口”调解室"


def test_a_barred_photo_caption_alone_is_no_title():
    text = "| ▲2023年6月12日,市司法局一行在白沙县调研复议工作\n\n2023年,白沙县行政复议案件纠错率为8%。\n"
    assert read(text, "title") is None


def test_a_media_centre_s_byline_is_no_title():
    headline = "从18%降至2%,行政争议实质化解见实效"
    text = f"{headline}\n白沙县融媒体中心 李青\n2023年,白沙县行政机关负责人出庭应诉率达100%。\n"
    assert read(text, "title") == headline


def test_a_centre_s_name_alone_under_a_report_title_leaves_it():
    text = "白沙县融媒体中心2023年工作总结\n白沙县融媒体中心\n2023年,中心共发布普法稿件300篇。\n"
    assert read(text, "title") == "白沙县融媒体中心2023年工作总结"


def test_a_blog_s_stamp_under_the_headline_is_no_title():
    headline = "法律扶助会成立五周年 受理案件逾十万"
    text = f"{headline}\n[未分类 2012/05/08 10:21 | by lin ]\n法律扶助会成立五年来,共受理案件十万余件。\n"
    assert read(text, "title") == headline


def test_a_dated_reporter_s_line_is_no_title():
    text = "date 2025-11-03 记者林青/青禾报导\n青禾市调解委员会去年调解案件2800件,调解成功率九成。\n"
    assert read(text, "title") is None


def test_a_date_and_source_line_over_the_first_paragraph_is_no_title():
    text = "2024年4月8日 来源:东湖日报\n2023年,青禾县行政机关负责人出庭应诉率达100%,全年办理行政复议案件64件。\n"
    assert read(text, "title") is None


def test_a_report_title_over_its_date_line_stays():
    text = "白沙县司法局2023年度法治政府建设情况报告\n发布时间:2024-02-26\n2023年,我局深入推进法治政府建设,现将有关情况报告如下:\n"
    assert read(text, "title") == "白沙县司法局2023年度法治政府建设情况报告"


def test_a_cover_s_month_under_its_body_is_no_title():
    text = "青禾市司法局\n2025年2月\n2024年,我局共办理法律援助案件1320件。现将2024年工作情况报告如下。\n"
    assert read(text, "title") is None
    assert read(text, "report_year") == 2024


def test_a_title_over_a_cover_s_month_stays():
    text = "青禾县人民政府关于2024年法治政府建设情况的报告\n2025年1月\n2024年,全县深入推进法治政府建设。\n"
    assert read(text, "title") == "青禾县人民政府关于2024年法治政府建设情况的报告"


@pytest.mark.parametrize(("opening", "issuer"), [
    ("2022年,海澱區政府深入推進法治政府建設,全年辦理行政復議案件260件。", "海澱區人民政府"),
    ("2021年,順義區政府堅持依法行政。現將有關情況報告如下:", "順義區人民政府"),
])
def test_a_traditional_government_completed_keeps_its_script(opening, issuer):
    assert read(opening + "\n", "issuer") == issuer


def test_a_traditional_bureau_stays_as_written():
    assert read("2023年,香洲區司法局堅持依法行政,全年辦理法律援助案件180件。\n", "issuer") == "香洲區司法局"


def test_a_simplified_government_completed_stays_simplified():
    assert read("2022年,海淀区政府深入推进法治政府建设,全年办理行政复议案件260件。\n", "issuer") == "海淀区人民政府"


BOX_VALUES = "11330299001234567X/2025-100231\n市人力社保局\n人大代表建议\n其他\n2025-06-30\n2025-06-30\n{scope}\n"


@pytest.mark.parametrize("scope", ["面向社会", "主动公开"])
def test_a_box_s_values_without_labels_give_no_title(scope):
    text = BOX_VALUES.format(scope=scope) + "林青代表:\n您提出的关于加强劳动争议调解工作的建议已收悉。现答复如下。\n"
    assert read(text, "title") is None


def test_the_title_under_a_box_s_values_is_read():
    title = "青禾县2024年政府信息主动公开工作年度报告"
    text = BOX_VALUES.format(scope="面向社会") + f"{title}\n2024年,我县深入推进政务公开,主动公开政府信息1200条。\n"
    assert read(text, "title") == title


def test_a_longer_headline_ending_in_information_is_no_column():
    headline = "青禾县公开法律援助办案信息"
    text = f"{headline}\n发布时间:2025-01-10\n2024年,青禾县法律援助中心共办理案件860件。\n"
    assert read(text, "title") == headline


def test_an_image_s_markup_over_the_headline_is_no_title():
    text = "![](pic/0412.jpg)\n白沙镇调解室一年化解纠纷百余件\n2023年,白沙镇调解室共调解纠纷112件,调解成功率96%。\n"
    assert read(text, "title") == "白沙镇调解室一年化解纠纷百余件"


def test_a_headline_holding_a_triangle_later_stays():
    headline = "全市行政诉讼败诉率▲回落两个百分点"
    text = f"{headline}\n发布时间:2025-01-10\n2024年,全市行政诉讼败诉率为6%。\n"
    assert read(text, "title") == headline


def test_a_labelled_box_s_range_below_its_label_leaves_the_title():
    title = "白沙镇2024年度法治政府建设工作报告"
    text = (f"  • 发布机构:\n\n    白沙镇\n\n  • 公开方式:\n\n    主动公开\n\n{title}\n\n发布时间: 2025-01-20 10:02\n\n"
            "2024年,白沙镇坚持依法行政,办理行政复议案件12件。\n")
    assert read(text, "title") == title


COVER_BODY = ("本报告根据政府信息公开条例编写而成,统计期限自2024年1月1日起至2024年12月31日止。\n"
              "2024年,全市主动公开政府信息3200条,受理依申请公开240件。\n"
              "下一步,我们将继续深化政务公开,提升公开质量。\n")


def test_a_cover_s_body_over_its_month_is_the_issuer():
    text = "东湖市人民政府\n2025年3月\n" + COVER_BODY
    assert read(text, "title") is None
    assert read(text, "issuer") == "东湖市人民政府"
    assert read(text, "issuer how") == "header"


def test_a_site_s_name_over_a_plain_paragraph_is_no_issuer_header():
    assert read("东湖市人民政府\n" + COVER_BODY, "issuer how") != "header"
