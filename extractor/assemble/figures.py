"""Rules about one figure of a sentence: is it usable, current or compared, whose is it.

Each takes the figures the parse attached (``Figure``) and settles one question with
the words around them, where the parse alone is known to be unreliable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.assemble.attach import carrying_subjects
from extractor.assemble.changes import CHANGE_NOUN_RE, SET_OFF_AFTER_FIGURE
from extractor.assemble.modality import polled
from extractor.assemble.parties import EconomyTokens, antecedent, city_anaphor, trade_that_saw, traded
from extractor.assemble.triggers import Trigger
from extractor.data.calendar import CHANGE_BASIS_PERIOD, FIGURE_OF_PERIOD, MONTH_NAMES
from extractor.data.economies import GROUP_SURFACES
from extractor.data.lexicon import (
    CHANGE_AFTER_CUE, CHANGE_AMOUNT_CUE, CHANGE_VERB_CUE, EXCEEDED_OBJECT, EXCEEDED_VERBS, FALL_WORDS, FIGURE_ANAPHOR_NOUNS,
    FIRST_TOLD_VERBS, FLOW_ECONOMY_PHRASE, GROUP_NOUNS, LEVEL_BEFORE_CUE, LONG_GROUP_NAMES, MORE_THAN_IT_TRADED,
    NO_CODE_REGION_RE, NO_CODE_REGIONS, PAIR_ANAPHORS, PART_WAYS, PERCENT_UNIT, PERIOD_BEFORE_THAN, PLACE_NOUNS,
    REGION_ADJECTIVES, REGIONAL_GROUP_NOUNS, REVISION_CUE, REVISION_NOTE, RISE_WORDS, SUBNATIONAL_NOUNS,
    SUBNATIONAL_PLACES,
)
from models import Change, MoneyMention

_REVISION = re.compile(REVISION_CUE, re.IGNORECASE)
_CHANGE_AMOUNT = re.compile(CHANGE_AMOUNT_CUE, re.IGNORECASE)
# A figure said "at" right after the period it is compared with.
_PERIOD_COMPARED_AT = re.compile(
    r"\b(?:over|than|from|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:same|corresponding|comparable)\s+"
    r"(?:period|month|quarter|months)\s+(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+"
    r"(?:fiscal\s+)?year|(?:19|20)\d\d(?:-\d\d)?)\s*,?\s*(?:at|of|when\s+(?:it|they)\s+(?:was|were|stood\s+at))\s+"
    r"(?:about\s+|around\s+|some\s+)?$"
    # ("21.2% higher than recorded in the same period of 2016 (USD 1.35 billion)": the
    # figure alone in a bracket after the period, a participle between)
    r"|\b(?:than|from|against|compared\s+(?:with|to))\s+(?:(?:that\s+)?(?:recorded|registered|posted|reported|seen)\s+)?"
    r"(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|month|quarter|months)\s+"
    r"(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+(?:fiscal\s+)?year|(?:19|20)\d\d"
    r"(?:-\d\d)?)\s*[(\[]\s*(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# "up 9.5 percent on 2019, when the figure stood at X", "from a year earlier, when exports
# were X": a figure said in a "when" clause of the period a change is measured against is
# that period's, the figure compared with.
# (the period said as what a change is measured against, then "when")
_COMPARED_PERIOD_WHEN = (
    r"\b(?:over|than|from|against|on|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d|last\s+year|a\s+year\s+(?:ago|earlier|before)|(?:previous|prior)\s+year|year\s+before"
    r"|(?:same|corresponding)\s+(?:period|month|quarter)\s+(?:(?:of|in)\s+)?(?:last\s+year|(?:19|20)\d\d))"
    r"\s*,?\s*when\s+")
# "... (for the same period of 2022 it was $57.8 billion)": the earlier period opening the
# clause that gives its figure.
_SAME_PERIOD_THEN_STOOD = re.compile(
    r"\b(?:for|in|during)\s+the\s+(?:same|corresponding|comparable)\s+(?:period|month|quarter|months)\s+"
    r"(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+(?:fiscal\s+)?year|(?:19|20)\d\d)"
    r"\s*,?\s*(?:it|they|the\s+(?:figure|total|value|amount|turnover))\s+(?:was|were|stood\s+at|amounted\s+to|"
    r"totall?ed|came\s+to|reached)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_WHEN_PERIOD_COMPARED_STOOD = re.compile(
    _COMPARED_PERIOD_WHEN + r"(?:it|they|the\s+(?:figure|total|value|amount|level|surplus|deficit|gap|balance)|(?:total\s+)?"
    r"(?:exports|imports|trade|shipments|the\s+(?:trade\s+)?(?:surplus|deficit)))\s+(?:had\s+)?"
    r"(?:was|were|stood\s+at|totall?ed|amounted\s+to|came\s+(?:in\s+)?(?:at|to)|reached|(?:was|were)\s+"
    r"(?:worth|valued\s+at))\s+(?:about\s+|around\s+|some\s+|just\s+|only\s+|barely\s+|a\s+mere\s+)?$", re.IGNORECASE)
# "..., a fall of 8.47% when compared to the same period in 2019, when US$4.1 billion were
# exported": the figure said as what moved in that period, its verb after it.
_WHEN_PERIOD_COMPARED = re.compile(_COMPARED_PERIOD_WHEN + r"(?:about\s+|around\s+|some\s+|only\s+)?$", re.IGNORECASE)
_MOVED_AFTER = re.compile(r"\s+(?:were|was|had\s+been)\s+(?:exported|imported|shipped|traded)\b", re.IGNORECASE)
# "a $95 million monthly increase": by how much, with the noun's adjective between
_CHANGE_NOUN_AFTER = re.compile(r"\s*(?:-\s*)?(?:(?:monthly|annual|yearly|quarterly|year-on-year|month-on-month|sharp|"
                                r"steep|further|slight)\s+)?" + CHANGE_NOUN_RE + r"\b", re.IGNORECASE)
# "higher exports (+50.1 billion FCFA) and lower imports (-29.2 billion FCFA)": a signed
# amount in brackets after a comparative (or a change "in" the flow) is the change ("the decrease in total imports
# (9,997.5 million)" may give the level, so unsigned ones are left alone)
_CHANGE_IN_BRACKETS = re.compile(
    # "a 14.2% decline ($83.6 million)": a change's percentage and noun, then its money
    r"\d\s*(?:%|pct|per\s?cent|percent)\s+" + CHANGE_NOUN_RE + r"s?\s*\(\s*$"
    r"|\b(?:higher|lower|increased|decreased|rising|falling|stronger|weaker"
    # "a fall in imports (-44.9 billion FCFA)"
    r"|(?:rise|fall|increase|decrease|drop|decline|growth|contraction|reduction)\s+in)\s+(?:[\w-]+\s+){0,2}"
    r"\(\s*[-−+]\s*$", re.IGNORECASE)
# A money amount in brackets right after a percentage, and what may close that bracket:
# a change noun makes the amount the change's ("a 14.1 percent ($5.6 million) increase").
_PERCENT = r"[\d.,]+\s*(?:%|pct|per\s?cent|percent)"
_PERCENT_BRACKET_BEFORE = re.compile(_PERCENT + r"\s*\(\s*(?:about\s+|some\s+|or\s+)?$", re.IGNORECASE)
_CHANGE_NOUN_AFTER_BRACKET = re.compile(r"\s*\)" + _CHANGE_NOUN_AFTER.pattern, re.IGNORECASE)
# ... and a series of them after a change verb: "declined by 73.6 percent ($3.5 million),
# 41.3 percent ($18.3 million) and 23.3 percent ($4.9 million)".
_CHANGES_LISTED_BEFORE = re.compile(
    r"\b(?:rose|risen|fell|fallen|increased|decreased|declined|dropped|grew|grown|jumped|climbed|gained|slipped)"
    r"\s+(?:by\s+)?" + _PERCENT + r"\s*\([^()]{1,30}\)(?:\s*,\s*" + _PERCENT + r"\s*\([^()]{1,30}\))*"
    r"\s*,?\s*(?:and\s+)?" + _PERCENT + r"\s*\(\s*$", re.IGNORECASE)
_CHANGE_VERB = re.compile(CHANGE_VERB_CUE, re.IGNORECASE)
_CHANGE_AFTER = re.compile(CHANGE_AFTER_CUE, re.IGNORECASE)
_LEVEL_BEFORE = re.compile(LEVEL_BEFORE_CUE, re.IGNORECASE)
_SHARE_VERB_BEFORE = re.compile(r"\b(?:accounted|accounts|account)\s+for\s+"
                                r"(?:(?:about|some|nearly|around|almost)\s+)?"
                                r"(?:[\d.,]+\s*(?:%|percent|per\s?cent|pct)\s*,?\s*(?:or|\()\s*)?$", re.IGNORECASE)
_SHARE_THEN_LEVEL = re.compile(r"[A-Z][\w.'’-]*\s*\(\s*\d[\d.,]*\s*(?:%|percent|per\s?cent|pct)\s*(?:or|,)\s*$")
# ... and the same the other way round: "Turkey ($804.2 million or 14.4 percent) ranks
# first": a figure opening the bracket after a name, its share after "or", is the named
# partner's level, not a change (but not after a month: "in January ($2bn or 5%)").
_NAME_BRACKET_BEFORE = re.compile(r"\b(?!(?i:" + "|".join(MONTH_NAMES) + r")\b)[A-Z][\w.'’-]*\s*\(\s*$")
_SHARE_CLOSING_BRACKET = re.compile(r"\s*(?:,\s*|\s+)or\s+[\d.,]+\s*(?:%|percent|per\s?cent|pct)\s*\)")
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$",
                            re.IGNORECASE)
# ("were $1.1bn higher at $38.2bn": the level comes after "at")
# ("was ISK 3,900 million or 3.8% higher at current rates of exchange than in the same
# period": the percentage "or" restates is the same difference, so the figure is one too;
# with a comma before "or", ", or 3.8% higher" may follow a level)
# ("Compared with March last year, the surplus was CZK 14.9 billion higher.": the
# comparative ending the clause, its basis said before)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_COMPARATIVE_AFTER = re.compile(r"\s+(?:more|less|higher|lower|greater|larger|smaller|bigger|wider|narrower)\s+"
                                r"(?:" + PERIOD_BEFORE_THAN + r"than\b|(?:at|to)\s"
                                r"|compared\s+(?:with|to)\b|year[-\s]on[-\s]year\b)"
                                r"|\s+(?:more|less|higher|lower|greater|larger|smaller|bigger|wider|narrower)\s*(?:[.;]|$)"
                                # ("ISK 101.5 billion higher (32.6%) than a year earlier": its
                                # percentage in brackets between, Icelandic copy)
                                r"|\s+(?:more|less|higher|lower|greater|larger|smaller|bigger)\s*\([^()]{0,30}\)\s*"
                                r"(?:than|compared\s+(?:with|to))\b"
                                # ("US$188.6 million, or 2.2 per cent, higher than the X recorded":
                                # the percentage set off by commas, Central American copy)
                                r"|\s*,?\s+or\s+(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:%|pct|per\s*cent|percent)"
                                r"\s*,?\s+(?:more|less|higher|lower|greater|larger|smaller|bigger)(?:\s+[\w-]+){0,5}?\s+than\b",
                                re.IGNORECASE)
# A comparison word just before the figure, within a few words and no comma (a noun
# phrase: "than the May 2017 trade surplus of"):
# "from January's 7.20 billion", "from a surplus of 295.3 mln", "compared with a December figure of".
_COMPARISON_CUE = re.compile(r"(?:\b(?:from|against|versus|vs\.?|compared?\s+(?:with|to)|compares\s+with|after|following|than"
                             r"|comparison\s+(?:with|to)"  # "in comparison to X" (its "to" is no stretch's end)
                             # ("reached $197.2 billion, almost double the $104.6 billion recorded in 2020")
                             r"|(?:double|twice|triple|treble|thrice)(?=\s+(?:the|that\s+of|its)\b)"
                             # ("rose 11.4% to above $113.9 billion": a bound on the level reached)
                             r"|(?<!\bto\s)(?<!\bat\s)(?:below|above)|(?:up|down)\s+on"
                             # "That follows the revised $2.4 billion deficit in February", "coming on
                             # the heels of a revised surplus", "topping the previous record of X"
                             # (but not "This follows exports of X and imports of Y": what it is made of)
                             r"|(?<=that\s|this\s)follow(?:s|ed)(?!\s+(?:total\s+)?(?:exports?|imports?)\s+of\b)"
                             r"|on\s+the\s+heels\s+of|(?:previous|prior|old)\s+record\s+of"
                             # "hit a record of X, surpassing the record of Y in 2011": the record beaten
                             r"|(?:surpass|exceed|beat|top|break|eclips)(?:ing|ed|ped|ping)?\s+(?:the|a)\s+"
                             r"(?:previous\s+|prior\s+|old\s+|earlier\s+)?(?:record|high|peak)\s+(?:of|at|set)\b)"
                             # "rose 14 percent over $25.1 billion": a change's basis
                             # (not "grew 9.5 percent over the year and surpassed $7.9 billion": the
                             # change's basis, after which the figure is the current one)
                             r"|(?:(?<=%\s)|(?<=percent\s)|(?<=pct\s)|(?<=per\scent\s))over\b"
                             r"(?!\s+the\s+(?:year|month|quarter|period)\b(?!-))"
                             # "That is a 4.1 percent increase over the $1.25 billion registered in 2022"
                             # ("a 5 percent rise on the $2.86 billion of 2018", "a slight drop on X")
                             r"|(?:(?<=increase\s)|(?<=decrease\s)|(?<=rise\s)|(?<=gain\s)|(?<=growth\s)|(?<=decline\s)"
                             r"|(?<=drop\s)|(?<=fall\s))(?:over|on)\b)"
                             # "compared to the fourth quarter of 2021 (K48,210 million)", "compared to
                             # January-May 2023 ($276.7 million)": that period's figure
                             # "compared to the amount recorded in the third quarter of 2022 (GH¢44.6
                             # billion)": the same, the period glossed as a figure's
                             # ("compared with +€5.2 bn": a sign set on the figure, Eurostat's notation)
                             r"\s+(?:" + FIGURE_OF_PERIOD + r")?(?:[\w'’./–-]+\s+){0,7}(?:\(\s*|[-−+]\s*)?$",
                             re.IGNORECASE)
# What may stand between two comparison figures of one chain ("from 1.5 billion in
# January and 3.48 billion", "a 3.3 mln dlr deficit in January and a 36.1 mln dlr deficit").
_CHAIN_GAP = re.compile(r"^(?:[\s,;()]|\b(?:and|or|in|the|a|an|during|for|of|while|dlrs?|mln|billion|marks?|"
                        r"stg|yen|surplus|deficit|shortfall|gap)\b)*$", re.IGNORECASE)
# "rose 2.1% from February to X": the cue's stretch ends at "to", and X is where it ended.
# The cue's own "to" ("compared to X") is no stretch's end: the group is atomic.
_STRETCH_END = re.compile(r"^(?>\S+(?:\s+(?:with|to|on)\b)?)\s+.*\b(?:to|at)\s+"
                          r"(?:(?:about|around|some|nearly|almost|roughly|over|under|more\s+than|less\s+than|a\s+record|"
                          r"an\s+estimated|just\s+(?:over|under|above|below))\s+)?$", re.IGNORECASE | re.DOTALL)
# "imports from Japan totalled X" is no comparison.
_PERCENT_WORD = re.compile(PERCENT_UNIT)
# A finite verb after "from" starts a clause: "Imports from China dropped to X" is no
# comparison of X with China.
_CLAUSE_VERBS = sorted(w for w in RISE_WORDS | FALL_WORDS if w.endswith("ed") or w in {
    "rose", "fell", "grew", "shrank", "sank", "slid", "swelled", "swollen", "risen", "fallen", "grown"})
_NEW_CLAUSE = re.compile(r"\b(?:total(?:l?ed|l?ing)|were|was|amounted|stood|reached|came|hit|touched|recorded|"
                         r"registered|posted|"
                         # "a surplus in April after reporting $910 million in exports": a clause, no comparison
                         r"reporting|recording|registering|posting|reaching|booking|"
                         # "increased by 2.5% compared to 2022 surpassing $1.7 bln": the level reached
                         # (not "surpassing the record of Y": the record beaten, a comparison)
                         # ("Earnings from exports exceeded USD 11 billion": the finite verb too)
                         r"(?:surpass(?:ing|ed)|exceed(?:ing|ed)|top(?:ping|ped)|cross(?:ing|ed))"
                         r"(?!\s+(?:the|a)\s+(?:previous\s+|prior\s+|old\s+|"
                         r"earlier\s+)?(?:record|high|peak)\b)|amounting|"
                         # "doubled against 2021 and set a historical record of $62 billion": the level
                         r"set(?:ting)?(?=\s+(?:a|an)\s+(?:new\s+|historic(?:al)?\s+|all[-\s]time\s+)?"
                         r"(?:record|high)\b)|"
                         + "|".join(_CLAUSE_VERBS) + r")\b", re.IGNORECASE)
_REVISION_NOTE = re.compile(REVISION_NOTE, re.IGNORECASE)
# "than the exports recorded in May 2020 of R123.4 billion": a participle after its noun
# describes the figure compared with; it starts no clause.
_PARTICIPLE_OF_NOUN = re.compile(r"\bthe\s+[a-z]+\s+(?:recorded|registered|reported|posted)\s*$", re.IGNORECASE)


def _starts_clause(cue: str) -> bool:
    """Whether a verb after the comparison word starts a clause of its own."""
    return any(not _PARTICIPLE_OF_NOUN.search(cue, 0, m.end()) for m in _NEW_CLAUSE.finditer(cue))


# "imports amounted to more than $2.1 billion": a qualifier of the figure, where no
# amount or percentage says by how much more ("22.0% more than the R157.03 billion
# exports recorded in September 2021" compares).
# ("Poland (more than $400 million)": the bound opening a bracket)
# (^: "More than €152.5 billion worth of goods were exported", opening the sentence)
# (not after an amount: "$1.8 billion more than May exports of X" is by how much)
_QUALIFYING_MORE = re.compile(r"(?<![\d%])(?<!percent)(?<!per\scent)(?<!pct)(?<!times)"
                              r"(?<!illion)(?<!bn)(?<!mn)(?<!mln)(?<!bln)(?<!dlrs)(?<!dollars)(?<!euros)"
                              r"(?:^|\s+|\s*\()(?:more|less|fewer)\s+$", re.IGNORECASE)
# "The deficit resulted from imports of X and exports of Y": what a figure comes from is
# what makes it up, not an earlier figure.
_CAUSED_BY = re.compile(r"\b(?:result(?:ed|s|ing)?|stem(?:med|s|ming)?|derived?|deriving|aris(?:es|ing)|arose)\s+$",
                        re.IGNORECASE)
# A bracket giving a figure's earlier estimate: "(originally NZ$5.41 billion)".
_EARLIER_ESTIMATE = re.compile(r"[^()]{0,40}\(\s*(?:originally|previously|initially|first\s+reported\s+(?:as|at)|"
                               r"previously\s+reported\s+(?:as|at))\s*"
                               # "(originally a gap of $39.9 billion)"
                               r"(?:an?\s+(?:deficit|surplus|gap|shortfall)\s+of\s+)?"
                               # "from a revised C$1.9 billion in June, initially reported as C$2.3 billion"
                               r"|(?:\s+in\s+\w+(?:\s+\d{4})?)?\s*,\s*(?:originally|previously|initially|first)\s+"
                               r"(?:reported|estimated|put)\s+(?:as|at)\s+(?:an?\s+)?", re.IGNORECASE)
# In a sentence about a revision, "from" an earlier estimate: "revised the March deficit to
# $2.1 billion from an initial estimate of $3.2 billion", "from a preliminary $3.2 billion"
# (elsewhere, "narrowed to X in March from a preliminary Y" is February's first estimate;
# "from a revised $X" is the previous period's, and "from an earlier $X" may be).
_REVISED_FROM_ESTIMATE = re.compile(
    r"(?:\s+in\s+\w+(?:\s+\d{4})?)?\s*,?\s*from\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:initial(?:ly)?|preliminary|original(?:ly)?|first|flash|advance|previously)\s+"
    r"(?:(?:reported|estimated|published|announced)\s+)?"
    r"(?:(?:estimate|reading|figure|print|calculation)s?\s+(?:of\s+)?)?"
    r"|(?:earlier|previous|prior)\s+(?:estimate|reading|figure|print)s?\s+(?:of\s+)?)", re.IGNORECASE)
# ... or said after the figure it is compared as: "smaller than the $3.74 billion it initially
# reported", "compared with the $5.3 billion previously announced by the GSO", "against NOK
# 2.4 billion in the preliminary figures" (a period said after it is its own: "the $X first
# reported for February")
_TOLD_FIRST_AFTER = re.compile(
    r"\s*,?\s*(?:(?:(?:that|which)\s+(?:was|were|had\s+been)|(?:it|they)(?:\s+had)?)\s+)?"
    r"(?:first|initially|originally|previously|earlier)\s+" + FIRST_TOLD_VERBS + r"\b"
    r"(?!\s+(?:for|in|on)\s)"
    r"|\s+in\s+(?:the|its|their)\s+(?:preliminary|initial|first|flash|advance)\s+(?:figures?|data|estimates?|reading"
    r"|release)\b", re.IGNORECASE)
_COMPARED_AS = re.compile(r"\b(?:than|from|compared|against|versus|vs\.?)\b", re.IGNORECASE)
_A_REVISION_SAID = re.compile(r"\brevis(?:ed|es|e|ing|ion)\b", re.IGNORECASE)
# A revision told as a verb with the new figure after "to": "Customs revised the October
# deficit to X from Y", "revised downwards ... for October, to X instead of Y". There Y,
# after a plain "from" or "instead of", is the same period's earlier figure.
_REVISED_TO = re.compile(r"\brevis(?:ed|es|e)\b[^.;\d]{0,80}?\bto\s+(?:an?\s+)?$", re.IGNORECASE)
_INSTEAD_OF = re.compile(r"\s*,?\s*(?:from|instead\s+of|rather\s+than)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)


@dataclass
class Figure:
    money: MoneyMention
    triggers: list[Trigger]
    path: list
    role: str = "current"
    period: tuple | None = None
    period_mention: object = None
    change: Change | None = None
    change_against: "Figure | None" = None   # the comparison figure the change is measured against
    current: "Figure | None" = None
    partner: str | None = None
    reporter: str | None = None  # the figure's own reporter, taken in order from a list ("respectively")
    facts: list = field(default_factory=list)
    glosses: "Figure | None" = None  # the figure this one gives an earlier estimate of
    listed_with: tuple = ()  # the written list of partners this one's was taken from in order
    beside: "Figure | None" = None  # the figure this one stands in brackets after, for another period


def change_basis(pct_start: int, pct_end: int, target: Figure, figures: list[Figure], percent_starts: list[int],
                 comparison_periods: list) -> Figure | None:
    """The comparison figure a change of ``target`` is measured against, when the sentence
    says so unambiguously: the first comparison figure after the percentage ("up 2.6 pct
    from January's 23.52 billion"), or the only one before it ("to X from Y, a rise of
    10 pct"), with no other percentage and no other comparison period between them
    ("rose 70 pct year-on-year to X from Y in January" measures against no stated figure).
    """
    mine = [f for f in figures if f.role == "comparison" and f.current is target]
    after = [f for f in mine if f.money.start >= pct_end]
    if after:
        candidate, gap = after[0], (pct_end, after[0].money.start)
    elif len(mine) == 1:
        candidate, gap = mine[0], (mine[0].money.end, pct_start)
        # The percentage's own basis may follow it: "..., up 12 pct on a year earlier".
        trailing = [p for p in comparison_periods if pct_end <= p.start <= pct_end + 30]
        if any(p is not candidate.period_mention for p in trailing):
            return None
    else:
        return None
    if any(gap[0] <= s < gap[1] for s in percent_starts):
        return None
    if any(gap[0] <= p.start < gap[1] and p is not candidate.period_mention for p in comparison_periods):
        return None
    return candidate


_EXCEEDED_BY = re.compile(rf"\b{EXCEEDED_VERBS}\s+{EXCEEDED_OBJECT}(?:imports?|exports?)\s+{FLOW_ECONOMY_PHRASE}"
                          r"(?:by|in)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$", re.IGNORECASE)
_IN_THE_RED_BY = re.compile(r"\bin\s+the\s+(?:red|black)\s+by\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$",
                            re.IGNORECASE)
# "Brazil exported USD 30 billion more than what it imported": the balance itself.
_SOLD_MORE_THAN = re.compile(r"\s+" + MORE_THAN_IT_TRADED, re.IGNORECASE)
# A figure in brackets after the basis of a change is the figure compared with: "increased
# by 16.6 percent year-on-year ($4.2 billion in January-June 2023)".
_BASIS_BRACKET = re.compile(rf"(?:\b(?:{CHANGE_BASIS_PERIOD})|\ba\s+year\s+(?:earlier|ago|before)"
                            rf"|\b(?:the\s+previous|last)\s+year)\s*\(\s*(?:from\s+|against\s+)?$",
                            re.IGNORECASE)
# A plus sign before a figure (or before its currency) makes it a change.
_PLUS_SIGN = re.compile(r"\+\s*(?:[A-Z]{3}\s?|[$€£¥])?$")
# ("a surplus with the United States (+3.1 billion euros)": the partner may come between)
_BALANCE_BRACKET = re.compile(r"\b(?:surplus|deficit|balance)(?:\s+with\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3})?"
                              r"\s*\(\s*$", re.IGNORECASE)
_LABELLED_BRACKET = re.compile(r"[(\[][^()\[\]:;]{2,40}:\s*$")
_COMPARED_LEVEL_BEFORE = re.compile(r"\b(?:against|from|versus|vs\.?|compared\s+(?:with|to))\s+$", re.IGNORECASE)


# Below this many units of its currency no economy's trade figure is stated: "a deficit
# of €1.698 while ..." lost its scale, "$7.543.3 million" its grouping.
SMALLEST_TRADE_FIGURE = 1000
# An amount said of each of several things is no figure of the whole flow.
_PER_ITEM = re.compile(r"\s*each\b", re.IGNORECASE)
# A price or a rate per unit: "1,300 stg per tonne", "$85 a barrel", "$3.50/kg", "X per capita".
_UNIT_PRICED = (r"(?:per|a|an|/)\s*(?:metric\s+|troy\s+|short\s+|long\s+)?(?:tonne|ton|mt|barrel|bbl|ounce|oz|"
                r"kg|kilo|kilogram|kilogramme|pound|lb|bushel|share|unit|head|capita|litre|liter|gallon|carat|"
                r"bag|bale|cwt|hundredweight|kwh|mmbtu|cubic\s+met(?:re|er))s?\b")
_PER_UNIT = re.compile(r"\s*" + _UNIT_PRICED, re.IGNORECASE)
# An amount of one currency for one unit of another: "K2,100 to the dollar", "Rs 280 per US
# dollar", "N1,500 against the dollar" (Myanmar, Pakistani and Nigerian copy).
_PER_CURRENCY_UNIT = re.compile(r"\s*(?:to|per|against|for)\s+(?:the|one|a|each|1|every)\s+(?:US\s+|U\.S\.\s+|American\s+)?"
                                r"(?:dollar|greenback|euro|pound|yuan|yen)\b", re.IGNORECASE)
# ... and the figures that price is compared with: "1,300 stg per tonne, down from around
# 1,450 stg in January and 1,750 stg a year ago".
_PRICE_COMPARED_BEFORE = re.compile(_UNIT_PRICED + r"[^.;]{0,60}?\b(?:from|against|compared\s+(?:with|to)|versus|"
                                    r"than)\b[^.;]{0,80}$", re.IGNORECASE)


def compared_in_brackets(text: str, s_start: int, money: MoneyMention) -> bool:
    """Whether a figure stands in brackets after what it is compared as ("compared to
    January-May 2023 ($276.7 million)")."""
    before = text[max(s_start, money.start - 80):money.start]
    return before.rstrip().endswith("(") and _COMPARISON_CUE.search(before) is not None


# "$5.9 billion in the first quarter, a 16.6 per cent increase from": a change set off
# after a figure (and its period), then what it is measured against.
_CHANGE_THEN_BASIS = re.compile(
    SET_OFF_AFTER_FIGURE + r"(?:an?\s+)?[^,;.$€£¥]{0,40}?"
    rf"\d[\d.,]*\s*{PERCENT_UNIT}[^,;.$€£¥]{{0,25}}?\b(?:from|against|compared\s+(?:with|to)|over)\s+(?:the\s+)?$",
    re.IGNORECASE)


def compared_after_change(text: str, figure: MoneyMention, money: MoneyMention) -> bool:
    """Whether ``money`` is what a change set off after ``figure`` is measured against ("$5.9
    billion in the first quarter, a 16.6 per cent increase from $5.1 billion a year earlier"):
    the parse may hang it on the change noun, which is no flow word."""
    return money.start - figure.end <= 120 and _CHANGE_THEN_BASIS.fullmatch(text, figure.end, money.start) is not None


# The bounds a flow is said to have moved within over a stretch: "ranged from X to Y",
# "has varied between X and Y".
_RANGED_BEFORE = re.compile(r"\b(?:ranged|ranges|range|ranging|varied|varies|vary|varying|fluctuated|fluctuating)\s+"
                            r"(?:from|between)\s+(?:[^\s,;.]+(?:\s+[a-z]+)?\s+(?:to|and)\s+)?(?:about\s+|around\s+)?$",
                            re.IGNORECASE)


def usable(money: MoneyMention, text: str, s_start: int) -> bool:
    """Not a superseded figure ("revised from 1.7 mln"), not an amount of change, and
    not too small to be a trade figure."""
    if money.amount is not None and abs(money.amount) < SMALLEST_TRADE_FIGURE:
        return False
    if _RANGED_BEFORE.search(text, max(s_start, money.start - 60), money.start):
        return False  # "the deficit had ranged from $20 billion to $30 billion since 2004": bounds, no figure
    if _PER_ITEM.match(text, money.end):
        return False  # "10 items with export turnover of more than 1 billion USD each": a threshold per item
    if _PER_UNIT.match(text, money.end):
        return False  # "cocoa traded around 1,300 stg per tonne": a price, not a flow's value
    if _PER_CURRENCY_UNIT.match(text, money.end):
        return False  # "a reference rate of K2,100 to the dollar": an exchange rate
    if money.amount is not None and abs(money.amount) < 1e6 \
            and _PRICE_COMPARED_BEFORE.search(text, max(s_start, money.start - 160), money.start):
        return False  # "..., down from around 1,450 stg in January": prices compared (no flow is that small)
    before = text[max(s_start, money.start - 40):money.start]
    if _EXCEEDED_BY.search(before) or _SOLD_MORE_THAN.match(text, money.end) or _IN_THE_RED_BY.search(before):
        return True  # "imports exceeded exports by $1.2 billion", "in the red by $800 million": the balance itself
    if _SHARE_THEN_LEVEL.search(before):
        return True  # "China (21.5 percent or $2.13 billion)": a partner's share, then its figure
    if _NAME_BRACKET_BEFORE.search(before) and _SHARE_CLOSING_BRACKET.match(text, money.end):
        return True  # "Turkey ($804.2 million or 14.4 percent)": a partner's figure, then its share
    if _SHARE_VERB_BEFORE.search(before):
        # "China accounted for 31%, or $20.4 billion, of Peru's exports", "accounted for
        # $20.4 billion, or 31%, of ...": a part's share and its value, no change
        return True
    if _REVISION.search(before) or _CHANGE_AMOUNT.search(before) or _CHANGE_VERB.search(before):
        return False
    if _CHANGE_NOUN_AFTER.match(text, money.end) or _CHANGE_IN_BRACKETS.search(before):
        return False  # "was a N$2.5 billion improvement on the deficit": by how much, not how much
    if _PERCENT_BRACKET_BEFORE.search(text, max(s_start, money.start - 200), money.start) \
            and _CHANGE_NOUN_AFTER_BRACKET.match(text, money.end):
        return False  # "a 14.1 percent ($5.6 million) increase in exports": the change in money
    if _CHANGES_LISTED_BEFORE.search(text, max(s_start, money.start - 200), money.start):
        return False  # "declined by 73.6 percent ($3.5 million), 41.3 percent ($18.3 million)": each a change
    plus = _PLUS_SIGN.search(before)
    if plus or text.startswith("+", money.start):
        # "CZK 62.2bn (CZK +6.2bn)": a plus marks a change, but for a balance said as a
        # level ("the trade balance rose to +3,6 billion euros")
        ahead = before[:plus.start()] if plus else before
        if _BALANCE_BRACKET.search(ahead):
            return True  # "Germany recorded the largest trade surplus (+€22.1 bn)": the balance's level
        if _LABELLED_BRACKET.search(ahead):
            return True  # "a surplus of EUR 24.4 bn (March 2015: + EUR 22.1 bn)": the sign of a labelled level
        # ("the adjusted surplus had been +22.2 billion euros": a copula, as "was")
        return bool(_LEVEL_BEFORE.search(ahead) or _COMPARED_LEVEL_BEFORE.search(ahead)
                    or _COPULA_BEFORE.search(ahead)) and not before.rstrip().endswith("(")
    if _CHANGE_AFTER.match(text, money.end, money.end + 40):
        # "was 5.2 billion ISK higher than in May 2020": after a bare copula, by how much
        # ("rose 4.1% in the first half, with $177.3 million more than a year earlier": so
        # after a bare "with")
        bare = _COPULA_BEFORE.search(before) or _WITH_BEFORE.search(before)
        return bool(_LEVEL_BEFORE.search(before)) and not (bare and _COMPARATIVE_AFTER.match(text, money.end))
    return True


# "from" before an economy's name says where goods come from, not what a figure is
# compared with: "imported goods from Romania worth $1.9 billion"; "against" it names the
# partner of a balance ("a trade surplus against the United States of 19.2 billion euros",
# as Korean, Turkish and Russian copy in English writes it).
# ("imports from mainland China (X)", "from neighbouring Uzbekistan": a word of place between)
_FROM_ECONOMY = re.compile(r"\b(?i:from|against)(?=\s+(?i:the\s+)?(?:[a-z]+\s+)?$)")
# So does "from" before everyone else: "imports from other countries costing $1.8 billion".
_FROM_ELSEWHERE = re.compile(r"\bfrom(?=\s+(?:abroad|overseas"
                             r"|(?:all\s+)?(?:other|third|foreign)\s+(?:countries|economies|nations)"
                             r"|the\s+rest\s+of\s+the\s+world|the\s+world|(?:its|their)\s+(?:trading\s+)?partners)\b)",
                             re.IGNORECASE)


def _origins_masked(text: str, start: int, end: int, economies) -> str:
    """``text[start:end]`` with each "from" that an economy's name, or everyone else,
    follows blanked out."""
    gap = list(text[start:end])
    for m in _FROM_ELSEWHERE.finditer(text, start, end):
        gap[m.start() - start:m.end() - start] = " " * len(m.group())
    for e in economies:
        if start <= e.start <= end:
            m = _FROM_ECONOMY.search(text, max(start, e.start - 24), e.start)
            if m:
                gap[m.start() - start:m.end() - start] = " " * len(m.group())
    return "".join(gap)


# A number followed by the flow it is of: "DKK 55.8 billion for imports", "an increase of
# 21.3 percent for exports" (not "for exports to Uganda", a flow of its own).
_FLOW_NAMED_AFTER = re.compile(r"\s+(?P<prep>for|in|of)\s+(?:the\s+)?(?P<flow>export|import)s?\b"
                               r"(?!\s+(?:to|from|of)\b)", re.IGNORECASE)


# ... or as what the figure was: "USD66.93 billion (38.8%) were exported goods".
_FLOW_GOODS_AFTER = re.compile(r"\s*(?:\([^()]{1,24}\)\s*)?(?:were|was)\s+(?P<flow>export|import)ed\s+"
                               r"(?:goods|products|commodities|merchandise)\b", re.IGNORECASE)


# ... or by intra-EU statistics' words: "6.9 billion euros for dispatches".
_INTRA_EU_FLOW_AFTER = re.compile(r"\s+for\s+(?P<flow>dispatches|arrivals)\b", re.IGNORECASE)


# ... or as the goods the figure is worth of: "compared to $161.4 million worth of exports".
_WORTH_OF_FLOW_AFTER = re.compile(r"\s+worth\s+of\s+(?:the\s+)?(?P<flow>export|import)s?\b(?!\s+(?:to|from|of)\b)",
                                  re.IGNORECASE)


def flow_otherwise_named_after(text: str, end: int) -> re.Match | None:
    """"X were exported goods", "X for dispatches", "X worth of exports": the flow said
    right after a figure as what it was, in words other than "for exports"."""
    return _FLOW_GOODS_AFTER.match(text, end) or _INTRA_EU_FLOW_AFTER.match(text, end) \
        or _WORTH_OF_FLOW_AFTER.match(text, end)


def flow_named_after(text: str, end: int, preps: tuple[str, ...] = ("for",)) -> re.Match | None:
    """The flow word ("exports", "imports") said right after a number ending at ``end``,
    after one of ``preps``; its group "flow" is the measure."""
    said = _FLOW_NAMED_AFTER.match(text, end)
    return said if said is not None and said.group("prep").lower() in preps else None


# "rose 4.1 percent compared to March 2018 to reach X": what the cue compares with is
# said before the level reached, which is the current figure.
_REACHED_AFTER_CUE = re.compile(r"\bto\s+(?:reach|hit|total|touch|stand\s+at|settle\s+at)\s+"
                                r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|a\s+record\s+)?$",
                                re.IGNORECASE)


# "exports amounted to N7.01 trillion, surpassing the N6.48 trillion reported in the first
# quarter": the figure a verb of outdoing takes, said as one of another period, is what the
# level is compared with ("surpassed the $5 billion mark" is a threshold, no figure of a
# period).
_OUTDONE_BEFORE = re.compile(r"\b(?:surpass|exceed|outstrip|outpac|beat|top|eclips)(?:es|s|ed|ing|ped|ping)?\s+the\s+$",
                             re.IGNORECASE)
_OF_ANOTHER_PERIOD_AFTER = re.compile(
    r"\s+(?:(?:recorded|reported|registered|posted|seen|achieved|logged)\b"
    r"|(?:in|during|for)\s+(?:the\s+)?(?:same|previous|preceding|corresponding|prior|last|first|second|third|fourth)\b"
    r"|(?:in|of)\s+(?:19|20)\d\d\b|in\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b|a\s+year\s+(?:earlier|ago|before))",
    re.IGNORECASE)


# "The surplus was 10.7 billion euros whereas it was 11.9 billion euros in August 2022":
# the flow said again by a pronoun in a contrast clause, of another period, is what the
# figure before is set against.
_SAID_AGAIN_IN_CONTRAST = re.compile(r"\b(?:whereas|while)\s+(?:it|they|the\s+figure)\s+(?:had\s+been|was|were"
                                     r"|stood\s+at|amounted\s+to)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


# A clause right after a figure naming the flow it is of: "USD 87m it paid for imports",
# "the 10.1 billion dollars it spent on importing goods", "$2 billion that it earned from exports".
_OWN_CLAUSE_NAMING = (r"\s+(?:that\s+|which\s+)?(?:it|they|the\s+country|the\s+nation)\s+(?:had\s+|has\s+)?"
                      r"[a-z]+(?:\s+out)?\s+(?:on|for|from|in)\s+(?:its\s+|their\s+|the\s+)?{measure}(?:s|ing)?\b")


# "..., while a year earlier it was EUR 5.1 billion", "..., while in the previous year minus
# PLN 1.2 bln": a contrast clause that opens with an earlier period sets its figure against
# the one before.
_EARLIER_PERIOD_IN_CONTRAST = re.compile(
    r"\b(?:whereas|while)\s+(?:in\s+|during\s+)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+year\s+before"
    r"|the\s+(?:previous|preceding|prior|same|corresponding)\s+(?:year|period|month|quarter)(?:\s+of\s+(?:the\s+)?"
    r"(?:previous\s+|last\s+)?(?:year\s+)?(?:(?:19|20)\d\d)?)?)\s*,?\s+(?:it|they|the\s+figure|this|that)?\s*"
    r"(?:had\s+been|was|were|stood\s+at|amounted\s+to|totall?ed|reached)?\s*(?:at\s+|to\s+)?(?:minus\s+)?$",
    re.IGNORECASE)


# A partner named right after a figure, as its own: "Y in trade with China", "Y to China".
_PARTNER_RIGHT_AFTER = re.compile(r"\s+(?:in\s+(?:its\s+|their\s+)?(?:bilateral\s+)?(?:trade|exports|imports|sales"
                                  r"|shipments)\s+)?(?:with|to|from)\s+(?:the\s+)?", re.IGNORECASE)


def _another_partners(text: str, fig: Figure, previous: Figure, economies) -> bool:
    """Whether the figure names its own partner right after it, another than any named
    before it since the figure it is set against ("... with the US amounted to X, above
    the Y in trade with China")."""
    after = _PARTNER_RIGHT_AFTER.match(text, fig.money.end)
    if after is None:
        return False
    own = next((e for e in economies if e.start == after.end()), None)
    if own is None:
        return False
    named_before = {e.code for e in economies if e.end <= previous.money.start}
    return bool(named_before) and own.code not in named_before


def assign_roles(figures: list[Figure], text: str, s_start: int, economies: list = ()) -> None:
    """Current or comparison: "rose to X from Y and Z" makes Y and Z comparisons."""
    prev_end, prev_role, prev_measure, previous = s_start, None, None, None
    for fig in figures:
        gap = _origins_masked(text, prev_end, fig.money.start, economies)
        measure = fig.triggers[0].measure if fig.triggers else None
        if _BASIS_BRACKET.search(gap):
            fig.role = "comparison"
            prev_end, prev_role, prev_measure = fig.money.end, fig.role, measure
            continue
        if previous is not None and (_EARLIER_ESTIMATE.fullmatch(gap) or _REVISED_FROM_ESTIMATE.fullmatch(gap)
                                     and _A_REVISION_SAID.search(text, s_start, previous.money.start)
                                     or _INSTEAD_OF.fullmatch(gap)
                                     and _REVISED_TO.search(text, s_start, previous.money.start)
                                     or _COMPARED_AS.search(gap) and _TOLD_FIRST_AFTER.match(text, fig.money.end)):
            # "the revised NZ$5.30 billion in May (originally NZ$5.41 billion)": the same
            # period's earlier estimate, in the role of the figure it glosses
            fig.role, fig.glosses = previous.role, previous
            prev_end, previous = fig.money.end, fig
            continue
        if _PERIOD_COMPARED_AT.search(gap) or _WHEN_PERIOD_COMPARED_STOOD.search(gap) \
                or previous is not None and _SAME_PERIOD_THEN_STOOD.search(gap) \
                or _WHEN_PERIOD_COMPARED.search(gap) and _MOVED_AFTER.match(text, fig.money.end) \
                or previous is not None and _EARLIER_PERIOD_IN_CONTRAST.search(gap) \
                or previous is not None and (_OUTDONE_BEFORE.search(gap) or _SAID_AGAIN_IN_CONTRAST.search(gap)) \
                and _OF_ANOTHER_PERIOD_AFTER.match(text, fig.money.end):
            # "1.2 percent higher over the same period last year at $173.2 billion"
            fig.role = "comparison"
            prev_end, prev_role, prev_measure, previous = fig.money.end, fig.role, measure, fig
            continue
        cue = _COMPARISON_CUE.search(gap)
        while cue is not None and (said := _PERCENT_WORD.search(cue.group())) is not None \
                and (later := _COMPARISON_CUE.search(gap, cue.start() + said.end())) is not None:
            # "shrinking by more than 80 per cent year-on-year from $3.5 billion": "than" is
            # the percentage's; a cue after the percentage may still be the figure's
            cue = later
        # A verb after the cue starts a clause of its own, and a percentage after it
        # takes the cue ("rose more than 25 pct to X": "than" is the percentage's).
        # One flow set against the other ("exports of X compared to imports of Y", naming
        # itself after the cue) is no earlier figure; "imports fell from Y" after exports,
        # or "X and Y ... from P and Q", are. Nor is what a poll expected ("above the $1.1
        # billion surplus expected in a Reuters poll"): a forecast of the same period.
        other_flow_set_against = cue is not None and {prev_measure, measure} == {"export", "import"} \
            and re.search(rf"\b{measure}s?\b", gap[:cue.start()], re.IGNORECASE) is None \
            and (re.search(rf"\b{measure}s?\b", gap[cue.start():], re.IGNORECASE) is not None
                 # ("X in June against Y for imports", "$11.2 billion in imports compared to
                 # $2.5 billion in exports", "compared to $161.4 million worth of exports":
                 # the other flow named after its figure)
                 or (named := flow_named_after(text, fig.money.end, ("for", "in"))
                     or _WORTH_OF_FLOW_AFTER.match(text, fig.money.end)) is not None
                 and named.group("flow").lower() == measure
                 # ("lower than the P7.87 billion import expenses": ... or as its noun's modifier)
                 or re.match(rf"\s+(?:of\s+)?{measure}s?\b", text[fig.money.end:fig.money.end + 15],
                             re.IGNORECASE) is not None
                 # ("compared to USD 87m it paid for imports from Kenya": ... or in a clause of its own)
                 or re.match(_OWN_CLAUSE_NAMING.format(measure=measure), text[fig.money.end:fig.money.end + 80],
                             re.IGNORECASE) is not None)
        # "trade with the US amounted to X, above the Y in trade with China": one partner's
        # figure set against another's, of the same period (the European survey)
        other_partner_set_against = cue is not None and previous is not None \
            and _another_partners(text, fig, previous, economies) \
            or cue is not None and cue.group().lower().startswith("after") and _RANKED_BEFORE_AFTER.search(gap[:cue.start()])
        # ("The deficit with China was the second biggest after a $14.1 billion deficit with
        # Saudi Arabia": the place before "after" ranks partners of the same period)
        if (cue and not _starts_clause(cue.group()) and not _PERCENT_WORD.search(cue.group())
                and not other_partner_set_against
                and not _CAUSED_BY.search(gap, 0, cue.start())
                and not (_QUALIFYING_MORE.search(gap, 0, cue.start()) and cue.group().lower().startswith("than"))
                and not _BOUND_AFTER_FLOW.search(gap)
                and not _STRETCH_END.match(cue.group())
                and not other_flow_set_against
                and not _REACHED_AFTER_CUE.search(gap)
                and not polled(fig, text)):
            fig.role = "comparison"
        elif prev_role == "comparison" and _CHAIN_GAP.match(_strip_periods(_REVISION_NOTE.sub(" ", gap))):
            fig.role = "comparison"
        prev_end, prev_role, prev_measure, previous = fig.money.end, fig.role, measure, fig


_RANKED_BEFORE_AFTER = re.compile(r"\b(?:largest|biggest|highest|greatest|widest|second|third|fourth|fifth)\s+$",
                                  re.IGNORECASE)


# "a goods trade surplus above $1.2 billion": a bound said straight after the flow's
# noun qualifies the figure; it compares it with nothing.
_BOUND_AFTER_FLOW = re.compile(r"\b(?:surplus|deficit|balance|exports|imports|trade|turnover|shortfall)\s+(?:of\s+)?"
                               r"(?:just\s+|slightly\s+)?(?:above|below|over|under)\s+$", re.IGNORECASE)


# What may stand between the flow of a clause whose verb is left out and its figure:
# "and imports 9.06 billion", "and imports at X", "and that of imports to X", "and
# imports by 10 per cent to X".
_GAPPED = re.compile(r"\s*(?:(?:were|was|at|of|to|totalled|totaling|totalling)\s+"
                     r"|by\s+[\d.,]+\s*(?:%|per\s*cent|percent|pct)\s+to\s+)?", re.IGNORECASE)


def ungap(figures: list[Figure], triggers: list[Trigger], text: str, offset: int) -> None:
    """"Exports were 10.2 billion dlrs and imports 9.06 billion": with the verb left
    out, the parser hands the second figure to exports; the trigger said right
    before it, which owns no figure, is its owner."""
    for prev, fig in zip(figures, figures[1:]):
        owned = {id(t) for f in figures for t in f.triggers}
        # (another flow, or the same flow of another part of the goods: "merchandise exports
        # stood at X and services exports at Y")
        between = [t for t in triggers if prev.money.end <= t.head.idx + offset < fig.money.start
                   and id(t) not in owned and (t.measure != fig.triggers[0].measure
                                               or t.subset != fig.triggers[0].subset)]
        if len(between) == 1:
            head_end = between[0].head.idx + offset + len(between[0].head.text)
            if _GAPPED.fullmatch(text, head_end, fig.money.start):
                fig.triggers = between
        # "Exports to Iraq stood at X and its imports at Y": the parse may make the gapped
        # clause's flow the verb's object and give it both figures; the first is the flow
        # said before it that owns none
        if prev.triggers == fig.triggers and len(fig.triggers) == 1:
            trig = fig.triggers[0]
            at = trig.head.idx + offset
            if prev.money.end <= at < fig.money.start \
                    and _GAPPED.fullmatch(text, at + len(trig.head.text), fig.money.start):
                owned = {id(t) for f in figures for t in f.triggers}
                # ("goods exports were X and services exports were Y": the same flow of
                # another part of the goods)
                before = [t for t in triggers if t.head.idx + offset < prev.money.start
                          and id(t) not in owned and (t.measure != trig.measure or t.subset != trig.subset)
                          and t.counts]
                if before:
                    prev.triggers = before[-1:]


def share_whole(head) -> bool:
    """Whether a flow's word is named only as the whole of a share ("12 percent of total
    exports", "or 9 percent of Kyrgyzstan's total trade"): no figure's own flow, nor what
    the story goes on talking about."""
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and (
        of.head.lower_ in ("percent", "%", "pct", "share", "cent", "per") or of.head.like_num)


def nearest_same_measure(figures: list[Figure], triggers: list[Trigger], offset: int) -> None:
    """"Japan's trade surplus is causing problems - its surplus with the United States
    last year was 51.5 billion dlrs": when the parse skips to a farther trigger, a
    trigger of the same measure said between it and the figure, owning no figure, is
    the figure's own."""
    replaced: dict[int, Trigger] = {}
    for fig in figures:
        first = fig.triggers[0]
        if len(fig.triggers) == 1 and id(first) in replaced:
            # "put the value of exports to the U.S. at X, against Y": the figures that
            # shared the farther trigger share the closer one
            fig.triggers = [replaced[id(first)]]
            continue
        owned = {id(t) for f in figures for t in f.triggers}
        # ... or a flow coordinated after it: "exported goods to the value of X and imported
        # goods to the value of Y", where the parse hangs Y on the first verb
        # (or "purchases for X and foreign sales for Y": one after the first trigger's own figure)
        earlier = max((f.money.end for f in figures if f is not fig and first in f.triggers
                       and f.money.end <= fig.money.start), default=None)
        closer = [t for t in triggers if (t.measure == first.measure or {t.measure, first.measure} == {"export", "import"}
                                          and (t.head.dep_ == "conj" or earlier is not None
                                               and earlier <= t.head.idx + offset))
                  and id(t) not in owned and t.counts
                  and first.head.i < t.head.i and t.head.idx + offset < fig.money.start
                  and not _in_clause_about(t.head, first.head) and not share_whole(t.head)
                  and not _glossed_in_brackets(t.head, first.head, fig.money.start - offset)
                  and first.head not in carrying_subjects(t)]  # (the same flow carried on: attach)
        if closer and len(fig.triggers) == 1:
            replaced[id(first)] = closer[-1]
            fig.triggers = [closer[-1]]


def _in_clause_about(token, head) -> bool:
    """Whether ``token`` sits in a relative clause said after ``head`` or on it:
    "Exports of manufactured goods, which made up 81 per cent of total exports, rose to
    X", "Oil imports, which accounted for 21 percent of goods imports, rose to X": the
    flow named inside describes the first, and does not own its figure."""
    return any(a.dep_ == "relcl" and head.i <= a.head.i for a in [token, *token.ancestors])


def _glossed_in_brackets(token, head, figure_at: int) -> bool:
    """Whether ``token`` sits in brackets opened after ``head`` and closed before the
    figure (at ``figure_at`` in the sentence): "total imports (covering imports from third
    countries and arrivals from other member states) in January amounted to X" - the flow
    inside glosses what the first covers, and does not own the figure outside."""
    doc = token.doc
    depth = 0
    for t in doc[head.i + 1:token.i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0 and any(t.text == ")" and t.idx < figure_at for t in doc[token.i + 1:])


def reporter_on_figure(fig: Figure, eco: EconomyTokens) -> str | None:
    """An economy the figure itself is said to be "in": "Exports rose by 9% to 4.2 billion
    euros in Latvia and by 5% to 6.1 billion euros in Estonia" (a regional round-up), or
    whose it is said to be: "a surplus of X with the United States, surpassed only by
    China's Y"."""
    return _economy_after(fig.path[0], "in", eco) \
        or next((code for c in fig.path[0].children if c.dep_ == "poss" and (code := eco.of(c))), None) \
        or _elided_owner(fig.path[0], eco)


def _elided_owner(token, eco: EconomyTokens) -> str | None:
    """"Lithuania's exports fell 6% to X, Latvia's by 9% to Y": an economy's possessive with
    its flow left out, just before the figure's own words, names whose the figure is."""
    doc = token.doc
    for j in range(token.left_edge.i - 1, max(0, token.left_edge.i - 9), -1):
        if doc[j].text in (",", ";") or doc[j].lower_ == "and":
            return None
        if doc[j].text in ("'s", "’s") and j + 1 < len(doc) and doc[j + 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return eco.of(doc[j - 1])
    return None


def _economy_after(token, preposition: str, eco: EconomyTokens, own_only: bool = False) -> str | None:
    """The first economy the token's own ``preposition`` names ("X in Latvia", "X with the U.S.").
    With ``own_only``, not one said after a figure joined to it ("X and Y with the UAE": the
    parse may hang Y's partner on X)."""
    joined = [c.i for c in token.children if c.dep_ == "conj"] if own_only else []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == preposition
                 and not any(j < c.i for j in joined)):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if code := eco.of(obj):
                return code
    return None


_OWN_BRACKET = re.compile(r"\s*\([^()]*")  # the bracket the figure stands in opened right after the economy
_ITEM_AFTER_A_BRACKET = re.compile(r"\(\s*[^()]{1,30}\d[^()]{0,20}\)\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _listed_with(token) -> bool:
    """Whether the token is the object of "with", or an item of a list that is."""
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "with"


def partner_on_path(fig: Figure, eco: EconomyTokens) -> str | None:
    """A partner said with the figure itself: "... and with EC nations, 16.7 billion dlrs",
    "a trade surplus of 7.1 billion dlrs with the U.S."."""
    if code := _economy_after(fig.path[0], "with", eco, own_only=True):
        return code
    for tok in fig.path:
        if (code := _figure_said_for(tok, fig.path[0], eco)) is not None:
            return code
        if tok.dep_ == "pcomp" and tok.lemma_.lower() == "be" and tok.head.lower_ == "for":
            # "with the figure for Turkey being $1.07 bn": the economy the figure is for
            if code := next((eco.of(c) for c in tok.children if c.dep_ == "nsubj" and eco.of(c)), None):
                return code
        if tok.dep_ == "appos" and (code := eco.of(tok.head)) is not None \
                and _ITEM_AFTER_A_BRACKET.search(tok.doc.text, max(0, tok.head.idx - 80), tok.head.left_edge.idx) \
                and _OWN_BRACKET.fullmatch(tok.doc.text, tok.head.idx + len(tok.head.text), tok.left_edge.idx):
            # "imports from mainland China (X) and the EU (Y)": the next item of a list of
            # partners each with its figure in brackets, however the parse joins it
            return code
        if tok.dep_ == "appos" and _listed_with(tok.head):
            # "deficits with Canada ($14.2 billion), Vietnam ($6.1 billion) and Italy ($1
            # billion)": the economy the amount is bracketed after, wherever in the list it
            # stands (the parse may hang a later bracket on the list's first item); but an
            # item naming its own ("a surplus of X with India, a Y surplus with Malaysia")
            # is with that one
            if code := _economy_after(tok, "with", eco, own_only=True):
                return code
            first = min(t.i for t in tok.subtree)
            doc = tok.doc
            named = eco.of(doc[first - 2]) if first >= 2 and doc[first - 1].text == "(" else None
            code = named or eco.of(tok.head)
            if code:
                return code
        # "Those to the United States rose 9.9 percent to X": the flow said before, to the
        # partner its pronoun names
        # ("while the one with Mexico narrowed", "while that with Mexico fell": the parse
        # may make "that" a marker and hang the partner on the verb)
        said_again = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("those", "that", "one")]
        if any(c.dep_ == "mark" and c.lower_ in ("that", "those") for c in tok.children) \
                or any(c.i + 1 < len(c.doc) and c.doc[c.i + 1].head.i == tok.i
                       and c.doc[c.i + 1].lower_ in ("to", "from", "with") for c in said_again):
            # (or the partner right after the pronoun hung on the verb: "while that with
            # Mexico expanded 4.1 percent to Y")
            said_again.append(tok)
        for pronoun in said_again:
            for obj in (o for p in pronoun.children if p.dep_ == "prep" and p.lower_ in ("to", "from", "with")
                        for o in p.children if o.dep_ == "pobj"):
                if (code := eco.of(obj)) is not None:
                    return code
    return _where_the_part_went(fig, eco)


def _figure_said_for(verb, figure, eco: EconomyTokens) -> str | None:
    """The economy a figure is said to be for: "while the figure for the United States was
    X", "while the figure was X for the United States" (the figure's noun as the subject of
    "be", the economy after "for" on it or on the amount); "In the case of Hong Kong, China
    exported X" (a case opening the clause of a flow whose reporter is named in it: without
    one, "In the case of Kenya, exports rose", the case is the reporter)."""
    if verb.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in FIGURE_ANAPHOR_NOUNS
                                           for c in verb.children):
        nouns = [c for c in verb.children if c.dep_ == "nsubj"] + [figure]
        for obj in (o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children if o.dep_ == "pobj"):
            if (code := eco.of(obj)) is not None:
                return code
    if verb.pos_ == "VERB":
        case = next((eco.of(o) for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < verb.i
                     for c in p.children if c.dep_ == "pobj" and c.lower_ == "case"
                     for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                     for o in q.children if o.dep_ == "pobj" and eco.of(o)), None)
        reporter = next((eco.of(c) for c in verb.children if c.dep_ == "nsubj" and eco.of(c)), None)
        if case is not None and reporter is not None and reporter != case:
            return case
    return None


def _where_the_part_went(fig: Figure, eco: EconomyTokens) -> str | None:
    """A part of a flow said with where it went or came from: "exported $3.4 billion, of
    which $1.2 billion went to Uganda", "with $1.2 billion going to Uganda and $0.8 billion
    to Tanzania", "with $0.9 billion coming from China". Only the preposition of the
    flow's own way counts (lexicon.PART_WAYS): goods go "to" a market and come "from" a
    source, a balance "is with" a partner."""
    head = fig.path[0]
    if head.dep_ in ("nummod", "compound") and head.head.lower_ == "worth":
        head = head.head  # "of which $10 billion worth went to China": the worth goes
    # ("with €1.3bn coming from Britain": the parse may split the amount into the verb's
    # subject and an auxiliary)
    verbs = [head.head] if head.dep_ in ("nsubj", "nsubjpass", "aux") else []
    if head.dep_ == "pobj" and head.head.lower_ in ("over", "about", "around", "nearly", "almost"):
        verbs.append(head.head.head)  # "over Nu 31bn was with India": the qualifier read as a preposition
    verbs += [c for c in head.children if c.dep_ == "acl"]
    preps = [c for v in verbs if any(v.lemma_.lower() in said for _, said in PART_WAYS.values())
             for c in v.children if c.dep_ == "prep"]
    if head.dep_ == "conj":
        # "... and $0.8 billion to Tanzania" (the parse may hang the gapped phrase on the
        # first figure, after this one)
        preps += [c for c in head.children if c.dep_ == "prep"]
        preps += [c for c in head.head.children if c.dep_ == "prep" and c.i > head.i]
        # ("of which €1.4bn went to Belgium and around €1.1bn to Britain": the parse may
        # join the second amount to the first destination, and hang its own on the verb)
        first = head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "pobj" and first.head.dep_ == "prep":
            preps += [c for c in first.head.head.children if c.dep_ == "prep" and c.i > head.i]
    measures = {t.measure for t in fig.triggers}
    for prep in preps:
        flows = PART_WAYS[prep.lower_][0] if prep.lower_ in PART_WAYS else frozenset()
        if not flows & measures or prep.head.lemma_.lower() in PART_WAYS["with"][1] and prep.lower_ != "with":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (code := eco.of(obj)) is not None:
                return code
    return None


# The words of the coded groups' names ("Asean", "EU", "Union", "Gulf"): such a group said
# before "the region" is the region meant.
_CODED_GROUP_WORDS = {word for surface in GROUP_SURFACES for word in surface.split() if word[:1].isupper()}


def _members_of_a_group(obj, economy_tokens: set[int]) -> bool:
    """"the other members of the Russian-led Eurasian Economic Union": members of a group
    named after "of" that is no economy of its own (its leader's adjective aside)."""
    if obj.lower_ not in ("members", "member", "states", "countries", "economies", "partners"):
        return False
    groups = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.i not in economy_tokens and o.text[:1].isupper() for o in groups)


def _uncoded_group(obj, economy_tokens: set[int]) -> bool:
    """"partner countries participating in the Belt and Road Initiative", "OECD
    countries", "Mid-East Gulf states": countries named as a group with no code. "All
    countries" and "150 countries" are the world; "EU countries" names a coded group."""
    if obj.lower_ in REGIONAL_GROUP_NOUNS and obj.i not in economy_tokens \
            and not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these") for c in obj.children) \
            and not any(t.i in economy_tokens and t.text in _CODED_GROUP_WORDS for t in obj.sent if t.i < obj.i):
        # "exports to the region", "to its neighbours": the reporter's region, no code (but
        # "exports to Asean rose, while imports from the region ...", "Exports to this
        # region": the coded group said before)
        return True
    if _members_of_a_group(obj, economy_tokens):
        return True
    if obj.text.lower() not in GROUP_NOUNS | PLACE_NOUNS or obj.i in economy_tokens:
        return False  # "these countries" after the EU named them: the EU
    words = {c.text.lower() for c in obj.children}
    if words & {"foreign", "overseas", "world", "global", "international", "external"} and len(list(obj.children)) <= 2:
        return False  # "exported $6.1 billion worth of goods to foreign countries": the world
    if words - {"the"} == {"other"}:
        return False  # "Overall, exports to other countries rose to X": everyone else, the world
    if obj.text.lower() in PLACE_NOUNS and not any(c.dep_ in ("amod", "compound", "nmod") for c in obj.children):
        return False  # "the market" alone names no group
    if words & {"all", "the", "other"} and not any(c.dep_ in ("amod", "compound", "relcl", "acl") for c in obj.children):
        return False
    # ("SCO member states, including Russia": the examples a group is given with name it not)
    examples = {t.i for c in obj.children if c.lower_ in ("including", "like", "such", "notably", "especially")
                for t in c.subtree}
    # ("exports to the Commonwealth countries (12 million dollars)": the figure set beside
    # the group is no count of it)
    examples |= {t.i for c in obj.children if c.dep_ == "appos" for t in c.subtree}
    # ("CEFTA countries, with which Serbia realized a surplus of X": the clause said of them)
    examples |= {t.i for c in obj.children if c.dep_ == "relcl" for t in c.subtree}
    # ("150 countries" are the world, but "the top five countries" a ranked few, and "the
    # 18 countries targeted by the policy" a few a participle defines; "the 150 countries it
    # trades with" are still all of them)
    ranked = bool(words & _RANKING_WORDS) or "the" in words and any(c.dep_ == "acl" for c in obj.children)
    # ("imports from these five countries together": the few just named, a group with no code)
    ranked = ranked or bool(words & {"these", "those"})
    # ("the five Central Asian states", "the 15 West African countries": a region's members counted)
    ranked = ranked or any(c.dep_ in ("amod", "compound") and (c.lower_ in REGION_ADJECTIVES or c.lower_ in NO_CODE_REGIONS)
                           and c.i not in economy_tokens for c in obj.children)
    return not any((c.like_num and not ranked) or (c.i in economy_tokens and not _language_of(c)) for c in obj.subtree
                   if c.i != obj.i and c.i not in examples)


_RANKING_WORDS = {"top", "leading", "largest", "biggest", "main", "major", "principal", "first"}


def _language_of(token) -> bool:
    """"Portuguese-speaking countries": a language, not an economy, names the group."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "speaking"


# A region or group with no code paired with an economy by a dash ("China-Africa trade").
_PAIRED_WITH_REGION = re.compile(r"[-–]\s*" + NO_CODE_REGION_RE + r"\b", re.IGNORECASE)
# ("extra EU27 exchanges", Romanian copy: the prefix may stand apart before the group's code)
_DEFINED_AGAINST = re.compile(r"\b(?:[Ee]xtra|[Ii]ntra)(?:\s?-\s?\w|\s+(?:E\.U\.|[A-Z]{2,}))|\b[Nn]on\s?-\s?[A-Z]")


# What "other" makes everyone else: "other countries", "other markets", "other destinations".
_OTHERS_NOUNS = GROUP_NOUNS | PLACE_NOUNS | {"destinations", "sources", "suppliers", "buyers", "customers"}


# A region or group with no code named right after a flow word, as its partner.
# (not a region's adjective before one economy's noun: "exports to the Gulf nation", "the
# Asian country", which name a country by its place)
_REGION_AFTER = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?" + NO_CODE_REGION_RE + r"\b(?!\s*(?:-|'s\b))"
                           r"(?!\s+(?:nation|country|state|kingdom|emirate|sultanate|monarchy|neighbou?r|island|economy)\b)",
                           re.IGNORECASE)


def _everyone_but_the_partner(obj, head, economy_tokens: set[int]) -> bool:
    """"exports to Israel fell, while exports to other countries rose to X": "other" places
    after a partner named before in the sentence are everyone but it, a group with no code
    (not "other EU countries"; and with no partner named before, "imports from other
    countries" are the world's)."""
    if obj.lower_ not in _OTHERS_NOUNS or not any(c.dep_ == "amod" and c.lower_ == "other" for c in obj.children):
        return False
    if any(t.i in economy_tokens for t in obj.subtree):
        return False
    return any(t.i in economy_tokens and t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "with")
               for t in head.doc[:head.i])


# The members a group is named by: "countries of", "member states of", "members of".
_MEMBERS_OF = re.compile(r"(?:member\s+)?(?:countries|states|nations|economies|members)\s+of\s+")


def group_partner(head, economy_tokens: set[int]) -> bool:
    """Whether ``head`` (a flow word, or a figure's own token) trades "to", "from" or
    "with" a region or group that has no code: "exports to Asia", "the deficit with
    non-EU countries", "imports from the euro zone"."""
    # "non-EU imports", "extra-EU exports", "intra-EU trade": a group defined against another
    before = head.doc[head.left_edge.i:head.i].text
    if _DEFINED_AGAINST.search(before):
        return True
    if _DEFINED_AGAINST.search(_subject_of_figure_said_in(head)):
        return True  # "The value of extra-EU27 exchanges of goods was X in exports": the group's
    paired = _PAIRED_WITH_REGION.search(before)
    if paired and not any(t.i in economy_tokens and paired.start() <= t.idx - head.left_edge.idx < paired.end()
                          for t in head.doc[head.left_edge.i:head.i]):
        return True  # "China-Africa trade volume": an economy's trade with a region (not "China-South Africa")
    if any(c.text.lower() in ("outside", "beyond")
           and not any(o.lower_ in ("that", "this", "it", "these", "those") for o in c.children) for c in head.children):
        return True  # "exports outside of EU countries" (but "Beyond that, exports rose to X")
    if any(t.dep_ == "compound" and t.lower_ in NO_CODE_REGIONS and t.i not in economy_tokens
           for t in head.doc[head.left_edge.i:head.i]):
        return True  # "Jordan's GAFTA trade balance deficit": the group named as the flow's modifier
    if _REGION_AFTER.match(head.doc.text, head.idx + len(head.text)):
        return True  # "Exports to ECOWAS member states": the parse may take "to ECOWAS" for a verb
    # "the deficit of trading with countries outside EU": the trade the balance is of
    # ("Trade with non-euro area EU countries saw exports drop": the trade the flow was seen in)
    traded_in = (*traded(head, ("of", "in"), ("trade", "trading")), *trade_that_saw(head))
    for prep in (c for h in (head, *traded_in) for c in h.children
                 if c.dep_ == "prep" and c.text.lower() in ("to", "from", "with", "between")):
        if any(c.dep_ == "prep" and c.lower_ in ("outside", "beyond") for c in prep.children):
            return True  # "imports from outside the bloc": from everyone but a group
        # ("trade between China and Latin America": the group is the second of the pair)
        # ("Exports to ECOWAS member states": the parse may make the group a "pcomp")
        # ("CEFTA countries, with which Serbia realized a surplus": what "which" stands for)
        objects = [antecedent(o) for c in prep.children if c.dep_ in ("pobj", "pcomp")
                   for o in ((c, *c.conjuncts) if prep.lower_ == "between" else (c,))]
        # "the surplus with all of Asia, including China": the region "all" is of
        objects = [next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), o) if o.lower_ in ("all", "most") else o
                   for o in objects]
        for obj in objects:
            if obj.i in economy_tokens:
                continue  # "exports to South Africa": an economy, not the region its name ends with
            if any(c.dep_ == "appos" and c.i in economy_tokens for c in obj.children):
                continue  # "between Mercosur partners Brazil and Argentina": the economies named beside it
            words = [t for t in obj.subtree if t.i <= obj.i]
            # ("so-called third countries": the hedge names nothing)
            phrase = _SO_CALLED.sub("", " ".join(t.text.lower() for t in words if t.dep_ != "det"))
            whole = _SO_CALLED.sub("", " ".join(t.text.lower() for t in obj.subtree if t.dep_ != "det"))
            # "countries outside EU", "countries other than the United States": everyone but them
            outside = any(c.dep_ == "prep" and c.lower_ in ("outside", "beyond", "except", "excluding")
                          or c.dep_ == "amod" and c.lower_ == "other" and any(g.lower_ == "than" for g in c.children)
                          for c in obj.children)
            outside = outside or _everyone_but_the_partner(obj, head, economy_tokens)
            # ("between both countries": with its determiner, which "whole" leaves out)
            said = " ".join(t.text.lower() for t in obj.subtree)
            if any(pair in said for pair in PAIR_ANAPHORS):
                continue  # "between our countries", "between the two nations": the pair, no group
            # ("the countries of the Eurasian Economic Union", "the members of the CIS": the group)
            members_of = _MEMBERS_OF.match(whole)
            group = whole[members_of.end():] if members_of else whole
            # ("the rest of Central America": the region but one member, no economy)
            group = group[len("rest of "):] if group.startswith("rest of ") else group
            if _province(obj, phrase, economy_tokens):
                return True  # "Trade between Thailand and Yunnan province": a part of an economy, no code
            if outside or phrase.startswith("non-") or phrase.startswith("non ") or phrase in NO_CODE_REGIONS \
                    or obj.text.lower() in NO_CODE_REGIONS or _uncoded_group(obj, economy_tokens) \
                    or any(group.startswith(name) for name in LONG_GROUP_NAMES) \
                    or (members_of is not None or whole.startswith("rest of ")) and group in NO_CODE_REGIONS:
                return True
    return False


