"""The catalog file (catalog.toml) as pydantic models of its TOML sections, and their compilation.

Read only when the compiled catalog is not in the user cache (catalog.py): a run
that finds it there never imports pydantic's models of the file nor parses TOML.
Each TOML section is a model that forbids unknown fields, every pattern must
compile, and the entries must agree with each other (a derivation names metric
keys, a metric's measure words are units the number scanner knows). Errors are
CatalogErrors naming the entry and the field.

In a pattern, ``{YEAR}`` stands for a year written in digits (dates.YEAR),
``{CN_YEAR}`` for one in Chinese digits (dates.CN_YEAR), ``{PLAN_END}`` for a
five-year plan's end (dates.PLAN_END) and ``{MONTH}`` for a month's number (dates.MONTH), ``{AVERAGE}`` for the words of an average per head
or per period (AVERAGE), ``{SUDDEN_OR_MASS}`` for sudden or mass disputes
(SUDDEN_OR_MASS), ``{LAWSUITS}`` for lawsuits named (LAWSUITS), ``{LITIGATION}`` for a lawsuit's word in the
mediation rules (LITIGATION), ``{RESPONDING}`` for responding to
them (RESPONDING), ``{SERVICE_BODIES}`` for the bodies of the other legal services (SERVICE_BODIES),
``{COMPARED_AVERAGE}`` for an average a figure is set against (COMPARED_AVERAGE), ``{YEAR_BEFORE}`` for
the year before or a year named that a figure is compared with (YEAR_BEFORE), ``{AGENTS}`` for the lawyers
and legal advisers acting for a party (AGENTS), ``{HEAD_POST}`` for a head named by post (HEAD_POST), ``{FIRST_INSTANCE_PART}`` for an 一审 sorting lawsuits by instance
(FIRST_INSTANCE_PART), ``{FILE_EXTENSION}`` for a
file's extension (FILE_EXTENSION), ``{TOWN}`` for the 镇 closing a town's name (TOWN),
``{YEAR_PART}`` for a part of a year (YEAR_PART), ``{MEDIATE}`` for the verbs of mediating (MEDIATE), ``{DISPUTES}``
for the disputes mediated (DISPUTES), ``{CORRECTION}`` for the decisions correcting an act (CORRECTION),
``{ADMIN_SUIT}`` for an administrative lawsuit's kind said with 一审 (ADMIN_SUIT), ``{NOT_SUCCEEDED}`` for a mediation's success denied (NOT_SUCCEEDED), ``{CHANGE_VERB}`` for the verbs of a change to a level (CHANGE_VERB), ``{JOINED_MEDIATION}`` for
the mechanisms joining mediation to another body's work (JOINED_MEDIATION), ``{BATCHES}`` for petitions counted by the batch (BATCHES), ``{NOT_MEDIATION}`` for the topics a
mediation count's verb alone may go on from instead (NOT_MEDIATION), ``{SITE_NAME}`` for a site's name
(SITE_NAME), ``{OUTLET_END}`` for how an outlet's name closes (OUTLET_END), ``{BARRED_DAY}`` for a header of bar-parted
fields holding the page's day (BARRED_DAY), ``{ZONE_KIND}`` for the kind closing a development zone's name (ZONE_KIND), ``{STUDY_GROUP}`` for the group of a
body that wrote a study (STUDY_GROUP), ``{PAGE_DAY}`` for a page's day in digits (PAGE_DAY), ``{SEAL_NOTE}`` for a sign-off's seal note (SEAL_NOTE), ``{COMMITTEE_JOINT}`` for what
joins a party committee to its government (COMMITTEE_JOINT); in a metric's labels, ``{SHARE}`` for the wording of a share ([rates].share); in [rates] label_cut
and [series] target_said, ``{ASSESSED}`` for the words of an assessment setting a target ([series].assessed); in [rates] levels,
``{COUNTED}`` for the count closing levels taken together ([rates].levels_counted); in [rates] average_gap, ``{GAP}`` for
the word saying a gap ([rates].gap_said).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    model_validator,
)

from . import lazy_regex as regex
from . import vocab
from .catalog import (
    SET_AGAINST,
    Catalog,
    CatalogError,
    Derivation,
    InstitutionBody,
    InstitutionRules,
    Intake,
    KindRule,
    Lexicon,
    MetricRule,
    NumberWords,
    OthersPageRule,
)
from .dates import CN_YEAR, MONTH, PLAN_END, YEAR
from .scanning import guarded, words_held

# Where a free-form proper name may stand before an institution's suffix (the other
# enumerations the catalog is checked against live in vocab.py).
NamedPlace = Literal["none", "after_head", "anywhere"]

# An average, per head or per period (人均, 平均, 年均, 季均, 月均, 周均, 日均): what every count rule excludes, since it
# is no year's count ({AVERAGE} in a pattern).
AVERAGE = "(?:人均|[平年季月周日]均)"

# Sudden or mass disputes (处置突发矛盾纠纷35件, 化解群体性纠纷12起), which emergency and stability work handles: what
# the mediation counts exclude ({SUDDEN_OR_MASS}); not the kind listed among the kinds of a whole (群体性纠纷等各类…).
SUDDEN_OR_MASS = "(?:突发(?:性)?\\p{Han}{0,4}?|群体性)(?:矛盾)?纠纷(?![等、和及与])"

# Responding to lawsuits (应诉), not the office named for it (行政复议与应诉中心, 复议应诉科), which also takes in
# reconsideration applications: what a reconsideration rule excludes ({RESPONDING}).
RESPONDING = "应诉(?!(?:工作)?(?:服务)?(?:中心|科|股|处|室|局))"

# Lawsuits named (诉讼, 应诉, 法院): said after reconsideration, the topic the figures after them are of ({LAWSUITS} in
# a reconsideration rule's other_topic); not 复议诉讼比, nor a lawsuit that did not follow (未引发行政诉讼), nor the
# lawsuits a multiple or a share is of (受理量达到一审行政诉讼案件的2倍以上,直接纠错率…).
LAWSUITS = "(?<!复议|未\\p{Han}{0,6})诉讼(?!比|\\p{Han}{0,4}?的\\d)|" + RESPONDING + "|法院"

# The bodies of the other public legal services that handle cases (法律援助中心, 法援工作站, 公证处, 公证机构): named after
# reconsideration as the subject of a bare count (…行政复议…。全省法律援助机构办理案件4.3万件), the topic the figures
# after them are of ({SERVICE_BODIES} in a reconsideration rule's other_topic). (The mediators' are excluded by the
# word 调解 itself.)
SERVICE_BODIES = "(?:法律援助|法援)(?:中心|机构|工作站|站)|公证(?:处|机构)"

# The lawyers and legal advisers who act for a party (律师, 公职律师, 法律顾问): the cases they took on or the hearings
# they attended (律师代理行政诉讼案件26件, 法律顾问出庭应诉9件) are their work, neither an agency's lawsuits nor its
# heads' appearances ({AGENTS} in a lawsuit or appearance rule's exclude).
AGENTS = "律师|顾问"
# A head of a government or an agency named by post (县长, 区长, 局长, 厅长): the heads' appearances and their posts
# ({HEAD_POST} in the appearance rules' context and kinds, 副{HEAD_POST} a deputy's).
HEAD_POST = "(?:县|区|市|州|旗|乡|镇|局|厅|署)长"

# An 一审 that sorts lawsuits by instance, so that a total beside it may hold appeals (应诉案件70件,其中一审52件; (一审45件)):
# not one saying how cases were judged (一审判决均胜诉, 一审胜诉3件; every case alike: 一审均胜诉, 一审全部胜诉), nor a gloss
# alone in a bracket saying the whole count is of the first instance (被诉案件共计47件(一审), (均为一审案件))
# ({FIRST_INSTANCE_PART} in a lawsuit rule's sentence_exclude).
FIRST_INSTANCE_PART = "一审(?!(?:均|全部|全|都)?(?:判决|裁判|宣判|胜诉|败诉)|(?:案件)?[)）](?<=[(（](?:均为|均系|全部为|全为|均属)?一审(?:案件)?[)）]))"

# An average a figure is set against (高于全省平均调解成功率98%, 低于2020年全国平均出庭应诉率(41.8%)): another area's or
# the nation's, no figure of the report's own ({COMPARED_AVERAGE} in a rate rule's exclude).
COMPARED_AVERAGE = f"{SET_AGAINST}[\\p{{Han}}\\d]{{0,10}}?平均"

# The year before, or a year named, that a figure is compared with (较上年, 比去年同期, 高于2022年度): in a rate's gap
# from it and a ranking's change since it ({YEAR_BEFORE}).
YEAR_BEFORE = f"(?:上一?年度?|去年|前年|{YEAR}年度?)"

# A file's extension as a shared or uploaded file is named with it (….docx, … .PDF): a document-sharing site's name of
# the report it shows, no title of the report's own ({FILE_EXTENSION}).
FILE_EXTENSION = "\\.(?i:docx?|wps|pdf|txt|pptx?|xlsx?)"

# The 镇 closing a town's name, not the word 乡镇 (the townships in general: 乡镇政府, 各乡镇, 全县乡镇, 12个乡镇): a 乡
# before it is the town's own where one character opens the name, after a county's or a city's name or nothing, that is
# no level nor a word of a whole or a count (中山市三乡镇, 五乡镇人民政府) ({TOWN}).
TOWN = "(?:(?<!乡)|(?<=(?<!(?![市区县旗])\\p{Han})(?![各全每该本我个城省市区县州旗盟镇乡村街])\\p{Han}乡))镇"

# How many characters of a body's place and level may stand between a partner's word and the body's name named in a
# page's head (联合新北区人民法院: 新北区人民; [[quantities.others_page]] partners).
PARTNER_NAME = 8

# The end of a figure counted (1200件, 1.2万件, 三十起): a list mark after it (1200件、行政调解组织调解纠纷350件) lists the
# figures' clauses, not bodies named together or partners ([quantities.other_mediation]).
FIGURE_COUNTED = "(?:\\d|[万千百十])[件宗起例次]{1,2}"

# A part of a year its figures may run over, written after the year (2024年第三季度, 2023年上半年, 2024年1-9月, its first
# month named too: 2024年1月至6月, 1月份—9月份): the year's figures so far, dated by that year ({YEAR_PART}).
YEAR_PART = "(?:第[一二三四]季度|前三季度|[上下]半年|1(?:月份?)?[-—至到]\\d{1,2}月(?:份)?)"

# The decisions by which a reconsideration corrects an act (撤销, 变更, 确认违法, 责令履行) ({CORRECTION}): in the
# corrected count's and rate's labels and the rules around them, alone or listed (撤销、变更、确认违法的…).
CORRECTION = "(?:撤销|变更|确认违法|责令履行)"

# The kind of an administrative lawsuit said with 一审 (行政诉讼, 行政应诉, 行政: 一审行政诉讼案件, 行政一审案件)
# ({ADMIN_SUIT}): in the first-instance lawsuits' labels and contexts.
ADMIN_SUIT = "(?:行政诉讼|行政应诉|行政)"

# A lawsuit's word, in the mediation rules ({LITIGATION}); not the 非诉讼 of disputes settled out of court (非诉讼纠纷化解
# 中心, 非诉讼纠纷解决机制), which is mediation's own.
LITIGATION = "(?<!非)诉讼"

# The topics a mediation count's verb said alone (受理…,调解75件; …,成功调解8件; …,成功26件) may go on from, other than the
# mediation: reconsideration, lawsuits and courts, arbitration, petitions (信访, and by their letters and visits: 来信来访,
# 群众来访, 接访, 上访; not the 来信 of 往来信息) and the cases a superior hands down (交办, 督办), the other legal services, complaints, police calls, labour disputes ({NOT_MEDIATION} in a mediation
# rule's other_topic): named last before it in its sentence, the count it goes on from is theirs. Not a court that
# refers its cases to the people's mediators (法院委派委托调解成功…: theirs, as [quantities.other_mediation] reads it),
# nor labour disputes listed among the kinds of the disputes mediated (调解劳动争议、婚姻家庭、邻里纠纷等各类矛盾纠纷1320件,
# 调解邻里、劳动纠纷等…: one kind of the whole, no labour office's).
NOT_MEDIATION = "复议|" + LITIGATION + "|应诉|法院(?!委派|委托)|仲裁|信访|(?<!往)来信|来访|接访|上访|交办|督办|法律援助|法援|公证|律师|投诉|警情|劳动(?!(?:人事)?(?:争议|纠纷)?[、等])"

# The verbs of mediating a dispute (调解, 调处, 化解) ({MEDIATE}): before or after 成功 in the labels of a mediation's
# success, its rate and the rules around them.
MEDIATE = "(?:调解|调处|化解)"

# The disputes a mediation or a search counts (矛盾纠纷, 民间纠纷, 纠纷) ({DISPUTES}).
DISPUTES = "(?:矛盾纠纷|民间纠纷|纠纷)"

# A mediation's success denied (未调解成功10件, 未能成功化解的纠纷3件, 未调解成功率3.3%): the mediations that failed,
# what the success rules exclude ({NOT_SUCCEEDED}); not 未 of another word (涉未成年人纠纷调解成功12件).
NOT_SUCCEEDED = "(?:未|没有?|不能)能?" + MEDIATE + "?成功"

# The verbs of a change to the level reached (上升至, 提高到, 下降为, 回落至, 压降至; the level reached said so, 由2022年的87%
# 达到2023年的100%) ({CHANGE_VERB}), in the series' rules.
CHANGE_VERB = "(?:上升|提高|提升|增长|增加|下降|降低|减少|攀升|跃升|回升|回落|压降|压减|升|降|达)"

# The mechanisms joining mediation to another body's work (诉调对接, 警调对接, 访调对接, 府院联动) ({JOINED_MEDIATION}): what
# comes through one or is counted by one is that body's share, in the mediation keys' exclusions.
JOINED_MEDIATION = "(?:(?:诉调|警调|公调|检调|访调|调援|援调|交调)对接|府院联动)"

# Petitions counted by the batch (到县访9批21人次, 已成功化解8批): a 信访 count, no dispute's; a sentence counting so rates
# petitions resolved, not mediations ({BATCHES}). Not a batch's rank (第3批).
BATCHES = "(?<![第\\d])\\d+批"

# The State Council's ministries, commissions and administrations, each a national body named by itself, in full or
# by the short name it goes by (交通运输部, 国家发展改革委, 审计署, 海关总署, 市场监管总局, 国家统计局, 国家医保局) ({STATE_BODY}); a
# longer name before its short form, which it opens with (国家发展和改革委员会, not 国家发展和改革委). Not a department of
# a body (部门), nor the tax administration, whose provincial bureaus open with its name (国家税务总局某省税务局).
# The bodies the 2018 reform merged or renamed go by their names of before in the reports of the years before (2017年,
# 环境保护部坚持…; 国土资源部, 农业部, 文化部, 国家卫生计生委, 国家工商总局, 国家质检总局, 国家安全监管总局, 国家林业局,
# 国家新闻出版广电总局, 中国银监会), and so do the reports since that speak of those years (原环境保护部): a national body
# as much; the ministry's short form (住房城乡建设部, 国家广电总局) too. Not a department of one (农业部门, 文化部门).
STATE_BODY = (
    "(?:外交|国防|国家安全|科学技术|工业和信息化|公安|民政|财政|教育|商务|生态环境|自然资源|住房和城乡建设|住房城乡建设"
    "|交通运输|水利|农业农村|文化和旅游|人力资源和社会保障|人力资源社会保障|退役军人事务|应急管理|科技|工信|文旅|住建|人社"
    "|国土资源|环境保护|农业|文化|卫生|监察)部(?!门)"
    "|国家(?:发展和改革|民族事务|卫生健康|卫生和计划生育)委员会|国家(?:发展改革|卫生健康|卫健|卫生计生)委(?!员)|国家民委"
    "|国务院国有资产监督管理委员会|国务院国资委|中国人民银行|审计署|海关总署|国家国际发展合作署"
    "|(?:国家)?(?:市场监督管理|市场监管|金融监督管理|金融监管|广播电视|广电|体育)总局"
    "|国家(?:工商行政管理|工商|质量监督检验检疫|质检|安全生产监督管理|安全监管|食品药品监督管理|食品药品监管"
    "|新闻出版广播电影电视|新闻出版广电)总局"
    "|国家(?:统计|知识产权|医疗保障|信访|能源|烟草专卖|移民管理|林业和草原|铁路|邮政|文物|中医药管理|疾病预防控制"
    "|矿山安全监察|消防救援|外汇管理|药品监督管理|数据|粮食和物资储备|国防科技工业|机关事务管理"
    "|医保|林草|药监|移民|中医药|疾控|矿山安监|粮食和储备|国防科工|外汇|林业|旅游|海洋|测绘地理信息|粮食)局"
    "|中国(?:民用航空|气象|地震)局|中国民航局|中国证券监督管理委员会|中国证监会"
    "|中国(?:银行业|保险|银行保险)监督管理委员会|中国(?:银|保|银保)监会"
)

# The occasion a speech or a report was delivered on, on its own line under the title, in brackets or after a dash or
# not (—2015年11月2日在某某会议上, (2022年6月28日在某市人民代表大会常务委员会第三次会议上), its month alone: ——2023年6月在某市
# 人大常委会会议上; said with 于 too: (2023年8月29日于某市人大常委会第十四次会议上)), or wrapped at the margin, either
# half (…在某区第十九届人民代表大会 / 第一次会议上) ({OCCASION}).
OCCASION = ("^\\(?[-—]*\\s*" + YEAR + "年\\d{1,2}月(?:\\d{1,2}日)?[在于][^。\\n]{2,60}(?:上\\)?|大会|委员会)$"
            "|^(?:常务委员会)?第\\p{Han}{1,4}次(?:全体)?会议上\\)?$")

# A body's work report to a people's congress, as its title or a sentence names it (政府工作报告, 人民法院工作报告,
# 人民检察院工作报告, 人大常委会工作报告, 人民代表大会常务委员会工作报告) ({CONGRESS_REPORT}).
CONGRESS_REPORT = "(?:政府|法院|检察院|常委会|常务委员会)工作报告"

# A site's name (某区人民政府门户网站, 某省人民政府网, 某县司法局网站: a place, its body, the site) ({SITE_NAME}): a page's <title> may
# hold it alone, and a portal's banner line before its web address.
SITE_NAME = ("\\p{Han}{2,16}?(?:省|市|区|县|州|旗|盟)(?:人民政府|政府|\\p{Han}{1,10}?(?:局|委员会|委|厅|法院|检察院|办公室))?"
             "(?:门户网站|政府网站|官方网站|门户网|人民政府网|政府网|政务网|官网|网站)")

# The kind of a development zone closing its name, up to its 区 (开发区, 经济技术开发区, 高新区, 工业园区, 综合保税区, 新区)
# ({ZONE_KIND}): the name never ends inside the kind (经济技术开发区 is no 济技术's, 综合保税区 no 综合's), in the bodies a
# zone has, its committee and its party's working committee.
ZONE_KIND = ("(?<![济术业工技高合])(?:(?:经济技术|高新技术产业|经济|工业|产业|化工|科技|农业)?开发|(?:工业|产业|化工|科技|农业|"
             "高新技术产业)?园|高新|经开|综保|(?:综合)?保税港?|新|度假|景|自贸|(?:边境经济|经济)?合作|(?:经济)?特|"
             "(?:(?:经济)?综合)?[实试]验)区")

# The characters an outlet's or a site's name closes with (某某日报, 某某网, 新华社, 某某客户端, 某某发布) ({OUTLET_END}):
# a run of seven or more Han characters before a day that ends otherwise is a headline, no outlet's dated line.
OUTLET_END = "(?:报|网|社|台|版|客户端|新闻|号|频道|头条|在线|发布|视频|之声|中心|传媒|平台|微信|微博|杂志|周刊)"

# A sign-off's note where the body's seal goes, in brackets after its name (某县人民政府(盖章), 某县司法局(印), 某局(代章),
# (单位盖章)) ({SEAL_NOTE}): the name before it signs the report; page_date_line's sign-off lines and the seal_note cue.
SEAL_NOTE = "\\((?:单位)?(?:盖章|签章|公章|印章|代章|章|印)\\)"

# A page's day as its header or its footer writes it, in digits, its time after it or not (2023-07-01, 2024/03/15,
# 2023年07月01日 09:30) ({PAGE_DAY}): the day of a page_date_line (its view counter beside it) and of {BARRED_DAY}.
PAGE_DAY = YEAR + "(?:-\\d{1,2}-\\d{1,2}|/\\d{1,2}/\\d{1,2}|年\\d{1,2}月\\d{1,2}日)(?:[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?)?"

# A page's header of fields parted by bars, one of them its day alone (its time after it or not), first or after a bar,
# no other digit on its line (时事分析 | 法制 | 2017-07-01 | 某某报, 2023年07月01日 | 来源:某某网, 首页 | 新闻中心 |
# 2023-07-01; not a table's row of figures: 法律援助 | 2021-12-31 | 860) ({BARRED_DAY}): a date line of the page, no
# headline.
_BARRED_DAY_ALONE = PAGE_DAY + "[ \\t]*"
BARRED_DAY = ("^(?:\\s*" + _BARRED_DAY_ALONE + "[|｜][^\\d\\n]{0,60}|[^\\d\\n]{0,60}[|｜][ \\t]*" + _BARRED_DAY_ALONE
              + "(?:[|｜][^\\d\\n]{0,60})?)$")

# The last character of a body's name (白沙镇, 街道办事处, 县人民政府, 人民法院, 司法局, 司法所, 委员会, 人民法庭, 服务中心,
# 执法大队, 工作站) ({BODY_END}): what joins a second body right after it (list_join's 和, name_verbs' 同) joins only there.
BODY_END = "[镇乡道处府院局所委庭心队站]"

# The heading of a block of links to other items under an article (相关链接, 相关阅读, 推荐阅读, 延伸阅读) ({RELATED_LINKS}):
# the HTML reader drops the heading as page furniture, and metadata reads nothing of the text's place from the block.
RELATED_LINKS = "(?:相关(?:链接|文章|阅读|新闻)|推荐阅读|延伸阅读)"

# The group of a body that wrote a study, closing its byline (某区司法局课题组, 某市中级人民法院联合调研组, 某委员会专题调研组)
# ({STUDY_GROUP}): the title's furniture after a study's title and the study_group cue.
STUDY_GROUP = "(?:联合|专题)?(?:调研)?(?:课题组|调研组)"

# The verbs saying a body put out, heard or reviewed a report, not that it is one (发布…白皮书, 听取…汇报, 审议通过…报告)
# ({REPORT_HEARD}): what no title of the yearly report follows, and what a day's meeting did with the year's report.
REPORT_HEARD = "(?:发布|公布|通报|审议|听取|报送|印发)"

# A city bureau's office in a district or a zone, named by its place after the bureau (市公安局福田分局, 市交通运输局
# 龙岗管理局, 市场监督管理局南山监管局): the words of {BUREAU_OFFICE}, the office_after_bureau cue of a title's author, and the
# first of the lexicon's bodies_after_place, read after a bureau by metadata._branch_end (Lexicon.bureau_offices).
BUREAU_OFFICES = ("分局", "监管局", "管理局")
BUREAU_OFFICE = "(?:" + "|".join(BUREAU_OFFICES) + ")"

# What joins a party committee's name to its government's ({COMMITTEE_JOINT}: 恩施州委、州政府, 白沙镇党委 镇政府): one of
# vocab.COMMITTEE_JOINERS, or one of vocab.COMMITTEE_JOINING_WORDS in group `word` (the pair only before a verb of
# leading): the committee_joined and town_committee_joined cues of [metadata.cues].
COMMITTEE_JOINT = "(?:[" + "".join(vocab.COMMITTEE_JOINERS) + "]|(?P<word>[" + "".join(vocab.COMMITTEE_JOINING_WORDS) + "]))"

# --- the file, as pydantic models of its TOML sections -----------------------------------


# The placeholders a catalog pattern may name, each with what it stands for.
_PLACEHOLDERS = {"{YEAR}": YEAR, "{CN_YEAR}": CN_YEAR, "{MONTH}": MONTH, "{AVERAGE}": AVERAGE,
                "{SUDDEN_OR_MASS}": SUDDEN_OR_MASS, "{LAWSUITS}": LAWSUITS, "{RESPONDING}": RESPONDING,
                "{SERVICE_BODIES}": SERVICE_BODIES, "{COMPARED_AVERAGE}": COMPARED_AVERAGE, "{FILE_EXTENSION}": FILE_EXTENSION,
                "{TOWN}": TOWN, "{YEAR_PART}": YEAR_PART, "{NOT_SUCCEEDED}": NOT_SUCCEEDED, "{MEDIATE}": MEDIATE, "{CORRECTION}": CORRECTION, "{ADMIN_SUIT}": ADMIN_SUIT,
                "{DISPUTES}": DISPUTES,
                "{BATCHES}": BATCHES, "{CHANGE_VERB}": CHANGE_VERB, "{JOINED_MEDIATION}": JOINED_MEDIATION, "{NOT_MEDIATION}": NOT_MEDIATION, "{LITIGATION}": LITIGATION,
                "{STATE_BODY}": STATE_BODY, "{OCCASION}": OCCASION, "{CONGRESS_REPORT}": CONGRESS_REPORT,
                "{SITE_NAME}": SITE_NAME, "{AGENTS}": AGENTS, "{HEAD_POST}": HEAD_POST, "{FIRST_INSTANCE_PART}": FIRST_INSTANCE_PART, "{ZONE_KIND}": ZONE_KIND,
                "{RELATED_LINKS}": RELATED_LINKS, "{OUTLET_END}": OUTLET_END, "{PAGE_DAY}": PAGE_DAY, "{SEAL_NOTE}": SEAL_NOTE, "{BARRED_DAY}": BARRED_DAY,
                "{PLAN_END}": PLAN_END, "{STUDY_GROUP}": STUDY_GROUP, "{BODY_END}": BODY_END,
                "{YEAR_BEFORE}": YEAR_BEFORE, "{REPORT_HEARD}": REPORT_HEARD,
                "{BUREAU_OFFICE}": BUREAU_OFFICE,
                "{COMMITTEE_JOINT}": COMMITTEE_JOINT}


def _expand(pattern: str) -> str:
    """A catalog pattern as the regex engine reads it: its _PLACEHOLDERS spelled out; it must compile."""
    expanded = pattern
    for placeholder, spelled in _PLACEHOLDERS.items():
        expanded = expanded.replace(placeholder, spelled)
    try:
        regex.compile(expanded)
    except regex.error as exc:
        raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from None
    return expanded


Text = Annotated[str, Field(min_length=1)]
PatternText = Annotated[str, Field(min_length=1), AfterValidator(_expand)]
PatternList = Annotated[list[PatternText], Field(min_length=1)]
Words = Annotated[list[Text], Field(min_length=1)]


class _Table(BaseModel):
    # defer_build: validators are built when a file is validated, not when a run reads the cached catalog
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Defaults(_Table):
    measure_words: Words
    connector: PatternText
    part_marker: PatternText  # the words that open a part of a total
    count_noun: PatternText  # the noun a count's label may end in (案件数, 案件数量, 败诉数)
    each: PatternText  # a connector that makes a count each unit's (均)
    units_bounded: PatternText  # a number of units before a bound count, which it makes each unit's bound
    share_of_whole: PatternText  # said right after a count, its share of a whole it is a part of
    whole_keys: Words  # the keys whose counts such a share makes parts (the totals, not what a total holds)
    share_of_earlier_stage: PatternText  # a count's share of the cases at a stage before its own: how many completed
    completed_keys: Words  # the keys of a later stage, whose counts such a share leaves the whole's own
    carried_over: PatternText  # after a part marker, a gloss naming cases carried over from the year before (上年结转)
    intake_keys: Words  # the keys of the cases received, whose counts a gloss holding those carried over makes none
    closing_words: Words  # the words of a count said closed, which such a gloss leaves its key
    appeals_split: PatternText  # a split of lawsuits naming a court above a basic one, or a retrial, with its count
    appeals_keys: Words  # the keys of first-instance counts, which such a split after them makes none
    share_of_closed: PatternText  # a share of the cases closed: after a count no two keys derive a rate of, that rate
    body_measure_words: Words  # measure words of bodies and places more often than of cases (个)
    cases_after_body_word: PatternText  # a noun after such a count that opens with cases (5个行政案件…): it labels it
    item_nouns: Words  # measures or matters a part after a semicolon counts of its own (便民措施103项)
    item_measure_words: Words  # the measure words they are counted in (项, 条)
    summed: PatternText  # connectors that make a count a sum (累计, 共计)
    specialised_disputes: PatternList  # disputes a specialised mediation body takes (医疗纠纷): its counts are parts
    generic_nouns: PatternList  # nouns a count of anything handled ends in (案件, 事项): no service's after a list of them


class MetricEntry(_Table):
    key: Text
    label: Text
    unit: vocab.Unit
    labels: PatternList
    range: tuple[float, float] | None = None
    context: PatternList | None = None
    exclude: PatternList | None = None
    sentence_exclude: PatternList | None = None  # anywhere in the sentence, these rule the key out
    zero: PatternList | None = None  # phrases that state the value 0 (零败诉)
    # Phrases saying every case the rate's denominator counted right before them in the sentence was this one
    # (调解纠纷132件,均调解成功): the value is that count.
    all_of: PatternList | None = None
    # The key of the count all_of speaks of, for a key no rate is derived from (受理行政复议案件176件,已全部审结: the
    # closed are all the received); by default the count its rate is a share of.
    all_of_count: Text | None = None
    measure_words: Words | None = None
    # Topics that, named after the context and before the number, make the number theirs (…;行政诉讼案件41件,审结38件)
    other_topic: PatternList | None = None
    # A label that is a verb alone, said on after a count (…,成功调解8件; …,调解成功8件): it goes on from the count
    # before it, so the topic named last before the label decides whose it is, though the label holds the context
    # (新收行政复议案件60件,审结55件,成功调解8件: the reconsideration's). Or a pattern a label opens with that goes on
    # so from the count before it in its clause (since a semicolon): a verb other topics share, with what it settled
    # named after it in words of no one topic (受理行政复议案件300件,化解纠纷120件: the reconsideration's; …;全县化解纠纷
    # 700件 opens a clause of its own).
    continues: StrictBool | PatternText = False
    parts: Words | None = None  # outcomes whose counts add up to the value (撤销, 确认违法 → 纠错)
    # What may follow a part's name and still name that part: the decision, or the act decided on (撤销决定3件,
    # 撤销原具体行政行为22件)
    part_object: PatternText | None = None
    listed_with: Words | None = None  # the other outcomes of a list the parts stand in (维持, 驳回)
    # The ways a count of the key divides into kinds, each the kinds that together are all of it (民事, 经济, 涉外 公证;
    # 国内, 涉外), and what follows a kind's name in its label (公证事项): counts of two kinds listed in a paragraph are
    # parts, none the key's figure; those of every kind of one way add up to it.
    kinds: list[PatternList] | None = None
    kind_object: PatternText | None = None
    # Kinds of no way that makes all of it (the matters notarized: 继承, 委托 公证): listed beside another kind, each is a
    # part as a kind's is, and no sum of them is the key's figure, only one the report says after them (…,共计650件).
    partial_kinds: PatternList | None = None
    # Words opening the label of what was received (收到) and of what of it was admitted after review (受理): where a
    # year's count of both is given, the admitted is a subset of the received, the key's figure.
    received: Words | None = None
    admitted: Words | None = None
    # A ratio whose labels name its terms the other way round from the key's (行政诉讼与行政复议案件比为1.6:1 of the 复议诉讼比):
    # its value is the ratio read the key's way (1:1.6, 0.62).
    inverse: StrictBool = False
    # Words of a count of the applications the cases received came from (受理法律援助申请498件): beside a year's count
    # of those cases (指派法律援助案件486件), the applications give way to it.
    applied: Words | None = None
    # Words of a count of the applications received (受理行政复议申请56件): where no count says a received word, such a
    # count is the received one beside a count its sentence says admitted of them (依法受理52件), which gives way to it.
    applications: Words | None = None

    @model_validator(mode="after")
    def _ordered_range(self) -> MetricEntry:
        if self.range is not None and self.range[0] > self.range[1]:
            raise ValueError("range must be [low, high]")
        return self

    @model_validator(mode="after")
    def _other_topic_of_a_context(self) -> MetricEntry:
        if self.other_topic is not None and self.context is None:
            raise ValueError("other_topic needs a context: it is the topic said after the context")
        if self.continues and self.other_topic is None:
            raise ValueError("continues needs an other_topic: the topic said before the label that makes it another's")
        return self

    @model_validator(mode="after")
    def _parts_in_a_list(self) -> MetricEntry:
        if (self.parts is None) != (self.listed_with is None):
            raise ValueError("parts and listed_with go together: a part is read only in a list of outcomes")
        if self.part_object is not None and self.parts is None:
            raise ValueError("part_object needs parts: it is what follows a part's name")
        return self

    @model_validator(mode="after")
    def _kinds_with_their_object(self) -> MetricEntry:
        if (self.kinds is None) != (self.kind_object is None):
            raise ValueError("kinds and kind_object go together: a kind is named with what it is a kind of")
        if self.partial_kinds is not None and self.kinds is None:
            raise ValueError("partial_kinds needs kinds: they are named with the same object")
        return self

    @model_validator(mode="after")
    def _inverse_of_a_ratio(self) -> MetricEntry:
        if self.inverse and self.unit != "ratio":
            raise ValueError("inverse is a ratio's: its terms are named the other way round")
        return self

    @model_validator(mode="after")
    def _all_of_a_count(self) -> MetricEntry:
        if self.all_of_count is not None and self.all_of is None:
            raise ValueError("all_of_count needs all_of: it is the count the phrases say all of")
        return self

    @model_validator(mode="after")
    def _admitted_of_received(self) -> MetricEntry:
        if (self.received is None) != (self.admitted is None):
            raise ValueError("received and admitted go together: what is admitted is a subset of what is received")
        if self.applied is not None and self.received is None:
            raise ValueError("applied needs received: the applications give way to the cases received")
        if self.applications is not None and self.received is None:
            raise ValueError("applications needs received: the applications are the count received")
        return self


class DeriveEntry(_Table):
    key: Text
    numerator: Text
    denominator: Text
    narrower: list[Text] = []  # words a numerator's label may hold that its rate's lacks: a part of the numerator
    # The label of a count of the cases that called for the numerator's acts, ending at its number (应出庭应诉案件45件
    # before 实际出庭45件): where the numerator's sentence counts them, a denominator the rate may be of.
    due: PatternText | None = None


class Rates(_Table):
    label: PatternText
    label_cut: PatternText
    quoted_head: PatternText  # a quoted name's head word run into the label after it (“民告官”案)
    activities: Words  # an activity named before its outcome's rate after a 、 (考试、通过率): no rate elided
    exclude_label: PatternList
    place: PatternText
    place_average: PatternText  # a place's average after a rate (全市平均为…): no value of that rate
    average_gap: PatternText  # a gap in points from an average or the year before (较全市平均水平高, 较上年高): no level, the one after is
    gap_said: PatternText  # the word saying a gap after what it is from (高出, 少), {GAP} in average_gap
    part: PatternText  # a level or a unit of the area alone after a rate (其中县级调解组织, 村居): its value of that rate
    town: PatternText  # a town named opening a rate's sentence or clause (城关镇调解成功率): a sub-unit's rate
    towns_listed: PatternText  # towns listed and counted running into a rate's label (城关、白沙两镇…率): theirs
    degree: PatternText  # a degree of the public's view listed with rates (满意度): no rate
    places_counted: PatternText
    levels: PatternText  # levels of government listed before a rate's label (市、县两级)
    levels_counted: PatternText  # the count closing levels taken together (两级), {COUNTED} in levels
    ranked: PatternText
    mark_passed: PatternText
    after_rank: PatternText
    share: PatternText
    act_after: PatternText
    units_reaching: PatternText  # the units a level qualifies, right after it (…率达80%以上的司法所): no level reached
    restating: Words
    percent_dropped: PatternText  # a share or a change whose percent sign a text dropped (占信访总量的80)
    per_unit: PatternText  # a rate counted per head, written with no percent sign by right (万人成讼率)
    zero: PatternText  # a rate said to be naught in words, right after its 率 (再犯罪率为零)


class Series(_Table):
    from_: PatternText = Field(alias="from")
    to: PatternText
    after_change: PatternText
    base: PatternText
    values_before_label: PatternList
    actual: PatternText
    target_said: PatternText
    target_beaten: PatternText  # the clause before a rate's target that its level beats (低于, 超过省定)
    target_beaten_close: PatternText  # right after that target's figure (的控制目标)
    assessed: PatternText
    up_to_now: PatternText


class Tables(_Table):
    this_year: PatternList
    last_year: PatternList
    baseline: PatternList
    target: PatternList
    change: PatternList
    annex: PatternText
    total: PatternList
    unit_note: PatternText
    caption_wording: PatternText


class Sections(_Table):
    """How a top-level heading names its kind: one field per kind in vocab.SECTION_KINDS."""

    responsibilities: PatternList
    shortcomings: PatternList
    plans: PatternList
    achievements: PatternList
    target_cue: PatternText
    own_figure_cue: PatternText  # a target_cue match that plans only the figure of its own clause (控制在)
    own_clause_cue_open: PatternText  # right before a target cue, opens a purpose it plans alone (为确保)
    own_clause_cue_goal: PatternText  # after a target cue up to its clause's end, a quoted goal it plans alone
    future_bound: PatternText  # before a bounded figure in its clause, up to it, makes it a target (将办理…)
    target_after: PatternList
    target_before: PatternText
    quota_set: PatternText  # in a count's clause before it, sets the count as a quota (确定…完成, 下达…任务)
    held_frame_open: PatternText  # right before a target cue, opens a level held as the ground of other work (在确保)
    held_frame_close: PatternText  # right after that level's figure, closes it (…的同时, 的基础上)
    target_met_open: PatternText  # in a figure's sentence before it, says a target met (提前完成, 已实现)
    target_met_close: PatternText  # right after the figure, closes the target met (…目标)
    plan_paragraph: PatternText
    target_outcome: PatternText  # after a run-in plan title on its line, tells what was done against it (实际完成)
    plan_document: PatternText
    duty_report: PatternText
    review: PatternList
    bracket_exclude: PatternList
    site_notice: PatternList
    attachments: PatternList
    framing: PatternList
    other_matters: PatternList


class Documents(_Table):
    verbs: PatternList
    generic: PatternList
    unmarked_after_year: PatternText
    law: PatternText
    plan: PatternText
    publication: PatternText


class KindEntry(_Table):
    kind: vocab.Kind
    title: PatternList | None = None
    title_cues: list[str] | None = None  # named cues of [metadata.cues] a title is read with too, as this kind's
    head: PatternList | None = None
    told: PatternList | None = None
    dated: StrictBool = False  # the kind a news dateline or a day's lead makes a text (metadata._kind); one kind at most


class MetadataCues(_Table):
    """The named cues metadata.py reads: each a pattern or a list of alternatives."""

    news_dateline: PatternText | PatternList
    lead_day: PatternText
    press_dateline: PatternText | PatternList
    day_lead: PatternText | PatternList
    day_report: PatternText
    document_title_end: PatternText | PatternList
    familiar_prefix: PatternText | PatternList
    familiar_follow: PatternText | PatternList
    opening_grounds: PatternText | PatternList
    opening_lead: PatternText | PatternList
    town_superior: PatternText
    opening_elsewhere: PatternText | PatternList
    opening_predicate: PatternText | PatternList
    system_subject: PatternText
    body_of_document: PatternText | PatternList
    named_report: PatternText | PatternList
    last_year: PatternText | PatternList
    this_year: PatternText | PatternList
    past_year: PatternText | PatternList
    whole_year: PatternText
    undated_yearly_title: PatternText
    relative_span: PatternText | PatternList
    present_year: PatternText
    named_year: PatternText
    delivered_report: PatternText
    delivered_on: PatternText
    delivery_formula: PatternText
    said_year_end: PatternText
    closing_year: PatternText
    disclosure_field: PatternText
    box_scope_value: PatternText
    keyword_line: PatternText
    page_date_line: PatternText | PatternList
    post_location: PatternText | PatternList
    related_links: PatternText
    photo_caption: PatternText | PatternList
    bar_caption: PatternText
    scrape_stamp: PatternText | PatternList
    minor_date_label: PatternText | PatternList
    title_furniture: PatternText | PatternList
    reprint_title_note: PatternText
    yearbook_book: PatternText | PatternList
    yearbook_label: PatternText | PatternList
    yearbook_path: PatternText | PatternList
    headline_end: PatternText | PatternList
    headline_continued: PatternText | PatternList
    span_title: PatternText | PatternList
    title_period: PatternText | PatternList
    span_statement: PatternText | PatternList
    dateline_place: PatternText | PatternList
    print_record: PatternText | PatternList
    first_published: PatternText | PatternList
    comments_header: PatternText | PatternList
    own_place: PatternText | PatternList
    own_county: PatternText | PatternList
    local_paper: PatternText | PatternList
    portal_welcome: PatternText
    township: PatternText | PatternList
    street_short: PatternText | PatternList
    station_short: PatternText | PatternList
    corps_unit: PatternText
    zone: PatternText | PatternList
    zone_alias: PatternText | PatternList
    zone_office: PatternText
    office_after_bureau: PatternText  # a city bureau's office named after it in a title (…局深汕管理局2024年…)
    closing_credit: PatternText | PatternList
    learned_lead: PatternText | PatternList
    called_back_lead: PatternText
    reporter_line: PatternText | PatternList
    practice_heading: PatternText | PatternList
    duty_part_heading: PatternText | PatternList
    platform_notice: PatternText | PatternList
    closing_source: PatternText | PatternList
    own_street: PatternText | PatternList
    township_title_follow: PatternText | PatternList
    bare_year_follow: PatternText | PatternList
    wrapped_title_opening: PatternText | PatternList
    wrapped_title_end: PatternText | PatternList
    title_joined_plan: PatternText | PatternList
    opening_scope: PatternText | PatternList
    own_subject: PatternText | PatternList
    opening_body: PatternText | PatternList
    subject_before_year: PatternText | PatternList
    year_part: PatternText | PatternList
    planned_year: PatternText | PatternList
    plan_before_summary: PatternText | PatternList
    salutation: PatternText | PatternList
    occasion: PatternText | PatternList
    congress_occasion: PatternText | PatternList
    genre_column: PatternText | PatternList
    statistics_period: PatternText | PatternList
    plan_statement: PatternText | PatternList
    year_window: PatternText
    work_heading: PatternText | PatternList
    work_state_heading: PatternText | PatternList
    basic_state_heading: PatternText | PatternList
    so_far_opening: PatternText | PatternList
    work_done: PatternText | PatternList
    results_heading: PatternText | PatternList
    figures_follow: PatternText | PatternList
    work_as_subject: PatternText | PatternList
    case_state_heading: PatternText | PatternList
    years_account_opening: PatternText | PatternList
    second_point_line: PatternText | PatternList
    dated_opening: PatternText | PatternList
    numbered_opening: PatternText | PatternList
    self_named_report: PatternText | PatternList
    compiled_by: PatternText | PatternList
    report_contact: PatternText
    contact_desk: Words
    office_holder: PatternText | PatternList
    entrusted: PatternText
    study_group: PatternText
    notice_close: PatternText | PatternList
    column_word: PatternText | PatternList
    column_label: PatternText | PatternList
    column_line: PatternText | PatternList
    byline_names: PatternText | PatternList
    affiliated_byline: PatternText | PatternList
    committee_joined: PatternText
    seal_note: PatternText
    town_committee_joined: PatternText | PatternList
    committee_organ_end: PatternText | PatternList
    party_committee: PatternText | PatternList
    party_group: PatternText | PatternList
    government: PatternText | PatternList
    post_header: PatternText | PatternList
    yearly_report_title: PatternText | PatternList
    press_mention: PatternText | PatternList
    title_about: PatternText | PatternList
    term_ordinal: PatternText | PatternList
    title_place: PatternText
    follows_below: PatternText | PatternList
    township_committee: PatternText | PatternList
    shared_file: PatternText | PatternList
    today_line: PatternText | PatternList
    report_passed: PatternText | PatternList
    dateline_alone: PatternText | PatternList
    abstract_label: PatternText | PatternList
    release_statement: PatternText | PatternList
    review_subtitle: PatternText | PatternList
    photo_credit: PatternText | PatternList
    path_step: PatternText | PatternList


class Metadata(_Table):
    debris: PatternList
    title_words: PatternList
    org: PatternText
    self_reference: PatternText
    source_line: PatternText
    published_line: PatternText
    report_statement: PatternText
    kind: Annotated[list[KindEntry], Field(min_length=1)]
    cues: MetadataCues

    @model_validator(mode="after")
    def _title_cues_named(self) -> Metadata:
        if sum(entry.dated for entry in self.kind) > 1:
            raise ValueError("more than one kind is dated: a dateline makes a text one kind")
        for entry in self.kind:
            unknown = [name for name in entry.title_cues or () if name not in MetadataCues.model_fields]
            if unknown:
                raise ValueError(f"kind {entry.kind}: title_cues names no cue of [metadata.cues]: {', '.join(unknown)}")
        return self


class Initiatives(_Table):
    first_claim: PatternText
    programme_nouns: PatternText
    programme_qualifier: PatternText
    launch_verbs: PatternText
    not_programme: PatternList
    topic_prefix: PatternText
    lead_exclude: PatternText
    note: PatternText
    measure_verbs: PatternList


class OtherMediation(_Table):
    keys: Words  # the metric keys of the area's mediation
    bodies: PatternList  # the bodies whose mediation is none of the area's (行政调解, 诉调对接)
    own: PatternList  # the people's mediators (人民调解, 调委会)


class OthersPage(_Table):
    keys: Words  # the metric keys whose figures a page of another body gives as that body's
    subjects: PatternList  # that body named in the page's head, its title and lead (劳动人事争议仲裁院, 派出所)
    own: PatternList  # the area's own service said anywhere, not listed beside others (人民调解): the page is the area's
    partners: PatternList | None = None  # what a body named as the area's partner follows in its clause (联合, 依托, 、)
    scopes: PatternList | None = None  # a town's scope opening a figure's clause (镇村两级), beside its own calls (全镇)


class Quantities(_Table):
    following: PatternText
    following_cut: PatternText
    leading: PatternText
    stages: PatternText  # the verbs of a case's stages that leading leaves in a label (调结), listed before one noun
    share_through: PatternList  # what leads a channel a count went through (依托, 通过)
    share_channels: Words  # the channels (工作室, 平台)
    share_subject_channels: Words  # the channels that may open a count's clause as its subject (平台, 工作室)
    share_channel_verbs: PatternList  # what such a channel does, right after it (受理, 调解)
    share_programmes: Words  # what closes a quoted programme's name said as a channel in a clause of its own (制度)
    share_domains: PatternList  # the domains a count is of (涉企)
    share_groups: Words  # the people a count served (农民工)
    share_respondents: PatternList  # the body a count's cases were brought against (以区政府为被告)
    share_continued: PatternText  # a sentence's opening going on about the share counted before it (目前)
    share_kinds: PatternList  # the kinds of case a label narrows its key to (刑事, 婚姻家庭)
    share_kind_class: PatternText  # a kind of case named by its class (处罚类), before a bracket holding its count
    examples: PatternList  # what opens an example of one place or unit (以…为例, 比如)
    campaigns: PatternList  # what opens a campaign's figures (开展…专项行动), read as an example's
    other_mediation: OtherMediation
    others_page: list[OthersPage]


class BodyEntry(_Table):
    type: vocab.InstitutionType
    suffix: PatternText
    qualifiers: PatternText | None = None
    alone: StrictBool = False
    named: NamedPlace = "none"
    bare: StrictBool = False
    national: StrictBool = False

    @model_validator(mode="after")
    def _matches_something(self) -> BodyEntry:
        others = self.qualifiers is not None or self.alone or self.bare or self.named != "none"
        if self.national and others:
            raise ValueError("a national body is a full name; it takes no other way to match")
        if not (others or self.national):
            raise ValueError("matches nothing (give qualifiers, alone, named, bare or national)")
        return self


def _level_word_keys(levels: dict[str, str]) -> dict[str, str]:
    if not all(1 <= len(word) <= 3 for word in levels):
        raise ValueError("expected a table of level word (one to three characters) = characters")
    return levels


class Institutions(_Table):
    levels: Annotated[dict[str, Text], Field(min_length=1), AfterValidator(_level_word_keys)]
    national_heads: Words
    boundary: Words
    own_calls: Words
    list_join: PatternText
    town_boundary: PatternText
    area_word: PatternText
    stop_chars: Text
    first_stop: Text
    town_first_stop: Text
    town_modifiers: PatternText
    seat_quarters: PatternText
    long_town_exclude: PatternText
    long_town_chars: Text
    leading_verbs: PatternText
    name_verbs: PatternText
    collective: PatternText
    generic: PatternText
    generic_before: PatternText
    generic_after: PatternText
    committee: PatternText
    town_suffix: PatternText
    town_exclude: PatternText
    ethnic_groups: Words
    expansions: list[tuple[PatternText, str]]
    body: Annotated[list[BodyEntry], Field(min_length=1)]


def _two_character_words(words: list[str]) -> list[str]:
    if not all(len(word) == 2 for word in words):
        raise ValueError("expected words of two characters")
    return words


def _single_characters(words: list[str]) -> list[str]:
    if not all(len(word) == 1 for word in words):
        raise ValueError("expected single characters")
    return words


class Banners(_Table):
    site_words: Words
    slogans: Words
    url: PatternText
    source: PatternText
    notices: PatternList


class LexiconTable(_Table):
    page_furniture: PatternList
    common_word_shorts: Words
    furniture_classes: Words
    generic_names: Words
    words_before_generic_names: Words
    names_of_smaller_things: Words
    township_words: Words
    township_openings: Words
    self_reference_prefixes: Words
    bodies_after_place: Words
    source_prepositions: Words
    example_end: Words
    acted_on: PatternText
    reporter_visit: PatternText
    reporter_scene: PatternText
    address_line: PatternText
    own_place_prefixes: Words
    province_phrases: dict[str, Words]
    level_calls: dict[str, PatternText]
    name_end_words: Annotated[Words, AfterValidator(_two_character_words)]
    level_owned_words: Words
    named_after_place: PatternText
    street_after_place: PatternText
    site_name: PatternText
    own_body_calls: Words
    issuing_verbs: Words
    body_prepositions: Words
    own_level_rule_of_law: Words
    work_fields: Words
    first_person_prefixes: Words
    city_parts: Words
    purpose_openers: Words
    purposes_of_place: Words
    particulars_of_place: Words
    number_closers: Annotated[Words, AfterValidator(_single_characters)]


QUANTITY_KINDS = ("percent", "points", "money", "count")
QualifierMeaning = Literal["at_least", "at_most", "less_than", "about"]


class NumberUnits(_Table):
    """Measure words by the kind of quantity they make."""

    percent: Words
    points: Words
    money: Words
    count: Words


class NumberQualifiers(_Table):
    before: Annotated[dict[Text, QualifierMeaning], Field(min_length=1)]
    after: Annotated[dict[Text, QualifierMeaning], Field(min_length=1)]
    approaching: Words

    @model_validator(mode="after")
    def _approaching_is_about(self) -> NumberQualifiers:
        if any(self.before.get(word) != "about" for word in self.approaching):
            raise ValueError("approaching: each word must be an 'about' word of before")
        return self


class NumberChange(_Table):
    up_verbs: Words
    down_verbs: Words
    up_nouns: Words
    down_nouns: Words
    noun_links: list[str]  # "" for none


class NumberCodes(_Table):
    before: Words
    after: Words


class Numbers(_Table):
    units: NumberUnits
    qualifiers: NumberQualifiers
    change: NumberChange
    codes: NumberCodes


class CatalogFile(_Table):
    defaults: Defaults
    metric: Annotated[list[MetricEntry], Field(min_length=1)]
    derive: list[DeriveEntry] = []
    rates: Rates
    series: Series
    tables: Tables
    sections: Sections
    documents: Documents
    metadata: Metadata
    initiatives: Initiatives
    quantities: Quantities
    institutions: Institutions
    banners: Banners
    lexicon: LexiconTable
    numbers: Numbers


# --- errors, named the way the file is read ---------------------------------------------

_ENTRY_NAMES = ("key", "kind", "type")  # the field that names an entry of a [[list]]


def _where(data: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """(entry, field) of an error location: ('metric', 2, 'labels', 0) → ('metric #3 (its key)', 'labels[0]')."""
    loc = tuple(p for p in loc if not (isinstance(p, str) and "[" in p))  # drop pydantic's union-member names
    entry: list[str] = []
    node, i = data, 0
    while i < len(loc) - 1 and isinstance(node, dict):
        name, child, index = loc[i], node.get(loc[i]), loc[i + 1]
        if isinstance(child, dict):
            entry.append(str(name))
            node, i = child, i + 1
        elif isinstance(child, list) and isinstance(index, int) and index < len(child) \
                and isinstance(child[index], dict):
            item = child[index]
            label = next((item[k] for k in _ENTRY_NAMES if isinstance(item.get(k), str)), "?")
            entry.append(f"{name} #{index + 1} ({label})")
            node, i = item, i + 2
        else:
            break
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc[i:]).lstrip(".")
    return ".".join(entry) or "catalog", field


def _message(data: Any, error: Any) -> str:
    entry, field = _where(data, error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"{entry}: unknown field {field!r}"
    if kind == "missing":
        return f"{entry}: missing field {field!r}"
    if kind == "literal_error":
        return f"{entry}: {field} must be one of {error['ctx']['expected']}"
    if kind in ("bool_type", "bool_parsing"):
        return f"{entry}: {field} must be true or false"
    message = str(error["ctx"]["error"]) if kind == "value_error" else error["msg"]
    return f"{entry}: {field}: {message}" if field else f"{entry}: {message}"


# --- cross-references -------------------------------------------------------------------


def _check_references(file: CatalogFile) -> None:
    """What no single entry can check: names and words that must exist elsewhere in the catalog or code."""
    known = frozenset(file.numbers.units.count)  # the count units the number scanner recognizes
    for field in ("measure_words", "body_measure_words", "item_measure_words"):
        unknown = [w for w in getattr(file.defaults, field) if w not in known]
        if unknown:
            raise CatalogError(f"defaults: {field} {unknown} are not units the number scanner knows")
    units: dict[str, str] = {}
    for i, m in enumerate(file.metric):
        where = f"metric #{i + 1} ({m.key})"
        unknown = [w for w in m.measure_words or () if w not in known]
        if unknown:
            raise CatalogError(f"{where}: measure_words {unknown} are not units the number scanner knows")
        if units.setdefault(m.key, m.unit) != m.unit:
            raise CatalogError(f"{where}: unit {m.unit!r} differs from an earlier rule for {m.key!r}")
    for i, m in enumerate(file.metric):
        if m.all_of_count is not None and units.get(m.all_of_count) != "count":
            raise CatalogError(f"metric #{i + 1} ({m.key}): all_of_count {m.all_of_count!r} is not a key of counts")
    missing = [key for key in vocab.HEADLINE_KEYS if key not in units]
    if missing:
        raise CatalogError(f"metric: no [[metric]] for the headline key(s) {missing}")
    unknown = [key for key in file.quantities.other_mediation.keys if key not in units]
    if unknown:
        raise CatalogError(f"quantities.other_mediation: keys {unknown} are not metric keys")
    for i, page in enumerate(file.quantities.others_page):
        unknown = [key for key in page.keys if key not in units]
        if unknown:
            raise CatalogError(f"quantities.others_page #{i + 1}: keys {unknown} are not metric keys")
    for field in ("whole_keys", "completed_keys", "intake_keys", "appeals_keys"):
        unknown = [key for key in getattr(file.defaults, field) if units.get(key) != "count"]
        if unknown:
            raise CatalogError(f"defaults: {field} {unknown} are not keys of counts")
    for i, d in enumerate(file.derive):
        where = f"derive #{i + 1} ({d.key})"
        for field, expected in (("key", "%"), ("numerator", "count"), ("denominator", "count")):
            name = getattr(d, field)
            if name not in units:
                raise CatalogError(f"{where}: {field} {name!r} is not a metric key")
            if units[name] != expected:
                raise CatalogError(f"{where}: {field} {name!r} has unit {units[name]!r}, not {expected!r}")


# --- compiling ----------------------------------------------------------------------------


def _alternatives(patterns: list[str]) -> str:
    """The patterns as one alternation, each in its own group."""
    return "|".join(f"(?:{p})" for p in patterns)


def _alternation(patterns: list[str], suffix: str = "") -> regex.Pattern:
    return regex.compile("(?:" + _alternatives(patterns) + ")" + suffix)


def _with_cues(patterns: list[str] | None, cues: list[str] | None, table: MetadataCues) -> list[str] | None:
    """A kind's title patterns and those of the named cues it reads too (a cue is a pattern or a list of them)."""
    if not cues:
        return patterns
    named = [getattr(table, name) for name in cues]
    return [*(patterns or ()), *(pattern for value in named for pattern in ([value] if isinstance(value, str) else value))]


