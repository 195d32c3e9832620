"""The library entry points: one article, or a stream of them, to article results.

The cheap recognisers run over the whole text; only the sentences that can hold a
trade figure (a money figure and a trade word) go through the statistical parser,
batched with ``nlp.pipe``. The spaCy component path (``doc._.trade_facts``) reuses
the same assembly on a doc the pipeline has already parsed.
"""
from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from extractor.assemble.changes import CHANGE_NOUN_RE
from extractor.assemble.context import ArticleContext, ParsedSentence, display_names
from extractor.assemble.facts import Assembler
from extractor.check import check
from extractor.data.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES
from extractor.data.currencies import PREFIX_CODES
from extractor.data.lexicon import (
    EARLIER_RECORD, FALL_WORDS, FIGURE_ANAPHOR_NOUNS, FIGURE_WORDS, LIST_GOING_ON, LIST_ROLE_MEASURES, MARKETS_ABROAD,
    RISE_WORDS,
)
from extractor.limits import (DEFAULT_TIME_LIMIT, MAX_SENTENCE_CHARS, MAX_TEXT_CHARS, NO_DEADLINE, ArticleTimeout,
                              Deadline)
from extractor.recognise import find_percents, find_periods, header_date, sentence_spans
from extractor.recognise.story import read_story
from models import ArticleResult

# A sentence is worth parsing only when it has a figure and one of these words.
_TRADE_WORD = re.compile(r"(?i:export|import|trade|surplus|deficit|balance|saldo|shipment|turnover|gap|shortfall|exchanged"
                         r"|trading|(?:foreign|overseas|external)\s+(?:sales|purchases|goods)|abroad|shipped"
                         # "Uruguayan sales to China", "purchases from Brazil" (triggers.py checks the economy)
                         r"|\b(?:sales|purchases)\s+(?:to|from)\b"
                         # an economy buying or selling goods across the border, supplies to another
                         # (not the base forms, "buy", "sell", "purchase": common in any business
                         # copy, they would send many more sentences to the parser)
                         r"|\b(?:bought|buys|buying|purchased|purchasing|sold|sells|selling"
                         r"|supplies|supplied|deliveries|sourced|sourcing|dispatched)\b"
                         # "goods worth $0.9bn came from China" (triggers.py checks the way and the economy)
                         r"|\bgoods\s+(?:worth|to\s+the\s+value\s+of|sent\s+to)\b"
                         r"|commercial\s+(?:(?:ex|inter)change|flows?)"
                         # "the goods exchange", "the exchange of goods" (triggers.py reads it)
                         r"|\b(?:goods|commodity)\s+exchange|\bexchange\s+of\s+(?:goods|commodities)\b"
                         # intra-EU statistics' flows (triggers.py checks the sentence speaks of it)
                         r"|\b(?:dispatches|arrivals)\b"
                         # the balance of payments' "goods credits" and "goods debits" (triggers.py)
                         r"|\bgoods\s+(?:credits|debits)\b"
                         # "sales on the international market" (triggers.py)
                         r"|\bsales\s+(?:on|in|to)\s+(?:the\s+)?(?:" + "|".join(sorted(MARKETS_ABROAD)) + r")"
                         r"\s+markets?\b)")

# "Its main suppliers were China with $3.1 billion, followed by ...": a sentence ranking
# partners by a role (lists.py) is about trade without a trade word.
# "... followed by the U.K. with $1.05 billion" goes on with the ranking just before.
_LIST_ROLE = re.compile(r"\b(?:" + "|".join(sorted(LIST_ROLE_MEASURES, key=len, reverse=True)) + r"|"
                        + LIST_GOING_ON + r")\b", re.IGNORECASE)

# ... and the form that names the figure with a noun, which may refer to trade said
# without a figure ("Trade between A and B grew. The total value amounted to X").
# ("The new figure was 14.8% higher", "the latest figure")
# ("the 2018 figure is up from X": the figure named by its year)
# ("The figures for the same period last year were X and Y, respectively": plural too)
# ("The May figure had been reported as X": the figure named by its month)
_NOUN_ANAPHOR_RE = (r"(?:this|that|these|those|the)\s+(?:(?:19|20)\d\d\s+|(?:" + "|".join(MONTH_NAMES)
                    + r")(?:['’]s)?\s+)?(?:total\s+|overall\s+|same\s+|combined\s+"
                    r"|corresponding\s+|comparable\s+|new\s+|latest\s+|final\s+|monthly\s+|annual\s+)?(?:"
                    + "|".join(sorted(FIGURE_ANAPHOR_NOUNS)) + r")s?\b"
                    # ("The previous record was $41.2 billion": the same series' earlier peak)
                    r"|the\s+" + EARLIER_RECORD
                    # ("Their cumulative total at the end of July stood at X": the flow's, said before)
                    + r"|(?:its|their)\s+(?:cumulative\s+|overall\s+)?total\b")
