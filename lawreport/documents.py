"""Interpret stage, documents: every 《…》 title, and a year's document named without them, with its span, type and
introducing verb."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from typing import NamedTuple

from . import lazy_regex as regex
from .catalog import Catalog, compile_cached, get_catalog
from .dates import YEAR
from .derive import from_catalog
from .scanning import NOT_CONCURRENT, AtEnd
from .structure import LIST_JOINS, VERB_SCOPE_ENDS, char_class, unwrapped
from .tuples import maker

# Bounded and free of nesting, so an unclosed 《 costs one short scan, never a backtrack. A long title may wrap
# over up to two line breaks (a converted page's fixed-width lines), right after its 《 or before its 》 too; a blank
# line ends it, and so does a sentence's end: no title holds 。, and marks around one enclose the columns of a page
# read across (《2020年某区“社区2223件。从人大代表… 法律之家”建设任务的通知》) or an unclosed 《 and the text after it.
_TITLE_TEXT = r"《(\n?[^《》\n。]{1,120}+(?:\n[^《》\n。]{1,120}+){0,2}+\n?)》"
CITED_TITLE = compile_cached(_TITLE_TEXT)  # a cited 《title》: documents are read from it, regions leave it out
# A short name the text gives a title it has just cited (…的报告》(以下简称《报告》), …》(下称《纲要》), a revised law's
# (以下简称新《条例》), one set in quotes: 以下简称“《若干解释》”): wherever it stands, the short name cites that title
# again, not a document of its own.
_ALIAS = compile_cached(r"(?<=简|统|下|下文)称为?\s*[“\"]?新?《([^《》\n]{1,30})》")  # opening with 称, which a search skips to
_LAST_VERB_SCOPE_END = compile_cached("(?r)" + char_class(VERB_SCOPE_ENDS))  # searched backwards: the last one
_LOOKBACK = 40
# A title cited before in the window, or the tail of one the window opens inside, holds words, not the verb (the
# 实施 of 《某某实施纲要》), and the verbs before it are its own: a title after it in another item of a list takes the
# verb after it only (审议《甲》、通报《乙》: 乙 is not what was 审议; 审议《甲》、印发《乙》: 印发). Titles in a row share the
# verb before the first (落实《某某实施纲要》和《某某办法》: _IN_A_ROW).
_CLOSING = "》"
# 新…的 or …后的 around a verb tells a law's history (新修订的《行政复议法》, 修改后的《条例》), not what the body did
# with it: the verb introducing the title is one before (贯彻新修订的《…》), or none. So does 新 before a verb right
# before the title (学习新修订《行政复议法》), and 新 before a run of verbs (新修订出台的《条例》): the run is the
# history. A plain …的 keeps its verb: the body or the one named did make the title (我局制定的《…办法》, 区政府印发
# 的《…方案》); so does 新 ending another word (重新修订, 创新制定: the body did it again, anew).
_HISTORY = compile_cached(r"(后)?的")
_NEW = compile_cached(r"(?<![重创革更])新")
# A title ending in the closing mark of one it cites (《某县贯彻落实〈…实施纲要〉工作方案》 cut as 《…〈…工作方案〉》)
# is of that one's kind.
_CLOSING_MARKS = "〉>”\"'’"
# Titles in a row (印发《甲》《乙》和《丙》, …、《丁》) share the verb before the first: a long row puts it beyond
# the lookback of the last.
_ROW_JOINERS = "、和及与或 "  # the characters that part titles in a row, any number of them
_ROW_WORD = "以及"  # …or this word
_IN_A_ROW_TEXT = rf"[{_ROW_JOINERS}]*|{_ROW_WORD}"
_IN_A_ROW = compile_cached(_IN_A_ROW_TEXT)
_IN_A_ROW_OPENERS = _ROW_JOINERS + _ROW_WORD[0]  # what the words between titles in a row open with
# ... and the verb after the last (将《甲》和《乙》印发, 对《甲》《乙》进行修订, 《甲》《乙》已于3月印发): the row's end.
_ROW_END = compile_cached(f"(?:(?:{_IN_A_ROW_TEXT}){_TITLE_TEXT})*+")
# The verb after the title introduces it where the title is the verb's object put before it (现将《…》印发给你们,
# 把《…》修订完善), the topic of 对…进行 (对《…》进行修订; not 针对《…》, 相对), or the clause's subject, done at a time
# or by a body (《…》已于3月印发, 《…》于去年经县政府常务会议审议通过), or issued now after its approval (《…》已经县政府
# 同意，现印发给你们); a title opening its clause otherwise (《…》实施以来) has none, and one taking effect is the law's
# history (《…》自1月1日起施行, 已于…正式施行).
_OBJECT_BEFORE = ("将", "把")
_TOPIC_BEFORE = compile_cached(r"(?<![针相])对$")
_SUBJECT_EFFECT = "(?<!起)(?!施行|实施)"
_PUBLICATION = "publication"  # the type of a paper or a journal (catalog [documents] publication)
# A document named without 《》 (catalog [documents] unmarked_after_year) ends where its name does: before anything but a
# character, or before a word joining the next (印发2025年依法行政工作要点和…, …白皮书及典型案例, …工作计划并…).
_UNMARKED_END = rf"(?:(?!\p{{Han}})|(?=[{LIST_JOINS}并等]))"


@from_catalog
def _verbs_after(catalog: Catalog) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """What follows the title of an object before its verb, of a topic, and of a subject: the verb as group 1."""
    verbs = catalog.document_verbs.pattern
    return (
        compile_cached(f"》(?:一并|予以|正式)?({verbs})"),
        compile_cached(f"》进行了?({verbs})"),
        compile_cached(rf"》(?|(?:已经?|已于|于)[^,，。;；《》\n]{{0,20}}?{_SUBJECT_EFFECT}({verbs})"
                       rf"|已经[^。;；《》\n]{{0,30}}?[,，]\s*现予?({verbs}))"),
    )


# The text's own place or body, named between the verb and the year (印发全县2025年…工作要点, 审议我区2021年…工作要点,
# 制定我局2024年…计划): one of the catalog's prefixes of the text's own place before a level's character, or the level's
# character alone (制定了局2022年度…工作计划, 印发院2023年…), or the level's government or committee (出台省政府2023年立法
# 工作计划, 编制县人民政府2024年…目录, 印发区委2024年…工作要点): the document's name opens at its year.
_OWN_LEVELS = "省市州区县旗镇乡局院委"
_LEVEL_BODIES = "人民政府|政府|委"


@from_catalog
def _unmarked(catalog: Catalog) -> regex.Pattern:
    """A document named without 《》, its year as group 3 and the rest of its name as group 4: right after a verb
    (印发了2025年…工作要点, the verb as group 2), the text's own place or body between them or not (印发全县2025年…,
    制定了局2022年度…), or whole in
    quotes (“2024年…实施方案”, the quote as group 1). The pattern opens at the 年 after the year, what stands before it
    looked behind for: a search skips to each 年, and first asks that a character or a quote stand before the year (not
    a pause, as before most years), then which."""
    own = f"[{''.join(catalog.lexicon.own_place_prefixes)}]?[{_OWN_LEVELS}](?:{_LEVEL_BODIES})?"
    return compile_cached(rf"(?<=[\p{{Han}}“]\d{{4}})(?<=(?:(“)|({catalog.document_verbs.pattern})了?(?:{own})?)({YEAR}))"
                          rf"({catalog.unmarked_after_year.pattern})(?(1)”|{_UNMARKED_END})")


@from_catalog
def _unmarked_name(catalog: Catalog) -> regex.Pattern:
    """_unmarked's year and name alone, to match a quoted name whole."""
    return compile_cached(f"{YEAR}(?:{catalog.unmarked_after_year.pattern})")


