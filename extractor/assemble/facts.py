"""Build trade facts from an article's mentions and its parsed candidate sentences.

Per sentence: find the triggers, attach each money figure to its trigger through the
parse, tell the reported figure from the ones it is compared with, give each its
period (figure_periods.py), change (figure_changes.py), parties (sentence_parties.py),
sign and modality. Across sentences: carry the balance kind, the parties of a measure
(sentence_parties.py), and changes stated apart from their figures.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from extractor.assemble.attach import Attachment, attach, part_of_the_figure_before, root_of, tokens_in
from extractor.assemble.balance_owner import balance_owner, balance_pair, owned_parties, said_in_favour
from extractor.assemble.balance_signs import balance_sign, minus_glued, sign_from_flows, sign_said_before
from extractor.assemble.changes import direction_word
from extractor.assemble.context import ArticleContext, ParsedSentence
from extractor.assemble.discourse import BalanceKinds, ChangeOnly, FlowScope, kind_in_sentence, merge_changes
from extractor.assemble.figure_changes import basis_of_figure_after, give_changes, of_size, stated_basis
from extractor.assemble.figure_periods import SAID_IN_PASSING, give_periods, reported_before_its_end, stretches
from extractor.assemble.figures import (
    Figure, assign_roles, compared_after_change, compared_in_brackets, flow_named_after, flow_otherwise_named_after,
    group_partner, group_reporter, joint_partners, nearest_same_measure, partner_on_path, region_partner,
    reporter_on_figure, subnational, ungap, usable,
)
from extractor.assemble.goods_and_services import GOODS_AND_SERVICES, mark_headline_balances, said_with_services
from extractor.assemble.lists import (
    beside_figure, clause_around, destined_partner, flow_destined_partner, gapped_partner, join_two_way, list_measure,
    next_item_of_list,
    listed_after, listed_partner, paired_comparisons, ranked_with_its_owner, ranks_partners, respective_partners,
    respective_parts, respective_reporters, role_measure, says_respectively, taken_in_turn, trailing_partners,
)
from extractor.assemble.change_amounts import drop_change_amounts
from extractor.assemble.modality import foretold, is_forecast, said_as_now
from extractor.assemble.parties import EconomyTokens, Parties, former_or_latter, goes_to_or_from
from extractor.assemble.rest_of_world import group_traded_outside
from extractor.assemble.restatements import drop_repeats
from extractor.assemble.sentence_parties import PartyMemory, role_player_acting
from extractor.assemble.shares import find_shares, share_of
from extractor.assemble.subsets import carry_products, names_goods, part_named_as_subject, product_of
from extractor.assemble.tables import table_facts
from extractor.assemble.timing import period_against, resolve, same_period_in_year
from extractor.assemble.triggers import STORY_TRADE_TURNOVER, Trigger, distinct, find_triggers, names_a_body
from extractor.data.calendar import COMPARED_WITH_BEFORE, OUTLOOK_OR_EVENT_BEFORE, RECORD_SET_BEFORE
from extractor.data.lexicon import (
    BREAKDOWN_OPENER, CURRENCY_TERMS, CURRENCY_TERMS_CODES, EARLIER_RECORD, EARLIER_WORDS, LIST_GOING_ON, MONTH_WORDS,
    NOT_TREND_WORDS, OR_CONVERSION_GAP, PLACED_IN_RANKING, RE_EXPORTS, REAL_TERMS, RECORD_NOUNS, SERIES_BASIS,
    SIGNED_BALANCE_TRENDS, WORLD_MODIFIERS,
)
from extractor.limits import NO_DEADLINE, Deadline
from extractor.recognise.currency import tender
from extractor.recognise.percent import qualifier_before
from extractor.recognise.period import find_periods, fiscal_period_for, is_fiscal
from extractor.recognise.period.calendar_math import a_year_long, months_between
from models import Change, Economy, Period, Share, Span, TradeFact, Trend, Value, iso3_of


def _converted(money) -> dict | None:
    """The figure's amount in its second currency ("11.3 trillion riel ($2.806 billion)")."""
    if money is None:
        return None
    half = money.step / 2
    return {"amount": money.amount, "currency": money.currency,
            "low": money.amount - half, "high": money.amount + half}


_SERIES_BASIS = [(re.compile(pattern, re.IGNORECASE), tag) for pattern, tag in SERIES_BASIS]
# The flow noun right after an amount, as its own ("exports of $2.8 billion against $6.0
# billion imports", "... against $6.0 billion of imports": Zimbabwean copy).
_OWN_FLOW_NOUN_AFTER = re.compile(r"\s+(?:of\s+|worth\s+of\s+)?(?:exports?|imports?)\b", re.IGNORECASE)
# A sentence opening with the parts of the figures before: "Of this, exports were X",
# "Of the total, ...", "Exports accounted for X".
_BREAKDOWN_LEAD = re.compile(
    r"\s*(?:" + BREAKDOWN_OPENER + r"|(?:exports?|imports?)\s+(?:accounted\s+for|made\s+up)\b)", re.IGNORECASE)
# A flow word of a sentence's own, or a word of all the goods: its figures are not a
# product's the story went on about ("export market", "import source" name a role).
_OWN_FLOW_WORD = re.compile(r"\b(?:exports?|imports?|trade)\b(?!\s+(?:markets?|destinations?|sources?|partners?"
                            r"|turnover|value))|\b(?:total|overall|all|goods|merchandise|whole)\b", re.IGNORECASE)
# "In real terms, exports rose 1.2%", "rose 2.4% in real terms to X": a change (and its
# direction word) in volume, which is no change of the figure in money it comes with.
_OPENS_IN_REAL_TERMS = re.compile(r"\W*" + REAL_TERMS, re.IGNORECASE)
# (said in a currency's terms after it, in its clause: "down by 12.5 pct on last year in dollar terms")
_CURRENCY_TERMS_AFTER = re.compile(r"[^.;,%]{0,40}?" + CURRENCY_TERMS, re.IGNORECASE)
# (the words may follow what the change is measured against, in its clause: "down 10.5%
# from US$19.80 billion in June 2019 by the daily average criterion")
_REAL_TERMS_AFTER = re.compile(r"[\s,]*(?:(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|pct)\s+)?"
                               r"(?:[^.;,%]|(?<=\d)[.,](?=\d)){0,60}?" + REAL_TERMS, re.IGNORECASE)


# Periods counted back from the end of the story's period, not comparisons.
_REFERENCE_POINT = re.compile(rf"\bsince\b[^.;,]{{0,30}}$|{RECORD_SET_BEFORE}"
                              # ("The previous high was Sh870 billion in 2021": an earlier peak's year)
                              rf"|\b(?:{'|'.join(sorted(EARLIER_WORDS))})\s+(?:[\w-]+\s+)?"
                              rf"(?:{'|'.join(sorted(RECORD_NOUNS))})\b[^.;\n]{{0,60}}?\bin\s+$", re.IGNORECASE)
# In an undated story, a plan's or an outlook's year is not the period it reports either
# ("The export strategy targets sales of K900 billion in 2030").
_OUTLOOK_OR_EVENT = re.compile(OUTLOOK_OR_EVENT_BEFORE, re.IGNORECASE)


def _bilateral(trig: Trigger, eco: EconomyTokens) -> str | None:
    """A bare balance with an economy ("the deficit with Mexico") is the trade balance
    with it, whatever account the story spoke of before: the balances news gives by
    partner are trade's (a goods and services total, a current account, are national).
    The parser may hang "with Mexico" on the verb the balance is the object of, or on
    its amount ("posted a surplus of $2 billion with the United States")."""
    for child in trig.head.children:
        if child.dep_ == "prep" and child.lower_ == "with" \
                and any(t.i in eco.by_token for t in child.subtree if t.dep_ == "pobj" or t.head.dep_ == "pobj"):
            return "trade"
    # (the amount's head may be its currency word: "a surplus of over 1.5 billion dinars")
    holders = [amount for of in trig.head.children if of.dep_ == "prep" and of.lower_ == "of"
               for amount in of.children if amount.dep_ == "pobj"
               and (amount.like_num or any(c.dep_ == "nummod" and c.like_num for c in amount.children))]
    if trig.head.dep_ == "dobj":
        holders.append(trig.head.head)
    for child in (c for holder in holders for c in holder.children):
        # there only the economy "with" governs itself ("with imports from China rising"
        # says why, not with whom)
        if child.dep_ == "prep" and child.lower_ == "with" \
                and any(o.i in eco.by_token for p in child.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)):
            return "trade"
    return None


# A target's year: "by 2030", "until 2028".
def _flow_named_after(text: str, end: int, ps: ParsedSentence, by_token: dict) -> Trigger | None:
    """The trigger of the flow said right after an amount ("DKK 55.8 billion for imports")."""
    said = flow_named_after(text, end) or flow_otherwise_named_after(text, end)
    if said is None:
        return None
    return next((by_token[t.i] for t in ps.sent if t.idx + ps.offset == said.start("flow") and t.i in by_token), None)


_OR_CONVERSION = re.compile(OR_CONVERSION_GAP)
# A figure said per month: "a monthly one billion", "X a month", "X per month".
_MONTHLY_BEFORE = re.compile(r"\bmonthly\s+(?:average\s+(?:of\s+)?)?$", re.IGNORECASE)
_PER_MONTH_AFTER = re.compile(r"\s+(?:a|per|each)\s+month\b", re.IGNORECASE)


