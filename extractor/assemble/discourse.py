"""What earlier sentences settle for later ones.

A bare "deficit" is of whatever the story last talked about (trade, the current
account, the budget); a change stated without its figure ("Trade between Argentina
and Brazil jumped 90 pct in 1986") belongs to the figure stated later for the same
trade and period ("trade last year totalled 1.3 billion dlrs").
"""
from __future__ import annotations

import re
from bisect import insort
from collections.abc import Callable
from dataclasses import dataclass

from extractor.assemble.figure_changes import of_size
from extractor.assemble.triggers import excluded_at, kind_of_words, names_a_period
from models import Change, Economy, TradeFact

# Where a balance word's own phrase starts, counting back: after a comma or a stop.
_CLAUSE_BREAK = re.compile(r"[,;:.]\s")
_BALANCE_WORDS = re.compile(r"\b(surplus|deficit|gap|shortfall|balance)(?:es|s)?\b", re.IGNORECASE)
_KIND_ONLY = re.compile(r"\b(?:(?P<current>current[\s-]+account)|(?P<other>invisibles|budget|fiscal|services|"
                        r"capital\s+account|balance\s+of\s+payments|transfer\s+payments)"
                        r"|(?P<trade>merchandise|trade\s+figures|trade\s+in\s+goods(?!\s+and\s+services)"
                        r"|excess\s+of\s+(?:exports|imports)\s+over))\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+")


def _words_around(source: str, m: re.Match) -> list[str]:
    """The kind words matched, with the word before and after them."""
    before = _WORD.findall(source[max(0, m.start() - 20):m.start()])[-1:]
    after = _WORD.findall(source[m.end():m.end() + 20])[:1]
    return [w.lower() for w in before + _WORD.findall(m.group()) + after]


class BalanceKinds:
    """What the story's surpluses and deficits were of, at any point of its text.

    A bare "the deficit" refers back to the last deficit the story named ("Britain's
    visible trade deficit ..., the department expects the deficit to fall"), so each
    balance word is remembered with its kind; kind words without one ("current
    account figures", "invisibles") count when no such word came before.
    """

    def __init__(self, text: str, title: str | None):
        self.marks: list[tuple[int, str | None, str]] = []  # (position, balance word, kind)
        for source, offset in ((title or "", -1), (text, 0)):
            for m in _BALANCE_WORDS.finditer(source):
                # (words of its own phrase only: "Last fiscal, the deficit touched $79 billion"
                # is no fiscal deficit)
                own = _CLAUSE_BREAK.split(source[max(0, m.start() - 40):m.start()])[-1]
                words = [w.lower() for w in _WORD.findall(own)][-4:]
                after = [w.lower() for w in _WORD.findall(source[m.end():m.end() + 30])][:3]
                if after and after[0] in ("on", "in", "of"):
                    words = words + after[1:]
                kind = kind_of_words(words)
                if kind:
                    self.marks.append((offset if offset < 0 else m.start(), m.group(1).lower(), kind))
            for m in _KIND_ONLY.finditer(source):
                if m.lastgroup == "other" and kind_of_words(_words_around(source, m)) is None:
                    continue  # "April-September this fiscal", "in fiscal 2024": a period, no kind
                self.marks.append((offset if offset < 0 else m.start(), None, m.lastgroup))
        self.marks.sort(key=lambda mark: mark[0])

    def resolved(self, position: int, word: str, kind: str) -> None:
        """Remember the kind a balance word was found to have ("Thailand's surplus with
        China": trade's), for a bare one later ("the surplus stood at $6 billion")."""
        insort(self.marks, (position, word, kind), key=lambda mark: mark[0])

    def before(self, position: int, word: str | None = None) -> str | None:
        earlier = [mark for mark in self.marks if mark[0] < position]
        same_word = [kind for _, w, kind in earlier if word and w == word]
        if same_word:
            return same_word[-1]
        return earlier[-1][2] if earlier else None


_FLOW_SCOPE = re.compile(r"\b(?P<both>(?:goods|merchandise)\s+and\s+services|services\s+combined)\b"
                         r"|\b(?P<goods>goods|merchandise)\b", re.IGNORECASE)