def names_a_document(name: str) -> bool:
    """Whether a quoted name is a document's, named by its year and kind (2024年法治宣传教育实施方案), not a programme's."""
    return _unmarked_name().fullmatch(name) is not None


class FoundDocument(NamedTuple):
    type: str
    verb: str | None
    start: int  # span of the title inside the brackets
    end: int


_new_document = maker(FoundDocument)  # one a title


@from_catalog
def _type_of(catalog: Catalog) -> Callable[[str], str]:
    """_type under the catalog's document types, remembered: reports cite the same few titles again and again.

    Each type is searched only in a title ending as one of its matches may (a type pattern ends at $):
    most titles end otherwise for all but one type.
    """
    patterns = tuple((name, AtEnd(pattern)) for name, pattern in catalog.document_types)
    return functools.lru_cache(maxsize=4096)(functools.partial(_type, patterns=patterns))


def _type(title: str, patterns: tuple[tuple[str, AtEnd], ...]) -> str:
    title = title.rstrip(_CLOSING_MARKS) or title
    for name, pattern in patterns:
        if pattern.search(title):
            return name
    return "document"


def _row_end(text: str, end: int) -> int:
    """The end of the titles in a row after the title that closes before ``end`` (_ROW_END), or ``end``."""
    return _ROW_END.match(text, end, None, NOT_CONCURRENT).end()  # type: ignore[union-attr]  # a pattern of a repeat always matches


