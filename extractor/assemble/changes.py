"""Percentages that state a change of a figure, and their sign.

"rose 35 pct", "a 9.3% rise", "increasing by 15.3%", "a decline of 18.5%",
"25 pct below": the direction word next to the percentage, or on its way up the
parse, gives the sign. A share ("4.01% of total trade"), percentage points and a
change in volume or prices are not changes of the value figure.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.assemble.attach import root_of
from extractor.data.currencies import SCALES, SINGLE_WORD_NAMES
from extractor.data.lexicon import CHANGE_NOUNS, FALL_WORDS, NON_VALUE_CHANGE, PERCENT_UNIT, RISE_WORDS
from models import PercentMention

# The change nouns as one alternation: "rise", "increase", "contraction", ...
CHANGE_NOUN_RE = "(?:" + "|".join(sorted(CHANGE_NOUNS)) + ")"


def direction(tokens: list[Token]) -> int:
    """+1, -1, or 0 when no direction word governs or neighbours the percentage."""
    found = direction_word(tokens)
    return found[0] if found else 0


def _plain_or_bracketed(between) -> bool:
    """Whether what stands between "by" and a percentage lets the word before "by" govern
    it: no punctuation, or an amount of change and the bracket that opens on the percentage
    ("fell by $1.2 billion (18.9 per cent)")."""
    if not any(t.is_punct for t in between):
        return True
    return len(between) > 1 and between[-1].text == "(" and any(t.like_num for t in between[:-1]) \
        and not any(t.is_punct for t in between[:-1])


def _past_amount_said_or(doc, i: int) -> Token | None:
    """The token after an amount a percentage is said with ("12 percent, or Sh60 billion,
    increase", "12.1 percent or $3.8 million increase"), if one starts at ``i``: its words
    have digits, a currency's sign, or a scale."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "or":
        return None
    k = i + 1
    while k < len(doc) and k <= i + 5 and (any(ch.isdigit() for ch in doc[k].text) or doc[k].tag_ == "$"
                                            or doc[k].lower_ in SCALES):
        k += 1
    if k == i + 1:
        return None
    if k < len(doc) and doc[k].text == ",":
        k += 1
    return doc[k] if k < len(doc) else None


def direction_word(tokens: list[Token], exclude: frozenset[str] = frozenset(),
                   heads_first: bool = False) -> tuple[int, Token] | None:
    """The direction word (and its sign) that governs or neighbours a figure or percentage.

    For a percentage the neighbours come first ("25 pct below", "down 5 pct", "a 7.2%
    decrease"); for an amount the verb it hangs on ("widened to X, up from Y").
    """
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    # (not a participle past a comma, its own clause: "a decline of 12 percent, widening the
    # trade deficit" is a decline; "X, up from Y" is still up)
    neighbours = [doc[j] for j in (last.i + 1, first.i - 1, last.i + 2, first.i - 2) if 0 <= j < len(doc)
                  and not (j == last.i + 2 and doc[last.i + 1].text in (",", ";") and doc[j].tag_ == "VBG")]
    if (after := _past_amount_said_or(doc, last.i + 1)) is not None:
        neighbours.insert(1, after)  # "a 12 percent, or Sh60 billion, increase": the noun after the amount
    # "which is more by $12 billion or 23.9 percent": the word before "by" (the parse may
    # hang it on the amount)
    by = next((doc[j] for j in range(first.i - 1, max(-1, first.i - 8), -1) if doc[j].lower_ == "by"), None)
    if by is not None and by.i > 0 and not _passive_agent(by) and _plain_or_bracketed(doc[by.i + 1:first.i]):
        neighbours.append(doc[by.i - 1])
    heads: list[Token] = []
    # (from the token that hangs the whole figure outside it: "25.1 per cent" is three
    # tokens, and the parse may hang "per cent" on the number)
    head, below = root_of(tokens).head, None
    for _ in range(4):  # "grew at a slower pace of 5.6 per cent": four steps up to the verb
        if _passive_agent(head):
            break  # "was weighed down by December's $1.21bn deficit": the passive verb's subject moved, not the agent
        heads.append(head)
        heads.extend(c for c in head.children if c.dep_ in ("advmod", "prt", "acomp"))
        if head.pos_ == "VERB" and below is not None and below.lower_ == "by":
            # ("imports saw an increase, by 13.5 percent, to X": the change noun the verb
            # has for object, the percentage said apart after it)
            heads.extend(c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in CHANGE_NOUNS)
        if below is not None and below.lower_ == "of":
            # ("a growth rate of 37.2%": the change noun modifies the rate the percentage is
            # of; but "(growth rate – 6.1%)" leaves the dash's sign open)
            heads.extend(c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in CHANGE_NOUNS)
        # An amount's own verb ends the climb: past it lies another clause's direction
        # ("imports rose to X, while exports stood at Y").
        if head.head.i == head.i or (heads_first and head.pos_ in ("VERB", "AUX")):
            break
        head, below = head.head, head
    for tok in (heads + neighbours if heads_first else neighbours + heads):
        word, lemma = tok.text.lower(), tok.lemma_.lower()
        if word in exclude or lemma in exclude:
            continue
        if tok.i < first.i and _than_follows(tok):
            # "fell more than four per cent": a bound before the number, not its direction;
            # "rose a smaller-than-expected 2.1%": a comparison with the forecast
            continue
        if tok.i < first.i and tok.tag_ in ("JJR", "RBR") and tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an"):
            # "grew by a smaller 9%": the size beside another change, not the direction
            continue
        # "a negative growth of 29.93%" is a fall: the adjective turns the word round.
        negated = -1 if any(c.dep_ == "amod" and c.lower_ == "negative" for c in tok.children) else 1
        if word in RISE_WORDS or lemma in RISE_WORDS:
            return negated, tok
        if word in FALL_WORDS or lemma in FALL_WORDS:
            return -negated, tok
    return None


def _passive_agent(by) -> bool:
    """"by" bringing in a passive verb's agent ("was weighed down by X"), not the size of a
    change (the parse calls "dropped by £5.1 billion" an agent too, with no passive)."""
    return by.dep_ == "agent" and any(c.dep_ == "auxpass" for c in by.head.children)


def _than_follows(tok) -> bool:
    """Whether "than" follows the word, or a hyphen and then "than" ("smaller-than-expected")."""
    doc, after = tok.doc, tok.i + 1
    if after + 1 < len(doc) and doc[after].text in ("-", "‐"):
        after += 1
    return after < len(doc) and doc[after].lower_ == "than"


# A percentage that a rate or share moved to: "the share fell to 42.8%" (but "up to 5%" is a bound).
_RATE_LEVEL = re.compile(r"(?<!\bup )\bto\s+(?:(?:about|around|nearly|almost|some|just|roughly|over|"
                         r"under|more\s+than|less\s+than)\s+)?$", re.IGNORECASE)

# ... except a change said with "to" right after a figure, against a period (copy in
# translation: "trade reached 2.42 billion USD, increased to 14.9% compared to 2017").
_CHANGE_SAID_AS_TO = re.compile(r"\d[^.;%]{0,40}?,\s*(?:increased|increasing|rose|rising|grew|growing|decreased|"
                                r"decreasing|declined|declining|fell|falling|dropped|dropping|jumped)\s+to\s+$",
                                re.IGNORECASE)
_AGAINST_A_PERIOD = re.compile(r"\s*,?\s*(?:compared\s+(?:to|with)|against|over|from|on)\s+(?:the\s+same\s+period|"
                               r"the\s+previous|the\s+corresponding|last\s+year|a\s+year|(?:19|20)\d\d\b)"
                               r"|\s*(?:year[-\s]on[-\s]year|y-o-y|yoy)\b", re.IGNORECASE)

# ... or after "from", once the new level is said: "fell to 38 percent in March from 46 percent".
_RATE_PAIR_FROM = re.compile(rf"\bto\s+\d[\d.,]*\s?{PERCENT_UNIT}[^.;%]{{0,60}}?\bfrom\s+(?:about\s+|around\s+)?$",
                             re.IGNORECASE)

# Its earlier level, in brackets after it.
_EARLIER_RATE_LEVEL = re.compile(rf"\bto\s+\d[\d.,]*\s?{PERCENT_UNIT}\s*\([^()%]{{0,30}}$", re.IGNORECASE)


# "The share was 58.1 percent, up from 54.9 percent": two levels of a rate, not changes.
_RATE_MOVED_FROM = re.compile(rf"\s*,?\s*(?:up|down)\s+from\s+(?:about\s+|around\s+)?[\d.,]+\s*{PERCENT_UNIT}",
                              re.IGNORECASE)
_RATE_MOVED_BEFORE = re.compile(rf"[\d.,]+\s*{PERCENT_UNIT}\s*,?\s*(?:up|down)\s+from\s+(?:about\s+|around\s+)?$",
                                re.IGNORECASE)


# A percentage measured against something other than the figure's own earlier level: a
# target or forecast ("9 percent lower than the target", "5% below the forecast"), or
# another series ("150% more than its exports to Russia").
_AGAINST_OTHER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:than|below|above|short\s+of|ahead\s+of)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
    r"(?:(?:[\w'’]+\s+){0,2}(?:target|targets|forecast|forecasts|goal|plan|projection|projections|estimate|"
    r"estimates|expectation|expectations|consensus|budget|budgeted)\b|(?:exports?|imports?)\s+(?:to|from)\b)",
    re.IGNORECASE)