# The nouns of a part of an economy that is a partner no code names ("Yunnan province"):
# the lexicon's, less cities (a city-state is an economy) and its possessives.
_PROVINCE_NOUNS = {noun for noun in SUBNATIONAL_NOUNS if noun.isalpha()} - {"city", "cities"}


def _province(obj, phrase: str, economy_tokens: set[int]) -> bool:
    """"with Yunnan province", "to Guangdong": a province, a state or an emirate named as
    the partner (lexicon.SUBNATIONAL_PLACES, or a name before such a noun), not the economy
    it is in (the city-states, Hong Kong, Macau and Taiwan are economies of their own)."""
    if obj.i in economy_tokens:
        return False
    # ("between Thailand and Yunnan province": the parse may hang the pair on the noun)
    if obj.lower_ in _PROVINCE_NOUNS and any(t.pos_ == "PROPN" and t.i not in economy_tokens
                                             for t in obj.subtree if t.i < obj.i):
        return True
    named = phrase.rsplit(" ", 1)[0] if obj.lower_ in _PROVINCE_NOUNS else phrase
    return named in SUBNATIONAL_PLACES


_SO_CALLED = re.compile(r"^so\s*-?\s*called\s+")


def _subject_of_figure_said_in(head) -> str:
    """The subject's words of the clause whose figure is said "in" the flow ("The value of
    extra-EU27 exchanges of goods was X in exports"), or nothing."""
    if head.dep_ != "pobj" or head.head.lower_ != "in":
        return ""
    amount = head.head.head  # the figure "in exports" is said after
    # ("stood at 10.840 billion euros in exports": the currency's word, the object of "at")
    if not (amount.like_num or amount.tag_ == "$" or amount.dep_ in ("attr", "dobj", "conj")
            or amount.dep_ == "pobj" and any(c.like_num or c.dep_ == "nummod" for c in amount.children)):
        return ""
    verb = amount
    while verb.dep_ in ("conj", "attr", "dobj", "nummod", "compound", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return " ".join(t.text for s in subjects for t in s.subtree)


def subnational(trigger_head, subject: str | None = None) -> bool:
    """Whether the flow is a province's or a city's: "foreign trade in east China's Jiangsu
    Province", "exports from the province", "Yiwu city's exports". "The city-state's", or
    "the city's" in a story whose economy is a city, is the story's economy."""
    owners = [o for p in trigger_head.children if p.dep_ == "prep" and p.lower_ in ("in", "from", "of")
              for o in p.children if o.dep_ == "pobj"]
    owners += [c for c in trigger_head.children if c.dep_ in ("poss", "compound")]
    verb = trigger_head if trigger_head.pos_ == "VERB" else None
    if verb is None and trigger_head.dep_ in ("dobj", "obj") and trigger_head.head.pos_ in ("VERB", "AUX"):
        verb = trigger_head.head  # "Shandong province reached foreign trade volume of X": the verb's subject
    if verb is None and trigger_head.dep_ in ("nsubj", "nsubjpass"):
        verb = trigger_head.head  # "In Quebec, exports to China reached X": the place the clause is set in
        owners += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < trigger_head.i
                   for o in p.children if o.dep_ == "pobj" and _place_named(o) in SUBNATIONAL_PLACES]
    elif verb is not None:
        owners += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lower_ in SUBNATIONAL_NOUNS for o in owners if not city_anaphor(o, subject) for t in o.subtree) \
        or any(_place_named(o) in SUBNATIONAL_PLACES for o in owners)