def _optional(patterns: list[str] | None) -> regex.Pattern | None:
    return _alternation(patterns) if patterns is not None else None


def _words(words: list[str] | None) -> regex.Pattern | None:
    return regex.compile(_any_of(words)) if words is not None else None


def _any_of(words: list[str]) -> str:
    """The words as one alternation, each taken literally."""
    return "|".join(map(regex.escape, words))


def _last_topic(context: list[str] | None, other_topic: list[str] | None) -> regex.Pattern | None:
    """The last of the context and the other topics before a point, searched backwards; `other` holds
    an other topic's match."""
    if context is None or other_topic is None:
        return None
    return regex.compile(f"(?r)(?P<other>{_alternatives(other_topic)})|(?:{_alternatives(context)})")


def _count_noun(noun: str, measure_words: list[str]) -> str:
    """The optional noun ending a count's label: the catalog's (数量, 数), or one made of the rule's own
    measure words (件数, 出庭应诉次数, 出庭应诉人次), so 人数 names no count of cases but 次数 does name
    a count of appearances."""
    several = [w for w in measure_words if len(w) > 1]
    nouns = [f"(?:总)?(?:{_any_of(measure_words)})数", *([_any_of(several)] if several else []), noun]
    return f"(?:{'|'.join(nouns)})?$"


