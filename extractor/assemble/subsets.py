"""Which flows are a part of the goods, and what part: "oil exports", "exports of rice",
"the FDI sector's exports", "exports under the processing trade category", "daily
average exports", "a surplus in auto parts", "goods and services".

GUIDELINES.md: a figure for a product or sector is neither rewarded nor penalised, and
the checker leaves it out; the trigger that names such a part is a subset, and
``product_of`` says which part in the text's words.
"""
from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.data.currencies import SCALES, SINGLE_WORD_NAMES
from extractor.data.lexicon import (
    ACTIVITY_NOUNS, CHANNEL_WORDS, CROSS_BORDER_WORDS, EXPORT_NOUNS, FLOW_PARTICIPLES, FLOW_VALUE_HEADS,
    GENERIC_FLOW_MODIFIERS, IMPORT_NOUNS, MONTH_WORDS, PRODUCT_ADJECTIVES, RE_EXPORTS, RELATION_NOUNS, SECTOR_NOUNS,
    SUBJECT_ANAPHORS, TRADE_NOUNS, TRADE_RELATION_MODIFIERS,
)

if TYPE_CHECKING:
    from extractor.assemble.triggers import Trigger


ECONOMY_NOUNS = SUBJECT_ANAPHORS | {"economy", "economies", "countries", "nations"}


def re_prefixed(token: Token) -> bool:
    """"re-exports", "re - exports", "re- exports" (a line broken at the hyphen), and
    "reexports"."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and lower(doc[token.i - 2]) == "re" \
        or token.i >= 1 and lower(doc[token.i - 1]) == "re-" or lower(token).startswith(("re-", "reexport"))


def lower(token: Token) -> str:
    return token.text.lower()


def modifiers(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod")]


def _beside_on_value_head(token: Token) -> list[Token]:
    """"Coffee export revenue": the parse hangs the product word beside the flow word, on
    the value noun both modify; the words before the flow word there modify it too."""
    value_head = token.head
    if token.dep_ != "compound" or lower(value_head) not in FLOW_VALUE_HEADS:
        return []
    return [c for c in value_head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]


def is_economy(token: Token, economy_tokens: set[int]) -> bool:
    return token.i in economy_tokens


def _through_a_number(word: Token, top: Token) -> bool:
    """Whether ``word`` hangs on ``top`` through a number: a figure's, not a name's, word."""
    while word.i != top.i and word.head.i != word.i:
        word = word.head
        if word.like_num and word.i != top.i:
            return True
    return False


def with_services(token: Token) -> bool:
    """"the goods and services deficit", "exports of goods and services": goods and
    services together are not merchandise trade (GUIDELINES.md)."""
    parts = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    # (of an "of" object, what it and its conjuncts name, not a figure hung on it: the parse
    # of "merchandise exports of $36.9 billion and services exports of $32.1 billion" makes
    # the services a conjunct of the first figure)
    parts += [w for p in token.children if p.dep_ == "prep" and lower(p) in ("of", "in") for o in p.children
              for w in (o, *o.conjuncts) if not w.like_num]
    # "the surplus on trade in services", "a deficit on services" (statistics offices' wording)
    parts += [o for p in token.children if p.dep_ == "prep" and lower(p) == "on"
              for o in p.children if lower(o) in ("trade", "services", "service")]
    if any(lower(t) in ("services", "service") and not _through_a_number(t, part)
           for part in parts for t in part.subtree):
        return True
    doc = token.doc
    # "merchandise exports were X and services exports Y": with the verb left out the parse
    # may hang "services" on the figure before; a word right before the flow is its own
    if token.i > 0 and lower(doc[token.i - 1]) in ("services", "service") and token.pos_ in ("NOUN", "VERB", "PROPN"):
        return True
    # "India's overall exports (Merchandise and Services combined)": said in brackets after it.
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "(":
        inside = takewhile(lambda t: t.text != ")", doc[token.i + 2:token.i + 12])
        return any(lower(t) in ("services", "service") for t in inside)
    return False


def names_goods(token: Token) -> bool:
    """A flow that says itself it is of goods: "goods imports", "exports of goods", "exported
    X pounds of goods" (the goods hang on the verb's amount)."""
    def goods_of(word: Token) -> bool:
        return any(lower(o) in ("goods", "merchandise") for p in word.children
                   if p.dep_ == "prep" and lower(p) == "of" for o in p.children if o.dep_ == "pobj")

    if any(lower(c) in ("goods", "merchandise") for c in token.children if c.dep_ in ("compound", "amod", "nmod")):
        return True
    if goods_of(token):
        return True
    return token.pos_ == "VERB" and any(goods_of(o) for o in token.children if o.dep_ == "dobj")


def _product_words(head: Token) -> list[Token]:
    """The modifiers before a flow that name what part of the goods it is."""
    return [m for m in [*head.children, *_beside_on_value_head(head)]
            if m.dep_ in ("compound", "amod", "nmod") and m.i < head.i
            and not m.like_num and lower(m) not in EXPORT_NOUNS | IMPORT_NOUNS  # ("the export value of X")
            and lower(m) not in _MONEY_WORDS  # ("a $0.95 bln surplus": the amount's scale)
            and (lower(m) not in GENERIC_FLOW_MODIFIERS and lower(m) not in MONTH_WORDS
                 or narrowed_goods(m, set()))]  # "capital goods imports"


