"""Which trigger a figure belongs to, by the sentence's dependency structure.

From a figure's own head token we climb the parse: a trigger on the way ("surplus of
X", "a 3.3 mln dlr deficit") owns it; at a verb, the verb's subject may be the
trigger ("exports rose to X", "trade ... amounted to X"); a relative clause hands
over to the noun it modifies ("its surplus, which rose to X"). A verb whose subject
is something else ("IDB's share ... was limited to X") stops the climb: the figure is
about that something else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractor.assemble.timing import names_a_change_basis
from extractor.assemble.subsets import narrowed_goods
from extractor.assemble.triggers import Trigger, distinct, level_verb_read_as_noun, named_together
from extractor.data.currencies import SCALES, SINGLE_WORD_NAMES
from extractor.data.lexicon import (
    ATTRIBUTION_VERBS, BALANCE_NOUNS, BREAKDOWN_VERBS, CARRYING_VERBS, CHANGE_NOUNS, CHANGE_SIZE_THEN_FROM, EARLIER_WORDS,
    EXPORT_NOUNS,
    FALL_WORDS, FIGURE_ANAPHOR_NOUNS, GAPPING_CONJUNCTIONS, IMPORT_NOUNS, LARGER_PART_WORDS, LEVEL_VERBS,
    LIST_ROLE_MEASURES, MONEY_FLOW_VERBS, PART_WAYS, PERCENT_WORDS, QUANTITY_UNITS, RECORD_NOUNS, RISE_WORDS,
    SUBJECT_ANAPHORS, TRADE_MEASURE_NOUNS,
    TRADE_NOUNS, VALUE_NOUNS,
)

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
RELATIVE_PRONOUNS = {"which", "that", "who"}
ANAPHORIC_PRONOUNS = {"it", "they", "this", "these", "those"}  # "Those to the United States rose"


def _figure_anaphor(subject: Token) -> bool:
    """"This figure is 9.4 percent higher year-on-year", "the indicator increased": a
    noun for a figure, with a demonstrative, stands for the figure said just before."""
    if subject.lemma_.lower() in RECORD_NOUNS:
        # "The previous record was $41.2 billion, posted in September": the same series'
        # earlier peak, so the flow said before
        # (not one of another thing: "The previous record high of foreign reserves was X")
        return any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in subject.children) \
            and not any(o.pos_ == "NOUN" and o.lower_ not in SINGLE_WORD_NAMES
                        and not any(t.like_num or t.dep_ == "nummod" for t in o.subtree)
                        for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    if subject.lemma_.lower() == "total" and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                  for c in subject.children):
        return True  # "Their cumulative total at the end of July stood at X": the flow's total so far
    return subject.lemma_.lower() in FIGURE_ANAPHOR_NOUNS and any(
        c.dep_ == "det" and c.text.lower() in ("this", "that", "these", "those", "the")
        # ("As for imports, their value amounted to X": the flow's own figure)
        or c.dep_ == "poss" and c.text.lower() in ("its", "their") for c in subject.children) \
        and not _of_something_else(subject)


# What a figure noun may be said of and still be the trade figure: "the total value of goods".
_GOODS_OF_TRADE = EXPORT_NOUNS | IMPORT_NOUNS | BALANCE_NOUNS | TRADE_NOUNS \
    | {"goods", "merchandise", "products", "commodities", "items"}


def _of_something_else(noun: Token) -> bool:
    """"The total amount of remittance was X": a figure noun said of a thing other than
    trade or goods stands for that thing's figure, not the flow's said before."""
    return any(o.pos_ in ("NOUN", "PROPN") and not any(t.like_num for t in o.subtree)
               and o.lower_ not in SINGLE_WORD_NAMES and o.lower_ not in _GOODS_OF_TRADE
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _the_world(noun: Token) -> bool:
    """"a surplus with the (rest of the) world of C$136 million": the partner said between
    the flow and its figure, as an economy's name may be, is no thing the figure is of."""
    if noun.lower_ == "rest":
        return any(p.lower_ == "of" and any(o.lower_ == "world" for o in p.children) for p in noun.children)
    return noun.lower_ == "world" and noun.head.lower_ in ("with", "to", "from", "of")


def _change_said_alone(subject: Token, came_through: set[int]) -> bool:
    """"On an annual basis, the decline was 11.5 percent", "Compared to the same month
    last year, there was a decline of 3.9 percent": a change that names nothing it is of
    is the change of the figure said just before; so is a change sized by the percentage as
    the subject ("The 7.83% decrease came as manufacturing slowed")."""
    said = [c for c in subject.head.children if c.dep_ == "attr" and c.i in came_through]
    sized = subject.i in came_through and subject.dep_ != "expl"
    if not said and not sized:
        return False  # ("This increase was mainly due to ...": what the change came from)
    if subject.dep_ == "expl":
        changes = said
    else:
        changes = [subject] if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children) \
            else []
    return any(c.lemma_.lower() in CHANGE_NOUNS and not any(p.dep_ == "prep" and p.lower_ in ("in", "of", "for")
                                                             and any(o.dep_ == "pobj" and o.lower_ not in PERCENT_WORDS
                                                                     and not o.like_num for o in p.children)
                                                             for p in c.children)
               for c in changes)


# What sets a topic before a clause: "As for imports, they posted a rise of 9.6% to X".
_TOPIC_OPENERS = ("as for ", "as to ", "as regards ", "regarding ", "concerning ", "with regard to ",
                  "with respect to ", "turning to ")


def _topic(verb: Token, by_token: dict) -> "Trigger | None":
    """The flow a clause's pronoun subject stands for when a phrase before it sets the
    topic ("As for imports, they rose ...", "Regarding exports, these reached ...")."""
    for child in (c for c in verb.children if c.i < verb.i and c.dep_ in ("prep", "advcl", "npadvmod", "advmod")):
        tokens = list(child.subtree)
        if not " ".join(t.lower_ for t in tokens).startswith(_TOPIC_OPENERS):
            continue
        # (not a flow named in a clause said of the topic: "Regarding the trade deficit,
        # which occurs when what a country imports is more than its exports, in June it
        # closed at X")
        aside = {d.i for t in tokens if t.dep_ == "relcl" for d in t.subtree}
        named = [by_token[t.i] for t in tokens if t.i in by_token and t.i not in aside]
        if len(named) == 1:
            return named[0]
    return None


@dataclass
class Attachment:
    triggers: list[Trigger]
    path: list[Token]          # tokens climbed, from the figure up to where the trigger was found
    via_pronoun: bool = False  # the trigger came from "it"/"they": the previous sentence's trigger


def tokens_in(sent, start: int, end: int, offset: int) -> list[Token]:
    """Tokens of ``sent`` overlapping the article characters ``start..end``."""
    # spaCy finds the tokens by character in C ("expand" takes those partly inside);
    # a Span counts characters from its own start, a Doc from zero.
    base = offset + (sent.start_char if isinstance(sent, Span) else 0)
    length = sent.end_char - sent.start_char if isinstance(sent, Span) else len(sent.text)
    lo, hi = max(0, start - base), min(length, end - base)
    if lo < hi:
        found = sent.char_span(lo, hi, alignment_mode="expand")
        if found is not None:
            return [t for t in found if not t.is_space or t.idx + offset < end and start < t.idx + offset + len(t.text)]
    return [t for t in sent if t.idx + offset < end and start < t.idx + offset + len(t.text)]


def root_of(tokens: list[Token]) -> Token:
    """The token of a phrase whose head lies outside it (the last such, for flat phrases)."""
    ids = {t.i for t in tokens}
    outside = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return outside[-1] if outside else tokens[-1]


