"""Figures given partner by partner: "its main trading partners were the Netherlands
with $30.7 billion and Germany with $30.6 billion", "the top export destination was the
United States, with $1.13 billion, followed by Japan, $945.8 million", "China was the
largest importer, with a value of SR47.6 billion".

Such a figure hangs on an economy's name, not on a flow word, so the parse gives it no
trigger. It is a fact when it stands straight after an economy ("X with $Y", "X ($Y)",
"X, $Y", "X at $Y") in a sentence that says what the list ranks: a flow word of a single
measure, or a role noun (market, destination, buyer: the reporter's exports; source,
supplier: its imports; trading partner: their trade).
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.assemble.figures import Figure
from extractor.assemble.triggers import Trigger, named_together
from extractor.data.calendar import MONTH_NAMES
from extractor.data.lexicon import (
    FLOW_VALUE_HEADS, LIST_ROLE_MEASURES, PLACE_WITHOUT_VERB, PLACED_IN_RANKING, RANKING_PLACE_TAKEN, RANKING_PLACES,
    RANKING_VERBS,
)
from models import EconomyMention, MoneyMention

# A share, the period it is of, and the bracket its figure is given in ("19.9% share in
# February ($", "21.3% share (valued at $").
_SHARE_THEN_BRACKET = (r"\s*(?:%|percent|per\s?cent|pct)(?:\s+(?:(?:market|trade|turnover|import|export)\s+){0,2}share)?"
                       r"(?:\s+(?:in|during|for)\s+[^;,.$€£¥()]{1,25}?)?\s*\(\s*(?:valued\s+at\s+|worth\s+)?")
# What may stand between a partner's name and its figure.
_AFTER_PARTNER = re.compile(
    # ("followed by ASEAN member states at X": a group's members)
    r"(?:\s+(?:member\s+)?(?:states|countries|nations|economies))?"
    r"\s*(?:\(|,|:|–|—|-)?\s*"
    # "China (21.5 percent or $2.13 billion)": its share first; "followed by Japan's 14.6%
    # ($680.76 million)": the partner's share, then its figure in brackets
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s?cent|pct)\s*(?:or|,|–|—|-)\s*"
    r"|(?:'s|’s)\s+\d[\d.,]*\s*(?:%|percent|per\s?cent|pct)\s*\(\s*"
    # ("followed by Turkey with 15.1% ($1.7 billion)", "with a 9.8% share ($1.1 billion)":
    # its share of the ranked flow, then its figure in brackets)
    r"|with\s+(?:a\s+share\s+of\s+|an?\s+)?\d[\d.,]*\s*(?:%|percent|per\s?cent|pct)(?:\s+share)?\s*\(\s*"
    r"(?:valued\s+at\s+|worth\s+)?)?"
    # "The largest market was China, which took X": the partner's own clause of buying or selling
    r"(?:\b(?:which|that)\s+(?:took|bought|absorbed|purchased|received|supplied|shipped|sold|accounted\s+for)"
    r"(?:\s+(?:goods|products|merchandise)\s+(?:worth|valued\s+at))?)?"
    # "The leading destination remained China, up 12.1 percent to a record X": its change first
    r"(?:(?<=,)\s*(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s?cent|pct)\s+to\s+(?:a\s+(?:record\s+)?)?)?"
    # ("China with goods worth $3.26 billion and Iraq with goods worth $2.41 billion were
    # the main destinations": the goods named before their value)
    r"(?:\bwith\b|\bat\b|\bon\b|\bfor\b|\bof\b)?\s*[-−+]?"
    r"(?:(?<=with\s)(?:goods|products|exports|imports|shipments|purchases|sales)\s+(?=worth|valued))?"
    r"(?:(?:a\s+(?:total\s+)?value\s+of|total(?:l?ing)?|worth|"
    # "China with a trade turnover of $41.4 billion"
    r"(?:an?\s+)?(?:total\s+)?(?:trade\s+)?(?:turnover|volume|trade)\s+of|"
    r"amounting\s+to|valued\s+at)\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE)
_ROLE_WORDS = "|".join(sorted(LIST_ROLE_MEASURES, key=len, reverse=True))
# A clause of its own between the ranking and the figure, with its own flow: "Netherlands
# tops Nigeria's export destinations in Q2 as exports hit N7.01trn" (the whole flow's figure).
_FLOW_CLAUSE_BETWEEN = re.compile(r"\b(?:as|while|whereas|when)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                  r"(?:exports|imports|trade|deficit|surplus)\b", re.IGNORECASE)


def _ranks_the_figure(gap: str) -> bool:
    """Whether the text between an economy and a figure is a clause ranking the economy
    whose figure it is (``_RANKED_PARTNER``), with no flow's clause of its own between."""
    return _RANKED_PARTNER.match(gap) is not None and _FLOW_CLAUSE_BETWEEN.search(gap) is None
# ... or a clause that ranks it: "China was the largest importer of Saudi goods in the
# second quarter, with a value of", "Japan ranked second among its markets at", "China
# topped the destination countries for the exports of the State of Qatar, with about".
_RANKED_PARTNER = re.compile(
    # ("Germany has emerged as Poland's top export destination in 2022 at", "became")
    r"\s+(?:also\s+|still\s+)?"
    # ("Kuwait secured the fifth position among Jordan's export markets with": a place taken)
    # ("India tops Nigeria's export market with X", "Spain emerges Nigeria's top export
    # destination with Y": headlines' present tense, "emerge" with the role as its object)
    # ("China retained its status as Russia's largest trading partner with X")
    r"(?:(?:retained|retains|kept|keeps|maintained|maintains)\s+(?:its\s+)?(?:status|position|place|role)\s+as|"
    r"was|were|is|are|remains|remained|ranks|ranked|comes|came|topped|tops|led|leads|headed|heads|"
    r"became|becomes|emerged|emerges|"
    r"secured|secures|claimed|claims|held|holds|occupied|occupies|"
    r"(?:has|have|had)\s+(?:become|been|remained|emerged\s+as)|emerged\s+as|emerges\s+as|stood\s+as|"
    # ("China stood out as the main supplier with X", "served as", "featured as")
    r"(?:stood|stands)\s+out\s+as|(?:served|serves|featured|features|figured|figures|appeared|appears|acted|acts"
    # ("The United States followed as the second biggest destination, accounting for X")
    r"|followed|follows"
    r"|continued|continues)\s+as|"
    r"continues\s+to\s+be|continued\s+to\s+be|becoming|being"
    # ("..., with China the main supplier at X": the role given with no verb)
    r"|(?=\s*,?\s*(?:the|its)\s))\b[^.;$€£¥\d]{0,90}?\b(?:"
    + _ROLE_WORDS + r")\b"
    # (a share between: "the top recipient of Saudi exports, comprising 18.3% of the total at X")
    r"(?:[^.;$€£¥]|(?<=\d)\.(?=\d)){0,70}?(?:(?:,\s*|\s+)(?:with\s+|at\s+|valued\s+at\s+|accounting\s+for\s+)?"
    # ("Nigeria and France also ranked as significant suppliers, with respective values of X and Y")
    r"(?:(?:a\s+(?:total\s+)?value\s+of|worth|respective\s+values\s+of)\s+)?"
    # ("with a 19.9% share in February ($1.54 billion)": its share, then its figure in brackets)
    r"|(?<=\d)" + _SHARE_THEN_BRACKET +
    # ("China was Peru's top export market in 2023 ($20.4 billion)": its figure in brackets)
    r"|\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?)$",
    re.IGNORECASE)