# What export earnings come from when they are all of them: "earnings from sales to China".
_SALES_NOUNS = {"sales", "shipments", "deliveries", "trade"}


def _currency_before_amount(token: Token) -> bool:
    """"exports of Nu 10.55bn": the parse may make the currency the object of "of"; it is
    the figure's, no product."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isdigit() and not token.like_num


def product_of(trig: Trigger) -> str:
    """What part of the goods a subset trigger names, in the text's words: "oil" for
    "oil exports", "rice" for "exports of rice", "goods and services", "re-exports"."""
    if any(re_prefixed(trig.head.doc[i]) for i in trig.tokens | {trig.head.i}):
        # ("the value of re-exports"; not the modifier "re-" a broken line leaves: "re- exports")
        return RE_EXPORTS
    if trig.product is not None:
        return trig.product
    head = trig.head
    if with_services(head):
        # "services exports": services alone; "exports of goods and services": both
        near = head.doc[max(0, head.i - 4):min(len(head.doc), head.i + 6)]
        return "goods and services" if any(lower(t) in ("goods", "merchandise") for t in near) else "services"
    ranked = ranked_product(head)
    if ranked is not None:
        return _phrase(ranked)
    if (goods := _whose_goods(head)) is not None:
        return _phrase(goods)
    for flow in (head, *head.conjuncts):  # "exports under the processing trade category"
        for obj in (o for p in flow.children if p.dep_ == "prep" and lower(p) == "under"
                    for o in p.children if lower(o) in _REGIME_NOUNS):
            kept = [t.i for t in obj.subtree if t.dep_ != "det"]
            return head.doc[min(kept):max(kept) + 1].text
    participle = _through_an_agent(head)
    if participle is not None:  # "insured by the department"
        return _phrase(participle)
    sector = _sector_owner(head)
    if sector is not None:  # "the FDI sector's exports": "FDI sector"
        # (less "Cambodia's", and a clause said of it: "mining, which constituted 3.2 percent")
        aside = {t.i for c in sector.children if c.dep_ in ("poss", "relcl", "punct", "appos") for t in c.subtree}
        kept = [t.i for t in sector.subtree if t.dep_ not in ("det", "case") and t.i not in aside]
        return head.doc[min(kept):max(kept) + 1].text
    value_head = head.head if head.dep_ == "compound" else head
    if lower(value_head) in FLOW_VALUE_HEADS:
        for obj in (o for p in value_head.children if p.dep_ == "prep" and lower(p) == "from"
                    for o in p.children if o.dep_ == "pobj"):
            return _phrase(obj)  # "export earnings from rubber"
    kind = _goods_of_a_kind_in(head, set())
    if kind is not None:
        return _phrase(kind)  # "trade turnover in food products"
    if lower(head) in GOODS_WORDS and narrowed_goods(head, set()):
        return _goods_phrase(head)  # "Imported capital goods were valued at X"
    if trig.measure == "balance" and (traded := _traded_goods_phrase(head)) is not None:
        return traded  # "a deficit in car parts trade": "car parts"
    if _per_day_said_apart(head):
        return "daily average"
    words = _product_words(head)
    if words:
        first = min(t.i for w in words for t in w.subtree)
        last = head.i
        while last > first + 1 and lower(head.doc[last - 1]) in EXPORT_NOUNS | IMPORT_NOUNS:
            last -= 1  # "Coffee export revenue": "Coffee", not "Coffee export"
        return head.doc[first:last].text
    for prep in (c for c in head.children if c.dep_ == "prep" and lower(c) in ("of", "in")):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and not _currency_before_amount(c)):
            flow_words = _product_words(obj) if lower(obj) in EXPORT_NOUNS | IMPORT_NOUNS else []
            if flow_words:  # "the value of Egypt's non-oil exports": "non-oil"
                first = min(t.i for w in flow_words for t in w.subtree)
                return head.doc[first:obj.i].text
            return _goods_phrase(obj) if narrowed_goods(obj, set()) else _phrase(obj)
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    return objects[0].text if objects else "part of the goods"


# Verbs by which a part takes its share of a whole ("Tea accounted for X of exports").
_PART_VERBS = {"account", "make", "represent", "constitute", "form"}


def part_named_as_subject(root: Token, economy_tokens: set[int]) -> str | None:
    """"Tea accounted for $1.2 billion of Kenya's exports", "Oil made up X of exports": the
    figure is the subject's part of the flow, a product (an economy as the subject is a
    partner instead: "China accounted for X of Kenya's imports"; so is a flow: "Exports to
    China accounted for X of the total")."""
    if root.dep_ == "pobj" and lower(root.head) == "for":
        verb = root.head.head
    elif root.dep_ in ("dobj", "attr"):
        verb = root.head
    else:
        return None
    # (the whole said after the figure, or before it in "of which": "exports totalled X, of
    # which copper accounted for Y")
    # ("Oil contributed $5 billion to exports": the whole said after "to")
    contributed_to = verb.lemma_.lower() == "contribute" and any(
        c.dep_ == "prep" and lower(c) == "to" and any(lower(o) in EXPORT_NOUNS | IMPORT_NOUNS for o in c.children)
        for c in verb.children)
    if not contributed_to and not any(c.dep_ == "prep" and lower(c) == "of" for c in root.children) \
            and not any(c.dep_ == "prep" and lower(c) == "of" and any(lower(o) == "which" for o in c.children)
                        for c in verb.children):
        return None
    if not contributed_to and (verb.lemma_.lower() not in _PART_VERBS or verb.lemma_.lower() == "make"
                               and not any(c.dep_ == "prt" and lower(c) == "up" for c in verb.children)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(t.i in economy_tokens for t in subject.subtree) \
            or lower(subject) in EXPORT_NOUNS | IMPORT_NOUNS | CROSS_BORDER_WORDS:
        return None
    return _phrase(subject)


# ("exported $15.1 billion worth of items to Germany": items are goods of any kind)
GOODS_WORDS = ("goods", "merchandise", "products", "commodities", "items")


def _phrase(token: Token) -> str:
    """The words of a token's phrase as written, less its article ("labour-intensive goods")
    and a clause or apposition said of it ("tea, whose exports ...")."""
    aside = {t.i for c in token.children if c.dep_ in ("relcl", "appos", "acl") and c.i > token.i for t in c.subtree}
    kept = [t.i for t in token.subtree if t.dep_ != "det" and t.i not in aside]
    while len(kept) > 1 and token.doc[kept[-1]].is_punct:
        kept.pop()
    return token.doc[min(kept):max(kept) + 1].text


def _goods_phrase(goods: Token) -> str:
    """Goods of a kind as written, less their article and the flow's participle: "food
    products" of "the value of imported food products"."""
    kept = [t.i for t in goods.subtree if t.i <= goods.i and t.dep_ != "det" and lower(t) not in FLOW_PARTICIPLES]
    return goods.doc[min(kept):goods.i + 1].text


def narrowed_goods(goods: Token, economy_tokens: set[int]) -> bool:
    """Goods narrowed by a product word: "consumer goods", "capital goods", "petroleum products"."""
    if lower(goods) not in GOODS_WORDS:
        return False
    if _WITH_ITS_COMPLEMENT.search(goods.doc[max(0, goods.i - 8):goods.i].text):
        return False  # "oil and non-oil commodities": all the goods
    for mod in modifiers(goods):
        word = lower(mod)
        if word == "such":
            return True  # "exports of such goods": the goods of a kind just named
        if mod.like_num or word in GENERIC_FLOW_MODIFIERS or word in MONTH_WORDS or is_economy(mod, economy_tokens):
            continue
        # (a lower-case word tagged a proper noun is a common one mis-tagged: "jute goods")
        if word in PRODUCT_ADJECTIVES or hyphenated(mod) in PRODUCT_ADJECTIVES \
                or (mod.dep_ == "compound" and (mod.pos_ == "NOUN" or mod.pos_ == "PROPN" and mod.text.islower())
                    and word.isalpha()):
            return True  # ("labour-intensive goods": the parser splits the hyphenated word)
        if _listed_nouns(mod):
            return True  # "fuel and energy commodities", as "gold and silver imports" before a flow
    return False


def _listed_nouns(mod: Token) -> bool:
    """Nouns listed before a head, which the parser hangs on it as one modifier: "gold and
    silver imports", "fuel and energy commodities" (but "oil and non-oil goods" are all)."""
    return mod.dep_ == "nmod" and mod.pos_ == "NOUN" and lower(mod).isalpha() \
        and any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in mod.children)