def _what_changed(noun: Token) -> list[Token]:
    """What a change noun says changed: "a 22 per cent drop in fruit", "the decline of exports",
    or the flow whose value it names ("growth in the volume of trade between A and B")."""
    said = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
            for o in p.children if o.dep_ == "pobj"]
    return said + [o for v in said if v.lemma_.lower() in VALUE_NOUNS for p in v.children
                   if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _changed_to(subject: Token, path: list[Token], by_token: dict[int, Trigger]) -> list[Trigger]:
    """"the decline in exports was 2.7% to $184bn": a change of a flow as the subject, and
    the figure the level it went "to" (not "the decline in exports was $2 billion", the
    change's own amount)."""
    if subject.lemma_.lower() not in CHANGE_NOUNS or len(path) < 2 or path[-2].lower_ != "to":
        return []
    return [by_token[o.i] for o in _what_changed(subject) if o.i in by_token][:1]


def _named_with_it_respectively(flow: Token, path: list[Token], by_token: dict[int, Trigger]) -> list[Trigger]:
    """"with exports and imports during the period recorded at X and Y respectively": a
    figure reached through a phrase hung on the first of flows named together is one of a
    list the sentence pairs with all of them (lists.join_two_way gives each its own)."""
    if len(path) < 2 or path[-2].dep_ not in ("prep", "acl") \
            or not any(t.lower_ == "respectively" for t in flow.sent):
        return []
    return [by_token[t.i] for t in named_together(flow) if t.i in by_token]


def _subject_triggers(subject: Token, by_token: dict[int, Trigger]) -> list[Trigger]:
    """Triggers a subject phrase names: itself, its conjuncts, or "the value of X"."""
    found = []
    for tok in [subject] + named_together(subject):
        if tok.i in by_token:
            # "imports and trade surplus stood at X and Y respectively": the parse hangs the
            # first flow and its "and" on the second; both are named
            found += [by_token[c.i] for c in tok.children if c.dep_ == "nmod" and c.i in by_token
                      and any(cc.dep_ == "cc" for cc in c.children) and by_token[c.i].measure != by_token[tok.i].measure]
            found.append(by_token[tok.i])
            continue
        # "foreign trade turnover volume amounted to X": the flow is a modifier of the
        # value noun the parse makes the subject.
        # "export and import values were X and Y, respectively": each flow named.
        inner = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i in by_token]
        if inner and tok.lemma_.lower() in VALUE_NOUNS:
            found += [by_token[c.i] for c in (inner[0], *inner[0].conjuncts) if c.i in by_token]
            continue
        # "the total value of imports and exports was X": both flows, which is their total
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.text.lower() == "of"):
            for obj in (o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)):
                if obj.i in by_token:
                    found.append(by_token[obj.i])
    return distinct(found)


def _whole_of_which(clause: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The flow an "of which" clause takes its part of: the last one said before it."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "which" for o in c.children)
               for c in clause.children):
        return None
    before = [i for i in by_token if i < clause.left_edge.i]
    return by_token[max(before)] if before else None


def _said_after_a_figure(clause: Token, own: set[int]) -> bool:
    """Whether another amount (its scale word) stands between the figure and the clause."""
    doc = clause.doc
    return any(doc[j].lower_ in SCALES and len(doc[j]) > 1 for j in range(max(own) + 1, clause.left_edge.i))


def _clause_right_after(own: set[int], doc) -> Token | None:
    """The relative or participle clause that starts right after the figure, if one does."""
    after = max(own) + 1
    if after >= len(doc):
        return None
    return next((a for a in [doc[after], *doc[after].ancestors] if a.dep_ in ("acl", "relcl")
                 and a.left_edge.i == after), None)


def _money_flow_object(verb: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """"Uganda earned $1.45 billion from exports", "$300 million earned from tea
    exports", "earned X from exporting goods to Japan": the flow a money verb names in
    its preposition, of the measure the verb can take (lexicon.MONEY_FLOW_VERBS)."""
    preps, measure = MONEY_FLOW_VERBS.get(verb.lemma_.lower(), ((), None))
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.i in by_token):
            # (what is earned "from imports and exports" is duty, not a flow: nobody
            # earns from buying)
            if by_token[obj.i].measure == measure and not any(by_token.get(c.i) and by_token[c.i].measure != measure
                                                             for c in obj.conjuncts):
                return by_token[obj.i]
    return None




def _from_figure_to_figure(token: Token, below: Token) -> bool:
    """"from 2.50 billion markka to 5.04 billion markka": the parse may hang the second
    figure on the first one's currency word; the walk goes on through it to their verb."""
    return token.lower_ in SINGLE_WORD_NAMES and below.lower_ == "to" and token.dep_ == "pobj" \
        and token.head.lower_ == "from" and any(c.like_num for c in token.subtree)


_COMPARING_WORDS = {"down", "up", "against", "versus", "vs", "vs.", "compared", "from"}


def _compared_on_figure(token: Token, below: Token) -> bool:
    """"was 6.1 billion euros, down from 7.3 billion euros": the parse may hang the compared
    figure on the first one's currency word; the walk goes on through it to their verb."""
    return token.lower_ in SINGLE_WORD_NAMES and below.dep_ in ("advmod", "prep") \
        and below.lower_ in _COMPARING_WORDS and any(c.like_num for c in token.subtree if c.i < below.i)


def _participle_of_the_last_joined(head: Token, path: list[Token]) -> Token | None:
    """The last noun joined to ``head`` before the participle the walk came up through,
    when there is one ("imports but also the country's debt, estimated at X": "debt")."""
    if len(path) < 2 or path[-2].dep_ != "acl" or path[-2].i < head.i:
        return None
    joined = [c for c in head.conjuncts if head.i < c.i < path[-2].i]
    return max(joined, key=lambda c: c.i) if joined else None


def _modifies_across_and(head: Token, path: list[Token]) -> bool:
    """"foreign purchases for US$1,450.2 million and foreign sales for US$647.6 million":
    the parse may make the first amount a modifier of the flow named after "and"; an
    amount does not modify a noun across a conjunction."""
    if len(path) < 2 or path[-2].dep_ not in ("nummod", "compound", "quantmod", "nmod") or path[-2].i > head.i:
        return False
    return any(t.dep_ == "cc" for t in head.doc[path[-2].i + 1:head.i])


def _percent_list_misparse(token: Token, below: Token) -> bool:
    """"rose 5% and 3% (respectively) to $2.1 billion and $3.4 billion": the parse may
    make a figure a conjunct of a percentage, or hang it on the second percentage of a
    list through "to"; the figures are the levels the changes led to."""
    if token.text.lower() not in PERCENT_WORDS:
        return False
    # ("grew 5% or just $250 million to $5.4 billion": the parse may hang the whole run of
    # figures after the percentage on it as its number)
    return below.dep_ == "conj" or (below.lower_ == "to" and token.dep_ == "conj") \
        or (below.dep_ in ("nummod", "compound") and below.i > token.i)


_BASIS_WORDS = {"relative", "compared", "against", "versus", "vs", "vs.", "over", "from"}


def _basis_of_a_percentage(token: Token, below: Token) -> bool:
    """"increasing by US$301.2 million or 15.7% relative to US$1,913.4 million": the figure a
    change is measured against, hung on the percentage; the walk goes on through it."""
    return token.text.lower() in PERCENT_WORDS and below.lower_ in _BASIS_WORDS


def _amount_restated_as_percent(token: Token, below: Token) -> bool:
    """"narrowing by 337 million dinars or 24%": the percentage is the same change as the
    amount it is joined to, so the amount's noun (a currency) is no thing of its own."""
    return below.text.lower() in PERCENT_WORDS and below.dep_ in ("conj", "appos") \
        and any(c.like_num or c.pos_ == "NUM" for c in token.children)


# Participles that give a figure's share, which the parser may read as a noun the figure
# modifies: "stood at N661.2 billion accounting for 8.9% of total exports".
_SHARE_PARTICIPLES = ("accounting", "representing", "constituting", "making")


def _share_participle_read_as_noun(token: Token, below: Token) -> bool:
    """The figure hangs on a share participle said right after it, a misparse: the figure
    is the clause's own, and the participle only says what part of a whole it is."""
    return token.lower_ in _SHARE_PARTICIPLES and below.i < token.i \
        and below.dep_ in ("nummod", "compound", "quantmod", "nmod") \
        and token.i + 1 < len(token.doc) and (token.nbor(1).lower_ in ("for", "up") or token.nbor(1).like_num)


def _share_given_as_amount(token: Token, path: list[Token]) -> bool:
    """"Exports to New Zealand followed with a share of 17.7 percent ($3.9 million)": the
    amount set beside a share is the value of the flow whose share it is, so the share's
    percentage and the word "share" above it are no thing the figure measures."""
    at = next((k for k, p in enumerate(path) if k and p.lower_ in PERCENT_WORDS), None)
    if at is None or path[at - 1].dep_ != "appos" or not any(p.lemma_.lower() == "share" for p in path[at:]):
        return False  # (a percentage alone, "coffee, 30 percent ($3 billion)", may be a part's)
    beside = path[at]
    return token is beside or token.lemma_.lower() == "share"


def _head_in_a_bracket_after(token: Token, below: Token) -> bool:
    """The figure hangs on a noun inside a bracket that opens after it, a misparse:
    "stood at $2.6 million (12.1 percent share of total exports)" - the bracket is an
    aside on the figure, which is the clause's own."""
    if below.i >= token.i:
        return False
    between = [t.text for t in token.doc[below.i + 1:token.i]]
    return "(" in between and ")" not in between[between.index("("):]


def _changed_flow(objects: list[Token], path: list[Token], by_token: dict) -> "Trigger | None":
    """"GASTAT reported a 17.1% downturn in commodity exports, amounting to about 103.8
    billion riyals": the level a participle gives after a change in a flow is the flow's;
    so is the level "to" which the verb's change went ("The first five months saw a
    year-on-year decline of 1.3 percent in China's foreign trade to 1.66 trillion dollars")."""
    came_from = path[-2] if len(path) > 1 else None
    if came_from is None:
        return None
    to_level = came_from.dep_ == "prep" and came_from.lower_ == "to"
    participle = came_from.dep_ in ("advcl", "xcomp") and came_from.tag_ == "VBG" \
        and came_from.lemma_.lower() in LEVEL_VERBS
    if not (to_level or participle):
        return None
    for obj in (o for o in objects if o.lemma_.lower() in CHANGE_NOUNS):
        flows = [by_token[f.i] for f in _what_changed(obj) if f.i in by_token]
        if flows:
            return flows[0]
    return None


