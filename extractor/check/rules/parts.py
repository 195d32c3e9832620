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
            re_exports = figures.re_exports_of(group)
            for whole in (t, b):
                if whole and comparable(whole, x, m):
                    yield _read_either_way(whole, x, m, re_exports) if re_exports else _from_parts(whole, x, m)
        elif t and b and (x or m) and comparable(t, b, x or m):
            yield _balance_from_total(b, t, x, m)


# Per measure: how exports and imports make it, the word joining them, and how the
# recomputed figure is worded.
_FROM_PARTS = {
    "total": (lambda a, c: a + c, "plus", lambda implied, cur: describe.money_range(implied, cur)),
    "balance": (lambda a, c: a - c, "less", lambda implied, cur: _signed_balance(implied, cur)),
}


def _read_either_way(whole, x, m, re_exports) -> Check:
    """"exports of X, re-exports of R and imports of M": the exports may count the
    re-exports (Hong Kong's total exports) or leave them out (the UAE's, Jordan's
    national exports), so the whole is checked against both sums, and is inconsistent
    only when it fits neither; exports smaller than the re-exports cannot count them."""
    readings = ([] if value_interval(x).high < value_interval(re_exports).low else [None]) + [re_exports]
    checks = [_from_parts(whole, x, m, r) for r in readings]
    return next((c for c in checks if c.status == "consistent"), checks[0])


def _from_parts(whole, x, m, re_exports=None) -> Check:
    combine, joiner, wording = _FROM_PARTS[whole.measure]
    if re_exports is None:
        implied = corners(combine, value_interval(x), value_interval(m))
        parts = f"exports of {describe.quoted(x)} {joiner} imports of {describe.quoted(m)}"
    else:
        implied = corners(lambda a, r, c: combine(a + r, c), value_interval(x), value_interval(re_exports),
                          value_interval(m))
        parts = (f"exports of {describe.quoted(x)} and re-exports of {describe.quoted(re_exports)} {joiner} "
                 f"imports of {describe.quoted(m)}")
    where = describe.where(whole)
    ids = [whole.id, x.id, m.id] + ([re_exports.id] if re_exports is not None else [])
    return verdict(
        whole.measure, ids, value_interval(whole), implied, whole.value.amount,
        consistent=f"{where} of {describe.quoted(whole)} agrees with {parts}.",
        inconsistent=f"{where} is {describe.quoted(whole)}, says the article; {parts} give "
                     f"{wording(implied, whole.value.currency)}." if implied else "",
        unverifiable=f"{where} of {describe.quoted(whole)} cannot be recomputed from {parts}: "
                     f"stated as bounds, they leave it open both ways.",
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
    where = describe.where(b)
    return verdict(
        "balance", ids, value_interval(b), implied, b.value.amount,
        consistent=f"{where} of {describe.quoted(b)} agrees with total trade of {describe.quoted(t)} and {part}.",
        inconsistent=f"{where} is {describe.quoted(b)}, says the article; total trade of {describe.quoted(t)} "
                     f"and {part} give {_signed_balance(implied, cur)}." if implied else "",
    )


def _signed_balance(implied, currency) -> str:
    if implied.low >= 0:
        return f"a surplus of {describe.money_range(implied, currency)}"
    if implied.high <= 0:
        return f"a deficit of {describe.money_range(implied.magnitude(), currency)}"
    return f"a balance of {describe.money_range(implied, currency)}"


