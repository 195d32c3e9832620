"""Which period a figure covers.

A period said right after a figure belongs to it ("3.6 billion crowns in February
from 1.5 billion in January"); failing that, one said before it since the previous
figure ("Between January and February, their bilateral trade was valued at ...").
A current figure given no period shares its sentence-mate's, then the story's main
period; a comparison period ("a year earlier", "the same period of 2023") is
resolved against the period of the figure it is compared with.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from extractor.data.calendar import CHANGE_BASIS_PERIOD, COMPARED_WITH, COMPARED_WITH_BUT_THAN
from extractor.data.lexicon import CHANGE_NOUNS, PERCENT_UNIT, REVISION_NOTE, REVISION_WORD
from extractor.recognise.period import resolve_comparison
from extractor.recognise.period.calendar_math import month_end
from models import MoneyMention, PeriodMention

# "the steepest drop since the agency began keeping records in 1985": a record's start
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|it|they|records|data|statistics)\b[^,;.()]{0,60}$", re.IGNORECASE)
# A cause or event said after a figure, with its own period: "following plant closures in
# January", "due to the strike in March" (no number between: "after a 2% fall in January"
# is the fall's, which the figure's tail does not reach anyway).
# ("fell 5.2% to US$4.93 billion, hit by lower gold shipments in the first half": a cause
# said as a participle with "by")
_EVENT_THEN_PERIOD = re.compile(r"\b(?:following|amid|due\s+to|because\s+of|owing\s+to|as\s+a\s+result\s+of"
                                r"|(?:hit|hurt|driven|dragged(?:\s+down)?|weighed(?:\s+down)?|pushed|pulled|boosted"
                                r"|helped|lifted|buoyed|affected|supported)\s+by)\s+"
                                r"(?:[\w-]+\s+){1,4}(?:in|during)\s+(?:the\s+)?$", re.IGNORECASE)
# A relative clause set off by commas, open before a period and closed after it: ", with
# which Tegucigalpa broke off relations in 2023,".
_ASIDE_OPENED = re.compile(r",\s*(?:(?:with|in|to|from|of|by|for|under|since)\s+)?(?:which|whom|whose|who)\b[^,;.()]*$",
                           re.IGNORECASE)
_ASIDE_CLOSED = re.compile(r"[^,;.()]{0,30}?,", re.IGNORECASE)
# A period introduced like this names what the figure is compared with, not its own
# ("exports fell below last year's level to X": a level the flow passed is compared with).
# ("compared to the month of June 2021": the period named by its length)
# ("fell 13.4% to $285m; you have to go back to June 2013 for a faster decline": the
# point a record is counted back to, as "since" is)
# (not "over" after a figure's own verb of recording: "the surplus of X recorded over the
# comparable period in 2018" is that period's figure)
_COMPARISON_LEAD = re.compile(rf"(?:{COMPARED_WITH}|(?<!recorded\s)(?<!registered\s)(?<!reported\s)(?<!posted\s)\bover"
                              rf"|\bsince|\bback\s+to|\bunchanged\s+from|\bbelow|\babove)\s+"
                              r"(?:in\s+|during\s+|the\s+(?:month|quarter)\s+of\s+)?(?:the\s+|a\s+)?"
                              # ("the lowest since mid-2012", "since early 2015": a part of the year)
                              r"(?:(?:early|mid|late)(?:-|\s+)|the\s+(?:start|end|middle|beginning)\s+of\s+)?$",
                              re.IGNORECASE)
# A flow "from" a stretch of months, then a verb of being or of change: the stretch is the
# flow's own, no comparison (Pakistani copy: "the trade deficit from July-March (2023-24)
# was recorded at X", "exports from July till September rose 3 percent to X"); "widened
# from July-September to X" compares.
_FLOW_FROM = re.compile(r"\b(?:deficit|surplus|balance|gap|exports?|imports?|trade)\s+from\s+(?:the\s+)?$",
                        re.IGNORECASE)
_THEN_STOOD = re.compile(r"\s*,?\s*(?:was|were|is|are|has\s+been|had\s+been|stood|remained|amounted|totall?ed|"
                         r"reached|came|rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed)\b"
                         r"[^.;$€£¥]{0,40}$", re.IGNORECASE)
# "resulting in the fourth surplus this year", "for the first time this year": "this year"
# there counts events; it is not the period of the figure before it.
# ... and so does a superlative ("the largest so far this year", "the highest monthly
# surplus this year"): both rank the figure within the year, which is not its period.
_COUNTED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                             r"largest|highest|biggest|lowest|smallest|strongest|weakest|widest|narrowest|best|worst)"
                             r"\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
# "Over" opening the sentence before its period says the stretch the sentence is about.
# ("The analysis notes that over the same period of 2021, the balance posted X": opening
# the clause a verb of saying reports)
_OVER_OPENING = re.compile(r"(?:[^,.;]{0,80}?\b(?:said|says|notes?|noted|added|showed|shows|reported|that)\s+)?"
                           r"\W*over\s+(?:the\s+|a\s+)?", re.IGNORECASE)
# ... and so does "over" right after the flow's word.
_FLOW_OVER = re.compile(r"\b(?:deficit|surplus|balance|gap|shortfall|exports?|imports?|trade|turnover)\s+over\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
# A figure followed right away by "over" an earlier period is that period's figure (also
# after its partner: "a surplus of $86.4 billion with the US over the 11 months").
_OVER_RIGHT_AFTER = re.compile(r"(?:\s+(?:with|to|from)\s+[^\d.,;:()$€£¥%]{1,40}?)?\s+over\s+(?:the\s+|a\s+)?",
                               re.IGNORECASE)
# A clause that tells what happened in the period just named: ", when the country reported".
# ("since April 2011 - when a record surplus ($1.2 billion) was recorded": a dash sets it off too)
# ("compared with the same period in 2016, where the total commodity exports was X")
_WHEN_CLAUSE = re.compile(r"(?:,|\s+[-–—])?\s+(?:when|where|in\s+which|during\s+which"
                          r"|which\s+(?:hit|was|stood|reached|totall?ed|amounted"
                          # "the same period last year, which recorded total trade of X"
                          r"|recorded|registered|saw|posted|showed))"
                          r"\b[^.;]*$"
                          # "compared with the deficit for the comparable period in 2024 of R3.2 billion"
                          # (", of P5.7bn")
                          r"|,?\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
# A period said with a change the figure is compared with is that change's: "increased in
# March 2021 by 17.9% (against 6.5% growth in March 2020), amounting to X" (March 2020 is
# the 6.5%'s), "compared with a 2.1 percent fall in 2019". (Not "than": "rose by more
# than 70 pct in February" is the figure's own change.)
_COMPARED_CHANGE_LEAD = re.compile(
    rf"{COMPARED_WITH_BUT_THAN}\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[-+−]?\d[\d.,]*\s*"
    rf"{PERCENT_UNIT}(?:\s+[a-z-]+){{0,2}}?\s+(?:in|during|for|over)\s+(?:the\s+)?$", re.IGNORECASE)
# A figure a change led to ("increased 14.2 percent (or $2.7 million) to $22.0 million
# over the same quarter last year"): "over" the earlier period then says what the change
# is measured against, not whose figure it is.
_CHANGED_TO = re.compile(rf"\d\s*{PERCENT_UNIT}(?:[^.;]|\.(?=\d)){{0,40}}\bto\s+"
                         r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.IGNORECASE)
# "to $105.8 million on the month before": "on" a period that is a comparison's.
_ON_LEAD = re.compile(r"\bon\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# "up 4.2 percent on 2018", "an 11 percent increase on 2016": a period a change is "on"
# is what it is measured against.
_CHANGE_ON = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct)(?:\s+(?:increase|rise|gain|growth|jump|drop|fall|"
                        r"decline|decrease|improvement|contraction))?\s+on\s+(?:the\s+)?$", re.IGNORECASE)
# What may come before a period that opens its sentence ("In the same month last year, ..."),
# also after a clause saying where it is told ("The report shows that in May 2022, ...",
# "According to the bulletin, in May 2022, ...").
_OPENING_LEAD = re.compile(r"\W*(?:(?:the\s+)?(?:[\w-]+\s+){0,4}(?:shows?|showed|says|said|indicates?|indicated|"
                           r"notes?|noted|reveals?|revealed|states?|stated)\s+that\s+"
                           r"|according\s+to\s+[^,.;]{1,60},\s*)?"
                           r"(?:(?:in|during|for|over|throughout)\s+)?", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")
_EARLIER = ("previous_period", "year_earlier", "same_period_of_year")
# What may stand between a figure and its own period: "3.6 billion crowns in February",
# "a 3.3 mln dlr deficit (revised from 1.7 mln) in January". A verb or a new clause
# between them ("15.0 billion guilders and were 25 pct below last year's level") means
# the period belongs to something else.
_TIGHT_GAP = re.compile(
    r"^(?:[\s,()]|\b(?:in|during|for|of|over|at|the|a|an|on|by|as|through|ending|ended|to|year-earlier|"
    r"seasonally|adjusted|unadjusted|provisional|preliminary|record|dlrs?|dollars?|stg|marks?|yen|"
    r"U\.S\.|N\.Z\.|surplus|deficit|mln|billion|crowns|francs?|guilders|lire|figures?|"
    # the flow the figure is: "the R19.70 billion trade balance surplus for September 2022"
    r"trade|balance|exports?|imports?|goods|merchandise|shortfall|gap|fob|cif|f\.o\.b\.?|c\.i\.f\.?|"
    # participles that describe the figure: "a 9.6 billion franc surplus posted in the same month of 1986"
    r"posted|recorded|reported|registered|seen|shown|booked)\b)*$", re.IGNORECASE)
_REVISION_NOTE = re.compile(REVISION_NOTE, re.IGNORECASE)
# A comparison period right after a percentage is that change's basis ("increased by 7.4%
# year-on-year to X"), not the period of the figure the change leads to.
_CHANGE_BASIS = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct)\s*(?:on\s+|over\s+|from\s+)?(?:the\s+|a\s+)?$",
                           re.IGNORECASE)
# Comparison rules that are a figure's own period, counted from the period it reports
# ("since the beginning of the year", "over the past 12 months").
RUNNING = ("to_date", "rolling_year", "whole_year", "same_period_this_year", "from_start")


# "year-on-year", "y/y", "month-on-month": the basis of a change, never a figure's own
# period ("On a year-on-year basis, the R19.70 billion surplus for September 2022 ...").
# ("up 3.2 percent on the year", "on the month": the recogniser reads these only right
# after a percentage, so they are its basis too)
_CHANGE_BASIS_ONLY = re.compile(rf"{CHANGE_BASIS_PERIOD}|on\s+the\s+(?:year|month|quarter)", re.IGNORECASE)


def said_of_the_period(text: str, period_end: int, figure_start: int) -> bool:
    """Whether the figure is in a clause telling what happened in the period just named
    ("since March 2020, when it reported X", "the same month of 2022, which hit X")."""
    return bool(_WHEN_CLAUSE.match(text, period_end, figure_start))


def names_a_change_basis(words: str) -> bool:
    """Whether ``words`` only say what a change is measured against ("YoY", "year-on-year")."""
    return _CHANGE_BASIS_ONLY.fullmatch(words) is not None


# A period set off after a figure that opens the next clause: "exports in 2012 were X, in
# 2013 they were Y" ("in 2013" is Y's, not X's).
# ... or owns the next clause's subject: "Compared to the same period last year, which saw
# trade at X, this year's trade volume has decreased" ("this year" is not X's).
_OPENS_NEXT_CLAUSE = re.compile(
    r"(?:\s*,?\s*(?:it|they|this|that|the\s+(?:figure|value|number|total|turnover|deficit|surplus|balance)|"
    r"exports?|imports?|trade|turnover)|['’]s(?:\s+[a-z]+){1,3}?)\s+(?:(?:has|have)\s+)?(?:was|were|is|are|stood|"
    r"reached|amounted|totall?ed|rose|fell|grew|increased|decreased|declined|climbed|dropped|came|had\s+been)\b"
    # ("to $69.99 billion, in 2017 - by 20.1%, to $84.07 billion": a clause with its verb left
    # out, set off by a dash)
    r"|\s*[-–—]\s*(?:by\s+|up\s+|down\s+|to\s+)?[$€£¥]?\s?\d",
    re.IGNORECASE)


# A period opening a contrast clause: "X, while in the previous year Y", "X, whereas a year
# earlier it was Y" (the clause's own figure follows it).
_CONTRAST_OPENED = re.compile(r"\b(?:while|whereas)\s+(?:in\s+|during\s+)?$", re.IGNORECASE)


# "X (for the same period of 2022 it was Y)": a bracket a period opens, with a figure of
# its own inside, is that figure's.
_BRACKET_OPENED = re.compile(r"\s*\(\s*(?:for|in|during|over)?\s*", re.IGNORECASE)


def _opens_next_clause(text: str, fig_end: int, p: PeriodMention) -> bool:
    if _CONTRAST_OPENED.search(text, fig_end, p.start) and re.search(r"\d", text[p.end:p.end + 60]):
        return True
    if _BRACKET_OPENED.fullmatch(text, fig_end, p.start) and (close := text.find(")", p.end, p.end + 80)) >= 0 \
            and re.search(r"\d", text[p.end:close]):
        return True
    return "," in text[fig_end:p.start] and bool(_OPENS_NEXT_CLAUSE.match(text, p.end))


# The figure's own change set off right after it: "totalled USD 114.3 billion, up 46.4 per
# cent year-on-year from January to November 2021". The period said next is still the
# figure's, as if the change were not there: a change's comparison is said with "from",
# "on", "over" or "compared with" before the period ("up 5% on March"), which the
# compared test keeps from the figure anyway.
_OWN_CHANGE_AFTER = re.compile(
    r"\s*,?\s*(?:up|down|rising|falling|increasing|decreasing|growing|declining|dropping|jumping)\s+(?:by\s+)?"
    rf"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d[\d.,]*\s*{PERCENT_UNIT}"
    r"(?:\s*(?:year[-\s]+on[-\s]+year|y/y|yoy|y-o-y|annually))?\s*,?(?=\s)", re.IGNORECASE)


# A period said right after a percentage and its change noun is the change's: "X in May, a
# 15.8% increase in the year to date, while imports were Y" (not the next figure's).
_CHANGES_PERIOD_LEAD = re.compile(
    rf"\d\s*{PERCENT_UNIT}\s+(?:(?:" + "|".join(sorted(CHANGE_NOUNS)) + r")\s+)?"
    r"(?:(?:in|for|over|during)\s+)?(?:the\s+)?$", re.IGNORECASE)


def a_changes_period(text: str, floor: int, start: int) -> bool:
    """Whether the period (or cumulative cue) at ``start`` is said of a percentage change
    just before it, not before ``floor``: "up 15.8% year-to-date", "a 15.8% increase in the
    year to date", "up 12% so far this year"."""
    return _CHANGES_PERIOD_LEAD.search(text, max(floor, start - 60), start) is not None


