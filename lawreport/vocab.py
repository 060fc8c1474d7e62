"""The closed sets of names a record uses, each written once.

Each set is a Literal type, and the tuple of its names is read from it
(typing.get_args), so the record's types (models.py), the catalog's validation
(catalog.py) and the JSON Schema all follow one edit here: adding a document
kind, a section kind or an institution type. Order matters where noted: it is
the order things are tried in.
"""

from __future__ import annotations

from typing import Literal, get_args

# What a report is (metadata `kind`).
Kind = Literal["annual_report", "white_paper", "statistics", "yearbook", "news", "case_study", "plan", "other"]
KINDS: tuple[str, ...] = get_args(Kind)

# Units of a headline metric.
Unit = Literal["count", "%", "ratio"]
UNITS: tuple[str, ...] = get_args(Unit)

# Kinds of a top-level section, in the order a heading's title is tried against
# them; a section that names none of them is "other". Plans come before
# shortcomings: 存在的问题和下一步打算 holds the plans, the figures in it are targets.
SectionCue = Literal["responsibilities", "plans", "shortcomings", "achievements"]
SectionKind = Literal[SectionCue, "other"]
SECTION_KINDS: tuple[str, ...] = get_args(SectionCue)

# Types of a 《》 document: the catalog's [documents] patterns, tried in this
# order, then "document".
DocumentPatternType = Literal["law", "plan", "publication"]
DocumentType = Literal[DocumentPatternType, "document"]
DOCUMENT_PATTERN_TYPES: tuple[str, ...] = get_args(DocumentPatternType)

# How a number relates to the value written (numbers.py says which words give which).
Qualifier = Literal["at_least", "at_most", "less_than", "about", "range"]
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
BOUNDS = frozenset({"at_least", "at_most", "less_than"})  # the qualifiers that bound a value on one side

# What a recognized quantity measures, and the direction of a change.
QuantityKind = Literal["count", "percent", "points", "ratio", "money"]
Change = Literal["up", "down"]

# What a date mention resolves to (dates.py).
YearKind = Literal["year", "month", "date", "period", "five_year_plan"]

# The levels of an administrative division (regions.Division.level), from the top: a level's depth is its place here
# (divisions.tsv's province / city / county; the report's region names one of each).
DivisionLevel = Literal["province", "city", "county"]
DIVISION_LEVELS: tuple[DivisionLevel, ...] = get_args(DivisionLevel)
PROVINCE, CITY, COUNTY = DIVISION_LEVELS

# Organisations a report names ([[institutions.body]] types).
InstitutionType = Literal["court", "procuratorate", "justice_bureau", "government", "party_committee", "mediation",
                          "notary", "law_firm", "legal_aid", "other"]
INSTITUTION_TYPES: tuple[str, ...] = get_args(InstitutionType)

# Problems the checks report.
FindingKind = Literal["rate_mismatch", "out_of_range", "part_exceeds_total",
                      "region_ambiguous", "issuer_unresolved"]

# The headline keys the output contract (spec/metrics.md) names and the scorer
# counts; the catalog must define a [[metric]] for each and may add more.
HEADLINE_KEYS = (
    "mediation_cases", "mediation_succeeded", "mediation_success_rate",
    "reconsideration_received", "reconsideration_closed", "reconsideration_corrected",
    "reconsideration_correction_rate", "litigation_first_instance", "litigation_hearings",
    "head_appearances", "head_appearance_rate", "litigation_lost", "litigation_loss_rate",
    "reconsideration_litigation_ratio", "legal_aid_cases", "notarizations",
)

# A metric as one flat row (CSV's long layout, DataFrames): its fields, its evidence as text/start/end.
FLAT_METRIC_COLUMNS = ("key", "label", "value", "unit", "qualifier", "year", "derived", "target",
                       "evidence", "start", "end")

# What joins a party committee's name to its government's or its office's (恩施州委、州政府, 恩施州委 州政府, 某自治区党委
# 和政府; a line break: a joint letterhead's two lines): metadata reads the pair by them, and the catalog's
# committee_joined and town_committee_joined by {COMMITTEE_JOINT}.
COMMITTEE_JOINERS = (" ", "\t", "\u3000", "、", "\n", "和")
# The words that join the pair only as the subject of a verb of leading (catalog opening_predicate: 湘西州委与州政府高度
# 重视…, 白沙镇党委及镇政府坚持…), else two bodies doing a thing together (县委与县政府召开联席会议, 州委与省政府签订协议):
# metadata reads them so, and the catalog's cues by {COMMITTEE_JOINT} (its group `word`).
COMMITTEE_JOINING_WORDS = ("及", "与")