# ... or a clause that gives its share of the flow, then its value: "The European Union
# was second, accounting for 15.6 percent of total goods exports, with a value of X";
# "while South Korea followed with a value of X".
_SHARE_THEN_VALUE = re.compile(
    # ("GCC countries followed closely, securing 11.2% of total exports at X")
    # ("The UAE took the lead, accounting for 24.1 percent of total exports, worth X")
    r"\)?(?:\s+(?:group\s+of\s+)?countries)?\s+(?:was|were|is|are|ranked|came|followed|led|took\s+the\s+lead"
    r"|topped\s+the\s+list)\b[^;$€£¥\d]{0,40}?,?\s*"
    r"(?:accounting\s+for|representing|making\s+up|comprising|securing|receiving|taking)\s+"
    r"[\d.,]+\s*(?:%|percent|per\s?cent|pct)\s+of\s+[^;$€£¥\d]{0,60}?\b(?:exports|imports|trade)\b"
    r"(?:\s*,\s*(?:with\s+)?(?:a\s+(?:total\s+)?value\s+of|worth|valued\s+at)|\s+(?:valued\s+)?at)\s+$"
    # ("The Netherlands and Switzerland followed with purchases worth X and Y, respectively")
    r"|\s+followed\s+(?:closely\s+)?with\s+(?:a\s+(?:total\s+)?value\s+of\s+|respective\s+values\s+of\s+"
    r"|(?:purchases|sales|shipments|deliveries|supplies)\s+(?:worth|valued\s+at|of)\s+)?$"
    # "India accounted for 12.5 percent of Oman's total exports in May with a value of X",
    # "took 12.5 percent of exports, worth X": the share, then the value, in the partner's clause
    # ("China, the main partner, accounted for": the partner's role set off between)
    r"|(?:\s*,\s*[^,;$€£¥\d]{1,60}?,)?"
    r"\s+(?:accounted|accounts|account|took|takes|made\s+up|makes\s+up|represented|represents)\s+(?:for\s+)?"
    # ("Germany accounted for the largest share of imports into Poland, with goods worth
    # X": the share said as a place in the ranking)
    r"(?:[\d.,]+\s*(?:%|percent|per\s?cent|pct)|the\s+(?:(?:second|third)[-\s]+)?(?:largest|biggest|highest|"
    r"greatest|largest)\s+share)\s+of\s+[^;$€£¥\d]{0,60}?\b(?:exports|imports|trade(?:\s+turnover)?)\b"
    r"(?:\s+(?:into|from|of|to)\s+[^;,$€£¥\d]{0,25}?)?"
    r"(?:\s+(?:in|during|for)\s+[^;,$€£¥]{0,25}?)?\s*,?\s*"
    # ("Russia accounted for the largest share of Georgia's trade turnover, 18.2% ($2.1
    # billion)": the share's size set off, then its figure in brackets)
    r"(?:[\d.,]+\s*(?:%|percent|per\s?cent|pct)\s*\(\s*(?:valued\s+at\s+|worth\s+)?"
    # ("accounted for 31% of Peru's exports in 2023, with $20.4 billion")
    r"|with\s+(?:(?:goods|products|exports|imports|shipments|purchases|sales)\s+)?"
    r"(?:(?:a\s+(?:total\s+)?value\s+of|worth|valued\s+at)\s+)?"
    r"|(?:(?:goods|products|exports|imports|shipments|purchases|sales)\s+)?"
    # ("took 11.2% of total exports at X")
    r"(?:a\s+(?:total\s+)?value\s+of|worth|valued\s+at|at)\s+)$"
    # "China accounted for 31%, or $20.4 billion, of Peru's exports": the share, then "or"
    # its value, the flow after; "China accounted for $20.4 billion, or 31%, of ...": the value first
    # ("Of the total, India made up $2.1 billion": another verb of a share, the value right after)
    r"|\s+(?:(?:accounted|accounts|account)\s+for|made\s+up|makes\s+up|represented|represents|constituted"
    r"|constitutes)\s+(?:[\d.,]+\s*(?:%|percent|per\s?cent|pct)\s*,?\s*or\s+)?$",
    re.IGNORECASE)
# (not the source "of" something other than goods: "Taiwan's top source of orders remained
# the U.S." is of export orders, "the largest source of FDI" of investment)
_ROLE = re.compile(r"\b(?:(export|import)s?\s+)?(" + _ROLE_WORDS + r")\b"
                   r"(?!\s+of\s+(?:[\w-]+\s+)?(?:orders|funds|investments?|fdi|tourists|visitors|remittances|loans"
                   r"|aid|capital|students|migrants)\b)", re.IGNORECASE)
# ... or its share of the reporter's flow, then its figure in brackets: "China accounted
# for a 21.3% share (valued at $21.7bn) of Kazakhstan's total foreign trade".
_SHARE_WITH_BRACKETED_VALUE = re.compile(
    # ("Italy got 13% (N311.2 billion) of Nigeria's exports", "received", "absorbed")
    r"\s+(?:accounted\s+for|accounts\s+for|took|takes|held|holds|had|has|made\s+up|represented|got|gets|received"
    r"|receives|absorbed|absorbs)\s+(?:an?\s+)?"
    r"[\d.,]+" + _SHARE_THEN_BRACKET + "$"
    # ("Russia's share of Georgia's trade turnover amounted to 18.2% ($2.1 billion)", "Russia's
    # trade turnover share amounted to 18.6% ($18.9bn)": the partner's share said with its
    # possessive, the flow named after "share" or before it)
    r"|(?:'s|’s)\s+(?:(?:(?:foreign\s+)?(?:trade\s+turnover|trade|turnover|exports?|imports?)\s+share)"
    r"|(?:\w+\s+)?share\s+(?:of|in)\s+[^;$€£¥\d]{0,60}?\b(?:exports|imports|trade|turnover)\b)"
    r"[^;$€£¥\d]{0,30}?\s+(?:amounted\s+to|amounts\s+to|was|is|stood\s+at|stands\s+at|reached|made\s+up"
    r"|totall?ed|came\s+to)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[\d.,]+" + _SHARE_THEN_BRACKET + "$",
    re.IGNORECASE)
