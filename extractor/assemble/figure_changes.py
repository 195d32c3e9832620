"""The change of each figure in one sentence.

changes.py says which percentages are changes of a value and their sign; this pass
gives each to its figure: through the parse, a participle set off right after a figure,
a clause that leaves out its verb ("and imports by 10 per cent"), "respectively", or a
bracket. A change whose flow has no figure in the sentence is returned, for the
assembler to keep until the flow's figure turns up (discourse.ChangeOnly).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable

from spacy.tokens import Token

from extractor.assemble.attach import Attachment, attach, tokens_in
from extractor.assemble.changes import (
    appended_change, apposed_change, apposed_percent_change, bracketed_change, change_in_figures_bracket,
    direction_word, is_value_change, measured_against, participle_change, respective_bases,
)
from extractor.assemble.context import ArticleContext, ParsedSentence
from extractor.assemble.figures import Figure, change_basis, flow_named_after
from extractor.assemble.lists import gapped_partner, respective_flows, says_respectively
from extractor.assemble.timing import a_changes_period, period_against
from extractor.assemble.triggers import Trigger
from extractor.data.calendar import FIGURE_OF_PERIOD
from extractor.data.lexicon import BETTER_WORDS, CHANGE_NOUNS, WORSE_WORDS
from models import Change, Span

# Two changes written as one list: "down 1.5 per cent and 18.2 per cent", "up 3% and down 2%".
_PERCENT_LIST_JOIN = re.compile(r"\s*,?\s*and\s+(?:(?:up|down|by|rising|falling)\s+)?", re.IGNORECASE)

# Between a change and the level it led to: "up 3.1 percent to 10.8 billion dollars".
_CHANGE_TO_LEVEL = re.compile(r"\s+(?:(?:year[-\s]on[-\s]year|y/y|yoy)\s+)?to\s+(?:about\s+|around\s+|some\s+|nearly\s+"
                              r"|a\s+record(?:[-\s]high)?\s+)?",
                              re.IGNORECASE)


def _figure_its_change_noun_leads_to(toks: list[Token], money_tokens: dict) -> Figure | None:
    """The figure a change noun sized by the percentage leads to: "an 8.4 per cent rise to
    RM64.3 billion", "an increase of 10.1 per cent to X"; else None."""
    tok = max(toks, key=lambda t: sum(1 for _ in t.subtree))
    for _ in range(3):  # up from the percentage ("cent", "of") to the noun it sizes
        if tok.dep_ not in ("compound", "nummod", "amod", "pobj", "prep", "npadvmod", "quantmod") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in CHANGE_NOUNS:
            break
    else:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            fig = next((money_tokens[t.i] for t in obj.subtree if t.i in money_tokens), None)
            if fig is not None and fig.role == "current":
                return fig
    return None


# Marks of a conceded clause: "Although exports rose 4.1% ..., they fell".
_CONCEDING = ("although", "though", "despite")

# A clause that leaves out its verb: "... and imports by 10 per cent".
# ("..., and import by 0.3 billion USD (10.7 percent)": the change in money first, its
# percentage in brackets)
_GAPPED_CHANGE = re.compile(r"\b(?:and|while|but|with)\s+(?:[\w'’-]+\s+){1,3}by\s+"
                            r"(?:[^\s\d()]{0,4}\s?[\d.,]+\s*(?:trillion|billion|million|tn|bn|mn|mln|bln)?"
                            r"(?:\s+[A-Za-z]{1,8})?\s*\(\s*)?$", re.IGNORECASE)
# "increased by 12.4% compared to the third quarter as well as by 30.2% compared to the
# corresponding quarter in 2021": a second change of the same flow, its verb left out.
_ALSO_BY = re.compile(r"\b(?:and|as\s+well\s+as)\s+by\s+$", re.IGNORECASE)

# The trigger "it" before some tokens refers to (Assembler._antecedent).
Antecedent = Callable[[list[Trigger], list], "Trigger | None"]