# A forecast's change, set beside the figure's own: "economists' forecast for a 0.3 percent
# increase", "a poll's estimate of a 2% rise", "the consensus of 1.5%".
_FORECAST_OF = re.compile(r"\b(?:forecasts?|estimates?|expectations?|consensus|projections?|predictions?)\s+"
                          r"(?:of|for)\s+(?:an?\s+)?(?:(?:rise|fall|increase|decrease|decline|gain|drop)\s+of\s+)?$",
                          re.IGNORECASE)
# A rate over many years, not a change on the period before: "an average annual rate of
# 9.4 percent", "a compound annual growth rate of 6%".
_AVERAGE_RATE = re.compile(r"\b(?:average|compound(?:ed)?|annuali[sz]ed)\s+(?:annual\s+|yearly\s+)?(?:growth\s+)?"
                           r"rate\s+of\s+(?:about\s+|around\s+|some\s+)?$|\bCAGR\s+of\s+$", re.IGNORECASE)


# "Exports made up $8.84 billion, or 66.6 percent": the part's share of the whole said
# after its value, no change (nor is "accounted for X (21%)").
_SHARE_AFTER_PARTS_VALUE = re.compile(
    r"\b(?:(?:made|make|makes|making)\s+up|account(?:ed|s|ing)?\s+for|constitut(?:ed|es|ing)|compris(?:ed|es|ing))"
    r"\s+[^,;()%]{1,40}?(?:\s*,\s*|\s*\(\s*)(?:or\s+)?(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$",
    re.IGNORECASE)