_SERVICES = re.compile(r"\bservices?\b", re.IGNORECASE)
# How statistics offices set goods apart from services ("the trade in goods deficit",
# "imports of goods rose"); a bare "goods imports" beside "overall exports" does not, nor
# do the goods of a flow with a partner ("Pakistan's exports of goods to China rose to X.
# Its overall exports rose to Y": overall as against the partner's part, not services).
_GOODS_SCOPE = re.compile(r"\b(?:trade\s+in\s+goods|(?:exports?|imports?)\s+of\s+goods)\b"
                          r"(?!\s+and\s+services)(?!\s+(?:to|from|with|into|between)\b)", re.IGNORECASE)
# A flow of services alone ("services exports", "services' imports", "exports of services";
# not "goods and services exports").
_SERVICES_FLOW = re.compile(r"(?<!\band\s)\bservices?['’]?\s+(?:exports?|imports?)\b|\b(?:exports?|imports?)\s+of\s+services\b",
                            re.IGNORECASE)
# A goal set for goods and services ("Türkiye aims to boost its goods and services exports
# to $400 billion") says nothing of what the figures reported after it count.
_A_GOAL_BEFORE = re.compile(r"\b(?:aims?|aimed|aiming|targets?|targeted|targeting|plans?|planned|planning|seeks?"
                            r"|hopes?|wants?|goal\s+(?:is|of))\s+(?:to\s+)?(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# Reserves counted in months of imports ("Reserves covered about five months of imports of
# goods and services") say nothing of what the story's figures count.
_IMPORT_COVER_BEFORE = re.compile(r"\b(?:months?|weeks?)['’]?\s+(?:worth\s+)?of\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:imports?|import\s+bills?)\s+(?:of\s+)?$", re.IGNORECASE)
# How far a "goods and services" reaches: the sentence or two after it.
_SCOPE_REACH = 400
# A sentence about any country is a definition, not the story's scope ("A trade deficit
# arises when a country buys more goods and services abroad than it sells").
_GENERIC_ECONOMY = re.compile(r"\b(?:a|any|an)\s+(?:country|nation|economy)\b", re.IGNORECASE)
_SENTENCE_EDGE = re.compile(r"[.!?\n]")
# ... and one that a decimal point does not end ("$3.8 billion")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _a_part_of_both(text: str, mark: re.Match, marks: list[re.Match]) -> bool:
    """Whether a word of goods alone names the goods part of a goods and services figure
    its sentence said before it ("The increase in the goods and services deficit reflected
    an increase in the goods deficit of X and a decrease in the services surplus of Y"):
    a breakdown into parts, after which bare flows are still the lead's."""
    if mark.lastgroup != "goods":
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, mark.start())), default=0)
    end = m.start() if (m := _SENTENCE_END.search(text, mark.end())) else len(text)
    both_before = any(start <= m.start() < mark.start() and m.lastgroup == "both" for m in marks)
    return both_before and any(not any(b.start() <= s.start() < b.end() for b in marks if b.lastgroup == "both")
                               for s in _SERVICES.finditer(text, mark.end(), end))


def _said_of_no_figure(text: str, position: int) -> bool:
    """Goods and services said of a goal or of reserves' cover, not of the story's figures."""
    before = max(0, position - 60)
    return bool(_A_GOAL_BEFORE.search(text, before, position) or _IMPORT_COVER_BEFORE.search(text, before, position))


def _in_a_definition(text: str, position: int) -> bool:
    start = max((m.end() for m in _SENTENCE_EDGE.finditer(text, 0, position)), default=0)
    end = m.start() if (m := _SENTENCE_EDGE.search(text, position)) else len(text)
    return _GENERIC_ECONOMY.search(text, start, end) is not None


