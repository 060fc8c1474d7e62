"""HTML reader: a government article page as its title, its 来源/发布时间 line and its paragraphs.

Why a tokenizer of our own rather than a library: measured on hostile pages,
the standard library's html.parser (Python 3.11.7) is quadratic on an unclosed
construct repeated (``<a`` 80,000 times: 26 s for 160 KB) and selectolax/lexbor
on deep nesting (``<div>`` 200,000 times: 175 s for 1 MB). Here every construct
is found by one forward search that never rescans (a tag or comment left open
runs to the end of the page, as in HTML5), and the stack of open elements is
capped, so time grows linearly with the page; it needs no dependency either.

What is kept: the article container (the element whose paragraphs hold the most
text outside links), the article's title (its heading, else the page's <title>
without the site's name) and its 来源/发布时间 line, in that order, so the
metadata stage reads them as it reads a text file. Navigation, breadcrumbs,
footers, scripts, styles and hidden elements are left out. One paragraph per
line; a table row is one line with its cells separated by tabs.
"""

from __future__ import annotations

import gc
import re
from html import unescape

from ..catalog import get_catalog
from ..decode import decode
from ..errors import ExitCode, LawreportError
from ..normalize import normalize
from ..source import Source

NOTE = ("offsets index the text lawreport extracted from the HTML page (its title, 来源/发布时间 line "
        "and the article's paragraphs, one per line), not the page's markup")

MAX_DEPTH = 256  # elements nested deeper join their parent; real pages nest fewer than 40
_WALK = 8  # how far down the open elements an implied end tag (</p>, </li>, </td>) looks
_TITLE_SCAN = 40  # elements into the article where its heading may stand
_INFO_SCAN = 24  # elements around the title and the article's start where its 来源/发布时间 line may stand

_MARKUP = re.compile(r"<[!?/A-Za-z]")
# Possessive and with exclusive branches: an unterminated tag fails in one scan.
_START_TAG = re.compile(r"""([A-Za-z][^\s/>]*+)((?:"[^"]*+"|'[^']*+'|[^>"'])*+)>""")
_END_TAG = re.compile(r"/([A-Za-z][^\s/>]*+)[^>]*+>")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_KEPT_ATTRS = frozenset({"id", "class", "style", "hidden", "aria-hidden"})
# Elements whose content is raw text up to their end tag; only <title> is kept.
_RAW = {tag: re.compile(rf"</{tag}[\s/>]", re.IGNORECASE)
        for tag in ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript")}
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "basefont", "bgsound", "frame", "keygen"})
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
                    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
                    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
                    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"})
_CLOSES_P = _BLOCK - {"body", "caption", "html", "td", "th", "tr", "tbody", "thead", "tfoot"}
_P_SCOPE = frozenset({"table", "td", "th", "caption", "button", "object", "html", "body"})
# A start tag that closes an open element of the first set, unless one of the second lies between.
_IMPLIED = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "tbody", "thead", "tfoot"})),
    "option": (frozenset({"option"}), frozenset({"select"})),
}
# Never text of the article, wherever they are.
_DROPPED_TAGS = frozenset({"head", "select", "option", "button", "svg", "math", "template", "object", "video",
                           "audio", "canvas", "map", "datalist", "nav", "aside", "footer", "menu"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TITLE_WORDS = ("title", "tit", "biaoti", "bt")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s_-]+")
_SITE_SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-－—–]+\s+|--+")
# A line break between two non-ASCII characters is source formatting, not a space.
_CJK_BREAK = re.compile(r"(?<=[^\x00-\x7f])[ \t\r\f]*\n[ \t\r\n\f]*(?=[^\x00-\x7f])")
_SPACES = re.compile(r"[ \t\r\n\f]+")
_WIDE_GAP = re.compile(r"[ \xa0\u3000]{2,}|\u3000")  # between the fields of a 来源/发布时间 line
_INFO_LABEL = re.compile(r"^(?:信息来源|文章来源|稿件来源|来源|发布时间|发布日期|发文日期|成文日期|更新时间|"
                         r"日期|时间|作者|发布机构|发文机关)\s*[:：]")
