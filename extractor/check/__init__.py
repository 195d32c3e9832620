"""The consistency checker: what an article's own numbers imply, recomputed.

Stages, as files: ``figures`` arranges the facts into series with the interval each
stated number stands for (``intervals``); each module of ``rules`` recomputes one kind
of relation; ``evidence`` calls a failed relation inconsistent only on firm facts;
``describe`` words the result for a reporter. The entry point is
``check(facts, shares)``, which returns the Check records an article result carries.
"""
from __future__ import annotations

from extractor.check.evidence import firm
from extractor.check.figures import ArticleFigures
from extractor.check.rules import RULE_MODULES
from models import Check, Share, TradeFact

_ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}


def check(facts: list[TradeFact], shares: list[Share] | None = None, text: str | None = None) -> list[Check]:
    """Every relation between the facts (and stated shares) that can be recomputed.

    Inconsistencies come first; within a status, the order of the article. ``text``, the
    article's, lets a period stated in words ("in the month") count as stated.
    """
    figures = ArticleFigures(facts, shares)
    by_id = {f.id: f for f in facts}
    found = [firm(c, by_id, text) for module in RULE_MODULES for c in module.check(figures)]
    return sorted(found, key=lambda c: _ORDER[c.status])


__all__ = ["check"]