class FlowScope:
    """Whether bare "exports" and "imports" are of goods and services at a point of the story.

    A release that leads with "the goods and services deficit was X" goes on with
    "exports were Y" and "imports were Z" for the same goods and services, until it
    names goods alone again ("the goods deficit of W", "By country, goods ...").
    """

    def __init__(self, text: str):
        found = [m for m in _FLOW_SCOPE.finditer(text) if not _in_a_definition(text, m.start())
                 and not (m.lastgroup == "both" and _said_of_no_figure(text, m.start()))]
        self.marks = [(m.start(), m.lastgroup == "both") for m in found if not _a_part_of_both(text, m, found)]
        # A story that tells goods from services ("merchandise exports", "services exports")
        # means both by its "overall exports" (India's releases: "merchandise and services
        # combined"; the UK's: goods, then "overall exports").
        # So does one that sets goods apart as statistics offices do ("imports of goods
        # rose", "the trade in goods deficit"), services named or not.
        self.tells_services_apart = bool(_SERVICES.search(text)) and any(not both for _, both in self.marks) \
            or _GOODS_SCOPE.search(text) is not None
        self.services_flows = [m.start() for m in _SERVICES_FLOW.finditer(text)]

    def in_services_lead(self, position: int) -> bool:
        """Whether ``position`` is in a story about services alone so far, right after a
        services flow ("Services exports were X. The imports decreased to Y"): its bare
        flows and balance are services too. (A services balance alone says nothing of the
        flows after it: "Pakistan's services trade deficit was X. Exports rose to $2.3
        billion" is of goods.)"""
        if any(start < position for start, _ in self.marks):
            return False  # goods were named
        flows = [start for start in self.services_flows if start < position]
        return bool(flows) and position - flows[-1] <= _SCOPE_REACH

    def services_before(self, position: int) -> bool:
        earlier = [mark for mark in self.marks if mark[0] < position]
        return bool(earlier) and earlier[-1][1] and position - earlier[-1][0] <= _SCOPE_REACH

    def services_next(self, position: int) -> bool:
        """Whether the first word of goods after ``position``, within the sentence or two
        after it, is "goods and services" (a plain headline balance going on with them)."""
        later = [mark for mark in self.marks if mark[0] >= position]
        return bool(later) and later[0][1] and later[0][0] - position <= _SCOPE_REACH


# Kind words that also name an actor ("the government", "the state"): a kind only right
# before the balance ("the government deficit", "a federal budget deficit").
_ACTOR_KINDS = {"government", "federal", "public", "state"}


def kind_in_sentence(words_before: list[str]) -> str | None:
    """The nearest kind word before a bare surplus/deficit in its own sentence."""
    # "Net of energy, the balance ...": energy is left out, not what the balance is of;
    # "The government expects to cut the deficit": an actor said further back is no kind
    last = len(words_before) - 1
    # ("Last fiscal, the deficit ...", "In the 2022/2023 fiscal year the deficit ...": a
    # year, no fiscal deficit)
    words = ["" if excluded_at(words_before, i) or (w in _ACTOR_KINDS and last - i > 2)
             or names_a_period(words_before, i) else w
             for i, w in enumerate(words_before)]
    for i in range(len(words) - 1, -1, -1):
        kind = kind_of_words(words[max(0, i - 1):i + 1])
        if kind:
            return kind
    return None


@dataclass
class ChangeOnly:
    """A change stated for a trigger that has no current figure in its sentence."""

    measure: str
    reporter: str | None
    partner: str | None
    period: tuple | None
    change: Change
    position: int
    against_figure: bool      # the sentence gives the comparison figure ("25 pct below ... 18.9 billion")
    end: int                  # where its sentence ends
    told_in: tuple | None = None  # the story's period where it is said, when its sentence states none
    so_far: bool = False      # its period is the year so far or a rolling year, counted to the story's end
    of_its_clause: bool = False  # its period opens its clause: "since January, when the deficit rose by 41%"
    of_a_subset: bool = False  # its flow names part of the goods ("gas exports rose 38%")
    in_terms_of: str | None = None  # the currency it is said in ("down 12.5 pct in dollar terms")


# How far (in characters) a change said apart may be from its figure: a sentence or two
# before its sentence, or after it.
_NEAR = 400


def _year_on_year_over(held, offered, fact=None, facts=()) -> bool:
    """GUIDELINES.md: the year-on-year change wins over the month-on-month one, when both
    are stated ("rose 3.1% on the month ... Compared with June of last year, exports were
    up 7.4%"); a change against the figure of the period just before is month-on-month
    ("X in March, against Y in February, a contraction of 12.7 percent")."""
    if offered.against_period != "year_earlier":
        return False
    if held.against_period == "previous_period":
        return True
    compared = next((f for f in facts if held.against is not None and f.id == held.against), None)
    return bool(compared and compared.period and fact is not None and fact.period
                and 0 < (fact.period.start - compared.period.end).days <= 1
                and (compared.period.end - compared.period.start).days < 100)


