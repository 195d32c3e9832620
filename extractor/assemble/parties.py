"""Reporter and partner of a trigger: whose trade, and with whom.

Read from the trigger's own phrase first ("Kenya's imports from Japan", "Cambodian
exports", "trade between Argentina and Brazil", "its trade deficit with the
island"); a possessive pronoun is the nearest economy that is not the partner and
not itself a partner of something else ("... with Washington"); "the island" and
"the Kingdom" are the story's subject; "the two nations" and "bilateral" its pair.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractor.assemble.context import ArticleContext
from extractor.assemble.subsets import GOODS_WORDS, hyphenated, trade_relation
from extractor.assemble.triggers import Trigger, named_together, supplied_economy
from extractor.data.economies import CITY_ECONOMIES, KINGDOMS
from extractor.data.lexicon import (
    BALANCE_NOUNS, CHANGE_NOUNS, CROSS_BORDER_VERBS, EXPORT_NOUNS, FLOW_VERBS, GROUP_NOUNS, IMPORT_NOUNS,
    LARGER_PART_WORDS, LIST_ROLE_MEASURES, NO_CODE_REGION_RE, PAIR_ANAPHORS, PART_WAYS, PARTICIPLES_AFTER_GOODS,
    PERCENT_WORDS, PLACE_WITHOUT_VERB, QUANTITY_UNITS, RELATION_NOUNS, SUBJECT_ANAPHORS, SUPPLY_NOUNS, TRADE_BODIES,
    TRADE_NOUNS, TRADE_VALUE_HEADS, VALUE_NOUNS,
)
from models import EconomyMention

PARTNER_PREPOSITIONS = {"to", "from", "with", "between", "against", "vis-a-vis", "toward", "towards"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}


@dataclass
class Parties:
    reporter: str | None = None
    partner: str | None = None
    explicit: bool = False       # the sentence names the reporter itself


# How a pair is named: "between Kenya and Rwanda" (EconomyTokens.pair_named_last).
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_PAIR_JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)


def named_between(text: str, first: EconomyMention, second: EconomyMention) -> bool:
    """Whether two mentions name a pair as "between A and B"."""
    return bool(_BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)
                and _PAIR_JOIN.fullmatch(text, first.end, second.start))


# A list that goes on past the pair: "... and other trading partners", "and its other neighbours".
MORE_THAN_A_PAIR = re.compile(r"\s*(?:,\s*)?(?:and|&|as\s+well\s+as)\s+(?:the\s+)?(?:its\s+|their\s+)?"
                              r"(?:other|several|many|some|all)\b", re.IGNORECASE)
# "China-US trade", "the Togo/Ghana balance"
_HYPHENED_PAIR = re.compile(r"\s*[-–/]\s*")


def pair_named_within(ctx: ArticleContext, start: int, end: int) -> tuple[str, str] | None:
    """The pair a stretch of text names as a pair ("China-US trade", "trade between Kenya
    and Uganda"), if it names no other economy."""
    named = ctx.within(ctx.economies, start, end)
    codes = list(dict.fromkeys(e.code for e in named))
    if len(codes) != 2:
        return None
    first, second = named[0], next(e for e in named if e.code == codes[1])
    if MORE_THAN_A_PAIR.match(ctx.text, named[-1].end):
        return None  # "between Taiwan and the United States and other trading partners"
    if _HYPHENED_PAIR.fullmatch(ctx.text, first.end, second.start) or named_between(ctx.text, first, second):
        return codes[0], codes[1]
    if _OPENING_PAIR.fullmatch(ctx.text, start, first.start) and _PAIR_JOIN.fullmatch(ctx.text, first.end, second.start):
        # "Turkiye and Uzbekistan have set a target of raising trade to X": a pair opening
        # the sentence as its subject
        return codes[0], codes[1]
    return None


# What may stand before a pair that opens a sentence: nothing, a quote, "Both".
_OPENING_PAIR = re.compile(r"\s*[\"“']?\s*(?:(?i:both)\s+)?")


# "Exports to Japan and the U.S. hit peak levels. The former jumped 14.9 percent to X,
# while the latter climbed 8.1 percent to Y": the first and the second of a pair named
# before, as a clause's subject.
_FORMER_OR_LATTER = {"former": 0, "latter": -1}


def former_or_latter(root: Token, text: str, before: list[EconomyMention]) -> str | None:
    """The economy "the former" or "the latter" stands for, as the subject of the clause
    a figure (``root``) hangs in: of the last two economies named before it, joined as a
    pair ("Japan and the U.S."); None when the clause says neither or no such pair came."""
    clause = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if subject is None or subject.lower_ not in _FORMER_OR_LATTER \
            or not any(c.lower_ == "the" for c in subject.children):
        return None
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if first.code == second.code or not _PAIR_JOIN.fullmatch(text, first.end, second.start):
        return None
    return (first, second)[_FORMER_OR_LATTER[subject.lower_]].code


class EconomyTokens:
    """Maps tokens of one parsed sentence to the economy mentions they are part of."""

    def __init__(self, sent, offset: int, ctx: ArticleContext):
        self.by_token: dict[int, EconomyMention] = {}
        for tok in sent:
            found = ctx.economy_at(tok.idx + offset, tok.idx + offset + len(tok.text))
            determiners = {c.lower_ for c in tok.children if c.dep_ == "det"}
            if found is None and (tok.lower_ in _GROUP_ANAPHOR_NOUNS and determiners & {"these", "those"}
                                  or tok.lower_ in ("bloc", "union") and "the" in determiners):
                # "exporting EUR 2.2 billion in goods to these countries", "imports from the
                # bloc": the group named last
                found = next((m for m in reversed(ctx.economies)
                              if m.form == "group" and m.end <= tok.idx + offset), None)
                if found is not None and _UNCODED_GROUP_NAMED.search(ctx.text, found.end, tok.idx + offset):
                    # ("... to the euro area countries, while the goods received from those
                    # countries": a group with no code named since, which they stand for)
                    found = None
            if found is not None:
                self.by_token[tok.i] = found
        self.ctx = ctx
        self.offset = offset
        self.start = offset + (sent.start_char if isinstance(sent, Span) else 0)  # as tokens_in counts

    def pair_named_last(self, position: int) -> tuple[str, str] | None:
        """The pair "the two countries" stands for at ``position``: the last one named
        "between A and B" before it ("Trade between Kenya and Tanzania ... Meanwhile, trade
        between Kenya and Rwanda ... Trade between the two countries"), else the story's."""
        named = [m for m in self.ctx.economies if m.end <= position]
        text = self.ctx.text
        for first, second in zip(reversed(named[:-1]), reversed(named)):
            if first.code != second.code and named_between(text, first, second):
                pair = (first.code, second.code)
                return pair if self.ctx.subject != second.code else pair[::-1]
        return self.ctx.pair

    def other_than_subject(self, before: int | None = None) -> str | None:
        """"Peruvian exports to that country": as a partner, a country anaphor is the
        economy last named before it (``before``, else before this sentence) that is not
        the story's subject ("Exports to the United States rose ..., pushing the trade
        surplus with that country to X")."""
        end = self.start if before is None else before
        earlier = [m.code for m in self.ctx.economies if m.end <= end and m.code != self.ctx.subject]
        return earlier[-1] if earlier else None

    def of(self, token: Token) -> str | None:
        """The economy a token names: itself, a compound part of it, or an anaphor."""
        if token.i in self.by_token:
            return self.by_token[token.i].code
        if token.lower_ in ("which", "that", "who") and token.dep_ in ("nsubj", "nsubjpass") \
                and token.head.dep_ == "relcl" and token.head.lemma_.lower() in _TRADING_VERBS \
                and token.head.head.i < token.i:
            # "the Costa Rican economy, which imported X and exported Y": the trader the
            # relative stands for
            return self.of(token.head.head)
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod", "nummod") and child.i in self.by_token \
                    and not _bound_for(child):  # ("U.S.-bound exports" are not the U.S.'s)
                return self.by_token[child.i].code
        # ("from which the Kingdom imports": the parse makes "Kingdom" a compound, its
        # article the noun's)
        article_of = token.head.children if token.dep_ == "compound" and token.head.i > token.i else token.children
        if token.text.lower() in SUBJECT_ANAPHORS \
                and any(c.text.lower() == "the" and c.i < token.i for c in article_of) \
                or city_anaphor(token, self.ctx.subject):
            return self.ctx.subject
        if token.lemma_.lower() in ROLE_NOUNS:
            # "Exports to South Korea's largest trading partner, China, fell": the partner named
            # (set off right after the role: a list item the parse hangs there, "partners were
            # China with X; the Netherlands with Y", is not it)
            for appos in (c for c in token.children if c.dep_ == "appos" and c.i in self.by_token
                          and c.left_edge.i - token.i <= 3):
                return self.by_token[appos.i].code
        if token.lower_ == "rest":
            # "the rest of the GCC members": the group (the rest of the world stays the world)
            for obj in (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"):
                return self.of(obj)
        if token.lower_ in _MEMBER_NOUNS:
            # "other EU member states": the group named on "member"
            for member in (c for c in token.children if c.dep_ == "compound" and c.lower_ == "member"):
                for group in (g for g in member.children if g.dep_ in ("compound", "amod") and g.i in self.by_token):
                    if self.by_token[group.i].form == "group":
                        return self.by_token[group.i].code
            # "the Member States of the European Union", "the countries of the GCC": the group
            for obj in (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" and o.i in self.by_token):
                if self.by_token[obj.i].form == "group":
                    return self.by_token[obj.i].code
        return None


# Nouns for an economy's role in trade, which an appositive may name ("its largest
# trading partner, China"): the one-word roles a ranking of partners uses ("the second
# largest exporter to Vietnam"), singular.
ROLE_NOUNS = {"partner"} | {word for word in LIST_ROLE_MEASURES if " " not in word and not word.endswith("s")}

# A group said again with a demonstrative: "these countries", "those economies".
_GROUP_ANAPHOR_NOUNS = GROUP_NOUNS - {"partners"}
# A group with no code named (lexicon.NO_CODE_REGIONS, "non-EU countries").
_UNCODED_GROUP_NAMED = re.compile(r"\b" + NO_CODE_REGION_RE + r"\b|\bnon-[A-Z]", re.IGNORECASE)

# What a group is made of: "the Member States of the European Union".
_MEMBER_NOUNS = _GROUP_ANAPHOR_NOUNS | {"member", "state", "country"}


# What "between the ..." names when it stands for the story's two economies: the nouns
# of the pair's anaphors ("the two countries" -> "countries"), or the bare number ("trade
# between the two").
_PAIR_NOUNS = {phrase.split()[-1] for phrase in PAIR_ANAPHORS} | {"two"}


def _phrase_text(token: Token) -> str:
    return " ".join(t.text.lower() for t in token.subtree)


def _owned_by_the_pair(heads: list[Token]) -> Token | None:
    """"the two countries' trade", "both nations' bilateral trade": the pair's possessive."""
    return next((c for h in heads for c in h.children if c.dep_ == "poss"
                 and any(p in _phrase_text(c) for p in PAIR_ANAPHORS)), None)


# Participles that give the value of a flow verb's goods: "imported goods valued at X".
_VALUING_PARTICIPLES = {"value", "worth", "total", "amount", "estimate", "price"}
_SAME_FLOW_SUBJECTS = {"balance", "trade", "surplus", "deficit", "exchange", "turnover"}


# The preposition that names where a flow comes from or goes to, which is the reporter's
# side, not the partner's: "exports from Vietnam to the US", "imports into the EU".
ORIGIN_PREPOSITIONS = {"export": {"from"}, "import": {"into", "to"}}


# Only the flow itself leaves a place: "export receipts from China" are the reporter's
# earnings from a partner.
_FLOW_HEADS = EXPORT_NOUNS | IMPORT_NOUNS | SUPPLY_NOUNS  # "supplies from Kazakhstan to China"


def _is_flow_head(head: Token) -> bool:
    return head.lemma_.lower() in _FLOW_HEADS or head.text.lower() in _FLOW_HEADS


def _origins(head: Token, eco: EconomyTokens, measure: str) -> list[str]:
    """Economies a flow is said to leave or enter: the reporter, stated as a place."""
    if not _is_flow_head(head):
        return []
    preps = ORIGIN_PREPOSITIONS.get(measure, set())
    return [code for prep in head.children if prep.dep_ == "prep" and prep.lower_ in preps
            for obj in prep.children if obj.dep_ == "pobj" for code in [eco.of(obj)] if code]


# The nouns for trade itself that a flow or balance may be of, or seen in.
_TRADE_WORDS = ("trade", "trading", "commerce")


def traded(head: Token, preps: tuple[str, ...] = ("of", "in"), words: tuple[str, ...] = _TRADE_WORDS) -> list[Token]:
    """The trade noun a balance or flow is of, on which its partner hangs: "the balance of
    trade with EU28 countries", "the surplus in trade with Germany", "a surplus in its
    relationship to Japan" (a relation said "in" is the trade's)."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and (o.lower_ in words or trade_relation(o)
                                                           or p.lower_ == "in" and o.lower_ in RELATION_NOUNS)]


def value_noun_over(head: Token) -> list[Token]:
    """The value noun a flow is the "of" object of, on which the parse may hang its partner:
    "the volume of trade turnover of Azerbaijan with the EU" ("with the EU" on "volume")."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in TRADE_VALUE_HEADS and prep.head.i < head.i:
        return [prep.head]
    return []


def change_noun_over(head: Token) -> list[Token]:
    """The change noun a flow is the "in" object of, on which the parse may hang its
    partner: "a decline in Soviet trade with the West to X" ("with the West" on "decline")."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.head.lemma_.lower() in CHANGE_NOUNS \
            and prep.head.i < head.i:
        return [prep.head]
    return []


# Verbs by which an economy trades, whose relative subject names it.
_TRADING_VERBS = set(FLOW_VERBS) | set(CROSS_BORDER_VERBS)


def antecedent(obj: Token) -> Token:
    """What a relative "which" stands for ("the EU, with which Serbia realized a deficit of
    X": the EU); any other object itself."""
    prep = obj.head
    if obj.lower_ in ("which", "whom") and prep.head.dep_ == "relcl" and prep.head.head.i < obj.i:
        return prep.head.head
    return obj


def _relative_partner(head: Token, eco: EconomyTokens) -> str | None:
    """"... was recorded with Italy, trade with which amounted to X": a flow "with which"
    (or "to which", "from which") right after an economy and a comma is with that economy,
    wherever the parse hangs the relative clause; so is a flow "where" the economy is."""
    doc = head.doc
    where = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in ("where", "wherein")), None)
    if where is not None and head.pos_ == "VERB":
        # "This was followed by the UK, where Pakistan exported X", "China was third,
        # wherein Pakistan exported Y": the economy "where" stands for, which the relative
        # clause hangs on or the clause it hangs on is about
        if head.dep_ == "relcl":
            return eco.of(head.head)
        if head.dep_ != "advcl":
            return None
        subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # ("This was followed by Japan, wherein ...": a passive clause is about its agent)
        agent = next((o for c in head.head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
                     None)
        return next((code for t in (subject, agent) if t is not None and (code := eco.of(t))), None)
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in PARTNER_PREPOSITIONS \
            or doc[head.i + 2].lower_ != "which":
        return None
    if head.i < 2 or doc[head.i - 1].text != ",":
        return None
    return eco.of(doc[head.i - 2])


# Verbs whose subject is where a flow's change was seen: "Trade with France saw exports drop".
_WITNESS_VERBS = {"see", "witness"}


def trade_that_saw(head: Token) -> list[Token]:
    """"Trade with France saw exports drop by 3.7 per cent to X": the flow is the subject of
    a clause complementing "saw", whose own subject is the trade the flow is part of; the
    partner hangs on that trade."""
    clause = head.head
    if head.dep_ != "nsubj" or clause.dep_ not in ("ccomp", "xcomp") \
            or clause.head.lemma_.lower() not in _WITNESS_VERBS:
        return []
    return [c for c in clause.head.children
            if c.dep_ == "nsubj" and c.lemma_.lower() in _TRADE_WORDS]


def clause_of_participle(head: Token) -> Token | None:
    """The verb whose clause a participle with no subject of its own hangs on ("The US
    remained the biggest buyer, importing X": "remained"), if the flow's word is one."""
    if head.tag_ != "VBG" or head.dep_ not in ("advcl", "xcomp", "conj") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    return head.head


def _acting_economy(head: Token, eco: EconomyTokens) -> str | None:
    """The economy that is the subject of a flow's verb ("The US imported X"), or of the
    clause a participle with no subject of its own hangs on ("The US remained the biggest
    buyer, importing X")."""
    verb = clause_of_participle(head) or head
    return next((code for c in verb.children if c.dep_ == "nsubj" and (code := eco.of(c))), None)


def _partners(head: Token, eco: EconomyTokens, ctx: ArticleContext, measure: str = "") -> list[str]:
    if (relative := _relative_partner(head, eco)) is not None:
        return [relative]
    found = []
    if (supplied := supplied_economy(head, set(eco.by_token))) is not None:
        found.append(eco.of(supplied))  # "China supplied Jamaica with goods worth X": the economy supplied
    heads = [head, *traded(head), *trade_that_saw(head), *value_noun_over(head), *change_noun_over(head)]
    if head.pos_ == "VERB":
        # "Iran imported commodities valued at $813 million from India": the parse may hang
        # the partner on the participle that values the verb's object
        heads += [a for o in head.children if o.dep_ in ("dobj", "obj") for a in o.children
                  if a.dep_ == "acl" and a.lemma_.lower() in _VALUING_PARTICIPLES]
        # ... or on the verb itself ("Oman imported goods amounting to $6.5 billion from the UAE")
        heads += [a for a in head.children if a.dep_ == "advcl" and a.tag_ == "VBG"
                  and a.lemma_.lower() in _VALUING_PARTICIPLES]
    if (owner := _owned_by_the_pair(heads)) is not None and (pair := eco.pair_named_last(owner.idx + eco.offset)):
        return list(pair)  # "the two countries' trade dropped to X": the pair named last
    origin = ORIGIN_PREPOSITIONS.get(measure, set()) if _is_flow_head(head) else set()
    # "As for the European Union, Japan booked a trade surplus of X": the topic set first
    topics = [p for h in heads for a in h.children if a.dep_ == "prep" and a.lower_ == "as"
              for p in a.children if p.dep_ == "prep" and p.lower_ in ("for", "regards")]
    # ... or opened with "For": "For the Netherlands, Kenya exported goods worth X"
    topics += [a for h in heads for a in h.children if a.dep_ == "prep" and a.lower_ == "for"
               and a.i == a.sent.start and a.i < h.i]
    for prep in topics + _way_it_went(head, measure) + [
            c for h in heads for c in h.children if c.dep_ in ("prep", "dative")
            and c.text.lower() in PARTNER_PREPOSITIONS and c.text.lower() not in origin and not _aside(c)]:
        if prep.lower_ != "between" and _with_everyone_else(prep):
            continue  # "total imports (from EU Member States and from third countries)": the world
        for obj in _prep_objects(prep):
            if prep.lower_ == "with" and obj.lower_ in _FLOW_NOUNS:
                # "Brazil posted a surplus of X with Argentina, with Brazilian exports to the
                # neighbouring country at Y": a flow said beside, named after its own economy
                continue
            if (any(p in _phrase_text(obj) for p in PAIR_ANAPHORS)
                    or prep.lower_ == "between" and obj.lower_ in _PAIR_NOUNS
                    and any(c.lower_ in ("the", "both") for c in obj.children)
                    and not any(c.dep_ in ("prep", "amod", "compound") for c in obj.children)) \
                    and (pair := eco.pair_named_last(obj.idx + eco.offset)):
                # "Trade between the (two) countries amounted to X": the pair named last
                return list(pair)
            if obj.lower_ == "kingdom" and obj.i not in eco.by_token \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children) \
                    and (kingdom := _kingdom_named_before(eco, obj.idx + eco.offset)) is not None:
                # "Egypt's imports from the Kingdom" beside Saudi Arabia: the kingdom named last
                # (not "the United Kingdom", a name of its own)
                found.append(kingdom)
                continue
            if _country_anaphor(obj):
                other = eco.other_than_subject(obj.idx + eco.offset)
                if other is not None and other in (_acting_economy(head, eco), demonym_of(head, eco)) \
                        and ctx.subject not in (None, other):
                    # "The US imported X from the Southeast Asian country", "British imports
                    # from that country": the economy that trades is no partner of its own;
                    # the country is the story's
                    other = ctx.subject
                if other:
                    found.append(other)
                continue
            if prep.lower_ == "between":
                # "between Bahrain and GCC countries": the parse may make both modifiers of one noun
                named = [eco.by_token[t.i].code for t in obj.subtree if t.i in eco.by_token]
                if len(set(named)) >= 2:
                    found += [c for c in dict.fromkeys(named) if c not in found]
                    continue
            for tok in [antecedent(obj)] + list(obj.conjuncts):
                code = eco.of(tok)
                if code:
                    found.append(code)
    if measure == "export":
        # "U.S.-bound exports": where the goods are bound is the market
        found += [code for mod in head.children if _bound_for(mod) and (code := eco.of(mod)) and code not in found]
    return found


_FLOW_NOUNS = EXPORT_NOUNS | IMPORT_NOUNS | TRADE_NOUNS | BALANCE_NOUNS


# "that country", "the nation", the neighbour a story names by its place ("shipped X to
# its neighbouring country", "exported goods to the East African neighbour") and the
# partner it names so ("imports from the partner", "trade with its Asian partner").
_NEIGHBOUR_NOUNS = ("neighbour", "neighbor", "partner")
_NEIGHBOURING = ("neighbouring", "neighboring")


def _prep_objects(prep: Token) -> list[Token]:
    """A preposition's objects; "to neighbouring Iraq" too, which the parse may read as a
    participle taking the economy as its object."""
    return [c for c in prep.children if c.dep_ == "pobj"] \
        + [o for c in prep.children if c.dep_ == "pcomp" and c.lower_ in _NEIGHBOURING
           for o in c.children if o.dep_ in ("dobj", "obj")]


# The way a flow's goods go from the reporter's side, as the participles after goods say
# it: its exports go "to", its imports come "from".
_OWN_WAY = {measure: way for measure, way in PARTICIPLES_AFTER_GOODS.values()}


def goes_to_or_from(head: Token, measure: str, eco: EconomyTokens, economy: str, anaphor: bool = True) -> bool:
    """Whether a flow's own goods go to (exports) or come from (imports) ``economy``, said
    on the flow word or its participle after the goods ("exports to Ghana", and, with
    ``anaphor``, "goods exported to the country", the country being the one other economy
    the sentence is about)."""
    way = _OWN_WAY.get(measure)
    holders = [head] + [c for c in head.children if c.dep_ == "acl" and c.i > head.i
                        and PARTICIPLES_AFTER_GOODS.get(c.lower_, (None,))[0] == measure]
    return any(eco.of(obj) == economy and (anaphor or not _country_anaphor(obj))
               or anaphor and eco.of(obj) is None and _country_anaphor(obj)
               for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == way
               for obj in _prep_objects(p))


_BODY_HEADS = TRADE_BODIES | {"organization", "organisation", "service", "customs", "secretariat"}


def _owner_of_body(token: Token, eco: EconomyTokens) -> str | None:
    """The economy that owns the body a token names ("Iraq's statistics office")."""
    if token.lower_ not in _BODY_HEADS:
        return None
    return next((code for c in token.children if c.dep_ == "poss" and (code := eco.of(c))), None)


def _kingdom_named_before(eco: EconomyTokens, position: int) -> str | None:
    """The kingdom (by its official name) the story named last before ``position``."""
    return next((m.code for m in reversed(eco.ctx.economies) if m.end <= position and m.code in KINGDOMS), None)


def _country_anaphor(obj: Token) -> bool:
    dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
    if obj.lower_ in ("country", "nation"):
        return bool(dets & {"the", "that", "this"}) \
            or "its" in dets and any(c.lower_ in _NEIGHBOURING for c in obj.children)
    if obj.lower_ == "state":
        # "exported goods worth X to the Gulf state", "the island state": a state said by its
        # place (not "the state" alone, which is the government)
        return "the" in dets and any(c.dep_ in ("amod", "compound") and (c.text[:1].isupper() or c.lower_ in
                                                                          ("island", "city", "landlocked"))
                                     for c in obj.children)
    if obj.lower_ == "market":
        # "The United States remained the main partner. Imports from that market were X": a
        # market pointed back to (not "the market", which may be any)
        return bool(dets & {"that", "this"})
    if obj.lower_ == "giant":
        # "importing goods from the Asian giant": an economy by its place or size (not a
        # company: "the oil giant", "the tech giant Samsung")
        placed = any(c.dep_ == "amod" and (c.text[:1].isupper() or c.lower_ == "economic") for c in obj.children)
        named = any(c.dep_ in ("appos", "compound") for c in obj.children)
        return "the" in dets and placed and not named
    # (not one named beside: "exports to its largest partner, China")
    return obj.lower_ in _NEIGHBOUR_NOUNS and bool(dets & {"the", "its", "that", "this"}) \
        and not any(c.dep_ == "appos" for c in obj.children)


def _way_it_went(head: Token, measure: str) -> list[Token]:
    """"$53.6 billion worth of exports were delivered to EU28 countries", "imports worth X
    came from China": the verb a flow (or its worth) is the subject of says where the
    goods went or came from, by the flow's own preposition (lexicon.PART_WAYS)."""
    subject = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("worth", "value"):
        subject = head.head.head
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return []
    return [c for way in ("to", "from") if measure in PART_WAYS[way][0] and verb.lemma_.lower() in PART_WAYS[way][1]
            for c in verb.children if c.dep_ == "prep" and c.lower_ == way]


# Who is everyone else: "third countries", "other countries", "the rest of the world".
_EVERYONE_ELSE = {"third", "other", "all"}


def rest_of_the_world(token: Token) -> bool:
    """Whether the noun is "rest" said of the world: "the rest of the world"."""
    return token.lower_ == "rest" and "world" in {t.lower_ for t in token.subtree}


def _with_everyone_else(prep: Token) -> bool:
    """Whether a partner is listed with everyone else, so the flow is with the world:
    "(from EU Member States and from third countries)", "to the EU and the rest of the world"."""
    objects = [o for p in (prep, *prep.conjuncts) for o in p.children if o.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return len(objects) > 1 and any(
        o.lower_ == "countries" and any(c.dep_ == "amod" and c.lower_ in _EVERYONE_ELSE for c in o.children)
        or rest_of_the_world(o) for o in objects)


# "especially to China", "mainly from India": where much of a flow went, said aside; not
# the partner of the whole flow.
_ASIDE_WORDS = {"especially", "particularly", "notably", "mainly", "mostly", "largely", "primarily", "chiefly"}


def _aside(prep: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _ASIDE_WORDS for c in prep.children) or _ranked_with(prep)


# "..., with China the main supplier", "with China, India and the UAE the leading sources":
# economies a "with" gives a role in a ranking, said beside the flow; not its partner.
_GIVEN_A_ROLE = re.compile(r"\s*,?\s*(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(
    sorted({n for r in ROLE_NOUNS for n in (r, r + "s")} | {"exporter", "exporters", "importer", "importers"},
           key=len, reverse=True)) + r")\b", re.IGNORECASE)


# ... or a place in one: "with Turkey in third place".
_GIVEN_A_PLACE = re.compile(r"\s+" + PLACE_WITHOUT_VERB, re.IGNORECASE)


def _ranked_with(prep: Token) -> bool:
    if prep.lower_ != "with":
        return False
    objects = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    if not objects:
        return False
    last = max(objects, key=lambda o: o.i)
    end = max(t.idx + len(t.text) for t in last.subtree if t.dep_ not in ("appos", "punct") or t.i <= last.i)
    if _GIVEN_A_PLACE.match(prep.doc.text, end):
        return True  # "..., with Turkey in third place (52.4 billion)": the next in the ranking
    role = _GIVEN_A_ROLE.match(prep.doc.text, end)
    if role is not None and role.group().lstrip().startswith(",") and prep.i > 0 and prep.head.i == prep.i - 1:
        # "Egypt's trade with the European Union, its largest trading partner, totaled X":
        # a role set off by commas after the flow's own partner is an appositive
        return False
    return role is not None


def _bound_for(mod: Token) -> bool:
    """A modifier naming where goods are bound: "U.S.-bound", "China-bound"."""
    return mod.dep_ in ("amod", "compound") and mod.lower_.endswith("-bound")


def _modifier_economies(head: Token, eco: EconomyTokens) -> list[str]:
    """Economies named before the trigger: "Cambodian exports", "Cambodia-Japan trade";
    and a balance's economy said after it with "for": "the trade deficit for India"."""
    found = []
    for mod in head.children:
        if _bound_for(mod):
            continue  # "U.S.-bound exports": the market (_partners), not who exports
        if mod.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") or (mod.dep_ == "det" and mod.i < head.i):
            # (not a conflict a verb read as the flow's adjective has for subject: "the
            # U.S.-China trade dispute hammered shipments", the parse making "hammered" an adjective)
            aside = {t.i for c in mod.children if mod.pos_ == "VERB" and c.dep_ in ("nsubj", "nsubjpass")
                     and c.lemma_.lower() in _CONFLICT_NOUNS for t in c.subtree}
            for tok in (t for t in mod.subtree if t.i not in aside):
                code = eco.by_token.get(tok.i)
                if code is not None and code.code not in found and tok.i < head.i:
                    found.append(code.code)
            if mod.dep_ == "compound" and mod.lower_ in SUBJECT_ANAPHORS and (code := eco.of(mod)) \
                    and code not in found:
                found.append(code)  # "the Kingdom imports": the story's economy
    # "Exports of Kazakhstan", "the foreign trade turnover of Uzbekistan", "the trade
    # deficit of Turkey": the economy the flow is "of" (itself, not a modifier of goods:
    # "imports of Russian oil" are not Russia's)
    for obj in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and head.pos_ == "NOUN"):
        mention = eco.by_token.get(obj.i)
        if mention is not None and mention.form != "demonym" and mention.code not in found:
            found.append(mention.code)
    # (only a balance: a flow "for" an economy may be its market, "exports for China")
    if head.lemma_.lower() in BALANCE_NOUNS:
        for obj in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children if o.dep_ == "pobj"):
            code = eco.by_token.get(obj.i)
            if code is not None and code.code not in found:
                found.append(code.code)
    return found