def _parts_listed(parts: list[str] | None) -> list[str]:
    """Two parts or more named together label the whole: 撤销、变更、确认违法和责令履行44件 (not the acts they decided
    on: 撤销、变更行政行为共40件 may be some of the corrections; the labels say when all are)."""
    if parts is None:
        return []
    part = _any_of(parts)
    return [f"(?:{part})(?:[、和或及与](?:{part}))+(?:等)?(?:决定)?"]


def _part(parts: list[str] | None, part_object: str | None) -> regex.Pattern | None:
    """One part ending a subject (其中维持6件,撤销3件, 撤销决定3件), its name as group 1."""
    if parts is None:
        return None
    named = "" if part_object is None else f"(?:{part_object})?"
    return regex.compile(f"({_any_of(parts)}){named}$")


def _kind(kinds: list[list[str]] | None, kind_object: str | None, partial: list[str] | None) -> regex.Pattern | None:
    """A kind's label ending a subject (…办理民事公证事项, 涉外公证, 继承公证: a partial kind's too), the kind's name as
    group 1."""
    if kinds is None or kind_object is None:
        return None
    named = dict.fromkeys([*(kind for way in kinds for kind in way), *(partial or ())])  # (a kind of two ways once)
    ordered = sorted(named, key=len, reverse=True)
    return regex.compile(f"({'|'.join(f'(?:{kind})' for kind in ordered)})(?:{kind_object})$")


