"""Recognisers: money, percentages, periods and economies, located and normalised.

``mentions(text, published)`` runs them all; each returned mention slices the text
exactly (``text[m.start:m.end] == m.text``). They are pattern- and table-driven, so
they run on every article cheaply; the statistical model is kept for the sentences
where they found something to assemble.
"""
from datetime import date

from extractor.recognise.economy import find_economies
from extractor.recognise.money import find_money
from extractor.recognise.percent import find_percents
from extractor.recognise.period import find_periods
from extractor.recognise.sentences import sentence_spans
from extractor.recognise.subject import dateline_economy, subject_economy
from models import EconomyMention, MoneyMention, PercentMention, PeriodMention

__all__ = ["mentions", "find_economies", "find_money", "find_percents", "find_periods", "sentence_spans"]


def mentions(text: str, published: date | None = None, title: str | None = None
             ) -> list[MoneyMention | PercentMention | PeriodMention | EconomyMention]:
    """Every money, percent, period and economy mention of ``text``, in text order.

    A bare dollar is resolved against the story's subject economy, which the title
    (when given) and the first sentence name.
    """
    economies = find_economies(text, published)
    title_economies = find_economies(title, published) if title else []
    sentences = sentence_spans(text)
    lead_end = sentences[0][1] if sentences else len(text)
    subject = subject_economy(economies, title_economies, lead_end, dateline_economy(text), text)
    named = [m.code for m in title_economies] + [m.code for m in economies if m.start < lead_end]
    found = [*find_money(text, subject, published, named), *find_percents(text), *find_periods(text, published, subject), *economies]
    return sorted(found, key=lambda m: (m.start, m.end))
