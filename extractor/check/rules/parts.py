"""Totals and balances against their parts, within one series and period.

total = exports + imports and balance = exports - imports. Any three of the four
figures determine the fourth, so exports, the total and the balance are checked even
when imports are not stated. The balance's sign comes from its surplus or deficit
word, so a "surplus" where imports exceed exports is caught here.
"""
from __future__ import annotations

from collections.abc import Iterator

from extractor.check import describe
from extractor.check.figures import ArticleFigures, comparable, value_interval
from extractor.check.intervals import corners
from extractor.check.rules.verdict import verdict
from models import Check


def check(figures: ArticleFigures) -> Iterator[Check]:
    for group in figures.groups:
        x, m, t, b = (group.get(k) for k in ("export", "import", "total", "balance"))
        if x and m:
            if t and comparable(t, x, m):
                yield _total(t, x, m)
            if b and comparable(b, x, m):
                yield _balance(b, x, m)
        elif t and b and (x or m) and comparable(t, b, x or m):
            yield _balance_from_total(b, t, x, m)


def _total(t, x, m) -> Check:
    implied = corners(lambda a, b: a + b, value_interval(x), value_interval(m))
    cur = t.value.currency
    where = f"{describe.series(t)} {describe.period(t)}"
    return verdict(
        "total", [t.id, x.id, m.id], value_interval(t), implied, t.value.amount,
        consistent=f"{where} of {describe.quoted(t)} agrees with exports of {describe.quoted(x)} "
                   f"plus imports of {describe.quoted(m)}.",
        inconsistent=f"{where} is {describe.quoted(t)}, says the article; its exports of {describe.quoted(x)} "
                     f"and imports of {describe.quoted(m)} add up to {describe.money_range(implied, cur)}.",
    )


def _balance(b, x, m) -> Check:
    implied = corners(lambda a, c: a - c, value_interval(x), value_interval(m))
    cur = b.value.currency
    where = f"{describe.series(b)} {describe.period(b)}"
    return verdict(
        "balance", [b.id, x.id, m.id], value_interval(b), implied, b.value.amount,
        consistent=f"{where} of {describe.quoted(b)} agrees with exports of {describe.quoted(x)} "
                   f"less imports of {describe.quoted(m)}.",
        inconsistent=f"{where} is {describe.quoted(b)}, says the article; exports of {describe.quoted(x)} "
                     f"less imports of {describe.quoted(m)} give {_signed_balance(implied, cur)}.",
    )


def _balance_from_total(b, t, x, m) -> Check:
    # With exports known, imports are total - exports and the balance 2 * exports - total;
    # with imports known, the balance is total - 2 * imports.
    if x is not None:
        implied = corners(lambda a, s: 2 * a - s, value_interval(x), value_interval(t))
        part = f"exports of {describe.quoted(x)}"
        ids = [b.id, t.id, x.id]
    else:
        implied = corners(lambda s, c: s - 2 * c, value_interval(t), value_interval(m))
        part = f"imports of {describe.quoted(m)}"
        ids = [b.id, t.id, m.id]
    cur = b.value.currency
    where = f"{describe.series(b)} {describe.period(b)}"
    return verdict(
        "balance", ids, value_interval(b), implied, b.value.amount,
        consistent=f"{where} of {describe.quoted(b)} agrees with total trade of {describe.quoted(t)} and {part}.",
        inconsistent=f"{where} is {describe.quoted(b)}, says the article; total trade of {describe.quoted(t)} "
                     f"and {part} give {_signed_balance(implied, cur)}.",
    )


def _signed_balance(implied, currency) -> str:
    if implied.low >= 0:
        return f"a surplus of {describe.money_range(implied, currency)}"
    if implied.high <= 0:
        return f"a deficit of {describe.money_range(implied.magnitude(), currency)}"
    return f"a balance between {describe.money(implied.low, currency)} and {describe.money(implied.high, currency)}"