def _institutions(t: Institutions) -> InstitutionRules:
    return InstitutionRules(
        levels=tuple(t.levels.items()),
        national_heads=tuple(t.national_heads),
        boundary=tuple(t.boundary),
        own_calls=tuple(t.own_calls),
        list_join=regex.compile(t.list_join),
        town_boundary=regex.compile(t.town_boundary),
        area_word=regex.compile(t.area_word),
        stop_chars=t.stop_chars,
        first_stop=t.first_stop,
        town_first_stop=t.town_first_stop,
        town_modifiers=regex.compile(t.town_modifiers),
        seat_quarters=regex.compile(t.seat_quarters),
        long_town_exclude=regex.compile(t.long_town_exclude),
        long_town_chars=t.long_town_chars,
        leading_verbs=regex.compile(t.leading_verbs),
        name_verbs=regex.compile(t.name_verbs),
        collective=regex.compile(t.collective),
        generic=regex.compile(t.generic),
        generic_before=regex.compile(t.generic_before),
        generic_after=regex.compile(t.generic_after),
        committee=regex.compile(t.committee),
        town_suffix=regex.compile(t.town_suffix),
        town_exclude=regex.compile(t.town_exclude),
        ethnic_groups=tuple(t.ethnic_groups),
        expansions=tuple((regex.compile(pattern), replacement) for pattern, replacement in t.expansions),
        bodies=tuple(
            InstitutionBody(type=b.type, suffix=regex.compile(b.suffix),
                            qualifiers=regex.compile(b.qualifiers) if b.qualifiers is not None else None,
                            alone=b.alone, named=b.named, bare=b.bare, national=b.national)
            for b in t.body
        ),
    )


