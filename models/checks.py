"""The check: one relation between an article's figures, recomputed."""
from typing import Literal

from pydantic import BaseModel

CheckStatus = Literal["consistent", "inconsistent", "unverifiable"]


class Check(BaseModel):
    """A relation the consistency checker recomputed.

    ``stated`` is the figure the article states; ``implied_low``/``implied_high`` the
    interval the other figures imply once their rounding is allowed for. ``message``
    says it in words a reporter reads without the code.
    """

    rule: str
    status: CheckStatus
    facts: list[str]
    stated: float | None = None
    implied_low: float | None = None
    implied_high: float | None = None
    message: str
