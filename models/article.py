"""The result for one article: its facts, its checks, or the error that stopped it."""
from datetime import date

from pydantic import BaseModel, Field

from models.checks import Check
from models.facts import TradeFact
from models.shares import Share


class ArticleResult(BaseModel):
    """One JSON line of ``tradefacts extract``.

    ``shares`` are the stated shares ("4.01% of total trade") the checks recompute,
    ``checks`` the relations between the article's figures, recomputed. ``error``
    names what went wrong with this article, in words; when it is set the facts are
    empty and the batch has gone on without it.
    """

    id: str
    published: date | None = None
    title: str | None = None
    facts: list[TradeFact] = Field(default_factory=list)
    shares: list[Share] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    error: str | None = None