def _monthly_mean(fig: Figure, trig: Trigger, text: str) -> bool:
    """"Brazil's monthly surplus declined to 150 mln dlrs in the final three months, against
    a monthly one billion in the first nine": a figure said per month for a period of
    several months is their mean, not the period's total (for one month, "the monthly
    surplus in May", it is that month's)."""
    start, end = fig.period
    if (end - start).days < 32:
        return False
    return any(c.lower_ == "monthly" for c in trig.head.children) \
        or bool(_MONTHLY_BEFORE.search(text, max(0, fig.money.start - 30), fig.money.start)) \
        or bool(_PER_MONTH_AFTER.match(text, fig.money.end))


_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# A fiscal year counted back from now: "last financial year", "the previous fiscal year".
_LAST_FISCAL_YEAR = re.compile(r"(?:the\s+)?(?:last|previous|preceding|past)\s+(?:fiscal|financial)\s+year\b",
                               re.IGNORECASE)
# What stands between a figure and the one it is compared with, said right after it:
# "X in April compared with Y", "X, against Y".
# ("a 15.8 percent increase in imports to X ($5.9 billion) in August from Y": a conversion
# may stand between, and "from" after the figure's own period compares it too)
_COMPARED_RIGHT_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:in|during|for)\s+[\w-]+(?:\s+\d{4})?)?\s*,?\s*"
                                   r"(?:compared\s+(?:with|to)|against|versus|vs\.?|(?<=\w\s)from)\s+(?:the\s+|a\s+)?",
                                   re.IGNORECASE)
# A sentence going on with the ranking before: "followed by A with X", "India came second with Y".
# ("Japan followed with $980 million, then China with $760 million")
# What may open a sentence before the economy that heads a ranking ("Germany was followed
# by ..."), and what follows that economy.
_OPENS_A_RANKING = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_FOLLOWED_RIGHT_AFTER = re.compile(r"\s+(?:was|is|were|are)\s+followed\s+by\b", re.IGNORECASE)
# ... or another partner placed after it: "Exports to India stood at X. Spain followed with Y".
_PLACED_AFTER_IT = re.compile(r"\s+(?:(?:also\s+|then\s+)?followed\s+(?:closely\s+)?with\b|" + PLACED_IN_RANKING + r")",
                              re.IGNORECASE)
# What sets a figure's parts after it: "X, of which exports made up Y", "X ($Y in exports ...)".
_BROKEN_DOWN_AFTER = re.compile(r"\b(?:of\s+which|including|comprising|consisting\s+of)\b|\(", re.IGNORECASE)
_FOLLOWED_BY = re.compile(r"\b" + LIST_GOING_ON + r"\b", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(COMPARED_WITH_BEFORE, re.IGNORECASE)
# The stretches a change said alone may be of besides a period of its own: the year so far
# and the rolling year ("Year-to-date, the deficit increased 8.1 percent"), which run to
# the end of the period the story reports; such a change is of a figure of that very
# stretch, never of the month's figure said before it.
_SO_FAR = ("to_date", "rolling_year")
_WHEN_CLAUSE = re.compile(r"\s*,?\s+when\b", re.IGNORECASE)
_SAME_PERIOD_SAID = re.compile(r"\b(?:over|during|in|for)\s+the\s+same\s+period\b(?!\s+(?:of|in|last|a\s+year))",
                               re.IGNORECASE)


def _subset_heading_the_list(figures: list[Figure], money, measure: str) -> Trigger | None:
    """The trigger of the sentence's figure just before a listed one, when it names a part
    of the goods of the list's measure and the list goes on right after it ("followed by")."""
    before = [f for f in figures if f.money.end <= money.start and f.triggers]
    if not before:
        return None
    trig = before[-1].triggers[0]
    return trig if trig.measure == measure and (trig.subset or trig.product is not None) else None


def _fits_basis(fact: TradeFact, basis: TradeFact) -> bool:
    """Whether ``basis`` is for the period the change says it is measured against: "sank
    an annual 13 percent to X in December, down from Y a month earlier" does not measure
    the 13 percent against Y."""
    said = fact.change.against_period if fact.change else None
    if said is None or not (fact.period and basis.period and fact.period.start and basis.period.start):
        return True
    return period_against((fact.period.start, fact.period.end), said) == (basis.period.start, basis.period.end)


# What makes a figure for an earlier period an aside: a pluperfect ("had totaled"), an
# earlier record ("second only to the record X set in March", "the previous high").
_ASIDE_OF_AN_EARLIER_PERIOD = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:been|totall?ed|reached|stood|amounted|risen|fallen|hit|posted|recorded|come|grown"
    r"|declined|dropped|climbed)\b|\bsecond\s+only\s+to\b|\brecord\b[^.;]{0,60}?\bset\b|" + EARLIER_RECORD
    # ("The August surplus was revised up to $9.4 billion": a revision of an earlier month's)
    + r"|\b(?:was|were|has\s+been|have\s+been)\s+revised\b"
    # ("the smallest shortfall since the $19.6 billion deficit reported in 2003": the
    # figure a superlative reaches back to)
    + r"|\b(?:smallest|largest|biggest|highest|lowest|widest|narrowest|best|worst)\b[^.;]{0,40}?\bsince\b",
    re.IGNORECASE)
_RESTATED_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
# What a story sets national (domestic) exports apart from.
_TOLD_APART_FROM_NATIONAL = re.compile(r"\b(?:total\s+exports|re-?exports)\b", re.IGNORECASE)




# The words that leave a flow out of the figures around it: "Excluding trade with X".
_LEAVING_OUT = {"excluding", "except", "excepting", "barring", "ex", "exclude", "excludes"}


def _left_out(head) -> bool:
    return head.dep_ in ("dobj", "obj", "pobj") and head.head.lower_ in _LEAVING_OUT


def _flow_and_its_verb(head) -> tuple:
    """The flow's word and the verb it is the object of, on which the parse may hang its
    partner ("CEFTA countries, with which Serbia realized a surplus of X"), or the passive
    subject of ("A deficit of PLN 101.2 billion was recorded with developing countries")."""
    return (head, head.head) if head.dep_ in ("dobj", "obj", "nsubjpass") else (head,)


def _carried(product: str | None) -> bool:
    """Whether a product said of earlier figures may pass on to later ones: not services
    (told apart by FlowScope), nor re-exports (a part beside the exports, not their kind)."""
    return product is not None and "services" not in product and product != RE_EXPORTS


def _months_combined(word) -> bool:
    """"the trade surplus for January and February combined": the months are combined,
    not goods with services."""
    return word.lower_ == "combined" and word.i > 0 and word.doc[word.i - 1].lower_ in MONTH_WORDS