# A verb of saying between a period and the figure: "Last year the ministry said ...".
_SAID_BETWEEN = re.compile(r"\b(?:said|says|announced|reported|stated|noted|told)\b", re.IGNORECASE)


def _tight(text: str, start: int, end: int) -> bool:
    return end - start <= 60 and bool(_TIGHT_GAP.match(_REVISION_NOTE.sub(" ", text[start:end])))


# A bracket right after a figure, which holds the figure's conversion: "$61.2m (Shs228.3b)".
_CONVERSION_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")
# What stands between a period and a figure given in brackets after it: "in 2022 (".
_BRACKET_AFTER = re.compile(r"\s*\(\s*")


def assign_periods(text: str, figures: list[MoneyMention], periods: list[PeriodMention],
                   sentence: tuple[int, int], current: set[int], boundaries: list[int] = ()) -> dict[int, PeriodMention | None]:
    """Map each figure (by start offset) to the period mention it is stated for.

    In order of preference: a period right after the figure with only fillers
    between ("in February"); one said before it since the previous figure ("Between
    January and February, ... was valued at"); any later one before the next number.
    ``current`` holds the starts of figures that are current values; their tail may
    hold a comparison period ("unchanged from January"), which they do not take.
    ``boundaries`` are the starts of other numbers of the sentence: a figure's tail
    stops at the next number, whether or not that number became a fact.
    """
    s_start, s_end = sentence
    periods = [p for p in periods if not names_a_change_basis(p.text)]
    ordered = sorted(figures, key=lambda m: m.start)
    claimed: set[int] = set()
    result: dict[int, PeriodMention | None] = {}

    def compared(fig: MoneyMention, p: PeriodMention) -> bool:
        """A current figure does not take a period its sentence compares it with."""
        lead = text[max(s_start, p.start - 30):p.start]
        if _OVER_RIGHT_AFTER.fullmatch(text, fig.end, p.start) and (p.comparison in _EARLIER or p.comparison is None) \
                and not _CHANGED_TO.search(text, max(s_start, fig.start - 80), fig.start):
            # "the deficit was $53.9 billion over the same period last year", "a surplus of
            # $300 million over the five-month period": its own
            return False
        if p.end <= fig.start and said_of_the_period(text, p.end, fig.start):
            return False  # "the largest since March 2020, when it reported a $2.9 billion surplus": its own
        if p.end <= fig.start and _OVER_OPENING.fullmatch(text, s_start, p.start):
            return False  # "Over the three months to April the deficit grew to X": the sentence's own stretch
        if p.end <= fig.start and _FLOW_OVER.search(lead):
            return False  # "The deficit over the 12 months to January stood at X": the flow's own stretch
        if p.end <= fig.start and p.granularity == "span" and _FLOW_FROM.search(lead) \
                and _THEN_STOOD.match(text, p.end, fig.start):
            return False  # "the trade deficit from July-September (2023-24) was recorded at X": its stretch
        return fig.start in current and (bool(_COMPARISON_LEAD.search(lead)) or p.comparison in _EARLIER
                                         and bool(_ON_LEAD.search(lead)) or bool(_CHANGE_ON.search(lead))
                                         or bool(_SINCE_CLAUSE.search(text, max(s_start, p.start - 70), p.start))
                                         or bool(_COMPARED_CHANGE_LEAD.search(text, max(s_start, p.start - 70),
                                                                              p.start)))

    def basis_of_change(fig: MoneyMention, p: PeriodMention) -> bool:
        return (fig.start in current and p.comparison is not None and p.comparison not in RUNNING
                and bool(_CHANGE_BASIS.search(text[max(s_start, p.start - 20):p.start])))

    def ranks_within(p: PeriodMention) -> bool:
        """"the largest so far this year", "its largest deficit of the year 2024": the
        period a superlative ranks the figure within, not the figure's."""
        return p.text.lower().startswith(("this", "so far this", "the year")) \
            and bool(_COUNTED_BEFORE.search(text, max(s_start, p.start - 40), p.start))

    def of_an_event(fig: MoneyMention, p: PeriodMention) -> bool:
        """"rose to $45.9 billion following plant closures in January": the period of
        what the figure is said after, not the figure's."""
        return _EVENT_THEN_PERIOD.search(text, fig.end, p.start) is not None \
            and not any(c.isdigit() for c in text[fig.end:p.start])

    def in_an_aside(fig: MoneyMention, p: PeriodMention) -> bool:
        """"Taiwan, with which Tegucigalpa broke off relations in 2023, accounted for X":
        a period in a relative clause set off by commas before the figure is the clause's."""
        closed = _ASIDE_CLOSED.match(text, p.end)
        return p.end <= fig.start and closed is not None and closed.end() <= fig.start \
            and _ASIDE_OPENED.search(text, max(s_start, p.start - 100), p.start) is not None

    def said_before(fig: MoneyMention) -> bool:
        """Whether the figure's period is said before it: its own since the figure before,
        or that of a figure before it in the sentence, whose clause it goes on from."""
        if any(f.end <= fig.start for f in ordered):
            return True
        return any(s_start <= q.start and q.end <= fig.start and q.comparison is None for q in periods)

    def tail(fig: MoneyMention, tight: bool) -> PeriodMention | None:
        own_change = _OWN_CHANGE_AFTER.match(text, fig.end)
        gap_start = own_change.end() if own_change else fig.end  # (its own change is no boundary)
        if not own_change and (bracket := _CONVERSION_BRACKET.match(text, fig.end)) and fig.converted is not None \
                and bracket.end() >= fig.converted.end:
            # "from $61.2m (Shs228.3b) in February": the figure's conversion in brackets is no gap
            gap_start = bracket.end()
        later = [b for b in list(boundaries) + [f.start for f in ordered] if b > fig.start and b >= gap_start]
        limit = min(later) if later else s_end
        # "In May, exports reached X, up 15.8% year-to-date": the year so far said after the
        # figure's own change is the change's when the figure's period was said before it
        past_change = own_change is not None and said_before(fig)
        for p in periods:
            if fig.end <= p.start and p.end <= limit and p.start not in claimed:
                if past_change and p.start >= gap_start and p.comparison == "to_date":
                    continue
                if compared(fig, p) or ranks_within(p) or of_an_event(fig, p):
                    continue
                if _opens_next_clause(text, fig.end, p):
                    return None  # (nor, tight or not, a period that opens the next clause)
                if tight and not _tight(text, gap_start if p.start >= gap_start else fig.end, p.start):
                    return None
                return p
        return None

    for fig in ordered:
        # "compared to the amount recorded in the fourth quarter of 2022 (N6,359.61 billion)
        # and the corresponding quarter in 2022 (N7,102.11 billion)": a figure opening a
        # bracket right after a period is that period's, whatever follows it (unless the
        # bracket names its own: "in May ($4.5 billion in April)")
        closing = text.find(")", fig.end, s_end)
        glossed = next((p for p in periods if p.end <= fig.start and p.start not in claimed
                        and _BRACKET_AFTER.fullmatch(text, p.end, fig.start)
                        and not any(fig.end <= q.start < (closing if closing >= 0 else s_end) for q in periods)),
                       None)
        found = glossed or tail(fig, tight=True)
        if found:
            result[fig.start] = found
            claimed.add(found.start)
    for i, fig in enumerate(ordered):
        if fig.start in result:
            continue
        floor = ordered[i - 1].end if i > 0 else s_start
        # "Throughout 2023, the deficit narrowed when compared to 2022, reaching X": 2023.
        # A period already taken is this figure's too when a clause tells what else
        # happened in it ("up from $4 billion in April, when imports stood at $3 billion").
        # (a change's basis is no figure's period, unless a clause tells of it: "an increase
        # of 23.4 per cent over April-November 2021 when it was X")
        before = [p for p in periods if floor <= p.start and p.end <= fig.start
                  and (p.start not in claimed or said_of_the_period(text, p.end, fig.start))
                  and not (i > 0 and a_changes_period(text, floor, p.start)
                           and not said_of_the_period(text, p.end, fig.start))
                  and not compared(fig, p) and not basis_of_change(fig, p) and not ranks_within(p)
                  and not in_an_aside(fig, p)]
        found = before[-1] if before else tail(fig, tight=False)
        if before and _SAID_BETWEEN.search(text, before[-1].end, fig.start) \
                and (own := tail(fig, tight=False)) is not None and own.comparison is None:
            # "Last year the ministry said Ethiopia earned X in the first quarter of
            # 2009/10": a period before the saying dates the saying when the figure states
            # its own
            found = own
        if before and fig.start not in current and found.comparison is None:
            # "the surplus in March had risen from the RM6.2 billion positive balance during
            # the same period last year": a compared figure takes the earlier period its tail
            # says over the one its sentence opened with
            later = tail(fig, tight=False)
            if later is not None and later.comparison in _EARLIER:
                found = later
        result[fig.start] = found
        if found:
            claimed.add(found.start)
    # "Finland's surplus doubled in 1986 compared with 1985, from X to Y": a current figure
    # that found none since the figure before it takes one said before that, unclaimed
    # (the compared figure took "compared with 1985"), which it is not compared with
    for i, fig in enumerate(ordered):
        if result.get(fig.start) is None and fig.start in current and i > 0 and ordered[i - 1].start not in current:
            earlier = [p for p in periods if s_start <= p.start and p.end <= ordered[i - 1].start
                       and p.start not in claimed and p.comparison is None
                       and not compared(fig, p) and not ranks_within(p)]
            if earlier:
                result[fig.start] = earlier[-1]
                claimed.add(earlier[-1].start)
    # "In the same month last year, the deficit was X, accounting for Y in imports and Z
    # in exports": a period opening the sentence is that of each current figure stating
    # none (not of one compared with: "In 2019, exports fell to X from Y" - Y is 2018's).
    opening = next((p for p in periods if _OPENING_LEAD.fullmatch(text, s_start, p.start)
                    and _COMMA_AFTER.match(text, p.end)), None)
    if opening is not None:
        for fig in ordered:
            if result.get(fig.start) is None and fig.start > opening.end and fig.start in current:
                result[fig.start] = opening
    return result