def _sector_owner(token: Token) -> Token | None:
    """The part of the economy a flow is of: "the FDI sector's exports", "foreign-invested
    firms posted a trade surplus of X" (the sector owning it, or the subject of its verb)."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    if token.dep_ == "compound":  # "the domestic sector's export revenues": the owner of the value
        owners += [c for c in token.head.children if c.dep_ == "poss"]
    if token.dep_ == "conj":  # "the FDI sector's exports and imports": the owner of both
        owners += [c for c in token.head.children if c.dep_ == "poss"]
    if token.dep_ in ("dobj", "obj"):
        owners += [c for c in token.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "pobj" and lower(token.head) == "for" and token.head.head.lemma_.lower() == "account":
        # "the electronics industry accounted for exports of X": the subject of "accounted"
        owners += [c for c in token.head.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "pobj" and lower(token.head) == "on" and token.head.head.lemma_.lower() in ("spend", "pay"):
        # "the domestic sector spent US$45.2 billion on imports": who spent it
        owners += [c for c in token.head.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "compound" and token.head.dep_ in ("dobj", "obj"):
        # "Foreign-invested companies recorded a trade value of X": the flow names the value
        owners += [c for c in token.head.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "nsubj" and token.head.dep_ in ("ccomp", "xcomp"):
        # "The Swiss watch industry saw exports rise 4 percent": the subject of the verb
        # whose clause the flow opens
        owners += [c for c in token.head.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "pobj":
        # "Vietnam's FDI sector earned X from exports", "the free zones saw an increase in
        # foreign trade": the subject of the verb the flow's phrase hangs on, two steps up
        verb = token.head.head if token.head.head.pos_ in ("VERB", "AUX") else token.head.head.head
        if verb.pos_ in ("VERB", "AUX") and token.head.dep_ == "prep" \
                and (verb == token.head.head or token.head.head.dep_ in ("dobj", "obj")):
            owners += [c for c in verb.children if c.dep_ == "nsubj"]
    # "exports from the fishing sector", "imports by state-owned firms": a sector said after
    owners += [o for p in token.children if p.dep_ == "prep" and lower(p) in ("from", "by", "of")
               for o in p.children if o.dep_ == "pobj" and any(c.dep_ in ("compound", "amod") for c in o.children)]
    # "the trade surplus for the industry", "exports for the sector": the sector it is for
    owners += [o for p in token.children if p.dep_ == "prep" and lower(p) == "for"
               for o in p.children if o.dep_ == "pobj" and lower(o) in SECTOR_NOUNS]
    # "Exports in industry", "exports in mining": a branch of activity the flow is in
    owners += [o for p in token.children if p.dep_ == "prep" and lower(p) == "in"
               for o in p.children if o.dep_ == "pobj" and lower(o) in ACTIVITY_NOUNS]
    return next((o for o in owners if lower(o) in SECTOR_NOUNS | ACTIVITY_NOUNS), None)


_PER_DAY_WORDS = {"daily", "per-day", "weekly", "average"}
_PER_UNITS = {"day", "week"}


def _per_day_said_apart(token: Token) -> bool:
    """An average per day said around the flow word rather than before it: "Per-day
    exports", "exports per working day", "the average daily export value", "the daily
    average of exports" (Korean customs copy)."""
    value_head = token.head if token.dep_ == "compound" and lower(token.head) in FLOW_VALUE_HEADS else token
    if any(lower(c) == "per" and any(o.dep_ == "pobj" and o.lemma_.lower() in _PER_UNITS for o in c.children)
           for t in (token, value_head) for c in t.children):
        return True
    if any(lower(m) in _PER_DAY_WORDS for m in _beside_on_value_head(token)):
        return True
    return token.dep_ == "pobj" and lower(token.head) == "of" and token.head.head.lemma_.lower() == "average"