class Assembler:
    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.kinds = BalanceKinds(ctx.text, ctx.title)
        self.scope = FlowScope(ctx.text)
        # (a bare "turnover" is trade in a story that speaks of trade turnover)
        self.trade_turnover = STORY_TRADE_TURNOVER.search(ctx.text) is not None
        self.facts: list[TradeFact] = []
        self.changes: list[ChangeOnly] = []
        self.shares: list[Share] = []
        self.unsigned: set[str] = set()  # balances whose sign no word says
        self.party_memory = PartyMemory(ctx)  # who trades, carried from sentence to sentence
        self.previous_trigger: Trigger | None = None
        self.flows_said_last: list[Trigger] = []  # the flows of the last sentence's current figures, in order
        # The measure of the last partner list and where its sentence ends, for a list
        # that goes on in the next sentence ("... was followed by the U.K. with $1.05 billion").
        self.previous_list: tuple[str, int] | None = None
        self._economy_tokens: set[int] = set()  # of the sentence being assembled
        # ... and of each parsed doc so far, for a flow an anaphor reaches in an earlier one
        self._economy_tokens_of_doc: dict[int, set[int]] = {}
        self._group_flows: list[Trigger] = []  # its flows with a partner group that has no code
        self.main_period: tuple | None = self._lead_period()
        self._at = 0  # where the sentence being read starts

    def _lead_period(self):
        """The period the story reports: the lead's, else the first said beside a figure.

        A headline or a lead that gives a figure without its period ("Foreign trade
        surplus up to CZK 18.4bn") is about the period the body then states first.
        """
        if not self.ctx.sentences:
            return None
        first_end = self.ctx.sentences[0][1]
        # "its widest since records began in 1980", "a record set in August 2016": a
        # point of reference, not the period the story reports.
        stated = [p for p in self.ctx.periods
                  if not p.comparison and p.period_start and p.period_end and p.granularity != "day"
                  and not _REFERENCE_POINT.search(self.ctx.text, max(0, p.start - 80), p.start)
                  # ("up 9% compared to the first half of last year": what the story compares with)
                  and not _COMPARED_BEFORE.search(self.ctx.text, max(0, p.start - 40), p.start)
                  and not (self.ctx.published is None
                           and _OUTLOOK_OR_EVENT.search(self.ctx.text, max(0, p.start - 120), p.start))]
        figures = sorted(m.start for m in self.ctx.money)
        # The lead may follow a headline that states no period: the first period said
        # before any figure is still the story's.
        before_figures = max(first_end, figures[0]) if figures else first_end
        for p in stated:
            if p.start < before_figures:
                return p.period_start, p.period_end
        for start, end in self.ctx.sentences:
            k = bisect_left(figures, start)
            if k < len(figures) and figures[k] < end:
                for p in stated:
                    if start <= p.start < end:
                        return p.period_start, p.period_end
        return self._title_period()

    def _title_period(self):
        """"Philippine trade gap narrows in October" over a body that names no period: the
        headline's period is the story's (a body's own period, said anywhere, comes first)."""
        if not self.ctx.title or any(not p.comparison and p.period_start for p in self.ctx.periods):
            return None
        said = [p for p in find_periods(self.ctx.title, self.ctx.published, self.ctx.subject)
                if not p.comparison and p.period_start and p.period_end and p.granularity != "day"]
        return (said[0].period_start, said[0].period_end) if said else None

    def economy(self, code: str | None) -> Economy | None:
        if code is None:
            return None
        return Economy(iso3=code, name=self.ctx.display_name(code))

    def run(self, parsed: list[ParsedSentence], deadline: Deadline = NO_DEADLINE) -> list[TradeFact]:
        for ps in parsed:
            deadline.check()  # a checkpoint of the per-article time limit
            self._sentence(ps)
        tabled = table_facts(self.ctx, first_id=len(self.facts) + 1)
        # a table's cell read as a sentence too ("Trade balance (millions $1.248 bn ...")
        # is the table's fact, with the period its column gives
        cells = {f.value.start for f in tabled}
        self.facts = [f for f in self.facts if f.value.start not in cells] + tabled
        sign_from_flows(self.facts, self.unsigned)
        merge_changes(self.facts, self.changes, self.ctx.text, self.economy)
        self.facts = drop_repeats(self.facts, self.shares)
        self.facts = drop_change_amounts(self.facts, self.ctx.text)
        mark_headline_balances(self.facts, self.scope, self.ctx.text)
        return self.facts

    # -- one sentence -------------------------------------------------------------
    def _sentence(self, ps: ParsedSentence) -> None:
        ctx, text = self.ctx, self.ctx.text
        self._at = ps.start
        eco = EconomyTokens(ps.sent, ps.offset, ctx)
        triggers = find_triggers(ps.sent, set(eco.by_token), self.trade_turnover)
        by_token = {i: t for t in triggers for i in t.tokens}
        carry_products(triggers)
        for trig in triggers:
            if trig.measure == "balance" and trig.kind is None:
                # (a portfolio in a body's name is no kind: "according to the Ministry of
                # Trade, Industry and Energy, ... resulting in a $6.5 billion deficit")
                words = ["" if names_a_body(t) else t.text.lower() for t in ps.sent if t.i < trig.head.i]
                # ("In July, exports fell to X, leaving a deficit of Y" after an energy
                # deficit: a new balance, of the whole flows said before it in its sentence)
                of_the_flows = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trig.head.children) \
                    and any(t.measure in ("export", "import") and t.head.i < trig.head.i and not t.subset
                            and t.product is None for t in triggers)
                trig.kind = kind_in_sentence(words) or _bilateral(trig, eco) or ("trade" if of_the_flows else None) \
                    or self.kinds.before(trig.head.idx + ps.offset, trig.head.text.lower()) or self._trade_story(ps)
                if trig.kind == "trade":
                    self.kinds.resolved(trig.head.idx + ps.offset, trig.head.text.lower(), "trade")
        figures: list[Figure] = []
        by_pronoun: list[Figure] = []  # figures whose flow a pronoun or a figure noun stands for
        for money in ctx.within(ctx.money, ps.start, ps.end):
            if not usable(money, text, ps.start):
                continue
            # "$1.1 billion (38 billion baht)": the parse may make the bracketed amount's
            # currency the head of both; the figure is both amounts.
            # (only when the bracket follows the amount: "a 2.3-billion-euro trade deficit
            # ($2.5 bn)" has its flow between them)
            # ("Rs1.048 trillion or around $4.76 billion in exports": a conversion said with
            # "or" is part of the figure too, so the flow after it is the figure's)
            end = money.converted.end if money.converted is not None \
                and (money.converted.start - money.end <= 4
                     or _OR_CONVERSION.fullmatch(text, money.end, money.converted.start)) else money.end
            toks = tokens_in(ps.sent, money.start, end, ps.offset)
            found = attach(toks, by_token, self._antecedent(triggers, toks)) if toks else None
            named = _flow_named_after(text, end, ps, by_token) if toks else None
            if named is not None:
                # "DKK 55.8 billion for imports", "88.4 billion euros for exports": the flow
                # named right after the amount is its own
                found = Attachment([named], [root_of(toks)])
            if found and named is None and figures \
                    and {t.measure for t in found.triggers} != {t.measure for t in figures[-1].triggers} \
                    and _COMPARED_RIGHT_AFTER.fullmatch(text, figures[-1].money.end, money.start) \
                    and flow_named_after(text, end, ("in",)) is None \
                    and not _OWN_FLOW_NOUN_AFTER.match(text, end):
                # "for a surplus of 18.1 billion euros compared with 25.3 billion euros a year
                # ago", after "imports increased": the figure just before is what it compares
                # (not one that names its own flow: "X in June against Y for imports", "X in
                # imports compared to Y in exports")
                found = Attachment(figures[-1].triggers, found.path)
            pair_member = None
            if toks and not found and (antecedent := self._antecedent(triggers, toks)) is not None:
                # "The former jumped 14.9 percent to X": the flow said last, with the one of
                # the pair it named that the clause picks
                before = ctx.within(ctx.economies, (self._sentence_before(ps) or (ps.start,))[0], money.start)
                root = root_of(toks)
                if (pair_member := former_or_latter(root, text, before)) is not None:
                    path = [root]
                    for head in root.ancestors:  # up to the clause's verb, which the change hangs on too
                        path.append(head)
                        if head.pos_ in ("VERB", "AUX"):
                            break
                    found = Attachment([antecedent], path, via_pronoun=True)
            if found:
                figures.append(Figure(money, found.triggers, found.path))
                figures[-1].partner = pair_member
                if found.via_pronoun and named is None:
                    by_pronoun.append(figures[-1])
            elif toks and figures and (compared_in_brackets(text, ps.start, money)
                                       or compared_after_change(text, figures[-1].money, money)):
                # "totaled X, a 9.9 percent increase compared to the 2022 figures (Y)": the
                # parse hangs Y on "figures"; it is the flow's figure of that period
                figures.append(Figure(money, figures[-1].triggers, [root_of(toks)]))
            elif toks and figures and says_respectively(ps.sent) and listed_after(text, figures[-1].money, money):
                # "with trade worth X, Y and Z respectively": the parse may hang only X on the
                # flow; the list's next items are the same flow's, for respective_partners
                figures.append(Figure(money, figures[-1].triggers, [root_of(toks)]))

        if len(by_pronoun) >= 2 and len(by_pronoun) == len(self.flows_said_last) and says_respectively(ps.sent):
            # "Nepal's imports were X and exports Y. The figures for the same period last
            # year were P and Q, respectively": the flows said last, one each, in order
            for fig, trig in zip(by_pronoun, self.flows_said_last):
                fig.triggers = [trig]
        figures = sorted(figures + self._listed(ps, triggers, figures, eco), key=lambda f: f.money.start)
        figures = self._gapped_items(figures, ps)
        self._economy_tokens = set(eco.by_token)
        self._economy_tokens_of_doc.setdefault(id(ps.sent.doc), set()).update(self._economy_tokens)
        # (not a flow the sentence leaves out: "Excluding trade with the BELN countries, South
        # Africa recorded a deficit of X, with exports of Y and imports of Z" are the rest's)
        self._group_flows = [t for t in triggers if not _left_out(t.head)
                             and (group_partner(t.head, self._economy_tokens) or subnational(t.head, ctx.subject))]
        ungap(figures, triggers, text, ps.offset)
        join_two_way(figures, ps.sent, text)
        nearest_same_measure(figures, triggers, ps.offset)
        respective_parts(figures, ps.sent)
        economies = ctx.within(ctx.economies, ps.start, ps.end)
        for k, fig in enumerate(figures):
            fig.partner = partner_on_path(fig, eco) or fig.partner
            if fig.partner is None and (listed := self._bracketed_partner(fig, ps)) is not None:
                # "China was the largest importer, ... with a value of X": the parse may make
                # the listed partner the flow's reporter
                fig.partner, fig.listed_with = listed, fig.listed_with or (listed,)
            fig.partner = fig.partner \
                or (gapped_partner(text, figures[k - 1].money.end, fig.money.start, economies) if k else None) \
                or destined_partner(text, fig, economies) or flow_destined_partner(text, fig, economies, ps.offset)
        respective_partners(figures, ps.sent, eco, text, economies)
        trailing_partners(figures, text, economies, eco)
        respective_reporters(figures, ps.sent, eco)
        self._beside(figures)
        assign_roles(figures, text, ps.start, economies)
        for one, other, first, second in paired_comparisons(figures, text):
            # "exports were X and imports Y, against P and Q a year earlier": in order
            first.triggers, second.triggers = one.triggers, other.triggers
        give_periods(self.ctx, figures, ps, self._story_period, self._restated)
        for trig, change in give_changes(self.ctx, figures, ps, triggers, by_token, self._antecedent):
            self._change_only(trig, change, ps, figures, eco)
        parties = self.party_memory.resolve(triggers, eco, ps, self._economy_tokens)
        acting_before = None  # the measure and parties of the sentence's last role player said acting
        for fig in figures:
            if fig.role == "comparison" and fig.current is not None and fig.current.money.start < fig.money.start \
                    and not fig.current.facts:
                continue  # compared with a figure that is no goods fact (a services deficit): neither is it
            for trig in fig.triggers:
                if self._for_joint_partners(fig, trig, figures, eco):
                    continue  # "exports to China and Hong Kong fell to X": a group with no code
                if trig.counts or trig.subset and (trig.measure != "balance" or trig.kind in ("trade", None)):
                    # A trigger reached through "it" belongs to an earlier sentence and
                    # keeps the parties resolved there.
                    found = parties.get(id(trig)) or trig.parties or Parties(self.ctx.subject)
                    acting = role_player_acting(trig.head, eco)
                    # the list's reporter, where the figure was taken from a list
                    owner = self._reporter_beside(fig.listed_with, ps) if fig.listed_with and acting is None else None
                    if found.reporter in fig.listed_with and acting is None:
                        # The parse took a partner of the list for the reporter (not where the
                        # economy given the role is said to act: "..., importing X").
                        found = Parties(owner, fig.partner, found.explicit)
                    if fig.partner and owner not in (None, fig.partner) \
                            and goes_to_or_from(trig.head, trig.measure, eco, owner, anaphor=role_measure(
                                self.ctx.text[ps.start:ps.end]) != trig.measure):
                        # "China remained Ghana's main supplier, with exports to Ghana of X",
                        # "Turkey topped the list of Iraq's suppliers with X of goods exported
                        # to the country": the ranked economy's own flow, as worded (but
                        # "Chad remained Cameroon's main customer, with exports to the
                        # country": the owner's own flow, the country being the ranked one)
                        found = Parties(fig.partner, owner, True)
                    if acting is not None:
                        acting_before = (trig.measure, acting)
                    elif acting_before is not None and trig.measure == acting_before[0] and not found.explicit:
                        acting = acting_before[1]
                    if acting is not None and fig.partner and fig.partner not in (acting.reporter, acting.partner):
                        # "China was the top destination, importing X worth of Iranian goods,
                        # followed by Iraq with Y": the follower plays the same role, with
                        # the same owner
                        found = Parties(fig.partner, acting.partner, True)
                    if fig.partner and fig.partner != found.reporter and fig.partner != found.partner:
                        found = Parties(found.reporter, fig.partner, found.explicit)
                    if (where := reporter_on_figure(fig, eco)) is not None and where != found.partner:
                        found = Parties(where, found.partner, True)
                    if fig.reporter is not None:
                        found = Parties(fig.reporter, found.partner if found.partner != fig.reporter else None, True)
                    found = self._with_reporter(found)
                    found = self._modifier_as_partner(fig, trig, found, eco)
                    found = self._partner_of_compared(fig, trig, found)
                    self._emit(fig, trig, found, ps)
        self._link_comparisons(figures)
        self._link_change_basis(figures)
        self._shares(figures, triggers, parties, eco, ps)
        if figures:
            self.flows_said_last = distinct([f.triggers[0] for f in figures
                                             if f.role == "current" and len(f.triggers) == 1])
        if triggers:
            self.previous_trigger = triggers[-1]
            said_last = max(figures, key=lambda f: f.money.start, default=None)
            if said_last is not None and said_last.triggers and said_last.role == "current" \
                    and said_last.money.start > triggers[-1].head.idx + ps.offset:
                # "Trade, covering both exports and imports, grew to X. The figure is ...":
                # what was spoken of last is the flow of the figure said after every flow word
                self.previous_trigger = said_last.triggers[0]

    def _in_group_clause(self, fig: Figure, trig: Trigger, parties: Parties) -> bool:
        """"Total trade with Mid-East Gulf states fell, with imports at X and exports at
        Y": flows named after a flow with such a group, in its sentence and with no
        partner or reporter of their own, are that group's too."""
        # (not the reporter's own outside: "Extra-EU imports fell to X, leaving a surplus of
        # Y" in the Union's story is its trade with the world)
        def of_others(flow: Trigger) -> bool:
            outside = group_traded_outside(flow.head)
            return outside is None or parties.reporter not in (None, outside)
        return not parties.explicit and any(
            t is not trig and t.head.i < trig.head.i and of_others(t) for t in self._group_flows)

    def _with_reporter(self, found: Parties) -> Parties:
        """A flow named with its partner only ("trade between Cambodia and international
        partners", "trade with China reached X") is the story's subject's; the subject
        named as the partner is the reporter, trading with the world."""
        if found.reporter is not None:
            return found
        subject = self.ctx.subject
        return Parties(subject, found.partner if found.partner != subject else None, found.explicit)

    def _modifier_as_partner(self, fig: Figure, trig: Trigger, found: Parties, eco: EconomyTokens) -> Parties:
        """"The EU trade resulted in a deficit of SEK 14.2 billion" in a Swedish story: an
        economy named only as a modifier of the flow, whose figure is in the story
        subject's currency and not its own, is the subject's partner."""
        subject = self.ctx.subject
        if found.partner is not None or not subject or found.reporter in (None, subject) or not fig.money.currency:
            return found
        heads = [trig.head, trig.head.head] if trig.head.dep_ == "compound" else [trig.head]
        if trig.head.dep_ == "pobj" and trig.head.head.dep_ == "prep":
            # "The EU trade resulted in a deficit of X": the verb's subject names the flow
            heads += [c for c in trig.head.head.head.children if c.dep_ == "nsubj"]
        modifier = any(c.dep_ in ("compound", "nmod", "amod") and eco.of(c) == found.reporter
                       for h in heads for c in h.children)
        if not modifier or any(c.dep_ == "poss" for h in heads for c in h.children):
            return found
        when = self.ctx.published
        if fig.money.currency in tender(subject, when) and fig.money.currency not in tender(found.reporter, when):
            return Parties(subject, found.reporter, found.explicit)
        return found

    @staticmethod
    def _partner_of_compared(fig: Figure, trig: Trigger, found: Parties) -> Parties:
        """"a trade surplus with the U.S. of $7.1 billion, against a $4.3 billion deficit in
        2021": a figure compared with one of a pair, its flow named with no partner of its
        own, is of that pair too (not a flow said of the whole world: "against total
        exports of $9 billion")."""
        if fig.role != "comparison" or found.partner is not None or fig.partner is not None or fig.current is None \
                or fig.current.money.start > fig.money.start \
                or any(c.lower_ in WORLD_MODIFIERS for c in trig.head.children):
            return found
        paired = [f for f in fig.current.facts if f.measure == trig.measure and f.partner is not None
                  and f.reporter is not None and f.reporter.iso3 == found.reporter]
        return Parties(found.reporter, paired[0].partner.iso3, found.explicit) if paired else found

    def _reporter_beside(self, listed: tuple, ps: ParsedSentence) -> str | None:
        """The reporter of a sentence whose partners are listed: the one other economy it
        names ("Kuwait's top markets"), else the story's subject."""
        others = {e.code for e in self.ctx.within(self.ctx.economies, ps.start, ps.end)} - set(listed)
        if len(others) == 1:
            return others.pop()
        return self.ctx.subject if self.ctx.subject not in listed else None

    def _bracketed_partner(self, fig: Figure, ps: ParsedSentence) -> str | None:
        """"exports were headed for Hong Kong (MOP1.92 billion) and mainland China
        (MOP471 million)": a flow's figure set straight after a partner's name."""
        previous = [m.end for m in self.ctx.within(self.ctx.money, ps.start, fig.money.start) if m.end <= fig.money.start]
        floor = max(previous, default=ps.start)
        # "South Africa was the biggest supplier of the country's imports, valued at X": in a
        # sentence that ranks partners, the ranked one
        ranked = ranks_partners(self.ctx.text[ps.start:ps.end])
        return listed_partner(self.ctx.text, fig.money, self.ctx.within(self.ctx.economies, ps.start, ps.end), floor,
                              self.ctx.subject, ranked=ranked)

    def _listed(self, ps: ParsedSentence, triggers: list[Trigger], figures: list[Figure],
                eco: EconomyTokens) -> list[Figure]:
        """Figures listed partner by partner, which hang on no flow word (lists.py)."""
        ctx, taken = self.ctx, {f.money.start for f in figures}
        # the reporter, who is no partner of its own list: the one whose flow the sentence
        # names with its possessive ("China accounted for a 21.3% share (valued at $21.7bn)
        # of Kazakhstan's total foreign trade"), else the story's subject
        owners = {code for t in triggers for c in t.head.children if c.dep_ == "poss" and (code := eco.of(c))}
        named_owner = owners.pop() if len(owners) == 1 else None
        reporter = named_owner or ctx.subject
        measure = owner = clause = None
        out = []
        sentence = ctx.text[ps.start:ps.end]
        if ranks_partners(sentence) and (ranked := list_measure(sentence, triggers)) is not None:
            self.previous_list = (ranked, ps.end)
        floor = ps.start
        periods = ctx.within(ctx.periods, ps.start, ps.end)
        for money in ctx.within(ctx.money, ps.start, ps.end):
            if money.start in taken or not usable(money, ctx.text, ps.start):
                floor = money.end
                continue
            economies = ctx.within(ctx.economies, ps.start, ps.end)
            # "China was the largest market of Chile's exports with X, followed by the US
            # with Y": the ranking names its reporter for the whole list
            owned = ranked_with_its_owner(ctx.text, money, economies, floor)
            partner = owned[0] if owned else listed_partner(ctx.text, money, economies, floor, reporter)
            owner = owned[1] if owned else owner or named_owner
            floor_before, floor = floor, money.end
            if partner is None and out and (beside_figure(ctx.text, out[-1].money, money, periods)
                                             or compared_after_change(ctx.text, out[-1].money, money)):
                # "Romania with USD 1.9 billion (USD 1.7 billion in 2023)": the listed
                # partner's figure for another period (_beside gives it its partner); so
                # is the figure a change set off after it is measured against ("..., which
                # amounted to $2 billion in January 2019, an increase of 24.5% compared to
                # $1.61 billion in January 2018")
                partner = out[-1].partner
            # "China, India and Japan were the top partners with trade value at KD900 million,
            # KD600 million and KD400 million, respectively": the next amounts of the list are
            # the same flow's (respective_partners then gives each its partner)
            if partner is None and self.previous_list is not None and (out or self.previous_list[1] == ps.end):
                # "Spain followed with X, France received Y, while the Netherlands got Z": a
                # list going on with a verb of taking (or supplying) for each partner
                partner = taken_in_turn(ctx.text, money, economies, floor_before, ctx.subject, self.previous_list[0])
            same_flow = partner is None and out and says_respectively(ps.sent) \
                and listed_after(ctx.text, out[-1].money, money)
            if same_flow:
                partner = out[-1].partner
            if partner is None:
                continue
            if not same_flow:
                # each clause's list says which way its goods went ("top partners by exports
                # were A (X), while those by imports were B (Y)"); the sentence's measure
                # holds where a clause says no way
                c0, c1 = clause_around(sentence, money.start - ps.start)
                if (c0, c1) != clause:
                    clause, measure = (c0, c1), None
                in_clause = [t for t in triggers if c0 <= t.head.idx + ps.offset - ps.start < c1]
                way = list_measure(sentence[c0:c1], in_clause) if (c0, c1) != (0, len(sentence)) else None
                # ("China was the top trading partner with X, with exports of Y and imports
                # of Z": the role said before the figure, where the sentence's flows all
                # come after it)
                said_before = sentence[:money.end - ps.start]
                measure = measure or (way if way in ("export", "import") else None) \
                    or self._owners_mirror(triggers, eco, reporter) \
                    or list_measure(sentence, triggers) \
                    or list_measure(said_before, [t for t in triggers if t.head.idx + ps.offset < money.start]) \
                    or self._list_going_on(ps)
                if measure is None:
                    return []
                self.previous_list = (measure, ps.end)
            toks = tokens_in(ps.sent, money.start, money.end, ps.offset)
            if not toks:
                continue
            trig = Trigger(measure, toks[0], set(), kind="trade")
            if not same_flow and (head := _subset_heading_the_list(figures, money, measure)) is not None:
                # "absorbing $6.12 billion of non-oil and gas exports, followed by the United
                # States with $2.21 billion": the list goes on with the same part of the goods
                trig.subset, trig.product = True, product_of(head)
            fig = Figure(money, out[-1].triggers if same_flow else [trig], [toks[0]])
            fig.partner = partner
            if owner is not None and owner != partner and not same_flow:
                fig.triggers[0].parties = Parties(owner, partner, True)
            out.append(fig)
        return out

    @staticmethod
    def _owners_mirror(triggers: list[Trigger], eco: EconomyTokens, owner: str | None) -> str | None:
        """"Iraq with $4.6 billion, China with $4.5 billion ... of imports from Iran were the
        country's top export destinations": the listed partners' flow from (or to) the
        owner is the owner's opposite flow with each, which the list gives."""
        counted = [t for t in triggers if t.counts and t.measure in ("export", "import")]
        if owner is None or len(counted) != 1 \
                or not goes_to_or_from(counted[0].head, counted[0].measure, eco, owner, anaphor=False):
            return None
        return "export" if counted[0].measure == "import" else "import"

    def _beside(self, figures: list[Figure]) -> None:
        """A figure in brackets straight after another, with a period of its own ("Romania
        - USD 1.9 billion (USD 1.7 billion in 2023)"), is that one's flow and partner for
        another period, whatever the parse hangs it on."""
        ctx = self.ctx
        for previous, fig in zip(figures, figures[1:]):
            periods = ctx.within(ctx.periods, previous.money.end, fig.money.end + 80)
            if beside_figure(ctx.text, previous.money, fig.money, periods):
                fig.triggers, fig.partner, fig.beside = previous.triggers, previous.partner, previous

    def _list_going_on(self, ps: ParsedSentence) -> str | None:
        """The measure of the partner list in the sentence just before, when this one
        goes on with it ("followed by A with $X, B with $Y")."""
        if not _FOLLOWED_BY.search(self.ctx.text, ps.start, ps.end):
            return None
        if self.previous_list is not None:
            measure, end = self.previous_list
            if not self.ctx.text[end:ps.start].strip(' \n"“”'):
                return measure
        # "Exports to Germany dropped to X. Germany was followed by Iraq with Y": a ranking
        # that goes on from the partner of the flow the sentence just before gave
        opener = next(iter(self.ctx.within(self.ctx.economies, ps.start, ps.end)), None)
        before = [f for f in self.facts if f.role == "current" and not f.product and f.sentence.end <= ps.start]
        if opener is None or not before or not _OPENS_A_RANKING.fullmatch(self.ctx.text, ps.start, opener.start):
            return None
        last = before[-1]
        lead = next(f for f in before if f.sentence.start == last.sentence.start)
        if lead is not last and _BROKEN_DOWN_AFTER.search(self.ctx.text, lead.value.end, last.value.start):
            # "Türkiye's trade with Kazakhstan was X, of which exports made up Y and imports
            # Z. Uzbekistan followed with W": the ranking goes on with the whole the
            # sentence ranked, not the last of its parts
            last = lead
        # (or with only a sentence that gives no figure between: "Turkey's exports to Germany
        # hit X. Germany's share in Turkey's exports was 9.3%. Germany was followed by ...")
        between = self.ctx.text[last.sentence.end:ps.start]
        said_just_before = not between.strip(' \n"“”') \
            or len(between) <= 200 and not self.ctx.within(self.ctx.money, last.sentence.end, ps.start)
        if last.partner is None:
            # "Vietnam's exports totalled X. China came second, with Y": a place in the
            # ranking of the flow's partners, said right after the flow's whole figure
            placed = _PLACED_AFTER_IT.match(self.ctx.text, opener.end) and said_just_before \
                and opener.code != iso3_of(last.reporter)
            return last.measure if placed else None
        if _FOLLOWED_RIGHT_AFTER.match(self.ctx.text, opener.end):
            return last.measure if said_just_before and last.partner.iso3 == opener.code else None
        # "Exports to India stood at X. Spain followed with Y": another partner placed after it
        if _PLACED_AFTER_IT.match(self.ctx.text, opener.end):
            return last.measure if said_just_before and last.partner.iso3 != opener.code else None
        return None

    @staticmethod
    def _link_comparisons(figures: list[Figure]) -> None:
        """Point each current fact at the fact it is compared with, once both exist (the
        comparison may come first: "rose 14 percent from X in 2008 to Y in 2009")."""
        for fig in figures:
            if fig.role != "comparison" or fig.current is None:
                continue
            for fact in fig.facts:
                for current_fact in fig.current.facts:
                    if current_fact.measure == fact.measure and current_fact.compared_with is None:
                        current_fact.compared_with = fact.id
                    if current_fact.measure == fact.measure and current_fact.product and not fact.product:
                        # "The services trade deficit was $607.67 million against the deficit
                        # of $5,175.24 million last year": what is compared is the same part
                        fact.product = current_fact.product

    @staticmethod
    def _link_change_basis(figures: list[Figure]) -> None:
        """Point each change at the fact it is measured against, once both facts exist."""
        for fig in figures:
            if fig.change_against is None:
                continue
            for fact in fig.facts:
                basis = next((f for f in fig.change_against.facts if f.measure == fact.measure), None)
                if fact.change is not None and basis is not None and _fits_basis(fact, basis):
                    fact.change = fact.change.model_copy(update={"against": basis.id})

    def _shares(self, figures: list[Figure], triggers: list[Trigger], parties: dict[int, Parties],
                eco: EconomyTokens, ps: ParsedSentence) -> None:
        periods = [p for p in stretches(self.ctx, ps) if not p.comparison]
        period = resolve(periods[0], None) if periods else None
        if period is None:
            period = self._story_period()[0]
        for pct in self.ctx.within(self.ctx.percents, ps.start, ps.end):
            of = share_of(pct, ps.sent, ps.offset, self.ctx.text)
            if of is None:
                continue
            share = find_shares(
                pct, of, triggers, lambda t: parties.get(id(t)) or t.parties or Parties(self.ctx.subject),
                figures, eco, period, Span(start=ps.start, end=ps.end), ps.offset, self.ctx.text,
                lambda: f"s{len(self.shares) + 1}")
            if share is not None:
                self.shares.append(share)

    def _trend(self, fig: Figure, measure: str, ps: ParsedSentence) -> Trend | None:
        """The direction word of a reported figure ("widened to X"), for the checker."""
        if fig.role != "current":
            return None
        toks = tokens_in(ps.sent, fig.money.start, fig.money.end, ps.offset)
        exclude = NOT_TREND_WORDS | (SIGNED_BALANCE_TRENDS if measure == "balance" else frozenset())
        found = direction_word(toks, exclude, heads_first=True) if toks else None
        if found is None:
            return None
        sign, tok = found
        start = tok.idx + ps.offset
        if self._in_real_terms(start + len(tok.text), ps):
            return None  # "rose in real terms": the volume's direction, not the money's
        return Trend(word=tok.text, sign=sign, span=Span(start=start, end=start + len(tok.text)))

    def _in_real_terms(self, end: int, ps: ParsedSentence) -> bool:
        """Whether what ends at ``end`` (a change, a direction word) is said in volume: its
        sentence opens so, or the words right after it say so."""
        return bool(_OPENS_IN_REAL_TERMS.match(self.ctx.text, ps.start, ps.end)
                    or _REAL_TERMS_AFTER.match(self.ctx.text, end, ps.end))

    def _basis(self, ps: ParsedSentence) -> list[str]:
        sentence = self.ctx.text[ps.start:ps.end]
        found = []
        for pattern, tag in _SERIES_BASIS:
            if pattern.search(sentence):
                sentence = pattern.sub(" ", sentence)  # "not seasonally adjusted" is not also "seasonally adjusted"
                found.append(tag)
        return found

    def _trade_story(self, ps: ParsedSentence) -> str | None:
        """Nothing qualifies a bare surplus: in a sentence or story about trade, it is
        trade's; so it is beside exports or imports ("a US$1.12 billion surplus, with $5.38
        billion in exports and $4.26 billion in imports", "exports rose to RM120 billion,
        while the surplus stood at RM15 billion"), in its sentence or the ones either side
        ("Chile's surplus reached a record $20 billion. Exports rose 5% ...")."""
        before = self._sentence_before(ps)
        start = before[0] if before else ps.start
        k = bisect_left(self.ctx.sentences, (ps.end,))
        end = self.ctx.sentences[k][1] if k < len(self.ctx.sentences) else ps.end
        words = (self.ctx.text[start:end] + " " + (self.ctx.title or "")).lower()
        # (the words, not their letters: "money traders said", "trades union" are no trade;
        # the verbs as the nouns: "Vietnam exported X and imported Y. The surplus stood at Z")
        return "trade" if re.search(r"\btrade\b|\b(?:export|import)(?:s|ed|ing)?\b", words) else None

    def _partner_named_on(self, trig: Trigger) -> bool:
        """Whether the flow's own "to/from/with" phrase names an economy ("exports to China
        and other Asian countries"), rather than only a group."""
        return any(o.i in self._economy_tokens for p in trig.head.children
                   if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "from", "with")
                   for obj in p.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts))

    def _sentence_before(self, ps: ParsedSentence) -> tuple[int, int] | None:
        """The span of the sentence just before this one, if there is one."""
        k = bisect_left(self.ctx.sentences, (ps.start,))
        return self.ctx.sentences[k - 1] if k > 0 and self.ctx.sentences[k - 1][1] <= ps.start else None

    def _antecedent(self, triggers: list[Trigger], tokens) -> Trigger | None:
        """What "it" before a figure refers to: the sentence's last trigger before it, else
        the previous sentence's ("The capital account deficit widened ..., but it
        narrowed from 12.32 billion")."""
        earlier = [t for t in triggers if t.head.i < tokens[0].i]
        # "Trade with Korea peaked at X, mainly due to a surge in imports, and it declined
        # to Y": the subject of a main clause, not a flow named in an aside
        subjects = [t for t in earlier if t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.dep_ in ("ROOT", "conj")]
        if subjects and subjects[-1] is not earlier[-1] and earlier[-1].head.dep_ not in ("nsubj", "nsubjpass"):
            return subjects[-1]
        return earlier[-1] if earlier else self.previous_trigger

    def _product(self, trig: Trigger, parties: Parties, position: int, figure: tuple[int, int]) -> str | None:
        """The part of the goods a figure is for: the trigger's own words, else goods and
        services where its sentence says so around the figure or the story just spoke of
        those (``FlowScope``)."""
        if trig.subset or trig.product is not None:
            return product_of(trig)
        if said_with_services(self.ctx.text, self.ctx.sentence_of(position), figure):
            return GOODS_AND_SERVICES
        if trig.measure == "export" and any(c.lower_ == "national" and c.dep_ in ("amod", "compound")
                                            for c in trig.head.children) \
                and _TOLD_APART_FROM_NATIONAL.search(self.ctx.text):
            # Jordan's "national exports", in a story that also gives total exports or
            # re-exports: the goods made at home, a part of all exports
            return "national exports"
        if trig.measure in ("export", "import", "balance") and parties.partner is None \
                and self.scope.in_services_lead(position) and not names_goods(trig.head):
            return "services"  # right after a services flow, before any word of goods
        if trig.measure in ("export", "import") and parties.partner is None \
                and self.scope.services_before(position) and not names_goods(trig.head):
            # ("Britain exported X of goods" after a goods and services figure: goods, as it says)
            return GOODS_AND_SERVICES
        if self.scope.tells_services_apart and any(c.lower_ in ("overall", "combined") and not _months_combined(c)
                                                   for c in trig.head.children) \
                and not names_goods(trig.head):
            return GOODS_AND_SERVICES  # (but "overall exports of goods" say they are goods)
        if (broken_down := self._product_broken_down(position)) is not None:
            return broken_down
        if trig.measure in ("export", "import") and parties.partner is not None:
            return self._product_the_story_is_about(position)
        return None

    def _product_broken_down(self, position: int) -> str | None:
        """"Thailand's border trade rose to X. Of this, exports were Y and imports Z",
        "Exports accounted for Y, resulting in a surplus of W": a sentence that breaks the
        figures of the sentence before into parts is of their product too (Thai and
        Myanmar border trade copy, from the East Asian survey)."""
        start, _ = self.ctx.sentence_of(position)
        if not _BREAKDOWN_LEAD.match(self.ctx.text, start):
            return None
        last = self._products_said_before(start, current=True)
        product = last.pop() if len(last) == 1 else None
        return product if _carried(product) else None

    def _products_said_before(self, start: int, current: bool = False) -> set:
        """The products of the facts of the last sentence before ``start`` with any
        (``current``: of its current figures only); empty when there is none."""
        before = [f for f in self.facts if f.sentence.start < start and (f.role == "current" or not current)]
        return {f.product for f in before if f.sentence.start == before[-1].sentence.start}

    def _product_the_story_is_about(self, position: int) -> str | None:
        """"Laos's garment exports to the US rose 8% to X. Shipments to the EU rose 10.4%
        to Y": in a story that leads with one product's figures, a partner's figure in the
        sentence after more of them, said with no flow word of its own (shipments, a
        ranking: "followed by Italy with Z") and no word of all the goods, is of that
        product too (Vietnamese, Lao, Egyptian product copy, from the commodity survey)."""
        if not self.facts:
            return None
        lead = [f.product for f in self.facts if f.sentence.start == self.facts[0].sentence.start]
        product = lead[0]
        if not _carried(product) or set(lead) != {product}:
            return None
        start, end = self.ctx.sentence_of(position)
        if self._products_said_before(start) != {product}:
            return None
        if _OWN_FLOW_WORD.search(self.ctx.text, start, end):
            return None
        return product

    def _restated(self, fig: Figure) -> tuple | None:
        """The period (and its mention) of an earlier current fact this figure restates:
        the same measure and amount, said again with "the" or "this" before it."""
        if not _RESTATED_BEFORE.search(self.ctx.text, max(0, fig.money.start - 6), fig.money.start):
            return None
        measures = {t.measure for t in fig.triggers}
        for fact in reversed(self.facts):
            if fact.role == "current" and fact.measure in measures and fact.period \
                    and abs(fact.value.amount) == abs(fig.money.amount) and fact.value.currency == fig.money.currency:
                return self._period_of(fact)
        return None

    def _period_of(self, fact: TradeFact) -> tuple:
        """A fact's period and the mention it was said with, if any."""
        span = fact.period.span
        mention = next((p for p in self.ctx.periods if p.start == span.start), None) if span else None
        return (fact.period.start, fact.period.end), mention

    def _story_period(self, fig: Figure | None = None, month: bool = False):
        """The period a figure with none of its own is about: the last current fact's,
        passing over a part said as an aside ("In February alone, exports rose to X"
        inside a story of January-February: the next sentence is back in the story's),
        unless the figure is counted back from a ``month`` ("In September alone, imports
        were X. In the same month last year, imports were Y": that month's)."""
        measures = {t.measure for t in fig.triggers} if fig is not None else set()
        # (a forecast's year is its target's, not the story's, for a figure not foretold:
        # "The Treasury expects Kenya to spend X on imports in 2024. Exports rose to Y in March.")
        reported = fig is not None and bool(fig.path) and not foretold(fig.path[:1])
        partner_named = self._names_a_partner(fig)
        # (said once for the walk back: whether the months to the story's month are passed over)
        past_months_to = partner_named and self._storys_month_told()
        passed_aside = None
        for fact in reversed(self.facts):
            if fact.role != "current" or not fact.period:
                continue
            aside = self._said_in_passing(fact) and not (month and fact.period.start and fact.period.end
                                                    and months_between(fact.period.start, fact.period.end) == 1)
            if past_months_to and not aside and fact.partner is None and self._months_to_the_storys(fact):
                # "Exports rose to X in April. In the first four months, exports totaled Y.
                # Exports to China rose to Z": a partner's figure of no period is the month
                # the story reports, not the months to it said beside for the world (as a
                # partner's after "In June alone" is the half's: below)
                continue
            if aside and passed_aside is None:
                passed_aside = fact
            if not aside \
                    and not (reported and fact.modality == "forecast") \
                    and not self._passed_over_look_back(fact, measures):
                if passed_aside is not None and self._flows_told_for(measures, fact.period) and not partner_named:
                    # "Imports in 2023 reached $18.2 billion. In December alone, exports were
                    # $1.3 billion. Imports stood at $1.6 billion": the story's period has its
                    # figure of this flow already, so a new one of no period is the part's
                    # (not a partner's: "Exports rose to X in the first half. In June alone,
                    # exports were Y. Exports to the EU reached Z" is the half's breakdown)
                    return self._period_of(passed_aside)
                return self._period_of(fact)
        return self.main_period, None

    def _storys_month_told(self) -> bool:
        """Whether the story reports one month and has told a figure of it (not where its
        month was read as the months to it: "X in July compared to Y in the first seven
        months of 2022")."""
        main = self.main_period
        return main is not None and main[0].day == 1 and months_between(main[0], main[1]) == 1 \
            and any(f.role == "current" and f.period and (f.period.start, f.period.end) == main for f in self.facts)

    def _months_to_the_storys(self, fact: TradeFact) -> bool:
        """Whether the fact is of the months up to the month the story reports ("January-
        April" in a story of April; ``_storys_month_told`` says it reports one)."""
        main = self.main_period
        return fact.period.start is not None and fact.period.end == main[1] and fact.period.start < main[0]

    def _names_a_partner(self, fig: Figure | None) -> bool:
        """Whether the figure's sentence names an economy besides the story's own."""
        if fig is None:
            return False
        start, end = self.ctx.sentence_of(fig.money.start)
        return any(m.code != self.ctx.subject for m in self.ctx.within(self.ctx.economies, start, end))

    def _flows_told_for(self, measures: set[str], period) -> bool:
        """Whether a current figure of one of ``measures`` was told for ``period`` already."""
        return any(f.role == "current" and f.measure in measures and f.period
                   and (f.period.start, f.period.end) == (period.start, period.end) for f in self.facts)

    def _passed_over_look_back(self, fact: TradeFact, measures: set[str]) -> bool:
        """A look back (``_looked_back``) that a figure of no period does not go on with,
        unless it looked back at a whole year and the story has told its own period's
        figure of these flows already (``_story_period_told``)."""
        if not self._looked_back(fact):
            return False
        if self._an_aside(fact):
            # "The deficit in fiscal 2018 had been 1.59 trillion yen. Japan's surplus with
            # the U.S. shrank to X": the story goes on in its own period after an aside,
            # even one of a whole year after the story's own figure, or one of its pair
            return True
        if self._goes_on_with_the_pair(fact):
            return False
        whole_year = fact.period.start is not None and a_year_long(fact.period.start, fact.period.end)
        return not (whole_year and self._story_period_told(measures))

    def _goes_on_with_the_pair(self, fact: TradeFact) -> bool:
        """"The Cambodia-Thailand trade in 2022 was valued at X.  Cambodian exports to and
        imports from Thailand amounted to Y and Z": a sentence naming the look back's
        partner again, with no period of its own, goes on with that pair's period."""
        if fact.partner is None:
            return False
        start, end = self.ctx.sentence_of(self._at)
        return any(m.code == fact.partner.iso3 for m in self.ctx.within(self.ctx.economies, start, end))

    def _story_period_told(self, measures: set[str]) -> bool:
        """Whether the story has told its own period's figure of these flows already (with
        the world): then a later one that states no period, after a look back at a whole
        year ("Meanwhile, turnover for the whole of last year reached X. Exports rose to
        Y"), goes on with the look back, not the story's period."""
        return any(f.role == "current" and f.measure in measures and f.partner is None and f.period
                   and (f.period.start, f.period.end) == self.main_period for f in self.facts)

    def _looked_back(self, fact: TradeFact) -> bool:
        """A figure for a period wholly before the story's, told in an earlier paragraph
        ("At the end of 2022, trade exceeded $1.6 bln.") or as an aside (a pluperfect, an
        earlier record), looked back: the figures after it that state no period are of the
        story's period again."""
        main = self.main_period
        if main is None or fact.period.end is None or fact.period.end >= main[0]:
            return False
        if self._an_aside(fact):
            # "That was second only to the record $43.5 billion set in March.", "In May,
            # exports had totaled X.": an aside, in the story's own paragraph
            return True
        return "\n" in self.ctx.text[fact.value.end:self._at]

    def _an_aside(self, fact: TradeFact) -> bool:
        """Whether the fact's sentence tells it as an aside of an earlier period (a
        pluperfect, an earlier record, a revision)."""
        return _ASIDE_OF_AN_EARLIER_PERIOD.search(self.ctx.text, fact.sentence.start, fact.sentence.end) is not None

    def _said_in_passing(self, fact: TradeFact) -> bool:
        span = fact.period.span
        return span is not None and SAID_IN_PASSING.match(self.ctx.text, span.end) is not None

    def _change_only(self, trig: Trigger, change: Change, ps: ParsedSentence, figures, eco: EconomyTokens) -> None:
        if change.span is not None and foretold(tokens_in(ps.sent, change.span.start, change.span.end, ps.offset)):
            return  # "the minister said trade will grow by 20-30%": no change of a stated figure
        parties = self.party_memory.resolve([trig], eco, ps, self._economy_tokens)[id(trig)]
        # (the periods of the figures it is measured against are theirs: "This represents a
        # 31% increase over the value recorded in Q1 2023 (N6.8 trillion) and a 88.1% increase
        # over Q2 2022 (N4.74 trillion)" is of the story's period, against each of them)
        theirs = {(f.period_mention.start, f.period_mention.end) for f in figures
                  if f.role == "comparison" and f.period_mention is not None}
        periods = [p for p in stretches(self.ctx, ps) if (not p.comparison or p.comparison in _SO_FAR)
                   and (p.start, p.end) not in theirs]
        # "Compared with March 2021, imports increased 9.2 percent": the period said as the
        # basis is not the change's; a year before the story's, the change is year-on-year
        bases = [p for p in periods if _COMPARED_BEFORE.search(self.ctx.text, max(ps.start, p.start - 60), p.start)]
        periods = [p for p in periods if p not in bases]
        story = self._story_period()[0]
        basis = resolve(bases[0], None) if bases else None
        if basis and story and change.against_period is None and not periods \
                and same_period_in_year(story, story[0].year - 1) == basis:
            change = change.model_copy(update={"against_period": "year_earlier"})
        # "Year-to-date, the deficit increased 8.1 percent": the year so far runs to the end
        # of the period the story reports, which only the story knows
        so_far = bool(periods) and periods[0].comparison in _SO_FAR
        period = resolve(periods[0], story if so_far else None) if periods else None
        if period is None and not periods and self.changes and self.changes[-1].so_far \
                and self.changes[-1].end <= ps.start <= self.changes[-1].end + 2:
            # "Year-to-date, the deficit increased 8.1 percent ... Exports decreased 1.6
            # percent.": a change said right after one of the year so far, stating no
            # period, goes on with that stretch
            period, so_far = self.changes[-1].period, True
        if period is None and _SAME_PERIOD_SAID.search(self.ctx.text, ps.start, ps.end):
            # "Exports increased by 17.5% year-on-year over the same period", after a
            # year-to-date figure: the change is of the period the story just spoke of
            period = self._story_period()[0]
        if change.against_period is None and change.span is not None and (period or story) \
                and (said := stated_basis(self.ctx, change.span, ps, period or story)) is not None:
            # "Exports increased by 12.0% from February and 18.2% from March 2021": each
            # change is against the period stated after it (and the year-on-year one wins)
            change = change.model_copy(update={"against_period": said})
        elif change.against_period is None and change.span is not None and (period or story) \
                and (said := basis_of_figure_after(change.span.end, figures, period or story)) is not None:
            change = change.model_copy(update={"against_period": said})
        if change.span is not None and self._in_real_terms(change.span.end, ps):
            return  # "In real terms, exports rose 1.2%": no change of the figures in money
        against = any(trig in f.triggers for f in figures)
        # ("the fastest since January, when the deficit rose by 41.0%": the clause said of
        # a period of its own, which is no other figure's)
        of_its_clause = bool(periods) and change.span is not None \
            and _WHEN_CLAUSE.match(self.ctx.text, periods[0].end) is not None and periods[0].end < change.span.start
        terms = _CURRENCY_TERMS_AFTER.match(self.ctx.text, change.span.end, ps.end) if change.span is not None else None
        self.changes.append(ChangeOnly(trig.measure, parties.reporter, parties.partner, period, change,
                                       ps.start, against, ps.end, story if period is None else None,
                                       so_far and period is not None, of_its_clause and period is not None,
                                       trig.subset, CURRENCY_TERMS_CODES[terms["currency"].lower()] if terms else None))

    def _gapped_items(self, figures: list[Figure], ps: ParsedSentence) -> list[Figure]:
        """"China came second with $91.3 billion, the UAE third with $68.5 billion and Saudi
        Arabia fourth with $41.9 billion": the next items of a list of partners, each with
        its figure and its verb and flow left out, are the flow of the figure before them."""
        text, economies = self.ctx.text, self.ctx.within(self.ctx.economies, ps.start, ps.end)
        taken = {f.money.start for f in figures}
        for money in self.ctx.within(self.ctx.money, ps.start, ps.end):
            before = [f for f in figures if f.money.end <= money.start]
            if money.start in taken or not before or not usable(money, text, ps.start):
                continue
            if not next_item_of_list(text, before[-1].money.end, money, economies):
                continue
            toks = tokens_in(ps.sent, money.start, money.end, ps.offset)
            if toks:
                figures = sorted(figures + [Figure(money, before[-1].triggers, [root_of(toks)])],
                                 key=lambda f: f.money.start)
        return figures

    def _for_joint_partners(self, fig: Figure, trig: Trigger, figures: list[Figure], eco: EconomyTokens) -> bool:
        """A flow's one figure said for two economies together ("Taiwan's exports to China
        and Hong Kong fell to X"): their sum, a group with no code, no partner's (GUIDELINES);
        two figures for them are each one's (respective_partners, or the first's as before),
        and one for another partner ("while those to Japan rose to Y") is that one's."""
        tokens = self._economy_tokens_of_doc.get(id(trig.head.doc), self._economy_tokens)
        joint = {eco.of(t) for t in joint_partners(trig.head, tokens)}
        if len(joint - {None}) < 2:
            return False  # ("with Trinidad and Tobago": one economy's name)
        theirs = [f for f in figures if trig in f.triggers and f.role == "current" and f.partner in joint | {None}]
        return len(theirs) == 1 and fig.partner in joint | {None}

    def _emit(self, fig: Figure, trig: Trigger, parties: Parties, ps: ParsedSentence) -> None:
        if parties.partner is not None and parties.partner == parties.reporter:
            # "non-EU imports to Germany": an economy does not trade with itself; the
            # economy said as the destination is the reporter
            parties = Parties(parties.reporter, None, parties.explicit)
        outside = group_traded_outside(trig.head)
        own_outside = outside is not None and parties.partner is None and parties.reporter in (None, outside)
        if own_outside:
            # "the EU's extra-EU exports", "Extra-EU imports fell" in the Union's story: its
            # trade with everyone else, the world (a member's stays a group's: below)
            parties = Parties(outside, None, parties.explicit)
        elif parties.partner is None and (region_partner(fig, trig.head, self._economy_tokens)
                                          or self._in_group_clause(fig, trig, parties)):
            return  # "exports to Asia": a region with no code is no partner, nor the world
        elif parties.partner is None and any(part_of_the_figure_before(h, trig) for h in fig.path):
            # "Of that, $1.2 billion went to Mombasa", "Safaricom accounted for X of the
            # total": a part of the figure before that went to no economy is no fact
            return
        elif fig.partner is None and parties.partner is not None \
                and any(group_partner(h, self._economy_tokens) for h in fig.path
                        if h.lower_ in ("those", "that") and h.i not in trig.tokens):
            # "Exports to EU countries amounted to X, and those to CIS countries to Y": the
            # flow said again by a pronoun with a group of no code, whatever its partner before
            return
        # (the economies of the flow's own sentence: "This is 13 per cent below the X recorded
        # in January 2019" reaches a flow "from the United States" in the sentence before)
        flow_economy_tokens = self._economy_tokens_of_doc.get(id(trig.head.doc), self._economy_tokens)
        if (not parties.explicit or parties.partner is not None and fig.partner is None
                and not self._partner_named_on(trig)) and not own_outside \
                and any(group_partner(h, flow_economy_tokens) for h in _flow_and_its_verb(trig.head)):
            # "imports from countries other than Brazil" after a Brazil sentence: not Brazil's
            # (nor the pair's the sentence before set up: "Exports to countries other than
            # the United States fell", after Canada's exports to the US)
            return
        if group_reporter(trig.head, self._economy_tokens):
            return  # "the euro area posted a surplus of X" after an EU sentence: not the EU's
        if subnational(trig.head, self.ctx.subject):
            return  # "foreign trade in east China's Jiangsu Province": a province's, not China's
        money = fig.money
        # "stems from trade with China (-4,122.5 MD)": trade said with a minus glued to its
        # figure is a balance, a deficit (no flow of goods is negative)
        signed_trade = trig.measure == "total" and minus_glued(self.ctx.text, money.start)
        # ("Kenya's trade with Tanzania was Sh5.93 billion in Tanzania's favour": a balance too,
        # its owner said after it)
        favoured_trade = trig.measure == "total" and said_in_favour(self.ctx.text, money.end)
        measure = "balance" if signed_trade or favoured_trade else trig.measure
        said = -1 if signed_trade else balance_sign(fig, trig, self.ctx.text, ps.start) if measure == "balance" else 1
        if measure == "balance" \
                and (owner := balance_owner(self.ctx, money.end, ps.end, (ps.start, money.start))) is not None:
            pair = balance_pair(self.ctx, (ps.start, ps.end), self._sentence_before(ps))
            parties = owned_parties(parties, owner, pair)
            if owner.favoured and parties.partner is not None and owner.code in (parties.reporter, parties.partner):
                # "Sh5.93 billion in Tanzania's favour": a balance in the partner's favour is the
                # reporter's deficit, whatever word names the balance
                said = 1 if owner.code == parties.reporter else -1
        if not said:
            said = sign_said_before(self.ctx.text, (ps.start, ps.end), self._sentence_before(ps))
        sign = said or 1
        half = money.step / 2
        low, high = (money.amount - half) * sign, (money.amount + half) * sign
        change = of_size(fig.change, sign) if fig.role == "current" and fig.change is not None else None
        if change is not None and change.span is not None and self._in_real_terms(change.span.end, ps):
            change = None  # "rose 2.4% in real terms to X": the volume's change
        value = Value(amount=sign * money.amount, currency=money.currency, text=money.text,
                      start=money.start, end=money.end, low=min(low, high), high=max(low, high),
                      converted=_converted(money.converted))
        period = None
        if fig.period and fig.period_mention is not None and fig.period_mention.comparison is None \
                and is_fiscal(fig.period_mention):
            # "fiscal 1986" is the reporter's own fiscal year: October 1985 on for the U.S.
            fig.period = fiscal_period_for(fig.period_mention, parties.reporter, self.ctx.published) or fig.period
            if fig.role == "comparison" and fig.current is not None and fig.current.period \
                    and fig.period[0] >= fig.current.period[0] and _LAST_FISCAL_YEAR.match(fig.period_mention.text):
                # "rose to X in the financial year ending June, up from Y last financial year":
                # said against the year reported, "last" is the one before it, not before today
                fig.period = same_period_in_year(fig.current.period, fig.current.period[0].year - 1)
        if reported_before_its_end(fig, self.ctx.published):
            # "exports rose to $20 billion in the first nine months of the fiscal year",
            # published in September: a part said as done is the latest one that is (a
            # calendar part was moved with its comparisons by give_periods; a fiscal one is
            # known only now, with the reporter)
            fig.period = same_period_in_year(fig.period, fig.period[0].year - 1)
        if fig.period and fig.period_mention is not None and said_as_now(fig, self.ctx.text) \
                and _TARGET_BEFORE.search(self.ctx.text, max(0, fig.period_mention.start - 12), fig.period_mention.start):
            # "double trade by 2030 from the current level of $4.5 billion": the target's
            # year is not the present level's
            fig.period = None
        if fig.period and _monthly_mean(fig, trig, self.ctx.text):
            return  # "the monthly surplus fell to X in the final three months": a mean, no total
        if fig.period:
            pm = fig.period_mention
            period = Period(start=fig.period[0], end=fig.period[1], text=pm.text if pm else None,
                            span=Span(start=pm.start, end=pm.end) if pm else None)
        fact = TradeFact(
            id=f"f{len(self.facts) + 1}", measure=measure,
            product=self._product(trig, parties, trig.head.idx + ps.offset, (money.start, money.end))
            or part_named_as_subject(fig.path[0], self._economy_tokens),
            modality="forecast" if is_forecast(fig, self.ctx) else "actual",
            reporter=self.economy(parties.reporter), partner=self.economy(parties.partner),
            value=value, period=period, change=change,
            sentence=Span(start=ps.start, end=ps.end), role=fig.role,
            trend=self._trend(fig, measure, ps),
            qualifiers=[q] if (q := qualifier_before(self.ctx.text, money.start)) else [],
            basis=self._basis(ps),
        )
        fig.facts.append(fact)
        self.facts.append(fact)
        if not said:
            self.unsigned.add(fact.id)
