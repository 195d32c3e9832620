"""``find_periods``: scan a text with the rules, date what was found, make mentions."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import (
    Range, a_year_long, add_months, is_calendar_year, month_end, months_between, span_ending,
)
from extractor.recognise.period.found import Found, dates_of
from extractor.recognise.period.rules import RULES
from extractor.recognise.period.rules.relative import (
    FOLLOWING_UNIT_TEXT, PERIOD_ANAPHOR_TEXT, SAME_PERIOD_ANAPHOR_TEXT, YEAR_ANAPHOR_TEXT,
)
from extractor.recognise.period.scan import scan
from extractor.recognise.period.tokens import WORD_BEFORE, number_value
from extractor.recognise.period.year_choice import counts_years, publication_date, try_build
from models.mentions import PeriodMention


_COMPARED_WITH = re.compile(cal.COMPARED_WITH_BEFORE, re.IGNORECASE)
_RECORD_SET = re.compile(cal.RECORD_SET_BEFORE, re.IGNORECASE)
_OUTLOOK_OR_EVENT = re.compile(cal.OUTLOOK_OR_EVENT_BEFORE, re.IGNORECASE)
_SINCE_PART = re.compile(cal.SINCE_PART_BEFORE, re.IGNORECASE)
# "its 2016 economic outlook", "the 2024 forecast": a year naming what is foreseen for it.
_OUTLOOK_NAMED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:outlook|forecasts?|projections?)\b", re.IGNORECASE)
# "In 2012, the deficit for August ...": a year opening a sentence frames it.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|During|For|Throughout)\s+(?:the\s+year\s+)?$")
# What may stand between that year and a yearless part of it: no new sentence, and no
# turn to another time ("while", "but", "compared with").
_FRAME_BREAK = re.compile(r"[.!?;]\s|\b(?:while|whereas|but|compared|against|versus|than)\b", re.IGNORECASE)


_COMPARED_FIGURE_BEFORE = re.compile(cal.COMPARED_FIGURE_BEFORE, re.IGNORECASE)


# ... also as the next item of a list of figures compared with: "compared with a US$900
# million deficit in October and US$1.57 billion deficit in November 2015".
_LISTED_FIGURE_BEFORE = re.compile(
    r"\band\s+(?:an?\s+)?[^\s\d]{0,4}\s?\d[\d.,]*(?:[\s-]?(?:[A-Za-z$€£]{1,10}|U\.S\.)){0,3}\s+"
    r"(?:in|during|for|over)\s+(?:the\s+)?$", re.IGNORECASE)
# (a list opened by "from" and a figure is one too: "narrowed to $248 million from $1
# billion in October, and $1.39 billion in November 2012")
_COMPARED_LIST_OPENS = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|from(?=\s+[^\s\d]{0,4}\s?\d))"
                                  r"\s+[^.;]*$", re.IGNORECASE)


# "down 3.4% over April of 2017", "up 5 per cent on March": what a change is measured against.
_CHANGE_OVER = re.compile(r"\d\s*(?:%|per\s?cent|percent|pct)\s+(?:over|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _compared(text: str, f: Found) -> bool:
    """Whether the period is a point of comparison: what a figure is compared with, or
    when a record was set."""
    return bool(_COMPARED_WITH.search(text, max(0, f.start - 60), f.start)
                or _CHANGE_OVER.search(text, max(0, f.start - 30), f.start)
                or _COMPARED_FIGURE_BEFORE.search(text, max(0, f.start - 70), f.start)
                or _compared_in_a_list(text, f)
                or _RECORD_SET.search(text, max(0, f.start - 80), f.start))


def _compared_in_a_list(text: str, f: Found) -> bool:
    listed = _LISTED_FIGURE_BEFORE.search(text, max(0, f.start - 50), f.start)
    return listed is not None and _COMPARED_LIST_OPENS.search(text, max(0, listed.start() - 90), listed.start()) is not None


def _framed_by_a_year(text: str, found: list[Found]) -> list[Found]:
    """Yearless parts ("August", "January-May") said in a sentence a stated year opens
    ("In 2012, the deficit for August was ...") fall in that year, whatever the
    publication date."""
    out, frame, bracket = [], None, False
    for f in found:
        opens = f.fixed is not None and _OPENS_SENTENCE.search(text, max(0, f.start - 40), f.start) is not None
        if f.fixed and f.granularity == "year" and is_calendar_year(f.fixed) \
                and (opens or _OPENS_BRACKET.match(text, f.end)):
            # ("in 2024 (January-December)": a bracket right after a year says which part
            # of it, wherever the year stands; the frame holds for that bracket only)
            frame, bracket = f, not opens
        elif frame is not None and f.build is not None and f.fixed is None and f.pick is not None \
                and not f.needs_publication and not f.comparison and not _compared(text, f) \
                and (not bracket or _OPENS_BRACKET.fullmatch(text, frame.end, f.start)) \
                and not _FRAME_BREAK.search(text, frame.end, f.start) and f.start - frame.end < 120:
            dates = try_build(f.build, frame.fixed[0].year)
            if dates:
                f = replace(f, fixed=dates, build=None, pick=None)
        else:
            frame = None
        out.append(f)
    return out


def _said_again_without_its_year(text: str, found: list[Found], published: date) -> list[Found]:
    """A yearless period the text stated before with a later year than the publication
    date would pick ("expected to rise in the second quarter of 1987 ... in the April-June
    quarter", told in March 1987) is that one again: a forecast's quarter, or a month not
    yet begun, is ahead of what has begun. (An earlier year stated for the same months is
    mostly what a figure is compared with: "X in February against Y in February 1986".)"""
    out: list[Found] = []
    for k, f in enumerate(found):
        if f.build is not None and f.fixed is None and f.pick is not None and not f.needs_publication \
                and not f.comparison and not _compared(text, f) and (picked := dates_of(f, published, None)):
            for g in reversed(found[:k]):
                if g.fixed and g.granularity == f.granularity and g.fixed[0] > picked[0] \
                        and try_build(f.build, g.fixed[1].year) == g.fixed:
                    f = replace(f, fixed=g.fixed, build=None, pick=None)
                    break
        out.append(f)
    return out


def _reference_days(text: str, found: list[Found], compared: set[int]) -> tuple[date | None, date | None]:
    """The last days of the latest periods the text states outright, for yearless
    periods when there is no publication date: (of periods within a year, months and
    quarters and spans; of whole years). Targets ("by 2030") and starting points
    ("since April 2022") do not count, nor the periods a figure is compared with (the
    starts in ``compared``)."""
    parts, years = [], []
    for f in found:
        # (a part of a fiscal year may run across the turn of a calendar one: Nepal's first
        # nine months of 2080/81 are 2023-07-17 to 2024-04-12)
        if f.fixed and f.granularity in ("year", "month", "day", "quarter", "half", "span") \
                and (f.fixed[0].year == f.fixed[1].year
                     or f.granularity == "span" and (f.fixed[1] - f.fixed[0]).days < 370):
            before = WORD_BEFORE.search(text, max(0, f.start - 12), f.start)
            word = before.group(1).lower() if before else ""
            if f.granularity == "year" and _in_progress(text, f):
                # the year the story is told in: its months are this year's, and so is "this
                # year" (a day short of its end, as the story is told before it is over)
                parts.append(f.fixed[1] - timedelta(days=1))
            elif word not in cal.TARGET_WORDS_BEFORE and not _since(text, f.start) and f.start not in compared \
                    and not _OUTLOOK_OR_EVENT.search(text, max(0, f.start - 120), f.start) \
                    and not _OUTLOOK_NAMED_AFTER.match(text, f.end):
                (years if f.granularity == "year" else parts).append(f.fixed[1])
    return max(parts, default=None), max(years, default=None)


# A year said as still going on: "The monthly trade figures through 2025 have been highly
# volatile", "Throughout 2024, prices have risen" (a "through" with the present perfect
# looks back over the year so far; "so far in 2024" is a span of its own).
_THROUGH = re.compile(r"\bthrough(?:out)?\s+$", re.IGNORECASE)
_PRESENT_PERFECT_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:has|have)\s+(?!to\b)\w+", re.IGNORECASE)


# ... and "Exports so far for 2017 peaked in November": the year so far.
_SO_FAR_FOR = re.compile(r"\bso\s+far\s+for\s+$", re.IGNORECASE)


def _in_progress(text: str, f: Found) -> bool:
    return bool(_THROUGH.search(text, max(0, f.start - 12), f.start) and _PRESENT_PERFECT_AFTER.match(text, f.end)
                or _SO_FAR_FOR.search(text, max(0, f.start - 14), f.start))


def _reference_year(f: Found, part_day: date | None, year_day: date | None) -> int | None:
    """The year a yearless period takes from the text. Beside a stated month or span it
    is that one's year ("January, February ... and June 2023"); beside whole years only,
    the story is told after them, so "the first five months of the year" after "In 2016,
    ..." are 2017's, while a part that ends the year ("December") is 2016's."""
    if part_day is not None:
        return part_day.year
    if year_day is None:
        return None
    if f.build is None:
        return year_day.year
    try:
        first = f.build(year_day.year)
    except (ValueError, OverflowError):
        return year_day.year
    # (a part that ends the year, "December", "the fourth quarter", is told with that
    # year's whole figures: "down from a revised £10.5bn in December", beside 2015's)
    ends_the_year = (first[1].month, first[1].day) == (12, 31)
    return year_day.year if is_calendar_year(first) or ends_the_year else year_day.year + 1


def _same_month_compared(f: Found, found: list[Found], compared: set[int]) -> int | None:
    """The latest year of the same month the text compares with ("May 2012"), if any."""
    try:
        month = f.build(2000)[0].month
    except (ValueError, OverflowError, TypeError):
        return None
    years = [g.fixed[0].year for g in found if g.start in compared and g.fixed and g.granularity == "month"
             and g.fixed[0].month == month]
    return max(years, default=None)


def _headline_end(text: str) -> int:
    """Where the body starts: after a first line that ends without a stop (a headline)."""
    first = text.lstrip().split("\n", 1)[0].rstrip()
    return text.find(first) + len(first) if first and first[-1] not in ".!?\"”’'" else 0


def _ends_the_year(f: Found, year: int) -> bool:
    """Whether the yearless part ends with the year ("December", "the fourth quarter")."""
    try:
        last = f.build(year)[1]
    except (ValueError, OverflowError, TypeError):
        return False
    return (last.month, last.day) == (12, 31)


def _after_floor(f: Found, year: int | None, floor: date, inclusive: bool = False) -> int | None:
    """``year``, or the first year whose period starts after ``floor`` when it does not. A
    period itself compared with ("compared with X in July", beside "Compared to July 2023")
    may be the one that ends there."""
    for y in ((year,) if year else ()) + (floor.year, floor.year + 1):
        try:
            dates = f.build(y)
            if dates[0] > floor or inclusive and dates[1] >= floor:
                return y
        except (ValueError, OverflowError):
            continue
    return year


_LAST_MONTH = re.compile(r"last\s+month", re.IGNORECASE)


def _written_the_day_before(text: str, found: list[Found], mentions: list[PeriodMention],
                            published: date) -> list[PeriodMention]:
    """A story dated the first of a month was often written the day before ("announced
    yesterday"): its "last month" is then the month before that, when the story names
    that month first and never the one "last month" would otherwise be."""
    last = [k for k, f in enumerate(found) if f.granularity == "month" and f.build is None
            and _LAST_MONTH.fullmatch(text[f.start:f.end])]
    if published.day != 1 or not last:
        return mentions
    written = published - timedelta(days=1)
    named = [(m.period_start, m.period_end) for k, m in enumerate(mentions)
             if k not in last and m.granularity == "month" and not m.comparison]
    named_first = [(m.period_start, m.period_end) for k, m in enumerate(mentions[:last[0]])
                   if m.granularity == "month" and not m.comparison]
    before = dates_of(found[last[0]], written, None)
    if before not in named_first or (mentions[last[0]].period_start, mentions[last[0]].period_end) in named:
        return mentions
    return [_mention(text, found[k], dates_of(found[k], written, None)) if k in last else m
            for k, m in enumerate(mentions)]


_OPENS_BRACKET = re.compile(r"\s*[(\[]\s*")
_CLOSES_BRACKET = re.compile(r"\s*[)\]]")


# "the first nine months of the current fiscal year, 2021-22, and": a year set off by
# commas after a year said without its number names it, as a bracket would.
_YEAR_UNNUMBERED = re.compile(r"\b(?:year|fiscal)$", re.IGNORECASE)
_APPOSED_OPEN = re.compile(r"\s*,\s*")
_APPOSED_CLOSE = re.compile(r"\s*(?:[,;)]|\.(?!\d)|$)")


def _bracketed_after(text: str, before: PeriodMention, m: PeriodMention) -> bool:
    """Whether ``m`` stands alone in brackets right after ``before``: "X (Y)", or set off
    by commas after a year it gives the number of ("the current fiscal year, 2021-22,")."""
    if _OPENS_BRACKET.fullmatch(text, before.end, m.start) and _CLOSES_BRACKET.match(text, m.end):
        return True
    return bool(m.granularity in ("year", "fiscal_year") and _YEAR_UNNUMBERED.search(before.text)
                and _APPOSED_OPEN.fullmatch(text, before.end, m.start) and _APPOSED_CLOSE.match(text, m.end))
_CALENDAR_NAMED = re.compile(r"\b(?:" + "|".join(cal.CALENDAR_YEAR_WORDS) + r"|fiscal|financial)\b", re.IGNORECASE)
# "..., up to July 22", "..., through June 30": a stretch's end said after it.
_UP_TO_BEFORE = re.compile(r"\s*,?\s*(?:\(\s*)?(?:up\s+to|until|till|through|ending(?:\s+on)?|ended(?:\s+on)?)\s+",
                           re.IGNORECASE)
# "In fiscal 2019, which ended in March": a clause saying when a year ended.
# ("the first four months of the current Iranian year, which began in March": when the
# year began)
_ENDED_IN_BEFORE = re.compile(r"\s*,?\s*(?:which|that)\s+(?:ended|ends|closed|began|begins|started|starts)\s+(?:in|on)\s+",
                              re.IGNORECASE)


# "the six-month period", "this nine-month period": said without "first" or a year, it
# points back at the stretch just named.
# (and "imports for the two months stood at X", after "the first two months of the fiscal year")
_N_MONTH_ANAPHOR = re.compile(r"(?:the|this|that|these|those)\s+(?P<n>[\w-]+?)(?:[-\s]month\s+(?:period|stretch|span)"
                              r"|\s+months)", re.IGNORECASE)


# ("During this month, exports totaled X" in a story with no date: the month just named)
_UNIT_ANAPHOR = re.compile(r"(?:the|this|that)\s+(?P<unit>month|quarter)(?:\s+under\s+review)?", re.IGNORECASE)
_FOLLOWING_UNIT = re.compile(FOLLOWING_UNIT_TEXT, re.IGNORECASE)
_HALF_YEAR_ANAPHOR = re.compile(r"the\s+half[-\s]year(?:\s+period)?", re.IGNORECASE)
_THIS_UNIT = re.compile(r"this\s+(?P<unit>month|quarter)", re.IGNORECASE)
# "in the last five months", "over the past two quarters": the months up to the end of the
# period just named ("the past 12 months" is a rolling year, relative.ROLLING_YEAR).
_LAST_N_MONTHS = re.compile(r"(?:\w+\s+)?(?:the\s+)?(?:last|past|final|closing)\s+(?P<n>[\w-]+)\s+(?P<unit>months|quarters)",
                            re.IGNORECASE)
_PERIOD_ANAPHOR = re.compile(PERIOD_ANAPHOR_TEXT, re.IGNORECASE)
_SAME_PERIOD_ANAPHOR = re.compile(SAME_PERIOD_ANAPHOR_TEXT, re.IGNORECASE)
_YEAR_ANAPHOR = re.compile(YEAR_ANAPHOR_TEXT, re.IGNORECASE)
# "last year" in a story that named the last year of its own calendar ("during the past
# Iranian year ... trade amounted to $12 billion over the last year"): that year.
_LAST_YEAR = re.compile(r"(?:the\s+)?(?:last|past|previous)\s+year", re.IGNORECASE)
_LAST_OF_A_CALENDAR = re.compile(r"\b(?:last|past|previous)\s+(?:" + "|".join(cal.CALENDAR_YEAR_WORDS) + r")\b",
                                 re.IGNORECASE)
# A period said as what a figure is compared with, no number between: "a 7.6% decrease
# from the value of total exports in November 2020", "compared with the level of March".
_COMPARED_WITH_LEAD = re.compile(rf"{cal.COMPARED_WITH}\s+[^.;\d]{{0,50}}$", re.IGNORECASE)


# "exports of agricultural products from the Netherlands in calendar 1986": "from" after
# the goods says where they come from; the period is no point of comparison.
_ORIGIN_LEAD = re.compile(r"\b(?:exports|imports|products|goods|shipments|produce)\s+from\s+[^.;\d]{0,50}$",
                          re.IGNORECASE)


def _compared_with(text: str, mention: PeriodMention) -> bool:
    lead = _COMPARED_WITH_LEAD.search(text, max(0, mention.start - 60), mention.start)
    return lead is not None and not (lead.group().lower().startswith("from")
                                     and _ORIGIN_LEAD.search(text, max(0, mention.start - 75), mention.start))


def _since(text: str, start: int) -> bool:
    """Whether the period starting at ``start`` is said as a starting point ("since March 2021")."""
    before = WORD_BEFORE.search(text, max(0, start - 12), start)
    return bool(before and before.group(1).lower() in cal.SINCE_WORDS_BEFORE
                or _SINCE_PART.search(text, max(0, start - 30), start))


# "The last time exports fell was in February 2023", "a level last seen in May 2019": an
# occasion told in passing, not the stretch the story reports.
_OCCASION_BEFORE = re.compile(r"\b(?:(?:last|first|previous|only)\s+time\b[^.;!?]{0,60}|last\s+(?:seen|recorded|reached)"
                              r"\s+)(?:in|on|during)\s+$", re.IGNORECASE)


def _pointed_back_to(text: str, before: list[PeriodMention]) -> list[PeriodMention]:
    """The periods stated before that "the quarter" or "the last five months" may point
    back to: not a starting point ("the lowest since March 2021. ... in the month": July's),
    nor an occasion told in passing ("The last time exports fell was in February 2023"),
    nor what a figure was compared with ("rose to X in the first quarter of 2024 from Y in
    the first quarter of 2023. Exports to Uganda totalled Z in the quarter": 2024's)."""
    return [b for b in before if b.period_start and not b.comparison and b.granularity != "day"
            and not _since(text, b.start) and not _compared(text, b)
            and not _OCCASION_BEFORE.search(text, max(0, b.start - 90), b.start) and not _revised(text, b)]


# A sentence revising an earlier period's figure ("The March deficit was revised to $3.2
# billion"): an aside, which "in the month" after it does not point back to.
_REVISED = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+revised\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def _revised(text: str, b: PeriodMention) -> bool:
    """Whether the period is said in a sentence revising a figure."""
    start = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, b.start)), default=0)
    end = next((m.start() for m in _SENTENCE_STOP.finditer(text, b.end)), len(text))
    return _REVISED.search(text, start, end) is not None


