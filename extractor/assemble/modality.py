"""Whether a figure is a forecast: said by a poll or a consensus, governed by words of
expectation or a modal verb, or for a period not yet over when the story came out
(GUIDELINES.md: only forecasts, targets and hypotheticals are "forecast"; a statistics
office's estimate of the period it reports is actual).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractor.assemble.context import ArticleContext
from extractor.data.lexicon import (
    AIM_NOUNS, ESTIMATE_LEMMAS, EXPECTATION_LEMMAS, FORECAST_ADJECTIVES, FORECAST_LEMMAS, FUTURE_FRAMES, MODAL_LEMMAS,
    TRADE_VALUE_HEADS, VALUE_NOUNS,
)

if TYPE_CHECKING:  # figures.py uses ``polled``; the type is only named here
    from extractor.assemble.figures import Figure

_POLLED_BEFORE = re.compile(
    r"(?:\bexpectations?\s+(?:for|of)|\b(?:median|consensus|average|analysts['’]?|economists['’]?|market)\s+"
    r"(?:estimates?|forecasts?|expectations?|projections?)(?:\s+(?:for|of))?|\b(?:forecasts?|consensus)\s+(?:for|of)"
    # "higher than the expected $38.1 billion", "above an expected $38.1 billion surplus"
    r"|\b(?:the|an?)\s+(?:expected|forecast|anticipated|projected|predicted|targeted|planned)"
    # "Economists polled by Reuters had called for a deficit of $54.4 billion", "Analysts
    # had estimated a shortfall of X", "Markets had priced in X", "A Reuters poll had
    # pointed to X", "Expectations had been for X", "The consensus was for X"
    r"|\b(?:economists|analysts|forecasters|traders|markets|poll|consensus|expectations?)\b[^.;]{0,40}?"
    r"\b(?:called\s+for|(?:had|have)\s+(?:been\s+)?(?:forecast|predicted|projected|anticipated|estimated|expected|"
    r"pencil+ed\s+in|priced\s+in|pointed\s+to|looking\s+for|looked\s+for)|(?:was|were|had\s+been)\s+for"
    r"|pointed\s+to))"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# Market speech for a forecast: "The surplus was seen at EUR 0.40 billion", "a market
# consensus penciled the surplus at $2.2 billion".
_SEEN_AT = re.compile(r"\b(?:(?:is|are|was|were|been)\s+seen|pencil+ed(?:\s+in)?(?:\s+(?:the|a|an)\s+[\w-]+)?)"
                      r"\s+at\s+(?:an?\s+)?$"
                      # "imports are seen rising 7 percent to X", "exports are seen to reach X"
                      r"|\b(?:is|are|was|were|been)\s+seen\s+(?:\w+ing|to\s+\w+)\b[^.;$€£¥]{0,40}$", re.IGNORECASE)
_POLLED_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:expected|forecast|predicted|anticipated)\s+(?:in|by)\s+"
                           r"(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:poll|survey)\b|(?:[\w-]+\s+){0,2}?"
                           # "the CA$900 million deficit forecast by analysts"
                           r"(?:analysts|economists|forecasters|markets?|traders)\b)"
                           # "vs $0.95 bln surplus in a Reuters poll": the poll's figure, said bare
                           r"|\s*(?:[\w-]+\s+){0,2}?in\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:poll|survey)\b",
                           re.IGNORECASE)
# "still ahead of the $5.8 billion expected": the expectation named right after the figure
# (with "the" before it: "rose to $5 billion, as expected" is the level)
_THE_EXPECTED_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# ... or set against the figure before it: "came in at C$-0.51B, vs. C$-0.8B expected",
# "against 3.5 billion euros forecast" (market wires)
_VERSUS_BEFORE = re.compile(r"(?:\bvs\.?|\bversus|\bagainst)\s+(?:an?\s+)?[-−+]?$", re.IGNORECASE)
_EXPECTED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:expected|forecast|predicted|anticipated|estimated\s+by\s+"
                             r"(?:analysts|economists))\b(?!\s+(?:to|for|in\s+(?:19|20)\d\d))", re.IGNORECASE)
# A sentence that reports a poll: "Thailand's surplus likely narrowed to $1.2 billion, a
# Reuters poll showed", "according to a survey of economists".
# A statistics office's survey ("the Statistical Abstract survey shows") reports actual
# figures: a survey forecasts only when it is of economists or analysts.
_POLLSTERS = r"(?:economists|analysts|forecasters|traders|experts)"
_POLL_REPORTED = re.compile(rf"\b(?:poll|survey\s+of\s+(?:[\w-]+\s+){{0,2}}{_POLLSTERS})\s+(?:of\s+(?:[\w-]+\s+){{1,3}})?"
                            r"(?:showed|shows|found|finds|suggested|suggests|predicted|predicts)\b"
                            rf"|\baccording\s+to\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:poll\b|survey\s+of\s+(?:[\w-]+\s+){{0,2}}{_POLLSTERS})",
                            re.IGNORECASE)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# A figure headline speech "eyes": a target ("eye $1.5 billion in trade", "eyeing a $10bn
# trade volume").
# "on course to cross X", "on track to reach X", "on pace to top X"
_ON_THE_WAY_BEFORE = re.compile(r"\bon\s+(?:course|track|pace)\s+to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,3}?"
                                r"(?:an?\s+|the\s+)?$", re.IGNORECASE)
_EYED_BEFORE = re.compile(r"\b(?:eye|eyes|eyed|eyeing)\s+(?:an?\s+|the\s+)?(?:(?:bilateral|trade|record)\s+)?"
                          r"(?:(?:about|around|over|some)\s+)?$", re.IGNORECASE)
# A figure said to be the present level: "currently $800 million", "now at $2 billion".
# ("from the current level of $4.5 billion", "presently stand at about $2.3 billion")
_NOW_BEFORE = re.compile(r"(?:\b(?:currently|presently|at\s+present|now)\s+(?:stand(?:s|ing)?\s+at\s+|at\s+|worth\s+)?"
                         r"|\bthe\s+(?:current|present|existing)\s+(?:(?:level|levels|figure|value|volume)\s+of\s+)?)"
                         r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?(?:an?\s+)?$", re.IGNORECASE)


def said_as_now(fig: Figure, text: str) -> bool:
    """Whether the figure is said to be the present level ("currently $800 million",
    "from the current level of $4.5 billion"): an actual figure, of no target's period."""
    return bool(_NOW_BEFORE.search(text, max(0, fig.money.start - 40), fig.money.start))