def _in_a_row(text: str, end: int, start: int) -> bool:
    """Whether the title opening at `start` follows the one closing at `end` in a row (_IN_A_ROW between them). What
    the words between them open with is tested first: most titles stand apart, and their gap is then not matched."""
    return end == start or text[end] in _IN_A_ROW_OPENERS and _IN_A_ROW.fullmatch(text, end, start, NOT_CONCURRENT) is not None


def _verb(text: str, start: int, end: int) -> str | None:
    """The verb introducing the title that opens at ``start`` and closes before ``end``: the one after it, or after the
    last of the titles in a row it opens, where it is the verb's object, topic or subject (_verbs_after), else the
    nearest one before it within its scope (titles in a row share it)."""
    window_start = max(0, start - _LOOKBACK)
    scope_end = _LAST_VERB_SCOPE_END.search(text, window_start, start, NOT_CONCURRENT)
    window = text[scope_end.end() if scope_end else window_start:start]
    after = None
    if window.endswith(_OBJECT_BEFORE) or window.endswith("对") and _TOPIC_BEFORE.search(window, None, None, NOT_CONCURRENT):
        object_after, topic_after, _ = _verbs_after()
        after = (topic_after if window.endswith("对") else object_after).match(text, _row_end(text, end) - 1, None, NOT_CONCURRENT)
    elif not window.strip():
        after = _verbs_after()[2].match(text, _row_end(text, end) - 1, None, NOT_CONCURRENT)
    if after:
        return after.group(1)
    verb = None
    if _CLOSING in window:
        window = window[window.rindex(_CLOSING) + 1 :]
    before_run, run_start, run_end = None, 0, -1
    for m in get_catalog().document_verbs.finditer(window, None, None, False, NOT_CONCURRENT):
        if m.start() != run_end:  # a run of verbs (修订出台) tells a history as one
            before_run, run_start = verb, m.start()
        run_end = m.end()
        history = _HISTORY.match(window, run_end, None, NOT_CONCURRENT)
        if history and history.group(1):  # 修改后的: this verb's history (执行修改后的《…》 keeps 执行)
            continue
        if run_start and _NEW.match(window, run_start - 1, run_start, NOT_CONCURRENT) and (history or run_end == len(window)):
            verb = before_run
        else:
            verb = m
    return verb.group(0) if verb else None


