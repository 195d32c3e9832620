"""The result for one article: its facts, its checks, or the error that stopped it."""
from datetime import date

from pydantic import BaseModel, Field

from models.checks import Check
from models.facts import TradeFact


class ArticleResult(BaseModel):
    """One JSON line of ``tradefacts extract``.

    ``error`` names what went wrong with this article, in words; when it is set the
    facts are empty and the batch has gone on without it.
    """

    id: str
    published: date | None = None
    title: str | None = None
    facts: list[TradeFact] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    error: str | None = None