def _running_total(verb: Token, objects: list[Token]) -> bool:
    """"France's deficit widened in June, bringing the first-half total to nearly 30
    billion euros": the total a participle brings is the main clause's flow's."""
    return verb.lemma_.lower() in ("bring", "take", "push", "lift", "raise") \
        and verb.dep_ in ("advcl", "conj", "xcomp") \
        and all(c.lemma_.lower() in ("total", "tally", "figure", "sum") for c in objects)


# Verbs by which a flow ends a stretch of time at a level, and the stretches: "the import
# bill fell to close the two-month period at X", "exports ended the year at Y".
_CLOSING_VERBS = {"close", "end", "finish", "conclude"}
_STRETCH_NOUNS = {"period", "year", "month", "quarter", "half", "semester", "season"}


def _closing_a_period(verb: Token, objects: list[Token]) -> bool:
    """"to close the two-month period at X": the level a flow closes a stretch at is the
    flow's (the stretch is no thing the figure is of)."""
    return verb.lemma_.lower() in _CLOSING_VERBS and bool(objects) \
        and all(o.lemma_.lower() in _STRETCH_NOUNS for o in objects)


def _names_a_thing(token: Token) -> bool:
    """A noun object that is not itself a number or a percentage ("35 pct" is not), nor
    a change by a percentage the parse made an object ("it stabilized on X, a decrease
    of 15.06%")."""
    if token.lemma_.lower() in CHANGE_NOUNS and any(t.lower_ in PERCENT_WORDS for t in token.subtree):
        return False
    if token.lemma_.lower() in CHANGE_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("its", "their") or c.tag_ == "JJS"
                                                     for c in token.children):
        # "representing a rise of 9.2 percent, its biggest rise in 8 months": the change
        # said again, ranked, which the parse may make a second object
        return False
    return token.pos_ in ("NOUN", "PROPN") and not token.like_num and token.text.lower() not in PERCENT_WORDS \
        and not any(c.like_num for c in token.children)


def _amount_of_trigger(tokens: list[Token], root: Token, own: set[int], by_token: dict[int, Trigger]) -> Attachment | None:
    """"a deficit of 7.7 bn euro": the parse may hang the scale elsewhere than the number;
    the amount "of" a trigger noun is that trigger's."""
    for tok in tokens:
        of = tok.head
        if of.lower_ == "of" and of.i not in own and of.head.i in by_token and of.head.i not in own \
                and by_token[of.head.i].head.i == of.head.i and of.head.pos_ == "NOUN" and root.i != tok.i:
            return Attachment([by_token[of.head.i]], [tok, of, of.head])
    return None


def _flow_said_after(tokens: list[Token], own: set[int], by_token: dict[int, Trigger]) -> Trigger | None:
    """"a total of X in exports and Y in imports", "X in its international trade", "had X
    in trade surplus": the flow said right after the figure is its flow, wherever the parse
    hangs the phrase, when a level verb or the figure governs it ("had cost the U.S. X in
    exports": lost, no level)."""
    doc = tokens[0].doc
    prep = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if prep is None or prep.lower_ != "in" or prep.head.lemma_.lower() in ("cost", "lose") \
            or not (prep.head.i in own or prep.head.lemma_.lower() in LEVEL_VERBS | VALUE_NOUNS):
        return None
    return next((by_token[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in by_token
                 and (o.lower_ in ("exports", "imports", "trade") or o.lower_ in BALANCE_NOUNS)
                 and by_token[o.i].head.i == o.i), None)


def _subject_after_source(verb: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """"According to Armenia's statistics body, Armenia's exports were X": the parse may
    make the verb's subject an apposition of the source, leaving the verb without one."""
    # (or a conjunct of it: "According to its data, exports of goods from Ukraine increased")
    said = [t for t in verb.sent if t.dep_ in ("appos", "conj") and t.i < verb.i and t.i in by_token
            and any(a.lower_ == "according" for a in t.head.ancestors)]
    return by_token[said[-1].i] if said else None


_YEAR = re.compile(r"(?:19|20)\d\d")


# The words an opening period phrase ends with ("in the first nine months of this year").
_PERIOD_END_WORDS = {"year", "month", "months", "quarter", "half", "period", "week", "weeks"}


def _subject_after_opening_year(verb: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """"In 2022 exports to Tonga stood at X": with no comma after the opening year the
    parse may make the flow the year's noun, the object of "In", leaving the verb without
    a subject; or another object beside the period's last word ("In the first nine months
    of this year trade between Russia and Turkey reached X")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                 and c.lower_ in ("in", "during", "for", "throughout", "over")):
        flows = [o for o in prep.children if o.dep_ == "pobj" and o.i in by_token
                 and any(n.dep_ == "nummod" and _YEAR.fullmatch(n.text) for n in o.children)]
        flows += [o for o in prep.subtree if o.i in by_token and o.dep_ == "pobj" and o.i > prep.i + 1
                  and _period_ends_before(o)]
        if flows:
            return by_token[flows[0].i]
    return None


def _period_ends_before(flow: Token) -> bool:
    """Whether the word before a flow ends the period phrase it was read into: a year or
    period word the parse makes its modifier ("of 2023 exports") or another object beside
    it ("of this year trade")."""
    before = flow.nbor(-1)
    if before.lower_ not in _PERIOD_END_WORDS and _YEAR.fullmatch(before.text) is None:
        return False
    # ("in the first quarter trade": the period word made the flow's modifier)
    return before.dep_ in ("nummod", "compound") and before.head == flow \
        or before.dep_ == "pobj" and before.head == flow.head


def _subject_taken_by_aside(verb: Token, by_token: dict[int, Trigger]) -> list[Trigger]:
    """"Egypt's imports in the fiscal year (ended June 30) were X": the parse may give the
    subject to the verb of a bracketed aside ("(started March 21)"), leaving the main verb
    without one, or with the aside as its clausal subject."""
    for aside in verb.children:
        if aside.dep_ in ("parataxis", "csubj", "ccomp") and aside.i < verb.i \
                and any(c.text == "(" for c in aside.children):
            for subject in (c for c in aside.children if c.dep_ in SUBJECTS and c.i < aside.i):
                if found := _subject_triggers(subject, by_token):
                    return found
    return []


def carrying_subjects(trig: Trigger) -> list[Token]:
    """The subjects of the main clause whose flow ``trig`` carries on to its level, if it
    is the object or subject of such a clause ("bringing the total export value to X")."""
    noun = trig.head.head if trig.head.dep_ == "compound" else trig.head  # "the total export value"
    verb = noun.head
    if verb.lemma_.lower() not in CARRYING_VERBS or verb.dep_ not in ("advcl", "acl", "pcomp", "xcomp") \
            or verb.tag_ != "VBG" or noun.dep_ not in ("dobj", "nsubj"):
        return []  # (a participle: "while the deficit with Japan reached X" is a clause of its own)
    main = verb.head.head if verb.head.dep_ == "prep" else verb.head  # ("with ... reaching X": "with" first)
    return [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]


def _carried_on(found: Attachment, by_token: dict[int, Trigger]) -> Attachment:
    """The main clause's flow, when the figure's own is that flow said again in a clause
    carrying it on to its level (whose partner and change the main clause says)."""
    if len(found.triggers) != 1:
        return found
    trig = found.triggers[0]
    same = [by_token[c.i] for c in carrying_subjects(trig)
            if c.i in by_token and by_token[c.i].measure == trig.measure and by_token[c.i] is not trig]
    return Attachment(same[:1], found.path, found.via_pronoun) if same else found


# What "of ..." names when it opens a part of the figure just said: "Of that", "Of the total".
_PART_OF_WORDS = {"this", "that", "these", "those", "which", "total", "figure", "amount", "sum"}


# Verbs by which an economy takes its share of a flow said before ("China accounted for X
# of the total"); "make" only with "up".
_SHARE_TAKING_VERBS = {"account", "represent", "constitute", "make"}


def _taken_as_a_share(verb: Token, flow: Trigger) -> bool:
    """"China accounted for KSh 450 billion of the total", "Of that amount, Russia made up
    $0.9 billion": a proper name as the subject of a verb of a share, of a flow with a
    partner (a balance's part would need its sign said)."""
    lemma = verb.lemma_.lower()
    if flow.measure == "balance" or verb.pos_ not in ("VERB", "AUX") or lemma not in _SHARE_TAKING_VERBS:
        return False
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)


def part_of_the_figure_before(verb: Token, flow: Trigger) -> bool:
    """"Of that, $1.2 billion went to Uganda", "Of these, $1.2 billion came from China and
    $0.9 billion from India": a verb of where goods went or came from, after "of that",
    says where a part of the flow just said went; the figure is that flow's."""
    # (the flow's own way, lexicon.PART_WAYS: "Of the total deficit of Nu 40bn, over Nu 31bn
    # is with India"; and a place, not a use: "Of the total, $1.2 billion went to fuel" is a
    # product's share)
    share = _taken_as_a_share(verb, flow)
    if not share:
        way = next((prep for prep, (measures, _) in PART_WAYS.items() if flow.measure in measures), None)
        if way is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in PART_WAYS[way][1]:
            return False
        if not any(p.dep_ == "prep" and p.lower_ == way and any(o.dep_ == "pobj" and o.pos_ == "PROPN"
                                                                for o in p.children)
                   for p in verb.children):
            return False
    # ("of which €1.5bn went to Spain, €1.1bn went to Italy and ...": the parts listed after
    # the first go on with it)
    verbs = [verb, *(t for t in verb.sent if t.i < verb.i and t.lemma_ == verb.lemma_ and t.pos_ == "VERB")]
    # (the whole may hang on the figure itself: "accounted for X of the total")
    holders = [h for v in verbs for h in (v, *(c for c in v.children if c.dep_ in SUBJECTS or c.dep_ in ("dobj", "attr")),
                                          *(o for p in v.children if p.dep_ == "prep" and p.lower_ == "for"
                                            for o in p.children if o.dep_ == "pobj"))]
    # ("China accounted for KSh 450 billion of the total": the subject is where it went or
    # came from; but "..., of which South Africa accounted for Y" is the clause's own
    # figure's part, which attach finds through the relative)
    words = _PART_OF_WORDS - {"which"} if share else _PART_OF_WORDS
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in words
                                                            for o in p.children)
               for h in holders for p in h.children)


# Verbs whose subject is a cause and whose flow is said after them: "Lower imports resulted
# in a trade surplus of X", "Higher oil prices led to a deficit of X".
_EFFECT_PREPOSITIONS = {"result": "in", "lead": "to", "contribute": "to"}


def _effect(verb: Token, path: list[Token], by_token: dict[int, Trigger]) -> "Trigger | None":
    """The flow a clause brought about, when its subject is only the cause: "Lower imports
    resulted in a surplus of X, compared with Y", "Higher imports pushed the deficit to X"
    (a flow as the object of a verb with a flow as its subject: the object is what moved)."""
    came_through = {t.i for t in path}
    subject_flows = [c for c in verb.children if c.dep_ in SUBJECTS and c.i in by_token]
    if (prep := _EFFECT_PREPOSITIONS.get(verb.lemma_.lower())) is not None:
        effects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == prep
                   for o in p.children if o.dep_ == "pobj" and o.i in by_token and o.i not in came_through]
    elif subject_flows:
        # (not one set off by a comma after the figure, which says the subject again: "The
        # deficit totaled X for the fiscal year, its first fiscal-year shortfall since 1980")
        figure_end = max(t.i for t in path[0].subtree)
        effects = [c for c in verb.children if c.dep_ == "dobj" and c.i in by_token and c.i not in came_through
                   and not _set_off_after(c, figure_end)]
    else:
        return None
    return by_token[effects[0].i] if effects else None