def metric_rule(m: MetricEntry, file: CatalogFile) -> MetricRule:
    """The compiled rule of one [[metric]] entry of `file` (whose defaults and rates it reads)."""
    d = file.defaults
    return MetricRule(key=m.key, label=m.label, unit=m.unit,
                      measure_words=frozenset(m.measure_words or d.measure_words),
                      labels=_alternation([label.replace("{SHARE}", file.rates.share) for label in m.labels]
                                          + _parts_listed(m.parts),
                                          _count_noun(d.count_noun, m.measure_words or d.measure_words)
                                          if m.unit == "count" else "$"),
                      context=_optional(m.context),
                      exclude=_optional(m.exclude), sentence_exclude=_optional(m.sentence_exclude),
                      zero=_optional(m.zero), all_of=_optional(m.all_of), all_of_count=m.all_of_count, range=m.range,
                      part=_part(m.parts, m.part_object), listed_with=_words(m.listed_with),
                      kind=_kind(m.kinds, m.kind_object, m.partial_kinds),
                      kinds=tuple(tuple(regex.compile(kind) for kind in way) for way in m.kinds or ()),
                      intake=Intake(received=tuple(m.received), admitted=tuple(m.admitted),
                                    applied=tuple(m.applied or ()), applications=tuple(m.applications or ()))
                      if m.received and m.admitted else None,
                      inverse=m.inverse,
                      last_topic=_last_topic(m.context, m.other_topic),
                      continues=m.continues if isinstance(m.continues, bool) else regex.compile(m.continues))