# ... or its place in the ranking said before: "India came second with SR9.8 billion",
# "China led with SR12.4 billion", "Kuwait came in third with SR2.7 billion".
_PLACE_IN_RANKING = re.compile(
    # ("China, which topped the ranking with X": the place said in a relative clause)
    r"(?:\s*,\s*(?:which|that))?"
    r"\s+(?:(?:" + RANKING_VERBS + r"|was|is|stood|stands)\s+(?:in\s+)?" + RANKING_PLACES + r"\b(?:\s+place)?"
    # ("China took the lead with X", "Japan ranked first with Y")
    # ("China remained in first place, with US$ 251 million")
    r"|led|took\s+the\s+lead|(?:" + RANKING_VERBS + r"|was|is|remained|remains|stayed|stays)\s+(?:in\s+)?first"
    r"(?:\s+place)?|came\s+top"
    r"|topped\s+the\s+(?:list|ranking|table)"
    # ("Japan claimed the second spot with goods worth X")
    r"|" + RANKING_PLACE_TAKEN +
    # ("..., with Turkey in third place ($52.4 billion)": the place said with no verb)
    r"|" + PLACE_WITHOUT_VERB + r"(?=\s*\()"
    # (and every place the lexicon knows: "was a distant third at X", "slipped to fifth at Y")
    + r"|" + PLACED_IN_RANKING + r")"
    # ("Korea secured the third position, receiving goods valued at X": the partner's
    # own clause of buying or selling)
    r"[^.;$€£¥\d]{0,30}?(?:(?:,\s*|\s+)(?:with|at)\s+|,\s*(?:receiving|taking|buying|absorbing|supplying)\s+|\s*\(\s*)"
    # ("Tajikistan ranked second with exports worth X": the flow named with its figure)
    r"(?:(?:exports|imports|trade|turnover|shipments|purchases|sales|supplies|goods|products)\s+"
    r"(?:worth|of|valued\s+at|totall?ing|amounting\s+to|reaching)\s+)?"
    # ("Russia comes in second with a $4.4 billion turnover": the figure's article)
    r"(?:(?:a\s+(?:total\s+)?value\s+of|worth)\s+)?(?:an?\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$",
    re.IGNORECASE)


_FLOW_PARTICIPLE = re.compile(r"\b(export|import)ed\b", re.IGNORECASE)
# "On the import side, ...", "As for exports, ...": the flow a sentence's list is of.
_FLOW_SIDE = re.compile(r"\b(?:on|for)\s+the\s+(export|import)s?\s+side\b|\bas\s+(?:for|regards)\s+(export|import)s\b",
                        re.IGNORECASE)


def _measure_of(role: re.Match) -> str:
    """The owner's flow a role word ranks its economy in: the flow said with it ("export
    markets"), else the role's own ("customer": exports)."""
    return role.group(1).lower() if role.group(1) else LIST_ROLE_MEASURES[role.group(2).lower()]


def role_measure(sentence: str) -> str | None:
    """The owner's flow the first role word of a sentence ranks its economy in ("Chad
    remained Cameroon's main customer": Cameroon's exports), if it has one."""
    role = _ROLE.search(sentence)
    return _measure_of(role) if role is not None else None


def list_measure(sentence: str, triggers: list[Trigger]) -> str | None:
    """The measure a partner list in this sentence ranks, if it says one."""
    counted = [t for t in triggers if t.counts]
    measures = {t.measure for t in counted}
    role = _ROLE.search(sentence)
    if role and counted and all(t.head.dep_ == "acl" and t.head.head.lower_ == role.group(2).lower() for t in counted):
        # "the foreign markets importing the most Iranian goods were China, ...": the
        # partners' flow said on the role, whose owner's flow the ranking is
        return _measure_of(role)
    if len(measures) == 1:
        return measures.pop()
    participles = {m.group(1).lower() for m in _FLOW_PARTICIPLE.finditer(sentence)}
    if not role and not measures and len(participles) == 1:
        # "Most goods were exported to Spain (X), India (Y)", "imported goods originated
        # from China with a value of X": a participle says the flow, which is no trigger
        return participles.pop()
    side = _FLOW_SIDE.search(sentence)
    if side and not measures:
        return (side.group(1) or side.group(2)).lower()  # "On the import side, Australia led with X"
    if not role or measures:
        return None
    # "the top five export trading partners": the flow said before the role word rules.
    return _measure_of(role)


# Where one clause of a sentence gives way to another that may list partners of its own:
# "its top partners by exports were A (X) and B (Y), while those by imports were C (Z)".
_CLAUSE_BREAK = re.compile(r",?\s+(?:while|whereas)\s+|;\s*", re.IGNORECASE)


def clause_around(sentence: str, at: int) -> tuple[int, int]:
    """The span, within the sentence, of the clause that holds offset ``at``."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def ranks_partners(sentence: str) -> bool:
    """Whether the sentence names a partner's role in a ranking ("the top market")."""
    return _ROLE.search(sentence) is not None


# How a ranking clause names whose partners it ranks: "the largest source of imports for
# Samoa", "the top market for Chile's exports", "Samoa's largest source", "Chilean exports".
_RANKING_OWNER_BEFORE = re.compile(r"\b(?:for|of|to|in)\s+(?:the\s+)?$", re.IGNORECASE)
_RANKING_OWNER_AFTER = re.compile(r"(?:'|’)s?\b|\s+(?:exports?|imports?|goods|products|trade)\b", re.IGNORECASE)


def ranked_with_its_owner(text: str, money: MoneyMention, economies: list[EconomyMention],
                          floor: int) -> tuple[str, str] | None:
    """"Japan was the second largest source of imports for Samoa, amounting to X": a
    ranking clause that names whose partners it ranks has the economy before it as the
    partner, whichever economy the story is about; (partner, owner), the owner being
    the reporter."""
    named = [e for e in economies if floor <= e.start and e.end <= money.start and not _rank_compared(text, e)]
    for i, first in enumerate(named[:-1]):
        gap = text[first.end:money.start]
        if len(gap) > 170 or not _ranks_the_figure(gap):
            continue
        owners = {o.code for o in named[i + 1:]}
        if len(owners) != 1 or first.code in owners:
            return None
        if all(_RANKING_OWNER_BEFORE.search(text, first.end, o.start) or _RANKING_OWNER_AFTER.match(text, o.end)
               for o in named[i + 1:]):
            return first.code, owners.pop()
        return None
    return None


# "Nepal's second-largest partner after China", "its top market ahead of Czechia": an
# economy the ranked one is placed against, no partner of the figure that follows.
_RANK_COMPARED = re.compile(r"\b(?:after|behind|ahead\s+of|trailing)\s+(?:only\s+)?(?:the\s+)?$", re.IGNORECASE)


