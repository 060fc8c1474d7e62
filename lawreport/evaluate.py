"""Score extractor output against gold annotations (``lawreport eval``).

The rules and numbers are those of the reference scorer ``shared/tools/score.py``
(see ``spec/metrics.md``), so a user's own evaluation agrees with the official one;
``tests/test_evaluate.py`` runs both on the same input to keep them from drifting.
This module adds what a user needs to act on the score: precision/recall/F1 per
key, metadata accuracy per field, both again per genre (the gold `kind` of each
document, so progress on news or yearbook entries shows), and the list of every
miss and false positive.
"""
from __future__ import annotations

import codecs
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from . import vocab

Json = Mapping[str, Any]
G = TypeVar("G")
P = TypeVar("P")

HEADLINE_KEYS = frozenset(vocab.HEADLINE_KEYS)
META_FIELDS = ("kind", "title", "issuer", "province", "city", "county", "report_year", "published")
REGION_FIELDS = frozenset({"province", "city", "county"})
# score.py's tolerance: 0.01 for rates plus slack for float error; integer counts stay exact.
VALUE_TOLERANCE = 0.011
# An issuer may carry a leading province/city name that the gold omits (上海市闵行区司法局).
ADMIN_SUFFIXES = ("省", "市", "自治区", "自治州", "州", "地区", "盟")
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class UnscorableOutput(ValueError):
    """A prediction whose shape the reference scorer cannot score either."""


# --- comparison primitives -------------------------------------------------------------


def decode_document(raw: bytes) -> str:
    """The text evidence offsets refer to: UTF-8 (BOM dropped), UTF-16 with a BOM, else GB18030."""
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        if encoding == "utf-16" and not raw.startswith(UTF16_BOMS):
            continue  # without a BOM almost any byte string "decodes" as UTF-16
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def normalize(value: object) -> object:
    """NFKC and strip strings so full-width and half-width forms compare equal; others unchanged."""
    return unicodedata.normalize("NFKC", value).strip() if isinstance(value, str) else value