# An opening phrase may stand before it: "In 2022, the figure was $14.2 billion",
# "According to the State Statistics Committee of Uzbekistan, this figure rose 9 percent".
# ... or, with no comma, a period: "Last year it reached $26.1 billion", "In April they totalled X".
# ... or a reported clause's opening: "The Central Bank explained that the figure is higher".
_OPENING = (r"\s*(?:[^,.;]{1,80},\s*|[^,.;]{1,80}?\b(?:said|says|explained|explains|noted|notes|added|adds|stated"
            r"|states|reported|reports|indicated|indicates|showed|shows|revealed|reveals)\s+(?:that\s+)?"
            r"|(?i:(?:last|this)\s+year|in\s+(?:19|20)\d\d)\s+"
            r"|(?i:in|during)\s+(?:" + "|".join(MONTH_NAMES) + r")(?:\s+(?:19|20)\d\d)?\s+)?")
_NOUN_ANAPHOR = re.compile(_OPENING + _NOUN_ANAPHOR_RE, re.IGNORECASE)
# ("Exports to Japan and the U.S. hit peaks. The former jumped 14.9 percent to X": one of
# the pair the flow said before named)
_PRONOUN_SUBJECT = re.compile(_OPENING + r"(?:they|these|it|the\s+(?:former|latter))\b", re.IGNORECASE)
# How a pronoun's figure moved: "They went up from X in May to Y in June", "It slumped to
# X": the lexicon's rises and falls said in the past (not those that take an object, "It
# cut rates by 0.5%"), and the phrasal moves.
_TAKES_AN_OBJECT = {"boosted", "lifted", "hiked", "bumped", "reduced", "added", "cut", "shed", "lost", "halved"}
_PRONOUN_MOVES = "|".join(sorted(
    {w for w in RISE_WORDS | FALL_WORDS if w.endswith("ed") or w in {"rose", "risen", "fell", "fallen", "grew", "grown",
                                                                     "shrank", "shrunk", "sank", "sunk", "slid", "shot",
                                                                     "leapt", "swollen"}}
    - _TAKES_AN_OBJECT, key=len, reverse=True)) + r"|(?:went|gone|moved|edged|inched|crept)\s+(?:up|down|higher|lower)"
_FIGURE_ANAPHOR = re.compile(_OPENING + r"(?:" + _NOUN_ANAPHOR_RE +
                             r"|(?:this|that)\s+(?:is|was|represents|represented|marks|marked|compares|compared"
                             # ("This showed a 3.75% increase over the same period last year")
                             r"|shows|showed|reflects|reflected)\b"
                             # ("That's 16.4 per cent higher than the US$592.3 million ...")
                             r"|(?:this|that)['’]s\b"
                             # "They rose from N$4.10 billion in March 2023 to N$5.01 billion"
                             # "Those to the United States rose 9.9 percent": the flow said before
                             r"|those\s+(?:to|from|with)\s+|the\s+(?:former|latter)\s+"
                             # "Of that, $1.2 billion went to Uganda": a part of the figure before
                             r"|of\s+(?:this|that|these|those|the\s+(?:total|figure|amount|sum))\s*,"
                             # ("Export receipts improved by 106%. These amounted to X": a plural pronoun)
                             r"|(?:it|they|these)\s+(?:also\s+)?(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:"
                             + _PRONOUN_MOVES + r"|reached|stood|totall?ed|amounted|were|was|"
                             # "It is down by 1.95 percent as compared to the same period last year": said in
                             # the present, how the figure before moved
                             r"(?:is|are)\s+(?:also\s+|now\s+)?(?:up|down|\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)"
                             # ... or names the move ("It is a 14.5 percent rise on the previous year")
                             r"|an?\s+(?:[\w.,-]+\s+){0,3}?" + CHANGE_NOUN_RE + r")|"
                             r"rises|rise|falls|fall|grows|grow|increases|increase|decreases|decrease|declines|decline|"
                             # "In January, it had widened to $8.1 billion": a balance's size
                             r"widened|narrowed|swelled|swollen|shrank|shrunk|expanded|contracted|hit|surged|soared|"
                             r"plunged|slipped|eased|rebounded|"
                             # "Cumulatively, it improved over the first nine months to X" (Senegalese copy)
                             r"improved|worsened|deteriorated|deepened|ballooned)\b)",
                             re.IGNORECASE)