_REGIME_NOUNS = {"category", "regime", "scheme", "arrangement", "mode", "regimes"}


def _under_a_regime(token: Token) -> bool:
    """"exports and imports under the processing trade category", "shipments under the
    maquila regime": the trade of one customs regime, a part of the goods."""
    flows = [token, *token.conjuncts]
    return any(p.dep_ == "prep" and lower(p) == "under" and any(lower(o) in _REGIME_NOUNS for o in p.children)
               for f in flows for p in f.children)


# Verbs of a business that takes on only some of the goods: "exports insured by the
# department", "exports financed by the bank", "exports handled by the port of Mombasa".
# (Not verbs of counting: "exports reported by customs" are all of them.)
_NARROWING_PARTICIPLES = {"insure", "finance", "guarantee", "cover", "handle", "fund", "underwrite", "subsidise",
                          "subsidize"}


def _through_an_agent(token: Token) -> Token | None:
    """The participle that narrows a flow to what one body did with it ("exports insured by
    the department fell to X"): those goods, a part of the flow."""
    return next((c for f in (token, *token.conjuncts) for c in f.children
                 if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _NARROWING_PARTICIPLES
                 and any(g.dep_ == "agent" for g in c.children)), None)


def of_a_sector(token: Token) -> bool:
    return _sector_owner(token) is not None


def _non_prefixed(token: Token, economy_tokens: set[int]) -> bool:
    """A flow with a "non-" word before it is what is left of the goods once a product is
    taken out: "non-oil exports", "non-traditional exports", "non-energy trade figures"
    (the prefix may hang on the noun the flow qualifies). Not a series described
    ("non-seasonally adjusted exports") nor trade with the rest of the world ("non-EU
    exports": a partner, not a product)."""
    doc = token.doc
    holders = [token] + ([token.head] if token.dep_ == "compound" else [])
    for holder in holders:
        for mod in holder.children:
            if mod.i >= holder.i or lower(mod) not in ("non", "non-"):
                continue
            after = doc[mod.i + 2] if mod.i + 2 < len(doc) and doc[mod.i + 1].text == "-" else doc[mod.i + 1]
            place = is_economy(after, economy_tokens) or after.text.isupper() or after.pos_ == "PROPN"
            if after.i < holder.i and "season" not in lower(after) and not place:
                return True
    return False


def hyphenated(token: Token) -> str:
    """The word a token makes with the hyphenated parts hanging on it, lower-cased: the
    parser splits "Two-way" into "Two", "-", "way"."""
    parts = [t for t in token.subtree if t.i < token.i and token.i - t.i <= 2]
    if parts and any(t.text == "-" for t in parts) and all(not t.whitespace_ for t in parts):
        return "".join(t.text for t in parts).lower() + lower(token)
    return lower(token)


_RANK_WORDS = {"top", "main", "largest", "biggest", "leading", "major", "principal", "chief", "key"}
# ... and those that rank only after "most": "Gold was Ghana's most valuable export"
_RANK_WORDS_AFTER_MOST = {"valuable", "important", "lucrative"}
# What a flow's ranked part is called: "the top export item", "the main item of exports".
_PART_NOUNS = {"item", "items", "category", "categories", "component", "components", "product", "products",
               "commodity", "commodities", "group", "line", "earner", "earners"}
