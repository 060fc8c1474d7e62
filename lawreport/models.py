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
Qualifier = Literal["at_least", "at_most", "less_than", "about"]


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
    metadata_evidence: dict[str, Span] = Field(
        default={}, description="where title, report_year, published and kind were read"
    )