def resolve(mention: PeriodMention | None, base: tuple[date, date] | None) -> tuple[date, date] | None:
    """The date range of a period mention, resolving comparison rules against ``base``."""
    if mention is None:
        return None
    if mention.comparison:
        if base is None:
            return None
        return resolve_comparison(mention, base[0], base[1])
    if mention.period_start is None or mention.period_end is None:
        return None
    return mention.period_start, mention.period_end


def previous_period(base: tuple[date, date], said: bool = False) -> tuple[date, date]:
    """The period an unlabelled comparison figure stands for ("rose to X in February
    from Y"): the month or quarter before a month or quarter, the year before a
    year, and a year earlier for a run of months ("the first two months ... from Y").
    A half is compared with the half before only where that is ``said`` ("half-on-half")."""
    start, end = base
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if not whole_months:
        return date(start.year - 1, start.month, start.day), _same_day_year_before(end)
    shift = months if months in (1, 3) or (said and months == 6 and start.month in (1, 7)) else 12
    return _add_months(start, -shift), _month_end(_add_months(end.replace(day=1), -shift))


_REVISION_WORD = re.compile(REVISION_WORD, re.IGNORECASE)
# Right after the compared figure, a change measured a year back: ", a 17.7 percent
# year-on-year decline", ", up 5% year on year", or that basis said alone.
_YEAR_ON_YEAR_CHANGE_AFTER = re.compile(
    r"[^.;$€£¥\d]{0,12}[\d.,]+\s*(?:%|percent|per\s?cent|pct)\s+(?:year[-\s]+on[-\s]+year|y/y|yoy|on\s+the\s+year)\b"
    # or the basis alone: "narrowed to X as against Y year-on-year", also after the figure's
    # noun ("from a $2.54 billion deficit year-on-year")
    r"|,?\s*(?:(?:trade\s+)?(?:deficit|surplus|shortfall|gap)\s+)?(?:year[-\s]+on[-\s]+year|y/y|yoy)\b",
    re.IGNORECASE)


