"""Metadata cues of the catalog, each with a text it must decide and a twin it must not.

Every header below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def field(text: str, name: str):
    record = extract(text)
    if name == "issuer":
        return record.issuer.name if record.issuer else None
    if name in ("province", "city", "county"):
        return getattr(record.region, name) if record.region else None
    return getattr(record, name)


CASES = [
    # --- genre -----------------------------------------------------------------------
    ("dateline 日电 makes a news item",
     "江城法院召开新闻发布会\n本报南昌3月5日电 3月4日，江城市中级人民法院召开新闻发布会。", "kind", "news"),
    ("without a dateline it is no news item",
     "江城法院召开新闻发布会\n3月4日，江城市中级人民法院召开新闻发布会。", "kind", "other"),
    ("a wire dateline (…网…日电) makes a news item",
     "西河州调解矛盾纠纷三万件\n中新网西河1月6日电（记者 胡林）记者6日从西河州司法局获悉，调解工作成效明显。",
     "kind", "news"),
    ("X月X日讯 makes a news item",
     "东湖区法院发布年度白皮书\n3月12日讯 近日，东湖区人民法院发布白皮书，负责人出庭应诉率达九成。", "kind", "news"),
    ("a portal's 【…网讯】 makes a news item",
     "南岭中院发布行政审判白皮书\n【南岭网讯】南岭市中级人民法院日前发布白皮书，负责人出庭应诉率明显上升。", "kind", "news"),
    ("a named author makes a news item",
     "“法律明白人”进村入户\n发布时间：2023-11-14　来源：东河县司法局　作者：李明华\n今年以来，县司法局培训法律明白人三百名。",
     "kind", "news"),
    ("an office as author does not",
     "东山区司法局2022年工作总结\n发布时间：2023-01-10　作者：区司法局\n2022年，区司法局认真履行职责，各项工作取得新成效。",
     "kind", "annual_report"),
    ("an author left anonymous does not",
     "2008年工作总结\n作者：佚名　来源：本站原创　更新时间：2009-1-12\n2008年，我局认真履行职责，各项工作取得新成效。",
     "kind", "annual_report"),
    ("a newspaper as source makes a news item",
     "东山县调解工作见实效\n来源：海城日报\n东山县各级调解组织今年以来化解纠纷一千余件，群众满意度不断提升。", "kind", "news"),
    ("the site itself as source does not",
     "东山县调解工作见实效\n来源：本网\n东山县各级调解组织今年以来化解纠纷一千余件，群众满意度不断提升。", "kind", "other"),
    ("a government portal as 来源 makes no news item",
     "东山县2023年法治政府建设年度报告\n来源：东山县人民政府门户网站\n2023年，县政府坚持依法行政，各项工作取得新成效。",
     "kind", "annual_report"),
    ("nor an agency's own site",
     "东山县司法局2023年法治政府建设年度报告\n来源：东山县司法局网\n2023年，县司法局坚持依法行政，各项工作取得新成效。",
     "kind", "annual_report"),
    ("a news site as 来源 still does",
     "东山县2023年法治政府建设年度报告\n来源：海城新闻网\n2023年，县政府坚持依法行政，各项工作取得新成效。",
     "kind", "news"),
    ("a mirror's 来源：网络 does not",
     "东山县司法局2020年工作总结\n来源：网络\n2020年，东山县司法局全面完成各项工作任务。", "kind", "annual_report"),
    ("catalogue labels make a yearbook entry",
     "书名：\n一级目：政治\n二级目：司法行政\n司法行政\n全年，全县调解纠纷500件，调解成功率98%。", "kind", "yearbook"),
    ("other labels do not",
     "栏目：政治\n司法行政\n全年，全县调解纠纷500件，调解成功率98%。", "kind", "other"),
    ("a policy reading is neither the report nor a plan",
     "《东山区人民政府关于2023年度法治政府建设情况的报告》政策解读\n2023年，东山区法治政府建设取得新成效。",
     "kind", "other"),
    ("the report itself is an annual report",
     "东山区人民政府关于2023年度法治政府建设情况的报告\n2023年，东山区法治政府建设取得新成效。", "kind", "annual_report"),
    ("经验交流材料 is a case study",
     "打造矛盾纠纷多元化解新模式\n近年来，我局坚持和发展新时代调解工作，现将经验交流材料报送如下。", "kind", "case_study"),
    ("案情简介 is a case study",
     "兄弟分家起争执 调解员耐心化心结\n【案情简介】\n某村村民张某兄弟二人因宅基地发生争执，诉至村调委会。",
     "kind", "case_study"),
    ("a 通报 of figures is a statistics release",
     "东山区人民政府办公室关于2019年度全区行政机关负责人出庭应诉情况的通报\n2019年，全区出庭应诉率100%。",
     "kind", "statistics"),
    ("a 公示 of figures is a statistics release",
     "西夏区法律援助中心2023年度案件办理情况公示\n2023年度共办理法律援助案件300件。", "kind", "statistics"),
    ("a monthly 要情 is a statistics release",
     "7月份全旗矛盾纠纷排查化解工作要情\n7月份，全旗调解组织受理纠纷143件，调解成功139件。", "kind", "statistics"),
    ("a 统计数据 breadcrumb makes a statistics release",
     "首页 > 政务公开 > 统计数据\n东山区司法行政工作主要情况\n全年受理调解案件1200件，调解成功1180件。",
     "kind", "statistics"),
    ("a notice issuing a work plan is a plan",
     "东山市人民政府办公室关于印发2024年全市法治政府建设工作要点的通知\n各县（区）人民政府：\n现将工作要点印发给你们。",
     "kind", "plan"),
    ("a summary followed by next year's plan is an annual report",
     "东山州司法局2022年工作总结和2023年工作计划\n2022年，州司法局各项工作取得新成效。", "kind", "annual_report"),

    # --- title -----------------------------------------------------------------------
    ("a headline with a figure and no title word is the title",
     ("首页 > 新闻中心\n临江镇：今年化解邻里纠纷356件\n2021-12-20 08:30　来源：东湖晚报\n"
      "东湖晚报讯（记者 王立）近日，记者从区司法局获悉，今年以来该镇共化解纠纷356件。"),
     "title", "临江镇：今年化解邻里纠纷356件"),
    ("a site banner above the headline is not the title",
     ("法治资讯网\n登录 | 注册\n兄弟分家起争执 调解员耐心化心结\n2024-05-20 10:17  来源：东山区司法局\n"
      "东山镇某村村民张某兄弟二人因宅基地发生争执，调解员多次上门。"),
     "title", "兄弟分家起争执 调解员耐心化心结"),
    ("a fragment ending in a comma is no title",
     "近年来,\n全县调解组织不断健全，化解纠纷的能力明显增强。", "title", None),
    ("a 【category】 tag is not part of the title",
     "【法治动态】东山县推进行政复议规范化建设\n东山县司法局近日出台行政复议工作规范。", "title",
     "东山县推进行政复议规范化建设"),
    ("a newspaper's name in 《》 is not part of the title",
     "《东湖日报》东山县推进行政复议规范化建设\n东山县司法局近日出台行政复议工作规范。", "title",
     "东山县推进行政复议规范化建设"),
    ("a case's name label is not part of the title",
     "案例名称：东山区构建复议调解衔接机制\n供稿单位：东山区司法局\n【基本情况】\n东山区行政争议多发，复议调解衔接不畅。",
     "title", "东山区构建复议调解衔接机制"),
    ("a date in parentheses after the title is not part of it",
     "2015年度全市行政复议工作相关情况 (2016-04-12)\n近日，我们对全市2015年度的行政复议工作情况进行了汇总。",
     "title", "2015年度全市行政复议工作相关情况"),
    ("a catalogue table's 名称 row is not the title",
     ("发布机构：| 区司法局 | 发文日期：| 2020-01-09\n名　　称：| 东山区司法局2019年度工作总结 | 发布日期：| 2020-01-16\n"
      "东山区司法局2019年度工作总结\n2019年，区司法局各项工作取得新成效。"), "title", "东山区司法局2019年度工作总结"),
    ("a hot-search bar is not the title",
     "热门搜索：工作总结 述职报告 调研报告\n东山市司法局2020年工作总结\n2020年，市司法局较好完成了全年目标任务。",
     "title", "东山市司法局2020年工作总结"),
    ("a yearbook entry is titled by its section heading, not the book",
     "东山年鉴（2015）\n司法行政\n【概况】 2014年，县司法局稳步推进各项工作。\n【公证】 全年办理公证1200件。",
     "title", "司法行政"),
    ("an entry of several topics under no heading has no title",
     "书名：\n一级目：政治\n【行政复议】年内，区政府收到行政复议申请214件。\n【公证】年内，办理公证事项2000件。",
     "title", None),

    # --- report year -----------------------------------------------------------------
    ("今年 in a news headline is the item's year",
     ("临江镇：今年化解邻里纠纷356件\n2021-12-20 08:30　来源：东湖晚报\n"
      "东湖晚报讯（记者 王立）近日，记者从区司法局获悉，今年以来该镇共化解纠纷356件。"),
     "report_year", 2021),
    ("去年 in a news lead is the year before the item's",
     ("东湖法院发布行政审判白皮书\n2022-05-20 08:15　来源：东湖晚报　作者：记者 郑文\n"
      "本报讯 19日，东湖区人民法院通报去年全院行政案件审理情况。"), "report_year", 2021),
    ("上半年 in a news headline is the item's year",
     ("上半年我省行政复议案件稳步增长\n2022-07-15 08:00　来源：东湖日报　作者：记者 李明\n"
      "本报讯 日前，记者从省司法厅获悉，全省新收行政复议案件5000件。"), "report_year", 2022),
    ("a span in the headline leaves the year open",
     ("江城中院发布“十三五”时期行政审判白皮书\n来源：江城日报　2021-05-14\n"
      "本报讯 13日，江城市中级人民法院发布白皮书，去年全市法院新收一审行政案件2318件。"), "report_year", None),
    ("a dated headline gives the year",
     ("江城中院发布2020年度行政审判白皮书\n来源：江城日报　作者：记者 杨帆\n"
      "本报讯 13日，江城市中级人民法院发布白皮书。"), "report_year", 2020),
    ("a white paper named in a news lead gives the year",
     ("江城中院发布白皮书 官员出庭应诉率翻倍\n2020-06-12 11:35　来源：江城网　作者：胡岚\n"
      "【江城网讯】（记者 胡岚）江城市中级人民法院日前发布《2019年度江城法院行政审判白皮书》。"), "report_year", 2019),
    ("a wire dateline is not the lead's opening",
     "西河州调解矛盾纠纷三万件\n中新网西河1月6日电（记者 胡林）2020年，全州调解矛盾纠纷3.94万件。", "report_year", 2020),
    ("a portal's 【…讯】 is not the lead's opening",
     "南岭法院行政审判见成效\n【南岭网讯】（记者 胡岚 南岭报道）2019年，南岭两级法院新收一审行政案件1.02万件。",
     "report_year", 2019),
    ("a paper's …讯 is not the lead's opening",
     "临江镇调解工作见成效\n东湖晚报讯（记者 王立）2021年，临江镇共化解纠纷356件。", "report_year", 2021),
    ("a yearbook's dated line, in Chinese numerals, not the book's edition",
     "东山年鉴（2009）\n司法行政工作\n【概况】 二〇〇八年，县司法局完成各项工作。\n【公证】 办理公证1106件。",
     "report_year", 2008),
    ("2023年以来 in a report statement is a span",
     "关于全县法治政府建设工作情况的报告\n主任、各位副主任：\n受县人民政府委托，现将2023年以来全县法治政府建设工作情况报告如下。",
     "report_year", None),
    ("a year's report statement gives the year",
     "关于全县法治政府建设工作情况的报告\n主任、各位副主任：\n受县人民政府委托，现将2023年全县法治政府建设工作情况报告如下。",
     "report_year", 2023),
    ("a statistics title with a month range keeps its year",
     "东山区司法局2024年1—12月主要业务数据\n发布日期：2025-01-17\n2024年1—12月，全区司法行政主要业务数据如下。",
     "report_year", 2024),

    # --- publication date ------------------------------------------------------------
    ("a mirror's scrape stamp gives way to the paper's date line",
     ("去年全国办结行政复议案件20万件\n发布时间:2023-10-08 14:21:07 来源: sp20231008\n"
      "本报北京3月29日电（记者 林岚）日前发布的报告显示，去年全国办结行政复议案件20万件。\n"
      "《 法治日报 》（ 2023年03月30日 02 版）"), "published", "2023-03-30"),
    ("the page's own 发布时间 line is its date",
     ("去年全国办结行政复议案件20万件\n发布时间:2023-10-08 14:21:07\n"
      "本报北京3月29日电（记者 林岚）日前发布的报告显示，去年全国办结行政复议案件20万件。\n"
      "《 法治日报 》（ 2023年03月30日 02 版）"), "published", "2023-10-08"),
    ("a conversion mirror's glossed label gives way to the sign-off",
     ("東山區司法局2020年工作總結\n發(fā)布時間：2021-03-02　來源：網(wǎng)絡(luò)\n2020年，區司法局全面完成各項工作任務。\n"
      "東山區司法局\n2021年1月8日"), "published", "2021-01-08"),
    ("a plain 发布时间 label beats the sign-off",
     ("東山區司法局2020年工作總結\n發布時間：2021-03-02\n2020年，區司法局全面完成各項工作任務。\n"
      "東山區司法局\n2021年1月8日"), "published", "2021-03-02"),
    ("发布日期 beats 发文日期",
     "东山区司法局2019年度工作总结\n发文日期：| 2020-01-09 | 发布日期：| 2020-01-16\n2019年，区司法局各项工作取得新成效。",
     "published", "2020-01-16"),
    ("发文日期 alone dates the page",
     "东山区司法局2019年度工作总结\n发文日期：| 2020-01-09\n2019年，区司法局各项工作取得新成效。", "published", "2020-01-09"),
    ("a date beside the 来源 dates a news item",
     "东山县司法局发布2021年度人民调解工作报告\n来源：海城日报  2022-02-09\n本报讯（记者 李明）日前，东山县司法局对外发布报告。",
     "published", "2022-02-09"),
    ("a newspaper header line dates the item",
     ("东湖日报　2009年12月21日　星期一　第2版：要闻\n今年我市行政首长出庭应诉率大幅提升\n"
      "本报讯（记者 孙立）12月18日，记者从市中级人民法院获悉，出庭应诉率明显提高。"), "published", "2009-12-21"),
    ("a date in parentheses under the title",
     "东山县司法局2023年法律援助工作总结\n（2023年12月28日）\n2023年，县法律援助中心办理法律援助案件320件。",
     "published", "2023-12-28"),
    ("a date inside a paragraph is no page date",
     "东山县司法局2023年法律援助工作总结\n2023年12月28日，县法律援助中心召开总结会，全年办理法律援助案件320件。",
     "published", None),
    ("a notice signed above its attachment",
     ("东山县人民政府关于印发东山县法治政府建设实施方案的通知\n各乡镇人民政府：\n现将实施方案印发给你们，请认真贯彻执行。\n"
      "东山县人民政府\n2021年11月23日\n东山县法治政府建设实施方案\n一、总体要求\n坚持依法行政。\n二、主要任务\n健全制度。"),
     "published", "2021-11-23"),
    ("更新时间 is a page date",
     "2008年工作总结\n更新时间：2009-1-12\n2008年，我局认真履行职责，各项工作取得新成效。", "published", "2009-01-12"),
    ("信息时间 is a page date",
     "东山市2023年度出庭应诉情况的通报\n【信息时间：2024-01-19 16:20】\n2023年，全市出庭应诉率95%。",
     "published", "2024-01-19"),
    ("a newspaper's dated trailer line",
     "东湖法院发布行政审判白皮书\n本报讯 6月17日，东湖市中级人民法院召开新闻发布会，发布白皮书。\n东湖晚报　2021年06月18日　星期五",
     "published", "2021-06-18"),
    ("a date and time on a line of their own",
     "东山县调解工作见实效\n2018-01-12 08:36\n东山县各级调解组织今年以来化解纠纷一千余件，群众满意度不断提升。",
     "published", "2018-01-12"),

    # --- issuer ----------------------------------------------------------------------
    ("a news item's headline body is not its issuer",
     "东山县司法局发布2021年度人民调解工作报告\n来源：海城日报  2022-02-09\n本报讯（记者 李明）日前，东山县司法局对外发布报告。",
     "issuer", None),
    ("a body joining two fields with 和 is an issuer",
     "东山市人力资源和社会保障局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。", "issuer", "东山市人力资源和社会保障局"),
    ("so is 住房和城乡建设局 opening the text",
     "法治政府建设年度报告\n2023年，东山市住房和城乡建设局坚持依法行政。", "issuer", "东山市住房和城乡建设局"),
    ("two bodies joined by 和 are not one",
     "东山县司法局和公安局联合开展普法\n2023年，两局联合开展普法宣传。", "issuer", "东山县司法局"),
    ("a standing committee's name cut short is no issuer",
     "关于贯彻落实区人大常委会审议意见的报告\n2023年，区政府坚持依法行政。", "issuer", None),
    ("the courts of a whole province are no issuer",
     "全省法院行政审判工作新闻发布会召开\n2023年，全省法院共受理行政案件3000件。", "issuer", None),
    ("a county whose name opens with 全 is a place",
     "2023年法治政府建设年度报告\n2023年，全椒县司法局坚持依法行政。", "issuer", "全椒县司法局"),
    ("a body as a news item's 来源 is its issuer",
     "东湖区法院发布年度白皮书\n发布时间：2024-03-12　来源：长春市朝阳区人民法院\n3月12日讯 近日，该院发布白皮书。",
     "issuer", "长春市朝阳区人民法院"),
    ("the sign-off spells out the title's short form",
     "黔东南州司法局2021年工作总结\n2021年，州司法局各项工作取得新成效。\n黔东南苗族侗族自治州司法局\n2022年1月10日",
     "issuer", "黔东南苗族侗族自治州司法局"),
    ("a sign-off of another body does not replace the title's",
     "黔东南州司法局2021年工作总结\n2021年，州司法局各项工作取得新成效。\n黔东南苗族侗族自治州人民政府\n2022年1月10日",
     "issuer", "黔东南州司法局"),
    ("a notary office", "丽江市公证处2021年度工作总结\n2021年，我处办理公证事项5000件。", "issuer", "丽江市公证处"),
    ("a legal-aid centre",
     "西夏区法律援助中心2023年度案件办理情况公示\n2023年度共办理法律援助案件300件。", "issuer", "西夏区法律援助中心"),
    ("a railway transport court named in the 来源",
     "行政审判白皮书（2020年度）\n2021-04-30 15:21 | 来源：西安铁路运输法院 | 作者：行政审判庭\n前言\n本院集中管辖行政案件。",
     "issuer", "西安铁路运输法院"),
    ("an office (办公室), not its abbreviation (办)",
     "东山市府院联动联席会议办公室关于2023年度出庭应诉情况的通报\n2023年，全市出庭应诉率95%。",
     "issuer", "东山市府院联动联席会议办公室"),
    ("a government's legal-affairs office on the header line",
     "重庆市人民政府法制办公室\n2015年度全市行政复议工作相关情况\n近日，我们对全市行政复议工作情况进行了汇总。",
     "issuer", "重庆市人民政府法制办公室"),
    ("受…委托 is no body's name",
     "关于全县法治政府建设工作情况的报告\n受县人民政府委托，现将全县法治政府建设工作情况报告如下，请予审议。",
     "issuer", None),
    ("供稿单位 names the issuer",
     "案例名称：东山区构建复议调解衔接机制\n供稿单位：徐州市贾汪区司法局\n【基本情况】\n东山区行政争议多发，复议调解衔接不畅。",
     "issuer", "徐州市贾汪区司法局"),
    ("the issuer is named as written, in traditional script",
     "北京市豐臺區人民政府2023年法治政府建設年度情況報告\n2023年，豐臺區紮實推進法治政府建設。",
     "issuer", "北京市豐臺區人民政府"),
    ("a mirror's pinyin glosses are not part of the issuer's name",
     "當前位置：首頁 > 司法局\n東山區(qū)司法局2021年工作總結(jié)\n2021年，區(qū)司法局圍繞中心工作，各項工作取得新成效。",
     "issuer", "東山區司法局"),
    ("a title that names no body has no issuer from its glosses",
     "2021年工作總結(jié)\n2021年，我局圍繞中心工作，各項工作取得新成效。", "issuer", None),
    ("a place whose name holds 和 still names the body in a sign-off",
     "2023年度司法行政工作主要数据\n一、人民调解\n全年受理矛盾纠纷1500件，调解成功1480件。\n天津市和平区司法局\n2024年1月15日",
     "issuer", "天津市和平区司法局"),
    ("two places joined by 和 name no one body",
     "2023年度司法行政工作主要数据\n一、人民调解\n全年受理矛盾纠纷1500件，调解成功1480件。\n城东区和城西区司法局\n2024年1月15日",
     "issuer", None),
    ("地区司法局 is completed with the prefecture the report is about",
     "阿克苏地区2022年法治政府建设工作总结\n2022年，地区司法局在地委、行署领导下扎实推进法治建设。", "issuer", "阿克苏地区司法局"),
    ("区司法局 is completed with the district the report is about",
     "坪山区2022年法治政府建设工作总结\n2022年，区司法局在区委、区政府领导下扎实推进法治建设。", "issuer", "坪山区司法局"),
    ("a yearbook entry has no issuer",
     "东山年鉴（2015）\n司法行政\n【概况】 2014年，东山县司法局稳步推进各项工作。\n（县司法局 王明）", "issuer", None),

    # --- region ----------------------------------------------------------------------
    ("a province's report stays at the province however often it names a city",
     ("青海省人民政府2023年法治政府建设年度报告\n2023年，全省法治政府建设取得新成效，西宁市政务服务事项全程网办。"
      "西宁市行政复议案件增长，西宁市法律援助中心办案1200件。"), "city", None),
    ("a report with no place in its title takes the place its body names",
     ("2023年法治政府建设年度报告\n2023年，全省法治政府建设取得新成效，西宁市政务服务事项全程网办。"
      "西宁市行政复议案件增长，西宁市法律援助中心办案1200件。"), "city", "西宁市"),
    ("a city's report stays at the city however often it names a county",
     "赣州市市场监督管理局2023年法治政府建设工作情况报告\n2023年，市市场监管局持续提升依法行政水平。"
     + "章贡区开展执法检查，" * 8 + "查办案件312件。", "county", None),
    ("a local paper's item on 我市 is about the paper's city",
     ("鹤岗晚报　2010年12月20日　星期一　第2版\n今年我市行政首长出庭应诉率大幅提升\n"
      "本报讯（记者 孙立）12月18日，记者从市中级人民法院获悉，出庭应诉率明显提高。"), "city", "鹤岗市"),
    ("without 我市 the paper's city says nothing of the subject",
     ("鹤岗晚报　2010年12月20日　星期一　第2版\n今年行政首长出庭应诉率大幅提升\n"
      "本报讯（记者 孙立）12月18日，记者从法院获悉，出庭应诉率明显提高。"), "city", None),
    ("a dateline's city is not the subject of a 我省 item in a national paper",
     "上半年我省行政复议案件稳步增长\n来源：人民法院报\n本报南昌3月5日电 全省新收行政复议案件5000件。",
     "city", None),
    ("a yearbook's book line names its place",
     "佳木斯年鉴（2007）\n司法行政\n【概况】 2006年，全市司法行政系统稳步发展。\n【公证】 全年办理公证8000件。",
     "city", "佳木斯市"),
]


@pytest.mark.parametrize("name, text, field_name, expected", CASES, ids=[c[0] for c in CASES])
def test_metadata_cue(name, text, field_name, expected):
    assert field(text, field_name) == expected
