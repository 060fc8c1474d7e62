"""The record: Pydantic models that validate what the pipeline produces.

Field order here is the order of the JSON output, so it stays stable across
versions. Values are recorded as written; cross-checks add findings and never
change a value. A count is a whole number in the JSON (2521, not 2521.0); a rate
keeps its decimals.

The rules that types and ranges cannot say (a span's length, a count's whole
value) live in record_rules.py, where the command line's plain validator
(validation.py) applies the same rules to the record as dicts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import record_rules

# The closed sets of names are written once, in vocab.py.
from .vocab import (
    FLAT_METRIC_COLUMNS,
    Change,
    DocumentType,
    FindingKind,
    InstitutionType,
    Kind,
    Qualifier,
    QuantityKind,
    SectionKind,
    Unit,
    YearKind,
)

if TYPE_CHECKING:
    import pandas


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


def _applies(rule: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A model's after-validator applying `rule` (record_rules) to its fields.

    The rule rides on the validator as `record_rule`, where validation.py finds it for the plain validator.
    """
    def validator(self: _Model) -> _Model:
        rule(self.__dict__)  # not setattr: the values are valid, and this runs for every item
        return self

    validator.record_rule = rule  # type: ignore[attr-defined]
    return model_validator(mode="after")(validator)


class Span(_Model):
    """Characters of the decoded input: ``text == input[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    _fits = _applies(record_rules.span_fits_its_text)


class SourceInfo(_Model):
    path: str | None
    encoding: str
    format: str
    chars: int = Field(ge=0)
    bytes: int = Field(ge=0)
    note: str | None = Field(default=None, description="for HTML, DOCX, PDF and text decoded back from a misreading: what the offsets index")


class Issuer(_Model):
    name: str
    evidence: Span | None = None
    how: str = Field(description="which cue named the issuer: title, source line, signature, header (a line above "
                                 "the title) or opening; with +region when the region completed a bare "
                                 "self-reference (本局)")


class Region(_Model):
    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = Field(default=None, pattern=r"^\d{6}$")
    evidence: list[Span] = []


class Metric(_Model):
    model_config = ConfigDict(json_schema_extra={
        "if": {"properties": {"unit": {"const": "count"}}},
        "then": {"properties": {"value": {"type": "integer", "minimum": 0}}},
    })

    key: str
    label: str = Field(description="the catalog's Chinese label for the key")
    # int | float, not float: pydantic turns an int into a float for a `float` field.
    value: int | float = Field(description="an integer for unit count; a number for % and ratio")
    unit: Unit
    qualifier: Qualifier | None = None
    year: int | None = Field(default=None, ge=1949, le=2100)
    derived: bool = False
    target: bool = False
    evidence: Span
    sources: list[Span] = Field(default=[], description="for a derived value, the counts it was computed from")
    sentence: int | None = Field(default=None, ge=0, description="where its sentence (or table row) starts: "
                                                                 "metrics sharing it were stated together")

    _count_is_whole = _applies(record_rules.metric_count_is_whole)

    def flat(self) -> dict[str, Any]:
        """One row of FLAT_METRIC_COLUMNS: the fields, the evidence as text/start/end (CSV, DataFrames)."""
        return dict(zip(FLAT_METRIC_COLUMNS, (
            self.key, self.label, self.value, self.unit, self.qualifier, self.year, self.derived, self.target,
            self.evidence.text, self.evidence.start, self.evidence.end), strict=True))


class Rate(_Model):
    label: str
    value: float
    qualifier: Qualifier | None = None
    year: int | None = Field(default=None, ge=1949, le=2100)
    target: bool = False
    evidence: Span


class Document(_Model):
    """One title however often it is cited: `evidence` its first citation, `mentions` the later ones."""

    title: str
    type: DocumentType
    verb: str | None = Field(default=None, description="the verb introducing it: 出台, 制定, 印发 … (the first citation's "
                                                       "that has one)")
    evidence: Span
    mentions: list[Span] = Field(default=[], description="the later citations of the same title, in reading order")
    own: bool = Field(default=False, description="the report's own title (a 《…》 over it, a notice sending it: 现将《…》"
                                                 "印发给你们), not a document it cites")


class Check(_Model):
    """A comparison of a stated rate with the counts it should follow from."""

    key: str
    stated: float
    computed: float
    agrees: bool
    spans: list[Span]


class Finding(_Model):
    """Something the report says that does not add up, or that could not be resolved."""

    kind: FindingKind
    message: str
    spans: list[Span] = []


class Section(_Model):
    level: int = Field(ge=1, description="depth in the outline: 1 for its outermost numbering, 2 right below it (1. under 一、 too)")
    numbering: str = Field(description="as written: 一、 (一) 1. 【】")
    title: str
    kind: SectionKind
    start: int = Field(ge=0, description="where the heading starts")
    end: int = Field(ge=0, description="where the section ends (the next heading of its level or higher)")
    parent: int | None = Field(default=None, description="index of the enclosing section in `sections`")
    evidence: Span


class Initiative(_Model):
    title: str = Field(description="the lead phrase, as written")
    section: list[str] = Field(description="titles of the enclosing sections, outermost first")
    category: SectionKind
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
    value: int | float = Field(description="an integer for a whole count")
    unit: str | None = Field(description="the measure word: 件, 人次, 元, %, …")
    kind: QuantityKind
    qualifier: Qualifier | None = None
    low: int | float | None = Field(default=None, description="the least the wording allows (至少5件, 10-20人 → 10)")
    high: int | float | None = Field(default=None,
                                     description="the most the wording allows (近1290人次 → 1290, 10-20人 → 20)")
    ratio_to: float | None = Field(default=None, description="a ratio's second term (3.97:1 → 1)")
    change: Change | None = Field(default=None, description="a change (同比上升…), not a level")
    year: int | None = Field(default=None, ge=1949, le=2100)
    target: bool = False
    evidence: Span

    _count_as_int = _applies(record_rules.quantity_counts_as_int)


class YearMention(_Model):
    kind: YearKind
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

    def __repr__(self) -> str:
        """One line, not the whole record: print(report) in a notebook stays readable."""
        region = self.region
        place = "".join(dict.fromkeys(p for p in (region.province, region.city, region.county) if p)) \
            if region else None
        return (f"Report(title={self.title!r}, kind={self.kind!r}, region={place!r}, "
                f"report_year={self.report_year!r}, metrics={len(self.metrics)}, rates={len(self.rates)}, "
                f"documents={len(self.documents)})")

    __str__ = __repr__

    def metrics_frame(self) -> pandas.DataFrame:
        """The metrics as a pandas DataFrame, a row per metric with its evidence as text/start/end columns.

        pandas is not a dependency of lawreport: install it to use this.
        """
        try:
            import pandas
        except ImportError:
            raise ImportError("Report.metrics_frame() needs pandas: pip install pandas") from None
        return pandas.DataFrame([m.flat() for m in self.metrics], columns=list(FLAT_METRIC_COLUMNS))