def _set_off_after(token: Token, figure_end: int) -> bool:
    """Whether the token comes after the figure ending at token ``figure_end`` with a comma
    between: the start of a phrase of its own ("..., imports - by 8.4 percent", "..., its
    first shortfall since 1980"), not the figure's."""
    return token.i > figure_end and any(t.text == "," for t in token.doc[figure_end + 1:token.i])


def _figure_before_the_relative(clause: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The flow whose figure a ", which ..." clause follows when the parse hangs the clause
    on a flow word in a phrase after that figure ("Exports accounted for $26.6 billion in
    the structure of foreign trade turnover, which is 21.3 percent less"): the subject of
    the verb the phrase hangs on, when that verb's own figure stands before the clause."""
    word = clause.head
    if word.dep_ != "pobj" or not any(c.lower_ == "which" and c.dep_ in SUBJECTS for c in clause.children):
        return None
    verb = word
    while verb.dep_ in ("pobj", "prep") and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    figure = [t for c in verb.children if c.dep_ in ("prep", "dobj") for t in c.subtree
              if t.like_num and t.i < word.i]
    subjects = [by_token[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i in by_token]
    return subjects[0] if figure and len(subjects) == 1 else None


_ENDING_VERBS = {"end", "close", "finish", "result"}


def _balance_ended_in(verb: Token, path: list[Token], by_token: dict[int, Trigger]) -> Trigger | None:
    """The balance a verb of ending says its subject ended in ("ended in a surplus",
    "closed with a deficit"), for a figure the parse hangs on the verb by another way
    ("..., down from X"), not by that phrase."""
    if verb.lemma_.lower() not in _ENDING_VERBS:
        return None
    came_through = {t.i for t in path}
    balances = [by_token[o.i] for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "with")
                and p.i not in came_through for o in p.children if o.dep_ == "pobj" and o.i in by_token
                and by_token[o.i].measure == "balance"]
    return balances[0] if len(balances) == 1 else None


def _nearest_clause_first(subjects: list[Token], verb: Token) -> list[Token]:
    """A verb's subjects, those of its own clause first: a headline's "Georgia's trade up
    31% in nine months, deficit tops $5 billion" joins two clauses with a comma, and the
    parse gives "tops" both subjects; the one after the comma is the verb's."""
    if len(subjects) < 2:
        return subjects
    doc = verb.doc
    return sorted(subjects, key=lambda s: s.i < verb.i and any(t.text == "," for t in doc[s.right_edge.i + 1:verb.i]))


def attach(tokens: list[Token], by_token: dict[int, Trigger], previous: Trigger | None = None) -> Attachment | None:
    """The trigger(s) owning the figure made of ``tokens``, or None."""
    if _covered_by_a_measure(root_of(tokens)):
        return None
    if _owned_by_a_thing(root_of(tokens), by_token):
        return None  # "with copper's K3.5 trillion being 88 per cent of exports": the product's figure
    if (gapped := _gapped_noun_before(tokens)) is not None:
        phrase = [t for t in gapped.doc[gapped.left_edge.i:gapped.i + 1] if t.i in by_token]
        if phrase:  # "... and imports 1.7tn yuan", "and export earnings $5 billion": that flow's
            return _carried_on(Attachment([by_token[phrase[-1].i]], [root_of(tokens), gapped]), by_token)
        if gapped.lemma_.lower() not in _TIME_NOUNS:
            return None  # "..., and foreign reserves $3.2 trillion": another thing's figure
    found = _verb_read_as_its_adjective(tokens, by_token) or _flow_the_part_went_to(tokens, by_token) \
        or _flow_after_its_conversion(tokens, by_token) or _attach(tokens, by_token, previous)
    if found is not None and any(_covered_by_a_measure(t.head) for t in found.triggers):
        return None  # "tariffs on Chinese imports worth $200 billion"
    if found is not None and (before := _flow_of_clause_ended(tokens, found, by_token)) is not None:
        found = Attachment([before], found.path)
    if found is not None and (own_subject := _flow_opening_its_clause(tokens, found, by_token)) is not None:
        found = Attachment([own_subject], found.path)
    if found is not None and (changed := _flow_changed_to(tokens, by_token)) is not None \
            and changed not in found.triggers:
        found = Attachment([changed], found.path)
    elif found is None and (changed := _flow_changed_to(tokens, by_token, from_and_to=True)) is not None:
        # ("on the back of an export increase of 9.4 percent from X to Y": the parse may
        # hang the figures on nothing that leads to the flow)
        found = Attachment([changed], [root_of(tokens)])
    if found is not None and (outrunning := _flow_that_outran(found, by_token)) is not None:
        found = Attachment([outrunning], found.path)
    if (whose := _flow_its_share_is_of(tokens, by_token)) is not None:
        found = Attachment([whose], found.path if found is not None else [root_of(tokens)])
    if (named := _flow_it_pertains_to(tokens, by_token)) is not None \
            and (found is None or named not in found.triggers):
        found = Attachment([named], found.path if found is not None else [root_of(tokens)])
    return _carried_on(found, by_token) if found is not None else None


def _owned_by_a_thing(root: Token, by_token: dict[int, Trigger]) -> bool:
    """Whether a common noun owns the figure ("copper's K3.5 trillion", "oil's $5 billion"):
    a product's figure, not a flow's."""
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.i not in by_token and c.lemma_.lower() not in _NOT_A_THING
               for c in root.children)


def _verb_read_as_its_adjective(tokens: list[Token], by_token: dict[int, Trigger]) -> Attachment | None:
    """"... and imported ISK 52 billion": the flow verb the parse made an adjective of the
    figure (triggers.py reads it as the verb) is the figure's."""
    root = root_of(tokens)
    first = min(t.i for t in tokens)
    verb = next((c for c in root.children if c.dep_ == "amod" and c.i < first and c.i in by_token
                 and by_token[c.i].head.i == c.i), None)
    return Attachment([by_token[verb.i]], [root, verb]) if verb is not None else None


# Nouns of time a figure may follow with no verb of its own: "exports reached $3 billion
# this month and last month $2.8 billion".
_TIME_NOUNS = {"month", "year", "quarter", "week", "period", "half", "time", "day"}

# Owners that are no product: an economy said again, or a time ("the month's X").
_NOT_A_THING = SUBJECT_ANAPHORS | _TIME_NOUNS | {"economy", "bloc", "union", "region"}


def _gapped_noun_before(tokens: list[Token]) -> Token | None:
    """The noun a figure is said of with the verb left out after "and": "exports reached
    $300 billion in April and foreign reserves $3.2 trillion" (the parse may make the figure
    the first verb's object all the same). None when no such noun stands right before it."""
    first = min(t.i for t in tokens)
    doc = tokens[0].doc
    if first < 2 or doc[first - 1].pos_ != "NOUN":
        return None
    noun = doc[first - 1]
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i <= noun.i \
            and doc[start - 1].head.i >= start - 1:
        start -= 1
    if start < 1 or doc[start - 1].lower_ not in GAPPING_CONJUNCTIONS:
        return None
    return noun


def _flow_the_part_went_to(tokens: list[Token], by_token: dict[int, Trigger]) -> Attachment | None:
    """"Of this, $33.8 billion accounted for exports", "of which $33.8 billion fell to the
    share of exports" (Caucasus and Central Asian copy): a part of a whole, as the subject of
    a verb that gives it to a flow, is that flow's figure."""
    root = root_of(tokens)
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in ("account", "fall"):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "for" and verb.lemma_.lower() == "account" and obj.i in by_token:
                return Attachment([by_token[obj.i]], [root, verb, prep, obj])
            if prep.lower_ == "to" and obj.lower_ == "share":  # "fell to the share of exports"
                owners = [by_token[o.i] for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" and o.i in by_token]
                if owners:
                    return Attachment(owners[:1], [root, verb, prep, obj])
    return None


def _flow_after_its_conversion(tokens: list[Token], by_token: dict[int, Trigger]) -> Attachment | None:
    """"a 612 billion yen ($6.1 billion) trade surplus": the parse may make the flow after
    the bracketed conversion an apposition of the figure; it is the figure's flow."""
    root = root_of(tokens)
    doc = root.doc
    after = max(t.i for t in tokens) + 1
    if after < len(doc) and doc[after].text == ")" and any(t.text == "(" for t in tokens):
        close = after  # (the figure's tokens hold the conversion already)
    elif after < len(doc) and doc[after].text == "(":
        close = next((t.i for t in doc[after + 1:min(len(doc), after + 12)] if t.text == ")"), None)
    else:
        return None
    if close is None:
        return None
    for flow in (c for c in root.children if c.dep_ == "appos" and c.i > close and c.i in by_token):
        if all(doc[i].head.i == flow.i and doc[i].dep_ in ("compound", "amod") for i in range(close + 1, flow.i)):
            return Attachment([by_token[flow.i]], [root, flow])
    return None


# "Malaysia's trade with China, which represented 19.7 per cent of the total trade or RM26.25
# billion": a share, then "or" its value; the value is the part's, not the total's.
_SHARE_OR_VALUE = re.compile(r"[\d.,]+\s*(?:%|per\s?cent|percent|pct)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                             r"(?:trade|exports|imports)\s*,?\s+or\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_SHARE_VERBS = {"represent", "account", "constitute", "make", "comprise"}


def _flow_right_before_in_its_phrase(root: Token, own: set[int], by_token: dict[int, Trigger]) -> Trigger | None:
    """"with two-way trade more than 113 billion dlrs": the parse may make the figure a
    second object of the flow's preposition; the flow right before it (nothing between them
    but the figure's own words) is its flow."""
    if root.dep_ != "pobj":
        return None
    inside = {t.i for t in root.subtree}
    for flow in (c for c in root.head.children if c.dep_ == "pobj" and c.i < root.i and c.i in by_token):
        if all(i in inside for i in range(flow.i + 1, min(own))):
            return by_token[flow.i]
    return None


def _passive_flow_right_after(word: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """"..., and goods worth EUR 112.2 bn were imported": the parse may hang the worth on an
    earlier verb; the passive flow right after it ("were imported") is what it is of."""
    after = word.right_edge.i + 1
    if after >= len(word.doc) or word.doc[after].dep_ != "auxpass":
        return None
    return by_token.get(word.doc[after].head.i)


def _larger_part_of(word: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The flow "most", "the majority" or "the bulk" is of ("the majority of the imports")."""
    if word.lower_ not in LARGER_PART_WORDS:
        return None
    return next((by_token[o.i] for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.i in by_token), None)


def _flow_phrase_right_before(word: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """"with Chinese imports from the EC worth 5.7 billion dlrs": the parse may hang "worth",
    with no subject but the figure, on the sentence's verb; the flow whose phrase ends right
    before it is what is valued."""
    if word.i == 0:
        return None
    tok = word.doc[word.i - 1]
    while True:
        if tok.i in by_token:
            return by_token[tok.i]
        if tok.head.i == tok.i or tok.head.i > word.i or tok.head.right_edge.i != word.i - 1:
            return None
        tok = tok.head


def _flow_its_share_is_of(tokens: list[Token], by_token: dict[int, Trigger]) -> Trigger | None:
    doc, first = tokens[0].doc, tokens[0]
    if not _SHARE_OR_VALUE.search(doc.text, max(0, first.idx - 90), first.idx):
        return None
    verb = next((t for t in reversed(doc[max(0, first.i - 20):first.i]) if t.lemma_.lower() in _SHARE_VERBS
                 and t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    # what holds the share: the relative clause's noun ("which represented"), or the subject
    holder = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    while holder is not None and holder.i not in by_token:
        holder = holder.head if holder.head.i != holder.i else None
    return by_token[holder.i] if holder is not None else None


# "Of this figure, $35.5 billion pertained to Iran's exports and $36 billion to the
# country's imports": a part of a total said first, then the flow it belongs to (the
# second part may leave the verb out, after a first that says it).
_PERTAINS = r"(?:(?:was|were|is|are)\s+)?(?:pertain(?:ed|s|ing)?|relat(?:ed|es|ing)|belong(?:ed|s|ing)?)\s+to"
_PERTAINS_TO = re.compile(r"\s+" + _PERTAINS + r"\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?$", re.IGNORECASE)
_AND_TO = re.compile(r"\s+to\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?$", re.IGNORECASE)


def _flow_it_pertains_to(tokens: list[Token], by_token: dict[int, Trigger]) -> Trigger | None:
    doc, last = tokens[0].doc, tokens[-1]
    after = [(i, t) for i, t in by_token.items() if i > last.i and t.measure in ("export", "import")]
    if not after:
        return None
    i, trig = min(after, key=lambda item: item[0])
    gap_start, gap_end = last.idx + len(last.text), doc[i].idx
    if _PERTAINS_TO.fullmatch(doc.text, gap_start, gap_end):
        return trig
    said_before = re.search(_PERTAINS, doc.text[doc[last.i].sent.start_char:tokens[0].idx], re.IGNORECASE)
    if said_before and _AND_TO.fullmatch(doc.text, gap_start, gap_end) \
            and re.search(r"\band\s*$", doc.text[max(0, tokens[0].idx - 8):tokens[0].idx]):
        return trig
    return None


# "with exports down one percent to $1.9 billion and imports up 26.2 percent to $5.7
# billion": a flow, its direction and "to" right before the figure; the parse may hang
# the direction on the sentence's verb, whose subject is another flow.
_CHANGED_TO = re.compile(r"\s+(?:up|down|rising|falling|rose|fell|increasing|decreasing|declining|growing|jumping|"
                         r"dropping|climbing|sliding)\b[^.;:$€£¥]{0,40}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
                         re.IGNORECASE)


def _flow_changed_to(tokens: list[Token], by_token: dict[int, Trigger], from_and_to: bool = False) -> Trigger | None:
    """The export or import flow said right before the figure with the change that led to
    it ("exports rose 5% to X"); with ``from_and_to``, only one whose change noun goes
    "from" a figure "to" another ("an export increase of 9.4 percent from X to Y")."""
    doc, first = tokens[0].doc, tokens[0]
    before = [(i, t) for i, t in by_token.items() if i < first.i and t.measure in ("export", "import")]
    if not before:
        return None
    i, trig = max(before, key=lambda item: item[0])
    i = trig.head.i  # (a flow word compounded on a change noun stands for both: "an export increase")
    if doc[i].lower_ not in ("exports", "imports", "export", "import"):
        return None
    if any(i < t.head.i < first.i for t in by_token.values() if t.measure not in ("export", "import")):
        return None  # "exports fell 30%, with a surplus equivalent to X": another flow's figure
    end = doc[i].idx + len(doc[i].text)
    if _CHANGE_NOUN_IN.search(doc.text, max(0, doc[i].idx - 40), doc[i].idx) \
            and _TO_THE_LEVEL.fullmatch(doc.text, end, first.idx):
        return trig  # "attributed the rise in the deficit to a 15.8 percent increase in imports to X"
    if _FROM_AND_TO_AFTER_CHANGE.fullmatch(doc.text, end, first.idx):
        return trig  # "an export increase of 9.4 percent from X in August to Y in September"
    if from_and_to:
        return None
    return trig if _CHANGED_TO.fullmatch(doc.text, end, first.idx) else None


# The change nouns said of a flow's move to a level.
_CHANGE_WORD = r"(?:increase|rise|growth|jump|surge|gain|decrease|decline|drop|fall|contraction)"
# The flow's change noun, its size, and the figures it went "from" and "to".
_FROM_AND_TO_AFTER_CHANGE = re.compile(
    r"\s+" + _CHANGE_WORD + r"\s+" + CHANGE_SIZE_THEN_FROM
    + r"\s*(?:(?:[^.;:]|(?<=\d)\.(?=\d)){1,60}?\s+to\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?", re.IGNORECASE)


# A change noun the flow is the "in" of, and the level it went "to" right after the flow.
_CHANGE_NOUN_IN = re.compile(r"\b" + _CHANGE_WORD + r"\s+in\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_TO_THE_LEVEL = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)


# Verbs that set one flow against another: "Imports outpaced exports, up 12.9% to X".
_OUTRUNNING_LEMMAS = {"outpace", "outstrip", "outgrow", "outperform", "overtake", "exceed", "surpass"}


def _flow_that_outran(found: Attachment, by_token: dict[int, Trigger]) -> Trigger | None:
    """"Imports though outpaced exports, up $573 million to $5.0 billion": the flow a
    figure hangs on as the object of a verb that sets it against another is only what
    was outrun; the figure is the subject's, which did the outrunning."""
    head = found.triggers[0].head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in _OUTRUNNING_LEMMAS:
        return None
    subjects = [by_token[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in by_token]
    return subjects[0] if subjects and subjects[0].measure != found.triggers[0].measure else None


def _flow_of_clause_ended(tokens: list[Token], found: Attachment, by_token: dict[int, Trigger]) -> Trigger | None:
    """"exported goods to the value of €16.9bn and imported goods to the value of
    €15.2bn": the parse may make a figure said right before "and" and the next clause's
    flow a modifier of that flow's goods; the figure ends its own clause, and is of the
    flow said before it."""
    last, flow = tokens[-1], found.triggers[0]
    # (the parse may give the flow "the value of" before the figure: "the value of ... imported goods")
    after = [i for i in flow.tokens | {flow.head.i} if i > last.i]
    if not after:
        return None
    between = list(last.doc[last.i + 1:min(after)])
    # (the next flow may have its own words before it: "R12.4 billion and total imports")
    if not between or any(t.lower_ not in ("and", ",") and t.pos_ not in ("ADJ", "DET") for t in between) \
            or not any(t.lower_ == "and" for t in between):
        return None
    earlier = [t for i, t in sorted(by_token.items()) if max(t.tokens | {t.head.i}) < tokens[0].i and t is not flow]
    return earlier[-1] if earlier else None


# The verbs that set a flow's level right before its figure: "were X", "stood at X".
_LEVEL_BEFORE_FIGURE = {"be", "stand", "total", "amount", "reach", "hit"}
# Words that end the clause a flow opens, walking back from its verb.
_CLAUSE_BREAKS = {"and", ",", ";", "while", "whereas", "but"}


def _flow_opening_its_clause(tokens: list[Token], found: Attachment, by_token: dict[int, Trigger]) -> Trigger | None:
    """"In 2010, two-way trade was worth X and our exports to China were Y": the parse may
    hang the second clause's verb on the first's and its flow on X, so Y reaches the first
    clause's flow. A flow that opens the clause whose verb sets the figure ("our exports to
    China were", with no verb between them) is the figure's own, over a flow of an earlier
    clause."""
    if len(found.triggers) != 1:
        return None
    doc = tokens[0].doc
    verb = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if verb is not None and verb.lower_ in ("at", "to") and verb.i > 0:
        verb = doc[verb.i - 1]  # "stood at", "amounted to"
    if verb is None or verb.lemma_.lower() not in _LEVEL_BEFORE_FIGURE or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None  # (the misparse: a verb joined to the first clause's, with no subject of its own)
    first = found.triggers[0]
    for t in reversed(doc[first.head.i + 1:verb.i]):
        if t.lower_ in _CLAUSE_BREAKS or t.pos_ in ("VERB", "AUX"):
            return None
        if t.i in by_token and by_token[t.i] is not first:
            # (the earlier clause ends between its flow and this one, and has a verb of its
            # own: not "Export excluding re-export amounted to X", one clause)
            between = doc[first.head.i + 1:t.i]
            if any(v.pos_ in ("VERB", "AUX") for v in between) and any(b.lower_ in _CLAUSE_BREAKS for b in between):
                return by_token[t.i]
            return None
    return None


def _is_measure(token: Token) -> bool:
    return token.lemma_.lower() in TRADE_MEASURE_NOUNS or token.lower_.rstrip("s") in TRADE_MEASURE_NOUNS


def _covered_by_a_measure(token: Token) -> bool:
    """Whether a figure (or a flow) is the goods a tariff or levy is laid on: "a levy on a
    further $120 billion of Chinese imports", "tariffs on Chinese imports worth X", "the
    tariffs cover $34 billion of imports". Their value is no trade figure of a period."""
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        holder = token.head.head
        if _is_measure(holder) or holder.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "nsubjpass") and _is_measure(c) for c in holder.children):
            return True
        if holder.pos_ == "VERB" and holder.dep_ == "acl" and _is_measure(holder.head):
            return True  # "tariffs already imposed on $250 billion in Chinese imports"
    return token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB" \
        and any(c.dep_ in SUBJECTS and _is_measure(c) for c in token.head.children)


# Verbs by which a participle sets a threshold: "remittances exceeding X".
_THRESHOLD_VERBS = {"exceed", "top", "surpass"}


def _figure_for_one_of_them(verb: Token) -> Token | None:
    """The clause a "with the figure for X being Y" hangs on, when ``verb`` is its "being":
    Y is X's part of that clause's flow."""
    if verb.dep_ != "pcomp" or verb.lemma_.lower() != "be" or verb.head.lower_ != "for":
        return None
    noun = verb.head.head
    if noun.lemma_.lower() not in VALUE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    return noun.head.head


def _close_to_read_as_verb(verb: Token) -> bool:
    """"rose 13 percent to close to $6.9 billion": the parse takes the bound "close to" for
    the verb "to close", whose object the figure becomes; it is the figure's qualifier."""
    doc = verb.doc
    return verb.lower_ == "close" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to" \
        and verb.i > 0 and doc[verb.i - 1].lower_ == "to"


def _possessive_read_as_subject(verb: Token) -> bool:
    """"from May's revised $14.2 billion": the parse may read "May's" as "May has" and the
    participle after it as a verb with the figure for object; it is an adjective of the
    figure, a possessive after a word of comparison before it."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    doc, before = verb.doc, verb.i - 1
    while before >= 0 and doc[before].tag_ == "RB":
        before -= 1  # ("May's upwardly revised")
    if before < 1 or doc[before].tag_ != "POS":
        return False
    start = doc[before].head.left_edge.i
    return start > 0 and doc[start - 1].lower_ in _COMPARED_BEFORE_POSSESSIVE


_COMPARED_BEFORE_POSSESSIVE = frozenset({"from", "to", "than", "against", "on", "over"})


def _revised_to(verb: Token) -> bool:
    """"The August surplus was revised up to $9.4 billion": the parse makes "up to" the
    figure's and the figure the passive's object; it is the level the flow was revised to
    (not what an active "revised" acts on: "revised its forecast up to X")."""
    return verb.lemma_.lower() == "revise" and any(c.dep_ == "nsubjpass" for c in verb.children)


def _moved_up_to(figure: Token) -> bool:
    """"exports edged up to C$64.1 billion", "inched down to X": the verb's particle and
    "to" the parse made the figure's ("up to" a bound); a verb moving "up" or "down" to
    a figure names the level its subject reached, whichever verb it is."""
    doc = figure.doc
    return figure.dep_ == "dobj" and any(
        c.dep_ in ("quantmod", "advmod", "prt") and c.lower_ in ("up", "down") and c.i + 1 < len(doc)
        and doc[c.i + 1].lower_ == "to" and c.i == figure.head.i + 1 for c in figure.children)


def _averaged(figure: Token) -> bool:
    """The figure a flow "averaged" ("monthly surpluses averaging $1 billion", "has averaged
    under $150 million since October"): a mean of months or days, which the gold keeps out
    of the facts, as it does "an average of X a month"."""
    verb = figure.head.head if figure.dep_ == "pobj" and figure.head.dep_ == "prep" else figure.head
    return figure.dep_ in ("dobj", "pobj", "npadvmod", "attr") and verb.lemma_.lower() == "average" \
        and verb.pos_ == "VERB"


def _attach(tokens: list[Token], by_token: dict[int, Trigger], previous: Trigger | None = None) -> Attachment | None:
    own = {t.i for t in tokens}
    cur = root_of(tokens)
    path = [cur]
    of_trigger = _amount_of_trigger(tokens, cur, own, by_token)
    if of_trigger is not None:
        return of_trigger
    # "Exports made up $5.2 billion of the foreign trade turnover": the whole it is part
    # of is not its flow
    part_of = cur.head.lemma_.lower() in ("make", "account", "constitute", "represent", "comprise") \
        and cur.dep_ in ("dobj", "pobj")
    # "Exports to France were €2.3bn (12%) of total exports": the amount with its share is
    # part of that whole, when the clause's subject is its own flow (but "The EU accounted
    # for €5,310 million (48%) of total Danish exports": the whole is the flow)
    share_of = any(c.dep_ == "appos" and c.lower_ in PERCENT_WORDS for c in cur.children) \
        and any(c.dep_ in SUBJECTS and c.i in by_token for c in cur.head.children)
    # "had a surplus of PLN 8.02 billion in foreign trade": the amount of a balance noun is
    # that balance's, wherever the parse hangs the trade it was struck in
    of = cur.head if cur.dep_ == "pobj" and cur.head.lower_ == "of" else None
    balance = by_token.get(of.head.i) if of is not None else None
    if balance is not None and balance.measure == "balance" and balance.head.i == of.head.i:
        return Attachment([balance], path + [of, of.head])
    for prep in (c for c in cur.children if c.dep_ == "prep" and c.text.lower() in ("in", "of")):
        if (part_of or share_of) and prep.lower_ == "of":
            continue
        owners = [by_token[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in by_token]
        if owners:
            return Attachment(owners[:1], path)  # "18.53 billion dlrs in trade"
    flow_after = _flow_said_after(tokens, own, by_token)
    if flow_after is not None:
        return Attachment([flow_after], path)
    if (flow_before := _flow_right_before_in_its_phrase(cur, own, by_token)) is not None:
        return Attachment([flow_before], path)
    if cur.dep_ == "nsubj" and cur.head.lemma_.lower() == "go":
        # "Of the exports, EUR68.4 billion went to EU member states": the part of the flow
        # the sentence opened with
        whole = [by_token[o.i] for p in cur.head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < cur.i
                 for o in p.children if o.dep_ == "pobj" and o.i in by_token]
        if whole:
            return Attachment(whole[:1], path + [cur.head])
    if cur.dep_ == "nsubj" and cur.head.lemma_.lower() in ("come", "stem", "originate"):
        # "Of the figure, 56.3 billion USD came from exports"
        source = [by_token[o.i] for p in cur.head.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" and o.i in by_token]
        if source:
            return Attachment(source[:1], path + [cur.head])
    if cur.dep_ in ("dobj", "pobj") and cur.head.dep_ == "acl" and cur.head.lemma_.lower() in _THRESHOLD_VERBS \
            and cur.head.head.i not in by_token and cur.head.head.pos_ == "NOUN":
        return None  # "remittances exceeding one mln dlrs earned from exports": a threshold of the remittances
    # (a clause said right after this figure is its own, wherever the parse hangs it: "X
    # from tea exports, out of Y it earned from her total exports" may hang the clause on X)
    clauses = [c for c in cur.children if c.dep_ in ("acl", "relcl") and not _said_after_a_figure(c, own)]
    if (right_after := _clause_right_after(own, cur.doc)) is not None and right_after not in clauses:
        clauses.append(right_after)
    for participle in clauses:
        paid_for = _money_flow_object(participle, by_token)
        if paid_for is not None:
            # "$300 million earned from tea exports", "compared to 10.1 billion dollars it
            # spent on imports"
            return Attachment([paid_for], path + [participle])
    if _averaged(cur):
        return None  # "the surplus averaged $1 billion a month": a mean, not the total of any period
    if cur.dep_ == "dobj" and cur.head.pos_ == "VERB" and cur.head.lemma_.lower() not in LEVEL_VERBS \
            and cur.head.lemma_.lower() not in RISE_WORDS | FALL_WORDS and cur.head.i not in by_token \
            and not _revised_to(cur.head) and not _moved_up_to(cur) and not _possessive_read_as_subject(cur.head) \
            and _money_flow_object(cur.head, by_token) is None and not _close_to_read_as_verb(cur.head):
        return None  # "to cover the 12 billion dlrs needed ...": the figure is that verb's business
    for _ in range(40):  # a parse is a tree, but guard against cycles in odd input
        if (last := _participle_of_the_last_joined(cur, path)) is not None:
            # "imports but also the foreign debt, estimated at X": the participle after the
            # last of the nouns joined modifies that one, though the parse hangs it on the first
            return Attachment([by_token[last.i]], path) if last.i in by_token else None
        if cur.i in by_token and cur.i not in own and not _modifies_across_and(cur, path):
            return Attachment([by_token[cur.i]] + _named_with_it_respectively(cur, path, by_token), path)
        if (part_of := _larger_part_of(cur, by_token)) is not None:
            # "A majority of the imports, $294 million, came from Serbia": the figure set
            # beside the part is the flow's (parties.py gives the part's partner)
            return Attachment([part_of], path)
        if cur.pos_ == "NOUN" and cur.i not in own and cur.lemma_.lower() not in VALUE_NOUNS \
                and cur.text.lower() not in VALUE_NOUNS \
                and not (cur.lower_ in SINGLE_WORD_NAMES and path[-2].dep_ == "appos"
                         # (a currency's word reached from a change set beside it is the figure
                         # itself: "301.2 billion yuan, an increase of 12.4 percent", no product)
                         and path[-2].lemma_.lower() in CHANGE_NOUNS) \
                and not (cur.lower_ in SINGLE_WORD_NAMES and path[-2].dep_ in ("conj", "nummod", "nmod")
                         # (a currency's word with its own amount is another figure: "exports
                         # reached 2.4tn yuan and imports 1.7tn yuan" may hang the first on
                         # the second, whose "1.7tn" the tagger takes for no number)
                         and any(c.like_num or c.dep_ == "nummod" for c in cur.subtree)) \
                and not _from_figure_to_figure(cur, path[-2]) and not _compared_on_figure(cur, path[-2]) \
                and not cur.like_num and path[-2].dep_ != "relcl" \
                and cur.lemma_.lower() not in CHANGE_NOUNS and not names_a_change_basis(cur.text) \
                and not _percent_list_misparse(cur, path[-2]) and not _amount_restated_as_percent(cur, path[-2]) \
                and not _basis_of_a_percentage(cur, path[-2]) \
                and not _share_participle_read_as_noun(cur, path[-2]) \
                and not _head_in_a_bracket_after(cur, path[-2]) \
                and not _share_given_as_amount(cur, path) \
                and not level_verb_read_as_noun(cur) and cur.lower_ not in QUANTITY_UNITS \
                and not _the_world(cur) \
                and not (cur.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in cur.children)):
            # (a "noun" heading the sentence with a subject is a verb the tagger missed:
            # "India's trade deficit in October shrank and stood at $11.0 billion")
            # "gold worth $320 million", "diesel ($318 million)": a product's figure (but
            # "fell 4 percent YoY" may hang the percentage on the basis word, no thing; and
            # "rose 5% and 3% to $2.1 billion and $3.4 billion" may hang the figures on a "%")
            return None
        if cur.pos_ == "NOUN" and cur.i not in own and narrowed_goods(cur, set()):
            return None  # "electronic goods ($35.4 billion)": a product's figure
        if cur.lemma_.lower() in CHANGE_NOUNS:
            objects = _what_changed(cur)
            changed = [by_token[o.i] for o in objects if o.i in by_token]
            if changed:
                return Attachment(changed[:1], path)
            # "led by a 22 per cent drop in fruit and nuts to $180 million": the fruit's
            things = [o for o in objects if o.pos_ == "NOUN" and _names_a_thing(o)
                      and o.lemma_.lower() not in VALUE_NOUNS and o.lower_ not in VALUE_NOUNS]
            if cur.pos_ == "NOUN" and path[-2].lower_ == "to" and things:
                return None
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in BREAKDOWN_VERBS and path[-2].dep_ in ("dobj", "attr", "obj") \
                and path[-2].i not in own:  # "imports comprised €6.62 billion": the object is the figure
            return None  # "major exports include engineering goods ($5.4 billion), ...": a breakdown
        if cur.pos_ == "VERB" and len(path) > 1 and path[-2].dep_ == "advcl" \
                and any(c.dep_ == "nsubjpass" for c in cur.children) \
                and any(c.dep_ == "agent" and c.i < path[-2].i for c in cur.children):
            # "the deficit has been compensated by the export of services, amounting to
            # $12.7 billion": the participle after the agent says what the agent came to.
            return None
        if level_verb_read_as_noun(cur):
            inner = [by_token[c.i] for c in cur.children if c.dep_ == "compound" and c.i in by_token]
            if inner:
                return Attachment(inner[:1], path)
        if cur.dep_ in ("parataxis", "advcl") and cur.lemma_.lower() in ATTRIBUTION_VERBS and cur.head.i != cur.i \
                and not any(c.dep_ in SUBJECTS and c.i in by_token for c in cur.children):
            # "narrowed to X in the first quarter, the statistics office said, down from
            # Y a year earlier", "..., when compared to the US$93.9 million earned during
            # the same period in 2019, the bulletin stated": the parse hangs what comes
            # before or after the attribution on its verb
            cur = cur.head
            path.append(cur)
            continue
        if cur.lemma_.lower() in ATTRIBUTION_VERBS and len(path) > 1 and path[-2].dep_ == "advcl" \
                and not any(c.dep_ in SUBJECTS for c in path[-2].children) \
                and (reported := next((c for c in cur.children if c.dep_ == "ccomp" and c.i < path[-2].i), None)):
            # "Trade turnover increased by X in May, having stood at over Y, Turkish Trade
            # Ministry told Trend": the parse may hang the participle on the attribution's
            # verb; it goes on from the clause the attribution reports
            cur = reported
            path.append(cur)
            continue
        # "with bilateral trade up 5.2 percent to X": the parse makes "up" the clause's head
        clause_head = cur.lower_ in ("up", "down") and any(c.dep_ == "nsubj" for c in cur.children)
        if cur.lower_ == "worth" and cur.i not in own:
            # "having imported goods worth Rs 450 billion": the parse may make the goods the
            # subject of "worth"; they are what the figure is of
            valued = [by_token[c.i] for c in cur.children if c.dep_ in SUBJECTS and c.i in by_token]
            if valued:
                return Attachment(valued[:1], path)
            if not any(c.dep_ in SUBJECTS and c.i not in own for c in cur.children) \
                    and (valued := _passive_flow_right_after(cur, by_token)
                         or _flow_phrase_right_before(cur, by_token)) is not None:
                return Attachment([valued], path)
            # "Armenia exported goods worth $2.7 billion": the parse may make the verb a
            # participle on the goods ("exported goods worth X"); it is their flow
            participles = [by_token[c.i] for c in cur.head.children
                           if c.dep_ == "amod" and c.i < cur.head.i and c.i in by_token
                           and c.tag_ in ("VBN", "VBD")] if cur.dep_ == "amod" else []
            if participles:
                return Attachment(participles[:1], path)
        if previous is not None and part_of_the_figure_before(cur, previous):
            return Attachment([previous], path, via_pronoun=True)
        if (clause := _figure_for_one_of_them(cur)) is not None:
            # "topped $1 bn, with the figure for Turkey being $1.07 bn": one economy's part of
            # the clause's flow (partner_on_path gives it Turkey)
            cur = clause
            path.append(cur)
            continue
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or clause_head:
            # "with THB61.2 billion recorded in June alone": the figure itself as the
            # subject of a clause hung on the main one says nothing of whose it is
            subjects = [c for c in cur.children if c.dep_ in SUBJECTS
                        and not (c.i in own and cur.dep_ in ("advcl", "acl", "conj", "pcomp"))] \
                if not _possessive_read_as_subject(cur) else []
            if (effect := _effect(cur, path, by_token)) is not None:
                return Attachment([effect], path)
            if (ended_in := _balance_ended_in(cur, path, by_token)) is not None:
                # "Czech foreign trade ended in a Kc143.8bn surplus last year, down from
                # Kc163.5bn in 2017": what the trade ended in is the compared figure's flow
                return Attachment([ended_in], path)
            for subject in _nearest_clause_first(subjects, cur):
                found = _subject_triggers(subject, by_token) or _changed_to(subject, path, by_token)
                if found:
                    return Attachment(found, path)
            if not subjects and cur.dep_ == "ROOT" and (sourced := _subject_after_source(cur, by_token)
                                                        or _subject_after_opening_year(cur, by_token)):
                return Attachment([sourced], path)
            if all(s.dep_ == "csubj" for s in subjects) and (aside := _subject_taken_by_aside(cur, by_token)):
                return Attachment(aside, path)
            before = cur.i - 1
            if not subjects and cur.tag_ in ("VBD", "VBZ", "VBP") and before in by_token and before not in own \
                    and cur.doc[before].pos_ in ("NOUN", "PROPN") and cur.doc[before].dep_ not in SUBJECTS:
                # "to 934.5 billion baht and trade surplus increased by 31.4 per cent to X":
                # the parse hung the flow word on the figure before; it is the verb's subject
                return Attachment([by_token[before]], path)
            if any(s.lower_ in ANAPHORIC_PRONOUNS for s in subjects) and (topic := _topic(cur, by_token)) is not None:
                return Attachment([topic], path)  # "As for imports, they posted a rise of 9.6% to X"
            if cur.dep_ == "relcl" and cur.head.i in by_token:
                if (said_of := _figure_before_the_relative(cur, by_token)) is not None:
                    # "Exports accounted for $26.6 billion in the structure of trade turnover,
                    # which is 21.3 percent less": the clause is said of the figure before it,
                    # not of the flow word the parse hangs it on
                    return Attachment([said_of], path)
                return Attachment([by_token[cur.head.i]], path + [cur.head])
            if cur.dep_ == "relcl" and (whole := _whole_of_which(cur, by_token)) is not None:
                # "exports totalled X in March 2020, of which copper accounted for Y": a part
                # of the flow said before, wherever the parse hangs the clause
                return Attachment([whole], path)
            # "shows a surplus of X after Y in January": Y hangs off the verb, whose
            # object is the trigger; "swell reserves to 53 billion": the object is
            # something else, and so is the figure.
            came_through = {t.i for t in path}
            # (not a flow set off by a comma after the figure, which opens a gapped clause of
            # its own: "Exports fell by 21.6 percent, reaching X, imports - by 8.4 percent to Y")
            objects = [c for c in cur.children if c.dep_ in ("dobj", "attr") and c.i not in own | came_through
                       and not _set_off_after(c, max(own))]
            if any(c.i in by_token for c in objects):
                # ("put Uganda's exports and imports at X and Y respectively": both flows,
                # which lists.join_two_way gives one each)
                obj = next(c for c in objects if c.i in by_token)
                return Attachment(distinct([by_token[t.i] for t in (obj, *obj.conjuncts) if t.i in by_token]), path)
            # "data put the total value of goods imported in June at $376.6 million": the
            # object is the value of a flow, as a subject may be.
            of_value = [t for c in objects if c.lemma_.lower() in VALUE_NOUNS and c.lemma_.lower() not in LIST_ROLE_MEASURES
                        for t in _subject_triggers(c, by_token)]  # ("the largest source of imports, at X": a ranking)
            if of_value and cur.lemma_.lower() in LEVEL_VERBS:
                return Attachment(of_value[:1], path)
            paid_for = _money_flow_object(cur, by_token)
            if paid_for is not None:
                return Attachment([paid_for], path)
            changed = _changed_flow(objects, path, by_token)
            if changed is not None:
                return Attachment([changed], path)
            # "Laos recorded X in its international trade ..., up 8.2 percent from Y": what
            # hangs on the verb is of the flow its object's figure is in
            for obj in objects:
                if (flow := _flow_said_after([obj], {obj.i}, by_token)) is not None:
                    return Attachment([flow], path)
            if any(_names_a_thing(c) for c in objects) and not _running_total(cur, objects) \
                    and not _closing_a_period(cur, objects):
                return None
            for subject in subjects:
                word = subject.text.lower()
                # "That is 12 percent higher", "This was an increase of 18.2 per cent when
                # compared to the US$1.1 billion recorded ...": a "that" or "this" opening the
                # sentence is the figure just said; elsewhere "that" is mostly a relative pronoun.
                anaphor = word in ANAPHORIC_PRONOUNS or (word in ("that", "this") and subject.is_sent_start) \
                    or (word == "one" and any(c.lower_ in ("the", "that") for c in subject.children)
                        and any(c.dep_ == "prep" for c in subject.children))  # "the one with Mexico"
                if (anaphor or _figure_anaphor(subject) or _change_said_alone(subject, came_through)) \
                        and previous is not None:
                    # ("the value of imports and exports climbed to X ... when the figure
                    # was Y": the figure of both flows named together)
                    together = [by_token[t.i] for t in named_together(previous.head)
                                if t.doc is cur.doc and t.i in by_token] if previous.head.doc is cur.doc else []
                    return Attachment(distinct([previous, *together]), path, via_pronoun=True)
                if word not in RELATIVE_PRONOUNS and subject.pos_ != "PRON":
                    return None  # this clause is about something else
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        path.append(cur)
    return None