# A currency owning the change: "the dollar's 35-40 pct decline", "the yen's 20 percent rise".
_CURRENCYS_OWN = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in SINGLE_WORD_NAMES | {"currency"}),
                                                         key=len, reverse=True))
                            + r")['’]s\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def is_value_change(pct: PercentMention, tokens: list[Token], text: str) -> bool:
    """Not a share, not points, not a volume or price change, not against a target or
    another series, not an average rate over years."""
    if pct.points or pct.fraction:
        return False
    if _AGAINST_OTHER.match(text, pct.end) or _AVERAGE_RATE.search(text, max(0, pct.start - 50), pct.start):
        return False
    if _SHARE_AFTER_PARTS_VALUE.search(text, max(0, pct.start - 80), pct.start):
        return False  # "made up $8.84 billion, or 66.6 percent": a share
    if _CURRENCYS_OWN.search(text, max(0, pct.start - 40), pct.start):
        return False  # "as a result of the dollar's 35-40 pct decline": the currency's
    if _FORECAST_OF.search(text, max(0, pct.start - 40), pct.start):
        return False  # "in contrast to economists' forecast for a 0.3 percent increase": not the figure's
    if _RATE_MOVED_FROM.match(text, pct.end) or _RATE_MOVED_BEFORE.search(text, max(0, pct.start - 40), pct.start):
        return False
    if _CHANGE_SAID_AS_TO.search(text, max(0, pct.start - 60), pct.start) and _AGAINST_A_PERIOD.match(text, pct.end):
        return True  # "reached 2.42 billion USD, increased to 14.9% compared to 2017": the figure's change
    if _RATE_LEVEL.search(text, max(0, pct.start - 40), pct.start) \
            or _EARLIER_RATE_LEVEL.search(text, max(0, pct.start - 80), pct.start) \
            or _RATE_PAIR_FROM.search(text, max(0, pct.start - 100), pct.start):
        return False  # "fell to 42.8% (in June 2016 – 45.5%)": levels of a rate or share, not changes
    after = text[pct.end:pct.end + 6].lower()
    if after.lstrip().startswith("of ") and "decline of" not in text[max(0, pct.start - 14):pct.start].lower():
        return False
    near = tokens[0].doc[max(0, tokens[0].i - 3):tokens[-1].i + 5]
    # "at current prices" is the value itself, as against one at constant prices.
    window = {t.text.lower() for t in near if not (t.lower_ in ("price", "prices") and t.i > 0
                                                   and t.doc[t.i - 1].lower_ == "current")}
    if window & {"volume", "volumes"} and _TO_MONEY.match(text, pct.end):
        return True  # "The export volume dropped 11.5 percent to 1.4 billion dollars": a value's volume
    return not (window & NON_VALUE_CHANGE)