def _year_on_year_beside_another(fact, ch: ChangeOnly) -> bool:
    """"Exports went up by 7.2 percent to X in November. In annual terms, exports fell by
    4.6 percent in November": a year-on-year change said of the figure's own period, beside
    another change of it said without a basis, wins (that other is not year-on-year, or
    the two would be one number). Said before a figure that states its own change in its
    sentence ("Revenue in the first nine months was 17.7 percent lower than a year
    earlier. Merchandise earnings fell 16.9 percent to X"), it is of another series the
    story went on from, not the figure's."""
    held = fact.change
    own = held.span is not None and fact.sentence.start <= held.span.start < fact.sentence.end
    return ch.change.against_period == "year_earlier" and held.against_period is None \
        and (ch.position > fact.value.start or not own) \
        and held.percent != ch.change.percent and fact.period is not None \
        and (fact.period.start, fact.period.end) in (ch.period, ch.told_in)


# Words that make a flow's figure the economy's trade with everyone ("total exports",
# "exports overall"), whatever partner the sentence before spoke of.
_WITH_EVERYONE = re.compile(r"\b(?:total|overall|global|worldwide|world|all\s+(?:destinations|countries|markets))\b",
                            re.IGNORECASE)


def _figure_for_a_pair(ch: ChangeOnly, facts: list, text: str) -> TradeFact | None:
    """The figure a change said for a pair's flow is given next ("its trade deficit with
    China has widened by 16 per cent ... India's trade deficit reached $73 billion in FY22"):
    the next figure said after it, within a sentence or two, when it is of the same
    flow and reporter, names no partner and not the world, and its period overlaps the
    change's ("in the last five years" and FY22)."""
    if ch.partner is None or ch.reporter is None:
        return None
    later = sorted((f for f in facts if ch.position < f.value.start <= ch.end + _NEAR
                    and f.role != "comparison"), key=lambda f: f.value.start)
    if not later:
        return None
    fact = later[0]
    if fact.measure != ch.measure or fact.partner is not None or fact.change is not None \
            or (fact.reporter and fact.reporter.iso3) != ch.reporter \
            or ch.period is not None and (fact.period is None or fact.period.start > ch.period[1]
                                           or fact.period.end < ch.period[0]) \
            or _WITH_EVERYONE.search(text, fact.sentence.start, fact.sentence.end):
        return None
    return fact


def _same_parties(fact, ch: ChangeOnly) -> bool:
    """The same reporter and partner; a two-way total's pair in either order ("trade
    between Uzbekistan and Kazakhstan" and "Kazakhstan's trade with Uzbekistan")."""
    pair = ((fact.reporter and fact.reporter.iso3), (fact.partner and fact.partner.iso3))
    return pair == (ch.reporter, ch.partner) or fact.measure == "total" and ch.partner is not None \
        and pair == (ch.partner, ch.reporter)


# A figure's own change said in money right before it: "decreased $0.8 billion to $137.2
# billion", "rose by Sh12 billion to".
_OWN_CHANGE_IN_MONEY = re.compile(
    r"\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|widened|narrowed|gained|slipped)\s+"
    r"(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?(?:[^\s\w]{1,2}|[A-Z]{1,3}\$?)?\s?[\d.,]+\s*"
    r"(?:trillion|billion|million|tn|bn|mn|mln|bln)\s+(?:[a-z]+\s+)?to\s+$", re.IGNORECASE)


def _change_told_in_money(fact, text: str) -> bool:
    """Whether the figure's sentence says its change as an amount ("Imports of goods
    increased $1.2 billion to $215.0 billion in March"): a percentage said apart (of the
    year so far) is another change."""
    return _OWN_CHANGE_IN_MONEY.search(text, max(fact.sentence.start, fact.value.start - 60), fact.value.start) \
        is not None


def _of_another_period(ch: ChangeOnly, fact) -> bool:
    """A change said of another period than the figure's: "Year-to-date, the deficit
    increased 8.1 percent" after March's deficit; "the fastest since January, when the
    deficit rose by 41.0%" after June's (a period its clause is said of; any other period
    in its sentence may be its basis, "a 5.1% decrease from the value of exports in May",
    or loosely the figure's own, "this year's trade has decreased by 3 percent")."""
    if ch.period is None or fact.period is None or fact.period.start is None or fact.period.end is None:
        return False
    if ch.period[0] <= fact.period.start and fact.period.end <= ch.period[1] \
            and (fact.period.start, fact.period.end) != ch.period:
        # "Exports fell 0.8 percent to X in September. For the first nine months of the
        # year, exports were up 24.3 percent": a change of a stretch holding the figure's
        # month is the stretch's, not the month's
        return True
    return (ch.so_far or ch.of_its_clause) and (fact.period.start, fact.period.end) != ch.period


