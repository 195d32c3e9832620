"""Build trade facts from an article's mentions and its parsed candidate sentences.

Per sentence: find the triggers, attach each money figure to its trigger through the
parse, tell the reported figure from the ones it is compared with, give each its
period, change, parties, sign and modality. Across sentences: carry the balance kind,
the parties of a measure, and changes stated apart from their figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.assemble.attach import attach, tokens_in
from extractor.assemble.changes import direction, is_value_change
from extractor.assemble.context import ArticleContext
from extractor.assemble.discourse import BalanceKinds, ChangeOnly, kind_in_sentence, merge_changes
from extractor.assemble.parties import EconomyTokens, Parties, resolve_parties
from extractor.assemble.timing import assign_periods, previous_period, resolve
from extractor.recognise.period import fiscal_period_for
from extractor.assemble.triggers import Trigger, find_triggers
from extractor.data.lexicon import (
    CHANGE_AFTER_CUE, CHANGE_AMOUNT_CUE, CHANGE_VERB_CUE, FORECAST_LEMMAS, MODAL_LEMMAS, REVISION_CUE,
)
from models import Change, Economy, MoneyMention, Period, Span, TradeFact, Value

_REVISION = re.compile(REVISION_CUE, re.IGNORECASE)
_CHANGE_AMOUNT = re.compile(CHANGE_AMOUNT_CUE, re.IGNORECASE)
_CHANGE_VERB = re.compile(CHANGE_VERB_CUE, re.IGNORECASE)
_CHANGE_AFTER = re.compile(CHANGE_AFTER_CUE, re.IGNORECASE)
# A comparison word just before the figure, within a few words and no comma:
# "from January's 7.20 billion", "from a surplus of 295.3 mln", "compared with a December figure of".
_COMPARISON_CUE = re.compile(r"\b(?:from|against|versus|vs\.?|compared?\s+(?:with|to)|compares\s+with|after|than|below|above)"
                             r"\s+(?:[\w'’.]+\s+){0,4}$", re.IGNORECASE)
# What may stand between two comparison figures of one chain ("from 1.5 billion in
# January and 3.48 billion", "a 3.3 mln dlr deficit in January and a 36.1 mln dlr deficit").
_CHAIN_GAP = re.compile(r"^(?:[\s,;()]|\b(?:and|or|in|the|a|an|during|for|of|while|dlrs?|mln|billion|marks?|"
                        r"stg|yen|surplus|deficit)\b)*$", re.IGNORECASE)
_REVISION_NOTE = re.compile(r"\(\s*revised[^)]*\)", re.IGNORECASE)
_BALANCE_WORD = re.compile(r"\b(surplus|deficit|gap|shortfall|excess)(?:es|s)?\b", re.IGNORECASE)


@dataclass
class ParsedSentence:
    """A candidate sentence and its parse; ``offset`` turns token.idx into article offsets."""

    start: int
    end: int
    sent: object
    offset: int


@dataclass
class _Figure:
    money: MoneyMention
    triggers: list[Trigger]
    path: list
    role: str = "current"
    period: tuple | None = None
    period_mention: object = None
    change: Change | None = None
    current: "_Figure | None" = None
    partner: str | None = None
    facts: list = field(default_factory=list)


def by_token_triggers(by_token: dict) -> list[Trigger]:
    unique = []
    for trig in by_token.values():
        if all(trig is not u for u in unique):
            unique.append(trig)
    return sorted(unique, key=lambda t: t.head.i)


def _usable(money: MoneyMention, text: str, s_start: int) -> bool:
    """Not a superseded figure ("revised from 1.7 mln") and not an amount of change."""
    before = text[max(s_start, money.start - 40):money.start]
    if _REVISION.search(before) or _CHANGE_AMOUNT.search(before) or _CHANGE_VERB.search(before):
        return False
    return not _CHANGE_AFTER.match(text, money.end, money.end + 40)


def _roles(figures: list[_Figure], text: str, s_start: int) -> None:
    """Current or comparison: "rose to X from Y and Z" makes Y and Z comparisons."""
    prev_end, prev_role = s_start, None
    for fig in figures:
        gap = text[prev_end:fig.money.start]
        if _COMPARISON_CUE.search(gap):
            fig.role = "comparison"
        elif prev_role == "comparison" and _CHAIN_GAP.match(_strip_periods(_REVISION_NOTE.sub(" ", gap))):
            fig.role = "comparison"
        prev_end, prev_role = fig.money.end, fig.role


def _ungap(figures: list[_Figure], triggers: list[Trigger], text: str, offset: int) -> None:
    """"Exports were 10.2 billion dlrs and imports 9.06 billion": with the verb left
    out, the parser hands the second figure to exports; the trigger said right
    before it, which owns no figure, is its owner."""
    for prev, fig in zip(figures, figures[1:]):
        owned = {id(t) for f in figures for t in f.triggers}
        between = [t for t in triggers if prev.money.end <= t.head.idx + offset < fig.money.start
                   and id(t) not in owned and t.measure != fig.triggers[0].measure]
        if len(between) == 1:
            head_end = between[0].head.idx + offset + len(between[0].head.text)
            if re.fullmatch(r"\s*(?:(?:were|was|at|of|totalled|totaling|totalling)\s+)?", text[head_end:fig.money.start]):
                fig.triggers = between


def _nearest_same_measure(figures: list[_Figure], triggers: list[Trigger], offset: int) -> None:
    """"Japan's trade surplus is causing problems - its surplus with the United States
    last year was 51.5 billion dlrs": when the parse skips to a farther trigger, a
    trigger of the same measure said between it and the figure, owning no figure, is
    the figure's own."""
    for fig in figures:
        first = fig.triggers[0]
        owned = {id(t) for f in figures for t in f.triggers}
        closer = [t for t in triggers if t.measure == first.measure and id(t) not in owned and t.counts
                  and first.head.i < t.head.i and t.head.idx + offset < fig.money.start]
        if closer and len(fig.triggers) == 1:
            fig.triggers = [closer[-1]]