# ... or an economy's share of it: "China accounted for $1.46 billion of that amount",
# "Russia made up $0.9 billion of the total" (attach.py checks the subject is a name).
_SHARE_OF_FIGURE_BEFORE = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|represented|represents|constituted|constitutes)\s+"
    r"(?:[^.;]|\.(?=\d)){1,60}?\bof\s+(?:this|that|these|those|the\s+(?:total|figure|amount|sum)|(?:this|that)\s+(?:total|figure|amount|sum))\b",
    re.IGNORECASE)


# ... and, after a sentence that was parsed, a clause anywhere in the sentence that gives
# the change of the figure just said, without naming it: "The statistician said that even
# though it grew on a monthly basis, when compared to May last year it was still down 7.3
# percent", "Compared to the same month last year, there was a decline of 3.9 percent",
# "On an annual basis, the decline was 11.5 percent" (attach.py finds what it is of).
_CHANGE_OF_FIGURE_BEFORE = re.compile(
    r"\b(?:(?:it|they)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:still\s+|also\s+)?(?:up|down)\b"
    r"|there\s+(?:was|were|has\s+been|had\s+been)\s+an?\s+(?:[\w-]+\s+){0,2}?" + CHANGE_NOUN_RE + r"\b"
    r"|the\s+(?:[\w-]+\s+)?" + CHANGE_NOUN_RE + r"\s+(?:was|is|stood|came\s+to|amounted\s+to)\b"
    # ("The 7.83% decrease came as manufacturing slowed": the change sized as the subject)
    r"|\bthe\s+\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)\s+" + CHANGE_NOUN_RE + r"\b)",
    re.IGNORECASE)


class ArticleError(ValueError):
    """An article that cannot be processed; the message names the problem."""


@dataclass
class Article:
    """One article to process; ``error`` set means its input could not even be read."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    error: str | None = None


def parse_published(value) -> date | None:
    """A publication date from a date, a datetime or an ISO string; bad ones raise ArticleError."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ArticleError(f"impossible publication date {value!r}") from None
    raise ArticleError(f"publication date of unexpected type {type(value).__name__}")


# "Hungaryʼs surplus": the modifier letter apostrophe some outlets type is a letter to
# the recognisers ("Hungaryʼs" one word); read as the apostrophe it stands for (one
# character for one, so every offset holds)
_APOSTROPHE_LOOKALIKES = str.maketrans({"\u02bc": "’"})
# "merchandize" (Pakistani and older copy): the spelling every rule knows, one letter for
# one (so every offset holds)
_MERCHANDIZE = re.compile(r"(?<=\b[Mm]erchandi)z(?=e)|(?<=\bMERCHANDI)Z(?=E)")
# "GH¢76. 1 billion" (Ghanaian and Nigerian copy): a decimal point typed with a space after
# it, which the sentence splitter takes for a stop (and the amount for two); read joined,
# the space moved after the number (one character for one, so every offset holds). Only
# after a currency and before a scale: "in 2023. 1 billion people" is two sentences.
_SPACED_DECIMAL = re.compile(r"(?:[¢$€£¥₦]|\b[A-Za-z]{1,4}\$?)[ \t]?\d{1,3}(\.)[ ](\d{1,3})"
                             r"(?=[ \t]*(?:trillion|billion|million|trn|tn|bn|mn|bln|mln)\b)", re.IGNORECASE)


def _spaced_decimals_joined(text: str) -> str:
    return _SPACED_DECIMAL.sub(lambda m: m.group()[:m.start(1) - m.start()] + "." + m.group(2) + " ", text)