# ... unless the ranked one's figure was said before it: "China the main supplier at $17.1
# billion, ahead of the United States at $16.8 billion" lists the next one with its own.
# ("taking $3.98 billion of goods, ahead of Australia at $2.6 billion": the figure's goods between)
_NEXT_AFTER_A_FIGURE = re.compile(r"(?:\s+(?:worth\s+)?of\s+(?:goods|products|merchandise|exports|imports))?"
                                  r"\s*,?\s*(?:ahead\s+of|behind|trailing)\s+(?:the\s+)?", re.IGNORECASE)


def _rank_compared(text: str, economy: EconomyMention) -> bool:
    return _RANK_COMPARED.search(text, max(0, economy.start - 24), economy.start) is not None


# An amount followed by the economy it is for: "16 mln dlrs for Algeria".
_ITS_OWN_AFTER = re.compile(r"\s+(?:of\s+\w+\s+)?(?:dlrs\s+|dollars\s+)?(?:each\s+)?(?:for|to)\s+(?:the\s+)?",
                            re.IGNORECASE)


def listed_partner(text: str, money: MoneyMention, economies: list[EconomyMention], floor: int,
                   reporter: str | None, ranked: bool = True) -> str | None:
    """The economy a figure is listed under: the last one named before it, other than
    the reporter ("China was the largest importer of Saudi goods, with ..."), with only
    a separator between them, or (``ranked``) a clause ranking it."""
    if ranked and (owned := ranked_with_its_owner(text, money, economies, floor)) is not None:
        return owned[0]
    before = [e for e in economies if floor <= e.start and e.end <= money.start and e.code != reporter
              and not (_rank_compared(text, e) and not _NEXT_AFTER_A_FIGURE.fullmatch(text, floor, e.start))]
    if not before:
        return None
    if any(_ITS_OWN_AFTER.fullmatch(text, money.end, e.start) for e in economies if e.start >= money.end):
        return None  # "15 mln dlrs for Jordan, 16 mln dlrs for Algeria": each names its own after it
    last = before[-1]
    gap = text[last.end:money.start]
    if len(gap) <= 40 and _AFTER_PARTNER.match(gap):
        return last.code
    if ranked and len(gap) <= 170 and _ranks_the_figure(gap):
        return last.code
    if len(gap) <= 170 and (_SHARE_THEN_VALUE.match(gap) or _SHARE_WITH_BRACKETED_VALUE.match(gap)):
        return last.code
    if len(gap) <= 60 and _PLACE_IN_RANKING.match(gap):
        return last.code
    if len(gap) <= 40 and _TAKEN_BY_PARTNER.fullmatch(gap) and _OF_THE_REPORTERS_GOODS.match(text, money.end):
        return last.code
    return None