# A basis said before the figure compared with, which the look ahead reaches over the
# decimal points of figures between ("to $5.2 billion in March from").
_FROM_AHEAD = r"(?=(?:[^.;]|\.(?=\d)){0,80}\b(?:from|against|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?$)"
# "up 45.2% year-on-year from OMR 3.51 billion", "rose 5% on the year to $3 billion from
# $2.86 billion": the figure compared with is a year older.
_YEAR_ON_YEAR = re.compile(r"\b(?:year[-\s]on[-\s]year|y/y|yoy|on\s+(?:the\s+)?year|annual(?:ly)?)\b" + _FROM_AHEAD,
                           re.IGNORECASE)
# "rose 4 per cent half-on-half to X from Y": the figure compared with is of the period before.
_PERIOD_ON_PERIOD = re.compile(r"\b(?:(?:month|quarter|half)[-\s]on[-\s](?:month|quarter|half)|q/q|m/m"
                               r"|on\s+a\s+(?:monthly|quarterly|semi-annual|half-yearly)\s+basis)\b" + _FROM_AHEAD,
                               re.IGNORECASE)


# The parallel clause after it compares a year back: "April exports fell to X compared
# with Y, while imports picked up to Z from W in the same month a year ago".
_PARALLEL_YEAR_AGO_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d))*?\b(?:while|whereas|and)\b(?:[^.;]|\.(?=\d))*?\b(?:an?\s+year\s+(?:ago|earlier|before)"
    r"|(?:the\s+)?same\s+(?:month|period|quarter)\s+(?:an?\s+year\s+(?:ago|earlier|before)|last\s+year"
    r"|of\s+(?:the\s+)?(?:last|previous|preceding)\s+year))\b", re.IGNORECASE)


