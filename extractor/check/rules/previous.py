"""What the parts' changes imply for the comparison period.

Exports of X that rose by cx% were X / (1 + cx) before; imports likewise. The previous
exports and imports so implied must agree with the previous total or balance the
article states, and a total's stated change with the change of exports plus imports
("2023 total trade fell 7.2%; its exports (+2%) and imports (-18.5%) imply a fall of
5.4% to 7.0%"). When the total's change is stated, that is the one relation checked:
the previous total then follows from it and would repeat the same disagreement.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from extractor.check import describe
from extractor.check.figures import ArticleFigures, change_interval, comparable, months_apart, value_interval
from extractor.check.intervals import before_growth, corners, growth
from extractor.check.rules.verdict import verdict
from extractor.data.lexicon import SEQUENTIAL_CHANGE_REPORTERS
from models import Check, TradeFact, iso3_of


def check(figures: ArticleFigures) -> Iterator[Check]:
    for group in figures.groups:
        x, m = group.get("export"), group.get("import")
        if not (x and m and x.change and m.change) or _mixed_periods(figures, x, m):
            continue
        for whole in (group.get("total"), group.get("balance")):
            if whole is None or not comparable(whole, x, m):
                continue
            if whole.change is not None:
                if len({_period(b) for b in _bases(figures, whole, x, m)}) <= 1 \
                        and not _mixed_periods(figures, whole, x, m):
                    yield _change_of_parts(whole, x, m)
            elif (before := figures.compared(whole)) is not None and _measured_against(figures, before, whole, x, m):
                yield _previous(whole, before, x, m)


def _against(figures: ArticleFigures, fact: TradeFact) -> str | None:
    """What a change is measured against: what its sentence says, else the period of the
    figure it states as its base ("rose 14.4% to X in June from Y in May" is on the period
    before), else the period before where its reporter's unqualified changes are on that
    (SEQUENTIAL_CHANGE_REPORTERS)."""
    if fact.change.against_period is not None:
        return fact.change.against_period
    if fact.change.against and (base := figures.by_id.get(fact.change.against)) is not None \
            and (said := _base_period(fact, base)) is not None:
        return said
    return "previous_period" if iso3_of(fact.reporter) in SEQUENTIAL_CHANGE_REPORTERS else None


def _base_period(fact: TradeFact, base: TradeFact) -> str | None:
    """"year_earlier" or "previous_period" when the base figure's period is the fact's a
    year before, or the stretch of the same length just before it; None otherwise."""
    now, then = _period(fact), _period(base)
    if now is None or then is None:
        return None
    if _year_before(now, then):
        return "year_earlier"
    if then[1] == now[0] - timedelta(days=1) and months_apart(*then) == months_apart(*now):
        return "previous_period"
    return None


def _mixed_periods(figures: ArticleFigures, *facts: TradeFact) -> bool:
    """Whether the changes are measured against different periods: exports up 14% "from
    the preceding month", the deficit up 38% "compared to the corresponding period last
    year" do not combine; nor does the US deficit's unqualified change (on the month
    before) with exports up 4.5% "from a year earlier"; nor a surplus up 14.4% "from Y
    in May" with June's exports up 5.4% "from a year earlier"."""
    return len({a for f in facts if f.change and (a := _against(figures, f))}) > 1


def _period(fact: TradeFact):
    return (fact.period.start, fact.period.end) if fact.period else None


def _bases(figures: ArticleFigures, *facts: TradeFact) -> list[TradeFact]:
    """The stated figures the changes of these facts are measured against, where stated."""
    return [b for f in facts if f.change and f.change.against and (b := figures.by_id.get(f.change.against))]


def _measured_against(figures: ArticleFigures, before: TradeFact, whole: TradeFact, x: TradeFact,
                      m: TradeFact) -> bool:
    """Whether the parts' changes are measured against ``before``'s period: their stated
    bases are, or, with none stated, ``before`` is a year earlier, the reading of an
    unqualified change in trade news (a month-on-month figure says so, and so do the
    reporters whose offices give their changes on the month before)."""
    bases = _bases(figures, x, m)
    if bases:
        return all(_period(b) == _period(before) for b in bases)
    if any(_against(figures, f) == "previous_period" for f in (x, m)):
        return False  # the parts' changes are on the period before, not on a year earlier
    now, then = _period(whole), _period(before)
    if now is None or then is None:
        return False
    return _year_before(now, then)


def _year_before(now, then) -> bool:
    """Whether the span ``then`` is ``now`` a year earlier."""
    try:
        return all(b == a.replace(year=a.year - 1) for a, b in zip(now, then))
    except ValueError:  # 29 February
        return then[0] == now[0].replace(year=now[0].year - 1, day=1) and then[1].month == now[1].month


def _combine(measure: str):
    return (lambda a, b: a + b) if measure == "total" else (lambda a, b: a - b)


def _parts_words(x: TradeFact, m: TradeFact) -> str:
    return (f"exports of {describe.quoted(x)} ({describe.signed_change(x.change)}) and imports of "
            f"{describe.quoted(m)} ({describe.signed_change(m.change)})")


def _change_of_parts(whole: TradeFact, x: TradeFact, m: TradeFact) -> Check:
    combine = _combine(whole.measure)

    def implied_change(xv, xc, mv, mc):
        now = combine(xv, mv)
        before = combine(before_growth(xv, xc), before_growth(mv, mc))
        if (now < 0) != (before < 0) or before == 0:
            return float("nan")  # a balance changing sign has no percentage change
        return growth(abs(now), abs(before))

    implied = corners(implied_change, value_interval(x), change_interval(x), value_interval(m), change_interval(m))
    where = describe.where(whole)
    said = describe.moved(whole.change)
    digits = describe.decimals_of(whole.change.text)
    return verdict(
        "change_of_parts", [whole.id, x.id, m.id], change_interval(whole), implied, whole.change.percent,
        consistent=f"{where} {said}; its {_parts_words(x, m)} imply {describe.change_range(implied, digits)}."
        if implied else "",
        inconsistent=f"{where} {said}, says the article; its {_parts_words(x, m)} imply "
                     f"{describe.change_range(implied, digits)}." if implied else "",
        unverifiable=f"{where} {said}, but its parts' changes do not determine its change "
                     "(the balance changed sign).",
    )


def _previous(whole: TradeFact, before: TradeFact, x: TradeFact, m: TradeFact) -> Check:
    combine = _combine(whole.measure)
    implied = None
    if before.value.currency == whole.value.currency:
        implied = corners(lambda xv, xc, mv, mc: combine(before_growth(xv, xc), before_growth(mv, mc)),
                          value_interval(x), change_interval(x), value_interval(m), change_interval(m))
    cur = before.value.currency
    where = describe.where(before)
    return verdict(
        "previous", [before.id, whole.id, x.id, m.id], value_interval(before), implied, before.value.amount,
        consistent=f"{where} of {describe.quoted(before)} agrees with the previous figures implied by "
                   f"{_parts_words(x, m)}." if implied else "",
        inconsistent=f"{where} was {describe.quoted(before)}, says the article; {_parts_words(x, m)} imply "
                     f"{describe.money_range(implied, cur)}." if implied else "",
        unverifiable=f"{where} is stated in another currency than its parts.",
    )