def as_number(value: object) -> float | None:
    """A value as a float, or None when it is not a plain number (booleans are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def values_close(a: object, b: object) -> bool:
    x, y = as_number(a), as_number(b)
    return x is not None and y is not None and abs(x - y) <= VALUE_TOLERANCE


def max_matching(golds: Sequence[G], preds: Sequence[P], compatible: Callable[[G, P], bool]) -> dict[int, int]:
    """Maximum bipartite matching {gold index: prediction index} (Kuhn's augmenting paths).

    Gold items are augmented in order and predictions tried in order, as in score.py:
    which predictions stay unmatched (and may then be excused by `allowed`) depends on it.
    """
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(gi: int, visited: set[int]) -> bool:
        for pi, pred in enumerate(preds):
            if pi in visited or not compatible(golds[gi], pred):
                continue
            visited.add(pi)
            if pi not in owner or augment(owner[pi], visited):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def same_issuer(a: str, b: str) -> bool:
    """Equal, or equal after dropping a leading province/city name (2-12 chars) from the longer."""
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if not longer.endswith(shorter):
        return False
    prefix = longer[: len(longer) - len(shorter)]
    return 2 <= len(prefix) <= 12 and prefix.endswith(ADMIN_SUFFIXES)


# --- one document ------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """1.0 when nothing was predicted, as score.py."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """1.0 when nothing was expected, as score.py."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class MetaCheck:
    field: str
    gold: object
    predicted: object
    correct: bool

    @property
    def scored(self) -> bool:
        """A correct abstention (both null) is free; a guess where the gold is null is an error."""
        return self.gold is not None or self.predicted is not None


@dataclass
class DocScore:
    """How one prediction compares with its gold file (score.py's score_doc)."""

    metadata: dict[str, MetaCheck]
    matched: list[Json]          # gold metrics found
    missed: list[Json]           # gold metrics not found
    false_positives: list[Json]  # headline predictions neither matched nor allowed
    rates_matched: int
    rates_missed: list[Json]
    rates_false: list[Json]      # distinct predicted rates matching no gold rate
    documents_found: int
    documents_missed: list[str]
    evidence_exact: int
    evidence_total: int

    @property
    def headline(self) -> Counts:
        return Counts(len(self.matched), len(self.false_positives), len(self.missed))

    @property
    def rates(self) -> Counts:
        return Counts(self.rates_matched, len(self.rates_false), len(self.rates_missed))


def _issuer_name(issuer: object) -> object:
    return issuer.get("name") if isinstance(issuer, dict) else issuer


def _meta_values(name: str, gold: Json, pred: Json) -> tuple[object, object]:
    if name in REGION_FIELDS:
        region = pred.get("region")
        return (gold.get("region") or {}).get(name), region.get(name) if isinstance(region, dict) else None
    if name == "issuer":
        return gold.get("issuer"), _issuer_name(pred.get("issuer"))
    return gold.get(name), pred.get(name)


def _meta_correct(name: str, gold_value: object, pred_value: object) -> bool:
    g, p = normalize(gold_value), normalize(pred_value)
    if name != "issuer":
        return g == p
    if isinstance(g, str) and isinstance(p, str):
        return same_issuer(p, g)
    return g is None and p is None


def check_metadata(gold: Json, pred: Json) -> dict[str, MetaCheck]:
    checks = {}
    for name in META_FIELDS:
        g, p = _meta_values(name, gold, pred)
        checks[name] = MetaCheck(name, g, p, _meta_correct(name, g, p))
    return checks


def _metric_and_rate_items(pred: Json) -> tuple[list[Any], list[Any]]:
    """The prediction's `metrics` and `rates` lists (null or empty means none).

    score.py iterates both and then concatenates them for the evidence check, so it fails
    on any other shape except two strings, which hold no items; failing here too makes
    such output count as an error in both tools.
    """
    metrics, rates = pred.get("metrics") or [], pred.get("rates") or []
    if isinstance(metrics, str) and isinstance(rates, str):
        return [], []
    if not isinstance(metrics, list) or not isinstance(rates, list):
        raise UnscorableOutput("`metrics` and `rates` must be lists")
    return metrics, rates


def _rounded(value: object) -> float | None:
    number = as_number(value)
    return None if number is None else round(number, 2)


def _distinct_headline(items: Iterable[Any]) -> list[Json]:
    """Headline-key predictions, one per (key, value, year, target, derived): repeating a fact is neutral."""
    distinct: list[Json] = []
    seen: set[tuple[Any, ...]] = set()
    for item in items:
        if not isinstance(item, dict) or item.get("key") not in HEADLINE_KEYS:
            continue
        signature = (item["key"], _rounded(item.get("value")), item.get("year"),
                     bool(item.get("target")), bool(item.get("derived")))
        if signature not in seen:
            seen.add(signature)
            distinct.append(item)
    return distinct


def _distinct_rates(items: Iterable[Any]) -> list[Json]:
    """Labelled rate predictions, one per (normalized label, value)."""
    distinct: list[Json] = []
    seen: set[tuple[Any, ...]] = set()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("label"), str):
            continue
        signature = (normalize(item["label"]), _rounded(item.get("value")))
        if signature not in seen:
            seen.add(signature)
            distinct.append(item)
    return distinct


def _same_fact(gold: Json, pred: Json) -> bool:
    return pred.get("key") == gold["key"] and values_close(pred.get("value"), gold["value"])


def _metric_matches(gold: Json, pred: Json) -> bool:
    """Same fact, same year (when the gold has one) and the same derived/target flags."""
    if not _same_fact(gold, pred):
        return False
    if gold.get("year") is not None and pred.get("year") != gold["year"]:
        return False
    return bool(pred.get("derived")) == bool(gold.get("derived")) and bool(pred.get("target")) == bool(gold.get("target"))