def _partner_on_path(fig: _Figure, eco: EconomyTokens) -> str | None:
    """A partner said with the figure itself: "... and with EC nations, 16.7 billion dlrs"."""
    for tok in fig.path:
        if tok.dep_ in ("pobj", "appos") and tok.head.text.lower() in ("with", "to", "from") \
                and tok.head not in fig.path:
            continue
        prep = tok.head if tok.dep_ == "appos" else None
        if prep is not None and prep.dep_ == "pobj" and prep.head.text.lower() in ("with",):
            code = eco.of(prep)
            if code:
                return code
    return None


def _strip_periods(gap: str) -> str:
    return re.sub(r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)(?:\s+\d{4})?|\d{4}|last\s+year|a\s+year\s+(?:earlier|ago)|"
                  r"the\s+same\s+period(?:\s+of\s+\d{4})?)\b", " ", gap)


def _balance_sign(fig: _Figure, trig: Trigger, text: str, s_start: int) -> int:
    """A deficit word right after the figure ("a 47 mln dlr deficit") or the nearest before it."""
    if trig.fixed_sign:
        return trig.sign
    after = _BALANCE_WORD.match(text, fig.money.end, fig.money.end + 12) or \
        re.match(r"\s+(?:[\w.]+\s+){0,2}?(surplus|deficit|gap|shortfall)\b", text[fig.money.end:fig.money.end + 40], re.IGNORECASE)
    if after:
        return -1 if after.group(1).lower() in ("deficit", "gap", "shortfall") else 1
    before = list(_BALANCE_WORD.finditer(text, s_start, fig.money.start))
    if before:
        word = before[-1].group(1).lower()
        return -1 if word in ("deficit", "gap", "shortfall") else 1
    return trig.sign or 1


def _is_forecast(fig: _Figure, ctx: ArticleContext) -> bool:
    """Forecast words on the figure's way to its trigger, or governing its clause
    ("expects the deficit to fall to 800 mln"), or a period still to come."""
    if fig.role == "comparison" and fig.period and ctx.published and fig.period[1] < ctx.published:
        return False  # "expected to rise to X from Y a year earlier": Y is a past, actual figure
    path = list(fig.path)
    top = path[-1] if path else None
    if top is not None and top.dep_ in ("xcomp", "ccomp") and top.head.lemma_.lower() in FORECAST_LEMMAS:
        path.append(top.head)
    for tok in path:
        if tok.lemma_.lower() in FORECAST_LEMMAS and tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            return True
        if any(c.dep_ == "aux" and c.lemma_.lower() in MODAL_LEMMAS for c in tok.children):
            return True
    if fig.period and ctx.published and fig.period[0] > ctx.published:
        return True
    return False