# Verbs that rank a thing as that part: "remained the top export", "constituted the top
# item of exports", "made up the largest category of imports".
_COPULAS = {"be", "remain", "stay", "become"}
_RANKING_VERBS = _COPULAS | {"constitute", "form", "make"}


def ranked_product(token: Token, economy_tokens: set[int] = frozenset()) -> Token | None:
    """The product a verb ranks as a flow or a part of it: "Garments remained the
    country's top export", "Food was the top export item", "Foods constituted the top item
    of exports" (the subject, when it is a thing, not an economy or the flow itself); and
    the flow's value said "with" the ranked one ("Electronic products were the biggest
    import with an import bill of X")."""
    value_head = token.head if token.dep_ == "compound" and lower(token.head) in FLOW_VALUE_HEADS else token
    if value_head.dep_ == "pobj" and lower(value_head.head) == "with" and value_head.head.head.pos_ == "NOUN" \
            and lower(value_head.head.head) in EXPORT_NOUNS | IMPORT_NOUNS:
        return ranked_product(value_head.head.head, economy_tokens)
    ranked = token
    if token.dep_ == "compound" and lower(token.head) in _PART_NOUNS:
        ranked = token.head
    elif token.dep_ == "pobj" and lower(token.head) == "of" and lower(token.head.head) in _PART_NOUNS:
        ranked = token.head.head
    verb = ranked.head.lemma_.lower()
    if not (ranked.dep_ == "attr" and verb in _COPULAS or ranked.dep_ == "dobj" and verb in _RANKING_VERBS) \
            or not any(c.dep_ == "amod" and (lower(c) in _RANK_WORDS or lower(c) in _RANK_WORDS_AFTER_MOST
                                             and any(lower(a) == "most" for a in c.children))
                       for c in ranked.children):
        return None
    for subject in (c for c in ranked.head.children if c.dep_ == "nsubj"):
        word = lower(subject)
        if subject.pos_ == "NOUN" and not is_economy(subject, economy_tokens) \
                and (word not in GOODS_WORDS or narrowed_goods(subject, economy_tokens)) \
                and word not in EXPORT_NOUNS | IMPORT_NOUNS and word not in _NOT_PRODUCTS:
            return subject  # (goods of a kind too: "Electronic products remained the top export")
    return None


# A kind of goods named with what is left of them: together they are all the goods.
_KIND_AND_ITS_COMPLEMENT = re.compile(r"\b([a-z]+)\s+(?:and|&)\s+non\s*-?\s*\1\b", re.IGNORECASE)
# ... said last, right before the word they modify
_WITH_ITS_COMPLEMENT = re.compile(_KIND_AND_ITS_COMPLEMENT.pattern + r"\s*$", re.IGNORECASE)


# Where earnings come from that are no goods: "export earnings from the two nations".
_MARKET_NOUNS = {"market", "markets", "nation", "nations", "country", "countries", "destination", "destinations",
                 "partner", "partners", "economies", "buyers"}


def _whose_goods(token: Token, economy_tokens: set[int] = frozenset()) -> Token | None:
    """"tea, Kenya's top foreign exchange earner, whose exports stood at X": the goods a
    flow possessed by "whose" is of (the noun before the apposition the clause is said of,
    where the parse hangs the clause on the apposition); None for an economy or a market."""
    if not any(c.dep_ == "poss" and lower(c) == "whose" for c in token.children) or token.head.dep_ != "relcl":
        return None
    said_of = token.head.head
    doc, edge = said_of.doc, said_of.left_edge.i
    while edge < said_of.i and doc[edge].is_punct:
        edge += 1  # (the parse may hang the apposition's comma on it)
    if edge >= 2 and doc[edge - 1].text == "," and doc[edge - 2].pos_ == "NOUN":
        said_of = doc[edge - 2]  # the noun the apposition stands beside
    if said_of.pos_ != "NOUN" or is_economy(said_of, economy_tokens) or lower(said_of) in _MARKET_NOUNS \
            or lower(said_of) in EXPORT_NOUNS | IMPORT_NOUNS | ECONOMY_NOUNS:
        return None
    return said_of