def readable(text: str) -> str:
    """The text as the recognisers read it: typing slips undone, one character for one."""
    return _spaced_decimals_joined(_MERCHANDIZE.sub("s", text.translate(_APOSTROPHE_LOOKALIKES)))


def build_context(text: str, published: date | None, title: str | None,
                  sentences: list[tuple[int, int]] | None = None, deadline: Deadline = NO_DEADLINE) -> ArticleContext:
    """Every recogniser's mentions of the text, which is as ``readable`` gives it (the
    callers read it so once, for the sentences too); ``deadline`` is checked between
    recognisers."""
    title = readable(title) if title else title
    sentences = sentences if sentences is not None else sentence_spans(text)
    # (an undated page may still show its date on a line of its own at its head)
    published = published or header_date(text)
    story = read_story(text, published, title, sentences, deadline.check)
    percents = find_percents(text)
    deadline.check()
    periods = find_periods(text, published, story.subject)
    deadline.check()
    return ArticleContext(
        text=text, published=published, title=title, sentences=sentences,
        money=_outside_periods(text, story.money, periods), percents=percents, periods=periods,
        economies=story.economies,
        subject=story.subject, pair=story.pair, names=display_names(story.economies + story.title_economies),
    )


# A bare number, with no currency or scale of its own.
_BARE_NUMBER = re.compile(r"[\d.,\s]+")


def _outside_periods(text: str, money: list, periods: list) -> list:
    """The money less bare numbers a period mention holds: "the first quarter of 1402
    solar year" names a year of another calendar, which the money recogniser may read as
    an amount in the currency said before; "in 9m'25" (Nigerian copy's nine months of
    2025) is a period, not 9 million in the currency said before."""
    spans = [(p.start, p.end) for p in periods]
    return [m for m in money if not ((_BARE_NUMBER.fullmatch(text, m.start, m.end) or m.inherited)
                                     and any(s <= m.start and m.end <= e for s, e in spans))]


def candidate_sentences(ctx: ArticleContext) -> list[tuple[int, int]]:
    """Sentences with a money figure or a percentage, and a trade word or a partner
    list's role word: the only ones parsed."""
    figures = sorted([m.start for m in ctx.money] + [p.start for p in ctx.percents])
    out = []
    before = None  # the sentence just before
    for start, end in ctx.sentences:
        if end - start > MAX_SENTENCE_CHARS:
            before = None
            continue  # a table or a wall of numbers, not a sentence
        k = bisect_left(figures, start)  # the first figure at or after the sentence's start
        if k < len(figures) and figures[k] < end:
            if _TRADE_WORD.search(ctx.text, start, end) or _LIST_ROLE.search(ctx.text, start, end):
                out.append((start, end))
            elif _FIGURE_ANAPHOR.match(ctx.text, start) and before is not None and before[1] >= start - 2 \
                    and (out and out[-1] == before
                         or (_NOUN_ANAPHOR.match(ctx.text, start) or _PRONOUN_SUBJECT.match(ctx.text, start))
                         and _TRADE_WORD.search(ctx.text, *before)):
                # "This figure is 9.4 percent higher", "The total value amounted to X", "They
                # fell from X to Y": about the trade figure, or the trade, said just before
                # (parsed too, to name it)
                if not (out and out[-1] == before):
                    out.append(before)
                out.append((start, end))
            elif out and out[-1] == before and before[1] >= start - 2 \
                    and (_CHANGE_OF_FIGURE_BEFORE.search(ctx.text, start, end)
                         or _SHARE_OF_FIGURE_BEFORE.search(ctx.text, start, end)):
                out.append((start, end))
        before = (start, end)
    return out


# What every money or percent mention contains (see could_hold_facts).
_FIGURE_HINT = re.compile(
    r"\d|[$£€¥₹₩₱₫₺₽৳₦%]|(?i:\b(?:" + "|".join(sorted(FIGURE_WORDS, key=len, reverse=True)) + r")s?\b)")

# Reuters capitalises the word after "U.S." ("the U.S. Rose to 13.6 billion", "the
# U.S. And the EC"), which the tagger reads as a proper noun and the parse breaks.
_AFTER_US = re.compile(r"(?<=U\.S\. )([A-Z])(?=[a-z]+\b)")


