"""The proof sheet as HTML: each article's text with its figures marked, its checks, its figures.

Every piece of an article (its text, id, title, the messages made from it) is data:
it passes through ``html.escape`` and never becomes markup. The page's styles and
script are the package's data files (``static/``), inlined, so the sheet is one file
that opens without a network.

``Sheet`` takes articles one at a time and keeps their rendered sections in a
temporary file rather than in memory, since the summary that opens the page is known
only once the last article is in.
"""
from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from string import Template
from typing import TextIO

from extractor.check.describe import date_range
from extractor.recognise import mentions
from extractor.sheet.marks import Mark, Piece, article_marks, nest
from extractor.sheet.tips import change, economy, mark_tip, measure_words, notes
from extractor.sheet.workings import workings
from models import ArticleResult, Check, EconomyMention, TradeFact

# What a check's link lights in the text, beside the figures' amounts: the stated
# changes where the rule recomputes a change, the direction word where it reads one.
_LIGHTS = {"change": "money change", "change_of_parts": "money change", "previous": "money change",
           "direction": "money trend", "share": "money share", "shares_sum": "money share"}

_ERROR_TEXT_CHARS = 5_000  # of an article that was not processed, the start is enough to know it

_STATUS_WORDS = {"inconsistent": "✗ inconsistent", "unverifiable": "? unverifiable", "consistent": "✓ consistent"}


def _static(name: str) -> str:
    return resources.files("extractor.sheet").joinpath("static", name).read_text(encoding="utf-8")


def _attr(value: str) -> str:
    return escape(value, quote=True)


@dataclass
class _Entry:
    """What the summary needs of one article."""

    anchor: str
    id: str
    facts: int
    inconsistent: list[str]   # anchors of its inconsistent checks
    error: str | None


@dataclass
class Sheet:
    """A proof sheet being made: ``add`` each article, then ``write`` the page."""

    title: str = "tradefacts proof sheet"
    home: str | None = None   # a link back to where the article came from (the service's form)
    entries: list[_Entry] = field(default_factory=list)

    in_memory: bool = False   # the web service keeps what it was sent off the disk

    def __post_init__(self) -> None:
        self._sections = io.StringIO() if self.in_memory else tempfile.TemporaryFile(mode="w+", encoding="utf-8")

    def add(self, result: ArticleResult, text: str | None) -> None:
        anchor = f"a{len(self.entries) + 1}"
        self._sections.write(article_section(result, text, anchor))
        inconsistent = [f"{anchor}-c{n}" for n, c in enumerate(result.checks, 1) if c.status == "inconsistent"]
        self.entries.append(_Entry(anchor, result.id, len(result.facts), inconsistent, result.error))

    def write(self, out: TextIO) -> None:
        head, tail = Template(_static("sheet.html")).substitute(
            title=escape(self.title), css=_static("sheet.css"), js=_static("sheet.js"),
            links=f'<a class="home" href="{_attr(self.home)}">check another story</a>' if self.home else "",
            body="\x00").split("\x00")
        out.write(head)
        out.write(summary(self.entries))
        self._sections.seek(0)
        while chunk := self._sections.read(1 << 16):
            out.write(chunk)
        out.write(tail)

    def close(self) -> None:
        self._sections.close()

    def html(self) -> str:
        buffer = io.StringIO()
        self.write(buffer)
        return buffer.getvalue()


def render_sheet(items: list[tuple[ArticleResult, str | None]], title: str = "tradefacts proof sheet",
                 home: str | None = None) -> str:
    """A whole sheet for a few articles, as a string (the web service's answer)."""
    sheet = Sheet(title, home, in_memory=True)
    try:
        for result, text in items:
            sheet.add(result, text)
        return sheet.html()
    finally:
        sheet.close()


def summary(entries: list[_Entry]) -> str:
    facts = sum(e.facts for e in entries)
    inconsistencies = sum(len(e.inconsistent) for e in entries)
    bad = [e for e in entries if e.inconsistent]
    errors = [e for e in entries if e.error]
    counts = (f'<p class="counts"><b>{len(entries)}</b> article{"s" * (len(entries) != 1)}, '
              f'<b>{facts}</b> fact{"s" * (facts != 1)}, '
              f'<b class="{"bad" if inconsistencies else "good"}">{inconsistencies}</b> '
              f'inconsistenc{"ies" if inconsistencies != 1 else "y"} in {len(bad)} article{"s" * (len(bad) != 1)}, '
              f'<b class="{"bad" if errors else "good"}">{len(errors)}</b> error{"s" * (len(errors) != 1)}</p>')
    parts = ['<nav class="summary" aria-label="summary">', counts]
    if bad:
        links = "".join(f'<li><a href="#{e.anchor}">{escape(e.id)}</a>: '
                        + ", ".join(f'<a class="check-link" href="#{c}">inconsistency {n}</a>'
                                    for n, c in enumerate(e.inconsistent, 1)) + "</li>" for e in bad)
        parts.append(f'<h2>Inconsistent</h2><ul class="inconsistent-list">{links}</ul>')
    if errors:
        links = "".join(f'<li><a href="#{e.anchor}">{escape(e.id)}</a>: {escape(e.error or "")}</li>' for e in errors)
        parts.append(f'<h2>Not processed</h2><ul class="error-list">{links}</ul>')
    if len(entries) > 1:
        links = "".join(f'<li><a href="#{e.anchor}">{escape(e.id)}</a> <span class="n">{e.facts}</span></li>'
                        for e in entries)
        parts.append(f'<details><summary>All {len(entries)} articles</summary><ol class="all">{links}</ol></details>')
    parts.append(_LEGEND)
    parts.append("</nav>")
    return "".join(parts)


