"""Build trade facts from an article's mentions and its parsed candidate sentences.

Per sentence: find the triggers, attach each money figure to its trigger through the
parse, tell the reported figure from the ones it is compared with, give each its
period, change, parties, sign and modality. Across sentences: carry the balance kind,
the parties of a measure, and changes stated apart from their figures.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from extractor.assemble.attach import Attachment, attach, tokens_in
from extractor.assemble.changes import (
    appended_change, bracketed_change, direction, direction_word, is_value_change, measured_against,
    participle_change, respective_bases,
)
from extractor.assemble.context import ArticleContext
from extractor.assemble.discourse import BalanceKinds, ChangeOnly, FlowScope, kind_in_sentence, merge_changes
from extractor.assemble.lists import (
    gapped_partner, join_two_way, list_measure, listed_partner, ranks_partners, respective_flows, respective_partners,
)
from extractor.assemble.restatements import drop_repeats
from extractor.assemble.figures import (
    Figure, assign_roles, balance_sign, change_basis, group_partner, is_forecast, nearest_same_measure,
    partner_on_path, region_partner, ungap, usable,
)
from extractor.assemble.parties import EconomyTokens, Parties, resolve_parties
from extractor.assemble.shares import find_shares, share_of
from extractor.assemble.tables import table_facts
from extractor.assemble.timing import (
    RUNNING, assign_periods, following_period, resolve, same_period_in_year, unlabelled_comparison_period,
)
from extractor.assemble.triggers import Trigger, find_triggers, product_of
from extractor.data.calendar import RECORD_SET_BEFORE
from extractor.data.lexicon import NOT_TREND_WORDS, SERIES_BASIS, SIGNED_BALANCE_TRENDS, WORLD_MODIFIERS
from extractor.limits import NO_DEADLINE, Deadline
from extractor.recognise.percent import qualifier_before
from extractor.recognise.period import fiscal_period_for, is_fiscal, resolve_comparison
from extractor.recognise.period.calendar_math import is_calendar_year
from models import Change, Economy, Period, Share, Span, TradeFact, Trend, Value
from models.facts import MEASURES

def _converted(money) -> dict | None:
    """The figure's amount in its second currency ("11.3 trillion riel ($2.806 billion)")."""
    if money is None:
        return None
    half = money.step / 2
    return {"amount": money.amount, "currency": money.currency,
            "low": money.amount - half, "high": money.amount + half}


_SERIES_BASIS = [(re.compile(pattern, re.IGNORECASE), tag) for pattern, tag in SERIES_BASIS]


# "... as a whole", "the whole of 2017", "full-year": a whole year meant as one.
_WHOLE_YEAR_BEFORE = re.compile(r"\b(?:whole|full|entire|all)(?:\s+of)?\s+(?:the\s+)?(?:year\s+)?$", re.IGNORECASE)
_WHOLE_YEAR_AFTER = re.compile(r"\s*(?:as\s+a\s+whole|in\s+full)\b", re.IGNORECASE)


def _year_of_part(text: str, mention, period, base) -> bool:
    """A comparison figure dated by a bare earlier year ("last year", "in 2017") against a
    current one for part of a year: "Ush1.5 trillion in January-September, compared to
    Ush908.7 billion in 2017" compares the same months, not the part with a whole year,
    unless the text says the whole year."""
    if mention is None or period is None or base is None or mention.granularity != "year" \
            or mention.comparison or not is_calendar_year(period):
        return False
    if _WHOLE_YEAR_BEFORE.search(text, max(0, mention.start - 20), mention.start) \
            or _WHOLE_YEAR_AFTER.match(text, mention.end):
        return False
    return not is_calendar_year(base) and period[0].year < base[0].year and base[0].year == base[1].year


# A period naming a publication, not what its figures cover: "The June 2019 IMT
# Bulletin further outlined that ...", "the March 2023 report".
_PUBLICATION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w&-]*\s+){0,2}(?:bulletin|report|release|edition|issue|survey|update|statement|newsletter|"
    r"review|publication)\b", re.IGNORECASE)


# A clause that leaves out its verb: "... and imports by 10 per cent".
_GAPPED_CHANGE = re.compile(r"\b(?:and|while|but|with)\s+(?:[\w'’-]+\s+){1,3}by\s+$", re.IGNORECASE)

# Periods counted back from the end of the story's period, not comparisons.
_REFERENCE_POINT = re.compile(rf"\bsince\b[^.;,]{{0,30}}$|{RECORD_SET_BEFORE}", re.IGNORECASE)