def _rate_matches(gold: Json, pred: Json) -> bool:
    """Close value, and one label ends with the other (出庭率 ~ 负责人出庭率), at least two chars."""
    gold_label, pred_label = normalize(gold["label"]), normalize(pred["label"])
    if not isinstance(gold_label, str) or not isinstance(pred_label, str):
        return False  # _distinct_rates keeps only labelled predictions; a gold label is always text
    return (values_close(pred.get("value"), gold["value"]) and len(pred_label) >= 2
            and (pred_label.endswith(gold_label) or gold_label.endswith(pred_label)))


def _evidence_is_exact(item: Json, text: str) -> bool:
    """`text[start:end] == evidence.text` with 0 <= start < end (score.py accepts any int, bool included)."""
    evidence = item.get("evidence")
    if not isinstance(evidence, dict):
        return False
    start, end = evidence.get("start"), evidence.get("end")
    return (isinstance(start, int) and isinstance(end, int) and 0 <= start < end
            and text[start:end] == evidence.get("text"))


def score_document(gold: Json, pred: Json, text: str) -> DocScore:
    """Compare one prediction with its gold file; `text` is the decoded document.

    Raises (like score.py) on output it cannot score; `evaluate` then counts an error.
    """
    metric_items, rate_items = _metric_and_rate_items(pred)

    predictions = _distinct_headline(metric_items)
    pairs = max_matching(gold["metrics"], predictions, _metric_matches)
    used = set(pairs.values())
    allowed = gold.get("allowed") or []
    false_positives = [p for i, p in enumerate(predictions)
                       if i not in used and not any(_same_fact(a, p) for a in allowed)]

    gold_rates = gold.get("rates") or []
    rates = _distinct_rates(rate_items)
    rate_pairs = max_matching(gold_rates, rates, _rate_matches)
    used_rates = set(rate_pairs.values())

    titles = {normalize(d.get("title")) for d in pred.get("documents") or [] if isinstance(d, dict)}
    expected_documents = gold.get("documents_min") or []
    documents_missed = [t for t in expected_documents if normalize(t) not in titles]

    evidenced = [item for item in metric_items + rate_items if isinstance(item, dict)]
    return DocScore(
        metadata=check_metadata(gold, pred),
        matched=[g for i, g in enumerate(gold["metrics"]) if i in pairs],
        missed=[g for i, g in enumerate(gold["metrics"]) if i not in pairs],
        false_positives=false_positives,
        rates_matched=len(rate_pairs),
        rates_missed=[g for i, g in enumerate(gold_rates) if i not in rate_pairs],
        rates_false=[r for i, r in enumerate(rates) if i not in used_rates],
        documents_found=len(expected_documents) - len(documents_missed),
        documents_missed=documents_missed,
        evidence_exact=sum(_evidence_is_exact(item, text) for item in evidenced),
        evidence_total=len(evidenced),
    )


# --- a folder of gold files -------------------------------------------------------------


@dataclass(frozen=True)
class FieldAccuracy:
    correct: int = 0
    scored: int = 0

    @property
    def accuracy(self) -> float:
        """1.0 when no document was scored on the field, as score.py."""
        return self.correct / self.scored if self.scored else 1.0


@dataclass
class DocResult:
    doc: str
    score: DocScore
    error: str | None = None  # why the document was scored as an empty prediction
    kind: str | None = None  # the gold genre of the document