# Who estimates a figure it does not report: "the central bank's estimated deficit".
_ESTIMATORS = {"bank", "ministry", "government", "fund", "imf", "analyst", "economist", "forecaster", "agency",
               "institute", "authority", "treasury", "consensus", "market"}


# A statistics office's or central bank's first figures for a period that is over.
_FIRST_ESTIMATE = re.compile(r"\b(?:first|preliminary|provisional|flash|initial)\s+(?:[\w-]+\s+)?estimates?\b",
                             re.IGNORECASE)


def polled(fig: Figure, text: str) -> bool:
    """Whether the figure is what a poll or a consensus expected ("versus the median
    estimate of a $0.9 billion surplus", "above the $1.2 billion expected in a Reuters poll")."""
    return bool(_POLLED_BEFORE.search(text, max(0, fig.money.start - 70), fig.money.start)
                or _SEEN_AT.search(text, max(0, fig.money.start - 60), fig.money.start)
                or _POLLED_AFTER.match(text, fig.money.end)
                or bool(_THE_EXPECTED_BEFORE.search(text, max(0, fig.money.start - 30), fig.money.start)
                        or _VERSUS_BEFORE.search(text, max(0, fig.money.start - 12), fig.money.start))
                and bool(_EXPECTED_AFTER.match(text, fig.money.end)))