def _change(pct, sign: int, against_period: str | None = None) -> Change:
    """A signed change from a percentage, with the interval its rounding allows."""
    return Change(percent=sign * pct.value, text=pct.text, span=Span(start=pct.start, end=pct.end),
                  low=sign * (pct.value + pct.step / 2) if sign < 0 else pct.value - pct.step / 2,
                  high=sign * (pct.value - pct.step / 2) if sign < 0 else pct.value + pct.step / 2,
                  qualifier=pct.qualifier, against_period=against_period)


def _bilateral(trig: Trigger, eco: EconomyTokens) -> str | None:
    """A bare balance with an economy ("the deficit with Mexico") is the trade balance
    with it, whatever account the story spoke of before: the balances news gives by
    partner are trade's (a goods and services total, a current account, are national)."""
    for child in trig.head.children:
        if child.dep_ == "prep" and child.lower_ == "with" \
                and any(t.i in eco.by_token for t in child.subtree if t.dep_ == "pobj" or t.head.dep_ == "pobj"):
            return "trade"
    return None


@dataclass
class ParsedSentence:
    """A candidate sentence and its parse; ``offset`` turns token.idx into article offsets."""

    start: int
    end: int
    sent: object
    offset: int


_REVISED = re.compile(r"\brevised\b", re.IGNORECASE)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.IGNORECASE)


