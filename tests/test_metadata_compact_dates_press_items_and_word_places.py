"""Metadata of more real page shapes, each with a twin the rule must leave alone.

A date line written without separators (发布时间:20240328) or parted from its label by a space (发布日期 2024-03-28), a
headline closed by a reprint site's day-first stamp (…工作 09.01.2015) or a first paragraph opened by a stamp without its
time (2024-12-02 2024年,…), a letterhead over a document's title repeated in wrapped lines, a paper's item reposted by
an office under its 来源 (法治日报讯 记者…), a notice on a year's work worded …工作的情况通报, an everyday word that is also
a county's short name before a department by its level (…局会同县财政局), and lists of places (a menu of provinces,
分别是北京、上海、江苏) naming none. Every sentence below is written for these tests; bodies and figures are made up (the
places are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import regions

_BODY = "\n2023年，青禾县深入推进依法行政，全年办理行政复议案件四十件。\n"
_REPORT = "青禾县2023年法治政府建设情况报告\n"
_ITEM = "青禾县行政复议工作成效明显\n来源:{source} 发布时间:2024-03-28\n\n{lead} 2023年，青禾县司法局办理行政复议案件四十件。\n"

CASES = [
    # --- a date line's day written without separators ---------------------------------------------------
    ("a date label before eight digits dates the page", _REPORT + "发布时间:20240328" + _BODY, "published", "2024-03-28"),
    ("…with no colon after a full date label too", _REPORT + "发布日期20240328 来源:青禾县人民政府" + _BODY,
     "published", "2024-03-28"),
    ("…eight digits that are no day date nothing", _REPORT + "发布时间:20240231" + _BODY, "published", None),
    ("…nor do more digits than a day's", _REPORT + "发布时间:202403281" + _BODY, "published", None),
    ("…nor eight digits without a date label", _REPORT + "索引号:20240328" + _BODY, "published", None),
    # --- a date label parted from its day by a space ------------------------------------------------------
    ("a box's publication date after a space dates the page, not its signing date",
     _REPORT + "成文日期 2024-03-20\n发布日期 2024-03-28" + _BODY, "published", "2024-03-28"),
    ("…a signing date alone still dates it", _REPORT + "成文日期 2024-03-20" + _BODY, "published", "2024-03-20"),
    # --- a reprint site's stamp written day first after the headline ----------------------------------------
    ("a day-first stamp closing the headline dates the page",
     "青禾县司法局扎实做好纠纷调处工作 09.01.2015\n二是抓培训。2014年培训调解员三百人次。", "published", "2015-01-09"),
    ("…and is no part of the title",
     "青禾县司法局扎实做好纠纷调处工作 09.01.2015 09:57\n二是抓培训。2014年培训调解员三百人次。", "title", "青禾县司法局扎实做好纠纷调处工作"),
    ("…dotted figures closing a paragraph date nothing",
     "青禾县司法局扎实做好纠纷调处工作\n二是抓培训。2014年培训调解员三百人次,评分 9.5.2015", "published", None),
    # --- a page's stamp run into its first paragraph without its time ----------------------------------------
    ("a dashed day and a space opening the first paragraph date the page",
     "青禾县执法监督工作取得实效\n2024-12-02 2024年,青禾县司法局新增一项工作。", "published", "2024-12-02"),
    ("…a dashed day run into the sentence dates nothing",
     "青禾县执法监督工作取得实效\n2024-12-02青禾县司法局召开会议,部署全年工作。", "published", None),
    # --- a letterhead over the document's title repeated and wrapped below the page's -------------------------
    ("a letterhead over the title repeated in two lines names the issuer",
     ("青政办〔2011〕9号 转发青禾县行政处罚文书说理指导意见的通知\n发布日期:2011-09-01\n青禾县人民政府办公室\n"
      "转发青禾县行政处罚文书\n说理指导意见的通知\n各乡镇人民政府:\n现将指导意见转发给你们,请认真贯彻执行。"),
     "issuer", "青禾县人民政府办公室"),
    ("…lines that spell another title out name none",
     ("青政办〔2011〕9号 转发青禾县行政处罚文书说理指导意见的通知\n发布日期:2011-09-01\n青禾县人民政府办公室\n"
      "转发青禾县行政处罚文书\n裁量基准的通知\n各乡镇人民政府:\n现将裁量基准转发给你们,请认真贯彻执行。"),
     "issuer", None),
    # --- a paper's item reposted by an office -------------------------------------------------------------
    ("a paper's item reposted by a ministry is no item of the ministry",
     _ITEM.format(source="司法部", lead="法治日报讯 记者张明 通讯员李华"), "issuer", None),
    ("…nor one of the paper's own (本报讯) reposted by a county's office",
     _ITEM.format(source="青禾县人民政府办公室", lead="本报讯(记者 张明)"), "issuer", None),
    ("…nor any dateline with a reporter's byline",
     _ITEM.format(source="青禾县人民政府办公室", lead="3月26日讯 记者 张明"), "issuer", None),
    ("…an item of the body's own site (本网讯) is its own",
     _ITEM.format(source="青禾县人民政府办公室", lead="本网讯"), "issuer", "青禾县人民政府办公室"),
    ("…and so is one dated without a byline (3月26日讯)",
     _ITEM.format(source="青禾县司法局", lead="3月26日讯 近日,"), "issuer", "青禾县司法局"),
    ("…a paper's item is still a news item", _ITEM.format(source="司法部", lead="法治日报讯 记者张明"), "kind", "news"),
    # --- a notice on a year's work -------------------------------------------------------------------------
    ("a notice on a year's work worded 工作的情况通报 is a yearly report",
     "关于2024年度法治政府建设工作的情况通报\n2024年，青禾县司法局全面推进法治政府建设，办理行政复议案件四十件。", "kind", "annual_report"),
    ("…a bulletin of a year's work (工作情况通报) stays a release",
     "青禾县2024年人民调解工作情况通报\n2024年，青禾县司法局全面推进法治政府建设，办理行政复议案件四十件。", "kind", "statistics"),
    # --- an everyday word that is also a county's name ------------------------------------------------------
    ("会同 after a body's name is the word, not 会同县",
     _REPORT + "2023年，县司法局会同县财政局开展专项检查，全面推进法治政府建设。", "county", None),
    ("…会同县 opening a line is the county", "2023年法治政府建设情况报告\n会同县司法局会同县财政局开展专项检查。", "county", "会同县"),
    ("…and after its province as well",
     "2023年法治政府建设情况报告\n2023年，湖南省会同县司法局开展专项检查，全面推进法治政府建设。", "county", "会同县"),
]


@pytest.mark.parametrize(("text", "field", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_metadata(text: str, field: str, expected) -> None:
    assert read(text, field) == expected


@pytest.mark.parametrize("text", ["市司法局会同县财政局", "区法院会同县检察院", "市司法局新建区级调解中心"])
def test_an_everyday_word_after_a_body_names_no_place(text: str) -> None:
    assert [m.text for m in regions.find_mentions(text)] == []


@pytest.mark.parametrize(("text", "expected"), [("市司法局古丈县司法局", ["古丈县"]), ("国家税务总局永康市税务局", ["永康市"])],
                         ids=["a name that is no everyday word", "a local bureau after its national administration"])
def test_a_place_after_a_body_is_named_otherwise(text: str, expected: list[str]) -> None:
    assert [m.text for m in regions.find_mentions(text)] == expected


def _levels(result: regions.RegionResult) -> tuple[str | None, str | None, str | None]:
    return result.province, result.city, result.county


# A list of places names what they share: in a hint (an opening read for its own place) too, a municipality standing
# among provinces; and a site's menu of provinces, one a line, names none of them.
LIST_CASES = [
    ("a list of provinces in a hint names none", "", ["超过3万人的省(市)有5个(分别是北京、上海、江苏、山东、广东)。"],
     (None, None, None)),
    ("…one place in a hint names it", "", ["超过3万人的有青禾县司法局,上海律师最多。"], ("上海市", "上海市", None)),
    ("a menu of provinces, one a line, names none", "北京市\n天津市\n河北省\n山西省\n全国律师人数超过3万人的省份有北京。", [],
     (None, None, None)),
    ("…one place on its line names it", "北京市\n全市律师人数超过3万人,北京律师业务收入居首。", [], ("北京市", "北京市", None)),
    ("…and places run through lines are no menu", "会议在北京市\n天津市\n召开,北京律师业务收入居首。", [],
     ("北京市", "北京市", None)),
]


@pytest.mark.parametrize(("text", "hints", "expected"), [case[1:] for case in LIST_CASES],
                         ids=[case[0] for case in LIST_CASES])
def test_lists_of_places_name_what_they_share(text: str, hints: list[str], expected) -> None:
    assert _levels(regions.resolve(text, hints)) == expected