def _place_named(owner) -> str:
    """The place an owner token names, as lexicon.SUBNATIONAL_PLACES writes it ("Dubai's",
    "the Quebec": "dubai", "quebec")."""
    return " ".join(t.lower_ for t in owner.subtree if t.dep_ not in ("case", "det"))


_GROUPED_COUNTRIES = {"countries", "nations", "economies", "states"}
# Words by which a subject stands for the list it opens, no group: "the following countries
# imported the most goods to Ukraine: China - USD 5.1 billion, ...".
_LIST_OPENERS = {"following", "listed", "below"}


def _region_named(token, economy_tokens: set[int]) -> bool:
    """Whether the phrase ``token`` heads names a region or group with no code (or, as an
    adjective, is one's: "African trade")."""
    phrase = " ".join(t.lower_ for t in token.subtree if t.dep_ not in ("det", "case"))
    return not any(t.i in economy_tokens for t in token.subtree) \
        and (phrase in NO_CODE_REGIONS or token.dep_ == "amod" and phrase in REGION_ADJECTIVES)


def _nouns_it_is_of(head) -> list:
    """The flow noun and the nouns it hangs on through prepositions and compounds, below
    any verb: "surplus" and "trade" of "Euro area international trade in goods surplus"."""
    nouns, token = [head], head
    while token.dep_ in ("pobj", "prep", "compound", "nmod") and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN"):
            nouns.append(token)
    return nouns