# Cyrillic letters that look Latin, as they turn up inside Latin words ("Тrade" with a
# Cyrillic Т, from keyboards that switch scripts): the parser reads such a word as unknown.
_CYRILLIC_LOOKALIKES, _LATIN = "АВЕКМНОРСТХаеорсухі", "ABEKMHOPCTXaeopcyxi"
_HOMOGLYPHS = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN)
_MIXED_SCRIPT_WORD = re.compile(rf"\b(?=\w*[A-Za-z])(?=\w*[{_CYRILLIC_LOOKALIKES}])\w+")


_SHARE_OF_GDP_ASIDE = re.compile(r"\(\s*(?:about\s+|around\s+|some\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)\s+of\s+"
                                 r"(?:the\s+)?(?:GDP|gross\s+domestic\s+product)\s*\)", re.IGNORECASE)
# "a US$ 1.036 billion FOB (Free on Board) deficit": an abbreviation spelled out in
# brackets after it, which the parser makes the head of the phrase it stands in.
_SPELLED_OUT_ASIDE = re.compile(r"\b(?P<short>[A-Z]{2,6})(?P<aside>\s*\((?P<words>[A-Za-z]+(?:[\s,&-]+[A-Za-z]+){1,6})\))")


def _spelled_out_blanked(match: re.Match) -> str:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", match.group("words")) if w.lower() != "and")
    if initials.upper() != match.group("short"):
        return match.group()
    return match.group("short") + " " * len(match.group("aside"))


_FLOW_SLASH_NAME = re.compile(r"(?<=\b(?:exports|imports))/(?:arrivals|dispatches|shipments)\b", re.IGNORECASE)
_PLURAL_POSSESSIVE_BEFORE_FLOW = re.compile(
    r"(?<=\b[Ss]ervices)['’](?=\s+(?:trade|exports?|imports?|surplus|deficit|balance)\b)")
_CURLY_POSSESSIVE = re.compile(r"(?<=\w)’(?=s\b)|(?<=s)’(?=\s)")
# "The Republic of Korea (RoK)'s exports": a short name in brackets before the possessive.
_BRACKETED_NAME_POSSESSIVE = re.compile(r"(?<=\w)(?P<name>\s*\([A-Za-z.]{2,8}\))(?P<poss>'s)\b")
# A wire's instrument code ("PHIMP=ECI", "<JPY=>") and a scale set apart from its number
# ("€7.1 bn"), which _sentence_text mends for the parser.
_INSTRUMENT_CODE = re.compile(r"(?<!\S)<?[A-Z][A-Z0-9]{2,}=[A-Z0-9]{0,4}>?(?!\S)")
_SPACED_SCALE = re.compile(r"(?P<number>\d) (?P<scale>bn|mn|tn|trn)\b(?!\.\w)")
# "US $38 billion": a dollar's prefix set apart from its sign, which the parser reads as an
# economy's name on its own, hanging the partner said after the figure on the amount.
_SPACED_DOLLAR_PREFIX = re.compile(r"\b(?P<prefix>US|NZ|HK|NT|AU|SG) \$(?=\d)")  # (not "A $5 billion deficit")
_CODE_BEFORE_NOUN = re.compile(r"(?P<scale>\b(?:billion|million|trillion|bn|mn|mln|tn)\s+)(?P<code>"
                               + "|".join(PREFIX_CODES) + r")(?=\s+(?:trade\s+)?(?:deficit|surplus|gap|shortfall|"
                               r"balance|exports?|imports?|trade)\b)")
_THANKS_TO = re.compile(r"\b[Tt]hanks to\b")
# "Slovakia's trade surplus hits record €4.62 billion" (headlines): the parser reads
# "record" as the verb, with "hits" its subject; an adjective of the same length and no
# direction ("sturdy") it reads as the amount's, after the verb of reaching
_RECORD_AMOUNT = re.compile(r"\b(?P<verb>(?:hits|reach|tops|hit|top) )record(?= (?:[A-Z]{0,3}[$€£¥₹₦]|[A-Z]{3} ?)?\d)",
                            re.IGNORECASE)