@dataclass
class EvalResult:
    docs: list[DocResult] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(d.error is not None for d in self.docs)

    @property
    def headline(self) -> Counts:
        return sum((d.score.headline for d in self.docs), Counts())

    @property
    def per_key(self) -> dict[str, Counts]:
        """Counts per headline key; a gold key counts tp/fn, a predicted key fp."""
        counts: dict[str, Counts] = {}
        for d in self.docs:
            for items, delta in ((d.score.matched, Counts(tp=1)), (d.score.false_positives, Counts(fp=1)),
                                 (d.score.missed, Counts(fn=1))):
                for item in items:
                    key = item["key"]  # every headline item has one (see _distinct_headline)
                    counts[key] = counts.get(key, Counts()) + delta
        return dict(sorted(counts.items()))

    @property
    def rates(self) -> Counts:
        return sum((d.score.rates for d in self.docs), Counts())

    @property
    def metadata(self) -> dict[str, FieldAccuracy]:
        result = {}
        for name in META_FIELDS:
            checks = [d.score.metadata[name] for d in self.docs if d.score.metadata[name].scored]
            result[name] = FieldAccuracy(sum(c.correct for c in checks), len(checks))
        return result

    @property
    def metadata_overall(self) -> FieldAccuracy:
        fields = self.metadata.values()
        return FieldAccuracy(sum(f.correct for f in fields), sum(f.scored for f in fields))

    @property
    def per_kind(self) -> dict[str, EvalResult]:
        """The documents of each gold genre, as a result of their own (unknown genre: `(none)`)."""
        groups: dict[str, EvalResult] = {}
        for d in self.docs:
            groups.setdefault(d.kind or "(none)", EvalResult()).docs.append(d)
        return dict(sorted(groups.items()))

    @property
    def documents_found(self) -> int:
        return sum(d.score.documents_found for d in self.docs)

    @property
    def documents_expected(self) -> int:
        return sum(d.score.documents_found + len(d.score.documents_missed) for d in self.docs)

    @property
    def documents_recall(self) -> float:
        return self.documents_found / self.documents_expected if self.documents_expected else 1.0

    @property
    def evidence_exact(self) -> int:
        return sum(d.score.evidence_exact for d in self.docs)

    @property
    def evidence_total(self) -> int:
        return sum(d.score.evidence_total for d in self.docs)

    @property
    def evidence_rate(self) -> float:
        """0.0 when nothing carried evidence, as score.py."""
        return self.evidence_exact / self.evidence_total if self.evidence_total else 0.0


def _as_json_object(output: object) -> dict[str, Any]:
    """The prediction as `lawreport extract` would print and score.py would read it back."""
    if not isinstance(output, dict):
        raise TypeError("output is not one JSON object")
    return json.loads(json.dumps(output, ensure_ascii=False))


def evaluate(gold_dir: Path, docs_dir: Path, extract: Callable[[Path], dict]) -> EvalResult:
    """Run `extract` on the document of every gold file in `gold_dir` (sorted) and score it.

    A failing extractor, or output that cannot be scored, is an error and the document is
    scored as an empty prediction, as in score.py. A missing gold folder or document raises.
    """
    gold_paths = sorted(Path(gold_dir).glob("*.json"))
    if not gold_paths:
        raise FileNotFoundError(f"no gold files in {gold_dir}")
    result = EvalResult()
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = Path(docs_dir) / gold["doc"]
        text = decode_document(doc_path.read_bytes())
        error = None
        try:
            pred = _as_json_object(extract(doc_path))
        except Exception as exc:  # noqa: BLE001 - any extractor failure scores the doc as empty
            error, pred = f"extractor failed: {exc!r}", {}
        try:
            score = score_document(gold, pred, text)
        except Exception as exc:  # noqa: BLE001 - malformed output scores the doc as empty
            error, score = f"output not scorable: {exc!r}", score_document(gold, {}, text)
        kind = gold.get("kind")
        result.docs.append(DocResult(gold["doc"], score, error, kind if isinstance(kind, str) else None))
    return result


# --- reporting ---------------------------------------------------------------------------


def threshold_failures(result: EvalResult, *, min_f1: float | None = None, min_precision: float | None = None,
                       min_recall: float | None = None) -> list[str]:
    """Headline gates that fail, compared at the 4 decimals `to_json` reports (so 0.9 passes at 0.9)."""
    headline = result.headline
    gates = (("F1", min_f1, headline.f1), ("precision", min_precision, headline.precision),
             ("recall", min_recall, headline.recall))
    return [f"headline {name} {round(value, 4)} < {minimum}"
            for name, minimum, value in gates if minimum is not None and round(value, 4) < minimum]