def _said_here(fig: Figure, ctx: ArticleContext) -> bool:
    """Whether the figure's period is said in its own sentence (not the story's)."""
    start, end = ctx.sentence_of(fig.money.start)
    return fig.period_mention is not None and start <= fig.period_mention.start < end


def foretold(tokens) -> bool:
    """Whether the clause of a percentage looks forward ("trade with Turkey will grow by
    20-30%", "exports are expected to rise 5%"): its verb has a modal, or a forecast word
    governs it."""
    verb = next((t for tok in tokens[:1] for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if _has_modal(verb):
        return True
    governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
    return verb.lemma_.lower() in FORECAST_LEMMAS or (governor is not None and governor.lemma_.lower() in FORECAST_LEMMAS)


def _has_modal(verb) -> bool:
    """Whether a modal verb ("will", "could") governs the verb (not "May" the month), or
    the verb it is coordinated with and shares it: "could raise GNP by 5 pct and expand
    exports by 7 pct"."""
    while True:
        if any(c.dep_ == "aux" and c.lemma_.lower() in MODAL_LEMMAS and not _month_may(c) for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
            return False  # ("exports will rise and imports fell": a clause with its own subject)
        verb = verb.head


def _than_expected(token) -> bool:
    """"came in narrower than expected at X", "a smaller-than-expected deficit": the forecast
    word of a comparison with what was expected, which the parse may put on the figure's way."""
    doc = token.doc
    return token.lemma_.lower() in FORECAST_LEMMAS and token.i > 0 and (
        any(c.dep_ == "mark" and c.lower_ == "than" for c in token.children)
        or doc[token.i - 1].lower_ == "than" or doc[token.i - 1].text in ("-", "‐") and token.i > 1
        and doc[token.i - 2].lower_ == "than")


def _month_may(token) -> bool:
    """"May trade rose 4.2 percent": the month opening a sentence, which the tagger may
    read as the modal verb (a modal is not followed by a noun)."""
    doc = token.doc
    return token.text == "May" and token.is_sent_start and token.i + 1 < len(doc) \
        and doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")


def _to_come(verb) -> bool:
    """An infinitive heading its own clause, as headlines write the future ("Georgia to
    export $200 mln worth of goods to Armenia"), or one after a word saying it is on its
    way ("set to surpass $5 billion"); not one a done verb governs ("rose to reach")."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or verb.head.lower_ in FUTURE_FRAMES


# Words that commit to a figure to come: "agreed to double trade to $10 billion".
_PLEDGE_LEMMAS = {"agree", "pledge", "vow", "commit", "promise", "resolve"}
# Verbs whose object flow is one aimed at or foreseen: "Egypt had targeted export earnings
# of $45 billion", "the ministry projects a surplus of X".
_AIMED_AT_LEMMAS = EXPECTATION_LEMMAS | {"target", "plan", "aim"}


def _set_off_by_a_semicolon(clause) -> bool:
    """"The surplus rose to X in April; economists had forecast Y": a clause a semicolon
    ends before the verb the parse hangs it on is a sentence of its own, not that verb's."""
    head = clause.head
    return head.i > clause.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1:head.i])


def _aimed_at(fig: Figure) -> bool:
    """Whether the figure hangs on a noun of aiming ("set a target of raising trade to $5
    billion", "working to reach the target of $5 billion"), with no verb that has a
    subject of its own between them ("exports rose to X, above the target") and no noun
    but the figure's flow and value words."""
    if not fig.path:
        return False
    flows = {t.head.i for t in fig.triggers}
    below = fig.path[0]
    for above in fig.path[0].ancestors:
        if above.pos_ == "NOUN" and above.lemma_.lower() in AIM_NOUNS:
            # (what the aim is of, in or for: "the target of $5 billion", "confidence in
            # reaching", not "the target of criticism over the deficit")
            return below.dep_ in ("acl", "relcl") or below.lower_ in ("of", "in", "for", "to")
        if above.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in above.children) \
                or above.pos_ == "NOUN" and above.i not in flows and above.lemma_.lower() not in VALUE_NOUNS \
                and above.lower_ not in TRADE_VALUE_HEADS:
            return False
        below = above
    return False