# "increased by 24.6% to approx. 29.8 billion": the parser reads the abbreviation as a
# name ending a clause; "about", of the same length with its spaces, as the qualifier it is.
_APPROX = re.compile(r"\b[Aa]pprox\.")
# "a surplus of EUR 2.046 bln with Germany": a code before an amount written with "bln",
# "mln" or "trn", which the parser reads as a verb or a name, losing the phrases after it;
# with the code after the amount ("2.046 bln EUR", of the same length) it parses as a noun.
# ("bn" and "mn" it reads as prepositions either way; moved, they lost a flow's verb. Nor
# before an abbreviation's stop inside the sentence, "USD 1,93 bln. or 57,1%": moved, the
# code would stand before the stop and end the sentence for the parser.)
_CODE_BEFORE_ABBREVIATED_SCALE = re.compile(r"\b(?P<code>" + "|".join(PREFIX_CODES) + r") (?P<amount>\d(?:[\d.,]*\d)? ?"
                                            r"(?:bln|mln|trn))(?!\w)(?!\.\s+[a-z])")
# A change's basis written with a slash after its percentage ("rose 7% q/q to X"): three
# tokens the parser hangs the figure on; "QoQ", of the same length, it reads as one word.
_SLASHED_BASIS = re.compile(r"(?<=%\s|t\s)(?P<unit>[qmyQMY])/(?P=unit)\b")
# "imports for Jan.-Feb. 2017 amounted to X": a month's abbreviating stop, which the parser
# takes for a sentence's end (losing the verb); a space of the same length it reads through
_MONTH_STOP = re.compile(r"\b(?:" + "|".join(sorted((m.title() for m in MONTH_ABBREVIATIONS), key=len, reverse=True))
                         + r")\.(?=\s*[-–]\s*[A-Z]|\s+\d)")
# "edged down 0,6% to X": a decimal comma in a percentage (francophone copy)
_DECIMAL_COMMA_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{1,2}\s?(?:%|per\s?cent\b|percent\b))")


def _sentence_text(text: str, start: int, end: int) -> str:
    # Line wraps become spaces (same length, so offsets hold); the parser reads a
    # newline as a token of its own and mis-attaches around it.
    plain = text[start:end].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    plain = _MIXED_SCRIPT_WORD.sub(lambda m: m.group().translate(_HOMOGLYPHS), plain)
    # A hyphen set between spaces is a dash ("$310.5 million - up by 12.2 percent"); the
    # parser takes the en dash as one and the hyphen as a joiner of what follows.
    plain = plain.replace(" - ", " – ")
    # A curly apostrophe of a possessive ("Canada’s exports") is parsed as a quotation
    # mark in long sentences; the straight one it stands for is not.
    plain = _CURLY_POSSESSIVE.sub("'", plain)
    # ... and a plural's possessive before a flow ("Pakistan's services' imports") is read
    # as a quotation mark's end; the compound it stands for parses as one
    plain = _PLURAL_POSSESSIVE_BEFORE_FLOW.sub(" ", plain)
    # ... and a name's short form in brackets before its possessive parses as the owner of
    # nothing; the possessive moved up to the name (the short form blanked) owns the flow
    plain = _BRACKETED_NAME_POSSESSIVE.sub(lambda m: m.group("poss") + " " * len(m.group("name")), plain)
    # "the $2.05 billion (3.1% of GDP) registered in 2021": a share of output set in
    # brackets is no part of the clause; blanked, it no longer breaks the parse around it
    plain = _SHARE_OF_GDP_ASIDE.sub(lambda m: " " * len(m.group()), plain)
    plain = _SPELLED_OUT_ASIDE.sub(_spelled_out_blanked, plain)
    # "imports/arrivals", "exports/dispatches" (Eurostat's words for trade within the EU):
    # one flow under two names, which the tokenizer keeps as one word
    plain = _FLOW_SLASH_NAME.sub(lambda m: " " * len(m.group()), plain)
    # ... swapped with its space (one length for the other, so offsets hold): "US$ 38 billion"
    plain = _SPACED_DOLLAR_PREFIX.sub(lambda m: m.group("prefix") + "$ ", plain)
    # "showed a $10.2 billion USD deficit": a code after the scale, before the flow the
    # figure modifies, parses as that flow's head; the figure has its currency already
    plain = _CODE_BEFORE_NOUN.sub(lambda m: m.group("scale") + " " * len(m.group("code")), plain)
    # "EUR 2.046 bln with Germany" as "2.046 bln EUR with Germany" (same length), which the
    # parser reads as a noun phrase
    plain = _CODE_BEFORE_ABBREVIATED_SCALE.sub(lambda m: m.group("amount") + " " + m.group("code"), plain)
    # "approx." as "about" and two spaces (same length)
    plain = _APPROX.sub(lambda m: ("A" if m.group()[0] == "A" else "a") + "bout  ", plain)
    # "rose to USD 18.3 billion thanks to demand": the parser reads "thanks" as the noun the
    # figure counts; "helped by", of the same length and sense, it reads as the clause's
    plain = _THANKS_TO.sub(lambda m: "Helped by" if m.group()[0] == "T" else "helped by", plain)
    plain = _RECORD_AMOUNT.sub(lambda m: m.group("verb") + "sturdy", plain)
    plain = _SLASHED_BASIS.sub(lambda m: m.group("unit").upper() + "o" + m.group("unit").upper(), plain)
    plain = _MONTH_STOP.sub(lambda m: m.group()[:-1] + " ", plain)
    # "a €7.1 bn surplus in trade in goods" (Eurostat's releases): the parser takes a spaced
    # "bn" for a preposition; glued to its number ("€7.1bn surplus", the space moved after
    # it) it reads the figure as the surplus's
    plain = _SPACED_SCALE.sub(lambda m: m.group("number") + m.group("scale") + " ", plain)
    # "Imports PHIMP=ECI in May fell 4.1%": a wire's instrument code between a flow and its
    # verb, blanked (its economy is named elsewhere; the code only breaks the clause)
    plain = _INSTRUMENT_CODE.sub(lambda m: " " * len(m.group()), plain)
    # "imports edged down 0,6% to X" (francophone copy): a decimal comma in a percentage,
    # which the parser reads as a list of numbers modifying the figure; a stop it reads as
    # the change it is (one character for one)
    plain = _DECIMAL_COMMA_PERCENT.sub(r"\1.\2", plain)
    return _AFTER_US.sub(lambda m: m.group(1).lower(), plain)


