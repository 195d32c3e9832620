"""Recognisers: money, percentages, periods and economies, located and normalised.

``mentions(text, published)`` runs them all; each returned mention slices the text
exactly (``text[m.start:m.end] == m.text``). They are pattern- and table-driven, so
they run on every article cheaply; the statistical model is kept for the sentences
where they found something to assemble.
"""
from datetime import date

from extractor.recognise.economy import find_economies
from extractor.recognise.header_date import header_date
from extractor.recognise.money import find_money
from extractor.recognise.percent import find_percents
from extractor.recognise.period import find_periods
from extractor.recognise.sentences import sentence_spans
from extractor.recognise.story import read_story
from models import EconomyMention, MoneyMention, PercentMention, PeriodMention

__all__ = ["mentions", "header_date", "find_economies", "find_money", "find_percents", "find_periods", "sentence_spans"]


def mentions(text: str, published: date | None = None, title: str | None = None
             ) -> list[MoneyMention | PercentMention | PeriodMention | EconomyMention]:
    """Every money, percent, period and economy mention of ``text``, in text order.

    Money is read for the story's subject economy (extractor.recognise.story), as the
    article path reads it: the title (when given), the lead, a dateline, the story's
    own currency. An undated text is dated by a date line at its head, if it has one.
    """
    published = published or header_date(text)
    story = read_story(text, published, title, sentence_spans(text))
    found = [*story.money, *find_percents(text), *find_periods(text, published, story.subject), *story.named]
    return sorted(found, key=lambda m: (m.start, m.end))