class Assembler:
    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.kinds = BalanceKinds(ctx.text, ctx.title)
        self.scope = FlowScope(ctx.text)
        self.facts: list[TradeFact] = []
        self.changes: list[ChangeOnly] = []
        self.shares: list[Share] = []
        self.last_parties: dict[str, Parties] = {}
        # The pair of the sentence just before, when it reported a balance or a total
        # with one partner: (where the sentence after it starts, that pair).
        # A sentence giving both flows with one partner passes that pair on to a balance
        # or total only: (where the sentence after it starts, that pair, the measures it reaches).
        self.previous_pair: tuple[int, Parties, tuple[str, ...]] | None = None
        self.previous_trigger: Trigger | None = None
        # The measure of the last partner list and where its sentence ends, for a list
        # that goes on in the next sentence ("... was followed by the U.K. with $1.05 billion").
        self.previous_list: tuple[str, int] | None = None
        self._economy_tokens: set[int] = set()  # of the sentence being assembled
        self._group_flows: list[Trigger] = []  # its flows with a partner group that has no code
        self.main_period: tuple | None = self._lead_period()

    def _lead_period(self):
        """The period the story reports: the lead's, else the first said beside a figure.

        A headline or a lead that gives a figure without its period ("Foreign trade
        surplus up to CZK 18.4bn") is about the period the body then states first.
        """
        if not self.ctx.sentences:
            return None
        first_end = self.ctx.sentences[0][1]
        # "its widest since records began in 1980", "a record set in August 2016": a
        # point of reference, not the period the story reports.
        stated = [p for p in self.ctx.periods
                  if not p.comparison and p.period_start and p.period_end and p.granularity != "day"
                  and not _REFERENCE_POINT.search(self.ctx.text, max(0, p.start - 80), p.start)]
        figures = sorted(m.start for m in self.ctx.money)
        # The lead may follow a headline that states no period: the first period said
        # before any figure is still the story's.
        before_figures = max(first_end, figures[0]) if figures else first_end
        for p in stated:
            if p.start < before_figures:
                return p.period_start, p.period_end
        for start, end in self.ctx.sentences:
            k = bisect_left(figures, start)
            if k < len(figures) and figures[k] < end:
                for p in stated:
                    if start <= p.start < end:
                        return p.period_start, p.period_end
        return None

    def economy(self, code: str | None) -> Economy | None:
        if code is None:
            return None
        return Economy(iso3=code, name=self.ctx.display_name(code))

    def run(self, parsed: list[ParsedSentence], deadline: Deadline = NO_DEADLINE) -> list[TradeFact]:
        for ps in parsed:
            deadline.check()  # a checkpoint of the per-article time limit
            self._sentence(ps)
        self.facts.extend(table_facts(self.ctx, first_id=len(self.facts) + 1))
        merge_changes(self.facts, self.changes)
        self.facts = drop_repeats(self.facts, self.shares)
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
                trig.kind = kind_in_sentence(words) or _bilateral(trig, eco) or \
                    self.kinds.before(trig.head.idx + ps.offset, trig.head.text.lower()) or \
                    self._trade_story(ps)
        figures: list[Figure] = []
        for money in ctx.within(ctx.money, ps.start, ps.end):
            if not usable(money, text, ps.start):
                continue
            # "$1.1 billion (38 billion baht)": the parse may make the bracketed amount's
            # currency the head of both; the figure is both amounts.
            end = money.converted.end if money.converted is not None else money.end
            toks = tokens_in(ps.sent, money.start, end, ps.offset)
            found = attach(toks, by_token, self._antecedent(triggers, toks)) if toks else None
            if found:
                figures.append(Figure(money, found.triggers, found.path))
        figures = sorted(figures + self._listed(ps, triggers, figures), key=lambda f: f.money.start)
        self._economy_tokens = set(eco.by_token)
        self._group_flows = [t for t in triggers if group_partner(t.head, self._economy_tokens)]
        ungap(figures, triggers, text, ps.offset)
        join_two_way(figures, ps.sent)
        nearest_same_measure(figures, triggers, ps.offset)
        economies = ctx.within(ctx.economies, ps.start, ps.end)
        for k, fig in enumerate(figures):
            fig.partner = partner_on_path(fig, eco) or fig.partner or self._bracketed_partner(fig, ps) \
                or (gapped_partner(text, figures[k - 1].money.end, fig.money.start, economies) if k else None)
        respective_partners(figures, ps.sent, eco)
        assign_roles(figures, text, ps.start)
        self._periods(figures, ps)
        self._changes(figures, ps, triggers, by_token, eco)
        parties = self._parties(triggers, eco, ps)
        for fig in figures:
            if fig.role == "comparison" and fig.current is not None and fig.current.money.start < fig.money.start \
                    and not fig.current.facts:
                continue  # compared with a figure that is no goods fact (a services deficit): neither is it
            for trig in fig.triggers:
                if trig.counts or trig.subset and (trig.measure != "balance" or trig.kind in ("trade", None)):
                    # A trigger reached through "it" belongs to an earlier sentence and
                    # keeps the parties resolved there.
                    found = parties.get(id(trig)) or trig.parties or Parties(self.ctx.subject)
                    if fig.partner and fig.partner != found.reporter:
                        found = Parties(found.reporter, fig.partner, found.explicit)
                    found = self._with_reporter(found)
                    self._emit(fig, trig, found, ps)
        self._link_change_basis(figures)
        self._shares(figures, triggers, parties, eco, ps)
        if triggers:
            self.previous_trigger = triggers[-1]

    def _in_group_clause(self, fig: Figure, trig: Trigger, parties: Parties) -> bool:
        """"Total trade with Mid-East Gulf states fell, with imports at X and exports at
        Y": flows named after a flow with such a group, in its sentence and with no
        partner or reporter of their own, are that group's too."""
        return not parties.explicit and any(
            t is not trig and t.head.i < trig.head.i for t in self._group_flows)

    def _with_reporter(self, found: Parties) -> Parties:
        """A flow named with its partner only ("trade between Cambodia and international
        partners", "trade with China reached X") is the story's subject's; the subject
        named as the partner is the reporter, trading with the world."""
        if found.reporter is not None:
            return found
        subject = self.ctx.subject
        return Parties(subject, found.partner if found.partner != subject else None, found.explicit)

    def _bracketed_partner(self, fig: Figure, ps: ParsedSentence) -> str | None:
        """"exports were headed for Hong Kong (MOP1.92 billion) and mainland China
        (MOP471 million)": a flow's figure set straight after a partner's name."""
        previous = [m.end for m in self.ctx.within(self.ctx.money, ps.start, fig.money.start) if m.end <= fig.money.start]
        floor = max(previous, default=ps.start)
        return listed_partner(self.ctx.text, fig.money, self.ctx.within(self.ctx.economies, ps.start, ps.end), floor,
                              self.ctx.subject, ranked=False)

    def _listed(self, ps: ParsedSentence, triggers: list[Trigger], figures: list[Figure]) -> list[Figure]:
        """Figures listed partner by partner, which hang on no flow word (lists.py)."""
        ctx, taken = self.ctx, {f.money.start for f in figures}
        measure = None
        out = []
        sentence = ctx.text[ps.start:ps.end]
        if ranks_partners(sentence) and (ranked := list_measure(sentence, triggers)) is not None:
            self.previous_list = (ranked, ps.end)
        floor = ps.start
        for money in ctx.within(ctx.money, ps.start, ps.end):
            if money.start in taken or not usable(money, ctx.text, ps.start):
                floor = money.end
                continue
            partner = listed_partner(ctx.text, money, ctx.within(ctx.economies, ps.start, ps.end), floor, ctx.subject)
            floor = money.end
            if partner is None:
                continue
            measure = measure or list_measure(sentence, triggers) or self._list_going_on(ps)
            if measure is None:
                return []
            self.previous_list = (measure, ps.end)
            toks = tokens_in(ps.sent, money.start, money.end, ps.offset)
            if not toks:
                continue
            fig = Figure(money, [Trigger(measure, toks[0], set(), kind="trade")], [toks[0]])
            fig.partner = partner
            out.append(fig)
        return out

    def _list_going_on(self, ps: ParsedSentence) -> str | None:
        """The measure of the partner list in the sentence just before, when this one
        goes on with it ("followed by A with $X, B with $Y")."""
        if self.previous_list is None or not _FOLLOWED_BY.search(self.ctx.text, ps.start, ps.end):
            return None
        measure, end = self.previous_list
        return measure if not self.ctx.text[end:ps.start].strip(' \n"“”') else None

    @staticmethod
    def _link_change_basis(figures: list[Figure]) -> None:
        """Point each change at the fact it is measured against, once both facts exist."""
        for fig in figures:
            if fig.change_against is None:
                continue
            for fact in fig.facts:
                basis = next((f for f in fig.change_against.facts if f.measure == fact.measure), None)
                if fact.change is not None and basis is not None:
                    fact.change = fact.change.model_copy(update={"against": basis.id})

    def _shares(self, figures: list[Figure], triggers: list[Trigger], parties: dict[int, Parties],
                eco: EconomyTokens, ps: ParsedSentence) -> None:
        periods = [p for p in self._stretches(ps) if not p.comparison]
        period = resolve(periods[0], None) if periods else None
        if period is None:
            period = self._story_period()[0]
        for pct in self.ctx.within(self.ctx.percents, ps.start, ps.end):
            of = share_of(pct, ps.sent, ps.offset, self.ctx.text)
            if of is None:
                continue
            share = find_shares(
                pct, of, triggers, lambda t: parties.get(id(t)) or t.parties or Parties(self.ctx.subject),
                figures, eco, period, Span(start=ps.start, end=ps.end), ps.offset, self.ctx.text,
                lambda: f"s{len(self.shares) + 1}")
            if share is not None:
                self.shares.append(share)

    def _trend(self, fig: Figure, measure: str, ps: ParsedSentence) -> Trend | None:
        """The direction word of a reported figure ("widened to X"), for the checker."""
        if fig.role != "current":
            return None
        toks = tokens_in(ps.sent, fig.money.start, fig.money.end, ps.offset)
        exclude = NOT_TREND_WORDS | (SIGNED_BALANCE_TRENDS if measure == "balance" else frozenset())
        found = direction_word(toks, exclude, heads_first=True) if toks else None
        if found is None:
            return None
        sign, tok = found
        start = tok.idx + ps.offset
        return Trend(word=tok.text, sign=sign, span=Span(start=start, end=start + len(tok.text)))

    def _basis(self, ps: ParsedSentence) -> list[str]:
        sentence = self.ctx.text[ps.start:ps.end]
        found = []
        for pattern, tag in _SERIES_BASIS:
            if pattern.search(sentence):
                sentence = pattern.sub(" ", sentence)  # "not seasonally adjusted" is not also "seasonally adjusted"
                found.append(tag)
        return found

    def _trade_story(self, ps: ParsedSentence) -> str | None:
        """Nothing qualifies a bare surplus: in a sentence or story about trade, it is
        trade's; so it is beside both exports and imports ("a US$1.12 billion surplus,
        with $5.38 billion in exports and $4.26 billion in imports")."""
        words = (self.ctx.text[ps.start:ps.end] + " " + (self.ctx.title or "")).lower()
        both_flows = re.search(r"\bexports?\b", words) and re.search(r"\bimports?\b", words)
        return "trade" if "trade" in words or both_flows else None

    def _antecedent(self, triggers: list[Trigger], tokens) -> Trigger | None:
        """What "it" before a figure refers to: the sentence's last trigger before it, else
        the previous sentence's ("The capital account deficit widened ..., but it
        narrowed from 12.32 billion")."""
        earlier = [t for t in triggers if t.head.i < tokens[0].i]
        return earlier[-1] if earlier else self.previous_trigger

    def _stretches(self, ps: ParsedSentence) -> list:
        """The sentence's period mentions that can be a figure's period. A single day is
        when figures came out ("data released on Wednesday", "RIYADH, Aug. 7"), never the
        stretch a trade figure covers."""
        return [p for p in self.ctx.within(self.ctx.periods, ps.start, ps.end)
                if p.granularity != "day" and not _PUBLICATION_AFTER.match(self.ctx.text, p.end)]

    def _periods(self, figures: list[Figure], ps: ParsedSentence) -> None:
        periods = self._stretches(ps)
        current_starts = {f.money.start for f in figures if f.role == "current"}
        # A figure's tail ends at the next number, money or percentage: in "up 7.8 percent
        # to X yen, missing forecasts of 8.7 percent, up from 2.1 percent in the previous
        # month", "the previous month" is the 2.1 percent's period, not X's.
        numbers = [m.start for m in self.ctx.within(self.ctx.money, ps.start, ps.end)
                   if usable(m, self.ctx.text, ps.start)]
        numbers += [p.start for p in self.ctx.within(self.ctx.percents, ps.start, ps.end)]
        mapping = assign_periods(self.ctx.text, [f.money for f in figures], periods, (ps.start, ps.end),
                                 current_starts, numbers)
        last_current = None
        currents: list[Figure] = []
        rolling_from: dict[int, object] = {}  # current figures stated as rolling years
        unsaid: set[int] = set()  # current figures given the story's period, stating none
        for fig in figures:
            fig.period_mention = mapping.get(fig.money.start)
            pm = fig.period_mention
            if pm is not None and pm.comparison and pm.comparison not in RUNNING and pm.start >= fig.money.end:
                fig.role = "comparison"  # "the 6.84 billion surplus posted in the same month of 1986"
            if fig.role == "current":
                # "Since the beginning of the year, the surplus reached X": to the end
                # of the period the story reports.
                to_date = pm is not None and pm.comparison in RUNNING
                fig.period = resolve(fig.period_mention, self._story_period()[0] if to_date else None)
                rolling = [p for p in periods if p.comparison == "rolling_year" and p is not pm
                           and (last_current.money.end if last_current else ps.start) <= p.start < fig.money.start]
                if rolling and fig.period is not None:
                    # "the 12-month trailing balance recording a deficit of X in December":
                    # the twelve months to the month stated.
                    fig.period = resolve_comparison(rolling[-1], *fig.period)
                    rolling_from[id(fig)] = rolling[-1]
                if fig.period is None:
                    # Unsaid, the period is the one the story is talking about: the
                    # previous figure's in this sentence, else the last current fact's.
                    if last_current:
                        fig.period, fig.period_mention = last_current.period, last_current.period_mention
                        if id(last_current) in unsaid:
                            unsaid.add(id(fig))
                    elif _REVISED.search(self.ctx.text, ps.start, fig.money.start) and \
                            (leading := [p for p in periods if not p.comparison and p.end <= figures[0].money.start
                                         and resolve(p, None) is not None]):
                        # "February 2024's trade deficit was revised from a preliminary Sh131
                        # billion to Sh128 billion": the sentence's opening period is its figures'
                        fig.period, fig.period_mention = resolve(leading[-1], None), leading[-1]
                    else:
                        fig.period, fig.period_mention = self._story_period()
                        unsaid.add(id(fig))
                last_current = fig
                currents.append(fig)
            else:
                # "Exports rose to $5 billion, with $1 billion earned from oil exports, compared
                # with $4 billion": compared with the last current figure of its own flow.
                own = next((c for c in reversed(currents) if any(t in fig.triggers for t in c.triggers)), None)
                base = own or last_current or self._story_period()[0]
                fig.current = own or last_current
                base_period = base.period if isinstance(base, Figure) else base
                fig.period = resolve(fig.period_mention, base_period)
                if fig.period is None and fig.period_mention is None and base_period:
                    fig.period = unlabelled_comparison_period(self.ctx.text[ps.start:fig.money.start], base_period)
                elif id(base) in rolling_from and fig.period is not None and fig.period_mention is not None \
                        and fig.period_mention.granularity == "month":
                    # "... compared to the USD 15.9 billion deficit in November": the
                    # figure it is compared with runs twelve months too.
                    fig.period = resolve_comparison(rolling_from[id(base)], *fig.period)
                elif _year_of_part(self.ctx.text, fig.period_mention, fig.period, base_period):
                    # "$1.01 billion in the first five months, from $1.12 billion last
                    # year": the same months that year, not the whole year.
                    fig.period = same_period_in_year(base_period, fig.period[0].year)
                if id(base) in unsaid and fig.period and base.period and fig.period_mention is not None \
                        and not fig.period_mention.comparison and fig.period[0] >= base.period[0]:
                    # "exports were valued at $3.9 billion, compared with $5.1 billion in
                    # 2014": a figure that states no period comes after what it is compared
                    # with, whatever the story's last period was.
                    base.period, base.period_mention = following_period(fig.period), None
        # "exported goods worth X and imported goods worth Y in May 2018": a period said
        # after all the sentence's current figures is theirs too, when none states its own.
        said_last = [f for f in currents if f.period_mention is not None and id(f) not in unsaid
                     and f.period_mention.start >= currents[-1].money.end]
        if said_last and all(f.role == "current" for f in figures):
            for fig in currents:
                if id(fig) in unsaid:
                    fig.period, fig.period_mention = said_last[-1].period, said_last[-1].period_mention

    def _product(self, trig: Trigger, parties: Parties, position: int) -> str | None:
        """The part of the goods a figure is for: the trigger's own words, else goods and
        services where the story just spoke of those (``FlowScope``)."""
        if trig.subset:
            return product_of(trig)
        if trig.measure in ("export", "import") and parties.partner is None \
                and self.scope.services_before(position):
            return "goods and services"
        if self.scope.tells_services_apart and any(c.lower_ in ("overall", "combined") for c in trig.head.children):
            return "goods and services"
        return None

    def _story_period(self):
        """The period a figure with none of its own is about: the last current fact's."""
        for fact in reversed(self.facts):
            if fact.role == "current" and fact.period:
                mention = None
                if fact.period.span:
                    mention = next((p for p in self.ctx.periods if p.start == fact.period.span.start), None)
                return (fact.period.start, fact.period.end), mention
        return self.main_period, None

    def _changes(self, figures: list[Figure], ps: ParsedSentence, triggers: list[Trigger], by_token,
                 eco: EconomyTokens) -> None:
        text = self.ctx.text
        money_tokens = {}
        for fig in figures:
            for tok in tokens_in(ps.sent, fig.money.start, fig.money.end, ps.offset):
                money_tokens[tok.i] = fig
        percents = self.ctx.within(self.ctx.percents, ps.start, ps.end)
        compared = [p for p in self.ctx.within(self.ctx.periods, ps.start, ps.end) if p.comparison]
        stops = [p.start for p in percents]
        sequential: set[int] = set()  # figures whose change so far is against the period before
        last_sign = 0  # the direction of the sentence's last change, for a clause that leaves out its verb
        changes = [(pct, toks) for pct in percents
                   if (toks := tokens_in(ps.sent, pct.start, pct.end, ps.offset)) and is_value_change(pct, toks, text)]
        respective = respective_flows(ps.sent, [t for t in triggers if t.counts], len(changes))
        bases = respective_bases(text, ps.start, ps.end)

        def against(pct) -> str | None:
            return measured_against(pct, compared, stops, text)

        for k, (pct, toks) in enumerate(changes):
            sign, found, forced = direction(toks), None, None
            if respective:
                found, sign = Attachment([respective[k]], []), sign or last_sign
            gapped = _GAPPED_CHANGE.search(text, max(ps.start, pct.start - 60), pct.start)
            if gapped:
                # "exports decreased by 11 per cent and imports by 10 per cent": the verb
                # left out is the previous clause's, and the flow is the one just named.
                own = [t for t in triggers if gapped.start() <= t.head.idx + ps.offset < gapped.end()]
                verbs = [t for t in ps.sent if gapped.start() <= t.idx + ps.offset < gapped.end()
                         and t.pos_ in ("VERB", "AUX")]
                if len(own) == 1 and not verbs:
                    found, sign = Attachment(own, []), sign or last_sign
                elif not own and not verbs:
                    # "..., and to South Korea by 8.4% to $2.9 billion": the gapped clause
                    # names only its partner; its change is its own figure's
                    before = [f for f in figures if f.role == "current" and f.money.end <= pct.start]
                    after = next((f for f in figures if f.role == "current" and f.money.start >= pct.end), None)
                    if before and after and gapped_partner(text, before[-1].money.end, pct.start,
                                                           self.ctx.within(self.ctx.economies, ps.start, ps.end)):
                        found, sign, forced = Attachment(after.triggers, []), sign or last_sign, after
            if sign == 0:
                continue
            last_sign = sign
            found = found or attach(toks, by_token, self._antecedent(triggers, toks))
            if found is None:
                before = [f for f in figures if f.role == "current" and f.money.end <= pct.start]
                if len(before) == 1 and before[0].change is None and appended_change(text, pct, before[0].money.end):
                    before[0].change = _change(pct, sign, against(pct))
                continue
            change = _change(pct, sign, bases.get(pct.start) or against(pct))
            against_previous = change.against_period == "previous_period"
            on_path = next((money_tokens[t.i] for t in found.path if t.i in money_tokens), None)
            # "with imports at $37.5 billion, increasing 12.5%": a participle set off right
            # after a figure gives that figure's change, whatever the parse hangs it on
            on_path = forced or next((f for f in figures if participle_change(text, f.money.end, pct.start)), on_path)
            target = on_path if on_path and on_path.role == "current" else None
            if target is None:
                mine = [f for f in figures if f.role == "current" and any(t in found.triggers for t in f.triggers)]
                target = mine[0] if mine else None
            if target is not None and target.change is not None and target.change.span.start < pct.start:
                # The figure's own change comes first ("up 7.8% to X, short of the 8.7% forecast"),
                # unless it was against the month before and this one is not ("up 5.2% on the
                # previous month and 12.1% on the same month last year").
                if not (id(target) in sequential and not against_previous):
                    continue
            if target is not None:
                target.change = change
                if against_previous:
                    sequential.add(id(target))
                else:
                    sequential.discard(id(target))
                target.change_against = change_basis(
                    pct.start, pct.end, target, figures,
                    [p.start for p in percents if p is not pct], compared)
                continue
            trig = found.triggers[0]
            if trig.counts:
                self._change_only(trig, change, ps, figures, eco)
        for fig in figures:
            if fig.role == "current" and fig.change is None:
                bracketed = bracketed_change(text, fig.money.end, percents)
                if bracketed is not None:
                    fig.change = _change(bracketed[1], bracketed[0], against(bracketed[1]))

    def _change_only(self, trig: Trigger, change: Change, ps: ParsedSentence, figures, eco: EconomyTokens) -> None:
        parties = self._parties([trig], eco, ps)[id(trig)]
        periods = [p for p in self._stretches(ps) if not p.comparison]
        period = resolve(periods[0], None) if periods else None
        against = any(trig in f.triggers for f in figures)
        self.changes.append(ChangeOnly(trig.measure, parties.reporter, parties.partner, period, change,
                                       ps.start, against))

    def _parties(self, triggers: list[Trigger], eco: EconomyTokens, ps: ParsedSentence) -> dict[int, Parties]:
        result: dict[int, Parties] = {}
        previous_explicit: Parties | None = None
        root_subject = self._root_subject_economy(ps, eco)
        for trig in triggers:
            found = resolve_parties(trig, eco, self.ctx)
            # "total exports", "overall trade": with the world, whatever partner came before.
            world = any(c.text.lower() in WORLD_MODIFIERS for c in trig.head.children)
            if not found.explicit:
                if previous_explicit is not None:
                    found = Parties(previous_explicit.reporter,
                                    found.partner or (None if world else previous_explicit.partner))
                elif root_subject and root_subject != found.partner and self._ranked_subject(ps) \
                        and self.ctx.subject and root_subject != self.ctx.subject and found.partner is None:
                    # "Japan followed with imports at OMR 95 million": a ranking's next partner
                    found = Parties(self.ctx.subject, root_subject, True)
                elif root_subject and root_subject != found.partner:
                    found = Parties(root_subject, found.partner, True)
                elif found.partner is None and not world and (pair := self._pair_just_before(ps, trig.measure)) is not None:
                    found = pair
                elif trig.measure in self.last_parties and found.partner is None:
                    last = self.last_parties[trig.measure]
                    found = Parties(last.reporter, None, last.explicit) if world else last
                else:
                    reporter = self.ctx.subject if self.ctx.subject != found.partner else None
                    found = Parties(reporter, found.partner)
            else:
                previous_explicit = found
                if trig.counts:
                    self.last_parties[trig.measure] = found
            result[id(trig)] = found
            trig.parties = found
        self._remember_pair(triggers, result, ps)
        return result

    def _pair_just_before(self, ps: ParsedSentence, measure: str) -> Parties | None:
        """"The deficit with Mexico increased to $6.6 billion. Exports decreased to $21.9
        billion": the sentence after a bilateral balance goes on about the same pair; so
        does the balance after both flows with one partner ("exports to Japan reached X,
        while imports amounted to Y. This resulted in a trade deficit of Z")."""
        if self.previous_pair is None:
            return None
        next_start, pair, measures = self.previous_pair
        return pair if next_start == ps.start and measure in measures else None

    def _remember_pair(self, triggers: list[Trigger], result: dict[int, Parties], ps: ParsedSentence) -> None:
        counted = [t for t in triggers if t.counts]
        self.previous_pair = None
        if not counted or len({result[id(t)].partner for t in counted}) != 1 or not result[id(counted[0])].partner:
            return
        measures = {t.measure for t in counted}
        if measures <= {"balance", "total"}:
            reaches = MEASURES
        elif measures == {"export", "import"}:
            reaches = ("balance", "total")
        else:
            return
        following = bisect_left(self.ctx.sentences, (ps.start, -1)) + 1
        if following < len(self.ctx.sentences):
            found = result[id(counted[0])]
            self.previous_pair = (self.ctx.sentences[following][0], Parties(found.reporter, found.partner), reaches)

    @staticmethod
    def _ranked_subject(ps: ParsedSentence) -> bool:
        """The sentence's main verb ranks its subject after another ("followed", "trailed")."""
        return any(t.dep_ == "ROOT" and t.lemma_.lower() in ("follow", "trail") for t in ps.sent)

    def _root_subject_economy(self, ps: ParsedSentence, eco: EconomyTokens) -> str | None:
        for tok in ps.sent:
            if tok.dep_ == "ROOT":
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return eco.of(child)
        return None

    def _emit(self, fig: Figure, trig: Trigger, parties: Parties, ps: ParsedSentence) -> None:
        if parties.partner is not None and parties.partner == parties.reporter:
            # "non-EU imports to Germany": an economy does not trade with itself; the
            # economy said as the destination is the reporter
            parties = Parties(parties.reporter, None, parties.explicit)
        if parties.partner is None and (region_partner(fig, trig.head, self._economy_tokens)
                                        or self._in_group_clause(fig, trig, parties)):
            return  # "exports to Asia": a region with no code is no partner, nor the world
        money = fig.money
        sign = balance_sign(fig, trig, self.ctx.text, ps.start) if trig.measure == "balance" else 1
        half = money.step / 2
        low, high = (money.amount - half) * sign, (money.amount + half) * sign
        value = Value(amount=sign * money.amount, currency=money.currency, text=money.text,
                      start=money.start, end=money.end, low=min(low, high), high=max(low, high),
                      converted=_converted(money.converted))
        period = None
        if fig.period and fig.period_mention is not None and fig.period_mention.comparison is None \
                and is_fiscal(fig.period_mention):
            # "fiscal 1986" is the reporter's own fiscal year: October 1985 on for the U.S.
            fig.period = fiscal_period_for(fig.period_mention, parties.reporter, self.ctx.published) or fig.period
        if fig.period:
            pm = fig.period_mention
            period = Period(start=fig.period[0], end=fig.period[1], text=pm.text if pm else None,
                            span=Span(start=pm.start, end=pm.end) if pm else None)
        fact = TradeFact(
            id=f"f{len(self.facts) + 1}", measure=trig.measure,
            product=self._product(trig, parties, trig.head.idx + ps.offset),
            modality="forecast" if is_forecast(fig, self.ctx) else "actual",
            reporter=self.economy(parties.reporter), partner=self.economy(parties.partner),
            value=value, period=period, change=fig.change if fig.role == "current" else None,
            sentence=Span(start=ps.start, end=ps.end), role=fig.role,
            trend=self._trend(fig, trig.measure, ps),
            qualifiers=[q] if (q := qualifier_before(self.ctx.text, money.start)) else [],
            basis=self._basis(ps),
        )
        if fig.role == "comparison" and fig.current is not None:
            for current_fact in fig.current.facts:
                if current_fact.measure == fact.measure and current_fact.compared_with is None:
                    current_fact.compared_with = fact.id
                if current_fact.measure == fact.measure and current_fact.product and not fact.product:
                    # "The services trade deficit was $607.67 million against the deficit of
                    # $5,175.24 million last year": what is compared is the same part
                    fact.product = current_fact.product
        fig.facts.append(fact)
        self.facts.append(fact)
