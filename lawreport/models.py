"""The record: Pydantic models that validate what the pipeline produces.

Field order here is the order of the JSON output, so it stays stable across
versions. Values are recorded as written; cross-checks add findings and never
change a value.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Kind = Literal["annual_report", "white_paper", "statistics", "yearbook", "news", "case_study", "plan", "other"]
Unit = Literal["count", "%", "ratio"]
Qualifier = Literal["at_least", "at_most", "less_than", "about", "range"]
InstitutionType = Literal["court", "procuratorate", "justice_bureau", "government", "party_committee", "mediation",
                          "notary", "law_firm", "legal_aid", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Characters of the decoded input: ``text == input[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end - self.start != len(self.text):
            raise ValueError("span length differs from its text")
        return self


class SourceInfo(_Model):
    path: str | None
    encoding: str
    format: str
    chars: int = Field(ge=0)
    bytes: int = Field(ge=0)


class Issuer(_Model):
    name: str
    evidence: Span | None = None
    how: str = Field(description="which cue named the issuer: title, source line, signature, opening, or opening+region")


class Region(_Model):
    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = Field(default=None, pattern=r"^\d{6}$")
    evidence: list[Span] = []


class Metric(_Model):
    key: str
    label: str = Field(description="the catalog's Chinese label for the key")
    value: float
    unit: Unit
    qualifier: Qualifier | None = None
    year: int | None = Field(default=None, ge=1949, le=2100)
    derived: bool = False
    target: bool = False
    evidence: Span
    sources: list[Span] = Field(default=[], description="for a derived value, the counts it was computed from")

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float) -> float:
        if not math.isfinite(v):
            raise ValueError("value must be finite")
        return v

    @model_validator(mode="after")
    def _count_is_whole(self) -> Metric:
        if self.unit == "count" and (self.value < 0 or self.value != int(self.value)):
            raise ValueError("a count is a whole, non-negative number")
        return self


class Rate(_Model):
    label: str
    value: float
    qualifier: Qualifier | None = None
    year: int | None = Field(default=None, ge=1949, le=2100)
    target: bool = False
    evidence: Span


class Document(_Model):
    title: str
    type: Literal["law", "plan", "publication", "document"]
    verb: str | None = Field(default=None, description="the verb introducing it: 出台, 制定, 印发 …")
    evidence: Span


class Check(_Model):
    """A comparison of a stated rate with the counts it should follow from."""

    key: str
    stated: float
    computed: float
    agrees: bool
    spans: list[Span]


class Finding(_Model):
    kind: Literal[
        "rate_mismatch", "out_of_range", "part_exceeds_total", "parts_exceed_total",
        "region_ambiguous", "issuer_unresolved",
    ]
    message: str
    spans: list[Span] = []


class Section(_Model):
    level: int = Field(ge=1, le=3)
    numbering: str = Field(description="as written: 一、 (一) 1. 【】")
    title: str
    kind: Literal["achievements", "shortcomings", "plans", "responsibilities", "other"]
    start: int = Field(ge=0, description="where the heading starts")
    end: int = Field(ge=0, description="where the section ends (the next heading of its level or higher)")
    parent: int | None = Field(default=None, description="index of the enclosing section in `sections`")
    evidence: Span


class Initiative(_Model):
    title: str = Field(description="the lead phrase, as written")
    section: list[str] = Field(description="titles of the enclosing sections, outermost first")
    category: Literal["achievements", "shortcomings", "plans", "responsibilities", "other"]
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    evidence: Span = Field(description="the title's span")
    documents: list[str] = Field(description="titles of the 《》 documents it mentions")
    programmes: list[str] = Field(description="named programmes and brands (“法立方”, 15分钟法治惠民生活圈)")
    quantities: list[int] = Field(description="indexes into the record's `quantities`")
    first: bool = Field(description="claims a first: 全市首创, 在全市率先, 全国首例")
    first_claims: list[Span] = []


class Institution(_Model):
    """One body the report names, however often and in whatever form (区司法局, 江宁区司法局)."""

    name: str = Field(description="the fullest form the text writes, as written at its first occurrence")
    canonical: str | None = Field(
        description="the normalised full name where the text and region say it (区法院 → 上海市宝山区人民法院)"
    )
    type: InstitutionType
    evidence: list[Span] = Field(description="every mention, in reading order")


class Quantity(_Model):
    subject: str = Field(description="what is counted, as written before the number (法律援助案件)")
    value: float
    unit: str | None = Field(description="the measure word: 件, 人次, 元, %, …")
    kind: Literal["count", "percent", "points", "ratio", "money"]
    qualifier: Qualifier | None = None
    change: Literal["up", "down"] | None = Field(default=None, description="a change (同比上升…), not a level")
    year: int | None = Field(default=None, ge=1949, le=2100)
    target: bool = False
    evidence: Span


class YearMention(_Model):
    kind: Literal["year", "month", "date", "period", "five_year_plan"]
    value: str = Field(description="2023, 2024-03, 2024-03-09, or a period 2021/2025")
    evidence: Span


class Report(_Model):
    source: SourceInfo
    kind: Kind
    title: str | None
    issuer: Issuer | None
    region: Region | None
    report_year: int | None = Field(ge=1949, le=2100)
    published: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    metrics: list[Metric]
    rates: list[Rate]
    documents: list[Document]
    checks: list[Check]
    findings: list[Finding]
    sections: list[Section] = []
    initiatives: list[Initiative] = []
    institutions: list[Institution] = []
    quantities: list[Quantity] = []
    years: list[YearMention] = []
    metadata_evidence: dict[str, Span] = Field(
        default={}, description="where title, report_year, published and kind were read"
    )
