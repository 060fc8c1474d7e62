"""The closed sets of names a record uses, each defined once.

The record's types (models.py) and the catalog's validation (catalog.py) are
built from these tuples, so adding a document kind, a section kind or an
institution type is one edit here, and the JSON Schema follows. Order matters
where noted: it is the order things are tried in.
"""

from __future__ import annotations

# What a report is (metadata `kind`).
KINDS = ("annual_report", "white_paper", "statistics", "yearbook", "news", "case_study", "plan", "other")

# Units of a headline metric.
UNITS = ("count", "%", "ratio")

# Kinds of a top-level section, in the order a heading's title is tried against
# them; a section that names none of them is OTHER_SECTION.
SECTION_KINDS = ("responsibilities", "shortcomings", "plans", "achievements")
OTHER_SECTION = "other"

# Types of a 《》 document: the catalog's [documents] patterns, tried in this
# order, then OTHER_DOCUMENT.
DOCUMENT_PATTERN_TYPES = ("law", "plan", "publication")
OTHER_DOCUMENT = "document"

# How a number relates to the value written (numbers.py says which words give which).
QUALIFIERS = ("at_least", "at_most", "less_than", "about", "range")

# What a recognized quantity measures, and the direction of a change.
QUANTITY_KINDS = ("count", "percent", "points", "ratio", "money")
CHANGES = ("up", "down")

# What a date mention resolves to (dates.py).
YEAR_KINDS = ("year", "month", "date", "period", "five_year_plan")

# Organisations a report names ([[institutions.body]] types).
INSTITUTION_TYPES = ("court", "procuratorate", "justice_bureau", "government", "party_committee", "mediation",
                     "notary", "law_firm", "legal_aid", "other")

# Problems the checks report.
FINDING_KINDS = ("rate_mismatch", "out_of_range", "part_exceeds_total", "parts_exceed_total",
                 "region_ambiguous", "issuer_unresolved")

# The headline keys the output contract (spec/metrics.md) names and the scorer
# counts; the catalog must define a [[metric]] for each and may add more.
HEADLINE_KEYS = (
    "mediation_cases", "mediation_succeeded", "mediation_success_rate",
    "reconsideration_received", "reconsideration_closed", "reconsideration_corrected",
    "reconsideration_correction_rate", "litigation_first_instance", "litigation_hearings",
    "head_appearances", "head_appearance_rate", "litigation_lost", "litigation_loss_rate",
    "reconsideration_litigation_ratio", "legal_aid_cases", "notarizations",
)