def thresholds_met(result: EvalResult, *, min_f1: float | None = None, min_precision: float | None = None,
                   min_recall: float | None = None) -> bool:
    """Whether the CLI should exit 0 under `--min-f1`/`--min-precision`/`--min-recall`."""
    return not threshold_failures(result, min_f1=min_f1, min_precision=min_precision, min_recall=min_recall)


def _prf(counts: Counts) -> dict[str, float]:
    return {"precision": round(counts.precision, 4), "recall": round(counts.recall, 4), "f1": round(counts.f1, 4)}


def _evidence_text(item: Json) -> str:
    evidence = item.get("evidence")
    if isinstance(evidence, dict):
        return str(evidence.get("text", ""))
    return evidence if isinstance(evidence, str) else ""  # gold evidence is a plain string


def _fact(doc: str, item: Json) -> dict[str, Any]:
    return {"doc": doc, "key": item.get("key"), "value": item.get("value"), "year": item.get("year"),
            "derived": bool(item.get("derived")), "target": bool(item.get("target")),
            "evidence": _evidence_text(item)}


def _kind_summary(group: EvalResult) -> dict[str, Any]:
    headline = group.headline
    return {"docs": len(group.docs),
            "headline": {**_prf(headline), "tp": headline.tp, "fp": headline.fp, "fn": headline.fn},
            "metadata_all": round(group.metadata_overall.accuracy, 4),
            "metadata": {name: round(acc.accuracy, 4) for name, acc in group.metadata.items()}}


def to_json(result: EvalResult) -> dict[str, Any]:
    """score.py's `--json` summary (same keys, same rounding), extended with per-key P/R/F1,
    per-field metadata counts, a per-genre breakdown and every miss and false positive."""
    headline, rates = result.headline, result.rates
    metadata = result.metadata
    return {
        "docs": len(result.docs),
        "errors": result.errors,
        "headline": {**_prf(headline), "tp": headline.tp, "fp": headline.fp, "fn": headline.fn},
        "per_key": {key: {"tp": c.tp, "fp": c.fp, "fn": c.fn, **_prf(c)} for key, c in result.per_key.items()},
        "metadata": {name: round(acc.accuracy, 4) for name, acc in metadata.items()},
        "metadata_all": round(result.metadata_overall.accuracy, 4),
        "rates": {**_prf(rates), "tp": rates.tp, "fp": rates.fp, "fn": rates.fn},
        "documents_recall": round(result.documents_recall, 4),
        "evidence_exact": round(result.evidence_rate, 4),
        "metadata_fields": {name: {"accuracy": round(acc.accuracy, 4), "correct": acc.correct, "scored": acc.scored}
                            for name, acc in metadata.items()},
        "per_kind": {kind: _kind_summary(group) for kind, group in result.per_kind.items()},
        "documents": {"found": result.documents_found, "expected": result.documents_expected},
        "evidence": {"exact": result.evidence_exact, "total": result.evidence_total},
        "failures": [{"doc": d.doc, "error": d.error} for d in result.docs if d.error is not None],
        "metadata_errors": [{"doc": d.doc, "field": c.field, "gold": c.gold, "predicted": c.predicted}
                            for d in result.docs for c in d.score.metadata.values() if not c.correct],
        "misses": [_fact(d.doc, m) for d in result.docs for m in d.score.missed],
        "false_positives": [_fact(d.doc, m) for d in result.docs for m in d.score.false_positives],
        "rate_misses": [{"doc": d.doc, "label": r.get("label"), "value": r.get("value")}
                        for d in result.docs for r in d.score.rates_missed],
        "rate_false_positives": [{"doc": d.doc, "label": r.get("label"), "value": r.get("value"),
                                  "evidence": _evidence_text(r)}
                                 for d in result.docs for r in d.score.rates_false],
        "document_misses": [{"doc": d.doc, "title": t} for d in result.docs for t in d.score.documents_missed],
    }