# What a change leads to, when it is money: "... to 1.4 billion dollars", "... to $1.4 billion".
_TO_MONEY = re.compile(r"[^.;%]{0,30}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
                       r"(?:(?:US)?\$|€|£|¥|[A-Z]{3}\s?)\s?\d|[^.;%]{0,30}?\bto\s+[\d.,]+\s*(?:billion|million|trillion|bn|mn)\s+"
                       r"(?:U\.?S\.?\s+)?(?:dollars|euros|yuan|yen|pounds|rupees|dlrs)\b")


_OWNER = re.compile(r"\s*['’]s?\s+(?:\w+\s+)?(?:revised\s+)?[\d.,]+\s*(?:%|percent|per\s?cent|pct)", re.IGNORECASE)


def measured_against(pct: PercentMention, comparison_periods: list, stops: list[int], text: str) -> str | None:
    """What the percentage is measured against, where the words after it say: the period
    just before ("5.2% on the previous month", "up 3% quarter-on-quarter"), or the same
    period a year earlier ("year-on-year", "the corresponding period last year"). The
    comparison period follows the percentage in its clause, before the next percentage;
    the figure and a restated amount may come between ("by 14 per cent or $1.4 million
    to $10.9 million from the preceding month")."""
    if _ANNUAL_BEFORE.search(text, max(0, pct.start - 30), pct.start):
        return "year_earlier"  # "sank an annual 13 percent", "a 4% annual downtick" is after
    named = _BASIS_OF_CHANGE_NOUN.search(text, max(0, pct.start - 60), pct.start) \
        or _BASIS_BEFORE_CHANGE_NOUN.match(text, pct.end) \
        or _BASIS_BEFORE_BY.search(text, max(0, pct.start - 40), pct.start)
    if named:
        # "a month-on-month increase of 4.1 percent and a year-on-year growth of 17.3
        # percent": the change noun's own basis, whatever period follows
        return _against_of(named.group("basis"))
    limit = min([s for s in stops if s > pct.end] + [pct.end + _REACH])
    clause = _CLAUSE_BREAK.search(text, pct.end, limit)
    if clause:
        limit = clause.start()
    # ("fell 5.1% in June, reversing the prior month's 4.5% gain": a period said as the
    # owner of the next change is that change's, not what this one is against)
    following = [p for p in comparison_periods if pct.end <= p.start < limit and not _OWNER.match(text, p.end)]
    if following:
        return _AGAINST.get(following[0].comparison)
    # "Compared with the same month last year, exports were up 7.4%": the basis said first
    # "On a month-on-month basis, exports rose 7.2 per cent": a basis set off before
    leading = [p for p in comparison_periods if p.end <= pct.start and pct.start - p.end <= _REACH
               and (_COMPARED_FIRST.search(text, max(0, p.start - 20), p.start) or _SET_OFF.match(text, p.end))
               and (not _CLAUSE_BREAK.search(text, p.end, pct.start) or _OPENS_ITS_SENTENCE.search(text, 0, p.start)
                    and _SET_OFF.match(text, p.end) and not _SENTENCE_END.search(text, p.end, pct.start))]
    return _AGAINST.get(leading[-1].comparison) if leading else None