_UNDER_REVIEW = re.compile(r"\bunder\s+review\b", re.IGNORECASE)
# "the first five months of this year" after the same count of months of a year counted
# otherwise ("of the current Iranian year", "of the fiscal year")
# ("... of the current Iranian year (March 21-August 22). Iran ran a surplus of X over the
# five-month period": so is a period of that many months named by its count alone)
_FIRST_N_OF_THIS_YEAR = re.compile(r"(?:the\s+)?first\s+(?P<n>[\w-]+)\s+months\s+of\s+(?:this|the\s+current)\s+year"
                                   r"|the\s+(?P<n2>\w+)[-\s]month\s+period", re.IGNORECASE)
_FIRST_N = re.compile(r"\bfirst\s+(?P<n>[\w-]+)\s+months\b", re.IGNORECASE)


def _same_count(one: str, other: str) -> bool:
    """Whether two counts of months are the same number, however written ("five", "5")."""
    try:
        return number_value(one.lower()) == number_value(other.lower())
    except (KeyError, ValueError):
        return one.lower() == other.lower()


def _year_backs_dropped(candidates: list[PeriodMention]) -> list[PeriodMention]:
    """The periods "the quarter" may point back to, less those said as the same period a
    year before one said earlier ("... in the first quarter of 2024. In Q1 2023, the
    balance was negative. ... in the quarter": 2024's, the one the story reports)."""
    said: set[tuple[int, int, int]] = set()
    kept = []
    for b in candidates:
        start = b.period_start
        if (start.year + 1, start.month, start.day) not in said:
            kept.append(b)
        said.add((start.year, start.month, start.day))
    return kept