def _owned_by_a_group(head, economy_tokens: set[int]) -> bool:
    """"the euro zone's trade surplus", "Latin American countries' exports": a flow whose
    owner is a region, or countries grouped by a name-like word, with no code; so is one
    the region's name modifies ("Euro area international trade in goods surplus") or that
    is "of" it ("the seasonally adjusted trade balance of the euro area")."""
    if _one_economy_described(head):
        return False  # "the Southeast Asian nation": one economy, by where it lies
    for noun in _nouns_it_is_of(head):
        if any(c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i and _region_named(c, economy_tokens)
               for c in noun.children):
            return True
        if any(o.dep_ == "pobj" and _region_named(o, economy_tokens) for p in noun.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            return True
    for owner in (c for c in head.children if c.dep_ == "poss"):
        if _region_named(owner, economy_tokens) and not _one_economy_described(owner):
            return True
        if owner.lower_ in _GROUPED_COUNTRIES and any(c.dep_ in ("amod", "compound") for c in owner.children) \
                and not any(c.lower_ in _RANKING_WORDS for c in owner.children) \
                and _uncoded_group(owner, economy_tokens):
            return True
    return False


# One economy described by where it lies or what it is: "the West African nation", "the
# Gulf state", "this Southeast Asian country" (not "Southeast Asian nations": a group).
_ONE_ECONOMY_NOUNS = {"nation", "country", "economy", "state", "kingdom", "republic", "emirate", "sultanate"}


def _one_economy_described(noun) -> bool:
    return noun.lower_ in _ONE_ECONOMY_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                     for c in noun.children)


