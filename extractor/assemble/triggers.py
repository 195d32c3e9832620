"""Measure triggers: the words of a parsed sentence that name a trade figure.

A trigger is the head noun of a phrase such as "Kenya's imports from Japan", "the
German trade surplus" or "total bilateral trade volume". Each trigger knows its
measure, whether it names all goods or a subset ("oil exports": subsets.py says which
flows are parts and what part), and, for a balance, what the surplus or deficit is of
(trade, the current account, the budget...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from extractor.assemble.subsets import (
    GOODS_WORDS as _GOODS_WORDS, balance_of_products as _balance_of_products, lower as _lower,
    in_goods_of_a_kind as _in_goods_of_a_kind, modifiers as _modifiers, names_subset as _names_subset,
    narrowed_goods as _narrowed_goods, of_a_sector as _of_a_sector, re_prefixed as _re_prefixed,
)
from extractor.data.currencies import SCALES, SINGLE_WORD_NAMES
from extractor.data.lexicon import (
    BALANCE_KINDS, BALANCE_NOUNS, BUSINESS_NOUNS, CHANGE_NOUNS, CHANGE_SIZE_THEN_FROM, CROSS_BORDER_FLOWS,
    CROSS_BORDER_VERBS, CROSS_BORDER_WORDS, MARKETS_ABROAD, SUPPLY_VERBS,
    EXCEEDED_OBJECT, EXCEEDED_VERBS, EXCLUDING_WORDS, EXPORT_NOUNS, FALL_WORDS, FLOW_OF_VALUE_NOUNS, FLOW_PARTICIPLES,
    FLOW_ECONOMY_PHRASE, GAPPING_CONJUNCTIONS,
    FLOW_VALUE_HEADS, FLOW_VERBS, GENERIC_FLOW_MODIFIERS, IMPORT_NOUNS, INBOUND_WORDS, LEVEL_NOUNS_AS_VERBS,
    LEVEL_VERBS, LIST_ROLE_MEASURES, MORE_THAN_IT_TRADED, NEGATIVE_BALANCE, OUTBOUND_WORDS, PART_WAYS,
    PARTICIPLES_AFTER_GOODS, PRESENT_VERBS_READ_AS_NOUNS, QUANTITY_UNITS, RISE_WORDS, SUBJECT_ANAPHORS, SUPPLY_NOUNS,
    TRADE_BODIES, TRADE_NOUNS,
    TRADE_VALUE_HEADS, VALUE_NOUNS,
    WHOLE_TRADE_WORDS,
)

_EXCESS = re.compile(r"\bexcess\s+of\s+(exports|imports)\s+over\s+(imports|exports)", re.IGNORECASE)
# "the difference between imports and exports widened to X": the balance, signed by
# which comes first unless a surplus or deficit word says otherwise.
# "exports exceeded imports by X", "Brazil's exports surpassed imports in USD 5.9
# billion": the balance, its sign fixed by which flow is the larger.
# ("imports exceeded its exports by X": the economy's own)
# ("the value of exports exceeded that of imports by X")
# (only with the margin said after: "Imports outpaced exports, rising 12.9% to X" is the
# imports' figure, no balance)
# ("with export exceeding import by X": the singular, as some outlets write it)
_EXCEEDED = re.compile(rf"\b(exports?|imports?)\s+{FLOW_ECONOMY_PHRASE}{EXCEEDED_VERBS}\s+{EXCEEDED_OBJECT}"
                       rf"(imports?|exports?)\b(?=\s+{FLOW_ECONOMY_PHRASE}(?:by|in)\b)",
                       re.IGNORECASE)
# ("the gap between export earnings and import payments")
_FLOW_OR_ITS_VALUE = r"((?:exports|imports)|(?:export|import)\s+(?:earnings|receipts|payments|bills?|revenues?|values?))"
# ("the total imbalance between imports and exports": the balance's own nouns too)
# ("the difference between what was spent on imports and the sum earned on exports":
# each flow in a phrase of its money, as Caribbean statistics releases retold word it)
_FLOW_MONEY_BEFORE = r"(?:(?:what|the\s+(?:sum|amount|money|value)s?)\s+(?:\w+\s+){0,3}?(?:on|from|for|of|in)\s+)?"
_DIFFERENCE = re.compile(rf"\b(?:difference|gap|imbalance|balance|shortfall)\s+between\s+{_FLOW_MONEY_BEFORE}"
                         rf"{_FLOW_OR_ITS_VALUE}\s+and\s+{_FLOW_MONEY_BEFORE}{_FLOW_OR_ITS_VALUE}", re.IGNORECASE)
# "the UK imported £9.2bn worth of goods more than it sold abroad", "Brazil exported USD
# 30 billion more than what it imported": the balance, said with the flows' verbs.
_SOLD_MORE = re.compile(
    r"\b(exported|imported|sold\s+abroad|shipped\s+abroad|bought\s+abroad|buys|bought|sells|sold)\s+"
    r"(?:[^.;]|\.(?=\d)){0,60}?\b" + MORE_THAN_IT_TRADED, re.IGNORECASE)
# The balance stated in words, signed by the flow named first; whether a surplus or
# deficit word nearby may still overrule that sign.
_WORDED_BALANCES = ((_EXCESS, True), (_EXCEEDED, True), (_DIFFERENCE, False), (_SOLD_MORE, True))


def _flow_word(word: str) -> str:
    """"exports" or "imports" for a flow noun or verb: "sold abroad" is exports."""
    word = word.lower()
    return "exports" if word.startswith(("export", "sold", "sell", "shipped")) else "imports"


@dataclass
class Trigger:
    measure: str                  # export | import | total | balance
    head: Token
    tokens: set[int] = field(default_factory=set)
    subset: bool = False          # names part of the goods ("oil exports")
    kind: str | None = None       # balance only: trade | current | other | None (unknown)
    sign: int = 1                 # balance only: -1 for a deficit word
    fixed_sign: bool = False      # the phrase itself fixes the sign ("excess of imports over exports")
    parties: object = None        # the Parties resolved for it, once known
    product: str | None = None    # the part of the goods, when its sentence says it elsewhere

    @property
    def counts(self) -> bool:
        """Whether figures of this trigger are trade facts."""
        if self.subset:
            return False
        return self.measure != "balance" or self.kind == "trade"


def _trade_turnover(token: Token, economy_tokens: set[int], story_trade_turnover: bool = False) -> bool:
    """"trade turnover", "Sino-Soviet turnover", "turnover with Japan": a bare
    "turnover" is a company's sales ("Last year turnover rose by 20.8 pct"), and so is
    one of a business its phrase names ("turnover for the French aerospace industry").
    In a story that speaks of trade turnover, a bare one is that trade ("Kyrgyzstan's
    foreign trade turnover reached X. In April alone, the turnover made Y"), as
    Central Asian and Caucasian agencies write it."""
    if any(_lower(child) in BUSINESS_NOUNS for child in token.subtree) \
            and not any(_lower(child) in ("trade", "bilateral", "two-way", "mutual") for child in token.subtree):
        return False
    if story_trade_turnover:
        return True
    for child in token.subtree:
        if child.i in economy_tokens or _lower(child) in ("trade", "foreign", "bilateral", "two-way", "mutual"):
            return True
        if child.dep_ == "prep" and _lower(child) == "between" and child.head == token:
            return True  # "a $5.6 billion turnover between the two nations"
    return False


# Finance a "trade" may qualify: "trade credit lines", "trade finance".
_FINANCE_NOUNS = {"credit", "credits", "lines", "line", "loans", "finance", "financing", "insurance"}


def _shares_a_finance_noun(token: Token) -> bool:
    """"16 billion dlrs in trade and interbank credit lines": "trade" joined to a finance
    noun shares its head, as "trade credit lines" would (the parse makes them conjuncts)."""
    return any(c.dep_ == "conj" and (_lower(c) in _FINANCE_NOUNS
                                     or any(_lower(g) in _FINANCE_NOUNS for g in c.children if g.dep_ == "compound"))
               for c in token.children)


# What is traded on financial markets: "trade in banks' CDs", "a trade involving Treasuries".
# (not "swaps", which may be barter: "trade with the Soviet Union, involving swaps of
# agricultural produce", nor "currencies": "trade in local currencies" is goods settled so)
_SECURITIES = {"cds", "certificates", "bonds", "bond", "shares", "stocks", "equities", "securities", "futures",
               "options", "derivatives", "treasuries", "gilts"}


def _in_securities(token: Token) -> bool:
    """"an increasing trade in banks' CDs", "trade in government bonds", "a 260 mln dlr
    trade involving Treasuries": dealing in securities, not the flow of goods."""
    objects = [o for p in token.children if p.dep_ == "prep" and _lower(p) == "in" for o in p.children
               if o.dep_ == "pobj"]
    objects += [o for a in token.children if a.dep_ == "acl" and a.lemma_.lower() == "involve" for o in a.children
                if o.dep_ in ("dobj", "obj")]
    return any(_lower(o) in _SECURITIES for o in objects)


_EXCHANGE_WORDS = ("exchange", "exchanges", "interchange")
# What an exchange is trade in: "the exchange of goods with Montenegro", "goods exchange"
# (Balkan and Eurasian statistics offices' English)
_EXCHANGED_GOODS = ("goods", "commodity", "commodities", "merchandise")


def _exchange_of_goods(token: Token) -> bool:
    return any(_lower(p) == "of" and any(_lower(o) in _EXCHANGED_GOODS for o in p.children if o.dep_ == "pobj")
               for p in token.children if p.dep_ == "prep")


# Ratios of one flow to the other (Balkan and Central European statistics offices):
# "the coverage of imports by exports".
_RATIO_NOUNS = {"coverage", "ratio"}


def _in_a_coverage_ratio(token: Token) -> bool:
    """A flow word inside a ratio of the flows: "the coverage of imports by exports" (the
    ratio's noun one or two heads up, through "of", "by" or "to"). ("The export to import
    ratio" is not reached: the parse hangs both flow words elsewhere.)"""
    for above in (token.head, token.head.head):
        if _lower(above) in _RATIO_NOUNS:
            return True
        if _lower(above) not in ("of", "by", "to"):
            return False
    return False


def _to_the_world(token: Token, economy_tokens: set[int]) -> bool:
    """"sales to the world", "purchases from China", "purchases from abroad": sales or
    purchases across a border (said right after them: the parser may hang the phrase on
    the verb)."""
    doc = token.doc
    following = [t for t in doc[token.i + 1:token.i + 5] if t.lower_ != "the"]
    if len(following) >= 3 and token.lower_ == "sales" and following[0].lower_ in ("on", "in", "to") \
            and following[1].lower_ in MARKETS_ABROAD and following[2].lower_ in ("market", "markets"):
        # "sales on the international market closed at X" (Central American copy): an
        # economy's, not a company's ("the firm's sales on the world market")
        return not any(c.dep_ == "poss" and c.i not in economy_tokens for c in token.children)
    return len(following) >= 2 and following[0].lower_ in ("to", "from") \
        and (following[1].lower_ in ("world", "abroad", "overseas") or following[1].i in economy_tokens
             # ("purchases from the Asian country", "from the neighbour": an economy said again)
             or any(t.lower_ in _ECONOMY_ANAPHORS and t.dep_ == "pobj" for t in following[1:3]))



# (not "the state" nor "the government": purchases from them are no imports)
_ECONOMY_ANAPHORS = (SUBJECT_ANAPHORS - {"state", "government"}) | {"neighbour", "neighbor"}


_GOODS_VALUING = {"amount", "value", "total", "worth"}
# The words of intra-EU trade statistics for the flows between members, read only where the
# sentence speaks of that trade ("tourist arrivals" are none).
_INTRA_EU_FLOWS = {"dispatches": "export", "arrivals": "import"}
_INTRA_EU = re.compile(r"\bintra-(?:EU(?:\d\d)?|Community)\b"  # ("intra-EU28 trade")
                       r"|\b(?:to|from|with)\s+(?:the\s+)?(?:other\s+)?(?:EU|European\s+Union)\b"
                       r"|\bEU\s+(?:member\s+)?(?:states|countries)\b", re.IGNORECASE)


def _participle_after_goods(goods: Token) -> str | None:
    """The flow a participle after the goods names with its way ("from", "to"), if one does."""
    for participle in (c for c in goods.children if c.dep_ == "acl" and c.i > goods.i):
        measure, way = PARTICIPLES_AFTER_GOODS.get(participle.lower_, (None, None))
        if measure is not None and any(p.dep_ == "prep" and p.lower_ == way for p in participle.children):
            return measure
    return None


def _goods_flow(goods: Token) -> str | None:
    """The flow goods named by its participle are, where they are what the sentence
    values: the subject ("Imported goods were valued at X") or what a value is of ("the
    value of exported goods was X"); "tariffs on imported goods" are no figure's flow."""
    participles = [c for c in goods.children if c.dep_ == "amod" and c.i < goods.i and c.lower_ in FLOW_PARTICIPLES]
    if not participles:
        # ("Goods imported from Indonesia were worth X", "goods bought from Indonesia": a
        # participle after the goods, with where they came from or went, as their subject's)
        after = _participle_after_goods(goods)
        return after if after is not None and goods.dep_ in ("nsubj", "nsubjpass") else None
    participle = participles[0]
    of_a_value = goods.dep_ == "pobj" and goods.head.lower_ == "of" \
        and (_lower(goods.head.head) in FLOW_OF_VALUE_NOUNS or goods.head.head.like_num)
    valued = goods.dep_ in ("nsubj", "nsubjpass") or of_a_value \
        or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in participle.children) \
        or len(participles) == 1 and any(c.dep_ in ("amod", "acl") and c.i > goods.i
                                         and c.lemma_.lower() in _GOODS_VALUING for c in goods.children)
    # ("$519 million of exported goods": goods a figure is of; "USD66.93 billion were
    # exported goods": goods said as what the figure was, which the parse makes a passive)
    # ("..., and imported goods amounting to $36.28 billion from Oman": the goods valued by
    # their own participle, whatever the parse makes of them; not when the parse hangs an
    # earlier clause's flow verb on them too)
    return FLOW_PARTICIPLES[participle.lower_] if valued else None