_LEGEND = ('<p class="legend">Figures: <mark class="mk money m-export">exports</mark> '
           '<mark class="mk money m-import">imports</mark> <mark class="mk money m-total">total trade</mark> '
           '<mark class="mk money m-balance">balance</mark> <mark class="mk money m-total forecast">forecast</mark> '
           '<mark class="mk money m-export product">product or sector</mark>; '
           '<mark class="mk change m-total">change</mark> <mark class="mk period">period</mark> '
           '<mark class="mk economy">economy</mark> <mark class="mk share">share</mark> '
           '<mark class="mk trend">direction word</mark>. Hover over or tab to a mark to see what it was read as. '
           'Economies are marked where the fact\'s own sentence names its reporter or partner.</p>')


def article_section(result: ArticleResult, text: str | None, anchor: str) -> str:
    facts = {f.id: f for f in result.facts}
    shares = {s.id: s for s in result.shares}
    bad = sum(c.status == "inconsistent" for c in result.checks)
    status = "error" if result.error else ("inconsistent" if bad else ("consistent" if result.checks else "none"))
    head = [f'<h2><a class="self" href="#{anchor}">{escape(result.id)}</a></h2>']
    if result.published:
        head.append(f'<span class="meta">{result.published.isoformat()}</span>')
    if result.title:
        head.append(f'<span class="meta title">{escape(" ".join(result.title.split()))}</span>')
    badge = {"error": "not processed", "inconsistent": f"{bad} inconsistent",
             "consistent": "consistent", "none": "nothing to check"}[status]
    head.append(f'<span class="badge {status}">{escape(badge)}</span>')
    disputed = {i for c in result.checks if c.status == "inconsistent" for i in c.facts}
    # A stated change is in dispute only where the failed check reads changes.
    changes = {i for c in result.checks if c.status == "inconsistent" and "change" in _LIGHTS.get(c.rule, "")
               for i in c.facts}
    text = text or ""
    if result.error and len(text) > _ERROR_TEXT_CHARS:  # a text refused for its size is not shown whole
        body = escape(text[:_ERROR_TEXT_CHARS]) + f"\n[… {len(text) - _ERROR_TEXT_CHARS:,} more characters]"
    else:
        body = marked_text(result, text, facts, shares, anchor, disputed, changes)
    side = []
    if result.error:
        side.append(f'<p class="error">Not processed: {escape(result.error)}</p>')
    elif not result.facts:
        side.append('<p class="none">No trade figures found.</p>')
    else:
        side.append(_checks(result, facts, shares, anchor))
    table = _figures(result.facts, anchor, disputed) if result.facts else ""
    return (f'<section class="article {status}" id="{anchor}" data-article="{_attr(result.id)}">'
            f'<header>{"".join(head)}</header><div class="cols">'
            f'<div class="text" lang="en">{body}</div><aside>{"".join(side)}</aside></div>{table}</section>\n')


def _economies(text: str, result: ArticleResult) -> list[EconomyMention]:
    """The recognisers' economy mentions; none (economies left unmarked) should they fail."""
    if not result.facts:
        return []
    try:
        return [m for m in mentions(text, result.published, result.title) if isinstance(m, EconomyMention)]
    except Exception:  # the marks of figures matter more than those of economies
        return []


def marked_text(result: ArticleResult, text: str, facts: dict[str, TradeFact], shares, anchor: str,
                disputed: set[str], disputed_changes: set[str] = frozenset()) -> str:
    marks = article_marks(result, text, _economies(text, result))
    out: list[str] = []
    placed: set[str] = set()  # fact and share ids that have an element with their anchor

    def emit(pieces: list[Piece], start: int, end: int) -> None:
        at = start
        for piece in pieces:
            out.append(escape(text[at:piece.start]))
            out.append(_open(piece, facts, shares, anchor, disputed_changes if piece.mark.kind == "change"
                             else disputed, placed))
            emit(piece.children, piece.start, piece.end)
            out.append("</mark>")
            at = piece.end
        out.append(escape(text[at:end]))

    emit(nest(marks), 0, len(text))
    # A figure that shares its stretch with another still gets a target for its links.
    missing = [ref for ref in [*facts, *shares] if ref not in placed]
    targets = "".join(f'<span class="anchor" id="{anchor}-{ref}"></span>' for ref in missing)
    return targets + "".join(out)