# A partner that takes a part of the reporter's exports, the figure the part: "The UK
# absorbed $1.4bn worth of Kenya's exports", "the UAE received $7.8 billion worth of
# Turkish exports" (goods bought, "Japan bought $6.2 billion worth of Chilean goods", are
# the buyer's imports: triggers.py reads those).
# ("The United States was on top, taking $12.34 billion of Vietnam's exports": a place in
# the ranking, then what it took)
_TAKEN_BY_PARTNER = re.compile(r"\s*(?:(?:was|remained|stayed|came)\s+[\w\s-]{1,30}?,\s*(?=taking|absorbing|buying))?"
                               r",?\s*(?:(?:which|that)\s+)?(?:absorbed|absorbs|took|takes|bought|buys|received|receives"
                               r"|got|gets|purchased|purchases|ordered|orders|took\s+in|taking|absorbing|buying)\s+"
                               r"(?:a\s+total\s+of\s+|goods\s+worth\s+)?"
                               r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?", re.IGNORECASE)
_OF_THE_REPORTERS_GOODS = re.compile(r"(?:\s+worth)?\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:['’]s?)?\s+)"
                                     r"(?:(?:total|overall|merchandise|goods)\s+)?(?:exports|shipments)\b")

# ... and one that supplies a part of its imports, in a list of its suppliers.
_SUPPLIED_BY_PARTNER = re.compile(
    r"\s*,?\s*(?:supplied|supplies|shipped|ships|sold|sells|sent|sends|provided|provides)\s+"
    r"(?:goods\s+worth\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?", re.IGNORECASE)


# What a figure may be said to be of that is no goods.
_OTHER_THAN_GOODS_AFTER = re.compile(
    r"\s+(?:worth\s+)?of\s+(?!(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’.-]*\s+)*(?:\w+\s+)?"
    r"(?:goods|products|exports|imports|merchandise|shipments|commodities)\b)"
    r"|\s+in\s+(?:\w+\s+)?(?:aid|loans?|investments?|grants?|credit|funding|bonds|debt|remittances|revenues?|taxes)\b",
    re.IGNORECASE)


def taken_in_turn(text: str, money: MoneyMention, economies: list[EconomyMention], floor: int,
                  reporter: str | None, measure: str) -> str | None:
    """In a list of partners that has begun, one with a verb of its own: "Spain followed
    with X, France received Y, while the Netherlands got Z" (of exports: a verb of taking;
    of imports: "China supplied X, while India sold Y")."""
    before = [e for e in economies if floor <= e.start and e.end <= money.start and e.code != reporter]
    if not before or measure not in ("export", "import"):
        return None
    gap = text[before[-1].end:money.start]
    verb = _TAKEN_BY_PARTNER if measure == "export" else _SUPPLIED_BY_PARTNER
    if _OTHER_THAN_GOODS_AFTER.match(text, money.end):
        return None  # "while Japan bought $600 million of its bonds", "received $50 million in aid"
    return before[-1].code if len(gap) <= 40 and verb.fullmatch(gap) else None


def says_respectively(sent) -> bool:
    """Whether the parsed sentence pairs two lists in order ("..., respectively")."""
    # ("with respective values of X and Y", "with respective revenues of X, Y and Z")
    return any(t.lower_ == "respectively"
               or t.lower_ == "respective" and t.head.lower_ in _RESPECTIVE_NOUNS
               for t in sent)


# What a list's figures are said to be when "respective" pairs them with it.
_RESPECTIVE_NOUNS = FLOW_VALUE_HEADS | {"amounts", "shares", "turnover", "turnovers", "totals", "sums"}


def _one_each_of_other_measures(figures: list[Figure]) -> None:
    """"imports and trade surplus stood at X and Y (respectively)": other measures named
    together take a listed amount each, in order; with one amount, it is the last-named
    measure's (the parse's head), as it was before the first was seen."""
    named = [f for f in figures if len(f.triggers) == 2 and len({t.measure for t in f.triggers}) == 2
             and {t.measure for t in f.triggers} != {"export", "import"}
             and f.triggers[0].head.head == f.triggers[1].head and f.triggers[0].head.dep_ == "nmod"]
    groups: dict[tuple, list[Figure]] = {}
    for fig in named:
        groups.setdefault(tuple(id(t) for t in fig.triggers), []).append(fig)
    for group in groups.values():
        flows = group[0].triggers
        for k, fig in enumerate(sorted(group, key=lambda f: f.money.start)):
            fig.triggers = [flows[k % 2]] if len(group) % 2 == 0 else [flows[1]]


# Amounts said as one list stand a few words apart at most ("$5 billion and $4 billion in
# May, compared with $4.8 billion and $4.1 billion"); one said further on ("..., 5.36 per
# cent more than in the same period last year when the figure was about $4.29 billion")
# is no item of theirs.
_LIST_GAP_WORDS = 6


def _listed_runs(group: list[Figure], text: str) -> list[list[Figure]]:
    """The figures in runs of amounts said together as one list, in text order."""
    runs: list[list[Figure]] = []
    for fig in sorted(group, key=lambda f: f.money.start):
        if runs and len(text[runs[-1][-1].money.end:fig.money.start].split()) <= _LIST_GAP_WORDS:
            runs[-1].append(fig)
        else:
            runs.append([fig])
    return runs


# Words that say two flows named together are summed: "combined exports and imports",
# "exports and imports combined".
_SUMMED = {"combined", "together", "jointly"}


def join_two_way(figures: list[Figure], sent, text: str) -> None:
    """Two flows named together as one subject ("imports and exports"):

    - with one amount between them, two-way trade: "China's total goods imports and
      exports grew to X";
    - with an amount each, one each in order: "Kenya's exports and imports rose to $5
      billion and $4 billion" (as with "respectively"), and so for each list of as many
      amounts ("from $4.8 billion and $4.1 billion");
    - "both exports and imports totalled X" gives each the amount, as the parse does.
    """
    respectively = says_respectively(sent)
    _one_each_of_other_measures(figures)
    pairs = [f for f in figures if len(f.triggers) == 2 and {t.measure for t in f.triggers} == {"export", "import"}
             and f.triggers[1].head in named_together(f.triggers[0].head)]
    if not pairs or any(t.lower_ in ("both", "each") for t in sent):
        return
    for fig in list(pairs):
        # "with imports totaling X and exports amounting to Y": when another figure has one
        # of the two flows to itself, this one is the other's
        taken = [t for t in fig.triggers if any(g.triggers == [t] for g in figures if g is not fig)]
        if len(taken) == 1:
            fig.triggers = [t for t in fig.triggers if t is not taken[0]]
            pairs.remove(fig)
    if not pairs:
        return
    groups: dict[tuple, list[Figure]] = {}
    for fig in pairs:
        groups.setdefault(tuple(sorted(id(t) for t in fig.triggers)), []).append(fig)
    for group in [run for g in groups.values() for run in _listed_runs(g, text)]:
        flows = sorted(group[0].triggers, key=lambda t: t.head.i)
        if any(c.lower_ in _SUMMED for t in flows for c in t.head.children):
            # "combined exports and imports topped $1 trillion, reaching $1.077 trillion":
            # flows said summed are two-way trade, whatever the number of amounts
            first, second = flows
            first.measure, first.tokens = "total", first.tokens | second.tokens
            first.subset = first.subset or second.subset
            for fig in group:
                fig.triggers = [first]
            continue
        if len(group) % len(flows) == 0:
            # "... at X and Y, respectively, ... from P and Q": each list in the flows' order
            for k, fig in enumerate(sorted(group, key=lambda f: f.money.start)):
                fig.triggers = [flows[k % len(flows)]]
        elif len(group) == 1 and not respectively:
            first, second = flows
            first.measure, first.tokens = "total", first.tokens | second.tokens
            first.subset = first.subset or second.subset
            group[0].triggers = [first]


# Modifiers of a flow that name all the goods, not a part of them.
_ALL_THE_GOODS = {"merchandise", "goods", "total", "overall", "visible", "commodity"}
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def respective_parts(figures: list[Figure], sent) -> None:
    """"Merchandise and services exports were X and Y respectively", "Oil and non-oil
    exports were X and Y, respectively": one flow word with a list of modifiers and as many
    figures said respectively (or twice as many, the list's earlier values too) is one flow
    per modifier, in order; a figure of merchandise (all the goods) is no part of them. In
    place: each figure gets its own copy of the flow."""
    if not says_respectively(sent):
        return
    groups: dict[int, list[Figure]] = {}
    for fig in figures:
        if len(fig.triggers) == 1:
            groups.setdefault(id(fig.triggers[0]), []).append(fig)
    for group in groups.values():
        trig = group[0].triggers[0]
        head = trig.head
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]
        if len(group) < 2 or not modifiers or not any(c.dep_ == "cc" for m in modifiers for c in m.subtree):
            continue
        doc = head.doc
        parts = _LIST_SEPARATOR.split(doc[min(m.left_edge.i for m in modifiers):head.i].text)
        if len(group) % len(parts) or len(parts) < 2 or not all(parts):
            continue
        # (a second round of figures is the same list's earlier values: "..., against P and Q")
        for k, fig in enumerate(sorted(group, key=lambda f: f.money.start)):
            part = parts[k % len(parts)]
            whole = part.lower() in _ALL_THE_GOODS
            fig.triggers = [replace(trig, subset=not whole, product=None if whole else part)]


def respective_flows(sent, triggers: list[Trigger], count: int, listed: bool = False) -> list[Trigger] | None:
    """"imports and exports decreased by 10.5 per cent and 1.7 per cent respectively":
    the flows named together, in order, when the sentence says "respectively" (or writes
    the changes as one list, ``listed``: "reached X and Y, down 1.5 per cent and 18.2 per
    cent") and gives as many changes as flows; None otherwise."""
    if count < 2 or not (says_respectively(sent) or listed):
        return None
    for trig in triggers:
        flows = [t for t in triggers if t is trig or t.head in named_together(trig.head)]
        if len(flows) == count and len({t.measure for t in flows}) == count:
            return sorted(flows, key=lambda t: t.head.i)
    # "exports reached X and imports Y, up 5.1% and 7.3% respectively": the flows named
    # in clauses of their own, when the sentence names just as many, each a different one
    if len(triggers) == count and len({t.measure for t in triggers}) == count:
        return sorted(triggers, key=lambda t: t.head.i)
    return None