def _said_again(ch: ChangeOnly, facts: list) -> bool:
    """"Trade surged by 24.9 per cent to N69.81 trillion in 2023. The figure represents a
    24.9 per cent increase compared to the N52.4 trillion recorded in 2022": a change the
    figure just before already holds, said again, is that figure's and no later one's."""
    return any(f.measure == ch.measure and f.change is not None and f.change.percent == ch.change.percent
               and ch.position - _NEAR <= f.value.start < ch.position and _same_parties(f, ch) for f in facts)


def merge_changes(facts: list, changes: list[ChangeOnly], text: str, economy: Callable[[str], Economy]) -> None:
    """Give each change-only statement to the fact it is about, in place; ``economy``
    makes the partner a change carries to its figure (``_figure_for_a_pair``)."""
    open_to_change = [f for f in facts if not _change_told_in_money(f, text)]
    for ch in changes:
        # ("Natural gas exports rose 38.2 percent to X. Overall, exports climbed 7.8
        # percent": the whole flow's change is no product's, nor a product's the whole's)
        # (nor is a change said in one currency's terms that of a figure in another)
        candidates = [f for f in open_to_change if bool(f.product) == ch.of_a_subset
                      and ch.in_terms_of in (None, f.value.currency)]
        if _said_again(ch, candidates):
            continue
        target = None
        for fact in candidates:
            if fact.measure != ch.measure or fact.role == "comparison":
                continue
            same_period = fact.period is not None and ch.period is not None and \
                (fact.period.start, fact.period.end) == ch.period
            if fact.change is not None and not _year_on_year_over(fact.change, ch.change, fact, facts) \
                    and not _year_on_year_beside_another(fact, ch):
                continue
            same_parties = _same_parties(fact, ch)
            if same_parties and same_period:
                target = fact
                break
        if target is None:
            # "Exports decreased by 3.7% and imports increased by 0.2% compared to the
            # same period in 2020", right after the sentence giving both: the latest
            # figure of that flow said just before, with the same parties; failing
            # that, the first said just after ("attributed the decline to the 18.8%
            # drop in imports. In July, imports totaled ...").
            near = [f for f in candidates if f.measure == ch.measure and f.role != "comparison"
                    and (f.change is None or _year_on_year_over(f.change, ch.change, f, facts)
                         or _year_on_year_beside_another(f, ch))
                    and ch.position - _NEAR <= f.value.start <= ch.end + _NEAR
                    and (ch.reporter is None and (f.partner and f.partner.iso3) == ch.partner
                         or _same_parties(f, ch))]
            # (a change said of another period than the figure before it is not that figure's)
            before = [f for f in near if f.value.start < ch.position and not _of_another_period(ch, f)]
            after = [f for f in near if f.value.start >= ch.position]
            # (a change given with the figure it is against, "This is 19.2 per cent above the
            # US$1,303.0 million ...", is of a figure said around its own sentence; only a
            # bare one looks on to the sentences after it)
            after = [f for f in after if not ch.against_figure or f.value.start <= ch.position + _NEAR]
            target = before[-1] if before else after[0] if after and ch.period is None else None
        if target is None and ch.period is None and ch.told_in is not None and not ch.against_figure:
            # "... was occasioned by a 9.6 percent increase in exports", two paragraphs
            # before "In the second quarter, total exports amounted to X": a change said of
            # the story's period is its figure's when that figure comes further on (not one
            # given with the figure it is against: that one is of a figure said around it)
            later = [f for f in candidates if f.value.start > ch.end and f.measure == ch.measure and f.change is None
                     and f.role != "comparison" and _same_parties(f, ch) and f.period is not None
                     and (f.period.start, f.period.end) == ch.told_in]
            target = later[0] if later else None
        if target is None and ch.against_figure:
            earlier = [f for f in candidates if f.value.start < ch.position and f.measure == ch.measure
                       and f.change is None and f.role != "comparison"
                       and (f.reporter and f.reporter.iso3) == ch.reporter]
            target = earlier[-1] if earlier else None
        if target is None and (target := _figure_for_a_pair(ch, candidates, text)) is not None:
            # the pair carries to the figure and to the one it is compared with
            for fact in facts:
                if fact is target or fact.id == target.compared_with and fact.partner is None:
                    fact.partner = economy(ch.partner)
        if target is not None:
            target.change = of_size(ch.change, target.value.amount)