# A basis opening its sentence, set off by a comma, is every change's in it: "Year over
# year, exports were up 6.1 per cent, while imports rose 3.9 per cent".
_OPENS_ITS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:on|in)\s+(?:an?\s+|the\s+)?)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _against_of(basis: str) -> str:
    """What a basis word says a change is against: "annual", "year-on-year", "y/y" the
    year before; "monthly", "quarter-on-quarter" the period before."""
    return "year_earlier" if basis.lower().startswith(("annual", "year", "y/y", "y-o-y")) else "previous_period"


_REACH = 100
_SET_OFF = re.compile(r"\s*(?:basis\s*)?,")
_ANNUAL_BEFORE = re.compile(r"\b(?:an?\s+)?(?:annual|yearly|year-on-year|y/y)\s+(?:rate\s+of\s+)?$", re.IGNORECASE)
# Words that say a change's basis, spelt out ("month-on-month", "annual").
_BASIS_SPELT = (r"month-on-month|month-over-month|monthly|quarter-on-quarter|quarter-over-quarter|quarterly|"
                r"year-on-year|year-over-year|annual|yearly")
# ... the bases written short, and the qualifiers a percentage may take after them
_BASIS_SHORT = r"m/m|q/q|y/y"
_QUALIFIER_BEFORE_PERCENT = r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?"
# The basis said as the change noun's adjective: "a month-on-month increase of", "a year-on-year growth of".
_BASIS_OF_CHANGE_NOUN = re.compile(
    r"\b(?P<basis>" + _BASIS_SPELT + "|" + _BASIS_SHORT + r")\s+" + CHANGE_NOUN_RE + r"\s+(?:of|by)\s+"
    + _QUALIFIER_BEFORE_PERCENT + "$", re.IGNORECASE)
# ... or after the verb, before "by" and the percentage: "rose year-on-year by 14.9% (and
# quarter-on-quarter by 2.1%)", "rose y-o-y by 14.9%" (Nigerian copy).
_BASIS_BEFORE_BY = re.compile(r"\b(?P<basis>" + _BASIS_SPELT + "|y-o-y|q-o-q|m-o-m|" + _BASIS_SHORT + r")\s+by\s+"
                              + _QUALIFIER_BEFORE_PERCENT + "$", re.IGNORECASE)
