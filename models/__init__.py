"""Typed records of tradefacts: what the recognisers find and what the assembler builds.

These pydantic models are the contract: JSON lines, database tables and other tools rely
on their field names, so every output field is named here and nowhere else.
"""
from models.article import ArticleResult
from models.checks import Check, CheckStatus
from models.facts import Change, Economy, Modality, Measure, Period, TradeFact, Trend, Value, iso3_of
from models.mentions import (
    EconomyMention,
    Mention,
    MoneyMention,
    PercentMention,
    PeriodMention,
)
from models.shares import Share, ShareSide
from models.spans import Span

__all__ = [
    "ArticleResult",
    "Change",
    "Check",
    "CheckStatus",
    "Economy",
    "EconomyMention",
    "Measure",
    "Mention",
    "Modality",
    "MoneyMention",
    "PercentMention",
    "Period",
    "PeriodMention",
    "Share",
    "ShareSide",
    "Span",
    "TradeFact",
    "Trend",
    "Value",
    "iso3_of",
]