def unlabelled_comparison_period(before: str, base: tuple[date, date], after: str = "",
                                 year_ago_before: bool = False) -> tuple[date, date]:
    """The period of a comparison figure that states none, ``before`` being its sentence
    up to it (``after`` the rest): the previous period, except in a revision, whose "from"
    figure is the old estimate of the same period ("was revised ... The revision was from
    X to Y"), and beside a year-on-year change, which compares with the same period a
    year before ("from Y, a 17.7 percent year-on-year decline"), as when the parallel
    clause after it compares a year back, or (``year_ago_before``) the sentence before
    compared its own figure with one a year back."""
    if _REVISION_WORD.search(before):
        return base
    year_on_year = _last(_YEAR_ON_YEAR, before)
    period_on_period = _last(_PERIOD_ON_PERIOD, before)
    if period_on_period is not None and (year_on_year is None or period_on_period.start() > year_on_year.start()):
        # "up 12.7% year-on-year from X, and up 4.1% quarter-on-quarter from Y": the
        # basis said nearest before the figure is its own
        return previous_period(base, said=True)
    if year_on_year is not None or _YEAR_ON_YEAR_CHANGE_AFTER.match(after) \
            or _PARALLEL_YEAR_AGO_AFTER.match(after) or year_ago_before and period_on_period is None:
        return same_period_a_year_before(base)
    return previous_period(base)


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _same_day_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _same_day_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date) -> date:
    following = _add_months(day, 1)
    return following - timedelta(days=1)