# "exports to Japan rose 11% to $4.2 billion, and to South Korea by 8.4% to $2.9 billion":
# a clause that leaves out its flow and verb names only the new partner ("widened to MAD
# 40.4 billion ($4.17 billion) last year, as well as with Saudi Arabia, widening to X").
_GAPPED_PARTNER = re.compile(r"(?:\s*\([^()]{1,40}\))?"
                             r"(?:\s+(?:(?:in|during|for)\s+[^,;.]{1,30}|(?:last|this)\s+[a-z]+))?"
                             r"[\s,;]*(?:and|while|but|whereas|as\s+well\s+as)\s+"
                             r"(?:those\s+|exports\s+|imports\s+)?(?:to|from|with)\s+", re.IGNORECASE)


# "deficits with China with a deficit of $1.1 billion, Korea with a deficit of $0.6
# billion, and Germany with ...": the next item of a list of partners, each with its figure.
# (the item before may end with its share in brackets: "N1.10 trillion (8.7 per cent) and France")
_ITEM_JOIN = re.compile(r"(?:\s*\([^()]{1,40}\))?[\s,;]*(?:and\s+)?(?:with\s+)?(?:the\s+)?", re.IGNORECASE)
_WITH_ITS_FIGURE = re.compile(
    r"\s+with\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:deficit|surplus|trade|turnover|exports|imports|balance)\s+"
    r"(?:of|worth|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?", re.IGNORECASE)


# ("China came second with $91.3 billion, the UAE third with $68.5 billion": an item of a
# ranking that leaves out its verb, its place then its figure)
_WITH_ITS_PLACE = re.compile(
    r"\s+(?:in\s+)?" + RANKING_PLACES + r"(?:\s+(?:place|spot|position))?\s*,?\s+(?:with|at)\s+"
    r"(?:(?:trade|turnover|exports|imports)\s+(?:of|worth|at)\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?", re.IGNORECASE)


# "Exports to the EU rose 9.4 percent to 48 billion, China by 22.6 percent to 24.47
# billion, and India by 42.6 percent to 9.54 billion": the next partner of a list, each
# with its change and the level it led to.
_CHANGE_ITEM_JOIN = re.compile(r"(?:\s+(?:in|during|for)\s+[^,;.]{1,30})?[\s,;]*(?:and\s+)?(?:to\s+|from\s+|with\s+)?"
                               r"(?:the\s+)?", re.IGNORECASE)
_WITH_ITS_CHANGE = re.compile(r"\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|pct)\s+to\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?", re.IGNORECASE)


def gapped_partner(text: str, previous_end: int, start: int, economies: list[EconomyMention]) -> str | None:
    """The partner a gapped clause between the previous figure and this one names, if any,
    or the next item of a list of partners each with its figure (or its change and figure)."""
    m = _GAPPED_PARTNER.match(text, previous_end, start)
    if m is None:
        item = [e for e in economies if previous_end <= e.start < start
                and (_ITEM_JOIN.fullmatch(text, previous_end, e.start)
                     and (_WITH_ITS_FIGURE.fullmatch(text, e.end, start) or _WITH_ITS_PLACE.fullmatch(text, e.end, start))
                     or _CHANGE_ITEM_JOIN.fullmatch(text, previous_end, e.start)
                     and _WITH_ITS_CHANGE.fullmatch(text, e.end, start))]
        return item[0].code if item else None
    named = [e for e in economies if m.end() <= e.start < start]
    return named[0].code if named and named[0].start - m.end() <= 4 else None


# "RM13.4 billion went to China, RM12.0 billion to Singapore and RM10.1 billion to the
# United States": items said amount first, each with its partner after it.
_AMOUNT_FIRST_ITEM_GAP = re.compile(r"\s+(?:went\s+|go\s+|goes\s+|came\s+|come\s+|comes\s+)?(?:to|from)\s+(?:the\s+)?"
                                    r"[A-Z][^,;.()]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_AMOUNT_FIRST_ITEM_AFTER = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?")


def next_item_of_list(text: str, previous_end: int, money: MoneyMention, economies: list[EconomyMention]) -> bool:
    """Whether ``money`` is the next item of a list of partners that leaves out its verb and
    flow, after the figure ending at ``previous_end``: its partner said before it ("China
    came second with X, the UAE third with Y"; gapped_partner) or after it ("RM13.4
    billion went to China, RM12.0 billion to Singapore")."""
    if gapped_partner(text, previous_end, money.start, economies) is not None:
        return True
    return _AMOUNT_FIRST_ITEM_GAP.fullmatch(text, previous_end, money.start) is not None \
        and (m := _AMOUNT_FIRST_ITEM_AFTER.match(text, money.end)) is not None \
        and any(e.start == m.end() for e in economies)


# What joins the items of a written list: "China, India and Japan", "Egypt, the UAE, and
# Iraq", "2021, 2022 and 2023".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.IGNORECASE)


def listed_after(text: str, previous, mention) -> bool:
    """Whether ``mention`` is the next item of a written list after ``previous``, with only
    a list's joint between them ("KD900 million, KD600 million and KD400 million")."""
    return _LIST_JOIN.fullmatch(text, previous.end, mention.start) is not None


def written_lists(text: str, mentions: list) -> list[list]:
    """The runs of two or more mentions (in text order) the text lists one after another."""
    runs: list[list] = []
    for mention in mentions:
        if runs and _LIST_JOIN.fullmatch(text, runs[-1][-1].end, mention.start):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if len(run) >= 2]


def _current_figures_by_flow(figures: list[Figure]):
    """Each flow of the figures, with its current figures that are of it alone, in text order."""
    for trig in {id(t): t for f in figures for t in f.triggers}.values():
        yield trig, sorted((f for f in figures if f.role == "current" and f.triggers == [trig]),
                           key=lambda f: f.money.start)