def _in_relative_clause_aside(toks, money_token_ids: set[int], by_token) -> bool:
    """Whether the percentage is told in a relative clause on a flow word ("imports, which
    had fallen 2.1 per cent") that holds no figure (not "X in June, which is 21% more") and
    stands before the flow's verb (not one the parse hangs on the subject from the end of
    the sentence: "exports fell 3.4% to X in June, which was also 11.5% lower than ...")."""
    clause = next((a for a in toks[0].ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.head.i in by_token and clause.i < clause.head.head.i \
        and not any(t.i in money_token_ids for t in clause.subtree)


def _verb_above(token: Token) -> Token | None:
    """The verb of the clause a token hangs in: its nearest verb ancestor."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _figure_of_its_verb(toks, figures: list[Figure]) -> Figure | None:
    """The one current figure that hangs on the verb the percentage hangs on, if one does."""
    verb = _verb_above(toks[0])
    own = [f for f in figures if f.role == "current" and verb is not None and _verb_of(f) == verb.i]
    return own[0] if len(own) == 1 else None


def _verb_of(fig: Figure) -> int | None:
    """The verb a figure's clause hangs on: the first on the path climbed to its flow, else
    the one above the figure ("China reported 3.16 trillion yuan of trade with the EU, down
    7.7 percent": the flow found on the figure's own phrase)."""
    on_path = next((t.i for t in fig.path if t.pos_ in ("VERB", "AUX")), None)
    if on_path is not None or not fig.path:
        return on_path
    above = _verb_above(fig.path[0])
    return above.i if above is not None else None


def signed_change(pct, sign: int, against_period: str | None = None, by_merit: bool = False) -> Change:
    """A signed change from a percentage, with the interval its rounding allows."""
    change = Change(percent=sign * pct.value, text=pct.text, span=Span(start=pct.start, end=pct.end),
                    low=sign * (pct.value + pct.step / 2) if sign < 0 else pct.value - pct.step / 2,
                    high=sign * (pct.value - pct.step / 2) if sign < 0 else pct.value + pct.step / 2,
                    qualifier=pct.qualifier, against_period=against_period)
    change._by_merit = by_merit
    return change


def of_size(change: Change, amount: float) -> Change:
    """The change of a figure's size: one said as better or worse turns for a deficit
    ("the deficit improved by 10%": its size fell)."""
    if not change._by_merit or amount >= 0:
        return change
    low = -change.high if change.high is not None else None
    high = -change.low if change.low is not None else None
    turned = change.model_copy(update={"percent": -change.percent, "low": low, "high": high})
    turned._by_merit = False
    return turned


def _respective_figures(figures: list[Figure], count: int, listed: bool, ps: ParsedSentence) -> list[Figure] | None:
    """"imports from China (X) and the EU (Y) expanded by 21.4 percent and 23.0 percent
    respectively": one flow's figures for several partners, which take the changes in
    order; None unless the sentence says so and gives as many changes as figures."""
    currents = [f for f in figures if f.role == "current"]
    if count < 2 or len(currents) != count or not (says_respectively(ps.sent) or listed):
        return None
    return currents if len({t.measure for f in currents for t in f.triggers}) == 1 else None


def give_changes(ctx: ArticleContext, figures: list[Figure], ps: ParsedSentence, triggers: list[Trigger], by_token,
                 antecedent: Antecedent) -> list[tuple[Trigger, Change]]:
    """Set each figure's change; return the changes of flows with no figure here."""
    text = ctx.text
    money_tokens = {}
    for fig in figures:
        for tok in tokens_in(ps.sent, fig.money.start, fig.money.end, ps.offset):
            money_tokens[tok.i] = fig
    percents = ctx.within(ctx.percents, ps.start, ps.end)
    compared = [p for p in ctx.within(ctx.periods, ps.start, ps.end) if p.comparison]
    stops = [p.start for p in percents]
    sequential: set[int] = set()  # figures whose change so far is against the period before
    # what each figure's change so far is measured against as far as the sentence says
    # (_basis_of: 'year_earlier', 'previous_period', 'other', or None when it does not say)
    measured_so_far: dict[int, str | None] = {}
    last_sign = 0  # the direction of the sentence's last change, for a clause that leaves out its verb
    last_found: Attachment | None = None  # ... and what it was of
    changes = [(pct, toks) for pct in percents
               if (toks := tokens_in(ps.sent, pct.start, pct.end, ps.offset)) and is_value_change(pct, toks, text)]
    unplaced: list[tuple[Trigger, Change]] = []
    listed = len(changes) == 2 \
        and _PERCENT_LIST_JOIN.fullmatch(text, changes[0][0].end, changes[1][0].start) is not None
    respective = respective_flows(ps.sent, [t for t in triggers if t.counts], len(changes), listed)
    respective_figures = None if respective else _respective_figures(figures, len(changes), listed, ps)
    bases = respective_bases(text, ps.start, ps.end)

    def against(pct) -> str | None:
        return measured_against(pct, compared, stops, text)

    money_token_ids = set(money_tokens)
    aside = {k for k, (pct, toks) in enumerate(changes) if _in_relative_clause_aside(toks, money_token_ids, by_token)}
    for k, (pct, toks) in enumerate(changes):
        if k in aside and len(aside) < len(changes):
            # "Imports, which had fallen 2.1 per cent in December, rose 0.9 per cent in
            # January to X": a change told in a relative clause on the flow, beside one
            # told of the figure, is the flow's at another time
            continue
        said = direction_word(toks)
        sign, found, forced = (said[0] if said else 0), None, None
        by_merit = bool(said) and said[1].lower_ in BETTER_WORDS | WORSE_WORDS
        if respective:
            found, sign = Attachment([respective[k]], []), sign or last_sign
            # ("rose by 2.1% and 0.4% to X and Y, respectively": the second change is Y's,
            # though it too stands right before "to X")
            own = [f for f in figures if f.role == "current" and f.triggers == [respective[k]]]
            forced = own[0] if len(own) == 1 else None
        elif respective_figures:
            found, sign, forced = Attachment(respective_figures[k].triggers, []), sign or last_sign, respective_figures[k]
        gapped = _GAPPED_CHANGE.search(text, max(ps.start, pct.start - 60), pct.start)
        if gapped:
            # "exports decreased by 11 per cent and imports by 10 per cent": the verb
            # left out is the previous clause's, and the flow is the one just named.
            own = [t for t in triggers if gapped.start() <= t.head.idx + ps.offset < gapped.end()]
            verbs = [t for t in ps.sent if gapped.start() <= t.idx + ps.offset < gapped.end()
                     and t.pos_ in ("VERB", "AUX")]
            if len(own) == 1 and not verbs:
                found, sign = Attachment(own, []), sign or last_sign
            elif not own and not verbs:
                # "..., and to South Korea by 8.4% to $2.9 billion": the gapped clause
                # names only its partner; its change is its own figure's
                before = [f for f in figures if f.role == "current" and f.money.end <= pct.start]
                after = next((f for f in figures if f.role == "current" and f.money.start >= pct.end), None)
                if before and after and gapped_partner(text, before[-1].money.end, pct.start,
                                                       ctx.within(ctx.economies, ps.start, ps.end)):
                    found, sign, forced = Attachment(after.triggers, []), sign or last_sign, after
        if not found and last_found is not None and _ALSO_BY.search(text, max(ps.start, pct.start - 20), pct.start):
            found, sign = last_found, sign or last_sign
        named = flow_named_after(text, pct.end, ("for", "in", "of"))
        if named and not found:
            # "an increase of 21.3 percent for exports and a decrease of 4.2 percent for
            # imports": the flow named after the percentage is whose change it is
            measure = named.group("flow").lower()
            own = [f for f in figures if f.role == "current" and [t.measure for t in f.triggers] == [measure]]
            if len(own) == 1:
                found, sign, forced = Attachment(own[0].triggers, []), sign or last_sign, own[0]
        if sign == 0 and text[pct.start - 1:pct.start] in ("+", "-", "−", "–") \
                and any(f.role == "current" and change_in_figures_bracket(text, f.money, pct) for f in figures):
            # "Romania (USD 331.2 mln, +3.6%), Russia (USD 141.9 mln, -18.8%)": a sign set
            # against its number, in the figure's own bracket
            sign = 1 if text[pct.start - 1] == "+" else -1
        if sign == 0:
            continue
        last_sign = sign
        # the figure the change leads to, said right after it ("up 3.1 percent to X")
        to_level = next((f for f in figures if f.role == "current"
                         and _CHANGE_TO_LEVEL.fullmatch(text, pct.end, f.money.start)), None)
        if not found and (inside := next((f for f in figures if f.role == "current"
                                          and change_in_figures_bracket(text, f.money, pct)), None)) is not None:
            # "followed by the US ($4.356B; down 9.57%)": the bracket's figure's change
            found, forced = Attachment(inside.triggers, []), inside
        if not found and (sized := _figure_its_change_noun_leads_to(toks, money_tokens)) is not None:
            # "backed by an 8.4 per cent rise to RM64.3 billion in imports": the change noun
            # the percentage sizes leads "to" the figure, whatever clause it stands in
            found, forced = Attachment(sized.triggers, []), sized
        found = found or attach(toks, by_token, antecedent(triggers, toks))
        if found is None and (same_clause := _figure_of_its_verb(toks, figures)) is not None:
            # "The former jumped 14.9 percent to X": the flow was found for the figure (the
            # one of a pair said before); the change said with it on one verb is its own
            found, forced = Attachment(same_clause.triggers, []), same_clause
        last_found = found or last_found
        if found is None and to_level is not None and to_level.change is None \
                and not _of_the_year_so_far(ctx, pct, ps, to_level.period):
            # "The leading destination remained China, up 12.1 percent to a record X": a
            # change leading to a listed partner's figure is that figure's
            to_level.change = signed_change(pct, sign, against(pct), by_merit)
            continue
        if found is None:
            before = [f for f in figures if f.role == "current" and f.money.end <= pct.start]
            if len(before) == 1 and before[0].change is None \
                    and not _of_the_year_so_far(ctx, pct, ps, before[0].period) and (
                    appended_change(text, pct, before[0].money.end)
                    or apposed_percent_change(text, before[0].money.end, pct)
                    or participle_change(text, before[0].money.end, pct.start)):
                before[0].change = signed_change(pct, sign, against(pct), by_merit)
            continue
        change = signed_change(pct, sign, bases.get(pct.start) or against(pct), by_merit)
        against_previous = change.against_period == "previous_period"
        on_path = next((money_tokens[t.i] for t in found.path if t.i in money_tokens), None)
        # "with imports at $37.5 billion, increasing 12.5%": a participle set off right
        # after a figure gives that figure's change, whatever the parse hangs it on
        # "followed by South Korea, up 3.1 percent to 10.8 billion dollars": the level the
        # change leads to, said right after it
        # "11.87 billion dollars in November, up 20.7 percent ..., and 118.99 billion
        # dollars in the first 11 months, up 17.2 percent": a change set off right after a
        # figure (past its period) is that figure's, whatever the parse hangs it on
        on_path = forced or to_level \
            or next((f for f in figures if participle_change(text, f.money.end, pct.start)
                     or apposed_percent_change(text, f.money.end, pct)), None) \
            or next((f for f in figures if f.role == "current"
                     and (b := bracketed_change(text, f.money.end, percents)) is not None and b[1] is pct), on_path)
        target = on_path if on_path and on_path.role == "current" else None
        if target is None:
            mine = [f for f in figures if f.role == "current" and any(t in found.triggers for t in f.triggers)]
            # Of two figures of one flow ("the deficit with Japan rose 4 percent to X, while
            # that with Mexico fell 2.5 percent to Y"), the one whose verb the change hangs on
            verb = next((t for t in found.path if t.pos_ in ("VERB", "AUX")), None)
            same_verb = [f for f in mine if verb is not None and any(t.i == verb.i for t in f.path)]
            # "Although exports rose 4.1% in the quarter, they fell 2.2% to X in March": a
            # change in a conceded clause with no figure of its own is not the figure's
            conceded = verb is not None and any(c.dep_ == "mark" and c.lower_ in _CONCEDING for c in verb.children)
            target = (same_verb or ([] if conceded else mine) or [None])[0]
        if target is not None and target.money.end <= pct.start and _partner_after(ctx, pct, ps):
            continue  # "trade with Armenia rose to X, and by 30% with Moldova": Moldova's change
        if target is not None and _of_the_year_so_far(ctx, pct, ps, target.period):
            continue  # "X in May, up 15.8% year-to-date": the year so far's change, not May's
        basis = change_basis(pct.start, pct.end, target, figures, [p.start for p in percents if p is not pct],
                             compared) if target is not None else None
        measured = change.against_period \
            or (_basis_of(ctx, pct, ps, target.period, basis) if target is not None else None)
        if target is not None and target.change is not None and target.change.span.start < pct.start:
            # The figure's own change comes first ("up 7.8% to X, short of the 8.7% forecast"),
            # unless it was against the month before and this one is not ("up 5.2% on the
            # previous month and 12.1% on the same month last year"), or against another
            # stated time and this one is against the year before ("60 percent compared with
            # 2019 and 12 percent compared with 2020"): GUIDELINES.md, the year-on-year first
            # ("rose 4.1% to X in June, up 9.2% on June last year": a change said to be
            # against the year before outranks one whose basis goes unsaid, too)
            yearly_over_other = measured == "year_earlier" \
                and measured_so_far.get(id(target), "year_earlier") in ("previous_period", "other", None)
            # ("sales to China rose 45%, while those to Japan eased 8.9% to $9.1 billion": a
            # change leading to the figure in its own clause is its own, not the one before)
            own_clause = target is to_level and not forced \
                and _clause_of_its_own(ps, target.change.span, toks)
            if not (id(target) in sequential and not against_previous) and not yearly_over_other and not own_clause \
                    or _of_another_period(ctx, pct, ps, target.period):
                continue
        if target is not None:
            if change.against_period is None and target.period is not None:
                # "decreased by E0.09 billion (1.9%) from September 2021": a stated period
                # that is the one before, or the year before, says what the change is against
                said = stated_basis(ctx, pct, ps, target.period)
                if said is not None:
                    change = change.model_copy(update={"against_period": said})
                    against_previous = said == "previous_period"
            target.change = change
            if against_previous:
                sequential.add(id(target))
            else:
                sequential.discard(id(target))
            measured_so_far[id(target)] = measured
            target.change_against = basis
            continue
        trig = found.triggers[0]
        if trig.counts:
            unplaced.append((trig, change))
            if not respective and any(t.lower_ in ("both", "each") for t in ps.sent):
                # "Both imports and exports saw a rise of 5 percent": the change of each
                # (but "Both declined, by 20 percent and 12.5 percent": one each, in order)
                unplaced += [(by_token[c.i], change) for c in trig.head.conjuncts
                             if c.i in by_token and by_token[c.i].counts and by_token[c.i] is not trig]
    for fig in figures:
        if fig.role == "current" and fig.change is None:
            bracketed = bracketed_change(text, fig.money.end, percents) or apposed_change(text, fig.money.end, percents)
            if bracketed is not None and not _of_the_year_so_far(ctx, bracketed[1], ps, fig.period):
                fig.change = signed_change(bracketed[1], bracketed[0], against(bracketed[1]))
    return unplaced


def _clause_of_its_own(ps: ParsedSentence, earlier, toks) -> bool:
    """Whether the percentage's verb heads a clause with a subject of its own, other than
    the one the earlier change (``earlier``, a span) was said in: "sales to China rose 45%,
    while those to Japan eased 8.9% to X"."""
    verb = _verb_above(toks[0])
    if verb is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = tokens_in(ps.sent, earlier.start, earlier.end, ps.offset)
    its_verb = _verb_above(before[0]) if before else None
    return its_verb is not None and its_verb.i != verb.i


# What may stand between a percentage and the period it is of: "the 3.1% gain recorded
# in April", "after rising 2.6% in November".
_OF_PERIOD = re.compile(r"\s*(?:\w+\s+){0,3}?(?:in|during|for)\s+(?:the\s+)?$", re.IGNORECASE)


_PARTNER_WORD_AFTER = re.compile(r"\s+(?:with|to|from)\s+(?:the\s+)?", re.IGNORECASE)


def _partner_after(ctx: ArticleContext, pct, ps: ParsedSentence) -> bool:
    """Whether an economy is named right after the percentage as the partner of a gapped
    clause ("..., and by 30% with Moldova")."""
    m = _PARTNER_WORD_AFTER.match(ctx.text, pct.end)
    if m is None:
        return False
    named = ctx.within(ctx.economies, ps.start, ps.end)
    before = {e.code for e in named if e.end <= pct.start}
    return any(e.start == m.end() and e.code not in before for e in named)


def _of_another_period(ctx: ArticleContext, pct, ps: ParsedSentence, period: tuple | None) -> bool:
    """Whether the percentage is said of a period other than the figure's ("fell 1.8% to
    X in December, after rising 2.6% in November"): then it is no change of the figure."""
    stated = next((p for p in ctx.within(ctx.periods, pct.end, ps.end) if p.start - pct.end < 40), None)
    return bool(stated is not None and period is not None and not stated.comparison and stated.period_start
                and _OF_PERIOD.fullmatch(ctx.text, pct.end, stated.start)
                # ("8% more than in March 2023": the period it is measured against)
                and not _FROM_STATED.fullmatch(ctx.text, pct.end, stated.start)
                and (stated.period_start, stated.period_end) != tuple(period))


def _of_the_year_so_far(ctx: ArticleContext, pct, ps: ParsedSentence, period: tuple | None) -> bool:
    """Whether the percentage is said of the year so far, which the figure's period is not
    ("exports reached X in May, up 15.8% year-to-date": the change of January-May): no
    change of the figure. (A month's figure "up 4% over the past 12 months" keeps it: the
    idiom says year on year.)"""
    stated = next((p for p in ctx.within(ctx.periods, pct.end, ps.end) if p.start - pct.end < 40), None)
    return stated is not None and period is not None and stated.comparison == "to_date" \
        and a_changes_period(ctx.text, pct.start, stated.start) and period[0] != date(period[0].year, 1, 1)


# ("5% less than in February but 8% more than in March 2023": "than" too; "fell 3.4% on
# May", New Zealand and British usage: "on" right after the percentage, since further off
# "on" tells a day, "the agency said on May 15")
_FROM_STATED = re.compile(r"(?:[^.;%]{0,40}?\b(?:from|against|versus|vs\.?|compared\s+(?:with|to)|over"
                          r"|than(?:\s+(?:in|during|for))?)|\s+on)\s+"
                          r"(?:the\s+)?"
                          r"(?:" + FIGURE_OF_PERIOD + r"(?:in|during|for)\s+(?:the\s+)?)?$", re.IGNORECASE)


# Another flow's change coordinated right after a change: "Exports were up 1.8% and imports
# down 0.7% compared with September 2023" (the period after both is what both are against).
_COORDINATED_CHANGE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:exports?|imports?)\s+(?:were\s+|was\s+)?"
                                 r"(?:up|down|higher|lower|rose|fell|increased|decreased|grew|declined|dropped)\s+"
                                 r"(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|pct)", re.IGNORECASE)


def _stated_after(ctx: ArticleContext, pct, ps: ParsedSentence) -> tuple | None:
    """The period stated after a change behind "from", "compared with" ...: its days."""
    ends = [pct.end] + ([m.end()] if (m := _COORDINATED_CHANGE.match(ctx.text, pct.end)) else [])
    stated = next((p for p in ctx.within(ctx.periods, pct.end, ps.end) if not p.comparison and p.period_start
                   and any(_FROM_STATED.fullmatch(ctx.text, end, p.start) for end in ends if end <= p.start)), None)
    return (stated.period_start, stated.period_end) if stated is not None else None


def _relation(said: tuple, period: tuple) -> str | None:
    """Whether ``said`` is the period before ``period`` or the same one a year before (of a
    whole year the year before is both; it is the year-on-year change)."""
    return next((against for against in ("year_earlier", "previous_period") if said == period_against(period, against)),
                None)


def stated_basis(ctx: ArticleContext, pct, ps: ParsedSentence, period: tuple) -> str | None:
    """What a change is against when a stated period follows it after "from": the period
    before the figure's, or the same one a year before."""
    said = _stated_after(ctx, pct, ps)
    return _relation(said, period) if said is not None else None


def basis_of_figure_after(pct_end: int, figures: list[Figure], period: tuple) -> str | None:
    """What a change said with no figure of its own is against, by the period of the
    compared figure said next after it ("This is 12.1% higher than the N7.51 trillion
    recorded in Q2 2020", of the second quarter of 2021: the year before)."""
    after = sorted((f for f in figures if f.role == "comparison" and f.money.start >= pct_end and f.period),
                   key=lambda f: f.money.start)
    return _relation(tuple(after[0].period), period) if after else None


def _basis_of(ctx: ArticleContext, pct, ps: ParsedSentence, period: tuple | None, basis: Figure | None) -> str | None:
    """What a change is measured against as far as the sentence says, by the period stated
    after it or the period of the figure it is measured against: 'year_earlier',
    'previous_period', 'other' (another time), or None (it does not say)."""
    said = _stated_after(ctx, pct, ps) or (tuple(basis.period) if basis is not None and basis.period else None)
    if said is None or period is None:
        return None
    return _relation(said, tuple(period)) or "other"