def _anaphors(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"The deficit widened to $9.1 billion for the July to December 2016 period. Exports
    declined to $10.2 billion in the six month period": the latest period stated before
    of that many months, when there is one; "during the month": the latest month."""
    out: list[PeriodMention] = []
    for m in mentions:
        said = _N_MONTH_ANAPHOR.fullmatch(m.text)
        unit = _UNIT_ANAPHOR.fullmatch(m.text) if m.period_start is None else None
        try:
            months = number_value(said.group("n")) if said else None
        except KeyError:  # no count
            months = None
        if unit is not None:
            months = 3 if unit.group("unit").lower() == "quarter" else 1
        if _HALF_YEAR_ANAPHOR.fullmatch(m.text) and not m.comparison:
            # "a deficit in the April-September first half of fiscal 2025. Exports in the
            # half-year fell": the half said before, however its year is counted
            months = 6
        earlier = _year_backs_dropped([b for b in _pointed_back_to(text, out)
                                       if months_between(b.period_start, b.period_end) == months]) if months else []
        last_n = _LAST_N_MONTHS.fullmatch(m.text) if m.period_start is None and not m.comparison else None
        if last_n is not None:
            up_to = _pointed_back_to(text, out)
            if up_to:
                count = number_value(last_n.group("n")) * (3 if last_n.group("unit").lower() == "quarters" else 1)
                said = up_to[-1]
                if abs((said.period_end - said.period_start).days + 1 - count * 30.44) <= 16:
                    # ("the first 11 months of the current fiscal year ... in the last 11 months":
                    # the stretch said, however its calendar counts months)
                    start, end = said.period_start, said.period_end
                else:
                    start, end = span_ending(said.period_end.year, said.period_end.month, count)
                out.append(m.model_copy(update={"period_start": start, "period_end": end,
                                                "year": end.year if start.year == end.year else None}))
            continue
        if m.period_start is None and _FOLLOWING_UNIT.fullmatch(m.text):
            # "X in October, rising to Y the following month": the one after the last said
            unit_months = 3 if m.granularity == "quarter" else 1
            said = [b for b in _pointed_back_to(text, out)
                    if months_between(b.period_start, b.period_end) == unit_months]
            if said:
                year, month = add_months(said[-1].period_end.year, said[-1].period_end.month, unit_months)
                first_year, first_month = add_months(year, month, 1 - unit_months)
                out.append(m.model_copy(update={"period_start": date(first_year, first_month, 1),
                                                "period_end": month_end(year, month), "year": year}))
            continue
        if m.period_start is None and _PERIOD_ANAPHOR.fullmatch(m.text):
            # "In the reporting period (of 2024)", "during the review period": the period
            # the story reports, which a figure that states none takes; no mention of its own
            continue
        if m.period_start is None and _SAME_PERIOD_ANAPHOR.fullmatch(m.text):
            # "During the same period, exports were X": the period said last before it (not
            # one a figure was compared with: "a decrease from the value of exports in
            # November 2020. During the same period, imports rose to X" - the story's)
            # (nor a point a state of affairs runs "since": "renegotiating NAFTA since August
            # 2017. During the same period, Mexico imported X", after January-June 2018)
            # (nor the period of a figure compared with: "fell to X in calendar 1986 from
            # Y in calendar 1985. During the same period imports dropped": 1986)
            # (nor past a year-to-date stretch said since, which only the story's month
            # will date: "The year-to-date surplus ... Exports increased by 17.5% over the
            # same period")
            earlier = [b for b in out if (b.period_start and not b.comparison or b.comparison == "to_date")
                       and not _compared_with(text, b) and not _compared(text, b) and not _since(text, b.start)]
            if not earlier or earlier[-1].period_start is None:
                continue
            m = m.model_copy(update={"period_start": earlier[-1].period_start, "period_end": earlier[-1].period_end,
                                     "year": earlier[-1].year, "granularity": earlier[-1].granularity})
            out.append(m)
            continue
        if m.period_start is None and _YEAR_ANAPHOR.fullmatch(m.text):
            # "In that last year, ...": the latest whole year said before it
            earlier = [b for b in out if b.period_start and not b.comparison and b.granularity == "year"
                       and not _since(text, b.start)]
            if not earlier:
                continue
        if (this := _THIS_UNIT.fullmatch(m.text)) and m.period_start is not None and not m.comparison:
            # "a surplus in the third quarter of 2019, as exports during this quarter
            # scored X": after a named quarter in its sentence, "this quarter" is that one
            months = 3 if this.group("unit").lower() == "quarter" else 1
            earlier = [b for b in out if b.period_start and not b.comparison and b.period_end < m.period_start
                       and months_between(b.period_start, b.period_end) == months
                       and not re.search(r"[.!?]\s", text[b.end:m.start])]
        if _LAST_YEAR.fullmatch(m.text) and m.period_start is not None and not m.comparison:
            # ("... during the past Iranian year ... over the last year": the year the story
            # counts in, as its last one was said)
            earlier = [b for b in out if b.period_start and not b.comparison and b.granularity in ("year", "fiscal_year")
                       and (b.period_start.month, b.period_start.day) != (1, 1)
                       and _LAST_OF_A_CALENDAR.search(b.text) and b.period_start.year == m.period_start.year]
        if (again := _FIRST_N_OF_THIS_YEAR.fullmatch(m.text)) and m.period_start is not None and not m.comparison \
                and not (again.group("n2") and earlier):  # (a count already tied to the months just named)
            # "the first five months of the current Iranian year ... In the first five
            # months of this year, trade reached X": the same stretch said again, in the
            # year the story counts in (a fiscal or another calendar's year)
            earlier = [b for b in out if b.period_start and not b.comparison
                       and (b.period_start.month, b.period_start.day) != (1, 1)
                       and (said := _FIRST_N.search(b.text)) is not None
                       and _same_count(said.group("n"), again.group("n") or again.group("n2"))
                       and abs(b.period_start.year - m.period_start.year) <= 1]
        if earlier and unit is not None and _UNDER_REVIEW.search(m.text):
            # "During the month under review": the month the story reports, the first it
            # named, not one an aside named since ("a new mine began exporting in January")
            earlier = earlier[:1]
        if earlier and not m.comparison:
            m = m.model_copy(update={"period_start": earlier[-1].period_start, "period_end": earlier[-1].period_end,
                                     "year": earlier[-1].year})
        out.append(m)
    return out


def _without_glosses(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Mentions less those a bracket makes one with the period before it: a bracket that
    glosses that period with the year it falls in ("the first half of the 2022-23 fiscal
    year (July 2022-June 2023)" is about the half) goes; a bracket inside a year before it
    says which part ("the current fiscal year (July-March)"), and the year goes."""
    out: list[PeriodMention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and (before.granularity in ("fiscal_year", "year") or _CALENDAR_NAMED.search(before.text)) \
                and _ENDED_IN_BEFORE.fullmatch(text, before.end, m.start):
            continue  # "In fiscal 2019, which ended in March": when the year ended, no period of its own
        if before is not None and before.period_end and m.period_end and _UP_TO_BEFORE.fullmatch(text, before.end, m.start) \
                and abs((m.period_end - before.period_end).days) <= 2:
            # "in the first four months of the current Iranian year, up to July 22": the
            # stretch's last day said again, no period of its own
            continue
        if before is None or not (before.period_start and m.period_start) \
                or not _bracketed_after(text, before, m):
            out.append(m)
        elif m.period_start <= before.period_start and before.period_end <= m.period_end:
            continue
        elif before.granularity in ("year", "fiscal_year") and before.period_start <= m.period_start \
                and m.period_end <= before.period_end:
            out[-1] = m
        elif before.granularity == "span" and m.granularity == "span" \
                and _about_as_long(before, m) and _DAY_IN.search(m.text):
            # "the first four months of this year (March 20-July 21)": the days in brackets
            # say which stretch it is, in the calendar the story counts in
            out[-1] = m
        else:
            out.append(m)
    return out


_DAY_IN = re.compile(r"\d")


def _about_as_long(one: PeriodMention, other: PeriodMention) -> bool:
    """Whether two stretches last about as long (within a fortnight)."""
    return abs((one.period_end - one.period_start).days - (other.period_end - other.period_start).days) <= 14


def _parts_of_glossed_years(text: str, found: list[Found], mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"the first eight months of the current fiscal year (FY2022-23)" in a story with no
    date: the bracket says which year is the current one, so the part is counted as from
    that year's last day, whatever year the story's other periods suggested
    (_without_glosses then drops the year). A year of a local calendar
    ("FY 2079/080", Nepal's) is a span of about 365 days."""
    out = list(mentions)
    for k in range(len(out) - 1):
        part, year, f = out[k], out[k + 1], found[k]
        if part.period_start is not None and not part.relative or part.comparison or f.pick is None \
                or year.period_start is None \
                or year.granularity not in ("fiscal_year", "year") \
                and not a_year_long(year.period_start, year.period_end) \
                or not _bracketed_after(text, part, year):
            continue
        dates = dates_of(f, year.period_end, None)
        if dates and year.period_start <= dates[0] and dates[1] <= year.period_end:
            out[k] = _mention(text, f, dates)
    return out


def _mention(text: str, f: Found, dates: Range | None) -> PeriodMention:
    if f.comparison:
        year = f.year
    elif dates is None:
        year = None
    elif f.fiscal or f.granularity == "fiscal_year" or dates[0].year == dates[1].year:
        year = dates[0].year
    else:
        year = None
    return PeriodMention(
        text=text[f.start:f.end], start=f.start, end=f.end,
        period_start=dates[0] if dates else None, period_end=dates[1] if dates else None,
        granularity=f.granularity, relative=f.fixed is None and f.comparison is None,
        comparison=f.comparison, year=year,
    )


# A part of a fiscal year said without its year ("the first five months of the fiscal year").
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial|budget)\b", re.IGNORECASE)


_NAME_BEFORE = re.compile(r"\b" + cal.EVENT_NAME_NOUNS + r"\s$")
# ... or stands inside one, before its noun: "the Thaifex-Anuca Asia 2022 food expo".
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?" + cal.EVENT_NAME_NOUNS + r"\b", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")
# (not a month's name, nor a sentence's first word: "In 2022 food exports", "May 2022 fair")
_NO_NAME_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)[A-Z][a-z]*\s$|\b(?:" + "|".join(cal.MONTH_NAMES) + r")\s$",
                             re.IGNORECASE)