def respective_partners(figures: list[Figure], sent, eco, text: str, economies: list[EconomyMention]) -> None:
    """"surpluses with Australia and Canada were $3.2 billion and $1.1 billion,
    respectively": the partners named together take the figures in order. Without
    "respectively" only the flow's own partners do, and only figures set side by side
    ("turnover with Russia and China totaled 176 and 131 million dollars").

    The parse often joins a long list wrongly ("exports to China, the United States and
    Japan" makes "the United States" the verb's subject), so when its partners do not
    number the figures, the written list does, if the sentence has one list of that
    length and it is the flow's partners (after "to", "from", "with") or the ranked
    economies of a ranking ("Egypt, Jordan and Iraq were Kuwait's top markets, with
    exports worth X, Y and Z respectively"). A list that is the flow's own subject
    ("China and India imported X and Y") names reporters, not partners.
    """
    respectively = says_respectively(sent)
    # ("Saudi Arabia and India came next, with exports of X and Y respectively": the
    # list's place in a ranking says it is of partners, as a role word does)
    ranked = ranks_partners(sent.text) or _PLACED.search(sent.text) is not None
    for trig, mine in _current_figures_by_flow(figures):
        if len(mine) < 2:
            continue
        partners = []
        for prep in (c for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "with")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                partners += [code for tok in (obj, *obj.conjuncts) if (code := eco.of(tok))]
        if not respectively and not (len(partners) == len(mine) == len(set(partners))
                                     and all(_FIGURES_JOINED.fullmatch(text, a.money.end, b.money.start)
                                             for a, b in zip(mine, mine[1:]))):
            # without "respectively", only the flow's own partners and a list of its figures
            # set side by side pair in order ("turnover with Russia and China totaled 176 and
            # 131 million dollars": neither figure can be of both)
            continue
        listed: tuple[str, ...] = ()
        if len(partners) != len(mine):
            # The list comes before its figures: one after them is another clause's.
            runs = [run for run in written_lists(text, economies) if len(run) == len(mine)
                    and run[-1].end <= mine[0].money.start
                    and len({e.code for e in run}) == len(run) and _partners_of(run, trig, eco, ranked, mine[0])]
            if not runs and respectively and ranked:
                # "imports from the US were X, followed by China and India at Y and Z
                # respectively": a ranking's list goes with the figures said after it, the
                # first partner keeping its own
                runs = [run for run in written_lists(text, economies) if len(run) >= 2
                        and len(run) == len(after := [f for f in mine if f.money.start >= run[-1].end])
                        and len(run) < len(mine) and _FIGURES_JOINED.fullmatch(text, after[0].money.end,
                                                                                after[1].money.start)
                        and len({e.code for e in run}) == len(run)]
                if len(runs) == 1:
                    mine = [f for f in mine if f.money.start >= runs[0][-1].end]
            if len(runs) != 1:
                continue
            partners = [e.code for e in runs[0]]
            listed = tuple(partners)
        for fig, partner in zip(mine, partners):
            fig.partner = partner
            fig.listed_with = listed


def respective_reporters(figures: list[Figure], sent, eco) -> None:
    """"China, India and Turkey bought Kenyan goods worth X, Y and Z, respectively",
    "Kenya and Uganda exported X and Y to China respectively": economies listed as the
    subject of the flow's verb (or of the verb its clause hangs on: "were ..., purchasing")
    report the figures in order, when they number them. Not in a ranking, where such a list
    names the owner's partners ("China and India were Kenya's top markets, taking X and Y
    respectively")."""
    if not says_respectively(sent) or ranks_partners(sent.text) or _PLACED.search(sent.text):
        return
    for trig, mine in _current_figures_by_flow(figures):
        if len(mine) < 2 or any(f.listed_with for f in mine):
            continue
        verb = trig.head if trig.head.pos_ in ("VERB", "AUX") else trig.head.head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("advcl", "xcomp"):
            verb = verb.head  # "China and India were the main buyers ..., purchasing X and Y"
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            reporters = [code for tok in (subject, *subject.conjuncts) if (code := eco.of(tok))]
            if len(reporters) == len(mine) == len(set(reporters)) and not any(f.partner in reporters for f in mine):
                for fig, reporter in zip(mine, reporters):
                    fig.reporter = reporter


_FIGURES_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
# A list's place in a ranking said after it: "came next", "ranked second", "followed";
# or before it: "China was followed by South Korea and the UAE with X and Y, respectively".
_PLACED = re.compile(r"\b(?:" + PLACED_IN_RANKING + r"|followed\s+(?:in\s+)?" + RANKING_PLACES + r")\b"
                     r"|\b(?:followed|trailed)\s*(?:,|\bwith\b|\bby\b)", re.IGNORECASE)


def _partners_of(run: list[EconomyMention], trig: Trigger, eco, ranked: bool, fig: Figure) -> bool:
    """Whether a written list of economies names a flow's partners rather than its reporters.

    The list's preposition hangs on the flow's word, or on a pronoun standing for the
    flow of the sentence before as the figure's clause subject ("Those to the United
    States and China reached X and Y, respectively").
    """
    tokens = sorted(i for i, m in eco.by_token.items() if any(m is e for e in run))
    if not tokens:
        return False
    doc = fig.path[0].doc if fig.path else trig.head.doc  # a carried flow's word is in another sentence
    before = doc[tokens[0] - 1] if tokens[0] > 0 else None
    if before is not None and before.lower_ == "the" and before.i > 0:
        before = doc[before.i - 1]
    if before is not None and before.lower_ in ("to", "from", "with") \
            and (before.head == trig.head or _flow_pronoun(before.head, fig)):
        return True
    relative = [p for p in trig.head.children if p.dep_ == "prep" and p.lower_ in ("to", "from", "with")
                and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom") for o in p.children)]
    if any(_RELATIVE_AFTER_LIST.fullmatch(doc.text, run[-1].end, p.idx) for p in relative):
        return True  # "from the UAE, China and Turkey, from which Iran bought X, Y and Z, respectively"
    subjects = [c for c in trig.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.doc is doc]
    if any(t.i in tokens for s in subjects for t in s.subtree):
        return False
    return ranked


_RELATIVE_AFTER_LIST = re.compile(r"\s*,?\s*")


def _flow_pronoun(token, fig: Figure) -> bool:
    """Whether ``token`` is a pronoun subject of the verb ``fig`` hangs on ("those", "the latter")."""
    return token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass") and token.head in fig.path


# A bracket opened straight after a figure, with at most a comparison word in it before
# its own figure: "Romania - USD 1.9 billion (USD 1.7 billion in 2023)".
_BESIDE_OPEN = re.compile(r"\s*\(\s*(?:(?:against|vs\.?|versus|compared\s+(?:with|to)|from)\s+)?", re.IGNORECASE)


def beside_figure(text: str, previous: MoneyMention, money: MoneyMention, periods: list) -> bool:
    """Whether ``money`` stands in brackets straight after ``previous`` with a period of
    its own inside them: the same flow and partner, told for another period ("China -
    USD 1.2 billion (USD 1.1 billion in 2023)"). Without a period the bracket is a
    conversion or a gloss, not another figure."""
    end = previous.converted.end if previous.converted is not None else previous.end
    if not _BESIDE_OPEN.fullmatch(text, end, money.start):
        return False
    close = text.find(")", money.end)
    return close != -1 and any(money.end <= p.start and p.end <= close for p in periods)


# A figure followed by its partner: "Rs 3.2 billion with Thailand", "$2 billion to Japan".
# ("CFA9.4 billion worth of goods to Togo, CFA3.7 billion to Niger and CFA2.1 billion to Ghana")
# ("surpluses of X recorded with France, Y with Italy", "a deficit of X in its trade with
# China, Y with Thailand": a participle or the trade it is in may come between)
_TRAILING_PARTNER = re.compile(r"\s+(?:worth\s+(?:of\s+)?(?:(?:goods|products|merchandise)\s+)?)?"
                               r"(?:(?:recorded|registered|posted|reported|run)\s+)?(?:in\s+(?:its|their|the)\s+trade\s+)?"
                               r"(?:with|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_FOLLOWED_BY = re.compile(r"\s*,?\s*(?:and\s+)?followed\s+by\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|"
                          r"more\s+than\s+)?(?:the\s+)?", re.IGNORECASE)
# ... and an economy's exports by market: "Vietnamese exports reached $16.3 billion in China,
# $8.1 billion in Japan"
_TRAILING_MARKET = re.compile(r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:[,;.)]|and\b|while\b|$"
                           # (the list's period said after its last item: "... in the first five months")
                           # ("... and EUR 77.3 million to France in December")
                           r"|(?:in|during|over)\s+(?:the\s+)?(?:first|last|past|previous|same|(?:19|20)\d\d"
                           r"|" + "|".join(MONTH_NAMES) + r")\b)",
                           re.IGNORECASE)


