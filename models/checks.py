"""The check: one relation between an article's figures, recomputed."""
from typing import Literal

from pydantic import BaseModel

CheckStatus = Literal["consistent", "inconsistent", "unverifiable"]

# The relations the checker recomputes; each is one module of extractor/check/rules.
Rule = Literal[
    "total",            # total = exports + imports
    "balance",          # balance = exports - imports
    "change",           # a stated change against the stated comparison figure
    "previous",         # the comparison period's total or balance implied by the parts' changes
    "change_of_parts",  # a total's (or balance's) stated change against its parts' changes
    "share",            # a stated share against the part and the whole
    "shares_sum",       # shares of one whole cannot add up past 100 %
    "direction",        # "widened", "fell" against the two figures compared
    "exchange_rate",    # a figure in two currencies against a plausible rate
]
RULES: tuple[str, ...] = Rule.__args__


class Check(BaseModel):
    """A relation the consistency checker recomputed.

    ``facts`` lists the ids of the facts (``f3``) and shares (``s1``) involved.
    ``stated`` is the figure the article states; ``implied_low``/``implied_high`` the
    interval the other figures imply once their rounding is allowed for, in the same
    unit (currency units for amounts, percent for changes and shares). ``message``
    says it in words a reporter reads without the code.
    """

    rule: Rule
    status: CheckStatus
    facts: list[str]
    stated: float | None = None
    implied_low: float | None = None
    implied_high: float | None = None
    message: str