def kind_rule(k: KindEntry, cues: MetadataCues) -> KindRule:
    """The compiled rule of one [[metadata.kind]] entry, whose title_cues name patterns of `cues`."""
    return KindRule(kind=k.kind, title=_optional(_with_cues(k.title, k.title_cues, cues)), head=_optional(k.head),
                    told=_optional(k.told), dated=k.dated)


def _compile(file: CatalogFile) -> Catalog:
    d, meta, sections, docs = file.defaults, file.metadata, file.sections, file.documents
    return Catalog(
        rules=tuple(metric_rule(m, file) for m in file.metric),
        derivations=tuple(Derivation(key=x.key, numerator=x.numerator, denominator=x.denominator,
                                           narrower=tuple(x.narrower),
                                           due=regex.compile(x.due) if x.due is not None else None)
                           for x in file.derive),
        connector=regex.compile(d.connector),
        body_measure_words=frozenset(d.body_measure_words),
        cases_after_body_word=regex.compile(d.cases_after_body_word),
        measures_counted=regex.compile(f"(?:{'|'.join(d.item_nouns)})\\d+(?:{'|'.join(d.item_measure_words)})"),
        summed=regex.compile(d.summed),
        part_marker=regex.compile(f"^(?:{d.part_marker})"),
        part_words=regex.compile(d.part_marker),
        each=regex.compile(d.each),
        units_bounded=regex.compile(d.units_bounded),
        share_of_whole=regex.compile(d.share_of_whole),
        whole_keys=frozenset(d.whole_keys),
        share_of_earlier_stage=regex.compile(d.share_of_earlier_stage),
        completed_keys=frozenset(d.completed_keys),
        holds_carried_over=regex.compile(rf"[(,](?:{d.part_marker})(?:{d.carried_over})"),
        intake_keys=frozenset(d.intake_keys),
        closing_words=tuple(d.closing_words),
        appeals_split=regex.compile(d.appeals_split),
        appeals_keys=frozenset(d.appeals_keys),
        share_of_closed=regex.compile(d.share_of_closed),
        specialised_disputes=_alternation(d.specialised_disputes),
        generic_counted=_alternation(d.generic_nouns, "$"),
        rate_label=regex.compile(file.rates.label),
        rate_label_cut=regex.compile(file.rates.label_cut.replace("{ASSESSED}", file.series.assessed)),
        rate_label_exclude=_alternation(file.rates.exclude_label),
        rate_activity=regex.compile(f"(?:{_any_of(file.rates.activities)})$"),
        rate_activity_reach=max(map(len, file.rates.activities)),
        rate_quoted_head=regex.compile(file.rates.quoted_head),
        rate_percent_dropped=regex.compile(file.rates.percent_dropped),
        rate_per_unit=regex.compile(file.rates.per_unit),
        rate_zero=regex.compile(file.rates.zero),
        rate_place=regex.compile(file.rates.place),
        rate_place_average=regex.compile(file.rates.place_average),
        rate_average_gap=regex.compile(file.rates.average_gap.replace("{GAP}", file.rates.gap_said)),
        rate_gap_said=regex.compile(f"(?:{file.rates.gap_said})了?"),
        rate_part=regex.compile(file.rates.part),
        rate_town=regex.compile(file.rates.town),
        rate_towns_listed=regex.compile(file.rates.towns_listed),
        rate_degree=regex.compile(file.rates.degree),
        places_counted=regex.compile(file.rates.places_counted),
        rate_levels=regex.compile(file.rates.levels.replace("{COUNTED}", file.rates.levels_counted)),
        rate_levels_counted=regex.compile(f"(?:{file.rates.levels_counted})$"),
        rate_ranked=regex.compile(file.rates.ranked),
        rate_mark_passed=regex.compile(file.rates.mark_passed),
        rate_after_rank=regex.compile(file.rates.after_rank),
        rate_share=regex.compile(file.rates.share),
        rate_act_after=regex.compile(file.rates.act_after),
        rate_units_reaching=regex.compile(file.rates.units_reaching),
        rate_restating=tuple(file.rates.restating),
        series_from=regex.compile(file.series.from_),
        series_to=regex.compile(file.series.to),
        series_after_change=regex.compile(file.series.after_change),
        series_base=regex.compile(file.series.base),
        series_values_before_label=tuple(map(regex.compile, file.series.values_before_label)),
        series_actual=regex.compile(file.series.actual),
        series_target_said=regex.compile(file.series.target_said.replace("{ASSESSED}", file.series.assessed)),
        series_target_beaten=regex.compile(file.series.target_beaten),
        series_target_beaten_close=regex.compile(file.series.target_beaten_close),
        series_assessed_before=regex.compile(f"(?:{file.series.assessed})$"),
        series_up_to_now=regex.compile(file.series.up_to_now),
        column_this_year=_alternation(file.tables.this_year),
        column_last_year=_alternation(file.tables.last_year),
        column_baseline=_alternation(file.tables.baseline),
        column_target=_alternation(file.tables.target),
        column_change=_alternation(file.tables.change),
        annex_caption=regex.compile(file.tables.annex),
        row_total=_alternation(file.tables.total),
        caption_wording=regex.compile(file.tables.caption_wording),
        unit_note=regex.compile(file.tables.unit_note),
        section_kinds=tuple((k, _alternation(getattr(sections, k))) for k in vocab.SECTION_KINDS),
        plan_paragraph=regex.compile(sections.plan_paragraph),
        target_outcome=regex.compile(sections.target_outcome),
        plan_document=regex.compile(sections.plan_document),
        duty_report=regex.compile(sections.duty_report),
        review=_alternation(sections.review),
        bracket_exclude=_alternation(sections.bracket_exclude),
        site_notice=_alternation(sections.site_notice),
        attachments=_alternation(sections.attachments),
        framing=_alternation(sections.framing),
        other_matters=_alternation(sections.other_matters),
        target_cue=regex.compile(sections.target_cue),
        own_figure_cue=regex.compile(sections.own_figure_cue),
        own_clause_cue_open=regex.compile(sections.own_clause_cue_open),
        own_clause_cue_goal=regex.compile(sections.own_clause_cue_goal),
        future_bound=regex.compile(sections.future_bound),
        target_after=_alternation(sections.target_after),
        target_after_parts=tuple(map(regex.compile, sections.target_after)),
        target_before=regex.compile(sections.target_before),
        quota_set=regex.compile(sections.quota_set),
        held_frame_open=regex.compile(sections.held_frame_open),
        held_frame_close=regex.compile(sections.held_frame_close),
        target_met_open=regex.compile(sections.target_met_open),
        target_met_close=regex.compile(sections.target_met_close),
        document_verbs=_alternation(docs.verbs),
        document_types=tuple((t, regex.compile(getattr(docs, t))) for t in vocab.DOCUMENT_PATTERN_TYPES),
        generic_title=regex.compile(guarded(f"(?:{_alternatives(docs.generic)})")),
        unmarked_after_year=regex.compile(docs.unmarked_after_year),
        debris=_alternation([*meta.debris, meta.cues.disclosure_field, *file.lexicon.page_furniture]),
        page_furniture=_alternation(file.lexicon.page_furniture),
        title_words=_alternation(meta.title_words),
        org=regex.compile(meta.org),
        self_reference=regex.compile(meta.self_reference),
        source_line=regex.compile(meta.source_line),
        published_line=regex.compile(meta.published_line),
        report_statement=regex.compile(meta.report_statement),
        kinds=tuple(kind_rule(k, meta.cues) for k in meta.kind),
        metadata_cues={name: _alternation(value if isinstance(value, list) else [value])
                       for name, value in meta.cues.model_dump().items()},
        first_claim=regex.compile(file.initiatives.first_claim),
        programme_nouns=regex.compile(file.initiatives.programme_nouns),
        programme_qualifier=file.initiatives.programme_qualifier,
        launch_verbs=regex.compile(file.initiatives.launch_verbs),
        not_programme=_alternation(file.initiatives.not_programme),
        topic_prefix=regex.compile(file.initiatives.topic_prefix),
        lead_exclude=regex.compile(file.initiatives.lead_exclude),
        note=regex.compile(file.initiatives.note),
        measure_verbs=_alternation(file.initiatives.measure_verbs),
        quantity_leading=regex.compile(file.quantities.leading),
        quantity_stages=regex.compile(file.quantities.stages),
        quantity_following=regex.compile(file.quantities.following),
        quantity_following_cut=regex.compile(file.quantities.following_cut),
        share_qualifier=_share_qualifier(file.quantities),
        share_channel_clause=_share_channel_clause(file.quantities),
        share_domain=_alternation(file.quantities.share_domains),
        share_continued=regex.compile(file.quantities.share_continued),
        share_kind=_share_kind(file.quantities),
        share_kind_class=regex.compile(file.quantities.share_kind_class),
        example=_alternation([*file.quantities.examples, *file.quantities.campaigns]),
        example_of_one=_alternation(file.quantities.examples),
        other_mediation_keys=frozenset(file.quantities.other_mediation.keys),
        other_mediation=_other_mediation(file.quantities.other_mediation, file.quantities.others_page),
        other_mediators_words=words_held(regex.compile(_alternatives(file.quantities.other_mediation.bodies))),
        others_pages=tuple(_others_page(page) for page in file.quantities.others_page),
        institutions=_institutions(file.institutions),
        banner=_banner(file.banners),
        banner_words=_banner_words(file.banners),
        lexicon=_lexicon(file.lexicon),
        numbers=_number_words(file.numbers),
    )