def _check(article: Article) -> Article:
    if article.error:
        raise ArticleError(article.error)
    if not isinstance(article.text, str):
        raise ArticleError("no text")
    if not article.text.strip():
        raise ArticleError("empty text")
    if "\x00" in article.text:
        raise ArticleError("binary content (NUL bytes), not text")
    if len(article.text) > MAX_TEXT_CHARS:
        raise ArticleError(f"text of {len(article.text):,} characters, past the limit of {MAX_TEXT_CHARS:,}")
    return article


def _result(article: Article, ctx: ArticleContext, parsed: list[ParsedSentence],
            deadline: Deadline = NO_DEADLINE) -> ArticleResult:
    assembler = Assembler(ctx)
    facts = assembler.run(parsed, deadline)
    deadline.check()
    return ArticleResult(id=article.id, published=article.published, title=article.title, facts=facts,
                         shares=assembler.shares, checks=check(facts, assembler.shares, ctx.text))


def extract_many(articles: Iterable[Article], nlp=None, batch_size: int = 256,
                 time_limit: float | None = DEFAULT_TIME_LIMIT) -> Iterator[ArticleResult]:
    """Results for a stream of articles, in input order; a failing article yields an error result.

    Articles wait in a batch until enough sentences are pending for ``nlp.pipe``; an
    article that fails before parsing waits in the same queue, so the order holds.
    Each article's reading, parsing and assembly together get ``time_limit`` seconds,
    checked at the checkpoints of the loops that grow with it (extractor.limits).
    """
    from extractor.pipeline import load_model

    nlp = nlp or load_model()
    pending: list[_Pending] = []

    def flush():
        parsed = _parse(nlp, pending, batch_size)
        for k, item in enumerate(pending):
            if item.result is None and parsed[k] is None:
                item.result = _error(item.article, "the parser failed on this article")
            if item.result is None:
                try:
                    with item.deadline.counting():
                        item.deadline.check()  # its parse may have used up its time
                        item.result = _result(item.article, item.ctx, parsed[k], item.deadline)
                except ArticleTimeout as exc:
                    item.result = _error(item.article, str(exc))
                except Exception as exc:  # one article's failure must not stop the batch
                    item.result = _error(item.article, f"assembly failed: {type(exc).__name__}: {exc}")
            yield item.result
        pending.clear()

    sentences_waiting = 0
    for article in articles:
        item = _Pending(article, Deadline(time_limit))
        try:
            with item.deadline.counting():
                _check(article)
                text = readable(article.text)  # as the recognisers read it, sentences too
                sentences = could_hold_facts(text)
                if sentences is None:
                    # The cascade's first gates: no sentence with a trade word and a figure
                    # can be a candidate, so there is no fact; the recognisers and the
                    # parser are spared.
                    item.result = _empty(article)
                else:
                    item.deadline.check()
                    item.ctx = build_context(text, article.published, article.title, sentences, item.deadline)
                    item.spans = candidate_sentences(item.ctx)
        except (ArticleError, ArticleTimeout) as exc:
            item.result = _error(article, str(exc))
        except Exception as exc:
            item.result = _error(article, f"recognition failed: {type(exc).__name__}: {exc}")
        pending.append(item)
        sentences_waiting += len(item.spans)
        if sentences_waiting >= batch_size:
            yield from flush()
            sentences_waiting = 0
    yield from flush()