def _in_a_name(text: str, f) -> bool:
    """A bare year that ends an event's or a plan's name ("at the Business Forum 2024"),
    or stands inside one before its noun ("the Thaifex-Anuca Asia 2022 food expo")."""
    if re.fullmatch(r"(?:19|20)\d\d", text[f.start:f.end]) is None:
        return False
    before = text[max(0, f.start - 20):f.start]
    return _NAME_BEFORE.search(before) is not None \
        or (_CAPITALISED_BEFORE.search(before) is not None and _NO_NAME_BEFORE.search(before) is None
            and _NAME_GOES_ON.match(text, f.end) is not None)


def find_periods(text: str, published: date | None = None, economy: str | None = None) -> list[PeriodMention]:
    """Periods stated in ``text``, in order, without overlaps, longest expression first.

    Relative periods are resolved against ``published``; without it, yearless months
    and days take the latest year the text states, and "last year" stays unresolved.
    Comparison periods keep their rule for ``resolve_comparison``. Fiscal years are
    ``economy``'s (the story's subject), Japan's April-March without one.
    """
    published = publication_date(published)
    # "the same period this year" is of the year of publication (unknown, without one)
    scanned = [replace(f, year=published.year) if f.comparison == "same_period_this_year" and published else f
               for f in scan(text, RULES, economy) if not _in_a_name(text, f)]
    found = _framed_by_a_year(text, scanned)
    framed = {f.start for f, g in zip(scanned, found) if f is not g}
    if published:
        found = _said_again_without_its_year(text, found, published)
        return _finished(text, _written_the_day_before(
            text, found, [_mention(text, f, dates_of(f, published, None)) for f in found], published))
    # A part a year frames dates nothing else: "In 2012 the deficit for August ..." is
    # said looking back from a later year.
    compared = {f.start for f in found if f.fixed and (_compared(text, f) or f.start in framed)}
    part_day, year_day = _reference_days(text, found, compared)
    body = _headline_end(text)
    lead = next((f for f in found if f.build is not None and not f.fixed and f.granularity != "year"
                 and f.start >= body), None)
    if part_day is None and year_day is not None and lead is not None and _ends_the_year(lead, year_day.year):
        # a story led by the year's last part ("the deficit widened in December to $649
        # million from $335 million in November ... a surplus of $5.2 billion in 2014") is
        # told of that year: its other yearless months are in it too
        part_day = date(year_day.year, 12, 31)
    # "compared with the same month of 2021" is said in a later year.
    after = max((f.year + 1 for f in found if f.comparison == "same_period_of_year" and f.year), default=None)
    # "in July, compared with July 2014": a yearless period falls after what it is compared with.
    floor = max((f.fixed[1] for f in found if f.start in compared), default=None)
    # The year the story is told in, as far as the text shows: that of its latest part-year
    # period, else the one its "same period of 2017" implies, else the one after its latest
    # whole year. "Last year" and "this year" count from it ("exports in 2015 fell ... Last
    # year, exports declined to $8.9 billion").
    # (told after its latest part ends: after a December, in the next year)
    now = (part_day + timedelta(days=1)).year if part_day else (after or (year_day.year + 1 if year_day else None))
    out = []
    for f in found:
        if f.needs_publication and f.pick and f.build and now and (f.granularity == "year" or counts_years(f.pick)):
            # "last year", and a part of it ("January last year", "the first half of
            # last year"): counted from the year the story is told in
            out.append(_mention(text, f, dates_of(f, date(now, 12, 31), None)))
            continue
        if f.needs_publication and f.pick and f.comparison in (None, "from_start") and part_day \
                and _FISCAL_WORD.search(text, f.start, f.end):
            # "Exports rose to $5.1 billion in November 2022. Imports stood at $31.2 billion
            # in the first five months of the fiscal year" ("since the start of the fiscal
            # year"): the fiscal year the story's latest stated month falls in, counted as
            # from that month's end
            out.append(_mention(text, f, dates_of(f, part_day, None)))
            continue
        if f.needs_publication and f.pick and f.build is None and f.granularity == "fiscal_year" and part_day:
            # "Nepal's trade in the first nine months of the current fiscal year (FY
            # 2080/081) ... last fiscal year's deficit stood at X": a fiscal year counted
            # from the latest part of one the story states
            out.append(_mention(text, f, dates_of(f, part_day, None)))
            continue
        year = _reference_year(f, part_day, year_day)
        if after and f.build is not None and (year is None or year < after or part_day is None):
            # "compared with the same period of 2017" is said of 2018's period; a whole year
            # the story names besides (a forecast "for 2018") does not move it on a year.
            year = after
        if floor and f.build is not None and not f.fixed:
            year = _after_floor(f, year, floor, inclusive=_compared(text, f))
        if f.granularity == "month" and f.build is not None and not f.fixed and not _compared(text, f) \
                and (earlier := _same_month_compared(f, found, compared)) is not None:
            # "exports rose in May ..., compared to EGP16.33bn in May 2012": the month a
            # year after the same month it is compared with (not a month itself compared:
            # "a surplus of X, compared with Y in July. Compared to July 2023, ..." is that July)
            year = earlier + 1
        if f.needs_publication and f.granularity == "month" and year is not None:
            f = replace(f, needs_publication=False)  # "last December" in a story that fixes its year
        out.append(_mention(text, f, dates_of(f, published, year)))
    return _finished(text, _parts_of_glossed_years(text, found, out))


