"""The article's facts arranged for checking: by series and period, with intervals.

A relation is recomputed only between facts that share reporter, partner, period,
currency and modality, and whose sentences do not say they are measured differently
(seasonally adjusted against unadjusted). When the article states one such series twice with figures that
cannot be the same number (seasonally adjusted and unadjusted, say), the series is
ambiguous and no relation uses it: a check on the wrong pair would be a false alarm.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from extractor.check.intervals import Interval, stated
from extractor.data.lexicon import GOODS_AND_SERVICES_HEADLINES, HEADLINE_ADJUSTMENT, RE_EXPORTS
from models import Share, ShareSide, TradeFact, iso3_of

SeriesKey = tuple  # (reporter, partner, period start, period end, currency, modality)

# Ways of measuring a series that exclude each other (a figure saying none is of its
# reporter's headline kind, HEADLINE_ADJUSTMENT, or compatible with any): imports c.i.f.
# and exports f.o.b. are the usual pair behind a stated balance, but a seasonally
# adjusted figure and an unadjusted one are not.
ADJUSTMENTS = frozenset({"seasonally adjusted", "unadjusted", "smoothed"})
# Coverages narrower than all goods: a figure said with one is no part of a relation with
# figures said without it ("Excluding gold, exports in March were $210 million").
EXCLUSIONS = frozenset({"excluding"})
# The valuations a figure is given at: imports "CIF" (with freight and insurance) do not
# add up with a balance "FOB" (Latin American central banks give both).
VALUATIONS = frozenset({"fob", "cif"})


def months_apart(earlier: date, later: date) -> int:
    """How many calendar months lie from ``earlier``'s month to ``later``'s."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def value_interval(fact: TradeFact) -> Interval:
    v = fact.value
    qualifier = fact.qualifiers[0] if fact.qualifiers else None
    return stated(v.amount, v.low, v.high, qualifier)


def change_interval(fact: TradeFact) -> Interval | None:
    c = fact.change
    if c is None:
        return None
    return stated(c.percent, c.low, c.high, c.qualifier)


def share_interval(share: Share) -> Interval:
    return stated(share.percent, share.low, share.high, share.qualifier)


def series_key(fact: TradeFact) -> SeriesKey | None:
    """The series a fact belongs to; None for one that is no merchandise figure of a
    dated series (a product's, or undated), which the rules leave alone."""
    p = fact.period
    if p is None or p.start is None or p.end is None or fact.value.currency is None or fact.product:
        return None
    return (iso3_of(fact.reporter), iso3_of(fact.partner), p.start, p.end, fact.value.currency, fact.modality)


def comparable(*facts: TradeFact) -> bool:
    """Whether the facts' sentences allow them to be one way of measuring (see ADJUSTMENTS)."""
    said = [_adjustment(f) for f in facts]
    if any(len(s) > 1 for s in said):
        return False  # its sentence gives two ways ("5.2 billion adjusted, or 5.8 billion unadjusted")
    if len({frozenset(set(f.basis) & EXCLUSIONS) for f in facts}) > 1:
        return False  # "Excluding gold, exports were X" against the whole balance
    balance_valued = {v for f in facts if f.measure in ("balance", "total")
                      for v in [frozenset(f.basis) & VALUATIONS] if len(v) == 1}
    if any(f.measure in ("export", "import") and frozenset(f.basis) & VALUATIONS - v
           for f in facts for v in balance_valued):
        # "a deficit of US$ 1.042 billion FOB ... imports of US$ 4.589 billion CIF": a
        # balance said at one valuation against a flow said (or perhaps said) at another;
        # a balance said plainly is the customs' own ("FOB exports ... CIF imports")
        return False
    if any(f.measure in ("export", "import") and "goods" in f.basis for f in facts) \
            and any(f.measure in ("balance", "total") and "goods" not in f.basis
                    and iso3_of(f.reporter) in GOODS_AND_SERVICES_HEADLINES for f in facts):
        # "The UK trade deficit narrowed to £3.5 billion. Exports of goods rose to £33.0
        # billion while imports of goods fell to £47.9 billion": a headline balance said
        # plainly may count services too (the US, UK, Australian, Indian releases); but a
        # "merchandise trade deficit" with exports and imports said plainly is one series;
        # and elsewhere "shipped goods worth X" is of the customs' one series
        return False
    if any(said) and not all(said):
        # "The Czech surplus rose to CZK 19.8 billion. Seasonally adjusted exports rose to X
        # and imports to Y": where the reporter's headline kind is not known, a figure said
        # plainly before one said adjusted (or unadjusted) is the story's headline, which the
        # story then tells apart from them; said after them, it goes on in their kind
        first_said = min(f.sentence.start for f, s in zip(facts, said) if s)
        if any(not s and f.sentence.start < first_said for f, s in zip(facts, said)):
            return False
    return len({s for s in said if s}) <= 1