def _owner_on_flow(head, eco) -> bool:
    """Whether the flow names its economy on itself ("Vietnamese exports", "Vietnam's
    exports"): then "in China" after its figures is a market, not whose exports they are
    (a regional round-up's "Exports rose to X in Latvia")."""
    return any(c.dep_ in ("poss", "amod", "compound") and c.i in eco.by_token for c in head.children)


def trailing_partners(figures: list[Figure], text: str, economies: list[EconomyMention], eco) -> None:
    """"a trade deficit of Rs 6.1 billion with the UAE, Rs 3.2 billion with Thailand and Rs
    2.9 billion with Japan": when two or more figures of one measure each have their
    partner right after them, that is each one's partner, whatever the parse joins."""
    by_measure: dict[str, list[tuple[Figure, str]]] = {}
    for fig in figures:
        if fig.role != "current" or not fig.triggers:
            continue
        after = next((e for e in economies if e.start >= fig.money.end), None)
        if after is not None and (_TRAILING_PARTNER.fullmatch(text, fig.money.end, after.start)
                                  or fig.triggers[0].measure == "export"
                                  and _owner_on_flow(fig.triggers[0].head, eco)
                                  and _TRAILING_MARKET.fullmatch(text, fig.money.end, after.start)) \
                and _LIST_GOES_ON.match(text, after.end):
            by_measure.setdefault(fig.triggers[0].measure, []).append((fig, after.code))
    for measure, listed in by_measure.items():
        mine = [f for f in figures if f.role == "current" and f.triggers and f.triggers[0].measure == measure]
        if len(listed) == 1 and (k := mine.index(listed[0][0])) > 0 \
                and _FOLLOWED_BY.fullmatch(text, mine[k - 1].money.end, listed[0][0].money.start) \
                and mine[k - 1].partner != listed[0][1]:
            # "a deficit with India of Rs 544 billion, followed by Rs 198 billion with China":
            # the next of a ranking, its partner said after it
            listed[0][0].partner = listed[0][1]
            continue
        # The listed figures must follow one another: a figure of the measure between them
        # would mean the partners are not a list. One before or after them is the whole
        # the list breaks down ("a deficit of X, with surpluses of A with France, B with Italy").
        places = [mine.index(fig) for fig, _ in listed]
        if len(listed) >= 2 and places == list(range(places[0], places[0] + len(places))):
            for fig, code in listed:
                fig.partner = code


# Where a flow's goods went, said after its figure: "exports worth JD 900 million went to
# Iraq", "goods worth $2 billion were shipped to Kenya"; and where imports came from.
# (or said bare: "compared with EUR 95 billion to China", "$3.1 billion from Japan"; or
# after the figure's bracket: "Just over half of the exports (EUR 66.9 billion) went to
# other EU countries", a member's trade with the rest of its union)
_WENT_TO = re.compile(r"\)?\s+(?:(?:went|go|goes|headed|(?:were|was)\s+(?:shipped|sent|exported|destined|bound))\s+"
                      r"(?:to|for)|to)\s+(?:the\s+)?(?:other\s+)?", re.IGNORECASE)
_CAME_FROM = re.compile(r"\s+(?:(?:came|come|comes|originated|(?:were|was)\s+(?:shipped|sent|imported))\s+)?from\s+"
                        r"(?:the\s+)?", re.IGNORECASE)


def destined_partner(text: str, fig: Figure, economies: list[EconomyMention]) -> str | None:
    """The economy a flow's figure is said to have gone to (exports) or come from
    (imports), straight after the figure, whatever the parse makes of the verb."""
    measures = {t.measure for t in fig.triggers}
    said = _WENT_TO if measures == {"export"} else _CAME_FROM if measures == {"import"} else None
    after = next((e for e in economies if e.start >= fig.money.end), None)
    if said is None or after is None:
        return None
    return after.code if said.fullmatch(text, fig.money.end, after.start) else None


def flow_destined_partner(text: str, fig: Figure, economies: list[EconomyMention], offset: int) -> str | None:
    """The economy exports are said to be bound for right after the flow's word ("Exports
    destined for Rwanda jumped from X to Y"), whatever the parse makes of the participle."""
    for trig in fig.triggers:
        if trig.measure != "export":
            continue
        end = trig.head.idx + len(trig.head.text) + offset
        after = next((e for e in economies if e.start >= end), None)
        if after is not None and after.start < fig.money.start and _BOUND_FOR.fullmatch(text, end, after.start):
            return after.code
    return None


# Right after the flow's word: "exports destined for", "shipments bound for", "exports headed to".
_BOUND_FOR = re.compile(r"\s+(?:destined|bound|headed|heading)\s+(?:for|to)\s+(?:the\s+)?", re.IGNORECASE)


# Two compared figures joined by "and" ("against $8.7 billion and $6.9 billion a year earlier").
_PAIRED_JOIN = re.compile(r"\s*,?\s*and\s+(?:(?:about|around|some|nearly)\s+)?$", re.IGNORECASE)


def paired_comparisons(figures: list[Figure], text: str) -> list[tuple[Figure, Figure, Figure, Figure]]:
    """"exports were $9.4 billion and imports $7.2 billion, against $8.7 billion and $6.9
    billion a year earlier": two compared figures listed after two current figures of two
    flows are compared with them in order, as (current, current, compared, compared)."""
    out = []
    for k in range(2, len(figures) - 1):
        first, second = figures[k], figures[k + 1]
        if not (first.role == second.role == "comparison" and _PAIRED_JOIN.fullmatch(text, first.money.end,
                                                                                     second.money.start)):
            continue
        one, other = figures[k - 2], figures[k - 1]  # the two current figures, said just before
        if one.role != "current" or other.role != "current":
            continue
        if not one.triggers or not other.triggers or one.triggers == other.triggers:
            continue
        out.append((one, other, first, second))
    return out
