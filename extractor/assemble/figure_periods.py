"""The period of each figure in one sentence, with what the story said before.

timing.py says which period mention a figure's is and resolves it; this pass applies
that sentence by sentence: a current figure that states no period takes its
sentence-mate's, else the period the story is talking about; a comparison figure's
period is resolved against the figure it is compared with; a period said after all the
sentence's current figures is theirs.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import timedelta
from typing import Callable

from extractor.assemble.context import ArticleContext, ParsedSentence
from extractor.assemble.figures import Figure, usable
from extractor.assemble.lists import paired_comparisons, says_respectively, written_lists
from extractor.assemble.timing import (
    RUNNING, a_changes_period, assign_periods, following_period, previous_period, resolve, said_of_the_period,
    same_period_in_year, unlabelled_comparison_period,
)
from extractor.data.calendar import COMPARED_FIGURE_BEFORE, COMPARED_WITH
from extractor.data.lexicon import EARLIER_RECORD, FIRST_TOLD_VERBS, FORECAST_LEMMAS, MODAL_LEMMAS
from extractor.recognise.period import is_fiscal, resolve_comparison
from extractor.recognise.period.calendar_math import (
    a_year_long, is_calendar_year, month_end, months_between, shift_date, span_ending,
)

# "... as a whole", "the whole of 2017", "full-year": a whole year meant as one.
_WHOLE_YEAR_BEFORE = re.compile(r"\b(?:whole|full|entire|all)(?:\s+of)?\s+(?:the\s+)?(?:year\s+)?$", re.IGNORECASE)
_WHOLE_YEAR_AFTER = re.compile(r"\s*(?:as\s+a\s+whole|in\s+full)\b", re.IGNORECASE)

# A period naming a publication, not what its figures cover: "The June 2019 IMT
# Bulletin further outlined that ...", "the March 2023 report".
_PUBLICATION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w&-]*\s+){0,2}(?:bulletin|report|release|edition|issue|survey|update|statement|newsletter|"
    r"review|publication)\b", re.IGNORECASE)

# A period said as when something came out: "a central bank report released in early
# October", "figures published in March": the release's time, not what its figures cover.
_RELEASED_BEFORE = re.compile(
    r"\b(?:released|published|issued|unveiled|made\s+public)\s+(?:in|on|during)\s+"
    r"(?:(?:early|late|mid)[-\s]?|the\s+(?:start|beginning|end|middle)\s+of\s+)?$", re.IGNORECASE)
# ... and an earlier estimate's: "the 5.4 billion euros first announced last month" (but
# "previously reported the third quarter deficit was X" names the figure's own period)
_FIRST_TOLD_BEFORE = re.compile(r"\b(?:first|initially|originally|previously)\s+" + FIRST_TOLD_VERBS + r"\s+$",
                                re.IGNORECASE)
_LAST_UNIT_SAID = re.compile(r"last\s+(?:month|week)\b", re.IGNORECASE)

_REVISED = re.compile(r"\brevised\b", re.IGNORECASE)
_REVISION = re.compile(r"\brevisions?\b", re.IGNORECASE)


# A part told apart from the period around it, said in passing: "In February alone", "for
# the month alone", and a month's own figure ("weighed down by December's deficit").
SAID_IN_PASSING = re.compile(r"\s+alone\b|['’]s\b", re.IGNORECASE)
# "Thus far, exports have raked in over $4 billion, including more than $854 million in
# May": the period said after a part of the figure is the part's.
_PART_INTRODUCED = re.compile(r"\b(?:including|includ(?:es|ed)|of\s+which|among\s+(?:them|which))\b", re.IGNORECASE)


# A change said against the month before, which only a month's figure has.
_MONTH_ON_MONTH = re.compile(r"\bmonth[-\s](?:on|over)[-\s]month\b|\bm-o-m\b|\bm/m\b|\bMoM\b", re.IGNORECASE)


def _said_monthly(fig: Figure) -> bool:
    """Whether the figure's flow is said to be a month's: "the monthly trade balance" (also
    as the subject its figure's flow is said of: "The monthly trade balance was a surplus of X")."""
    heads = [h for t in fig.triggers for h in (t.head, t.head.head)]
    heads += [c for h in heads[1::2] for c in h.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "amod" and c.lower_ == "monthly" for h in heads for c in h.children)


def _said_yearly(fig: Figure) -> bool:
    """Whether the figure's flow is said to be a year's: "the annual trade volume"."""
    return any(c.dep_ == "amod" and c.lower_ in ("annual", "yearly") for t in fig.triggers
               for h in (t.head, t.head.head) for c in h.children)


_PER_YEAR_AFTER = re.compile(r"\s*(?:per\s+(?:year|annum)|a\s+year|annually|each\s+year|every\s+year)\b",
                             re.IGNORECASE)


def _a_year_as_now(fig: Figure, text: str) -> bool:
    """Whether the figure is said "per year" with a verb in the present ("is", "stands")."""
    return _PER_YEAR_AFTER.match(text, fig.money.end) is not None \
        and any(t.tag_ in ("VBZ", "VBP") for t in fig.path if t.pos_ in ("VERB", "AUX"))


def _revised_before(ctx: ArticleContext, ps: ParsedSentence) -> tuple | None:
    """The period the sentence just before says was revised, if it says one."""
    before = [s for s in ctx.sentences if s[1] <= ps.start]
    if not before or not _REVISED.search(ctx.text, *before[-1]):
        return None
    for p in ctx.within(ctx.periods, *before[-1]):
        if not p.comparison and (dates := resolve(p, None)) is not None:
            return dates, p
    return None


_SHARE_ASIDE = re.compile(r"\s+of\s+(?:the\s+)?(?:value\s+of\s+|total\s+)?[\w\s]{0,30}?,", re.IGNORECASE)

# Comparison periods that count back from another: "the previous month", "a year earlier".
_COUNTED_BACK = ("previous_period", "year_earlier", "same_period_of_year")
# "last month", "last quarter": the unit before, not a month's name ("last March").
_LAST_UNIT = re.compile(r"last\s+(?:month|quarter)", re.IGNORECASE)
# What may stand between two figures of one clause told of a period ("when imports totaled
# X and exports were Y"): no stop, and no turn to another time or to a contrast.
# ("resulting from exports valued at X against imports of Y": a cause's "from" and one
# flow set against the other are no comparison with another time)
_GOES_ON_IN_CLAUSE = re.compile(r"(?:(?![.;!?]\s|\b(?:while|whereas|but|compared|versus|than|since|this\s+year|now)\b"
                                r"|(?<!resulting\s)(?<!stemming\s)\bfrom\b"
                                r"|\bagainst\b(?!\s+(?:imports|exports)\b))[^\n])*$", re.IGNORECASE)
# A clause that opens with a period, after the sentence's current figure: "hit $180 billion,
# while in the same period last year they were $170 billion" (or a clause set against it that
# names its flow first: "reached 3.9 billion dollars, while the trade balance deficit during
# the corresponding period of 2019 amounted to 5.55 billion dollars").
_CLAUSE_OPENS_WITH_PERIOD = re.compile(r"[,;]\s*(?:(?:while|whereas|but|and)\s+|(?:while|whereas)\s+(?:[\w-]+\s+){1,5}?)?"
                                       r"(?:in|during|for|over)\s+$", re.IGNORECASE)

# What the story is talking about when a figure says nothing: (period, its mention).
StoryPeriod = Callable[..., tuple]  # (optionally given the figure it is for)


def _year_of_part(text: str, mention, period, base) -> bool:
    """A comparison figure dated by a bare earlier year ("last year", "in 2017") against a
    current one for part of a year: "Ush1.5 trillion in January-September, compared to
    Ush908.7 billion in 2017" compares the same months, not the part with a whole year,
    unless the text says the whole year."""
    if mention is None or period is None or base is None or mention.granularity != "year" \
            or mention.comparison or not is_calendar_year(period):
        return False
    if _WHOLE_YEAR_BEFORE.search(text, max(0, mention.start - 20), mention.start) \
            or _WHOLE_YEAR_AFTER.match(text, mention.end):
        return False
    # A part that runs across two calendar years (a fiscal part: "July-April 2006-07") is
    # counted back from the year it ends in; so is a whole fiscal year, against which
    # "last year" is the fiscal year before ("rose to X in the 2011/12 fiscal year from
    # last year's Y").
    return not is_calendar_year(base) and period[0].year < base[1].year \
        and ((base[1] - base[0]).days < 360 or mention.relative and (base[1] - base[0]).days < 367)


def _whole_year_after(fig: Figure, figures: list[Figure], mapping: dict) -> bool:
    """"Trade grew from $2 billion in 2012 to $12 billion in 2022" after a figure for part
    of a year: the figure the earlier one is compared with comes after it, for a whole
    year, so the earlier year is whole too."""
    later = next((f for f in figures if f.role == "current" and f.money.start > fig.money.start), None)
    pm = mapping.get(later.money.start) if later is not None else None
    # (a year said by its number: "during the current year" after "July-February" is still
    # that part of it)
    return pm is not None and not pm.comparison and not pm.relative and (dates := resolve(pm, None)) is not None \
        and is_calendar_year(dates)


# A few words with no break between them: "January [surplus] last year", "January
# [exports were] X in 2022".
_ONE_PHRASE = re.compile(r"[^,;:.()]{0,40}")


def _twelve_months_to(base) -> bool:
    """Whether a figure is of the twelve months to a month, said as such ("the 12 months
    to March"), not a calendar year."""
    return isinstance(base, Figure) and base.period is not None and base.period_mention is not None \
        and base.period_mention.granularity == "span" and months_between(*base.period) == 12 \
        and not is_calendar_year(base.period)


def _later_same_period(pm, periods: list) -> tuple | None:
    """"from X in May 2018 to Y in the same month of 2019": a same period of a year later
    than the sentence's stated one is the current period, that month of that year."""
    if pm is None or pm.comparison != "same_period_of_year" or not pm.year:
        return None
    stated = [p for p in periods if not p.comparison and p.period_start and p.year and p.year < pm.year]
    return resolve_comparison(pm, stated[-1].period_start, stated[-1].period_end) if stated else None


def _part_named_before(pm, periods: list, fig: Figure, text: str):
    """The part of a year said earlier in the sentence that a bare "this year" or "last
    year" after the figure places; or the year said of an undated part that names the
    figure's flow ("The January surplus last year was X", "January exports in 2022 were X",
    "January exports were X in 2022")."""
    if pm is None or pm.granularity != "year" or pm.comparison:
        return None
    before = pm.start < fig.money.end
    if before or not pm.relative:
        # the part a few words before the year (said before the figure) or before the
        # figure (the year said after it), in one phrase
        parts = [p for p in periods if p.end <= min(pm.start, fig.money.start) and not p.comparison
                 and p.period_start and p.relative and p.granularity in ("quarter", "half", "month")
                 and pm.year is not None and pm.year <= p.period_end.year
                 and _ONE_PHRASE.fullmatch(text, p.end, pm.start if before else fig.money.start)]
        return parts[-1] if parts else None
    # An undated part ("during July-February") was put in its latest year; a "this year"
    # said of it agrees when that is the year the part ends in.
    # (a stretch of years is no part of one: "tripled over the past 10 years, reaching X
    # last year")
    parts = [p for p in periods if p.end <= fig.money.start and not p.comparison and p.period_start
             and p.granularity in ("span", "quarter", "half", "month")
             and (p.period_end - p.period_start).days < 366
             and (p.year == pm.year or p.year is None and p.period_end.year == pm.year)]
    return parts[-1] if parts else None


def _respective_periods(text: str, figures: list[Figure], periods: list, ps: ParsedSentence) -> dict:
    """"exports were $3 billion and $2 billion in 2022 and 2023, respectively": a written
    list of periods after as many figures gives them their periods in order (the nearest
    period would give both the first)."""
    if not says_respectively(ps.sent):
        return _periods_then_figures(text, figures, periods)
    for run in written_lists(text, [p for p in periods if not p.comparison]):
        listed = [f for f in figures if f.money.end <= run[0].start][-len(run):]
        if len(listed) < len(run) or any(listed[0].money.start <= p.start < run[0].start for p in periods):
            continue  # too few figures before the list, or a period of their own between
        return {fig.money.start: pm for fig, pm in zip(listed, run)}
    # "rose to $1.77 billion in FY25 from $1.57 billion in FY24, whereas imports stood at
    # $9.44 billion and $9.0 billion, respectively": with no periods of their own, the
    # figures listed last take the periods the sentence said before them, in order
    run = _listed_last(text, figures)
    said = [p for p in periods if run and p.end <= run[0].money.start]
    if len(run) >= 2 and len(said) == len(run) and not any(p.start >= run[0].money.start for p in periods) \
            and len({(p.period_start, p.period_end) for p in said}) == len(said):
        return {fig.money.start: pm for fig, pm in zip(run, said)}
    # "The surplus stood at X in August, with July and June reporting figures of Y and Z,
    # respectively": a written list of as many periods right before them, the sentence's
    # own period further back
    if len(run) >= 2:
        for listed in written_lists(text, [p for p in said if not p.comparison]):
            if len(listed) == len(run) and not any(listed[-1].end <= p.start < run[-1].money.end for p in periods) \
                    and len({(p.period_start, p.period_end) for p in listed}) == len(listed):
                return {fig.money.start: pm for fig, pm in zip(run, listed)}
    return {}


def _periods_then_figures(text: str, figures: list[Figure], periods: list) -> dict:
    """"China's 2022 and 2021 trade deficits were X and Y", "exports in 2021 and 2022 were
    X and Y": a written list of periods before a written list of as many figures, with no
    other period between, gives them their periods in order, as "respectively" would."""
    for run in written_lists(text, [p for p in periods if not p.comparison]):
        after = [f for f in figures if f.money.start >= run[-1].end]
        listed, rest = after[:len(run)], after[len(run):]
        joined = [_LIST_JOIN.fullmatch(text, a.money.end, b.money.start) for a, b in zip(listed, listed[1:] + rest[:1])]
        if len(listed) == len(run) and all(joined[:len(run) - 1]) and not any(joined[len(run) - 1:]) \
                and len({(p.period_start, p.period_end) for p in run}) == len(run) \
                and not any(run[-1].end <= p.start < listed[-1].money.end for p in periods):
            return {fig.money.start: pm for fig, pm in zip(listed, run)}
    return {}


# "... $9.44 billion and $9.0 billion, respectively": a list's last figures and what joins them.
_RESPECTIVELY_NEXT = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)