def _adjustment(fact: TradeFact) -> frozenset:
    """The adjustment a fact's sentence says, else its reporter's headline one ("Japan's
    seasonally adjusted surplus shrank to X. Exports rose 14.9% from a year earlier to Y":
    Japan's exports said plainly are unadjusted); empty when neither is known."""
    said = frozenset(fact.basis) & ADJUSTMENTS
    usual = HEADLINE_ADJUSTMENT.get(iso3_of(fact.reporter))
    return said or (frozenset({usual}) if usual else frozenset())


@dataclass
class Group:
    """One reporter, partner, period, currency and modality: its figure per measure."""

    key: SeriesKey
    facts: dict[str, TradeFact]

    def get(self, measure: str) -> TradeFact | None:
        return self.facts.get(measure)


class ArticleFigures:
    """The facts of one article, indexed for the rules."""

    def __init__(self, facts: list[TradeFact], shares: list[Share] | None = None):
        self.facts = facts
        self.shares = shares or []
        self.by_id = {f.id: f for f in facts}
        found: dict[SeriesKey, dict[str, list[TradeFact]]] = defaultdict(lambda: defaultdict(list))
        for fact in facts:
            key = series_key(fact)
            if key is not None:
                found[key][fact.measure].append(fact)
        # Re-exports stated apart, by period and pair (either way round): beside them
        # "exports" may leave them out (the UAE's, Jordan's national exports) or count them
        # (Hong Kong's total exports); rules.parts allows both readings
        self._re_exported: dict[tuple, list[TradeFact]] = defaultdict(list)
        for f in facts:
            if f.product == RE_EXPORTS and f.period is not None and f.role == "current":
                pair = frozenset({iso3_of(f.reporter), iso3_of(f.partner)})
                self._re_exported[(f.period.start, f.period.end, pair, f.value.currency, f.modality)].append(f)
        self.groups: list[Group] = []
        self._by_series: dict[tuple, TradeFact] = {}
        for key, measures in found.items():
            chosen = {m: f for m, fs in measures.items() if (f := _one_figure(fs)) is not None}
            self.groups.append(Group(key, chosen))
            for measure, fact in chosen.items():
                self._by_series[(measure, *key)] = fact

    def lookup(self, side: ShareSide, currency: str | None = None) -> TradeFact | None:
        """The one actual fact a share's part or whole names, if the article states it."""
        if side.fact:
            return self.by_id.get(side.fact)
        if side.period_start is None or side.period_end is None:
            return None
        matches = [f for (measure, reporter, partner, start, end, cur, modality), f in self._by_series.items()
                   if measure == side.measure and reporter == side.reporter and partner == side.partner
                   and start == side.period_start and end == side.period_end and modality == "actual"
                   and (currency is None or cur == currency)]
        return matches[0] if len(matches) == 1 else None

    def re_exports_of(self, group: Group) -> TradeFact | None:
        """The re-exports the article states apart for the group's period and pair, if one
        figure (or several that can be the same number)."""
        reporter, partner, start, end, currency, modality = group.key
        found = self._re_exported.get((start, end, frozenset({reporter, partner}), currency, modality))
        return _one_figure(found) if found else None

    def compared(self, fact: TradeFact) -> TradeFact | None:
        return self.by_id.get(fact.compared_with) if fact.compared_with else None


def _one_figure(facts: list[TradeFact]) -> TradeFact | None:
    """The series' figure when every statement of it can be the same number, else None."""
    first = facts[0]
    interval = value_interval(first)
    for other in facts[1:]:
        if not interval.overlaps(value_interval(other)):
            return None
    # The most precise statement stands for them all.
    return min(facts, key=lambda f: value_interval(f).high - value_interval(f).low)