def names_subset(token: Token, economy_tokens: set[int]) -> bool:
    """A modifier or "of" object that narrows the goods: "oil exports", "exports of rice".

    Nouns before the flow name a product ("oil exports", "capital goods trade"); of
    adjectives only product ones do ("agricultural exports"), since most others
    describe the series ("smoothed but non-seasonally adjusted exports").
    """
    if with_services(token):
        return True
    if _WITH_ITS_COMPLEMENT.search(token.doc[max(0, token.i - 8):token.i].text):
        return False  # "traditional and non-traditional exports", "oil and non-oil exports": all the goods
    if _non_prefixed(token, economy_tokens):
        return True
    if of_a_sector(token):
        return True
    if any(lower(m) in _PER_DAY_WORDS for m in modifiers(token)) or _per_day_said_apart(token):
        return True  # "daily average exports rose to $310 million": no total of the period
    if _under_a_regime(token):
        return True  # "exports under the processing trade category"
    if _through_an_agent(token) is not None:
        return True  # "exports insured by the department"
    if ranked_product(token, economy_tokens) is not None:
        return True  # "Garments remained the country's top export, accounting for X"
    if _whose_goods(token, economy_tokens) is not None:
        return True  # "tea, ..., whose exports stood at X"
    for mod in modifiers(token) + _beside_on_value_head(token):
        word = lower(mod)
        if narrowed_goods(mod, economy_tokens):
            return True  # "capital goods imports": goods of a kind before the flow, as after it
        if mod.like_num or word in GENERIC_FLOW_MODIFIERS or hyphenated(mod) in GENERIC_FLOW_MODIFIERS or word in MONTH_WORDS or is_economy(mod, economy_tokens):
            continue
        if word in EXPORT_NOUNS or word in IMPORT_NOUNS:
            continue  # "import-export turnover", "export-import trade": both flows, no product
        # "Tea exports declined": a noun opening the sentence may be tagged a proper noun
        if mod.dep_ == "compound" and (mod.pos_ == "NOUN" or mod.pos_ == "PROPN" and mod.is_sent_start) \
                and word.isalpha():
            return True
        if _listed_nouns(mod):
            return True  # "gold and silver imports"
        if word in PRODUCT_ADJECTIVES or word in CHANNEL_WORDS:
            return True  # "agricultural exports", "cross-border trade"
    value_head = token.head if token.dep_ == "compound" else token
    if lower(value_head) in FLOW_VALUE_HEADS:
        # "export earnings from rubber": what the earnings come from is a product
        # ("export earnings from jute goods": goods of a kind are a product too)
        for prep in (c for c in value_head.children if c.dep_ == "prep" and lower(c) == "from"):
            if any(o.dep_ == "pobj" and o.pos_ == "NOUN" and lower(o) not in GOODS_WORDS
                   and lower(o) not in CROSS_BORDER_WORDS and lower(o) not in _MARKET_NOUNS
                   and lower(o) not in _SALES_NOUNS  # ("export earnings from sales to China": all of them)
                   and not is_economy(o, economy_tokens)
                   or o.dep_ == "pobj" and narrowed_goods(o, economy_tokens)
                   for o in prep.children):
                return True
    if in_goods_of_a_kind(token, economy_tokens):
        return True
    # ("the export value of cocoa products": the goods named on the value the flow word modifies)
    holders = (token, value_head) if value_head.i != token.i and lower(value_head) in FLOW_VALUE_HEADS else (token,)
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and lower(c) == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            word = lower(obj)
            if _KIND_AND_ITS_COMPLEMENT.match(obj.doc[obj.i:obj.right_edge.i + 1].text):
                continue  # "exports of oil and non-oil products": all the goods
            if narrowed_goods(obj, economy_tokens):
                return True  # "imports of consumer goods", "exports of manufactured products"
            # "exports of Europe's largest economy": the reporter, not a product
            # (nor a piece of the amount the parse broke off: "of R748,97-billion" gives "-")
            if obj.like_num or any(ch.isdigit() for ch in obj.text) or not any(ch.isalpha() for ch in obj.text) \
                    or not (obj.pos_ == "NOUN" or _capitalised_goods(obj)) \
                    or word in GOODS_WORDS \
                    or word in ECONOMY_NOUNS or _currency_before_amount(obj) \
                    or is_economy(obj, economy_tokens) or any(c.like_num for c in obj.children):
                continue
            return True
    return False


def _capitalised_goods(obj: Token) -> bool:
    """Goods named in title case, as export boards' releases write them ("Exports of Apparel
    & Textiles", "exports of Tea"), which the tagger takes for a proper noun; not a place
    or a people ("exports of Greater China")."""
    return obj.pos_ == "PROPN" and obj.text.istitle() and obj.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "PERSON")


def in_goods_of_a_kind(token: Token, economy_tokens: set[int]) -> bool:
    """"trade in food products", "turnover in consumer goods": goods of a kind the flow is
    in (but "trade in goods" is all of it)."""
    return _goods_of_a_kind_in(token, economy_tokens) is not None


def _goods_of_a_kind_in(token: Token, economy_tokens: set[int]) -> Token | None:
    return next((c for prep in token.children if prep.dep_ == "prep" and lower(prep) == "in"
                 for c in prep.children if c.dep_ == "pobj" and narrowed_goods(c, economy_tokens)), None)


_NOT_PRODUCTS = {"trade", "goods", "merchandise", "account", "accounts", "year", "month", "quarter", "half",
                 "period", "months", "years", "terms", "favour", "favor", "total", "all", "commerce", "dealings",
                 "days", "day", "weeks", "week", "quarters", "interval", "fiscal", "calendar", "session",
                 "semester", "semesters", "tertile", "tertiles",  # a half or a third of the year
                 # "the trade surplus in the world's fourth largest economy": where, not what
                 "economy", "economies", "country", "countries", "nation", "kingdom", "region", "island",
                 # "a $0.95 bln surplus in a Reuters poll": whose forecast, not what
                 "poll", "polls", "survey", "surveys", "forecast", "forecasts", "estimate", "estimates", "consensus",
                 # "a surplus of US$730 million in the Chinese data": whose count, not what
                 "data", "figures", "statistics", "numbers", "report", "reports", "records", "release", "tally"}