# What follows an economy the story tells the trade of: "Latvia recorded a deficit",
# "Latvian exports amounted to", "Latvia's trade balance".
_OWN_TRADE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}?(?:exports\b|trade\s+(?:deficit|surplus|balance)\b"
                              r"|(?:recorded|posted|registered|ran|reported)\b)")


def _reports_own_trade(ctx: ArticleContext, code: str) -> bool:
    """Whether the story tells ``code``'s own exports or balance somewhere."""
    return any(m.code == code and _OWN_TRADE_AFTER.match(ctx.text, m.end) for m in ctx.economies)


def demonym_of(head: Token, eco: EconomyTokens) -> str | None:
    """The economy a demonym before the flow names ("Indian goods imports"), if one does."""
    for mod in (m for t in (head, *(c for c in head.children if c.dep_ == "compound")) for m in t.children
                if m.dep_ in ("amod", "compound") and m.i < head.i):
        mention = eco.by_token.get(mod.i)
        if mention is not None and mention.form == "demonym":
            return mention.code
    return None


def _possessive(head: Token) -> Token | None:
    for mod in head.children:
        if mod.dep_ == "poss":
            return mod
    return None


def _resolve_pronoun(head: Token, eco: EconomyTokens, exclude: set[str]) -> str | None:
    """"its": the nearest economy before it that is neither the partner nor a "with X" object."""
    for tok in reversed([t for t in head.sent if t.i < head.i]):
        if tok.i not in eco.by_token:
            continue
        code = eco.by_token[tok.i].code
        governed = tok.head if tok.dep_ != "compound" else tok.head.head
        if code in exclude:
            continue
        if governed.dep_ == "prep" and governed.text.lower() in PARTNER_PREPOSITIONS:
            continue  # "Kenya's exports to Uganda ..., or 30% of its total exports": not Uganda
        return code
    return None