def find_documents(normalized: str) -> list[FoundDocument]:
    """Scan the normalized text; the record reads each title from the original text at its span.

    A short name the text declares for a title it cites (see _ALIAS), and a title naming only a kind of document
    or none (catalog [documents] generic), is no document of its own; nor is the same title cited again where its
    context does not say (微电影《某某》首映 … 观看《某某》). A year's document named without 《》 (_unmarked) is found
    too. A title followed by the word for a journal (《某某》杂志), or by an issue where it names no
    kind of document (《某某》第3期), is a publication. Spaces padding a title inside its marks are left out of it."""
    type_of = _type_of()
    generic = get_catalog().generic_title.match
    aliases = {m.group(1) for m in _ALIAS.finditer(normalized, None, None, False, NOT_CONCURRENT)}
    found = []
    no_documents: set[str] = set()
    row_end, row_verb = None, None
    titles = []
    for m in cited_titles(normalized):
        titles.append(m.span())
        if row_end is None or not _in_a_row(normalized, row_end, m.start()):
            row_verb = _verb(normalized, m.start(), m.end())
        row_end = m.end()
        start, end = m.span(1)
        if normalized[start].isspace() or normalized[end - 1].isspace():  # a paper's credit line: 《 人民日报 》
            title = normalized[start:end]
            start, end = start + len(title) - len(title.lstrip()), end - len(title) + len(title.rstrip())
            if start >= end:
                continue
        if aliases and normalized[start:end] in aliases:
            continue
        kind = type_of(unwrapped(normalized[start:end]))  # a word wrapped over two lines (实施方\n案) is one word
        no_document = generic(normalized, start, None, NOT_CONCURRENT)
        if no_document is not None and (no_document.group("periodical") or no_document.group("issue")):
            if no_document.group("periodical") or kind == "document":  # 《…》杂志, 《…》第3期: a journal
                kind = _PUBLICATION
            no_document = None
        # a kind word after 》 names a programme only when the title names no kind of document (《民法典》宣传片)
        if no_document is not None and (no_document.group("after") is None or kind == "document"):
            no_documents.add(normalized[start:end])  # 《纲要》: a kind of document, not a title
            continue
        found.append(_new_document((kind, row_verb, start, end)))
    if no_documents:
        found = [d for d in found if normalized[d.start:d.end] not in no_documents]
    unmarked = _unmarked_documents(normalized, titles)
    return sorted(found + unmarked, key=lambda d: d.start) if unmarked else found


@functools.lru_cache(maxsize=1)
def cited_titles(normalized: str) -> tuple[regex.Match, ...]:
    """Every cited 《title》 of the text, scanned once for its documents, for its quoted spans and for the places its
    body names outside them (regions; the last text asked)."""
    return tuple(CITED_TITLE.finditer(normalized, None, None, False, NOT_CONCURRENT))


def quoted_spans(normalized: str, documents: list[FoundDocument]) -> list[tuple[int, int]]:
    """The spans of the documents and of every other cited title, in order: what a title holds is quoted, not the
    text's own statement, whether it names a document or not (a headline, 《…出庭应诉率达100%》, states another's
    figure)."""
    spans = {(d.start, d.end) for d in documents}
    if "《" in normalized:
        covered = sorted(spans)
        for m in cited_titles(normalized):
            start, end = m.span(1)
            k = bisect.bisect_right(covered, (end, end)) - 1
            if k < 0 or covered[k][1] <= start:  # not the span of a document read from it
                spans.add((start, end))
    return sorted(spans)


def _unmarked_documents(normalized: str, titles: list[tuple[int, int]]) -> list[FoundDocument]:
    """The documents named without 《》 (_unmarked), none inside a cited title (《关于印发2024年…的通知》 is one)."""
    found = []
    title_starts = [start for start, _ in titles]
    for m in _unmarked().finditer(normalized, None, None, False, NOT_CONCURRENT):
        k = bisect.bisect_right(title_starts, m.start()) - 1
        if k >= 0 and m.start() < titles[k][1]:
            continue
        start, end = m.start(3), m.end(4)
        verb = _verb(normalized, start, end + 1) if m.group(1) else m.group(2)
        found.append(_new_document((_type_of()(normalized[start:end]), verb, start, end)))
    return found