# ... or after the percentage, before the change noun: "a 27.5% monthly increase".
_BASIS_BEFORE_CHANGE_NOUN = re.compile(r"\s+(?P<basis>" + _BASIS_SPELT + r")\s+" + CHANGE_NOUN_RE + r"\b",
                                       re.IGNORECASE)
_COMPARED_FIRST = re.compile(r"\b(?:compared\s+(?:with|to)|against|relative\s+to|versus)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|but)\b")
# A comparison period's rule, as what a change is measured against.
_AGAINST = {"previous_period": "previous_period", "year_earlier": "year_earlier",
            "same_period_of_year": "year_earlier"}


# "$30.7 billion (down 41.1%)", "Sh12 billion in 2022 (+5.1% y/y)": a change in brackets
# right after a figure (past its period at most) is that figure's.
_BRACKET_OPEN = re.compile(r"[\s,]*(?:(?:in|during|for)\s+[^()\d.;]{0,25}(?:(?:19|20)\d\d)?\s*)?\(\s*"
                           # "imports stood at PLN 422.11 billion, up by 9.8 percent": set off by a comma
                           # or "a deficit of $2,393.8 million, 59.5% more than in 2021"
                           # (past its period: "118.99 billion dollars in the first 11 months, up 17.2%")
                           rf"|(?:\s+(?:in|during|for)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+)?(?:\d{{1,2}}\s+)?"
                           rf"[^()\d.;,]{{0,25}}?(?:\s*(?:19|20)\d\d)?)?"
                           rf"\s*,\s*(?=(?:up|down)\s|(?P<bare>[\d.,]+\s*{PERCENT_UNIT}\s))",
                           re.IGNORECASE)
# A sign is set right against its number ("(-6.1%)"); a dash between spaces separates
# ("(growth rate – 6.1%)" is no fall).
# ("up nearly 65% from a year ago": a qualifier may stand before the number)
_SIGN_WORD = re.compile(r"(?P<word>[A-Za-z]+)\s+(?:[–—-]\s+)?(?:by\s+)?"
                        r"(?:(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|over)\s+)?$"
                        r"|(?:^|(?<=[\s(]))(?P<sign>\+\s*|[\-−–])$")
_RESTATED = re.compile(r"(?:an?\s+)?(?P<word>[A-Za-z]+)\s+(?:of\s+|by\s+)?[^()%]{1,25}?\s+or\s+$")
_SIGN_AFTER = re.compile(r"\s+(more|higher|greater|above|less|lower|below)\s+than\b", re.IGNORECASE)


def bracketed_change(text: str, figure_end: int, percents: list[PercentMention]) -> tuple[int, PercentMention] | None:
    """The sign and percentage of a change in brackets right after a figure, if one is."""
    opened = _BRACKET_OPEN.match(text, figure_end)
    if opened is None:
        return None
    inside = next((p for p in percents if opened.end() <= p.start <= opened.end() + 40), None)
    if inside is None or inside.points or inside.fraction:
        return None
    if inside.start == opened.end():
        after = _SIGN_AFTER.match(text, inside.end) if opened.group("bare") else None
        if after is None:
            return None  # "(45.5%)": a share or a rate, no direction said
        return (1 if after.group(1).lower() in ("more", "higher", "greater", "above") else -1), inside
    lead = _SIGN_WORD.search(text[opened.end():inside.start])
    if lead is None:
        return None
    restated = _RESTATED.match(text, opened.end(), inside.start)
    if restated is not None:  # "(an increase of €810.6m or 13.9%)": the change said in money first
        lead = restated
    if lead.re is _SIGN_WORD and lead.group("sign"):
        return (1 if lead.group("sign").strip() == "+" else -1), inside
    word = lead.group("word").lower()
    if word in RISE_WORDS:
        return 1, inside
    if word in FALL_WORDS:
        return -1, inside
    return None