def goods_origins(verb: Token, eco: EconomyTokens) -> list[str]:
    """The economies the goods a flow verb trades are named after, in text order: "Chilean"
    of "bought $6.2 billion worth of Chilean goods"."""
    return [code for obj in verb.children if obj.dep_ in ("dobj", "obj") for tok in obj.subtree
            if tok.dep_ in ("amod", "compound") and tok.head.lower_ in GOODS_WORDS and (code := eco.of(tok))]


def goods_named_after(flow: Token, eco: EconomyTokens) -> list[str]:
    """The economies the goods a flow noun is "of" are named after: "Chinese" of "imports
    of Chinese products"."""
    return [code for p in flow.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.lower_ in GOODS_WORDS for tok in o.children
            if tok.dep_ in ("amod", "compound") and (code := eco.of(tok))]


def _goods_shipped(head: Token) -> list[Token]:
    """What a flow ships, where the parser hangs the destination: "Kenya exported goods
    worth $610 million to Uganda" ("to Uganda" on "worth"), "and imported goods worth
    X from Kenya" (the goods are the trigger)."""
    if head.pos_ != "VERB":
        return [w for w in head.children if w.lower_ == "worth"]
    shipped = [c for c in head.children if c.dep_ == "dobj"]
    # "Armenia exported goods worth $2.7 billion to Russia": the verb read as an adjective of
    # its goods, which are what it ships
    shipped += [head.head] if head.dep_ == "amod" and head.head.i > head.i else []
    # "imported over USD280 million worth of goods from Lebanon": the qualifier read as a preposition
    shipped += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("over", "about", "around", "nearly")
                for o in p.children if o.dep_ == "pobj"]
    # "exported 4 million tons of goods worth $1.45 billion to Azerbaijan": the goods a
    # quantity is of ship too
    shipped += [o for obj in list(shipped) if obj.lower_ in QUANTITY_UNITS
                for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # "shipped goods worth EUR 1.5 billion to the EU": "worth" may hang on the verb itself
    shipped += [w for obj in [*shipped, head] for w in obj.children if w.lower_ == "worth" and w not in shipped]
    # "exported $15.1 billion worth of items to Germany": the parser may hang the
    # destination on the goods the worth is of
    return shipped + [o for w in shipped if w.lower_ == "worth" for p in w.children if p.dep_ == "prep"
                      and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


_PARTNER_OF = re.compile(r"\s+(?:remained|remains|is|was|became|has\s+been|stood\s+as)\s+(?:the\s+|a\s+)?"
                         r"(?:[\w-]+\s+){0,5}?(?:trad(?:e|ing)\s+)?partners?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PARTNER_OWNED = re.compile(r"\s+(?:remained|remains|is|was|became|has\s+been|stood\s+as)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_OWNS_A_PARTNER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?(?:trad(?:e|ing)\s+)?partners?\b", re.IGNORECASE)


def said_bilateral(trig: Trigger) -> bool:
    """"bilateral trade", "two-way trade", "mutual trade turnover": a total or balance
    said to be a pair's, whichever pair the words around it name."""
    return trig.measure in ("total", "balance") \
        and any(t.lower_ in ("bilateral", "mutual") or hyphenated(t) == "two-way" for t in trig.head.subtree)


def _subject_clause(verb: Token, measure: str) -> Token:
    """The verb whose subject trades the object of ``verb``: itself, or, for the two-way
    trade of a verb with no subject of its own ("Turkiye and Uzbekistan have set a target
    of raising bilateral trade to X", "... aim to raise trade to X"), the verb of the
    clause it hangs in."""
    if measure != "total":
        return verb
    clause = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
            and clause.dep_ in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acl") and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.pos_ in ("VERB", "AUX") else verb


def sentence_pair(trig: Trigger, eco: EconomyTokens) -> tuple[str, str] | None:
    """(whose partner, the partner) when the trigger's sentence says one economy is the
    other's trade partner: "Vietnam remained China's largest trade partner", "Brazil
    remained the fifth largest trade partner of China"."""
    text = eco.ctx.text
    named = sorted({id(m): m for m in eco.by_token.values()}.values(), key=lambda m: m.start)
    for x, y in zip(named, named[1:]):
        gap = text[x.end:y.start]
        if x.code != y.code and (_PARTNER_OF.fullmatch(gap) or _PARTNER_OWNED.fullmatch(gap)
                                 and _OWNS_A_PARTNER.match(text, y.end)):
            return y.code, x.code
    return None


def _verb_of_its_part(head: Token) -> Token | None:
    """The verb whose subject is the larger part of the flow ("Most of the exports went
    to Serbia", "A majority of the imports came from Serbia"): where it went is the flow's
    partner for that part."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return None
    part = head.head.head
    return part.head if part.lower_ in LARGER_PART_WORDS and part.dep_ in ("nsubj", "nsubjpass") else None


# What may hit a flow without trading it: "the U.S.-China trade dispute hammered shipments".
_CONFLICT_NOUNS = {"dispute", "war", "row", "tension", "conflict", "tariff", "sanction", "spat", "feud", "standoff",
                   "friction", "fight", "clash", "battle"}

# Verbs by which a market takes in a reporter's exports ("Belgium received exports worth X").
_TAKING_VERBS = {"receive", "take", "absorb"}


def _taker_of_exports(head: Token, eco: EconomyTokens) -> str | None:
    """The economy that took exports named as the object of its verb ("Belgium received
    exports worth X"), or of the amount it took ("China took X of our exports")."""
    verb = head.head if head.dep_ in ("dobj", "obj") else None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in ("dobj", "obj") \
            and head.head.head.lower_ not in PERCENT_WORDS | {"share", "half", "third", "quarter"}:
        verb = head.head.head.head  # (an amount of them, not a share: "China takes 58% of Angola's exports")
    if verb is None or verb.lemma_.lower() not in _TAKING_VERBS:
        return None
    return next((eco.of(c) for c in verb.children if c.dep_ == "nsubj" and eco.of(c)), None)


def _left_with(head: Token, eco: EconomyTokens) -> str | None:
    """The economy a balance is left with: "That left Russia with a surplus of X", "leaving
    Egypt with a deficit of Y" (the object of "leave", the balance after "with")."""
    if head.dep_ != "pobj" or head.head.lower_ != "with" or head.head.head.lemma_.lower() != "leave":
        return None
    return next((eco.of(c) for c in head.head.head.children if c.dep_ in ("dobj", "obj") and eco.of(c)), None)


def resolve_parties(trig: Trigger, eco: EconomyTokens, ctx: ArticleContext) -> Parties:
    heads = [trig.head] + [eco_tok for eco_tok in trig.head.children if eco_tok.i in trig.tokens and eco_tok.i != trig.head.i]
    if trig.head.dep_ == "compound" and trig.head.head.pos_ == "NOUN":
        heads.append(trig.head.head)  # "trade turnover volume with Turkey": the partner hangs on the noun it modifies
    elif trig.head.dep_ in ("conj", "nmod") and trig.head.pos_ == "NOUN":
        # "Cambodia's export and import turnover with Japan were X and Y, respectively":
        # a flow named before the value noun (each its own trigger) has its parties there
        first = trig.head.head if trig.head.dep_ == "conj" else trig.head
        if first.dep_ in ("compound", "nmod") and first.head.lemma_.lower() in VALUE_NOUNS:
            heads.append(first.head)
    # "Trade in goods between the EU and Egypt": the parse hangs the pair on the goods
    heads += [o for p in trig.head.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
              if o.dep_ == "pobj" and o.lower_ in ("goods", "merchandise", "commodities")]
    if trig.measure == "balance":
        # "a deficit of X in trade with Argentina": the trade the balance took in
        # (triggers._absorb_balance_modifiers) holds its partner
        heads += [t for t in (trig.head.doc[i] for i in sorted(trig.tokens))
                  if t not in heads and t.lower_ in TRADE_NOUNS]
    partners: list[str] = []
    named: list[str] = []
    # The parser often hangs "with the island" on the verb rather than on the trigger
    # it belongs to ("cutting its trade deficit with the island").
    governing_verb = trig.head.head if trig.head.dep_ in ("dobj", "nsubj", "nsubjpass") else _verb_of_its_part(trig.head)
    shipped = _goods_shipped(trig.head)
    for head in heads + ([governing_verb] if governing_verb is not None else []) + shipped:
        partners += [p for p in _partners(head, eco, ctx, trig.measure) if p not in partners]
        if head in shipped and trig.measure == "import" and head.lower_ in GOODS_WORDS:
            continue  # "Thailand imported Korean goods worth X": the goods' economy sold them (below)
        named += [n for n in _modifier_economies(head, eco) if n not in named]
    if not partners and any(c.dep_ == "prep" and c.lower_ in ("to", "from") and not any(o.dep_ == "pobj" for o in c.children)
                            for c in trig.head.children):
        # "exports to and imports from Uganda": the partner said once, after the second flow
        for other in named_together(trig.head):
            partners += [p for p in _partners(other, eco, ctx) if p not in partners]
    if trig.measure == "total" and len(named) == 1:
        named += [n for n in _paired_owner(trig.head, eco) if n not in named and n not in partners]
    if trig.measure == "import" and trig.head.pos_ != "VERB":
        # "US imports of Chinese products", "Imports of Russian goods to China": the goods'
        # origin sold them (as after a verb of buying: goods_origins)
        partners += [code for code in dict.fromkeys(goods_named_after(trig.head, eco))
                     if code not in named and code not in partners]
    if (left := _left_with(trig.head, eco)) is not None and left not in partners:
        named.insert(0, left)  # "That left Russia with a surplus of X in its trade with China"
    origins = [n for n in _origins(trig.head, eco, trig.measure) if n not in partners]
    if trig.measure == "import" and origins and not partners and any(n not in origins for n in named):
        # "Chilean imports to the U.S. totaled $16 billion": the economy the goods enter
        # imports them; the one they are named after sells them
        return Parties(origins[0], next(n for n in named if n not in origins), explicit=True)
    named += [n for n in origins if n not in named]
    verb = trig.head.head.head if trig.head.dep_ == "pobj" else trig.head.head if trig.head.dep_ == "dobj" else None
    if not partners and verb is not None and verb.pos_ in ("VERB", "AUX"):
        # "The balance of trade with EU28 countries ended with a surplus of X", "Trade with
        # Norway showed a surplus of X": the subject naming the same flow carries the partner.
        for subject in (c for c in verb.children if c.dep_ == "nsubj"
                        and c.lemma_.lower() in _SAME_FLOW_SUBJECTS):
            partners += [p for p in _partners(subject, eco, ctx) if p not in partners]
            if len(partners) == 2 and (not named or len(named) == 1 and named[0] in partners) \
                    and trig.measure in ("export", "import") \
                    and any(c.dep_ == "prep" and c.lower_ == "between" for c in subject.children):
                # "Trade between the UAE and Oman totalled X, with re-exports of Y": a flow
                # of the pair's trade is the pair's, the first named its reporter (or the
                # one of the pair its own words name: "..., with Thai exports of Y")
                reporter = named[0] if named else partners[0]
                return Parties(reporter, next(p for p in partners if p != reporter), explicit=True)
    taker = _taker_of_exports(trig.head, eco) if trig.measure == "export" and not partners else None
    if taker is not None:
        # "Belgium received exports worth P905.1 million", "China took N$ 3.9 billion of our
        # exports": the economy the exports went to, not theirs
        partners.append(taker)
    if governing_verb is not None and trig.head.dep_ == "dobj" and not named and taker is None:
        # "The European Community ran a deficit with Japan", "Kenya posted a surplus":
        # the subject of the verb that has the flow as its object is the reporter.
        for subject in (c for c in _subject_clause(governing_verb, trig.measure).children if c.dep_ == "nsubj"
                        and c.lemma_.lower() not in _CONFLICT_NOUNS):
            # "Argentina and Chile accumulated a commercial exchange of X": both trade
            # (not a dispute's pair: "the U.S.-China trade dispute hammered shipments")
            for tok in [subject, *(subject.conjuncts if trig.measure == "total" else ())]:
                # ("Iraq's Central Statistical Organization reported imports from Iran of X":
                # the economy whose office reports its own trade)
                code = eco.of(tok) or (_owner_of_body(tok, eco) if trig.measure in ("export", "import") else None)
                if code and code not in partners and code not in named:
                    named.append(code)
    if trig.head.pos_ == "VERB":
        # A flow verb's subject trades: "China imported ... from Iran", "Iran and China
        # exchanged ...", "the country exported ..."; a participle with no subject of its
        # own, the subject of the clause it hangs on ("China was the top destination,
        # importing $11.3 billion worth of Iranian goods").
        acting = clause_of_participle(trig.head) or trig.head
        for subject in (c for c in acting.children if c.dep_ in ("nsubj", "nsubjpass")):
            for tok in [subject, *subject.conjuncts]:
                # ("followed by Japan which imported X": the economy the relative pronoun
                # follows, wherever the parse hangs its clause)
                code = eco.of(tok) or (eco.of(tok.doc[tok.i - 1]) if tok.lower_ in ("which", "that", "who")
                                       and tok.i > 0 else None)
                if code and code not in named and code not in partners:
                    named.append(code)
        # "Goods worth $3.2 billion were exported by Kenya": the passive's agent trades
        for agent in (c for c in trig.head.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                code = eco.of(obj)
                if code and code not in named and code not in partners:
                    named.append(code)
        if trig.measure == "import":
            # "Japan bought $6.2 billion worth of Chilean goods": the goods' origin sold them
            partners += [code for code in dict.fromkeys(goods_origins(trig.head, eco))
                         if code not in named and code not in partners]
    bilateral = said_bilateral(trig)
    between = any(c.dep_ == "prep" and c.text.lower() == "between" for h in heads for c in h.children) \
        or _owned_by_the_pair(heads) is not None
    if len(partners) >= 2 and not named and between:
        return Parties(partners[0], partners[1], explicit=True)  # "trade between Argentina and Brazil"
    if len(partners) == 1 and between and any(t.lower_ == "world" for h in heads for c in h.children
                                              if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree):
        return Parties(partners[0], None, explicit=True)  # "trade between Kuwait and the rest of the world"
    if len(named) >= 2 and not partners:
        return Parties(named[0], named[1], explicit=True)
    if trig.measure == "import" and not partners and len(named) == 1 and ctx.subject not in (None, named[0]) \
            and demonym_of(trig.head, eco) == named[0] and not _reports_own_trade(ctx, named[0]):
        # "Chinese imports rose to $1.3 billion" in a Pakistani story: goods named after
        # where they come from, bought by the economy the story is about (in a story that
        # also tells Latvia's own trade, "Latvian imports" are Latvia's)
        return Parties(ctx.subject, named[0], explicit=True)
    partner = partners[0] if partners else None
    reporter = next((n for n in named if n != partner), None)
    explicit = reporter is not None
    if reporter is None:
        poss = _possessive(trig.head)
        if poss is not None and poss.text.lower() in POSSESSIVE_PRONOUNS:
            if poss.text.lower() == "their" and ctx.pair and (bilateral or partner is None) \
                    and any(m.code == ctx.pair[1] and m.end <= eco.start for m in ctx.economies):
                # "their" points back: at the pair only when both were named before
                return Parties(*ctx.pair, explicit=True)
            reporter = _resolve_pronoun(trig.head, eco, {partner} if partner else set())
            explicit = reporter is not None
        elif poss is not None and eco.of(poss):
            reporter, explicit = eco.of(poss), True
            if reporter == partner and poss.lower_ in SUBJECT_ANAPHORS and partner == ctx.subject:
                # "The country's trade deficit with the South Korean market" in a story about
                # Korea's partners: the country is the other one, the economy last named
                reporter = eco.other_than_subject()
                explicit = reporter is not None
    if reporter is None and bilateral and partner is None:
        # "Vietnam remained China's largest trade partner, with bilateral trade rising to X":
        # the pair the sentence names, else the story's
        said = sentence_pair(trig, eco)
        if said is not None:
            return Parties(*said, explicit=True)
    if reporter is None and bilateral and partner is None and ctx.pair and trig.measure in ("total", "balance"):
        # "The bilateral surplus widened to $4.2 billion": the story's pair, its subject's
        return Parties(*ctx.pair, explicit=True)
    if bilateral and partner is None and ctx.pair and reporter in ctx.pair:
        partner = ctx.pair[1] if reporter == ctx.pair[0] else ctx.pair[0]  # "Japan's bilateral surplus"
    return Parties(reporter, partner, explicit)


def _paired_owner(head: Token, eco: EconomyTokens) -> list[str]:
    """The first of two economies owning trade together ("Russia and China's trade turnover
    grew to X": their trade with each other), which the parse may hang apart from the
    second's possessive, making "China's trade" a conjunct of "Russia"."""
    first = head.head
    if head.dep_ != "conj" or first.i >= head.i or not any(c.dep_ == "poss" and eco.of(c) for c in head.children):
        return []
    code = eco.of(first)
    joined = [t for t in head.doc[first.i + 1:head.i] if t.dep_ == "cc"]
    return [code] if code and [t.lower_ for t in joined] == ["and"] else []


def city_anaphor(token, subject: str | None) -> bool:
    """'the city-state', or 'the city' when the story's economy is a city (Singapore, Hong
    Kong): the story's economy named by what it is."""
    words = [t.lower_ for t in token.subtree if not t.is_punct and t.dep_ != "case"]
    return words == ["the", "city", "state"] or (subject in CITY_ECONOMIES and words == ["the", "city"])