def _listed_last(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures joined by "and" (and commas) that end the sentence's list before
    "respectively"."""
    if not figures or not _RESPECTIVELY_NEXT.match(text, figures[-1].money.end):
        return []
    run = [figures[-1]]
    for fig in reversed(figures[:-1]):
        if not _LIST_JOIN.fullmatch(text, fig.money.end, run[0].money.start):
            break
        run.insert(0, fig)
    return run


# "fell from X to Y between 2015 and 2016": the two ends of the change, in order.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:a\s+|an\s+|the\s+)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+(?:a\s+|an\s+|the\s+)?$", re.IGNORECASE)
# ("between 2015 and 2016", "from 2015 to 2016", "over the period 2021 to 2022")
_BETWEEN_YEARS = re.compile(r"(?:(?:between|from)\s+)?((?:19|20)\d\d)\s+(?:and|to)\s+((?:19|20)\d\d)$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+$", re.IGNORECASE)


def _between_ends(text: str, figures: list[Figure], periods: list) -> dict:
    """"imports fell from X to Y between 2015 and 2016" (or "between 2015 and last year"):
    X is of the first period, Y of the second; the span between them is neither's."""
    for first, second in zip(figures, figures[1:]):
        if not (_FROM_BEFORE.search(text, max(0, first.money.start - 20), first.money.start)
                and _TO_BETWEEN.fullmatch(text, first.money.end, second.money.start)):
            continue
        for k, pm in enumerate(periods):
            said = _BETWEEN_YEARS.fullmatch(pm.text)
            if said and pm.granularity == "span" and not pm.comparison:
                ends = [pm.model_copy(update={"period_start": pm.period_start.replace(year=int(y), month=1, day=1),
                                              "period_end": pm.period_start.replace(year=int(y), month=12, day=31),
                                              "granularity": "year", "year": int(y)}) for y in said.groups()]
                return {first.money.start: ends[0], second.money.start: ends[1]}
            later = periods[k + 1] if k + 1 < len(periods) else None
            if later is not None and not (pm.comparison or later.comparison) \
                    and _BETWEEN.search(text, max(0, pm.start - 10), pm.start) \
                    and _AND.fullmatch(text, pm.end, later.start):
                return {first.money.start: pm, second.money.start: later}
    return {}


# A period that labels the figure right after it: "(October 2019: USD 1.1 billion
# surplus)", "(March 2015: + EUR 22.1 bn)" (statistics offices' and forecasters' brackets),
# "from September's USD 1.3 billion".
_BRACKET_BEFORE = re.compile(r"[(\[]\s*$")
_LABEL_COLON = re.compile(r"\s*:\s*[-+−]?\s*")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


def _labelled(text: str, figures: list[Figure], periods: list) -> dict:
    """The figures whose period labels them right before them, by bracket and colon or by
    a possessive; such a label is the figure's whatever the sentence says around it."""
    out = {}
    for fig in figures:
        for pm in periods:
            if pm.end > fig.money.start or fig.money.start - pm.end > 4:
                continue
            if _LABEL_COLON.fullmatch(text, pm.end, fig.money.start) \
                    and _BRACKET_BEFORE.search(text, max(0, pm.start - 3), pm.start) \
                    or _POSSESSIVE_GAP.fullmatch(text, pm.end, fig.money.start):
                out[fig.money.start] = pm
    return out


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# "from X in 2022 to Y in 2023": the text between the two figures, its year said.
_IN_YEAR_TO = re.compile(r"\s+in\s+(?:19|20)\d\d\s+to\s+$", re.IGNORECASE)


# "turnover in January-April of 2012 was X, in 2013 it was Y": a bare year opening a clause
# whose pronoun stands for the figure before is the same part of that year.
_PRONOUN_AFTER = re.compile(r"\s*,?\s*(?:it|they)\s+(?:was|were|stood|reached|amounted|totall?ed)\b", re.IGNORECASE)


def _series_part(text: str, pm, fig: Figure, before: Figure | None) -> tuple | None:
    """The part of the year ``before`` is of, in the year ``pm`` says, when ``pm`` opens a
    clause that points back to it with a pronoun."""
    if pm is None or before is None or before.period is None or pm.comparison or pm.end > fig.money.start \
            or not _YEAR_ONLY.fullmatch(pm.text) or not _PRONOUN_AFTER.match(text, pm.end):
        return None
    first, last = before.period
    if first.year != last.year or is_calendar_year(before.period) or last != month_end(last.year, last.month):
        return None
    return _whole_months_in(before.period, int(pm.text))


def _whole_months_in(period: tuple, year: int) -> tuple:
    """The same whole months of a period within one year, in ``year`` (to that month's
    end, so a February keeps its 29th)."""
    start, end = period
    return start.replace(year=year), month_end(year, end.month)


def _following_as_reported(compared: tuple, published) -> tuple:
    """The period a figure compared with ``compared`` is of: the one after it, unless the
    story came out long after that one, when it is ``compared`` a year on ("a deficit of
    N$3.9 billion, widening from N$2.7 billion recorded in October 2019", published in
    December 2020: October 2020's). A story reports recent figures."""
    after = following_period(compared)
    start = compared[0]
    if published is None or months_between(*compared) != 1 or (published - after[1]).days <= 120:
        return after
    year_on = _whole_months_in(compared, start.year + 1)
    return year_on if year_on[1] < published else after


# "rose to X from Y in ...": the comparison's figure said right after the current one's.
_FROM_RIGHT_AFTER = re.compile(r"\s*,?\s+from\s+(?:(?:about|around|nearly|some|just|over|under)\s+)?$", re.IGNORECASE)


def _both_in_the_stretch(ctx: ArticleContext, current: Figure, compared: Figure, following: tuple) -> bool:
    """Whether "to X from Y" then a stretch of more than a month is the stretch of both
    figures' sentence, not Y's alone: the stretch after it was not over when the story
    came out, so X cannot be of it (a figure said as risen is no forecast)."""
    published = ctx.published
    if published is None or following[1] <= published or compared.period[1] > published:
        return False
    if (months_between(*compared.period) or 0) <= 1:
        return False  # ("fell to $40.2m from $55m in July": a month's may be the month before's)
    return bool(_FROM_RIGHT_AFTER.fullmatch(ctx.text, current.money.end, compared.money.start))


def _part_in_the_years(text: str, figures: list[Figure], periods: list) -> None:
    """"narrowed by 12% in March, from X in 2022 to Y in 2023", "In the first quarter,
    exports rose from X in 2022 to Y in 2023": the years said of a change's two ends, after
    a part of the year, are the years of that part (in place)."""
    for first, second in zip(figures, figures[1:]):
        ends = (first.period_mention, second.period_mention)
        if not all(pm is not None and _YEAR_ONLY.fullmatch(pm.text) for pm in ends) \
                or not _FROM_BEFORE.search(text, max(0, first.money.start - 20), first.money.start) \
                or not _IN_YEAR_TO.fullmatch(text, first.money.end, second.money.start):
            continue
        parts = [p for p in periods if not p.comparison and p.period_start and p.end <= first.money.start
                 and p.granularity in ("month", "quarter", "half", "span")
                 and p.period_start.year == p.period_end.year]
        if not parts:
            continue
        part = (parts[-1].period_start, parts[-1].period_end)
        for fig in (first, second):
            fig.period = same_period_in_year(part, int(fig.period_mention.text))


def _same_goods(one: Figure, other: Figure) -> bool:
    """Whether two figures have a flow of the same measure over the same goods."""
    return bool({(t.measure, t.subset, t.product) for t in one.triggers}
                & {(t.measure, t.subset, t.product) for t in other.triggers})


_COMPARED_WITH_PERIOD = re.compile(
    rf"(?:{COMPARED_WITH})\s+(?:the\s+)?(?:(?:same\s+)?(?:month|period|quarter)\s+(?:of|in)\s+)?$", re.IGNORECASE)


def _month_a_year_on(ctx: ArticleContext, ps: ParsedSentence) -> tuple | None:
    """The month a year after the one this sentence says its change is "compared to", when
    that is a whole month and the story came out in the few months after the year on."""
    against = _stated_year_before(ctx, ps, this_sentence=True)
    if against is None or ctx.published is None or months_between(*against) != 1:
        return None
    year_on = _whole_months_in(against, against[0].year + 1)
    return year_on if 0 <= (ctx.published - year_on[1]).days <= 120 else None


# ... or the period of the figure it was compared with: "fell to 310 mln dlrs from 460 mln
# in January 1986"
_COMPARED_FIGURE_OF_PERIOD = re.compile(COMPARED_FIGURE_BEFORE, re.IGNORECASE)


def _stated_year_before(ctx: ArticleContext, ps: ParsedSentence, this_sentence: bool = False) -> tuple | None:
    """The period the sentence before (or this one; only this one with ``this_sentence``)
    says a change is "compared to", when it states one by its date ("rose 12 percent
    compared to March 2022"), or, in the sentence before, the period of the figure it
    compared with ("fell to X from Y in January 1986")."""
    k = bisect_left(ctx.sentences, (ps.start, -1))
    start = ctx.sentences[k - 1][0] if k > 0 and not this_sentence else ps.start
    said = [p for p in ctx.within(ctx.periods, start, ps.end) if not p.comparison and p.period_start
            and (_COMPARED_WITH_PERIOD.search(ctx.text, max(start, p.start - 40), p.start)
                 or not this_sentence and p.end <= ps.start
                 and _COMPARED_FIGURE_OF_PERIOD.search(ctx.text, max(start, p.start - 70), p.start))]
    return (said[-1].period_start, said[-1].period_end) if said else None


def _year_ago_compared_before(ctx: ArticleContext, ps: ParsedSentence) -> bool:
    """Whether the sentence before compared its figure with one a year back ("exports fell
    to $71.4 million in March from $90.7 million in the same month last year. Imports grew
    to $286.2 million from $245.9 million"): a parallel "from" figure stating no period of
    its own is a year back too."""
    k = bisect_left(ctx.sentences, (ps.start, -1))
    if k == 0:
        return False
    start, end = ctx.sentences[k - 1]
    return any(p.comparison in ("year_earlier", "same_period_of_year")
               and (_COMPARED_FIGURE_OF_PERIOD.search(ctx.text, max(start, p.start - 70), p.start)
                    # ("Imports grew to X from Y a year earlier.": the figure right before it)
                    or p.comparison == "year_earlier"
                    and _FIGURE_RIGHT_BEFORE.search(ctx.text, max(start, p.start - 40), p.start))
               for p in ctx.within(ctx.periods, start, end))


_FIGURE_RIGHT_BEFORE = re.compile(r"\b(?:from|against|versus|compared\s+(?:with|to))\s+[^\s\d]{0,4}\s?\d[\d.,]*"
                                  r"(?:[\s-]?[A-Za-z$€£]{1,10}){0,3}\s+$", re.IGNORECASE)


def _counted_back(text: str, ps: ParsedSentence, fig: Figure, base: tuple, year_ago_before: bool = False) -> tuple:
    """The period of a comparison figure that states none, counted back from ``base`` by
    what its sentence says around it (``unlabelled_comparison_period``), or by what the
    sentence before compared with (``year_ago_before``)."""
    return unlabelled_comparison_period(text[ps.start:fig.money.start], base, text[fig.money.end:ps.end],
                                        year_ago_before)


def _compared_before_current(text: str, figures: list[Figure], ps: ParsedSentence, unsaid: set[int]) -> None:
    """A figure compared with one said after it ("from X to Y") is dated from that one:
    "rose 12.5 percent in 2024, from $8.8 billion to $9.9 billion": the one period said
    before both is the current figure's, and the figure it is compared with, which states
    none of its own, is of the period before (or a year before, or the same in a revision:
    ``unlabelled_comparison_period``); so it is when the period is said after both."""
    for k, fig in enumerate(figures):
        if fig.role != "comparison":
            continue
        # its own flow's word, or the same measure said again ("from the preliminary
        # surplus of X to the revised surplus of Y")
        current = next((c for c in figures[k + 1:] if c.role == "current"
                        and any(t in fig.triggers for t in c.triggers)), None) \
            or next((c for c in figures[k + 1:] if c.role == "current"
                     and {t.measure for t in c.triggers} == {t.measure for t in fig.triggers}), None)
        unlinked = fig.current is None
        if unlinked:
            fig.current = current  # "rose 14 percent from X in 2008 to Y in 2009"
        pm = fig.period_mention
        if pm is None and unlinked and current is not None and current.period and id(current) not in unsaid:
            # "declined from X to Y in FY2023": counted back from the period said after
            # both, not from the story's; "fell from X to Y between November and December
            # 2012": one figure for each end
            ends = _two_ends(current.period_mention, current.period) if current.period_mention is not None else None
            if ends is not None:
                fig.period, current.period = ends
            else:
                fig.period = _counted_back(text, ps, fig, current.period)
        if pm is None or pm.comparison or pm.end > fig.money.start:
            continue
        if current is None or (current.period_mention is not pm and id(current) not in unsaid):
            continue
        if current.period_mention is not pm:  # the period went to the nearer figure
            current.period, current.period_mention = resolve(pm, None) or current.period, pm
            unsaid.discard(id(current))
        if current.period is None:
            continue
        fig.current = fig.current or current
        ends = _two_ends(pm, current.period)
        if ends is not None:
            # "Between April and May 2021, exports rose from R140.2 billion to R151.9
            # billion": one figure for each end
            fig.period, current.period = ends
        else:
            fig.period = _counted_back(text, ps, fig, current.period)
        fig.period_mention = None


_BETWEEN_MONTHS = re.compile(r"(?:between|from)\s", re.IGNORECASE)


def _two_ends(pm, period: tuple) -> tuple | None:
    """The first and the last month of a span said as its two ends ("between April and
    May 2021": two months running, each end's figure said against the other's), or None.
    A longer stretch ("fell by 12.1%, from X to Y, between January and October") is the
    months so far, against the same stretch a year before."""
    if pm.granularity != "span" or not _BETWEEN_MONTHS.match(pm.text) or period[0].year != period[1].year:
        return None
    first, last = period
    if first.day != 1 or last.month - first.month != 1:
        return None
    return (first, month_end(first.year, first.month)), (last.replace(day=1), last)


def stretches(ctx: ArticleContext, ps: ParsedSentence) -> list:
    """The sentence's period mentions that can be a figure's period. A single day is
    when figures came out ("data released on Wednesday", "RIYADH, Aug. 7"), never the
    stretch a trade figure covers; so is a period said as a release's ("released in
    early October", "the 5.4 billion euros first announced last month")."""
    return [p for p in ctx.within(ctx.periods, ps.start, ps.end)
            if p.granularity != "day" and not _PUBLICATION_AFTER.match(ctx.text, p.end)
            and not _RELEASED_BEFORE.search(ctx.text, max(ps.start, p.start - 60), p.start)
            and not (_FIRST_TOLD_BEFORE.search(ctx.text, max(ps.start, p.start - 60), p.start)
                     and _LAST_UNIT_SAID.match(p.text))]


# Words that make a year's figure the year so far: "The cumulative trade balance surplus
# for 2021 is R29.10 billion" (in a May release).
# ("Accumulated exports reached X": the same)
_CUMULATIVE = re.compile(r"\bcumulative(?:ly)?\b|\baccumulated\b|\byear[-\s]to[-\s]date\b", re.IGNORECASE)
# "rose 2 per cent from May to June", "widened from May to June to X", "virtually unchanged
# from May to June at X": a change said between two months is of the later one, not a
# stretch of both (nor "from January to July", a stretch: only two months in a row).
_CHANGED_BETWEEN_MONTHS = re.compile(
    r"\b(?:rose|rise|rising|fell|fall|falling|grew|grow|widened|narrowed|increased|decreased|declined|dropped|jumped"
    r"|climbed|slipped|unchanged|up|down|per\s?cent|percent|%)[^.;,]{0,30}$", re.IGNORECASE)
_FROM_MONTH_TO_MONTH = re.compile(r"from\s+[a-z]+\s+to\s+[a-z]+", re.IGNORECASE)


def _later_of_two_months(pm, fig_period: tuple, text: str, s_start: int) -> tuple | None:
    """The later month of "from May to June" said of a change (see _CHANGED_BETWEEN_MONTHS)."""
    if pm is None or not _FROM_MONTH_TO_MONTH.fullmatch(pm.text) or months_between(*fig_period) != 2 \
            or not _CHANGED_BETWEEN_MONTHS.search(text, max(s_start, pm.start - 40), pm.start):
        return None
    return fig_period[1].replace(day=1), fig_period[1]


def _year_so_far(ctx: ArticleContext, ps: ParsedSentence, periods: list, story_period: StoryPeriod) -> tuple | None:
    """The year to the end of the story's period, when the sentence says its figures are
    the year so far and the story's period is a part of a year; else None."""
    if not (_CUMULATIVE.search(ctx.text, ps.start, ps.end) or any(p.comparison == "to_date" for p in periods)):
        return None
    base = story_period()[0]
    if base is None or is_calendar_year(base) or base[1].month == 12 and base[1].day == 31:
        return None
    return base[1].replace(month=1, day=1), base[1]


def _year_not_over(fig: Figure, pm, ctx: ArticleContext, story_period: StoryPeriod) -> tuple | None:
    """"Imports went down from $45.5 billion last year to $36.8 billion during the current
    year", in a story of July-February published in March: a figure told as done for "this
    year", which is not over, is of the year so far, the stretch the story reports (also
    when that stretch is a fiscal year's part); None when it is not so, or when the figure
    is looked forward to ("imports this year are expected to reach X")."""
    if pm is None or not pm.relative or pm.granularity != "year" or pm.comparison or fig.period is None \
            or ctx.published is None or not fig.period[0] <= ctx.published <= fig.period[1]:
        return None
    base = story_period()[0]
    if base is None or a_year_long(*base) or not fig.period[0] <= base[1] < ctx.published:
        return None
    if any(t.lemma_.lower() in FORECAST_LEMMAS or any(c.dep_ == "aux" and c.lemma_.lower() in MODAL_LEMMAS
                                                        for c in t.children) for t in fig.path):
        return None
    return base


# A period that opens a sentence: "In January, ...", "During the first quarter, ...".
_OPENS_WITH = re.compile(r"\W*(?:in|during|for)\s+(?:the\s+)?$", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+")


def _opening_period_before(ctx: ArticleContext, ps: ParsedSentence) -> tuple | None:
    """The period the sentence just before opened with ("In January, durable goods orders
    dropped 7.5 pct."), when that sentence gave percentages of other series and no money
    (money would be facts, whose period the story goes on with anyway), in the same
    paragraph; with the mention, or None."""
    k = bisect_left(ctx.sentences, (ps.start, -1))
    if k == 0:
        return None
    start, end = ctx.sentences[k - 1]
    if _PARAGRAPH_BREAK.search(ctx.text, start, ps.start) or ctx.within(ctx.money, start, end) \
            or not ctx.within(ctx.percents, start, end):
        return None
    for p in ctx.within(ctx.periods, start, end):
        if not p.comparison and _OPENS_WITH.fullmatch(ctx.text, start, p.start) \
                and ctx.text[p.end:p.end + 1] == "," and (period := resolve(p, None)) is not None:
            return period, p
        break
    return None


# A lead that tells what the story reports without a figure: "The NBS reported a higher
# trade surplus for Nigeria in the second quarter of 2018."
# (a flow or a balance: "Trade talks resumed in March" frames nothing)
_TOLD_WITHOUT_FIGURES = re.compile(r"\b(?:surplus|deficit|exports?|imports?)\b", re.IGNORECASE)


def _period_of_lead_without_figures(ctx: ArticleContext, ps: ParsedSentence) -> tuple | None:
    """The one period the sentence just before names, when it speaks of the trade with no
    figure and no percentage ("The NBS reported a higher trade surplus for Nigeria in the
    second quarter of 2018. Exports rose 47.8% to X"): the figures after it are of that
    period, whatever a headline's figure said before it; with the mention, or None."""
    k = bisect_left(ctx.sentences, (ps.start, -1))
    if k == 0:
        return None
    start, end = ctx.sentences[k - 1]
    if ctx.within(ctx.money, start, end) or ctx.within(ctx.percents, start, end) \
            or not _TOLD_WITHOUT_FIGURES.search(ctx.text, start, end):
        return None
    # (only as the story's lead: no figure before it but a headline's; later, such a
    # sentence is an aside, "Exports to China were hit by a ban in March.")
    headline_end = ctx.text.find("\n")
    headline = headline_end > 0 and not ctx.text[:headline_end].rstrip().endswith(".")
    if any(not headline or m.start > headline_end for m in ctx.within(ctx.money, 0, start)):
        return None
    named = ctx.within(ctx.periods, start, end)
    if len(named) != 1 or named[0].comparison or (period := resolve(named[0], None)) is None:
        return None
    return period, named[0]


def give_periods(ctx: ArticleContext, figures: list[Figure], ps: ParsedSentence, story_period: StoryPeriod,
                 restated: Callable[[Figure], tuple | None] = lambda fig: None) -> None:
    """Set each figure's period (and a figure compared with a later period becomes a comparison)."""
    periods = stretches(ctx, ps)
    so_far = _year_so_far(ctx, ps, periods, story_period)
    current_starts = {f.money.start for f in figures if f.role == "current"}
    # A figure's tail ends at the next number, money or percentage: in "up 7.8 percent
    # to X yen, missing forecasts of 8.7 percent, up from 2.1 percent in the previous
    # month", "the previous month" is the 2.1 percent's period, not X's.
    numbers = [m.start for m in ctx.within(ctx.money, ps.start, ps.end)
               if usable(m, ctx.text, ps.start)]
    # (not a share said aside: "A surplus of X, equivalent to 5.1% of the value of imports,
    # was recorded in the first four months")
    numbers += [p.start for p in ctx.within(ctx.percents, ps.start, ps.end)
                if not _SHARE_ASIDE.match(ctx.text, p.end)]
    mapping = assign_periods(ctx.text, [f.money for f in figures], periods, (ps.start, ps.end),
                             current_starts, numbers)
    mapping.update(_respective_periods(ctx.text, figures, periods, ps))
    mapping.update(_between_ends(ctx.text, figures, periods))
    if labels := _labelled(ctx.text, figures, periods):
        # (a label is its own figure's alone: "a surplus of EUR 24.4 bn (March 2015: + EUR
        # 22.1 bn)" after "in March 2016" leaves the first figure the period before it)
        taken = {id(pm) for pm in labels.values()}
        for fig in figures:
            if fig.money.start not in labels and id(mapping.get(fig.money.start)) in taken:
                mapping[fig.money.start] = next((pm for pm in reversed(periods) if pm.end <= fig.money.start
                                                 and id(pm) not in taken and pm.start >= ps.start), None)
        mapping.update(labels)
    for _, _, first, second in paired_comparisons(figures, ctx.text):
        if mapping.get(first.money.start) is None:
            mapping[first.money.start] = mapping.get(second.money.start)  # "P and Q a year earlier": both
    last_current = None
    currents: list[Figure] = []
    rolling_from: dict[int, object] = {}  # current figures stated as rolling years
    unsaid: set[int] = set()  # current figures given the story's period, stating none
    told_then: Figure | None = None  # the last figure a clause told of a period named before it
    for fig in figures:
        if fig.glosses is not None:  # an earlier estimate is of the period of the figure it glosses
            fig.period, fig.period_mention, fig.current = fig.glosses.period, fig.glosses.period_mention, \
                fig.glosses.current
            continue
        fig.period_mention = mapping.get(fig.money.start)
        pm = fig.period_mention
        later = _later_same_period(pm, periods)
        if pm is not None and pm.comparison and pm.comparison not in RUNNING and pm.start >= fig.money.end \
                and later is None:
            fig.role = "comparison"  # "the 6.84 billion surplus posted in the same month of 1986"
        elif pm is not None and pm.comparison in _COUNTED_BACK and pm.end <= fig.money.start \
                and said_of_the_period(ctx.text, pm.end, fig.money.start):
            fig.role = "comparison"  # "compared to the same month of 2022, which hit $0.31 billion"
            told_then = fig
        elif pm is not None and not pm.comparison and last_current is not None and last_current.period \
                and last_current.money.end <= pm.start and pm.end <= fig.money.start \
                and said_of_the_period(ctx.text, pm.end, fig.money.start) \
                and (own := resolve(pm, None)) is not None and own[1] < last_current.period[0]:
            # "X, an increase of 23.4 per cent over April-November 2021 when it was Y": a
            # clause told of an earlier period named after the current figure
            fig.role = "comparison"
            told_then = fig
        elif pm is None and told_then is not None and told_then.period_mention is not None \
                and _GOES_ON_IN_CLAUSE.match(ctx.text, told_then.money.end, fig.money.start):
            # "... the corresponding period last year, when imports totaled X and exports
            # were Y": a figure further on in the clause is told of the same period
            fig.period_mention = pm = told_then.period_mention
            fig.role = "comparison"
        elif pm is not None and pm.comparison in _COUNTED_BACK and last_current is not None \
                and last_current.money.end <= pm.start <= last_current.money.end + 80 and pm.end <= fig.money.start \
                and _CLAUSE_OPENS_WITH_PERIOD.search(ctx.text, last_current.money.end, pm.start):
            # "... hit $180 billion, while in the same period last year they were $170
            # billion": a clause of its own, counted back from the figure before it
            fig.role = "comparison"
        elif pm is not None and pm.comparison in _COUNTED_BACK and labels.get(fig.money.start) is pm \
                and last_current is not None:
            fig.role = "comparison"  # "X in October (previous: Y)": a label counting back from X
        elif pm is not None and pm.comparison in _COUNTED_BACK and pm.end <= fig.money.start and last_current is None:
            # "The previous month, Vietnam had posted a deficit of $450 million": a period
            # counted back before the sentence's first figure counts back from the story's
            # (and the figures after it in its clause are of it too: "The figures for the
            # same period last year were X and Y")
            fig.role = "comparison"
            told_then = fig
        if fig.beside is not None and fig.beside.period and fig.role == "current" and pm is not None \
                and (own := resolve(pm, None)) is not None and own[1] < fig.beside.period[0]:
            # "Romania - USD 1.9 billion (USD 1.7 billion in 2023)": the same flow's earlier
            # figure, which the list's next figures do not go on from
            fig.role = "comparison"
        if fig.role == "current":
            # "Since the beginning of the year, the surplus reached X": to the end
            # of the period the story reports.
            to_date = pm is not None and pm.comparison in RUNNING
            fig.period = later or resolve(fig.period_mention, story_period()[0] if to_date else None)
            if so_far is not None and fig.period is not None and is_calendar_year(fig.period) \
                    and fig.period[0].year == so_far[0].year:
                # "Exports for the year-to-date rose to X in 2021", "the cumulative surplus
                # for 2021": the year so far, to the story's month
                fig.period = so_far
            if fig.period is not None and pm is not None and pm.granularity == "month" and fig.period[0].month > 1 \
                    and (cue := _CUMULATIVE.search(ctx.text, ps.start, fig.money.start)) is not None \
                    and cue.end() <= pm.start \
                    and not any(p.comparison == "rolling_year" and p.start <= cue.start() < p.end for p in periods):
                # "Cumulatively, by March 2024, the surplus reached $8 billion": a month said
                # after the word is where the year so far ends (not after "Cumulative over 12
                # months": the twelve months to it)
                fig.period = (fig.period[0].replace(month=1), fig.period[1])
            if fig.period is not None and (later_month := _later_of_two_months(pm, fig.period, ctx.text, ps.start)):
                fig.period = later_month
            if (part := _part_named_before(pm, periods, fig, ctx.text)) is not None:
                # "From January to March, imports fell to $28.4 billion this year": "this
                # year" says which year the months said before are in ("The January
                # surplus last year": January of that year)
                fig.period, fig.period_mention = resolve(part, None), part
                if fig.period is not None and fig.period[0].year == fig.period[1].year != pm.year:
                    fig.period = _whole_months_in(fig.period, pm.year)
                pm = part
            if (part := _series_part(ctx.text, pm, fig, last_current)) is not None:
                fig.period = part
            rolling = [p for p in periods if p.comparison == "rolling_year" and p is not pm
                       and (last_current.money.end if last_current else ps.start) <= p.start < fig.money.start]
            year_so_far = fig.period is not None and fig.period[0].month == fig.period[0].day == 1 \
                and fig.period[1].year == fig.period[0].year and fig.period[1].month > fig.period[0].month
            if rolling and fig.period is not None and not year_so_far:
                # "the 12-month trailing balance recording a deficit of X in December":
                # the twelve months to the month stated (but "the annual deficit widened to
                # X in the first ten months" says the months from January it covers).
                fig.period = resolve_comparison(rolling[-1], *fig.period)
                rolling_from[id(fig)] = rolling[-1]
            elif pm is not None and pm.comparison == "rolling_year":
                rolling_from[id(fig)] = pm  # "The 12-month rolling surplus came in at X": its own
            if fig.period is None:
                # Unsaid, the period is the one the story is talking about: the
                # previous figure's in this sentence, else the last current fact's.
                if last_current:
                    fig.period, fig.period_mention = last_current.period, last_current.period_mention
                    if id(last_current) in unsaid:
                        unsaid.add(id(fig))
                elif _REVISED.search(ctx.text, ps.start, fig.money.start) and \
                        (leading := [p for p in periods if not p.comparison and p.end <= figures[0].money.start
                                     and resolve(p, None) is not None]):
                    # "February 2024's trade deficit was revised from a preliminary Sh131
                    # billion to Sh128 billion": the sentence's opening period is its figures'
                    fig.period, fig.period_mention = resolve(leading[-1], None), leading[-1]
                elif _REVISION.search(ctx.text, ps.start, ps.end) and (told := _revised_before(ctx, ps)) is not None:
                    # "August 2022 preliminary trade balance surplus was revised downwards
                    # by R0.98 billion. The revision was from R7.18 billion to R6.20
                    # billion": the period the sentence before said was revised
                    fig.period, fig.period_mention = told
                elif (earlier := restated(fig)) is not None:
                    # "The R6.00 billion surplus was attributable to ...": a figure told
                    # before, restated, is of the period it was told for
                    fig.period, fig.period_mention = earlier
                elif (year_on := _month_a_year_on(ctx, ps)) is not None:
                    # "increased by 46.16% to $323.65 million compared to June 2021", in a
                    # story of July 2022: that month a year on, the latest before the story
                    fig.period, fig.period_mention = year_on, None
                elif (framed := _opening_period_before(ctx, ps)
                      or _period_of_lead_without_figures(ctx, ps)) is not None:
                    # "In January, durable goods orders dropped 7.5 pct. Retail sales fell
                    # 5.8 pct, and the trade gap widened to X": the period the sentence before
                    # opened with, for figures of other series, frames this one too (as does
                    # a lead that names the story's period without a figure)
                    fig.period, fig.period_mention = framed
                    unsaid.add(id(fig))
                else:
                    fig.period, fig.period_mention = story_period(fig)
                    unsaid.add(id(fig))
                if fig.period is not None and _said_yearly(fig) and not a_year_long(*fig.period):
                    # "The annual trade volume between Iran and Iraq is around $10 billion",
                    # after a five months' figure: a yearly figure of no stated year
                    fig.period, fig.period_mention = None, None
                elif fig.period is not None and id(fig) in unsaid and _a_year_as_now(fig, ctx.text):
                    # "the total trade volume between Nigeria and Japan is one billion dollars
                    # per year", after a figure of 2024: a yearly level said in the present,
                    # of no year the story named
                    fig.period, fig.period_mention = None, None
                elif fig.period is not None and id(fig) in unsaid \
                        and (_said_monthly(fig) or _MONTH_ON_MONTH.search(ctx.text, ps.start, ps.end)) \
                        and (fig.period[1] - fig.period[0]).days > 31:
                    # "The monthly trade balance was a surplus of $215 million", in a story of
                    # the year to March: the last month of the story's stretch (so is a figure
                    # whose change is said month-on-month: "Chinese exports rose by 5.3%
                    # month-on-month to $50.08 bln", in a story of January-July)
                    fig.period, fig.period_mention = (fig.period[1].replace(day=1), fig.period[1]), None
            if (story := _year_not_over(fig, pm, ctx, story_period)) is not None:
                fig.period = story
            floor = last_current.money.end if last_current else ps.start
            if so_far is not None and pm is None and fig.period is not None and fig.period != so_far \
                    and fig.period[0].year == so_far[0].year and fig.period[1] <= so_far[1] \
                    and (cue := _CUMULATIVE.search(ctx.text, floor, fig.money.start)) \
                    and not a_changes_period(ctx.text, floor, cue.start()):
                # "... a surplus of $310 million in August. The cumulative surplus for the
                # year stood at $1.4 billion": a figure said as cumulative, with no period
                # of its own, is the year so far, not the month it would carry on (but not
                # after the year so far of a change: "X in May, a 15.8% increase in the year
                # to date, while imports were Y": May)
                fig.period, fig.period_mention = so_far, None
            last_current = fig
            currents.append(fig)
        else:
            # "Exports rose to $5 billion, with $1 billion earned from oil exports, compared
            # with $4 billion": compared with the last current figure of its own flow.
            own = next((c for c in reversed(currents) if any(t in fig.triggers for t in c.triggers)), None)
            if own is not None and currents[-1] is not own and _same_goods(currents[-1], fig):
                # "a deficit of X in May and a surplus of Y in the January-May period,
                # compared to Z in the same period last year": the nearest figure of the
                # measure, whichever of its words the parse hung Z on (not a part's:
                # "with $1 billion earned from tea exports, compared with $4 billion")
                own = currents[-1]
            # ("In the same month last year, imports were X": counted back from a month)
            month = fig.period_mention is not None and "month" in fig.period_mention.text.lower()
            base = own or last_current or so_far or story_period(month=month)[0]
            fig.current = own or last_current
            base_period = base.period if isinstance(base, Figure) else base
            fig.period = resolve(fig.period_mention, base_period)
            if fig.period is not None and fig.period == base_period and fig.period_mention is not None \
                    and fig.period_mention.text.lower().startswith("last "):
                # "widened to $2.95 billion in March from $2.70 billion last March": said
                # of the month reported, "last March" is the year before's; "last month"
                # ("rose to X in March from Y last month") the month before it
                fig.period = previous_period(base_period) if _LAST_UNIT.fullmatch(fig.period_mention.text) \
                    else same_period_in_year(base_period, base_period[0].year - 1)
            if fig.period is None and fig.period_mention is None and base_period:
                fig.period = _counted_back(ctx.text, ps, fig, base_period, _year_ago_compared_before(ctx, ps))
                said_against = _stated_year_before(ctx, ps)
                if said_against is not None and said_against == same_period_in_year(base_period, base_period[0].year - 1):
                    # "Imports rose 12 percent compared to March 2022. Imports during March 2023
                    # were $1.6 billion compared to imports of $1.43 billion": the period the
                    # story has just said it compares with
                    fig.period = said_against
            elif id(base) in rolling_from and fig.period is not None and fig.period_mention is not None \
                    and fig.period_mention.granularity == "month":
                # "... compared to the USD 15.9 billion deficit in November": the
                # figure it is compared with runs twelve months too.
                fig.period = resolve_comparison(rolling_from[id(base)], *fig.period)
            elif fig.period is not None and fig.period_mention is not None \
                    and fig.period_mention.granularity == "month" and _twelve_months_to(base):
                # "In the 12 months to March, the surplus was X, down from February's Y":
                # the twelve months to February
                fig.period = span_ending(fig.period[1].year, fig.period[1].month, 12)
            elif _year_of_part(ctx.text, fig.period_mention, fig.period, base_period) \
                    and (current_starts or fig.period_mention.relative) \
                    and not (so_far is None and _whole_year_after(fig, figures, mapping)):
                # (with no current figure in its sentence, a year said by its number is that
                # year: "Economists expect a smaller surplus this year after a record X in 2023")
                # "$1.01 billion in the first five months, from $1.12 billion last
                # year": the same months that year, not the whole year.
                years_back = base_period[1].year - fig.period[0].year
                fig.period = same_period_in_year(base_period, base_period[0].year - years_back)
            # (with no period the story has set either: "a deficit of X, up 49.9% compared to
            # 2019 when it reached Y", undated, is 2020's)
            if id(base) in unsaid and fig.period and fig.period_mention is not None \
                    and not fig.period_mention.comparison and (base.period is None or fig.period[0] >= base.period[0]):
                # "exports were valued at $3.9 billion, compared with $5.1 billion in
                # 2014": a figure that states no period comes after what it is compared
                # with, whatever the story's last period was.
                following = _following_as_reported(fig.period, ctx.published)
                if _both_in_the_stretch(ctx, base, fig, following):
                    # "rose to Sh104.6 billion from Sh75.8 billion in the 10 months to October",
                    # published in December: the stretch after it is not over, so the one said
                    # is the current figure's, and the figure it rose from is of the same
                    # months a year before
                    base.period, base.period_mention = fig.period, fig.period_mention
                    fig.period = same_period_in_year(fig.period, fig.period[0].year - 1)
                else:
                    base.period, base.period_mention = following, None
    _compared_before_current(ctx.text, figures, ps, unsaid)
    _next_after_the_compared(figures, unsaid)
    _part_in_the_years(ctx.text, figures, periods)
    # "exported goods worth X and imported goods worth Y in May 2018": a period said
    # after all the sentence's current figures is theirs too, when none states its own
    # (but not a part said "alone": "X, with Y generated in March alone").
    said_last = [f for f in currents if f.period_mention is not None and id(f) not in unsaid
                 and f.period_mention.start >= currents[-1].money.end
                 and not SAID_IN_PASSING.match(ctx.text, f.period_mention.end)]
    if said_last and all(f.role == "current" for f in figures):
        for fig in currents:
            if id(fig) in unsaid and not _PART_INTRODUCED.search(ctx.text, fig.money.end, currents[-1].money.start):
                fig.period, fig.period_mention = said_last[-1].period, said_last[-1].period_mention
    for fig in figures:
        if fig.role == "comparison" and fig.current is not None and id(fig.current) in rolling_from \
                and fig.period is not None and fig.period_mention is not None \
                and fig.period_mention.granularity == "month" and months_between(*fig.period) == 1:
            # "The 12-month rolling deficit widened from USD 22.9 billion in September to
            # USD 23.9 billion in October": the figure compared with runs twelve months too,
            # also when it is said before the current one
            fig.period = resolve_comparison(rolling_from[id(fig.current)], *fig.period)
    for previous, fig in zip(figures, figures[1:]):
        if id(previous) in rolling_from and labels.get(fig.money.start) is not None and fig.period is not None \
                and months_between(*fig.period) == 1:
            # "The 12-month rolling surplus came in at X (February 2022: Y)": a label's
            # figure is of the series it labels, the twelve months to its month
            fig.period = resolve_comparison(rolling_from[id(previous)], *fig.period)
    _months_to_its_month(figures, ctx.text)
    _latest_done_parts(figures, ctx.published)
    for fig in figures:
        if mapping.get(fig.money.start) is None and fig.glosses is None \
                and _EARLIER_RECORD.search(ctx.text, max(ps.start, fig.money.start - 60), fig.money.start):
            # "topping the previous high of $41.2 billion", "The previous record was X": a
            # peak of some earlier period the sentence does not name, so none we can give
            fig.period = None


# A series' earlier peak or trough named right before its figure ("the previous record of",
# "The prior high was", "the old monthly record,").
_EARLIER_RECORD = re.compile(EARLIER_RECORD + r"\s*(?:of|was|is|stood\s+at|at|,)?\s*"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)


def _next_after_the_compared(figures: list[Figure], unsaid: set[int]) -> None:
    """"On a quarterly basis, the goods surplus increased to $11.4bn from $10.7bn in the
    June quarter", in a story of September's figures: a figure that states no period,
    compared with one of a stated stretch of another length than the story's, is of the
    stretch of that length right after it, when that stretch ends where the story's
    period does (the September quarter)."""
    for fig in figures:
        current = fig.current
        if fig.role != "comparison" or current is None or id(current) not in unsaid \
                or fig.period_mention is None or fig.period is None or current.period is None:
            continue
        months = months_between(*fig.period)
        if months is None or months == months_between(*current.period):
            continue
        following = (fig.period[1] + timedelta(days=1), shift_date(fig.period[1], months))
        if following[1] == current.period[1]:
            current.period, current.period_mention = following, None
            unsaid.discard(id(current))


def _months_to_its_month(figures: list[Figure], text: str) -> None:
    """"The deficit narrowed to X in July 2023 compared to Y in the first seven months of
    2022": a month compared with the months from January to that month of an earlier year
    is said for those months too (Maghreb copy writes "in July" for "at the end of July"),
    unless it is said alone ("in July alone")."""
    for fig in figures:
        current = fig.current
        if fig.role != "comparison" or current is None or not fig.period or not current.period \
                or fig.period_mention is None or fig.period_mention.comparison \
                or current.period_mention is None or SAID_IN_PASSING.match(text, current.period_mention.end):
            continue
        (start, end), (was_start, was_end) = current.period, fig.period
        one_month = start.month > 1 and start.day == 1 and end == month_end(start.year, start.month)
        months_to_it = (was_start.month, was_start.day) == (1, 1) and was_end.month == end.month \
            and was_end == month_end(was_end.year, was_end.month) and was_end.year < end.year
        if one_month and months_to_it:
            current.period = (start.replace(month=1), end)


# How long before a period's end an office may publish its estimate of the whole period.
_ESTIMATED_BEFORE_THE_END = timedelta(days=7)


def reported_before_its_end(fig: Figure, published) -> bool:
    """Whether a part of a year counted from publication ("the first nine months of the
    fiscal year") is not over yet, while the figure's verb reports it in the past tense."""
    pm = fig.period_mention
    if fig.period is None or pm is None or published is None or not pm.relative or pm.comparison \
            or pm.granularity not in ("span", "half", "quarter") or fig.role != "current":
        return False
    if fig.period[1] <= published + _ESTIMATED_BEFORE_THE_END or fig.period[0] > published:
        # over, or not begun: nothing to choose (a part ending within days of the story may
        # be an office's estimate of it: Vietnam's of its first eight months on 30 August)
        return False
    return any(t.tag_ == "VBD" for t in fig.path)


def _latest_done_parts(figures: list[Figure], published) -> None:
    """"Imports fell to X in the second quarter, down from Y", published in May: a part of
    the year said as done is the latest one that is, and a figure compared with it that
    was counted from it (stating no period, or "a year earlier") moves with it. (A
    fiscal part is moved when its reporter is known: facts.py.)"""
    for fig in figures:
        if not reported_before_its_end(fig, published) or is_fiscal(fig.period_mention):
            continue
        fig.period = same_period_in_year(fig.period, fig.period[0].year - 1)
        for other in figures:
            if other.current is fig and other.role == "comparison" and other.period is not None \
                    and (other.period_mention is None or other.period_mention.comparison):
                pm = other.period_mention
                # ("in the first half, against Y in the same period of 2022": the year named
                # holds; the period it was counted from moved)
                named = resolve_comparison(pm, *fig.period) if pm is not None and pm.year \
                    and pm.comparison == "same_period_of_year" else None
                other.period = named or same_period_in_year(other.period, other.period[0].year - 1)
