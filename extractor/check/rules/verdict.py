"""One verdict for all rules: does the stated interval meet the implied one?"""
from __future__ import annotations

from extractor.check.intervals import Interval
from models import Check


def verdict(rule: str, facts: list[str], stated: Interval, implied: Interval | None, stated_value: float,
            consistent: str, inconsistent: str, unverifiable: str = "") -> Check:
    """A Check whose status is decided by interval overlap; messages are given per status.

    ``implied`` None means the other figures do not determine the relation (a zero
    divisor, a sign that flips): the check is unverifiable.
    """
    if implied is None:
        return Check(rule=rule, status="unverifiable", facts=facts, stated=stated_value, message=unverifiable)
    status = "consistent" if stated.overlaps(implied) else "inconsistent"
    return Check(rule=rule, status=status, facts=facts, stated=stated_value,
                 implied_low=_finite(implied.low), implied_high=_finite(implied.high),
                 message=consistent if status == "consistent" else inconsistent)


def _finite(x: float) -> float | None:
    return None if x in (float("inf"), float("-inf")) else x