def period_against(base: tuple[date, date], against_period: str) -> tuple[date, date]:
    """The period a change of ``base``'s figure is measured against, by what the change
    says: the one before ("previous_period") or the same one a year before ("year_earlier")."""
    return previous_period(base, said=True) if against_period == "previous_period" else same_period_a_year_before(base)


def same_period_a_year_before(base: tuple[date, date]) -> tuple[date, date]:
    """The same stretch of days one year earlier: the first five months of 2016 for
    the first five months of 2017."""
    return same_period_in_year(base, base[0].year - 1)


def same_period_in_year(base: tuple[date, date], year: int) -> tuple[date, date]:
    """The same stretch of days in another year: January-September 2017 for
    January-September 2018 and 2017."""
    back = base[0].year - year
    start, end = base
    for _ in range(back):
        start, end = _same_day_year_before(start), _same_day_year_before(end)
    if (base[1] + timedelta(days=1)).day == 1:
        # ("July-February 2024-25" a year back ends on 29 February 2024: a month's end stays one)
        end = month_end(end.year, end.month)
    return start, end


def following_period(period: tuple[date, date]) -> tuple[date, date]:
    """The period a figure compared with ``period`` stands for, previous_period's
    inverse: 2015 after 2014, the second quarter after the first, May after April, and
    a year on for a run of months ("compared with X in the eight months of 2019" is
    said of 2020's eight months, not of the eight after them)."""
    start, end = period
    if start.day != 1 or (end + timedelta(days=1)).day != 1:
        return _same_day_year_after(start), _same_day_year_after(end)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    shift = months if months in (1, 3) else 12
    return _add_months(start, shift), _month_end(_add_months(end.replace(day=1), shift))