# "a surplus of 625.9 billion yen in April, the ministry said on Monday - up 30.9 percent
# on year": a change appended after the attribution, about the sentence's figure.
_APPENDED = re.compile(r"[-–—,]\s*(?:up|down)\s+(?:by\s+)?$", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"\b(?:said|says|showed|shows|reported|announced|according\s+to)\b", re.IGNORECASE)


_APPOSED_OPEN = re.compile(r"\s*,?\s+or\s+(?:an?\s+)?$", re.IGNORECASE)
_APPOSED_NOUN = re.compile(r"\s+(?:year-on-year\s+|annual\s+)?(?P<word>[a-z]+)\b", re.IGNORECASE)


def apposed_change(text: str, figure_end: int, percents: list[PercentMention]) -> tuple[int, PercentMention] | None:
    """"amounted to 580 billion yuan or 7.6 percent rise": a change said right after the
    figure, joined by "or", with its direction as a noun after it."""
    pct = next((p for p in percents if figure_end < p.start <= figure_end + 12), None)
    if pct is None or pct.points or pct.fraction or not _APPOSED_OPEN.fullmatch(text, figure_end, pct.start):
        return None
    noun = _APPOSED_NOUN.match(text, pct.end)
    word = noun.group("word").lower() if noun else ""
    if word in RISE_WORDS:
        return 1, pct
    if word in FALL_WORDS:
        return -1, pct
    return None


def appended_change(text: str, pct: PercentMention, figure_end: int) -> bool:
    """Whether ``pct`` is a change appended after an attribution that follows a figure."""
    between = text[figure_end:pct.start]
    return bool(_APPENDED.search(between)) and bool(_ATTRIBUTION.search(between)) and len(between) <= 120


# "a monthly and yearly decline of 6% and 21.5%, respectively": each percentage's basis
# said in a list before them, in order.
_BASIS_WORD = (r"(monthly|month-on-month|month-over-month|quarterly|quarter-on-quarter|annual|yearly|"
               r"year-on-year|year-over-year)")
_RESPECTIVE_BASES = re.compile(
    _BASIS_WORD + r"\s+and\s+" + _BASIS_WORD + rf"\b[^.;%]{{0,60}}?(\d[\d.,]*\s*{PERCENT_UNIT})"
    rf"\s*,?\s*and\s*(\d[\d.,]*\s*{PERCENT_UNIT})[^.;]{{0,30}}?\brespectively", re.IGNORECASE)


# "20.4 per cent and 35.1 per cent higher than in the preceding and corresponding
# quarters": the two periods after two percentages, in order.
_PERIOD_BEFORE_WORDS = ("preceding", "previous", "prior")
_PERIOD_WORD = r"(preceding|previous|prior|corresponding|comparable|same)"
_RESPECTIVE_PERIODS = re.compile(
    rf"(\d[\d.,]*\s*{PERCENT_UNIT})\s*,?\s*and\s*(\d[\d.,]*\s*{PERCENT_UNIT})(?:[^.;%]|\.(?=\d)){{0,90}}?\b(?:the\s+)?"
    + _PERIOD_WORD + r"\s+and\s+(?:the\s+)?" + _PERIOD_WORD + r"\s+(?:quarters?|months?|periods?|years?|halves)\b",
    re.IGNORECASE)


def respective_bases(text: str, start: int, end: int) -> dict[int, str]:
    """Where a sentence lists the bases of two percentages "respectively": each one's
    start offset and what it is measured against."""
    out = {}
    for m in _RESPECTIVE_BASES.finditer(text, start, end):
        for basis, group in ((m.group(1), 3), (m.group(2), 4)):
            out[m.start(group)] = _against_of(basis)
    for m in _RESPECTIVE_PERIODS.finditer(text, start, end):
        first, second = (m.group(k).lower() in _PERIOD_BEFORE_WORDS for k in (3, 4))
        if first == second:
            continue  # one basis said twice: nothing to pair
        for before, group in ((first, 1), (second, 2)):
            out[m.start(group)] = "previous_period" if before else "year_earlier"
    return out


