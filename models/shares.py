"""A stated share: one trade figure as a percentage of another.

"Cambodia-Japan trade volume represented 4.01% of the Kingdom's total international
trade volume of $8.12 billion", "exports to Japan constituted over two-thirds of total
bilateral trade": not trade facts themselves (GUIDELINES.md leaves shares out), but
statements the consistency checker can recompute from the facts they name.
"""
from datetime import date

from pydantic import BaseModel

from models.spans import Span


class ShareSide(BaseModel):
    """The part or the whole of a share, as the sentence names it.

    ``fact`` is set when the figure itself stands in the sentence ("$8.12 billion");
    otherwise the checker looks for the one fact with this measure, reporter, partner
    and period. ``top`` is set for a part that is a group ("the top five markets"): the
    shares of single partners of the same whole, at most that many, cannot add up to more.
    """

    measure: str
    reporter: str | None = None
    partner: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    fact: str | None = None
    top: int | None = None
    text: str


class Share(BaseModel):
    """``percent`` of ``whole`` is ``part``; ``low``/``high`` is what the stated number
    allows given its rounding and qualifier ("over two-thirds" is 66.7 to 100)."""

    id: str
    percent: float
    low: float
    high: float
    text: str
    span: Span
    qualifier: str | None = None
    part: ShareSide
    whole: ShareSide
    sentence: Span