def _between_economies(token: Token, economy_tokens: set[int]) -> bool:
    """Whether the noun names goods going "from" one economy "to" another (the first may
    own them: "Russian supplies to Sri Lanka", "Russia's deliveries to India")."""
    ends = {_lower(p) for p in token.children if p.dep_ == "prep" and _lower(p) in ("from", "to")
            and any(o.dep_ == "pobj" and o.i in economy_tokens for o in p.children)}
    if "to" in ends and any(c.dep_ in ("poss", "amod", "compound") and c.i in economy_tokens for c in token.children):
        ends.add("from")
    return ends == {"from", "to"}


def _balance_kind_from_modifiers(token: Token) -> str | None:
    """What a surplus/deficit is of, from its own modifiers and preposition objects."""
    words = []
    for mod in _modifiers(token):
        words.append(_lower(mod))
        words.extend(_lower(m) for m in _modifiers(mod))
    for prep in (c for c in token.children if c.dep_ == "prep" and _lower(c) in ("on", "in", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for part in [obj, *obj.conjuncts]:  # "deficit on net income and unrequited transfers"
                if _lower(part) in ("year", "years") or part.like_num or _lower(part) in _PERIOD_KIND_WORDS \
                        and any(c.like_num or _YEARISH.fullmatch(_lower(c)) for c in part.subtree if c.i != part.i):
                    continue  # "the trade deficit in fiscal 2012", "in the fiscal year": a period
                words.append(_lower(part))
                words.extend(_lower(m) for m in _modifiers(part))
    return kind_of_words(words)


def excluded_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` says nothing of what a balance is of: it follows a word that
    takes it out ("excluding oil", "net of energy"), or it is the "non" of how the figure
    is adjusted ("the trade surplus (non-adjusted)", "non-seasonally adjusted"), which
    would otherwise read as "non-merchandise" does."""
    return (i > 0 and (words[i - 1] in EXCLUDING_WORDS or words[max(0, i - 2):i] == ["net", "of"])) \
        or bool(_ADJUSTMENT.match(" ".join(words[i:i + 3])))


# "the trade surplus (non-adjusted)", "non-seasonally adjusted": how the figure is
# adjusted, not a part of the trade it is of
_ADJUSTMENT = re.compile(r"non(?:\s*-\s*|-|\s+)(?:seasonally\b|seasonal\b|adjusted\b)")
_PERIOD_KIND_WORDS = {"fiscal", "financial", "budget", "budgetary"}
RELATIVE_BEFORE_FISCAL = {"last", "this", "next", "previous", "current", "past", "ongoing", "preceding"}
_YEARISH = re.compile(r"(?:19|20)\d\d(?:[-/]\d{2,4})?|\d{2}[-/]\d{2}|years?|yr|fy\d*")


def names_a_period(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a period's word, not a kind of balance: "the trade deficit in
    fiscal 2012", "in the fiscal year" (no budget), "Last fiscal, the deficit touched $79
    billion" (Indian copy's "last fiscal" is a year)."""
    w = words[i]
    return w in _PERIOD_KIND_WORDS and i + 1 < len(words) and _YEARISH.fullmatch(words[i + 1]) is not None \
        or w == "fiscal" and i > 0 and words[i - 1] in RELATIVE_BEFORE_FISCAL


def kind_of_words(words: list[str]) -> str | None:
    """The first decisive kind among words: "current account" is current, "trade account" trade.
    A word something excludes ("net of energy", "excluding oil") says nothing of the kind."""
    words = [w for i, w in enumerate(words) if not excluded_at(words, i) and not names_a_period(words, i)]
    if "non" in words or any(w.startswith("non-") for w in words):
        return "other"  # "non-merchandise deficit", "non-trade items"
    kinds = [BALANCE_KINDS[w] for w in words if BALANCE_KINDS.get(w)]
    if "current" in words and "account" in words:
        return "current"
    if "current" in kinds and "account" not in words:
        kinds = [k for k in kinds if k != "current"]  # "current levels" is not an account
    # "the balance of goods and services" is not a merchandise balance: any other kind wins.
    others = [k for k in kinds if k != "trade"]
    return others[0] if others else (kinds[0] if kinds else None)


def _absorb_balance_modifiers(triggers: dict[int, Trigger]) -> None:
    """"a surplus on merchandise trade of 174 mln": that "trade" is part of the balance;
    so is the "trade" of "the international trade in goods surplus was EUR 20.1 bn"."""
    for trig in list(triggers.values()):
        if trig.measure == "total":
            balances = [triggers[obj.i] for prep in trig.head.children if prep.dep_ == "prep" and _lower(prep) == "in"
                        for obj in prep.children if obj.dep_ == "pobj" and obj.i in triggers]
            head = trig.head
            if head.dep_ == "pobj" and _lower(head.head) in ("in", "on") and head.head.head.pos_ in ("VERB", "AUX"):
                # "the largest deficits were measured in trade with South Korea": the
                # trade the verb's balance subject is of
                # ("Chile had a surplus of X in its trade with the United States": its object)
                balances += [triggers[s.i] for s in head.head.head.children
                             if s.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and s.i in triggers]
            amount = head.head.head if head.dep_ == "pobj" and _lower(head.head) == "in" else None
            if amount is not None and amount.like_num and amount.dep_ == "pobj" and _lower(amount.head) == "of" \
                    and amount.head.head.i in triggers:
                # "a deficit of US$ 363 million in trade with Brazil": the parser hangs the
                # trade on the amount, which is still the balance's
                balances.append(triggers[amount.head.head.i])
            if head.dep_ == "nsubj" and head.head.pos_ == "VERB" \
                    and all(_lower(c) in WHOLE_TRADE_WORDS for c in head.children if c.dep_ in ("amod", "compound")):
                # "The Philippines' external trade posted a $2.1 billion deficit": the trade
                # whose balance the verb's object is (but "industrial trade showed a
                # surplus" is a sector's: its own word says which part of the trade)
                balances += [triggers[o.i] for o in head.head.children if o.dep_ == "dobj" and o.i in triggers]
            for balance in (b for b in balances if b.measure == "balance"):
                for i in trig.tokens:
                    triggers[i] = balance
                balance.tokens |= trig.tokens
                break
        if trig.measure != "balance":
            continue
        for prep in (c for c in trig.head.children if c.dep_ == "prep" and _lower(c) in ("on", "in", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.i in triggers and triggers[obj.i].measure == "total":
                    for i in triggers[obj.i].tokens:
                        triggers[i] = trig
                    trig.tokens |= {obj.i}


def _sales_abroad(token: Token) -> bool:
    """"outbound sales", "outward sales": an economy's sales abroad are its exports."""
    return _lower(token) in ("sales", "sale") \
        and any(_lower(m) in OUTBOUND_WORDS for m in token.children if m.dep_ in ("amod", "compound"))


# The balance of payments' words for the flows of goods: "goods credits rose 3% to $42.1
# billion, while goods debits fell" (Australian Bureau of Statistics copy).
_GOODS_ENTRIES = {"credits": "export", "debits": "import"}


def _goods_entry(token: Token) -> str | None:
    """The flow "goods credits" or "goods debits" are: exports or imports."""
    if _lower(token) in _GOODS_ENTRIES and any(_lower(m) == "goods" for m in token.children if m.dep_ in ("amod", "compound")):
        return _GOODS_ENTRIES[_lower(token)]
    return None


def named_together(token: Token) -> list[Token]:
    """The words named together with this one: its conjuncts ("exports and imports"), or
    the other of two subjects of one verb that an "and" joins, as the parse may leave
    flows that each have a preposition ("exports to and imports from Chile reached X and
    Y": "and" hangs on the first, and both are the verb's subjects)."""
    together = list(token.conjuncts)
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i == token.i:
        return together
    siblings = [c for c in token.head.children if c.dep_ == token.dep_ and c.i != token.i]
    together += [c for c in siblings if c not in together
                 and (c.i > token.i and _and_hangs_on(token) or c.i < token.i and _and_hangs_on(c))]
    return together


def _and_hangs_on(token: Token) -> bool:
    return any(c.dep_ == "cc" for c in token.children)


def distinct(triggers) -> list[Trigger]:
    """Triggers in order, each once (one trigger spans several tokens)."""
    seen, out = set(), []
    for trig in triggers:
        if id(trig) not in seen:
            seen.add(id(trig))
            out.append(trig)
    return out


def _noun_like(token: Token) -> bool:
    """Nouns, and "imports"/"exports" the tagger calls a verb though nothing is its
    subject ("exports totalled 22.4 billion dlrs and imports 12.9 billion")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    # "and CIF imports 3.584 billion euros": a series word the tagger made the subject
    # is the flow's modifier
    return token.pos_ == "VERB" and _lower(token) in ("exports", "imports") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") and _lower(c) not in GENERIC_FLOW_MODIFIERS for c in token.children) \
        or _value_head_read_as_verb(token)


def _value_head_read_as_verb(token: Token) -> bool:
    """"Import flows of R138.2 billion were 5.8% higher": the tagger may read a flow's value
    noun as a verb, with the flow its subject, though the word is the sentence's subject."""
    return token.pos_ == "VERB" and _lower(token) in FLOW_VALUE_HEADS and token.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "nsubj" and c.i == token.i - 1 and _lower(c) in EXPORT_NOUNS | IMPORT_NOUNS
                for c in token.children)


# Where a clause's head stands: a noun there is a verb the parser misread.
_CLAUSE_HEADS = ("ROOT", "advcl", "ccomp", "conj", "relcl")


# "saw total merchandise trade amounting to N$14.4 billion": a participle read as a noun
# wherever it stands.
_LEVEL_PARTICIPLES = ("amounting", "totalling", "totaling")


def level_verb_read_as_noun(token) -> bool:
    """"as exports amount to Nu 31.6B": the parser reads "exports amount" as one noun
    heading the clause; the flow it makes a modifier is the verb's subject."""
    if token.lower_ in _LEVEL_PARTICIPLES and (token.pos_ == "NOUN" or any(c.dep_ == "compound" for c in token.children)):
        return True  # ("with the volume of trade amounting to X": tagged a verb, the flow made its modifier)
    if token.pos_ != "NOUN":
        return False
    return (token.lemma_.lower() in LEVEL_NOUNS_AS_VERBS or token.lower_ in PRESENT_VERBS_READ_AS_NOUNS) \
        and token.dep_ in _CLAUSE_HEADS


def _each_flow(flows: list[Token], triggers: dict[int, Trigger], economy_tokens: set[int]) -> bool:
    """"export and import values were $31 billion and $28 billion, respectively": in a
    sentence that pairs lists, a trigger for each flow named before a value noun, which
    the noun as subject names as "exports and imports" would be (attach)."""
    if not any(t.lower_ == "respectively" for t in flows[0].sent):
        return False
    for f in flows:
        triggers[f.i] = Trigger("export" if _lower(f) in EXPORT_NOUNS else "import", f, {f.i},
                                subset=_names_subset(f, economy_tokens))
    return True


# A gloss that says what a balance or a total is ("the trade gap (exports minus imports)",
# "the volume of trade – exports plus imports –") names the flows, but no figure is theirs.
_GLOSS = re.compile(r"[(–—]\s*(?:total\s+)?(?:exports?|imports?)\s+(?:plus|minus|less|and|\+|-)\s+"
                    r"(?:total\s+)?(?:imports?|exports?)\s*[)–—]", re.IGNORECASE)


# The verbs by which a clause adds figures up: "making a total of X", "bringing the total to Y".
_SUMMING_VERBS = {"make", "bring", "give", "take"}


def _both_flows_summed(token: Token, triggers: dict[int, Trigger]) -> bool:
    """"exports amounted to X while imports totaled Y, making a total of Z": the total a
    participle makes after both flows is their trade (after one flow alone, "bringing
    the total to Z" is that flow's running total, which its own trigger takes)."""
    verb = token.head
    if token.dep_ != "dobj" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SUMMING_VERBS:
        return False
    said = {t.measure for t in triggers.values() if t.head.i < token.i and t.counts}
    return {"export", "import"} <= said


def names_a_body(token: Token) -> bool:
    """"the Ministry of Trade, Industry and Energy", "Department of Industry and Trade":
    trade as what a body is "of", alone or in a list of portfolios."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    return first.dep_ == "pobj" and _lower(first.head) == "of" and _lower(first.head.head) in TRADE_BODIES


# A story that speaks of trade turnover: "foreign trade turnover", "commodity turnover",
# "turnover with Italy", "mutual turnover".
STORY_TRADE_TURNOVER = re.compile(r"\b(?:trade|commodity|goods|mutual|bilateral|two-way)\s+turnover\b"
                                  r"|\bturnover\s+(?:of\s+(?:foreign\s+)?trade|between)\b", re.IGNORECASE)


def find_triggers(sent, economy_tokens: set[int], story_trade_turnover: bool = False) -> list[Trigger]:
    """Triggers of a parsed sentence (a spaCy Span or Doc), in token order;
    ``story_trade_turnover``: the story speaks of trade turnover (STORY_TRADE_TURNOVER)."""
    triggers: dict[int, Trigger] = {}
    text = sent.text
    base = sent[0].idx
    for pattern, fixed in _WORDED_BALANCES:
        for m in pattern.finditer(text):
            first, second = _flow_word(m.group(1)), _flow_word(m.group(2))
            if first == second:
                continue  # "exports over exports" names no balance
            # the words that say the balance, not the figure said inside them
            spans = [(m.start(i), m.end(i)) for i in (1, 2)] if pattern is _SOLD_MORE else [m.span()]
            toks = [t for t in sent if any(a <= t.idx - base < b for a, b in spans)]
            trig = Trigger("balance", toks[0], {t.i for t in toks}, kind="trade",
                           sign=1 if first == "exports" else -1, fixed_sign=fixed)
            for t in toks:
                triggers[t.i] = trig
    glossed = {t.i for m in _GLOSS.finditer(text) for t in sent if m.start() <= t.idx - base < m.end()}
    later = []  # flow verbs and value nouns, read once the flow nouns are known
    for token in sent:
        if token.pos_ == "VERB" or _lower(token) in FLOW_OF_VALUE_NOUNS:
            later.append(token)
        if token.i in triggers or token.i in glossed or not _noun_like(token):
            continue
        word = _lower(token)
        trig = None
        if (word in EXPORT_NOUNS or word in IMPORT_NOUNS) and _in_a_coverage_ratio(token):
            continue  # "The coverage of imports by exports was 17.5 percent": a ratio, neither flow
        entry = _goods_entry(token)
        if word in EXPORT_NOUNS or word in IMPORT_NOUNS or _sales_abroad(token) or entry:
            # ("Total outbound sales of Philippine-made goods declined to X": exports)
            measure = "import" if word in IMPORT_NOUNS or entry == "import" else "export"
            if any(_lower(m) in INBOUND_WORDS for m in token.children if m.dep_ in ("amod", "compound")):
                measure = "import"  # "inbound shipments"
            if word in ("shipment", "shipments") \
                    and any(c.dep_ == "prep" and _lower(c) == "into" for c in token.children):
                measure = "import"  # "Shipments into the country rose to X" (Indian copy)
            changed_from = token.dep_ == "compound" and _change_from_to(token.head)
            if token.dep_ == "compound" and _lower(token.head) not in FLOW_VALUE_HEADS \
                    and not level_verb_read_as_noun(token.head) and not _gapped_before_its_figure(token) \
                    and not changed_from:
                continue
            if word in ("shipment", "shipments") and _in_goods_moved(token):
                continue  # "accounting for $2.08 billion in shipments": goods either way, as "worth"
            trig = Trigger(measure, token, {token.i} | ({token.head.i} if changed_from else set()),
                           subset=_names_subset(token, economy_tokens))
            net = next((m for m in token.children if m.dep_ in ("amod", "compound") and _lower(m) == "net"), None)
            if net is not None and not trig.subset \
                    and all(t.i in economy_tokens for t in token.doc[net.i + 1:token.i]):
                # "Net Taiwanese exports to the US jumped to X": exports less imports, the
                # balance (net imports, its deficit; not "net registered capital imports")
                trig = Trigger("balance", token, {token.i, net.i}, kind="trade", sign=1 if measure == "export" else -1,
                               fixed_sign=True)
        elif word == "ink" and (red := next((c for c in token.children if c.dep_ == "amod" and _lower(c) == "red"), None)):
            # "logging red ink of 948.3 billion yen" (Japanese wire copy): a deficit
            trig = Trigger("balance", token, {token.i, red.i}, sign=-1)
        elif word in BALANCE_NOUNS and word != "excess":
            if token.dep_ == "compound" and not level_verb_read_as_noun(token.head):
                continue  # "surplus countries"; but "the trade surplus shrinks to X" heads its clause
            kind = _balance_kind_from_modifiers(token)
            trig = Trigger("balance", token, {token.i}, kind=kind,
                           sign=-1 if word in NEGATIVE_BALANCE else 1,
                           subset=_balance_of_products(token) or _of_a_sector(token))
            if word in ("balance", "imbalance"):
                trig.sign = 0  # the sign must come from a surplus/deficit word nearby
        elif word in _INTRA_EU_FLOWS and _INTRA_EU.search(token.sent.text):
            # "X for dispatches and Y for arrivals" in intra-EU trade (an EU member's
            # statistics office): goods sent to and received from other members
            trig = Trigger(_INTRA_EU_FLOWS[word], token, {token.i})
        elif word in ("loss", "losses") and any(c.dep_ == "compound" and _lower(c) == "trade" for c in token.children):
            # "Bhutan incurred a trade loss of Nu 12 billion" (Himalayan copy): a deficit
            trig = Trigger("balance", token, {token.i} | {c.i for c in token.children if _lower(c) == "trade"},
                           kind="trade", sign=-1)
        elif word == "total" and _both_flows_summed(token, triggers):
            trig = Trigger("total", token, {token.i})
        elif word in TRADE_NOUNS:
            if names_a_body(token) or _shares_a_finance_noun(token) or _in_securities(token):
                continue
            if token.dep_ == "compound":
                head = token.head
                if word == "turnover" and not _trade_turnover(head, economy_tokens) \
                        and not any(_lower(t) in EXPORT_NOUNS | IMPORT_NOUNS for t in head.subtree):
                    continue  # "turnover value up 152 pct": a market's or a company's, as a bare turnover is
                if (_lower(head) in TRADE_VALUE_HEADS or level_verb_read_as_noun(head)) and head.i not in triggers:
                    # ("trade turnover in food products": the goods said after the head)
                    trig = Trigger("total", head, {token.i, head.i},
                                   subset=_names_subset(token, economy_tokens)
                                   or _in_goods_of_a_kind(head, economy_tokens))
                    triggers[head.i] = trig
                    triggers[token.i] = trig
                continue
            # "export turnover", "import turnover" (Vietnamese and Cambodian outlets): a
            # turnover of one flow is that flow
            named = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                     and _lower(c) in EXPORT_NOUNS | IMPORT_NOUNS]
            named += [g for c in named for g in c.children if g.dep_ in ("compound", "conj")
                      and _lower(g) in EXPORT_NOUNS | IMPORT_NOUNS]  # "export-import", "export and import"
            flows = {_lower(c) in EXPORT_NOUNS for c in named}
            if word == "turnover" and not flows and not _trade_turnover(token, economy_tokens, story_trade_turnover):
                continue
            said = next((c for c in token.children if c.dep_ in ("amod", "compound") and c.i == token.i - 1
                         and _lower(c) in ("surplus", "deficit")), None)
            if word == "trade" and said is not None:
                # "recorded N4.8 trillion surplus trade", "a deficit trade of X" (Nigerian
                # copy): the balance, not trade in a product called "surplus"
                trig = Trigger("balance", token, {said.i, token.i}, kind="trade",
                               sign=-1 if _lower(said) == "deficit" else 1)
                triggers[said.i] = trig
            else:
                # "outbound trade" is exports, "inbound trade" imports
                directed = [_lower(c) for c in token.children if c.dep_ in ("amod", "compound")
                            and _lower(c) in INBOUND_WORDS | OUTBOUND_WORDS]
                measure = ("import" if directed[0] in INBOUND_WORDS else "export") if directed else "total"
                if word in ("turnover", "trade") and len(flows) == 1:
                    measure = "export" if flows.pop() else "import"  # ("export trade": exports)
                elif word == "turnover" and len(flows) == 2 and _each_flow(named, triggers, economy_tokens):
                    continue
                trig = Trigger(measure, token, {token.i}, subset=_names_subset(token, economy_tokens))
        elif word in ("flow", "flows") and any(_lower(c) == "commercial" for c in token.children if c.dep_ == "amod"):
            # "The commercial flow (exports plus imports) reached X" (Latin American copy,
            # Spanish "flujo comercial"): the two-way trade
            trig = Trigger("total", token, {token.i}, subset=_names_subset(token, economy_tokens))
        elif word in _EXCHANGE_WORDS and (any(_lower(m) in ("commercial", "trade", *_EXCHANGED_GOODS)
                                              for c in token.children if c.dep_ in ("amod", "compound")
                                              for m in (c, *c.conjuncts))
                                          or _exchange_of_goods(token)):
            # "a commercial exchange of 9.4 billion dollars" (Spanish "intercambio comercial");
            # "economic and trade exchange between Qatar and China" (Chinese diplomatic copy)
            trig = Trigger("total", token, {token.i}, subset=_names_subset(token, economy_tokens))
        elif word in _GOODS_WORDS and (measure := _goods_flow(token)) is not None:
            # "Imported goods were valued at X", "the value of imported goods was X" ("the
            # value of imported food products": goods of a kind, a subset)
            trig = Trigger(measure, token, {token.i} | {c.i for c in token.children if c.dep_ == "amod"
                                                        or c.dep_ == "acl" and c.lower_ in PARTICIPLES_AFTER_GOODS},
                           subset=_narrowed_goods(token, economy_tokens))
        elif word in SUPPLY_NOUNS and _between_economies(token, economy_tokens):
            # "Supplies from Kazakhstan to China grew 9.5%": goods sent from one economy to another
            trig = Trigger("export", token, {token.i}, subset=_names_subset(token, economy_tokens))
        elif word in CROSS_BORDER_FLOWS and (any(_lower(c) in CROSS_BORDER_WORDS for c in token.children)
                                             or _to_the_world(token, economy_tokens)
                                             # ("and sales abroad US$34.5 million": the parse may
                                             # hang the adverb on the verb the flow is gapped from)
                                             or token.i + 1 < len(token.doc)
                                             and _lower(token.nbor(1)) in ("abroad", "overseas")):
            trig = Trigger(CROSS_BORDER_FLOWS[word], token, {token.i}, subset=_names_subset(token, economy_tokens))
        elif word in FLOW_VALUE_HEADS:
            # "export earnings", "China's import and export value" (the parser may make the
            # flows a noun modifier, coordinated)
            flows = [c for c in token.children if _lower(c) in EXPORT_NOUNS | IMPORT_NOUNS and (
                c.dep_ == "compound" or c.dep_ == "nmod" and any(_lower(j) in EXPORT_NOUNS | IMPORT_NOUNS
                                                                for j in c.conjuncts)
                or c.dep_ == "nsubj" and _value_head_read_as_verb(token))]
            if flows:
                measure = "export" if _lower(flows[0]) in EXPORT_NOUNS else "import"
                chained = [c for f in flows for c in f.children if c.dep_ in ("compound", "conj")
                           and _lower(c) in EXPORT_NOUNS | IMPORT_NOUNS]
                if len({_lower(f) in EXPORT_NOUNS for f in flows + chained}) == 2:
                    measure = "total"  # "export-import value", "import-export volume"
                    if _each_flow(flows + chained, triggers, economy_tokens):
                        continue
                trig = Trigger(measure, token, {token.i, flows[0].i}, subset=_names_subset(flows[0], economy_tokens))
                triggers[flows[0].i] = trig
        if trig is not None:
            if _re_prefixed(trig.head):
                trig.subset = True  # "re-exports" are goods passing through, not all exports
            triggers[token.i] = trig
    for token in later:
        if token.i not in triggers and (trig := _flow_verb(token, economy_tokens)) is not None:
            triggers[token.i] = trig
        elif token.i not in triggers \
                and (trig := _second_flow_verb(token) or _valued_goods(token, economy_tokens)
                     or _traded_goods(token, economy_tokens)) is not None:
            triggers[token.i] = triggers[trig.head.i] = trig
        elif token.i not in triggers and (trig := _flow_of_value(token, triggers)) is not None:
            triggers[token.i] = trig
        elif token.i not in triggers and (trig := _goods_on_their_way(token, economy_tokens)) is not None:
            triggers[token.i] = trig
    _absorb_balance_modifiers(triggers)
    return sorted(distinct(triggers.values()), key=lambda t: t.head.i)


# A number with its scale glued on: "12bn", "9.5m", "3tn".
# ("R118.2bn", "Sh12bn", "$5bn": a currency's sign or letters may be glued before it too)
_GLUED_SCALE = re.compile(r"(?:[A-Za-z]{0,3}[$€£¥₹₦¢₵]?)\d[\d.,]*(?:bn|mn|m|b|tn|trn|k|bln|mln)", re.IGNORECASE)


# The roles that name where imports come from ("the biggest source of imports").
_IMPORT_ROLES = {word for word, measure in LIST_ROLE_MEASURES.items() if measure == "import"}


def _change_from_to(noun: Token) -> bool:
    """Whether a change noun goes "from" one figure (to another): "an export increase of
    9.4 percent from US$571.6 million to US$625.3 million" names the flow's own figures."""
    return noun.lemma_.lower() in CHANGE_NOUNS \
        and _FROM_AFTER_CHANGE.match(noun.doc.text, noun.idx + len(noun.text)) is not None


# (the parse may hang the "from" elsewhere: it is said right after the noun and its size)
_FROM_AFTER_CHANGE = re.compile(r"\s+" + CHANGE_SIZE_THEN_FROM, re.IGNORECASE)


def _gapped_before_its_figure(token: Token) -> bool:
    """"exports totalled 2.4tn yuan in March and imports 1.7tn yuan": with the verb left
    out after the conjunction, the parse may make the flow a modifier of its own figure's
    noun; a flow word right before a figure, right after "and", is no modifier."""
    doc = token.doc
    if token.i < 1 or token.i + 1 >= len(doc) or _lower(doc[token.i - 1]) not in GAPPING_CONJUNCTIONS:
        return False
    nxt = doc[token.i + 1]
    return token.head.i > token.i and nxt.i <= token.head.i and (nxt.like_num or nxt.tag_ == "$"
                                                                 or any(ch.isdigit() for ch in nxt.text))


def _in_goods_moved(token: Token) -> bool:
    """"$2.08 billion in shipments": shipments said after the amount as what it is of, in
    a sentence about imports, take their direction from it (a source of imports "accounting
    for $X in shipments"); elsewhere shipments are exports."""
    prep = token.head
    if token.dep_ != "pobj" or _lower(prep) != "in" or prep.i != token.i - 1 or prep.i == 0:
        return False
    before = token.doc[prep.i - 1]
    if not (before.like_num or _lower(before) in SCALES):
        return False
    return any(_lower(t) in IMPORT_NOUNS | _IMPORT_ROLES for t in token.sent)


def _goods_as_passive_subject(subject: Token) -> bool:
    """Whether a passive flow verb's subject is goods with their worth, the figure: "Goods
    worth $3.2 billion were exported", "$1.4bn worth of goods were exported", "A total of
    EUR 94.6 billion worth of goods were imported", "11.3 billion dollars of goods were
    imported". ("Goods worth EUR 112 billion were imported": the parser may make the amount
    a second subject, with the worth hung on it.)"""
    siblings = [c for c in subject.head.children if c.dep_ == "nsubjpass" and c.i != subject.i]
    if _lower(subject) in _GOODS_WORDS:
        return any(_lower(t) == "worth" or t.like_num for t in subject.subtree) \
            or any(_lower(t) == "worth" and _money_like(s) for s in siblings for t in s.subtree)
    if _lower(subject) in ("worth", "value"):
        return _money_like(subject)
    if _money_word(subject) and not any(c.dep_ == "prep" for c in subject.children):
        return True  # "..., when US$4.1 billion were exported": the amount itself moved
    # an amount, or its "total", that is of goods
    of_goods = any(_lower(t) in _GOODS_WORDS and _lower(t.head) == "of" for t in subject.subtree)
    return of_goods and _money_like(subject) and (_lower(subject) in ("total", "sum", "amount") or _money_word(subject))


def _worth_left_before(verb: Token) -> list[Token]:
    """"..., and goods worth EUR 112.2 bn were imported": the parse may hang the goods and
    their worth on an earlier verb, leaving this passive with no subject; the worth said
    right before its auxiliary, after goods, is still what it moved."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or aux.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    tok = verb.doc[aux.i - 1]
    while tok.lower_ != "worth" and tok.head.i != tok.i and tok.head.i < aux.i:
        tok = tok.head
    if tok.lower_ != "worth" or tok.i == 0 or _lower(verb.doc[tok.i - 1]) not in _GOODS_WORDS \
            or tok.right_edge.i != aux.i - 1 or not _money_like(tok):
        return []
    return [tok]


def _between_two(verb: Token, economy_tokens: set[int]) -> bool:
    """Whether the verb says its flow went "between" economies ("traded between Italy and China")."""
    return any(_lower(p) == "between" and any(o.i in economy_tokens for o in p.subtree)
               for p in verb.children if p.dep_ == "prep")


def _money_like(token: Token) -> bool:
    """Whether a number (or a glued "12bn") stands in the phrase the token heads."""
    return any(t.like_num or _GLUED_SCALE.fullmatch(t.text) for t in token.subtree)


def _money_word(token: Token) -> bool:
    """An amount's own head: the number, its scale or its currency ("11.3 billion dollars")."""
    return token.like_num or _lower(token) in SCALES or _GLUED_SCALE.fullmatch(token.text) is not None \
        or any(c.like_num for c in token.children if c.dep_ in ("nummod", "compound"))


def _flow_verb(token: Token, economy_tokens: set[int]) -> Trigger | None:
    """A flow stated by its verb, whose object is the money or the goods: "Croatia
    exported 95.5 billion kuna worth of goods". An object that is a product ("exported
    gold worth $3 billion") makes a subset; a verb with no object ("exports fell") or
    used as an adjective ("imported goods") is no trigger; nor is one whose subject is
    not an economy ("Banks alone exported some 8.6 billion marks in funds")."""
    # "Pakistan imported goods worth $5.2 billion": the parser may make the verb an
    # adjective of its goods, keeping the economy as its subject; it is still the verb.
    # ("... while exported goods worth only X": a clause's mark on the adjective shows
    # it is the verb of a clause whose subject is left unsaid)
    # ("Armenia exported goods worth $2.7 billion": the economy may hang on it as a modifier)
    # ("exported ISK 41.8 billion (US$305 million) worth of goods and imported ISK 52 billion":
    # after "and", the parse may make the second verb an adjective of its amount)
    misread = token.dep_ == "amod" and (any(c.dep_ in ("nsubj", "npadvmod") and c.i in economy_tokens and c.i < token.i
                                            for c in token.children)
                                        or any(c.dep_ == "mark" and c.i < token.i for c in token.children)
                                        and _lower(token.head) in _GOODS_WORDS
                                        or token.i > 0 and token.doc[token.i - 1].lower_ == "and"
                                        and token.head.i > token.i and _money_word(token.head))
    if token.pos_ != "VERB" or (token.dep_ in ("amod", "compound") and not misread) or _noun_like(token):
        return None
    measure = FLOW_VERBS.get(token.lemma_.lower())
    if measure is None and token.lemma_.lower() in CROSS_BORDER_VERBS and _crosses_border(token, economy_tokens):
        measure = CROSS_BORDER_VERBS[token.lemma_.lower()]
    if measure is None:
        return None
    # "Goods worth $3.2 billion were exported to China": in the passive the goods, worth
    # the figure, are the subject, and the economy (if said) the agent.
    # ("$1.4bn worth of goods were exported to Botswana": the worth is the subject)
    # ("Goods worth EUR 54.5 billion were traded between Italy and China": two-way trade)
    passive_goods = [c for c in token.children if c.dep_ == "nsubjpass" and _goods_as_passive_subject(c)
                     and (measure in ("export", "import") or _between_two(token, economy_tokens))]
    # The amount may be parsed as a second passive subject ("Goods worth Rs. 61.3 billion
    # were imported"): it is the goods' worth, no subject that must be an economy.
    # "Goods exported rose 3.1 percent to NZD 5.2 billion": the parser makes the participle
    # the verb and the real verb its complement; the goods are the flow.
    if measure in ("export", "import") and any(c.dep_ == "nsubj" and _lower(c) in _GOODS_WORDS and c.i < token.i
                                               for c in token.children) \
            and any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in RISE_WORDS | FALL_WORDS | LEVEL_VERBS
                    for c in token.children):
        return Trigger(measure, token, {token.i})
    for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c not in passive_goods
                    and not (passive_goods and _money_word(c))):
        names = [subject, *subject.conjuncts, *(c for c in subject.children if c.dep_ in ("compound", "amod", "poss"))]
        if not any(t.i in economy_tokens for t in names) and _lower(subject) not in SUBJECT_ANAPHORS \
                and subject.pos_ != "PRON":
            return None
    # "imported over USD280 million worth of goods": the qualifier read as a preposition
    qualified = [o for p in token.children if p.dep_ == "prep" and _lower(p) in ("over", "about", "around", "nearly")
                 for o in p.children if o.dep_ == "pobj" and any(t.like_num for t in o.subtree)]
    # "imported in the amount of EUR 1.9 bn", "exported to the value of $2 billion"
    amounted = [o for p in token.children if p.dep_ == "prep" and _lower(p) in ("in", "to", "for")
                for o in p.children if o.dep_ == "pobj" and _lower(o) in ("amount", "value", "sum", "tune")]
    # "exported to Uganda goods worth $610 million": the parser makes the goods the object
    # of "to", the partner their compound
    goods_after_partner = [o for p in token.children if p.dep_ in ("prep", "dative") and _lower(p) in ("to", "from")
                           for o in p.children if o.dep_ == "pobj" and _lower(o) in _GOODS_WORDS
                           and _partner_compound(o, economy_tokens)
                           and any(_lower(c) in ("worth", "valued") for c in o.children)]
    # "imported from China worth around Rs. 169 billion": the worth said after the partner,
    # which the parse hangs on the verb as a clause of its own
    # ("the country traded goods worth X": or as the verb's predicate)
    worth = [c for c in token.children if c.dep_ in ("advcl", "acomp", "advmod", "prep", "oprd") and _lower(c) == "worth"
             and _money_like(c)]
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")] or ([token.head] if misread else []) \
        or passive_goods or qualified or amounted or goods_after_partner or worth or _worth_left_before(token)
    if not objects:
        return None
    obj = objects[0]
    if measure == "total" and _lower(obj) in _GOODS_WORDS:
        # "Kazakhstan and China traded goods for 41 billion US dollars": what they went for
        # ("the country traded goods worth X": or what they were worth)
        obj = next((o for p in token.children if p.dep_ == "prep" and _lower(p) == "for"
                    for o in p.children if o.dep_ == "pobj" and _money_like(o)), None) \
            or next((w for w in (*worth, *obj.children) if _lower(w) == "worth" and _money_like(w)), obj)
    # ("exported $12bn of goods": the parser makes the glued "12bn" a noun)
    money_like = _money_like(obj) or _lower(obj) in ("worth", "value", "amount", "sum", "tune")
    if measure == "total" and not money_like:
        return None  # "the two traded accusations"
    # spaCy lemmatises "goods" as "good": the word itself is looked up too.
    subset = not money_like and obj.pos_ == "NOUN" and not {obj.lemma_.lower(), _lower(obj)} & VALUE_NOUNS
    product = (_goods_named_after_amount(obj, economy_tokens) or _goods_compounded_on_worth(obj, economy_tokens)) \
        if money_like else None
    return Trigger(measure, token, {token.i, token.head.i} if misread else {token.i}, subset=subset or bool(product),
                   product=product)


# What an amount may be "of" that is no part of the goods.
_NOT_GOODS_AFTER_AMOUNT = {"exports", "imports", "export", "import", "trade", "percent", "cent", "total", "value",
                           "worth", "shipments", "purchases", "sales", "turnover"}
# Words before "goods" that do not make them a part of the goods.
_ALL_GOODS_WORDS = {"foreign", "total", "all", "various", "other", "overall", "imported", "exported", "merchandise"}


def _goods_compounded_on_worth(obj: Token, economy_tokens: set[int]) -> str | None:
    """"Kenya exported tea worth Sh140 billion": the parse makes the goods a compound of
    "worth"; goods of a kind named so are the part of the goods the figure is of."""
    if _lower(obj) not in ("worth", "value"):
        return None
    # (not the amount's own words: "500 mln dlrs worth")
    named = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and c.pos_ == "NOUN"
             and _lower(c) not in _GOODS_WORDS and _lower(c) not in CROSS_BORDER_WORDS and c.i not in economy_tokens
             and not _money_like(c) and not _money_word(c) and _lower(c) not in SINGLE_WORD_NAMES]
    if not named:
        return None
    first = min(t.i for t in named[0].subtree)
    return obj.doc[first:named[0].i + 1].text


def _goods_named_after_amount(obj: Token, economy_tokens: set[int]) -> str | None:
    """"imported 61.2 billion yuan of Thai agricultural products", "exported $3.2 billion
    worth of non-oil goods": the part of the goods the amount is of, in the text's words
    (an economy's name before them says where they come from, not what they are)."""
    # (the "of" of the amount itself, or of its "worth": not one deeper in a clause after it)
    near = [obj, *(c for c in obj.children if _lower(c) in ("worth", "value") or c.like_num)]
    for goods in (o for t in obj.subtree if t.dep_ == "prep" and _lower(t) == "of" and t.head in near
                  for o in t.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.like_num
                  and _lower(o) not in _NOT_GOODS_AFTER_AMOUNT):
        kinds = [c for c in goods.children if c.dep_ in ("amod", "compound") and c.i < goods.i
                 and c.i not in economy_tokens and _lower(c) not in _ALL_GOODS_WORDS]
        if _lower(goods) in _GOODS_WORDS and not kinds:
            return None
        if _lower(goods) in _AMOUNT_WORDS:
            continue
        if _lower(goods) in QUANTITY_UNITS:
            # "12.4 million tons of goods worth X": what the tons are of (near is read as
            # the subtree goes on, so the "of" hung on the unit comes next)
            near.append(goods)
            continue
        first = min(t.i for c in kinds for t in c.subtree) if kinds else goods.i
        return goods.doc[first:goods.i + 1].text
    return None


def _goods_on_their_way(token: Token, economy_tokens: set[int]) -> Trigger | None:
    """"goods worth US$0.9bn came from China", "goods worth $2 billion went to India":
    goods said to come from an economy are imports, goods said to go to one exports."""
    if token.pos_ != "VERB" or not any(c.dep_ == "nsubj" and _lower(c) in _GOODS_WORDS for c in token.children):
        return None
    lemma = token.lemma_.lower()
    for prep in (c for c in token.children if c.dep_ == "prep" and _lower(c) in ("from", "to")):
        (measure,), said = PART_WAYS[_lower(prep)]
        if lemma in said and any(o.dep_ == "pobj" and o.i in economy_tokens for o in prep.children):
            return Trigger(measure, token, {token.i})
    return None


def _valued_goods(token: Token, economy_tokens: set[int]) -> Trigger | None:
    """"the total value of goods imported in June at $376.6 million", "goods exported
    fell to X", "goods shipped abroad by Chile totalled X": goods that a flow's participle
    follows, as the "of" object of a value noun or the subject of a verb of level or
    change, stand for that flow."""
    goods = token.head
    if token.dep_ != "acl" or token.pos_ != "VERB":
        return None
    measure = FLOW_VERBS.get(token.lemma_.lower())
    joined = [FLOW_VERBS.get(c.lemma_.lower()) for c in token.children if c.dep_ == "conj"]
    if {measure, *joined} == {"export", "import"}:
        measure = "total"  # "the total value of goods imported and exported": both flows
    if _lower(goods) in ("value", "amount", "total") and measure in ("export", "import") \
            and goods.dep_ in ("nsubj", "nsubjpass") and goods.head.lemma_.lower() in RISE_WORDS | FALL_WORDS | LEVEL_VERBS:
        # "the value exported during January-July reached X": the value of what was exported
        return Trigger(measure, goods, {token.i, goods.i})
    if _lower(goods) not in _GOODS_WORDS:
        return None
    # ("the value of goods shipped abroad", "goods bought overseas": a verb of buying or
    # selling is a flow when the goods cross the border, which also says whose they are)
    across = measure is None and any(_lower(c) in CROSS_BORDER_WORDS for c in token.children)
    if across:
        measure = CROSS_BORDER_VERBS.get(token.lemma_.lower())
    if measure not in ("export", "import", "total"):
        return None
    valued = goods.dep_ == "pobj" and _lower(goods.head) == "of" and goods.head.head.lemma_.lower() in VALUE_NOUNS
    # ("Colombia's total goods imported rose 3.2% to $4.1 billion": the goods the
    # participle follows are the subject of a verb of level or change)
    # ("Goods imported into Barbados totaled $912 million": or the participle names the
    # reporter by the border the goods crossed, into it or out of it, or as its agent:
    # "Goods exported by Russia to Turkey were worth X")
    moved = goods.dep_ == "nsubj" and goods.head.lemma_.lower() in RISE_WORDS | FALL_WORDS | LEVEL_VERBS \
        and (across or any(_lower(c) in ("total", "all") or c.dep_ == "poss" for c in goods.children)
             or any((p.dep_ == "prep" and _lower(p) == _REPORTER_SIDE.get(measure) or p.dep_ == "agent")
                    and o.dep_ == "pobj" and o.i in economy_tokens for p in token.children for o in p.children))
    return Trigger(measure, goods, {token.i, goods.i}) if valued or moved else None


def _traded_goods(token: Token, economy_tokens: set[int]) -> Trigger | None:
    """"The value of goods traded between Poland and Italy totaled X", "Goods traded with
    Kenya were worth X": goods said to be traded with economies named are the two-way trade
    with them (the participle is the trigger's head, on which its partners hang; the goods
    and their value noun are its words, of which the clause's subject is one)."""
    if token.lemma_.lower() != "trade" or token.dep_ not in ("acl", "ROOT") or token.pos_ != "VERB":
        return None
    if not any(p.dep_ == "prep" and _lower(p) in ("between", "with") and any(o.i in economy_tokens for o in p.subtree)
               for p in token.children):
        return None
    # (the parser may read the participle as the sentence's verb, the goods its subject)
    head = token.head if token.dep_ == "acl" else next(
        (c for c in token.children if c.dep_ == "nsubj" and _lower(c) in _GOODS_WORDS), None)
    if head is None:
        return None
    goods = head if _lower(head) in _GOODS_WORDS else next(
        (o for p in head.children if p.dep_ == "prep" and _lower(p) == "of" and head.lemma_.lower() in VALUE_NOUNS
         for o in p.children if o.dep_ == "pobj" and _lower(o) in _GOODS_WORDS), None)
    if goods is None:
        return None
    return Trigger("total", token, {token.i, head.i, goods.i})


# The preposition that names the reporter of goods a flow's participle follows.
_REPORTER_SIDE = {"import": "into", "export": "from"}
_COUNTRY_WORDS = SUBJECT_ANAPHORS - {"government"}
_AMOUNT_WORDS = {"million", "billion", "trillion", "mln", "bln", "bn", "mn", "dollars", "dlrs", "euros", "worth", "value"}


def _partner_compound(goods: Token, economy_tokens: set[int]) -> bool:
    """Goods parsed with the partner said before them as their compound ("exported to
    Uganda goods worth X": the parser reads "Uganda goods")."""
    return any(c.i in economy_tokens for c in goods.children if c.dep_ in ("compound", "nmod"))


def _crosses_border(verb: Token, economy_tokens: set[int]) -> bool:
    """An economy buys or sells across a border: its subject is an economy, and the goods
    go "abroad", are "foreign", or go to or come from another economy."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "Kenya exported X and bought Y"
    if not subjects and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        # "China came second, purchasing $11.3 billion worth of goods from Vietnam": the
        # participle's subject is its clause's
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # (the economy's traders too: "Bangladeshi exporters shipped goods worth X to India")
    if not any(t.i in economy_tokens or _lower(t) in _COUNTRY_WORDS or t.pos_ == "PRON"
               or any(c.i in economy_tokens for c in t.children if c.dep_ in ("amod", "compound")) for t in subjects):
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        # what was bought or sold must be goods: "$500 million of bonds" is not
        # (a figure with its scale glued on, "sold £269bn to the UK", is the money, not a thing)
        things = [t for t in obj.subtree if t.pos_ == "NOUN" and not t.like_num and not _GLUED_SCALE.fullmatch(t.text)
                  and _lower(t) not in CROSS_BORDER_WORDS
                  and _lower(t) not in _AMOUNT_WORDS]
        if things and not any(_lower(t) in _GOODS_WORDS or _lower(t) == "worth" for t in things):
            return False
    if (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
            and _flow_verb_crossing(verb.head, economy_tokens) and _way(verb) != _way(verb.head):
        # "Vietnam shipped $23.3 billion worth of goods to Japan and bought $21.2 billion",
        # "China sold goods worth X to Nigeria, while buying just Y": buying beside the
        # other way of a trade across the border is the trade's other way
        return True
    if verb.lemma_.lower() in SUPPLY_VERBS:
        # "China supplied goods worth X to Moldova": a supply crosses the border only to a
        # named economy; "China supplied goods worth X" in a Moldovan story names no side
        # ("China supplied Jamaica with goods valued at X": the economy supplied, its object)
        return _to_economy(verb, economy_tokens) or supplied_economy(verb, economy_tokens) is not None
    goods_object = any(c.dep_ in ("dobj", "obj") and any(_lower(t) in _GOODS_WORDS for t in c.subtree)
                       for c in verb.children)
    if verb.lemma_.lower() == "ship" and goods_object:
        return True  # "Ghana shipped goods worth $1.4 billion": what an economy ships goes out
    if goods_object and any(t.i in economy_tokens for t in subjects):
        return True  # "Chile bought US$6.2 billion of goods last month": an economy's goods come from abroad
    for child in verb.children:
        if _lower(child) in CROSS_BORDER_WORDS:
            return True  # "sold US$2.9 billion abroad"
        if child.dep_ in ("dobj", "obj") and any(_lower(m) in CROSS_BORDER_WORDS for m in child.subtree):
            return True  # "bought US$2.3 billion of foreign goods"
        if child.dep_ in ("dobj", "obj") and any(m.i in economy_tokens and m.head.pos_ == "NOUN"
                                                and _lower(m.head) in _GOODS_WORDS for m in child.subtree):
            return True  # "Japan bought $6.2 billion worth of Chilean goods"
    return _to_economy(verb, economy_tokens)


def supplied_economy(verb: Token, economy_tokens: set[int]) -> Token | None:
    """The economy a verb of supplying takes as its object, with the goods after "with"."""
    if verb.lemma_.lower() not in SUPPLY_VERBS or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i in economy_tokens), None)


def _to_economy(verb: Token, economy_tokens: set[int]) -> bool:
    """Whether the verb's goods go to or come from an economy, or abroad."""
    # ("sold 140 billion euros of goods to France": the parse may call "to" a dative)
    for prep in (t for t in verb.subtree if t.dep_ in ("prep", "dative") and _lower(t) in ("to", "from")):
        if any(o.dep_ in ("pobj", "pcomp") and (o.i in economy_tokens or _lower(o) in CROSS_BORDER_WORDS
                                                 or _lower(o) in _GOODS_WORDS and _partner_compound(o, economy_tokens))
               for o in prep.children):
            # "shipped goods worth EUR 1.5 billion to the EU", "bought from abroad", "bought
            # from China goods worth $3.2 billion" (parsed with China the goods' compound)
            return True
    return False


def _flow_verb_crossing(verb: Token, economy_tokens: set[int]) -> bool:
    """A verb that states a flow across the border: "exported", "imported", or one of buying
    or selling whose goods cross it."""
    lemma = verb.lemma_.lower()
    if FLOW_VERBS.get(lemma) in ("export", "import"):
        return True
    return lemma in CROSS_BORDER_VERBS and verb.dep_ != "conj" and _crosses_border(verb, economy_tokens)


def _way(verb: Token) -> str | None:
    """The way a verb of trade moves goods: "bought" in, "shipped" or "exported" out."""
    lemma = verb.lemma_.lower()
    return CROSS_BORDER_VERBS.get(lemma) or FLOW_VERBS.get(lemma)


def _second_flow_verb(token: Token) -> Trigger | None:
    """"Latvia exported goods worth X, and imported goods worth Y": the parser reads the
    second verb as an adjective of its goods, coordinated with the first verb. The goods
    stand for that flow, and own its figure."""
    goods = token.head
    if token.dep_ != "amod" or token.pos_ != "VERB" or _lower(goods) not in _GOODS_WORDS \
            or goods.dep_ != "conj" or not any(a.pos_ == "VERB" and a.lemma_.lower() in FLOW_VERBS
                                               for a in goods.ancestors):
        return None
    measure = FLOW_VERBS.get(token.lemma_.lower())
    return Trigger(measure, goods, {token.i, goods.i}) if measure in ("export", "import") else None


def _flow_of_value(token: Token, triggers: dict[int, Trigger]) -> Trigger | None:
    """"revenue from exports amounted to X", "expenditure on imports was X": the value
    noun stands for the flow it is of, and owns the figure."""
    if _lower(token) not in FLOW_OF_VALUE_NOUNS:
        return None
    preps = [c for c in token.children if c.dep_ == "prep" and _lower(c) in ("from", "on", "of", "for")]
    if token.pos_ == "VERB":
        # "spending US$53.49 billion on imports": the parse may hang "on" on the amount spent
        preps += [c for o in token.children if o.dep_ in ("dobj", "obj") for c in o.children
                  if c.dep_ == "prep" and _lower(c) in ("on", "for")]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i in triggers):
            flow = triggers[obj.i]
            if any(j.i in triggers and triggers[j.i].measure != flow.measure for j in obj.conjuncts):
                return None  # "the value of imports and exports": both flows, each its own trigger
            if flow.measure in ("export", "import"):
                return Trigger(flow.measure, token, {token.i, *flow.tokens}, subset=flow.subset)
    return None
