"""Which stretches of an article's text to mark, and for which facts: the proof sheet's marks.

A fact locates its figure (``value.start/end``), its change (``change.span``), its
period (``period.span``) and its direction word (``trend.span``); a stated share
locates its percentage. Those spans are marked as they are.

Facts carry no span for their reporter and partner. They are found with the
recognisers' economy mentions (``extractor.recognise.mentions``): a mention is marked
for a fact when it lies in that fact's sentence and names the fact's reporter or
partner. That marks the words the reading came from in the ordinary case ("Cambodian
exports to Japan"), and leaves unmarked an economy the fact took from elsewhere in the
story (its subject, the title), where no word of the sentence names it: a mark there
would point at the wrong words. The tooltip of the figure still names both.

Several facts may share one stretch (a period stated once for a paragraph's figures);
such marks are merged into one mark that names them all. Marks that cross each other
are cut where they cross, so the pieces nest as HTML elements must.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from models import ArticleResult, EconomyMention, TradeFact

# Mark kinds, from the outermost to the innermost when two cover the same stretch.
KINDS = ("period", "economy", "trend", "share", "change", "money")
_DEPTH = {k: n for n, k in enumerate(KINDS)}


@dataclass
class Mark:
    """A stretch of text read as ``kind`` for the facts (and shares) ``refs``."""

    start: int
    end: int
    kind: str
    refs: list[str] = field(default_factory=list)
    economy: EconomyMention | None = None  # for an economy mark: the mention it is

    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.kind)


def article_marks(result: ArticleResult, text: str, economies: list[EconomyMention] | None = None) -> list[Mark]:
    """Every mark of one article, merged per stretch and kind, in text order.

    ``economies`` are the recognisers' economy mentions of ``text``; None leaves
    economies unmarked.
    """
    found: dict[tuple[int, int, str], Mark] = {}

    def add(start: int | None, end: int | None, kind: str, ref: str, economy: EconomyMention | None = None) -> None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            return  # a span the text cannot hold is not drawn rather than drawn wrong
        mark = found.setdefault((start, end, kind), Mark(start, end, kind, economy=economy))
        if ref not in mark.refs:
            mark.refs.append(ref)

    for fact in result.facts:
        add(fact.value.start, fact.value.end, "money", fact.id)
        if fact.change and fact.change.span:
            add(fact.change.span.start, fact.change.span.end, "change", fact.id)
        if fact.period and fact.period.span:
            add(fact.period.span.start, fact.period.span.end, "period", fact.id)
        if fact.trend:
            add(fact.trend.span.start, fact.trend.span.end, "trend", fact.id)
        for mention in _named_in_sentence(fact, economies or []):
            add(mention.start, mention.end, "economy", fact.id, mention)
    for share in result.shares:
        add(share.span.start, share.span.end, "share", share.id)
    return sorted(found.values(), key=lambda m: (m.start, -m.end, _DEPTH[m.kind]))


def _named_in_sentence(fact: TradeFact, economies: list[EconomyMention]) -> list[EconomyMention]:
    codes = {e.iso3 for e in (fact.reporter, fact.partner) if e is not None}
    return [m for m in economies
            if m.code in codes and fact.sentence.start <= m.start and m.end <= fact.sentence.end]


@dataclass
class Piece:
    """A piece of a mark as drawn: ``first`` is False for the later pieces of a cut mark."""

    mark: Mark
    start: int
    end: int
    first: bool
    children: list[Piece] = field(default_factory=list)


def nest(marks: list[Mark]) -> list[Piece]:
    """The marks as a forest of pieces whose ranges nest: a mark crossing the end of an
    enclosing one is cut at that end, and its rest goes on outside it.

    ``marks`` must be in ``article_marks``'s order (start, longer first); pieces of one
    level are in text order and do not overlap.
    """
    roots: list[Piece] = []
    pending = [(m.start, -m.end, _DEPTH[m.kind], n, m, True) for n, m in enumerate(marks)]
    pending.sort()
    stack: list[Piece] = []
    k = 0
    while k < len(pending):
        start, neg_end, _, order, mark, first = pending[k]
        end = -neg_end
        k += 1
        while stack and stack[-1].end <= start:
            stack.pop()
        if stack and end > stack[-1].end:
            # Crosses its parent's end: the part inside nests, the rest waits its turn.
            cut = stack[-1].end
            rest = (cut, -end, _DEPTH[mark.kind], order, mark, False)
            _insert_sorted(pending, k, rest)
            end = cut
        piece = Piece(mark, start, end, first)
        (stack[-1].children if stack else roots).append(piece)
        stack.append(piece)
    return roots


def _insert_sorted(pending: list, start: int, item: tuple) -> None:
    k = start
    while k < len(pending) and pending[k][:4] < item[:4]:
        k += 1
    pending.insert(k, item)