class Assembler:
    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.kinds = BalanceKinds(ctx.text, ctx.title)
        self.facts: list[TradeFact] = []
        self.changes: list[ChangeOnly] = []
        self.last_parties: dict[str, Parties] = {}
        self.previous_trigger: Trigger | None = None
        self.main_period: tuple | None = self._lead_period()

    def _lead_period(self):
        if not self.ctx.sentences:
            return None
        first_end = self.ctx.sentences[0][1]
        for p in self.ctx.periods:
            if p.start < first_end and not p.comparison and p.period_start and p.period_end:
                return p.period_start, p.period_end
        return None

    def economy(self, code: str | None) -> Economy | None:
        if code is None:
            return None
        return Economy(iso3=code, name=self.ctx.display_name(code))

    def run(self, parsed: list[ParsedSentence]) -> list[TradeFact]:
        for ps in parsed:
            self._sentence(ps)
        merge_changes(self.facts, self.changes)
        return self.facts

    # -- one sentence -------------------------------------------------------------
    def _sentence(self, ps: ParsedSentence) -> None:
        ctx, text = self.ctx, self.ctx.text
        eco = EconomyTokens(ps.sent, ps.offset, ctx)
        triggers = find_triggers(ps.sent, set(eco.by_token))
        by_token = {i: t for t in triggers for i in t.tokens}
        for trig in triggers:
            if trig.measure == "balance" and trig.kind is None:
                words = [t.text.lower() for t in ps.sent if t.i < trig.head.i]
                trig.kind = kind_in_sentence(words) or \
                    self.kinds.before(trig.head.idx + ps.offset, trig.head.text.lower())
        figures: list[_Figure] = []
        for money in ctx.within(ctx.money, ps.start, ps.end):
            if not _usable(money, text, ps.start):
                continue
            toks = tokens_in(ps.sent, money.start, money.end, ps.offset)
            found = attach(toks, by_token, self._antecedent(triggers, toks)) if toks else None
            if found:
                figures.append(_Figure(money, found.triggers, found.path))
        _ungap(figures, triggers, text, ps.offset)
        _nearest_same_measure(figures, triggers, ps.offset)
        for fig in figures:
            fig.partner = _partner_on_path(fig, eco)
        _roles(figures, text, ps.start)
        self._periods(figures, ps)
        self._changes(figures, ps, by_token)
        parties = self._parties(triggers, eco, ps)
        for fig in figures:
            for trig in fig.triggers:
                if trig.counts:
                    # A trigger reached through "it" belongs to an earlier sentence and
                    # keeps the parties resolved there.
                    found = parties.get(id(trig)) or trig.parties or Parties(self.ctx.subject)
                    if fig.partner and fig.partner != found.reporter:
                        found = Parties(found.reporter, fig.partner, found.explicit)
                    self._emit(fig, trig, found, ps)
        if triggers:
            self.previous_trigger = triggers[-1]

    def _antecedent(self, triggers: list[Trigger], tokens) -> Trigger | None:
        """What "it" before a figure refers to: the sentence's last trigger before it, else
        the previous sentence's ("The capital account deficit widened ..., but it
        narrowed from 12.32 billion")."""
        earlier = [t for t in triggers if t.head.i < tokens[0].i]
        return earlier[-1] if earlier else self.previous_trigger

    def _periods(self, figures: list[_Figure], ps: ParsedSentence) -> None:
        periods = self.ctx.within(self.ctx.periods, ps.start, ps.end)
        current_starts = {f.money.start for f in figures if f.role == "current"}
        numbers = [m.start for m in self.ctx.within(self.ctx.money, ps.start, ps.end)
                   if _usable(m, self.ctx.text, ps.start)]
        mapping = assign_periods(self.ctx.text, [f.money for f in figures], periods, (ps.start, ps.end),
                                 current_starts, numbers)
        last_current = None
        for fig in figures:
            fig.period_mention = mapping.get(fig.money.start)
            if fig.role == "current":
                fig.period = resolve(fig.period_mention, None)
                if fig.period is None:
                    # Unsaid, the period is the one the story is talking about: the
                    # previous figure's in this sentence, else the last current fact's.
                    if last_current:
                        fig.period, fig.period_mention = last_current.period, last_current.period_mention
                    else:
                        fig.period, fig.period_mention = self._story_period()
                last_current = fig
            else:
                base = last_current or self._last_current_fact_period()
                fig.current = last_current
                base_period = base.period if isinstance(base, _Figure) else base
                fig.period = resolve(fig.period_mention, base_period)
                if fig.period is None and fig.period_mention is None and base_period:
                    fig.period = previous_period(base_period)

    def _story_period(self):
        for fact in reversed(self.facts):
            if fact.role == "current" and fact.period:
                mention = None
                if fact.period.span:
                    mention = next((p for p in self.ctx.periods if p.start == fact.period.span.start), None)
                return (fact.period.start, fact.period.end), mention
        return self.main_period, None

    def _last_current_fact_period(self):
        for fact in reversed(self.facts):
            if fact.role == "current" and fact.period:
                return fact.period.start, fact.period.end
        return self.main_period

    def _changes(self, figures: list[_Figure], ps: ParsedSentence, by_token) -> None:
        text = self.ctx.text
        money_tokens = {}
        for fig in figures:
            for tok in tokens_in(ps.sent, fig.money.start, fig.money.end, ps.offset):
                money_tokens[tok.i] = fig
        for pct in self.ctx.within(self.ctx.percents, ps.start, ps.end):
            toks = tokens_in(ps.sent, pct.start, pct.end, ps.offset)
            if not toks or not is_value_change(pct, toks, text):
                continue
            sign = direction(toks)
            if sign == 0:
                continue
            found = attach(toks, by_token, self._antecedent(by_token_triggers(by_token), toks))
            if found is None:
                continue
            change = Change(percent=sign * pct.value, text=pct.text, span=Span(start=pct.start, end=pct.end),
                            low=sign * (pct.value + pct.step / 2) if sign < 0 else pct.value - pct.step / 2,
                            high=sign * (pct.value - pct.step / 2) if sign < 0 else pct.value + pct.step / 2)
            on_path = next((money_tokens[t.i] for t in found.path if t.i in money_tokens), None)
            target = on_path if on_path and on_path.role == "current" else None
            if target is None:
                mine = [f for f in figures if f.role == "current" and any(t in found.triggers for t in f.triggers)]
                target = mine[0] if mine else None
            if target is not None:
                target.change = change
                continue
            trig = found.triggers[0]
            if trig.counts:
                self._change_only(trig, change, pct, ps, figures)

    def _change_only(self, trig: Trigger, change: Change, pct, ps: ParsedSentence, figures) -> None:
        eco = EconomyTokens(ps.sent, ps.offset, self.ctx)
        parties = self._parties([trig], eco, ps)[id(trig)]
        periods = [p for p in self.ctx.within(self.ctx.periods, ps.start, ps.end) if not p.comparison]
        period = resolve(periods[0], None) if periods else None
        against = any(trig in f.triggers for f in figures)
        self.changes.append(ChangeOnly(trig.measure, parties.reporter, parties.partner, period, change.percent,
                                       change.text, change.span.start, change.span.end, ps.start, against))

    def _parties(self, triggers: list[Trigger], eco: EconomyTokens, ps: ParsedSentence) -> dict[int, Parties]:
        result: dict[int, Parties] = {}
        previous_explicit: Parties | None = None
        root_subject = self._root_subject_economy(ps, eco)
        for trig in triggers:
            found = resolve_parties(trig, eco, self.ctx)
            if not found.explicit:
                if previous_explicit is not None:
                    found = Parties(previous_explicit.reporter, found.partner or previous_explicit.partner)
                elif root_subject and root_subject != found.partner:
                    found = Parties(root_subject, found.partner, True)
                elif trig.measure in self.last_parties and found.partner is None:
                    found = self.last_parties[trig.measure]
                else:
                    reporter = self.ctx.subject if self.ctx.subject != found.partner else None
                    found = Parties(reporter, found.partner)
            else:
                previous_explicit = found
                if trig.counts:
                    self.last_parties[trig.measure] = found
            result[id(trig)] = found
            trig.parties = found
        return result

    def _root_subject_economy(self, ps: ParsedSentence, eco: EconomyTokens) -> str | None:
        for tok in ps.sent:
            if tok.dep_ == "ROOT":
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return eco.of(child)
        return None

    def _emit(self, fig: _Figure, trig: Trigger, parties: Parties, ps: ParsedSentence) -> None:
        money = fig.money
        sign = _balance_sign(fig, trig, self.ctx.text, ps.start) if trig.measure == "balance" else 1
        half = money.step / 2
        low, high = (money.amount - half) * sign, (money.amount + half) * sign
        value = Value(amount=sign * money.amount, currency=money.currency, text=money.text,
                      start=money.start, end=money.end, low=min(low, high), high=max(low, high),
                      converted=({"amount": money.converted.amount, "currency": money.converted.currency}
                                 if money.converted else None))
        period = None
        if fig.period and fig.period_mention is not None and fig.period_mention.granularity == "fiscal_year":
            # "fiscal 1986" is the reporter's own fiscal year: October 1985 on for the U.S.
            fig.period = fiscal_period_for(fig.period_mention, parties.reporter, self.ctx.published) or fig.period
        if fig.period:
            pm = fig.period_mention
            period = Period(start=fig.period[0], end=fig.period[1], text=pm.text if pm else None,
                            span=Span(start=pm.start, end=pm.end) if pm else None)
        fact = TradeFact(
            id=f"f{len(self.facts) + 1}", measure=trig.measure,
            modality="forecast" if _is_forecast(fig, self.ctx) else "actual",
            reporter=self.economy(parties.reporter), partner=self.economy(parties.partner),
            value=value, period=period, change=fig.change if fig.role == "current" else None,
            sentence=Span(start=ps.start, end=ps.end), role=fig.role,
        )
        if fig.role == "comparison" and fig.current is not None:
            for current_fact in fig.current.facts:
                if current_fact.measure == fact.measure and current_fact.compared_with is None:
                    current_fact.compared_with = fact.id
        fig.facts.append(fact)
        self.facts.append(fact)