def group_reporter(trigger_head, economy_tokens: set[int]) -> bool:
    """Whether the flow is a region's or group's with no code, said as the subject of the
    verb it hangs under: "the euro area posted a trade surplus of X, with exports and
    imports amounting to Y and Z" (the nearest subject that names a trader decides), or as
    its owner: "the euro zone's trade surplus with the rest of the world fell to X"."""
    if _owned_by_a_group(trigger_head, economy_tokens):
        return True
    for verb in (a for a in trigger_head.ancestors if a.pos_ in ("VERB", "AUX")):
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != trigger_head.i):
            if _owned_by_a_group(subject, economy_tokens) \
                    and not any(c.i in economy_tokens for c in trigger_head.children):
                return True  # "Latin American countries' exports fell to X, with imports at Y"
            if any(t.i in economy_tokens for t in subject.subtree):
                return False
            phrase = " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det")
            if phrase in NO_CODE_REGIONS:
                return True
            # "Asian countries ranked third, receiving 9.1% of total exports valued at X":
            # countries a name-like word groups, with no code (not "both countries", nor
            # a role in a ranking: "its main partners were China with X")
            if subject.lower_ in _GROUPED_COUNTRIES and any(c.dep_ in ("amod", "compound") for c in subject.children) \
                    and not any(c.dep_ == "poss" or c.lower_ in _RANKING_WORDS | _LIST_OPENERS for c in subject.children) \
                    and _uncoded_group(subject, economy_tokens):
                return True
    return False