def is_forecast(fig: Figure, ctx: ArticleContext) -> bool:
    """Forecast words on the figure's way to its trigger, or governing its clause
    ("expects the deficit to fall to 800 mln"), or a period still to come."""
    # "versus the median estimate of a $0.9 billion surplus", "missing expectations for a
    # shortfall of $1.6 billion", "above the $1.2 billion expected in a Reuters poll"
    if polled(fig, ctx.text):
        return True
    if _POLL_REPORTED.search(ctx.text, *ctx.sentence_of(fig.money.start)) and not (
            fig.role == "comparison" and fig.period and fig.current is not None and fig.current.period
            and fig.period[1] < fig.current.period[0]):
        # (but "predicted a surplus of $7 billion, following a record-high surplus of $7.661
        # billion in May": the reported figure of an earlier period the forecast follows)
        return True
    if fig.role == "comparison" and (fig.period is None and _FROM_BEFORE.search(ctx.text, max(0, fig.money.start - 12),
                                                                                fig.money.start)
                                     or fig.period and ctx.published and fig.period[1] < ctx.published):
        # "expected to rise to X from Y a year earlier", "will rise from $1.4 billion to
        # $3 billion": Y is where it starts, a past or present, actual figure
        return False
    if said_as_now(fig, ctx.text):
        return False  # "bilateral trade, currently $800 million a year, should reach $2 billion"
    if _EYED_BEFORE.search(ctx.text, max(0, fig.money.start - 40), fig.money.start):
        return True  # "Kazakhstan, Tajikistan eye $1.5 billion in trade": headline speech for a target
    if _ON_THE_WAY_BEFORE.search(ctx.text, max(0, fig.money.start - 50), fig.money.start):
        return True  # "India was on course to cross USD 330 billion": a figure on its way, not reached
    if _aimed_at(fig):
        return True
    path = list(fig.path)
    top = path[-1] if path else None
    # "expects to lift its exports to X and cut its imports to Y": a verb coordinated with
    # another, with no subject of its own, is governed as the first one is
    while top is not None and top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        top = top.head
    # "expects the deficit to fall to X", "a roadmap that envisages bringing bilateral
    # trade to $50 billion": what the governing word looks forward to; "agreed to double
    # trade to $10 billion": a pledge, a target whenever it was made
    if top is not None and top.dep_ == "pcomp" and top.head.lower_ == "to" \
            and top.head.head.lemma_.lower() in _PLEDGE_LEMMAS:
        return True  # "are committed to lifting trade turnover to $100 billion": a pledge's gerund
    if top is not None and top.dep_ in ("xcomp", "ccomp", "acl") and not _set_off_by_a_semicolon(top):
        if top.head.lemma_.lower() in _PLEDGE_LEMMAS:
            return True
        if top.head.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS
                                                  for c in top.head.children):
            return True  # "Our goal is to increase mutual trade to $5 billion": what the aim is
        if top.head.lemma_.lower() in FORECAST_LEMMAS:
            path.append(top.head)
    elif any(t.dep_ == "dobj" and t.head.lemma_.lower() in _PLEDGE_LEMMAS
             for t in (*path, *(trig.head for trig in fig.triggers))):
        return True  # "The 1987 accord agreed bilateral trade totalling 30 billion markka": a deal's figure
    elif top is not None and top.dep_ == "dobj" and top.head.lemma_.lower() in _AIMED_AT_LEMMAS:
        path.append(top.head)
    elif top is not None and top.dep_ == "dobj" and top.head.dep_ == "xcomp" \
            and top.head.head.lemma_.lower() in FORECAST_LEMMAS and not _set_off_by_a_semicolon(top.head):
        # "Ukraine and Georgia want to increase the trade turnover to USD 1 billion": the
        # flow's verb is what the governing word looks forward to
        path.append(top.head.head)
    over = bool(fig.period and ctx.published and fig.period[1] < ctx.published)
    for tok in path:
        if tok.lemma_.lower() in ESTIMATE_LEMMAS and (over or fig.period and not ctx.published):
            continue  # a statistics office's estimate for a period it reports is its figure
        if tok.lemma_.lower() == "project" and over \
                and _FIRST_ESTIMATE.search(ctx.text, *ctx.sentence_of(fig.money.start)):
            continue  # "projected at X in December, according to first estimates by the bank": the same
        if tok.lemma_.lower() == "achieve" and tok.tag_ in ("VBD", "VBN", "VBG") and over:
            continue  # "topped exports in 2022, achieving $22.6 billion": done, not aimed at
        if tok.lemma_.lower() == "limit" and tok.tag_ in ("VBD", "VBN") and (over or not fig.period) \
                and any(c.dep_ == "auxpass" for c in tok.children) and not _has_modal(tok):
            continue  # "export has been limited to Rs. 78.53 billion": what the flow came to
        if tok.lemma_.lower() in ("hold", "keep") and tok.tag_ in ("VBD", "VBN") and over \
                and not any(c.dep_ in ("dobj", "obj") for c in tok.children) and not _has_modal(tok):
            continue  # "Exports held at 49.8 billion euros" (but "to hold the deficit at X" is aimed at)
        if _than_expected(tok):
            continue  # "narrowed more than expected to X": the figure reported, set against the forecast
        if (tok.lemma_.lower() in FORECAST_LEMMAS and tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ")) or _to_come(tok):
            return True
        if _has_modal(tok) \
                and not (over and fig.period[1].year < ctx.published.year and _said_here(fig, ctx)):
            # (machine-translated copy writes a finished year's figures in the future:
            # "the trade surplus will be US$801.20 billion" of 2023, published in 2024)
            return True
        # "a likely widening of the deficit to 2.9 billion dlrs", "the surplus likely narrowed to X"
        if tok.pos_ in ("NOUN", "VERB") and any(c.dep_ in ("amod", "advmod") and c.lower_ in FORECAST_ADJECTIVES
                                                for c in tok.children):
            return True
    # "Economists expected a May trade surplus of $1.5 billion", "analysts had been looking
    # for a surplus of $9.6 billion": the flow itself is what was expected.
    for trig in fig.triggers:
        if any(c.dep_ == "amod" and c.lower_ in FORECAST_ADJECTIVES for c in trig.head.children):
            return True  # "The expected surplus was EUR 1.3 billion"
        if fig.path and trig.head.i in {t.i for t in fig.path} and trig.head.dep_ == "pobj" \
                and trig.head.head.lower_ == "with" and _has_modal(trig.head.head.head) \
                and not (over and fig.period[1].year < ctx.published.year and _said_here(fig, ctx)):
            # "the country would close the year with a deficit of around $us 600 million":
            # the flow the figure was found on hangs on a verb with a modal
            return True
        if any(c.dep_ == "amod" and c.lower_ == "estimated" for c in trig.head.children) \
                and any(c.dep_ == "poss" and any(t.lemma_.lower() in _ESTIMATORS for t in c.subtree)
                        for c in trig.head.children):
            # "the central bank's estimated trade deficit of close to $0.8 billion", "Bank
            # Indonesia's estimated trade surplus" (the estimator's word within its name)
            return True
        governor = trig.head.head
        if trig.head.dep_ in ("dobj", "obj") and governor.lemma_.lower() in EXPECTATION_LEMMAS:
            return True
        if trig.head.dep_ == "pobj" and governor.lower_ == "for" and governor.head.lemma_.lower() == "look":
            return True
    # A period not over when the story was published has no actual figure yet; one
    # ending in the month of publication may (offices such as Vietnam's publish a
    # month's figures in its last days: "a trade surplus of $1.7 billion in August",
    # published August 30).
    return bool(fig.period and ctx.published and (fig.period[1].year, fig.period[1].month)
                > (ctx.published.year, ctx.published.month))