def trade_relation(noun: Token) -> bool:
    """"commercial exchange", "trade relationship": trade itself, said as a relation."""
    return lower(noun) in RELATION_NOUNS and any(
        c.dep_ in ("amod", "compound") and lower(c) in TRADE_RELATION_MODIFIERS for c in noun.children)


def _in_phrases(balance: Token) -> list[Token]:
    """The "in" phrases said of a balance: "a surplus in auto parts", and "a deficit of CZK
    9.3 billion in oil and natural gas trade" (the parse may hang them on its amount)."""
    amounts = [o for p in balance.children if p.dep_ == "prep" and lower(p) == "of" for o in p.children
               if o.dep_ == "pobj" and o.like_num]
    return [c for h in (balance, *amounts) for c in h.children if c.dep_ == "prep" and lower(c) == "in"]


def balance_of_products(token: Token) -> bool:
    """"a surplus ... in auto parts", "a deficit in manufactured goods": a product balance."""
    if with_services(token):
        return True
    if any(m.dep_ in ("compound", "amod") and m.i < token.i and lower(m) in PRODUCT_ADJECTIVES
           for m in token.children):
        return True  # "the mainland trade deficit" (the parse hangs the word on the balance)
    for prep in _in_phrases(token):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            # (nor a relation said bare: "a surplus of $1.03 billion in its relationship to Japan")
            if lower(obj) not in _NOT_PRODUCTS and not trade_relation(obj) and lower(obj) not in RELATION_NOUNS:
                return True
            if any(lower(m) in PRODUCT_ADJECTIVES for m in modifiers(obj)) or _products_traded(obj):
                return True  # ("a deficit in car parts trade")
    # "the car parts trade deficit": the goods named on the trade the balance is of
    return any(m.dep_ == "compound" and lower(m) in ("trade", "trading") and _products_traded(m)
               for m in token.children) or _trade_of_products_ran(token) is not None


def _trade_of_products_ran(balance: Token) -> Token | None:
    """"Oil and gas trade ran a deficit of X", "non-oil trade, which posted a surplus of Y":
    the trade in a part of the goods (or its balance: "The oil trade balance posted a
    surplus of X"), as the subject of the verb whose object the balance is (the relative
    pronoun's antecedent, for a relative clause)."""
    verb = balance.head if balance.dep_ in ("dobj", "attr") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if lower(subject) in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if lower(subject) in ("trade", "trading") and (
                _products_traded(subject) or any(lower(m) in PRODUCT_ADJECTIVES for m in modifiers(subject))):
            return subject
        if lower(subject) == "balance" and (balance_of_products(subject) or _non_prefixed(subject, set())):
            return subject  # "The oil trade balance posted a surplus of X", "the non-oil trade balance showed"
    return None


# Words of an amount, which may stand before "trade" in "a 16 billion dlr trade surplus".
_MONEY_WORDS = SINGLE_WORD_NAMES | frozenset(SCALES)


def _products_traded(trade: Token) -> bool:
    """"car parts trade", "textile trade": lower-case nouns compounded on a trade noun name
    the goods it is in (not "goods trade" or "merchandise trade": all of them)."""
    return bool(_goods_of_trade(trade))


def _goods_of_trade(trade: Token) -> list[Token]:
    """The goods words compounded on a trade noun: "car parts" of "car parts trade" (not the
    words of an amount: "a 16 billion dlr trade surplus")."""
    if lower(trade) not in ("trade", "trading"):
        return []
    # ("oil and natural gas trade": nouns listed before it, which the parse hangs on it as one)
    return [m for m in trade.children
            if (m.dep_ == "compound" or _listed_nouns(m)) and m.pos_ == "NOUN" and m.text.islower() and m.is_alpha
            and lower(m) not in GENERIC_FLOW_MODIFIERS and lower(m) not in GOODS_WORDS and lower(m) not in MONTH_WORDS
            and lower(m) not in _MONEY_WORDS and lower(m) not in TRADE_NOUNS
            and not any(t.like_num or lower(t) in _MONEY_WORDS for t in m.subtree)]


def _traded_goods_phrase(balance: Token) -> str | None:
    """"car parts" of "a deficit in car parts trade" or "the car parts trade deficit"."""
    trades = [o for p in _in_phrases(balance) for o in p.children
              if o.dep_ == "pobj"] + [m for m in balance.children if m.dep_ == "compound"]
    for trade in trades:
        goods = _goods_of_trade(trade)
        if goods:
            first = min(t.i for g in goods for t in g.subtree)
            return trade.doc[first:trade.i].text
    # ("Oil and gas trade ran a deficit of X": the trade the verb's subject is)
    if (ran := _trade_of_products_ran(balance)) is not None:
        words = [t for t in ran.subtree if t.i < ran.i and t.dep_ not in ("det", "poss", "case", "punct")
                 and not (t.ent_type_ or t.text[:1].isupper() and t.i > ran.left_edge.i)]
        if words:
            return ran.doc[words[0].i:ran.i].text
    return None