@dataclass
class _Pending:
    """An article waiting for the parse of its batch: its context and candidate
    sentences, or already its result (an error, or no fact)."""

    article: Article
    deadline: Deadline
    ctx: ArticleContext | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    result: ArticleResult | None = None


def _parse(nlp, pending: list[_Pending], batch_size: int) -> dict[int, list[ParsedSentence] | None]:
    """Parse the candidate sentences of the pending articles with one ``nlp.pipe``.

    The time between two parsed sentences is charged to the article of the second; an
    article whose time is up has its remaining sentences skipped (its assembly then
    reports the timeout). Should the batch fail, each article is parsed alone, so only
    an article the parser cannot take loses its facts (its entry is None).
    """
    parsed: dict[int, list[ParsedSentence] | None] = {k: [] for k in range(len(pending))}

    def jobs(only: int | None = None):
        for k, item in enumerate(pending):
            if item.result is None and only in (None, k):
                for s, e in item.spans:
                    if item.deadline.passed:
                        break
                    yield _sentence_text(item.ctx.text, s, e), (k, s, e)

    def run(only: int | None = None) -> None:
        last = time.monotonic()
        for doc, (k, s, e) in nlp.pipe(jobs(only), as_tuples=True, batch_size=batch_size):
            now = time.monotonic()
            pending[k].deadline.charge(now - last)
            last = now
            parsed[k].append(ParsedSentence(s, e, doc, s))

    try:
        run()
        return parsed
    except Exception:
        pass
    for k in parsed:
        parsed[k] = []
        try:
            run(only=k)
        except Exception:
            parsed[k] = None
    return parsed


def could_hold_facts(text: str) -> list[tuple[int, int]] | None:
    """The text's sentences if one of them could be a candidate, else None.

    A candidate sentence has a trade word (or a partner list's role word, as
    candidate_sentences has it) and a money or percent mention, and every such mention
    has a digit, a currency symbol, a number, scale or fraction word, or a percent word:
    checking for those is a superset test, far cheaper than the recognisers. A text
    without any trade word is not even split into sentences.
    """
    if _TRADE_WORD.search(text) is None:
        return None
    sentences = sentence_spans(text)
    for start, end in sentences:
        if end - start <= MAX_SENTENCE_CHARS and _FIGURE_HINT.search(text, start, end) \
                and (_TRADE_WORD.search(text, start, end) or _LIST_ROLE.search(text, start, end)):
            return sentences
    return None


def _empty(article: Article) -> ArticleResult:
    return ArticleResult(id=article.id, published=article.published, title=article.title)


def _error(article: Article, message: str) -> ArticleResult:
    return ArticleResult(id=article.id, published=article.published, error=message)


def extract(text: str, published=None, id: str | None = None, title: str | None = None) -> ArticleResult:
    """The article result for one text: its trade facts (and checks), or an error."""
    article = Article(id=id or "article", text=text, published=parse_published(published), title=title)
    _check(article)
    return next(extract_many([article]))


def result_from_doc(doc) -> ArticleResult:
    """Assemble facts from a doc the spaCy pipeline has parsed whole (the component path)."""
    published = parse_published(doc._.published)
    ctx = build_context(readable(doc.text), published, doc._.title)
    parsed = []
    for s, e in candidate_sentences(ctx):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            parsed.append(ParsedSentence(s, e, span, 0))
    article = Article(id=doc._.article_id or "article", text=doc.text, published=published, title=doc._.title)
    return _result(article, ctx, parsed)
