"""``fiscal_period_for``: a fiscal-year mention re-read for the reporter's own fiscal year."""
from __future__ import annotations

from datetime import date

from extractor.recognise.period.calendar_math import Range
from extractor.recognise.period.found import dates_of
from extractor.recognise.period.rules import FISCAL_RULES
from extractor.recognise.period.year_choice import publication_date
from models.mentions import PeriodMention


def fiscal_period_for(mention: PeriodMention, economy_code: str | None,
                      published: date | None = None) -> Range | None:
    """Re-resolve a fiscal-year mention for the reporter's own fiscal year.

    ``find_periods`` does not know whose fiscal year "fiscal 1986" is and reads it as
    Japan's (April 1986 - March 1987); for ``USA`` it is October 1985 - September 1986.
    Other mentions give back their own dates.
    """
    published = publication_date(published)
    for rule in FISCAL_RULES:
        m = rule.pattern.fullmatch(mention.text)
        if m:
            f = rule.handler(m, economy_code)
            if f is not None:
                return dates_of(f, published, None)
    if mention.period_start and mention.period_end:
        return mention.period_start, mention.period_end
    return None


def is_fiscal(mention: PeriodMention) -> bool:
    """Whether a fiscal-year rule reads the mention ("FY23", "Q1 of the fiscal year")."""
    return any(rule.pattern.fullmatch(mention.text) for rule in FISCAL_RULES)