def joint_partners(trigger_head, economy_tokens: set[int]) -> list:
    """The economies a flow is said with together as its partner, if any: "exports to
    China and Hong Kong", "trade with the US and the EU" (not "between" them, a pair)."""
    heads = [trigger_head] + ([trigger_head.head] if trigger_head.dep_ in ("dobj", "obj") else [])
    # ("exported goods worth X to China and Hong Kong": the parse may hang it on the goods'
    # worth, in the object's phrase)
    objects = [o for h in heads if h.pos_ in ("VERB", "AUX") for o in h.children if o.dep_ in ("dobj", "obj")]
    heads += [t for o in objects for t in o.subtree if t.dep_ in ("amod", "acl", "npadvmod", "advmod")]
    for o in (o for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in ("to", "from", "with")
              for o in p.children if o.dep_ == "pobj" and o.i in economy_tokens):
        if any(c.i in economy_tokens for c in o.conjuncts):
            return [o, *(c for c in o.conjuncts if c.i in economy_tokens)]
    return []


def region_partner(fig: Figure, trigger_head, economy_tokens: set[int]) -> bool:
    """Whether the figure is for trade with a region or group that has no code."""
    # "recorded a deficit of X with developing countries": the group may hang on the verb
    # whose object the flow is
    # (or the passive verb it is the subject of: "A deficit of X was recorded with third countries")
    verb = trigger_head.head if trigger_head is not None and trigger_head.dep_ in ("dobj", "obj", "nsubjpass") else None
    return any(head is not None and group_partner(head, economy_tokens)
               for head in (trigger_head, verb, *fig.path))


def _strip_periods(gap: str) -> str:
    return re.sub(r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)(?:\s+\d{4})?|\d{4}|last\s+year|a\s+year\s+(?:earlier|ago)|"
                  r"the\s+same\s+(?:period|month|quarter)(?:\s+of\s+\d{4})?)\b", " ", gap)