def _banner(b: Banners) -> regex.Pattern:
    """A site's banner in a report's text ([banners]): a site's word (group `site`), a slogan or both before a web
    address, a site's word before a slogan; or (group `notice`) a source in brackets naming a site, or a notice."""
    site, slogan = _any_of(sorted(b.site_words, key=len, reverse=True)), _any_of(b.slogans)
    gap = r"[-—–~|:·・, \t]*"  # a pause too: 某某汇,办公文档之家
    return regex.compile(
        f"(?P<site>{site}){gap}(?:(?:{slogan}){gap})?(?:{b.url})|(?P<site>{site}){gap}(?:{slogan})"
        f"|(?:{slogan}){gap}(?:{b.url})"
        f"|(?P<notice>\\([ \t]*(?:{b.source})[ \t]*:?[ \t]*[^()\\n]{{0,20}}?(?:{site})[^()\\n]{{0,10}}?\\)"
        f"|{_alternatives(b.notices)})")


def _banner_words(b: Banners) -> frozenset[str] | None:
    """Words one of which every match of _banner holds: a site's word or a slogan (in each alternative but the
    notices), or a notice's own words (scanning.words_held); None when a notice shows none."""
    held: list[frozenset[str]] = []
    for notice in b.notices:
        if (words := words_held(regex.compile(notice))) is None:
            return None
        held.append(words)
    return frozenset().union(b.site_words, b.slogans, *held)


