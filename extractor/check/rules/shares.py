"""Stated shares against the figures they relate, and shares of one whole together.

"4.01% of the Kingdom's total international trade volume of $8.12 billion", with
Cambodia-Japan trade at $325.65 million: 325.65 / 8,120 must be a share the stated
4.01% allows. "over two-thirds" allows anything above 66.7%. Shares of different parts
of one whole cannot add up past 100%.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from extractor.assemble.context import standard_name
from extractor.check import describe
from extractor.check.figures import ArticleFigures, comparable, share_interval, value_interval
from extractor.check.intervals import Interval, corners
from extractor.check.rules.verdict import verdict
from models import Check, Share, TradeFact


def check(figures: ArticleFigures) -> Iterator[Check]:
    by_whole: dict[tuple, list[Share]] = defaultdict(list)
    for share in figures.shares:
        whole = figures.lookup(share.whole)
        part = figures.lookup(share.part, whole.value.currency if whole else None)
        if part is not None and whole is not None and part.id != whole.id and comparable(part, whole):
            yield _share(share, part, whole)
        if whole is not None:
            by_whole[("fact", whole.id)].append(share)
        else:
            by_whole[("side", share.whole.model_dump_json(exclude={"text", "fact"}))].append(share)
    for shares in by_whole.values():
        singles = [s for s in shares if s.part.top is None]
        distinct = len({s.part.model_dump_json(exclude={"text", "fact"}) for s in singles}) == len(singles)
        if len(singles) > 1 and distinct:
            yield _sum(singles)
        for group in (s for s in shares if s.part.top is not None):
            # The single partners' shares, no more of them than the group counts, fit in it.
            if singles and distinct and len(singles) <= group.part.top:
                yield _sum(singles, group)


def _stated(share: Share) -> str:
    return f"{share.qualifier} {share.text}" if share.qualifier else share.text


def _side(text: str) -> str:
    """A part or whole as the sentence named it, lower-cased where it opened the sentence."""
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and first.lower() in _COMMON_OPENERS:
        first = first.lower()
    return f"{first} {rest}".strip()


def _part_name(side) -> str:
    """"exports to Uganda": the part's measure and partner, as the message names it."""
    if side.partner is None or side.top is not None:
        return _side(side.text)
    return describe.flow(side.measure, standard_name(side.partner))


_COMMON_OPENERS = {"exports", "imports", "trade", "total", "the", "its", "their", "bilateral", "two-way",
                   "foreign", "overall", "shipments", "sales"}


def _share(share: Share, part: TradeFact, whole: TradeFact) -> Check:
    implied = None
    a, b = value_interval(part), value_interval(whole)
    if part.value.currency == whole.value.currency and not b.straddles_zero() and not a.straddles_zero() \
            and (a.low < 0) == (b.low < 0):
        implied = corners(lambda p, w: p / w * 100, a.magnitude(), b.magnitude())
    ids = [share.id, part.id, whole.id]
    said = f"The article puts {describe.series(part)} at {_stated(share)} of {describe.series(whole)}"
    digits = describe.decimals_of(share.text)
    figures = f"{describe.quoted(part)} of {describe.quoted(whole)}"
    return verdict(
        "share", ids, share_interval(share), implied, share.percent,
        consistent=f"{said}: {figures} is {describe.percent_range(implied, digits)}." if implied else "",
        inconsistent=f"{said}, but {figures} is {describe.percent_range(implied, digits)}."
        if implied else "",
        unverifiable=f"{said}, but {figures} cannot be divided (other currencies or signs).",
    )


def _sum(shares: list[Share], group: Share | None = None) -> Check:
    total = Interval(sum(share_interval(s).low for s in shares), sum(share_interval(s).high for s in shares))
    listed = ", ".join(f"{_part_name(s.part)} {_stated(s)}" for s in shares)
    whole = _side(shares[0].whole.text)
    cap = Interval(0.0, share_interval(group).high if group else 100.0)
    limit = f"the {_side(group.part.text)}' {_stated(group)}" if group else "100%"
    least = describe.percent(math.floor(total.low * 100) / 100, decimals=2)
    return verdict(
        "shares_sum", [s.id for s in shares] + ([group.id] if group else []), total, cap,
        sum(s.percent for s in shares),
        consistent=f"The shares of {whole} ({listed}) can add up to {limit} or less.",
        inconsistent=f"The shares of {whole} ({listed}) add up to at least {least}, past {limit}.",
    )