# (past participles too, as machine-translated agency copy writes them: "imports totalled
# RM6.42 billion, decreased by 20.3%")
_PARTICIPLE_CHANGE = re.compile(
    r"\s*,\s*(?:increasing|decreasing|rising|falling|growing|declining|dropping|jumping|climbing|sliding"
    r"|increased|decreased|declined|dropped|jumped|climbed|surged|plunged)\s+"
    r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE)


# What sets a phrase off right after a figure, past the figure's period at most: "$3.2
# billion in the first quarter, ".
SET_OFF_AFTER_FIGURE = r"(?:\s+(?:in|for|during)\s+[^,;.%$€£¥–—]{1,40}?)?\s*(?:,|[–—]|\s-)\s*"

# "... and to $3.2 billion in the first quarter, a rise of 6.1 percent": a change noun set
# off after a figure (and its period) is that figure's, whatever verb the parse hangs it on.
# ("..., growth made 10.9%", "..., the growth was 10.9%": the change said as its own clause,
# as agency copy in translation writes it)
_APPOSITIVE_CHANGE = re.compile(
    SET_OFF_AFTER_FIGURE + r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?" + CHANGE_NOUN_RE
    + r"\s+(?:of|made|was|amounted\s+to|stood\s+at|reached)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$",
    re.IGNORECASE)


# "$5.932 billion in the first quarter of 2022, a 16.6 per cent increase from ...": the
# percentage before its change noun, the phrase set off after the figure (and its period).
_APPOSITIVE_PERCENT = re.compile(SET_OFF_AFTER_FIGURE + r"an?\s+$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:(?:year[-\s]on[-\s]year|annual|monthly)\s+)?" + CHANGE_NOUN_RE + r"\b",
                                re.IGNORECASE)


def apposed_percent_change(text: str, figure_end: int, pct: PercentMention) -> bool:
    """Whether the percentage opens a change noun phrase set off right after the figure
    ending at ``figure_end`` ("$5.9 billion in the first quarter, a 16.6 per cent increase")."""
    return 0 <= pct.start - figure_end <= 90 and _APPOSITIVE_PERCENT.fullmatch(text, figure_end, pct.start) is not None \
        and _CHANGE_NOUN_AFTER.match(text, pct.end) is not None


# "followed by the US ($4.356B; down 9.57%)": a change in the bracket that holds a listed
# figure, after it.
_BRACKET_OPENS = re.compile(r"\(\s*$")
# ("Romania (USD 331.2 mln, +3.6%), Russia (USD 141.9 mln, -18.8%)": the sign alone, Moldovan copy)
_CHANGE_IN_BRACKET = re.compile(r"\s*[;,]\s*(?:(?:up|down|rising|falling|increasing|decreasing)\s+(?:by\s+)?"
                                r"|[+\-−–])$", re.IGNORECASE)


def change_in_figures_bracket(text: str, money, pct) -> bool:
    """Whether the percentage is a change set after the figure inside the figure's own
    bracket ("($4.356B; down 9.57%)")."""
    return _BRACKET_OPENS.search(text, max(0, money.start - 3), money.start) is not None \
        and _CHANGE_IN_BRACKET.fullmatch(text, money.end, pct.start) is not None \
        and text[pct.end:pct.end + 2].lstrip().startswith(")")


def participle_change(text: str, figure_end: int, pct_start: int) -> bool:
    """Whether the percentage at ``pct_start`` is a participle's or a change noun's set off
    right after the figure ending at ``figure_end`` ("$37.5 billion, increasing 12.5%",
    "$3.2 billion in the first quarter, a rise of 6.1 percent")."""
    gap = pct_start - figure_end
    if 0 <= gap <= 40 and _PARTICIPLE_CHANGE.fullmatch(text, figure_end, pct_start):
        return True
    return 0 <= gap <= 90 and _APPOSITIVE_CHANGE.fullmatch(text, figure_end, pct_start) is not None
