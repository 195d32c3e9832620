"""What a mark says on hover or focus: what its words were read as, in plain text.

A figure's tip gives the whole reading (measure, reporter, partner, amount with its
currency and rounding interval, period as dates, change); a period's, change's,
economy's or share's tip gives what that stretch was read as and the figures it
belongs to. Plain text, escaped by the renderer like everything else.
"""
from __future__ import annotations

from extractor.check import describe
from extractor.sheet.marks import Mark
from models import Share, TradeFact

MEASURE_WORDS = {"export": "exports", "import": "imports", "total": "total trade", "balance": "trade balance"}


def measure_words(fact: TradeFact) -> str:
    words = MEASURE_WORDS.get(fact.measure, fact.measure)
    if fact.measure == "balance" and fact.value.amount:
        words = "trade surplus" if fact.value.amount > 0 else "trade deficit"
    return words


def economy(e) -> str:
    return f"{e.name} ({e.iso3})" if e is not None else "-"


def amount(fact: TradeFact) -> str:
    """"$1.8 billion = 1,800,000,000 USD (1,750,000,000 to 1,850,000,000)"."""
    v = fact.value
    exact = f"{v.amount:,.0f} {v.currency or '(no currency)'}"
    rounding = ""
    if v.low is not None and v.high is not None and v.low != v.high:
        rounding = f" (rounding: {v.low:,.0f} to {v.high:,.0f})"
    converted = ""
    if v.converted is not None:
        converted = f"; also stated as {v.converted.amount:,.0f} {v.converted.currency or ''}".rstrip()
    return f"{' '.join(v.text.split())} = {exact}{rounding}{converted}"


def period(fact: TradeFact) -> str:
    p = fact.period
    if p is None or p.start is None or p.end is None:
        return "no period"
    return f"{p.start.isoformat()} to {p.end.isoformat()} ({describe.date_range(p.start, p.end)})"


def change(fact: TradeFact) -> str:
    c = fact.change
    if c is None:
        return "no change stated"
    bounds = f" ({c.low:g} to {c.high:g})" if c.low is not None and c.high is not None else ""
    qualifier = f"{c.qualifier} " if c.qualifier else ""
    against = f", against {c.against}" if c.against else ""
    over = _OVER.get(c.against_period, "")
    return f"{qualifier}{c.percent:+g}%{over}{bounds}{against}"


_OVER = {"previous_period": " on the period before", "year_earlier": " on a year earlier"}


def notes(fact: TradeFact) -> list[str]:
    out = []
    if fact.modality == "forecast":
        out.append("forecast")
    if fact.product:
        out.append(f"product or sector: {fact.product} (not checked)")
    if fact.role == "comparison":
        out.append("the earlier figure of a comparison")
    if fact.qualifiers:
        out.append("qualified: " + ", ".join(fact.qualifiers))
    if fact.basis:
        out.append("basis: " + ", ".join(fact.basis))
    return out


def fact_lines(fact: TradeFact) -> list[str]:
    lines = [f"{fact.id}: {measure_words(fact)}" + (f" ({', '.join(notes(fact))})" if notes(fact) else ""),
             f"reporter {economy(fact.reporter)}, partner {economy(fact.partner) if fact.partner else 'world'}",
             f"amount {amount(fact)}",
             f"period {period(fact)}",
             f"change {change(fact)}"]
    return lines


def mark_tip(mark: Mark, facts: dict[str, TradeFact], shares: dict[str, Share]) -> str:
    owners = [facts[r] for r in mark.refs if r in facts]
    named = ", ".join(f"{f.id} {measure_words(f)}" for f in owners)
    if mark.kind == "money":
        return "\n\n".join("\n".join(fact_lines(f)) for f in owners)
    if mark.kind == "period":
        return f"period {period(owners[0])}\nof {named}" if owners else ""
    if mark.kind == "change":
        return "\n".join(f"change {change(f)} of {f.id} {measure_words(f)}" for f in owners)
    if mark.kind == "trend":
        return "\n".join(f"direction word \"{f.trend.word}\" ({'up' if f.trend.sign > 0 else 'down'}) "
                         f"of {f.id} {measure_words(f)}" for f in owners if f.trend)
    if mark.kind == "economy" and mark.economy is not None:
        roles = []
        for f in owners:
            role = "reporter" if f.reporter and f.reporter.iso3 == mark.economy.code else "partner"
            roles.append(f"{role} of {f.id} {measure_words(f)}")
        return f"economy {mark.economy.name} ({mark.economy.code})\n" + "\n".join(roles)
    if mark.kind == "share":
        lines = []
        for ref in mark.refs:
            s = shares.get(ref)
            if s is not None:
                qualifier = f"{s.qualifier} " if s.qualifier else ""
                lines.append(f"{s.id}: share {qualifier}{s.percent:g}% ({s.low:g} to {s.high:g})\n"
                             f"part: {' '.join(s.part.text.split())} ({s.part.measure})\n"
                             f"whole: {' '.join(s.whole.text.split())} ({s.whole.measure})")
        return "\n".join(lines)
    return ""