def _share_qualifier(q: Quantities) -> regex.Pattern:
    """A channel (a `through` word, up to 16 characters of the clause, a channel word; or a channel word within 16
    characters of the clause's start, no whole (全县, 全年) said before it, its name's closing quote after it or none,
    followed by what it does up to the count, in one item of a list: the clause's subject), a domain or a group."""
    channel = f"(?:{_alternatives(q.share_through)})[^,;:。、]{{0,16}}?(?:{_any_of(q.share_channels)})"
    subject = f"\\G(?:(?!全)[^,;:。、]){{0,16}}?(?:{_any_of(q.share_subject_channels)})”?(?=(?:{_alternatives(q.share_channel_verbs)})[^、;]*\\Z)"
    return _alternation([channel, subject, *q.share_domains, _any_of(q.share_groups), *q.share_respondents])


def _share_channel_clause(q: Quantities) -> regex.Pattern:
    """A channel said as a clause of its own (依托“有事好商量”议事平台,): a `through` word opening the clause, up to 16
    characters, a channel word or a quoted programme's name (“村民说事”制度), the clause's end right after."""
    programmes = f"”(?:{_any_of(q.share_programmes)})"
    return regex.compile(f"(?<![^,;:。\\s])(?:{_alternatives(q.share_through)})[^,;:。、]{{0,16}}?"
                         f"(?:{_any_of(q.share_channels)}|{programmes})(?=[,;:])")


def _share_kind(q: Quantities) -> regex.Pattern:
    """A kind that opens the label a count ends: Han characters but 等 from it to the count (searched up to it), as
    many as a label naming the kind's own body holds (医疗纠纷人民调解委员会调解成功率, 物业纠纷专业人民调解委员会…)."""
    return _alternation(q.share_kinds, r"(?:(?!等)\p{Han}){1,16}$")


def _other_mediation(m: OtherMediation, pages: list[OthersPage]) -> regex.Pattern:
    """A body of other mediation (group `other`) not listed beside others (人民调解、行政调解、司法调解联动; a list mark
    after a figure counted lists the figures' clauses, FIGURE_COUNTED: 人民调解组织调解纠纷1200件、行政调解组织…) nor quoted as
    the name of a way of working (深化“访调对接”“诉调对接”), or the people's mediators not named as a body's partners:
    after a partner's word of a page of the same keys ([[quantities.others_page]] partners) in their clause, their place
    and kind between (区法院诉调对接中心依托人民调解窗口,同联合调解委员会、地区(专业)调委会共建…), they are the partners of
    the body named before, whose figures stay its own."""
    partners = [p for page in pages if set(page.keys) & set(m.keys) for p in page.partners or ()]
    partnered = f"(?<!(?<!{FIGURE_COUNTED})(?:{_alternatives(partners)})[\\p{{Han}}()]{{0,{PARTNER_NAME}}})" \
        if partners else ""
    return regex.compile(f"(?P<other>(?<!“)(?<!(?<!{FIGURE_COUNTED})[、和与及])(?:{_alternatives(m.bodies)})(?![、和与及”]))"
                         f"|{partnered}(?:{_alternatives(m.own)})")


def _others_page(page: OthersPage) -> OthersPageRule:
    """A page of another body: its keys, that body named in a head (search) and the area's own service said
    anywhere, not listed beside others (人民调解、行政调解、司法调解 names none) nor quoted (search)."""
    return OthersPageRule(keys=frozenset(page.keys), subject=_alternation(page.subjects),
                          own=regex.compile(f"(?<![、和与及“])(?:{_alternatives(page.own)})(?![、和与及”])"),
                          partner=regex.compile(f"(?:{_alternatives(page.partners)})\\p{{Han}}{{0,{PARTNER_NAME}}}$")
                          if page.partners else None,
                          scope=_alternation(page.scopes) if page.scopes else None)


def _lexicon(words: LexiconTable) -> Lexicon:
    return Lexicon(common_word_shorts=frozenset(words.common_word_shorts),
                   furniture_classes=frozenset(words.furniture_classes),
                   generic_names=frozenset(words.generic_names),
                   words_before_generic_names=frozenset(words.words_before_generic_names),
                   names_of_smaller_things=tuple(words.names_of_smaller_things),
                   township_words=tuple(words.township_words),
                   township_openings=tuple(words.township_openings),
                   self_reference_prefixes=tuple(words.self_reference_prefixes),
                   bureau_offices=BUREAU_OFFICES, bodies_after_place=BUREAU_OFFICES + tuple(words.bodies_after_place),
                   source_prepositions=tuple(words.source_prepositions),
                   example_end=tuple(words.example_end),
                   acted_on=regex.compile(words.acted_on),
                   reporter_visit=regex.compile(words.reporter_visit),
                   reporter_scene=regex.compile(words.reporter_scene),
                   address_line=regex.compile(words.address_line),
                   own_place_prefixes=tuple(words.own_place_prefixes),
                   province_phrases={code: tuple(phrases) for code, phrases in words.province_phrases.items()},
                   level_calls={level: regex.compile(calls) for level, calls in words.level_calls.items()},
                   name_end_words=frozenset(words.name_end_words),
                   level_owned_words=tuple(words.level_owned_words),
                   named_after_place=regex.compile(words.named_after_place),
                   street_after_place=regex.compile(words.street_after_place),
                   site_name=regex.compile(words.site_name),
                   own_body_calls=tuple(words.own_body_calls),
                   issuing_verbs=tuple(words.issuing_verbs),
                   body_prepositions=tuple(words.body_prepositions),
                   own_level_rule_of_law=tuple(words.own_level_rule_of_law),
                   work_fields=tuple(words.work_fields),
                   first_person_prefixes=tuple(words.first_person_prefixes),
                   city_parts=tuple(words.city_parts),
                   purpose_openers=tuple(words.purpose_openers),
                   purposes_of_place=tuple(words.purposes_of_place),
                   particulars_of_place=tuple(words.particulars_of_place),
                   number_closers=frozenset(words.number_closers))


def _number_words(n: Numbers) -> NumberWords:
    return NumberWords(
        units={word: kind for kind in QUANTITY_KINDS for word in getattr(n.units, kind)},
        before=dict(n.qualifiers.before),
        after=dict(n.qualifiers.after),
        approaching=frozenset(n.qualifiers.approaching),
        up_verbs=tuple(n.change.up_verbs),
        down_verbs=tuple(n.change.down_verbs),
        up_nouns=tuple(n.change.up_nouns),
        down_nouns=tuple(n.change.down_nouns),
        noun_links=tuple(n.change.noun_links),
        code_before=tuple(n.codes.before),
        code_after=tuple(n.codes.after),
    )


def validate(path: Path, text: str) -> Catalog:
    """Parse, validate and compile the text of a catalog file read from path."""
    import tomllib  # here, not above: a run that reads the cached catalog never parses TOML

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: {exc}") from None
    try:
        file = CatalogFile.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(f"{path}: " + "; ".join(_message(data, e) for e in exc.errors())) from None
    try:
        _check_references(file)
    except CatalogError as exc:
        raise CatalogError(f"{path}: {exc}") from None
    return _compile(file)


