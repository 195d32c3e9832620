"""The consistency checker: what an article's own numbers imply, recomputed.

Stages, as files: ``figures`` arranges the facts into series with the interval each
stated number stands for (``intervals``); each module of ``rules`` recomputes one kind
of relation; ``describe`` words the result for a reporter. The entry point is
``check(facts, shares)``, which returns the Check records an article result carries.
"""
from __future__ import annotations

from extractor.check.figures import ArticleFigures
from extractor.check.rules import RULE_MODULES
from models import Check, Share, TradeFact

_ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}


def check(facts: list[TradeFact], shares: list[Share] | None = None) -> list[Check]:
    """Every relation between the facts (and stated shares) that can be recomputed.

    Inconsistencies come first; within a status, the order of the article.
    """
    figures = ArticleFigures(facts, shares)
    found = [c for module in RULE_MODULES for c in module.check(figures)]
    return sorted(found, key=lambda c: _ORDER[c.status])


__all__ = ["check"]