def score_line(result: EvalResult) -> str:
    """score.py's final line, character for character (some parts are rounded to 4 places first)."""
    headline = result.headline
    return (f"score: docs={len(result.docs)} errors={result.errors} headline P={headline.precision:.3f} "
            f"R={headline.recall:.3f} F1={headline.f1:.3f} rates F1={result.rates.f1:.3f} "
            f"documents={round(result.documents_recall, 4):.3f} "
            f"metadata={round(result.metadata_overall.accuracy, 4):.3f} "
            f"evidence={round(result.evidence_rate, 4):.3f}")


def _verbose_lines(doc: DocResult) -> list[str]:
    name, score = doc.doc, doc.score
    lines = [f"{name}: metadata wrong: {c.field} gold={c.gold!r} predicted={c.predicted!r}"
             for c in score.metadata.values() if not c.correct]
    lines += [f"{name}: MISSED {m.get('key')}={m.get('value')} year={m.get('year')} ({_evidence_text(m)})"
              for m in score.missed]
    lines += [f"{name}: FALSE {m.get('key')}={m.get('value')} year={m.get('year')} derived={m.get('derived')} "
              f"target={m.get('target')} ({_evidence_text(m)})" for m in score.false_positives]
    lines += [f"{name}: MISSED rate {r.get('label')}={r.get('value')}" for r in score.rates_missed]
    lines += [f"{name}: FALSE rate {r.get('label')}={r.get('value')} ({_evidence_text(r)})" for r in score.rates_false]
    lines += [f"{name}: MISSED document 《{t}》" for t in score.documents_missed]
    return lines


def _kind_table(result: EvalResult) -> list[str]:
    """Headline P/R/F1 and metadata accuracy (overall, then per field) for each gold genre."""
    short = {"province": "prov", "report_year": "year", "published": "publ"}
    fields = [short.get(name, name)[:6] for name in META_FIELDS]
    lines = ["by gold kind: headline P/R/F1, metadata accuracy (all, then per field):",
             f"  {'kind':14} {'docs':>4} {'P':>6} {'R':>6} {'F1':>6} {'meta':>6} "
             + " ".join(f"{name:>6}" for name in fields)]
    for kind, group in result.per_kind.items():
        headline, metadata = group.headline, group.metadata
        lines.append(f"  {kind:14} {len(group.docs):>4} {headline.precision:>6.3f} {headline.recall:>6.3f} "
                     f"{headline.f1:>6.3f} {group.metadata_overall.accuracy:>6.3f} "
                     + " ".join(f"{metadata[name].accuracy:>6.3f}" for name in META_FIELDS))
    return lines


def render_text(result: EvalResult, verbose: bool = True) -> str:
    """A report for people: tables, then (verbose) every miss and false positive, then score.py's line."""
    lines = [f"{'key':36} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    rows = [*result.per_key.items(), ("(all headline keys)", result.headline)]
    lines += [f"{key!s:36} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
              for key, c in rows]
    lines.append("")
    lines.append("metadata accuracy (documents where gold or prediction is non-null):")
    lines += [f"  {name:12} {acc.accuracy:.3f}  ({acc.correct}/{acc.scored})" for name, acc in result.metadata.items()]
    overall = result.metadata_overall
    lines.append(f"  {'all':12} {overall.accuracy:.3f}  ({overall.correct}/{overall.scored})")
    lines += ["", *_kind_table(result)]
    rates = result.rates
    lines.append(f"rates: P={rates.precision:.3f} R={rates.recall:.3f} F1={rates.f1:.3f} "
                 f"(tp={rates.tp} fp={rates.fp} fn={rates.fn})")
    lines.append(f"documents recall: {result.documents_recall:.3f} ({result.documents_found}/{result.documents_expected})")
    lines.append(f"evidence exact: {result.evidence_rate:.3f} ({result.evidence_exact}/{result.evidence_total})")
    failures = [f"{d.doc}: {d.error}" for d in result.docs if d.error is not None]
    if failures:
        lines += ["", "errors (scored as empty predictions):", *failures]
    if verbose:
        details = [line for d in result.docs for line in _verbose_lines(d)]
        if details:
            lines += ["", *details]
    lines += ["", score_line(result)]
    return "\n".join(lines) + "\n"