def _open(piece: Piece, facts, shares, anchor: str, disputed: set[str], placed: set[str]) -> str:
    mark: Mark = piece.mark
    owners = [facts[r] for r in mark.refs if r in facts]
    classes = ["mk", mark.kind]
    measures = {f.measure for f in owners}
    if mark.kind in ("money", "change", "trend"):
        classes.append(f"m-{measures.pop()}" if len(measures) == 1 else "m-mixed")
    if mark.kind == "money":
        if any(f.modality == "forecast" for f in owners):
            classes.append("forecast")
        if any(f.product for f in owners):
            classes.append("product")
        if any(f.role == "comparison" for f in owners):
            classes.append("earlier")
    if mark.kind in ("money", "change", "share") and disputed & set(mark.refs):
        classes.append("disputed")
    attrs = [f'class="{" ".join(classes)}"', f'data-f="{_attr(" ".join(mark.refs))}"']
    if piece.first:
        attrs.append(f'data-tip="{_attr(mark_tip(mark, facts, shares))}" tabindex="0"')
        if mark.kind in ("money", "share"):
            own = next((r for r in mark.refs if r not in placed), None)
            if own is not None:
                placed.add(own)
                attrs.append(f'id="{anchor}-{_attr(own)}"')
    return f"<mark {' '.join(attrs)}>"


def _checks(result: ArticleResult, facts, shares, anchor: str) -> str:
    if not result.checks:
        return '<p class="none">No relation between these figures can be recomputed.</p>'
    items = []
    for n, c in enumerate(result.checks, 1):
        items.append(_check(c, f"{anchor}-c{n}", facts, shares, anchor))
    return f'<h3>Checks</h3><ol class="checks">{"".join(items)}</ol>'


def _check(c: Check, cid: str, facts, shares, anchor: str) -> str:
    refs = " ".join(c.facts)
    links = " ".join(f'<a class="fig" href="#{anchor}-{_attr(ref)}" data-check="{cid}">{escape(ref)}</a>'
                     for ref in c.facts)
    steps = "".join(f"<li>{escape(line)}</li>" for line in workings(c, facts, shares))
    if steps:  # an inconsistency's arithmetic is shown; a consistent check's is a click away
        steps = f'<ul class="workings">{steps}</ul>'
        if c.status != "inconsistent":
            steps = f'<details class="workings"><summary>arithmetic</summary>{steps}</details>'

    return (f'<li class="check {c.status}" id="{cid}" data-refs="{_attr(refs)}" '
            f'data-lights="{_LIGHTS.get(c.rule, "money")}">'
            f'<span class="status">{_STATUS_WORDS[c.status]}</span> <span class="rule">{escape(c.rule)}</span> '
            f'<p class="message">{escape(" ".join(c.message.split()))}</p>{steps}'
            f'<p class="figs">figures: {links} <a class="show" href="#{anchor}-{_attr(c.facts[0])}" '
            f'data-check="{cid}">show in the text</a></p></li>')


def _period_cell(fact: TradeFact) -> str:
    p = fact.period
    if p is None or p.start is None or p.end is None:
        return "-"
    return (f'{escape(date_range(p.start, p.end, short=True))}<br>'
            f'<small>{p.start.isoformat()} to {p.end.isoformat()}</small>')


def _figures(facts: list[TradeFact], anchor: str, disputed: set[str]) -> str:
    rows = []
    for f in facts:
        cls = ' class="disputed"' if f.id in disputed else ""
        c = change(f) if f.change else ""
        rows.append(f'<tr{cls} data-f="{_attr(f.id)}"><td><a href="#{anchor}-{_attr(f.id)}">{escape(f.id)}</a></td>'
                    f'<td><span class="swatch m-{_attr(f.measure)}"></span>{escape(measure_words(f))}</td>'
                    f'<td>{escape(economy(f.reporter))}</td>'
                    f'<td>{escape(economy(f.partner) if f.partner else "world")}</td>'
                    f'<td>{_period_cell(f)}</td>'
                    f'<td>{escape(" ".join(f.value.text.split()))}<br><small>{f.value.amount:,.0f} '
                    f'{escape(f.value.currency or "")}</small></td>'
                    f'<td>{escape(c)}</td><td>{escape(", ".join(notes(f)))}</td></tr>')
    return ('<h3>Figures as read</h3><table class="figures"><thead><tr><th>id</th><th>measure</th>'
            '<th>reporter</th><th>partner</th><th>period</th><th>amount</th><th>change</th><th>notes</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')