def _finished(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """The passes every dated mention goes through last, whichever way its year was
    chosen: glosses dropped, anaphors resolved, a year back opened, a rolling year's end."""
    return _rolling_to_a_month(text, _a_year_back(text, _anaphors(text, _without_glosses(text, mentions))))


def _rolling_to_a_month(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"The 12-month accumulated trade surplus climbed to X through April": a stretch to a
    month after a rolling year said in its clause is the twelve months to that month, not
    the year to date."""
    out: list[PeriodMention] = []
    for m in mentions:
        if m.comparison is None and m.period_start is not None and m.period_end is not None \
                and (m.period_start.month, m.period_start.day) == (1, 1) and _TO_A_MONTH.match(m.text) \
                and any(b.comparison == "rolling_year" and not re.search(r"[.!?;]\s", text[b.end:m.start])
                        for b in out):
            start, end = span_ending(m.period_end.year, m.period_end.month, 12)
            m = m.model_copy(update={"period_start": start, "period_end": end, "year": None})
        out.append(m)
    return out


# ("The annual trade surplus reached X as of last March": so is one said "as of" it)
_TO_A_MONTH = re.compile(r"(?:through|thru|to|until|till|up\s+to|as\s+of|as\s+at)\s", re.IGNORECASE)


# A clause opened by a year back, up to a yearless period in it ("A year earlier, the
# September deficit had been X", "A year ago, exports in March were Y").
_A_YEAR_EARLIER_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:A|One)\s+year\s+(?:earlier|ago|before)\s*,[^.!?;,]{0,50}$")


def _a_year_back(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"A year earlier, the September deficit had been X": a yearless part of the year in
    a clause that a year back opens is of the year before the one it is read in."""
    out = []
    for m in mentions:
        if m.relative and m.period_start and m.period_end and m.granularity in ("month", "quarter", "half") \
                and _A_YEAR_EARLIER_OPENS.search(text, max(0, m.start - 80), m.start):
            try:
                m = m.model_copy(update={"period_start": m.period_start.replace(year=m.period_start.year - 1),
                                         "period_end": month_end(m.period_end.year - 1, m.period_end.month),
                                         "year": m.period_start.year - 1})
            except ValueError:
                pass
        out.append(m)
    return out
