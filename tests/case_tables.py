"""Named tables of test cases as pytest parameters (price-parser style).

Each case records where it came from (``case.source``); a known failure becomes a
strict xfail, so a fix is noticed. The id says table, position and source.
"""
import pytest


def table_params(tables: dict[str, list], split=lambda item: (item, getattr(item, "known_failure", None))):
    """``split`` turns a table item into (case, reason it is known to fail or None)."""
    for table, items in tables.items():
        for number, item in enumerate(items):
            case, reason = split(item)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(case, marks=marks, id=f"{table}-{number}-{case.source}")