# Verbs of a balance that follows from the flows just given: "giving a trade surplus of X".
_FOLLOWING_BALANCE_VERBS = {"give", "leave", "result", "bring", "put", "yield", "produce", "create"}


def carry_products(triggers: list) -> None:
    """A part of the goods named once for several triggers of a sentence: "Non-oil exports
    to the UAE rose, while exports to India fell" (the same part, to another partner); "The
    FDI sector's exports and imports were X and Y, giving a trade surplus of Z" (a balance
    that follows from flows of one part is of that part). In place."""
    flows = [t for t in triggers if t.measure in ("export", "import")]
    for first, second in zip(flows, flows[1:]):
        # "The non-oil export was X, and that of import was Y": "that of" stands for the
        # noun said before, the part of the goods with it
        if first.subset and not second.subset and second.head.dep_ == "pobj" and second.head.head.lower_ == "of" \
                and second.head.head.head.lower_ in ("that", "those"):
            second.subset, second.product = True, product_of(first)
        # "put Egypt's services exports at X and imports at Y", "Services exports were X,
        # while imports were Y": a flow joined on with no word of its own is of services
        # too (services name a kind of trade, not a product: "Oil exports rose to X and
        # imports to Y" may well be all imports)
        if first.subset and not second.subset and "services" in (product_of(first) or "") \
                and (second.head.dep_ == "conj" and second.head.head.i in (first.head.i, first.head.head.i)
                     or _subject_of_joined_clause(second.head, first.head)) \
                and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in second.head.children):
            second.subset, second.product = True, product_of(first)
        # "Non-oil exports to the UAE rose 5 per cent, while exports to India fell 10 per
        # cent": the same part of the goods, to another partner
        if first.measure == second.measure and first.subset and not second.subset \
                and _to_a_partner(first) and _to_a_partner(second) \
                and not any(c.lower_ in ("total", "overall", "all") for c in second.head.children):
            second.subset, second.product = True, product_of(first)
    _carry_from_trade_of_a_part(triggers)
    _carry_into_with_clause(triggers)
    if not flows or not all(t.subset for t in flows):
        return
    products = {product_of(t) for t in flows}
    if len(products) != 1:
        return
    for trig in triggers:
        verb = trig.head.head
        if trig.measure == "balance" and not trig.subset and verb.lemma_.lower() in _FOLLOWING_BALANCE_VERBS \
                and verb.dep_ in ("advcl", "acl", "xcomp", "conj"):
            trig.subset, trig.product = True, products.pop()


def _subject_of_joined_clause(second: Token, first: Token) -> bool:
    """"Services exports were X, while imports were Y", "... and imports were Y": the
    second flow is the subject of a clause joined to the one the first is the subject of."""
    if second.dep_ not in ("nsubj", "nsubjpass") or first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = second.head
    return verb.dep_ in ("conj", "advcl") and verb.head.i == first.head.i


def _carry_from_trade_of_a_part(triggers: list) -> None:
    """"Malaysia's non-oil trade recorded a surplus of X with exports reaching Y and imports
    Z", "industrial trade showed a surplus of X": what the trade of a part of the goods
    records, and the flows said with it in its clause, are of that part. In place."""
    for trade in triggers:
        if not (trade.subset and trade.measure == "total" and trade.head.dep_ in ("nsubj", "nsubjpass")):
            continue
        verb = trade.head.head
        # (the balance recorded may be a part's already: balance_of_products reads its verb's subject)
        recorded = [t for t in triggers if t is not trade and t.head.head == verb and t.head.dep_ in ("dobj", "attr")]
        if not recorded:
            continue
        for trig in triggers:
            if trig.subset or trig.head.i < recorded[0].head.i or not _in_clause_of(trig.head, verb) \
                    or any(c.lower_ in ("total", "overall", "all") for c in trig.head.children):
                continue
            trig.subset, trig.product = True, product_of(trade)


def _carry_into_with_clause(triggers: list) -> None:
    """"Non-oil trade with Turkiye jumped to X, with exports to Turkiye rising to Y and
    imports standing at Z": the flows a "with" clause on the part's own verb breaks its
    figure into are of that part. In place."""
    for trade in triggers:
        if not (trade.subset and trade.measure == "total" and trade.head.dep_ in ("nsubj", "nsubjpass")):
            continue
        verb = trade.head.head
        clauses = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > trade.head.i]
        for trig in triggers:
            if trig.subset or trig.product or trig.measure not in ("export", "import") \
                    or not any(trig.head in clause.subtree for clause in clauses) \
                    or any(c.lower_ in ("total", "overall", "all") for c in trig.head.children):
                continue
            # (the product only, not the subset flag: the flows still take their own figures
            # as counted ones do, "imports standing at Z" after "exports rising to Y")
            trig.product = product_of(trade)


def _in_clause_of(token: Token, verb: Token) -> bool:
    return any(a == verb for a in token.ancestors) and not any(
        a.dep_ in ("advcl", "ccomp") and a.pos_ == "VERB" and a != verb for a in token.ancestors if a.i > verb.i)


def _to_a_partner(trig) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("to", "from") and any(o.dep_ == "pobj" for o in c.children)
               for c in trig.head.children)