_LABEL_SPAN = 8  # characters: the longest label and its colon, with spaces between


def _info_label(piece: str) -> bool:
    """Whether a piece opens with a label of the 来源/发布时间 line, read as the text stages read it: a traditional-script
    page labels its line 來源, 發佈時間, 資訊來源."""
    return _INFO_LABEL.match(normalize(piece[:_LABEL_SPAN])) is not None
_FURNITURE_LINE_MAX = 120  # longer lines are paragraphs, whatever words they hold
_CHARSET = re.compile(rb"""<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_CHARSET_SCAN = 4096
# Declared charsets a Chinese page can truly be in; any other (iso-8859-1 …) is a
# mislabel, and the bytes are decoded as a text file's would be.
_CHARSETS = {
    **dict.fromkeys(("utf-8", "utf8", "unicode-1-1-utf-8"), "utf-8"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "chinese", "cp936", "windows-936",
                     "gb18030", "euc-cn", "x-euc-cn", "hz-gb-2312"), "gb18030"),
    **dict.fromkeys(("big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950"), "big5hkscs"),
}


class _Node:
    __slots__ = ("attrs", "children", "has_block", "tag")

    def __init__(self, tag: str, attrs: dict[str, str]):
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node | str] = []
        self.has_block = False


def _declared_charset(raw: bytes) -> str | None:
    """The codec a page's <meta charset> or http-equiv names, when it is one a Chinese page can be in."""
    m = _CHARSET.search(raw, 0, _CHARSET_SCAN)
    return _CHARSETS.get(m.group(1).decode("ascii").lower()) if m else None


def read(raw: bytes, name: str, path: str | None, *, max_bytes: int, max_chars: int) -> Source:
    """Decode a page (declared charset, else as a text file) and keep its article.

    `max_bytes` and `max_chars` are the readers' common signature; a page's text is never
    longer than the page, and load.from_bytes holds it to `max_chars`.
    """
    page, encoding = decode(raw, name, declared=_declared_charset(raw))
    text = extract_text(page)
    if not text:
        raise LawreportError(f"{name}: the HTML page holds no text", ExitCode.EMPTY)
    return Source(text=text, encoding=encoding, path=path, format="html", size=len(raw), note=NOTE)


def extract_text(page: str) -> str:
    """The article of a decoded page: title, 来源/发布时间 line, then paragraphs, one per line."""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # a tree has no cycles, and collections over a million nodes cost more than the parse
    try:
        return _extract(page)
    finally:
        if gc_was_enabled:
            gc.enable()


def _extract(page: str) -> str:
    root, page_title = _parse(page)
    order, scores, sizes = _measure(root)
    best = max(range(len(order)), key=lambda i: (scores.get(order[i], 0.0), -i))
    container = order[best]
    end = best + sizes[container]  # the container's elements are order[best:end]
    segments = [s for s in _SITE_SEPARATOR.split(page_title) if s]
    main = max(segments, key=len) if segments else ""
    # A <title> naming the site alone (某区人民政府门户网站) or its body alone (某区人民政府) titles nothing; the site's name
    # is kept above the heading that does, and may place the page (a body's name there would read as a letterhead).
    site = main if get_catalog().lexicon.site_name.match(main) else ""
    title_node, title = _title(order, best, end, "" if site or get_catalog().org.fullmatch(main) else main)
    info_nodes, info = _info(order, best, end, title_node)
    skip = {id(n) for n in info_nodes}
    if title_node is not None:
        skip.add(id(title_node))
    furniture = get_catalog().page_furniture
    lines = [line for line in _Writer(skip).lines(container)
             if len(line) > _FURNITURE_LINE_MAX or not furniture.search(line)]
    head = [site, title] if site and title else [title] if title else []
    if info:
        head.append(info)
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n".join(head + lines)


# --- parsing --------------------------------------------------------------------


def _attrs(source: str) -> dict[str, str]:
    if not source.strip():
        return {}
    found = {}
    for m in _ATTR.finditer(source):
        key = m.group(1).lower()
        if key in _KEPT_ATTRS and key not in found:
            value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
            found[key] = unescape(value or "")
    return found


def _parse(page: str) -> tuple[_Node, str]:
    """The element tree (implied end tags for p, li, td …; depth capped) and the page's <title>."""
    root = _Node("#root", {})
    stack = [root]
    open_count: dict[str, int] = {}
    page_title = ""

    def pop_to(index: int) -> None:
        while len(stack) > index:
            node = stack.pop()
            open_count[node.tag] -= 1

    def close_implied(closes: frozenset[str], scope: frozenset[str]) -> None:
        target = None
        for index in range(len(stack) - 1, max(0, len(stack) - 1 - _WALK), -1):
            tag = stack[index].tag
            if tag in closes:
                target = index
            elif tag in scope:
                break
        if target is not None:
            pop_to(target)

    pos, n = 0, len(page)
    while pos < n:
        m = _MARKUP.search(page, pos)
        if m is None:
            stack[-1].children.append(page[pos:])
            break
        at = m.start()
        if at > pos:
            stack[-1].children.append(page[pos:at])
        kind = page[at + 1]
        if page.startswith("<!--", at):
            end = page.find("-->", at + 4)
            if end < 0:
                break
            pos = end + 3
            continue
        if kind in "!?":
            end = page.find(">", at + 2)
            if end < 0:
                break
            pos = end + 1
            continue
        if kind == "/":
            e = _END_TAG.match(page, at + 1)
            if e is None:  # </ and no letter: a bogus comment up to >
                end = page.find(">", at + 2)
                if end < 0:
                    break
                pos = end + 1
                continue
            pos = e.end()
            tag = e.group(1).lower()
            if tag == "br":
                stack[-1].children.append(_Node("br", {}))
            elif open_count.get(tag):
                index = len(stack) - 1
                while stack[index].tag != tag:
                    index -= 1
                pop_to(index)
            continue
        s = _START_TAG.match(page, at + 1)
        if s is None:  # a tag still open at the end of the page: HTML5 drops it
            break
        pos = s.end()
        tag = s.group(1).lower()
        raw_end = _RAW.get(tag)
        if raw_end is not None:
            close = raw_end.search(page, pos)
            content = page[pos:close.start() if close else n]
            if tag == "title" and not page_title:
                page_title = _collapse(unescape(content))
            if close is None:
                break
            end = page.find(">", close.start())
            if end < 0:
                break
            pos = end + 1
            continue
        if tag in _CLOSES_P and open_count.get("p"):
            close_implied(frozenset({"p"}), _P_SCOPE)
        implied = _IMPLIED.get(tag)
        if implied is not None and any(open_count.get(t) for t in implied[0]):
            close_implied(*implied)
        node = _Node(tag, _attrs(s.group(2)))
        stack[-1].children.append(node)
        if tag not in _VOID and len(stack) < MAX_DEPTH:
            stack.append(node)
            open_count[tag] = open_count.get(tag, 0) + 1
    return root, page_title


# --- choosing the article ---------------------------------------------------------


def _dropped(node: _Node) -> bool:
    if node.tag in _DROPPED_TAGS:
        return True
    attrs = node.attrs
    if not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(attrs.get("style", "")):
        return True
    words = f"{attrs.get('id', '')} {attrs.get('class', '')}".lower()
    return any(word in get_catalog().lexicon.furniture_classes for word in _WORD_SPLIT.split(words))


def _visible_chars(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")


def _measure(root: _Node) -> tuple[list[_Node], dict[_Node, float], dict[_Node, int]]:
    """Elements in document order, each one's score as the article's container, and its element count.

    A block's own text (its text up to the next nested block, links left out)
    scores for the block, in full for its parent and by half for its grandparent,
    so the element holding the most paragraphs of prose wins.
    """
    order: list[_Node] = []
    parents: list[tuple[_Node | None, _Node | None]] = []
    todo: list[tuple[_Node, _Node | None, _Node | None]] = [(root, None, None)]
    while todo:
        node, parent, grand = todo.pop()
        if _dropped(node):
            continue
        order.append(node)
        parents.append((parent, grand))
        for child in reversed(node.children):
            if isinstance(child, _Node):
                todo.append((child, node, parent))
    own: dict[_Node, tuple[int, int]] = {}  # text up to nested blocks: (characters, of which in links)
    scores: dict[_Node, float] = {}
    sizes: dict[_Node, int] = {}
    for index in range(len(order) - 1, -1, -1):
        node = order[index]
        chars = links = 0
        size = 1
        has_block = False
        for child in node.children:
            if isinstance(child, str):
                chars += _visible_chars(child)
                continue
            measured = own.get(child)
            if measured is None:  # dropped
                continue
            size += sizes[child]
            if child.tag in _BLOCK or child.tag == "br":  # a cell with either is no single line of a row
                has_block = True
            if child.tag not in _BLOCK:
                chars += measured[0]
                links += measured[1]
                has_block = has_block or child.has_block
        if node.tag == "a":
            links = chars
        node.has_block = has_block
        own[node] = (chars, links)
        sizes[node] = size
        if node.tag in _BLOCK and chars and links * 2 <= chars:
            prose = chars - links
            parent, grand = parents[index]
            scores[node] = scores.get(node, 0.0) + prose
            if parent is not None:
                scores[parent] = scores.get(parent, 0.0) + prose
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + prose / 2
    return order, scores, sizes


def _inline_pieces(node: _Node) -> list[str]:
    """The text pieces of a block up to its nested blocks, each collapsed, in order."""
    pieces: list[str] = []
    todo: list[_Node | str] = list(reversed(node.children))
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            piece = _collapse(unescape(item))
            if piece:
                pieces.append(piece)
        elif item.tag not in _BLOCK and item.tag != "br" and not _dropped(item):
            todo.extend(reversed(item.children))
    return pieces


def _is_title_like(node: _Node) -> bool:
    if node.tag in _HEADINGS:
        return True
    words = _WORD_SPLIT.split(f"{node.attrs.get('id', '')} {node.attrs.get('class', '')}".lower())
    return any(word.startswith(_TITLE_WORDS) for word in words if word)


def _title(order, best: int, end: int, main: str) -> tuple[_Node | None, str]:
    """The article's heading: the one the page <title> (`main`, without the site's name) names, else `main`; without
    one (the <title> named the site alone), the last h1/h2 heading."""
    candidates = []
    for node in order[:min(end, best + _TITLE_SCAN)]:
        if _is_title_like(node):
            text = " ".join(_inline_pieces(node))
            if 4 <= len(text) <= 100:
                candidates.append((node, text))
    for node, text in reversed(candidates):
        if main and (main in text or (text in main and len(text) * 2 > len(main))):
            return node, text
    if 4 <= len(main) <= 100:
        return None, main
    headings = [(node, text) for node, text in candidates if node.tag in ("h1", "h2")]
    return headings[-1] if headings else (None, "")


def _info(order, best: int, end: int, title_node: _Node | None) -> tuple[list[_Node], str]:
    """The 来源/发布时间 line: labelled pieces of the blocks around the title and the article's first lines.

    A table row is read whole, so a label in one cell takes the value in the next
    (the 发布机构 | 发文日期 table of a 政府信息公开 page).
    """
    anchor = best
    if title_node is not None:
        anchor = min(best, next((i for i, node in enumerate(order) if node is title_node), best))
    nodes, kept = [], []
    cells = _Writer(set())
    for node in order[max(0, anchor - _INFO_SCAN):min(end, best + _INFO_SCAN)]:
        if node.tag not in _BLOCK or node is title_node:
            continue
        pieces = [part for piece in _info_pieces(node, cells) for part in _WIDE_GAP.split(piece)]
        merged: list[str] = []
        for piece in pieces:
            if merged and merged[-1].endswith((":", "：")) and _info_label(merged[-1]) \
                    and not _info_label(piece):
                merged[-1] += piece
            else:
                merged.append(piece)
        labelled = [p for p in merged if _info_label(p) and not p.endswith((":", "："))]
        if labelled:
            nodes.append(node)
            kept.extend(labelled)
    return nodes, "  ".join(dict.fromkeys(kept))


# --- writing lines ------------------------------------------------------------------


def _collapse(text: str) -> str:
    """A piece of text as one line: source formatting's line breaks between non-ASCII characters dropped, other
    runs of spaces made one. The breaks are looked for only in a piece holding one: _CJK_BREAK, opening with a
    lookbehind, is tried at every character."""
    if "\n" in text:
        text = _CJK_BREAK.sub("", text)
    return _SPACES.sub(" ", text).strip(" \t\r\n\f\xa0\u3000")


def _cells(row: _Node) -> list[_Node]:
    return [c for c in row.children if isinstance(c, _Node) and c.tag in ("td", "th") and not _dropped(c)]


def _info_pieces(node: _Node, cells: _Writer) -> list[str]:
    """The text pieces of a block up to its nested blocks; of a table row, those of each cell, a cell of one
    line read whole (发布机构 | 某区司法局, each cell's text in a <p>)."""
    if node.tag != "tr":
        return _inline_pieces(node)
    pieces = []
    for cell in _cells(node):
        line = cells.cell_line(cell) if cell.has_block else None
        pieces += _inline_pieces(cell) if line is None else [line]
    return pieces


class _Writer:
    """Lines of a container: a block or <br> ends a line, a table row whose cells are each one line is one line
    of tab-separated cells. A writer told `most` stops once it has written more lines than that."""

    def __init__(self, skip: set[int], most: int | None = None, rows: dict[int, str | None] | None = None):
        self.skip = skip
        self.most = most
        # Each table row's line (None: a cell holds more), by id, shared with the writers of its cells:
        # a row inside nested tables is read once, not once for each table around it.
        self.rows: dict[int, str | None] = {} if rows is None else rows
        self.out: list[str] = []
        self.parts: list[str] = []

    def cell_line(self, cell: _Node) -> str | None:
        """A table cell's text as one line, or None when it holds more than one. A page saved from a word
        processor wraps each cell's text in a paragraph (<td><p>42</p></td>): still one line."""
        if not cell.has_block:
            return " ".join(_inline_pieces(cell))
        lines = _Writer(self.skip, 1, self.rows).lines(cell)
        return None if len(lines) > 1 else "".join(lines)

    def lines(self, node: _Node) -> list[str]:
        self._walk(node)
        self._flush()
        return self.out

    def _flush(self) -> None:
        if self.parts:
            line = _collapse(unescape("".join(self.parts)))
            self.parts = []
            if line:
                self.out.append(line)

    def _walk(self, node: _Node) -> None:
        todo: list[_Node | str | None] = [node]  # None: the end of a block
        while todo:
            if self.most is not None and len(self.out) > self.most:
                return
            item = todo.pop()
            if item is None:
                self._flush()
            elif isinstance(item, str):
                self.parts.append(item)
            elif id(item) in self.skip or _dropped(item):
                continue
            elif item.tag == "br":
                self._flush()
            elif item.tag == "tr" and (row := self._row(item)) is not None:
                self._flush()
                if row:
                    self.out.append(row)
            elif item.tag in _BLOCK:
                self._flush()
                todo.append(None)
                todo.extend(reversed(item.children))
            else:
                todo.extend(reversed(item.children))

    def _row(self, row: _Node) -> str | None:
        """A table row as one line of tab-separated cells, or None when a cell holds more than one line."""
        if id(row) not in self.rows:
            lines = [self.cell_line(cell) for cell in _cells(row)]
            cells = [line for line in lines if line is not None]
            self.rows[id(row)] = "\t".join(cells).strip("\t") if len(cells) == len(lines) else None
        return self.rows[id(row)]
