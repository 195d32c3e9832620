"""Rounding-aware numbers: every stated figure stands for an interval.

"$1.8 billion" is any amount from 1.75 to 1.85 billion, "9.3%" anything from 9.25 to
9.35, "over two-thirds" anything above 66.7. A relation between stated figures holds
when some values inside their intervals satisfy it (statcheck's rule), so the checker
computes with intervals and never with a fixed tolerance.

The relations recomputed here (sums, differences, ratios, growth rates) are monotone in
each of their inputs wherever no divisor can be zero, so the exact range of a result
is reached at the corners of the input box: ``corners`` evaluates them all.
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

from extractor.data.fractions import APPROXIMATE, LOWER_BOUND, NEAR_BELOW, UPPER_BOUND

# Relative slack of an approximate figure ("about 1.2 billion") beyond its rounding.
APPROXIMATE_SLACK = 0.05
# How far below a figure "nearly" or "almost" may go.
NEAR_SLACK = 0.10
# Float noise only: 1.3/0.7 computed two ways may differ in the 16th digit.
_EPSILON = 1e-9


@dataclass(frozen=True)
class Interval:
    """The closed range ``[low, high]`` a stated number stands for."""

    low: float
    high: float

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> float:
        if math.isinf(self.low) or math.isinf(self.high):
            return self.low if math.isinf(self.high) else self.high
        return (self.low + self.high) / 2

    def overlaps(self, other: Interval) -> bool:
        slack = _EPSILON * max(1.0, abs(self.mid), abs(other.mid))
        return self.low <= other.high + slack and other.low <= self.high + slack

    def contains(self, value: float) -> bool:
        return self.overlaps(Interval.point(value))

    def straddles_zero(self) -> bool:
        return self.low <= 0 <= self.high

    def magnitude(self) -> Interval:
        """The interval of the absolute value, for a range that keeps one sign."""
        if self.low >= 0:
            return self
        if self.high <= 0:
            return Interval(-self.high, -self.low)
        return Interval(0.0, max(-self.low, self.high))

    def negated(self) -> Interval:
        return Interval(-self.high, -self.low)


def stated(value: float, low: float | None, high: float | None, qualifier: str | None = None) -> Interval:
    """The interval of a stated number: its rounding range, widened by its qualifier.

    The sign is kept: a deficit of "about 2 billion" is -2.1 to -1.9 billion.
    """
    base = Interval(low if low is not None else value, high if high is not None else value)
    if not qualifier:
        return base
    negative = value < 0
    size = base.magnitude()
    amount = abs(value)
    q = qualifier.lower()
    if q in LOWER_BOUND:
        size = Interval(size.low, math.inf)
    elif q in UPPER_BOUND:
        size = Interval(0.0, size.high)
    elif q in NEAR_BELOW:
        size = Interval(min(size.low, amount * (1 - NEAR_SLACK)), size.high)
    elif q in APPROXIMATE:
        size = Interval(min(size.low, amount * (1 - APPROXIMATE_SLACK)), max(size.high, amount * (1 + APPROXIMATE_SLACK)))
    return size.negated() if negative else size


def corners(fn: Callable[..., float], *intervals: Interval) -> Interval | None:
    """The range of ``fn`` over the box of intervals, from its corners.

    None when the result is undefined somewhere at a corner (a zero or infinite
    divisor): the relation cannot be recomputed from these figures.
    """
    values = []
    for point in itertools.product(*((i.low, i.high) for i in intervals)):
        try:
            v = fn(*point)
        except (ZeroDivisionError, OverflowError):
            return None
        if math.isnan(v):
            return None
        values.append(v)
    return Interval(min(values), max(values))


def growth(current: float, previous: float) -> float:
    """The percentage change from ``previous`` to ``current``."""
    return (current / previous - 1) * 100


def before_growth(current: float, percent: float) -> float:
    """The previous figure a current one implies given its percentage change."""
    return current / (1 + percent / 100)
