"""The relations the checker recomputes, one module per kind of relation.

Each module's ``check(figures)`` yields a Check for every relation it can recompute
from the article's figures (extractor.check.figures.ArticleFigures).
"""
from extractor.check.rules import changes, parts, previous, rates, shares

RULE_MODULES = (parts, changes, previous, shares, rates)
