"""Who trades in each sentence's flows, with what the story said before.

A flow names its reporter and partner itself, or takes them from the sentence (a root
subject, a ranking, the clause it is set against) or from the sentences before: the
pair a bilateral sentence set up, the parties last given the same measure, a breakdown
of the figure just said ("Of this, ..."). ``PartyMemory`` holds that memory.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from spacy.tokens import Token

from extractor.assemble.context import ArticleContext, ParsedSentence
from extractor.assemble.figures import group_partner, share_whole
from extractor.assemble.parties import (
    MORE_THAN_A_PAIR, ROLE_NOUNS, EconomyTokens, Parties, clause_of_participle, demonym_of, goods_origins,
    pair_named_within, resolve_parties, rest_of_the_world, said_bilateral,
)
from extractor.assemble.triggers import Trigger
from extractor.data.lexicon import BALANCE_NOUNS, BREAKDOWN_OPENER, PLACED_IN_RANKING, WORLD_MODIFIERS
from models.facts import MEASURES

# A clause set against the one before: "..., while imports went up 12%".
_WHILE_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s+(?:the\s+country's\s+|its\s+)?(?:[\w-]+\s+){0,2}$",
                           re.IGNORECASE)
# A clause hung on the one before by "with": "..., with imports totaling Y".
_WITH_CLAUSE = re.compile(r",\s+with\s+", re.IGNORECASE)
# A sentence that says what the one before led to: "This left Egypt with a deficit".
_CONSEQUENCE_OPENER = re.compile(r"\s*(?:this|that|which|it)\s+(?:left|leaves|resulted|results|led|leads|put|puts|"
                                 r"brought|brings|meant|means|gave|gives|produced|created)\b", re.IGNORECASE)
# A sentence that turns from one partner to all of them: "Overall, the kingdom's deficit
# widened to X", "In total, exports reached Y".
_WORLD_OPENER = re.compile(r"\W*(?:overall|in\s+total|altogether|all\s+told|in\s+all|globally|worldwide)\b",
                           re.IGNORECASE)
# A flow said as bilateral ("Bilateral trade", "two-way trade"), and how a sentence names
# a pair: "China-US trade", "trade between Kenya and Uganda".
_BILATERAL = re.compile(r"\b(?:bilateral|two-way)\s+(?:[\w-]+\s+){0,2}[\w-]+$", re.IGNORECASE)
# The verbs that give their subject a role in another economy's trade ("China remained
# Kenya's largest source of imports").
_ROLE_VERBS = ("be", "remain", "become", "stay")
# Verbs that give the subject its role "as" one ("emerged as", "ranked as"), or, for
# "emerge", as the parse's object ("emerged the second largest source").
_RANKING_VERBS = ("emerge", "rank")
# "came in third", "ranked second", "secured the second position"
_PLACED = re.compile(PLACED_IN_RANKING, re.IGNORECASE)
# What names a flow again as what a figure is compared with: "..., against exports of",
# "as compared to the exports of", "compared with imports of", "as opposed to exports of".
_COMPARED_FLOW_LEAD = re.compile(r"(?:\bagainst|\bcompared\s+(?:to|with)|\bas\s+opposed(?:\s+to)?|\bversus|\bvs\.?)"
                                 r"\s+(?:the\s+)?$",
                                 re.IGNORECASE)


class _PairBefore(NamedTuple):
    """The pair a sentence reported, as the next sentence may go on with it."""

    next_start: int  # where the sentence after it starts
    pair: Parties
    reaches: tuple[str, ...]  # the measures it reaches
    as_consequence: tuple[str, ...] = ()  # ... only when said as its consequence ("This left Egypt with")
    said_again: tuple[str, ...] = ()  # ... only when said again bare ("In 2022, imports totaled X")
    balance_sign: int = 0  # the sign its balance was said with (1 a surplus, -1 a deficit), if one
    reporters_balance: bool = False  # ... and the balance its reporter says next, with no partner
    balance_figured: bool = False  # its balance was given a figure (not only a change)
    periods: frozenset = frozenset()  # the periods it stated, (first day, last day)
    measures: frozenset = frozenset()  # the measures it reported with the partner


# A lead with no figure that names one pair's trade (``PartyMemory._pair_led_without_figures``):
# one economy's trade with another, "Pakistan's trade deficit with China widened",
# "Kenyan exports to Uganda rose sharply" (the flow's word is the group "word") ...
_OWN_FLOW_WITH = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?P<word>trade|exports?|imports?|shipments|sales|"
                            r"purchases|deficit|surplus|balance|gap)\s+(?:[\w-]+\s+){0,2}?(?:with|to|from)\s+(?:the\s+)?",
                            re.IGNORECASE)
# ... of which one flow's words pass only that flow on, as a figure's one flow does
_ONE_FLOW_WORDS = {"export": "export", "exports": "export", "shipments": "export", "sales": "export",
                   "import": "import", "imports": "import", "purchases": "import"}
# ... a pair named as a pair with a word of its trade near ("Trade between Kenya and
# Uganda", "Kenya-Uganda trade"), not its ties alone
_PAIRS_TRADE = re.compile(r"\b(?:trade|exports?|imports?|shipments|deficit|surplus|balance|commerce)\b", re.IGNORECASE)
# ... the sign of the balance it speaks of, if one
_BALANCE_SIGN_WORDS = {"surplus": 1, "deficit": -1}
# ... a sentence ending in a full stop (a headline line has none) ...
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")
# ... that says at most this many words before its pair ("In March, the value of trade between")
_LEAD_WORDS_BEFORE_PAIR = 6


# A sentence that breaks the figure before it down: "Of this, ...", "Of the total, ...".
_BREAKDOWN_OPENER = re.compile(r"\s*" + BREAKDOWN_OPENER, re.IGNORECASE)


def _partner_phrase_on(head) -> bool:
    """Whether the flow word has a partner phrase of its own ("with", "to", "from")."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to", "from") for c in head.children)


def _balance_said_again(trig: Trigger, found: Parties, pair: Parties) -> bool:
    """"India's trade deficit with China widened by 16 per cent. India's trade deficit
    reached $73 billion": the same reporter's balance said again, with no partner phrase
    of its own (one with a region, "its surplus with Europe", is not the pair's)."""
    return trig.measure == "balance" and found.reporter == pair.reporter and not _partner_phrase_on(trig.head)


def _other_balance(trig: Trigger, pair_sign: int) -> bool:
    """"With France, Spain had a surplus of X. In the first seven months Spain's trade
    deficit reached Y": a balance said with the other sign than the pair's is another
    balance, not the pair's said again."""
    return trig.measure == "balance" and bool(pair_sign and trig.sign) and pair_sign != trig.sign


def _own_balance_after_the_pairs(trig: Trigger, found: Parties, pair: Parties, pair_measure: str | None) -> bool:
    """"Japan's 58.6 billion dlr surplus with the United States ... and the record 169
    billion dlr U.S. trade deficit": a balance the pair's partner reports, after the pair's
    balance, is its own with the world (the pair's, from its side, would be the same figure)."""
    return trig.measure == "balance" and pair_measure == "balance" and found.reporter == pair.partner


def _the_countrys_own(head) -> bool:
    """"exports to China rose 23 percent, helping to narrow the country's monthly trade
    deficit": a balance with no partner phrase, owned by "the country" (or "the nation"),
    is the economy's own, with the world, not the pair's the sentence named."""
    return head.lower_ in BALANCE_NOUNS and not _partner_phrase_on(head) \
        and any(c.dep_ == "poss" and c.lower_ in ("country", "nation") for c in head.children)


def _subject_role(ps: ParsedSentence):
    """The trade role the sentence's subject is said to play: "Germany was Turkiye's main
    export partner", "China remained Kenya's largest source of imports", "India has
    emerged as Nepal's second-largest partner", "Germany ranked as Poland's top market",
    "China stood out as the main supplier", "France emerged the second largest source of
    imports" (the parse making the role the object); the role's noun, or None."""
    for root in (t for t in ps.sent if t.dep_ == "ROOT"):
        lemma = root.lemma_.lower()
        roles = [c for c in root.children if c.dep_ in ("attr", "acomp", "oprd")] if lemma in _ROLE_VERBS else []
        # ... and any verb that gives it no object of its own ("stood out as", "served as",
        # "featured as"); one with an object does something to it ("Kenya sold tea to
        # Uganda as its largest market" is no role of Kenya's)
        if lemma in _ROLE_VERBS + _RANKING_VERBS or not any(c.dep_ == "dobj" for c in root.children):
            roles += [o for p in root.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                      if o.dep_ == "pobj"]
        roles += [c for c in root.children if c.dep_ == "dobj"] if lemma == "emerge" else []
        role = next((r for r in roles if r.lemma_.lower() in ROLE_NOUNS), None)
        if role is not None:
            return role
    return None


def _role_owner(ps: ParsedSentence, eco: EconomyTokens, role=None) -> str | None:
    """The economy whose trade role the sentence's subject plays (``role``, or the one the
    sentence gives), when its possessive names it, or "of" or "for" after it ("the largest
    export market of Vietnam", "the biggest market for Vietnam")."""
    role = role if role is not None else _subject_role(ps)
    if role is None:
        return None
    return next((code for o in _owners_of(role) if (code := eco.of(o))), None)


def _owners_of(role) -> list:
    """The tokens that may name whose role a role noun is: its possessive, or the object of
    "for" or "of" after it."""
    return [c for c in role.children if c.dep_ == "poss"] + \
        [o for p in role.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
         if o.dep_ == "pobj"] + \
        [c for c in role.children if c.dep_ in ("compound", "nmod") and c.i < role.i  # "the top US trading partner"
         and role.lemma_.lower() == "partner"
         and any(t.lower_ in ("trading", "trade") for t in role.children if c.i < t.i < role.i)]


def _ranked_by_role(ps: ParsedSentence, eco: EconomyTokens) -> tuple[str, str | None] | None:
    """"The top destination for Egyptian goods was Italy, with exports worth X", "Kenya's
    largest source of imports was China": the economy said to be the role the subject
    names is the partner; the role's owner (its possessive, or the economy it is "for" or
    "of"), if said, the reporter."""
    for root in (t for t in ps.sent if t.dep_ == "ROOT" and t.lemma_.lower() in _ROLE_VERBS):
        role = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ROLE_NOUNS),
                    None)
        ranked = next((code for c in root.children if c.dep_ == "attr" and (code := eco.of(c))), None)
        if role is None or ranked is None:
            return None
        owner = next((code for o in _owners_of(role) if (code := eco.of(o)) and code != ranked), None)
        return ranked, owner
    return None


def _longer_stretches(stated: set[tuple], periods: set[tuple]) -> bool:
    """Whether each period stated is a longer stretch holding one of ``periods`` (the first
    half against its June)."""
    return bool(stated) and all(any(s[0] <= p[0] and p[1] <= s[1] and s != p for p in periods) for s in stated)


def _other_of(pair: Parties, economy: str | None) -> str | None:
    """The other economy of a pair, given one of them."""
    return pair.partner if economy == pair.reporter else pair.reporter


def _with_the_world(head) -> bool:
    """"the deficit with the rest of the world", "exports to the world": everyone, so no
    partner named before (also on the verb the flow is the object of: "posted a trade
    surplus of X with the world")."""
    holders = (head, head.head) if head.dep_ in ("dobj", "obj") else (head,)
    return any(p.dep_ in ("prep", "dative") and p.lower_ in ("to", "from", "with")
               and any(o.dep_ == "pobj" and (o.lower_ == "world" or rest_of_the_world(o)) for o in p.children)
               for h in holders for p in h.children)


def _balance_of_a_pairs_flows(triggers: list[Trigger], result: dict[int, Parties]) -> None:
    """"Exports to Chile stood at X, while imports were valued at Y, resulting in a Z
    trade deficit": a balance said with no partner after both flows of a pair, in their
    sentence, is the pair's; and "Exports to the United States rose to X and imports rose
    to Y, pushing the trade surplus with that country to Z": a flow said with no partner
    between a flow with a partner and the balance with that partner is of the trade the
    balance is made of. So is a total the flows are summed to ("..., making a total of Z",
    "bringing total trade to Z")."""
    for k, trig in enumerate(triggers):
        found = result.get(id(trig))
        if trig.measure not in ("balance", "total") or found is None or found.partner is not None \
                or any(c.lower_ in WORLD_MODIFIERS for c in trig.head.children):
            continue
        flows = {t.measure: result[id(t)] for t in triggers[:k]
                 if t.measure in ("export", "import") and id(t) in result}
        pairs = {(p.reporter, p.partner) for p in flows.values()}
        if len(flows) == 2 and len(pairs) == 1 and (pair := pairs.pop())[1] is not None \
                and found.reporter in (None, pair[0]):
            result[id(trig)] = trig.parties = Parties(pair[0], pair[1], found.explicit)
    for k, trig in enumerate(triggers):
        found = result.get(id(trig))
        if trig.measure not in ("export", "import") or found is None or found.partner is not None \
                or any(c.lower_ in WORLD_MODIFIERS for c in trig.head.children):
            continue
        before = [result[id(t)] for t in triggers[:k] if t.measure in ("export", "import") and id(t) in result]
        after = [result[id(t)] for t in triggers[k + 1:] if t.measure == "balance" and id(t) in result]
        if before and after and before[-1].partner is not None and after[0].partner == before[-1].partner \
                and found.reporter in (None, before[-1].reporter) and after[0].reporter == before[-1].reporter:
            result[id(trig)] = trig.parties = Parties(before[-1].reporter, before[-1].partner, found.explicit)


def _joined_after_its_partner(flow: Token, before: Token) -> bool:
    """"a surplus with exports of X to Uganda and imports of Y": the second of two flows
    named together, which the parse may hang on the first one's partner ("Uganda and
    imports"), is with that partner too."""
    head = flow.head if flow.dep_ == "conj" else None
    if head is None:
        return False
    if head == before:
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in ("to", "from") \
        and head.head.head == before


def _subject_of_a_joined_clause(flow: Token, before: Token) -> bool:
    """"Total exports edged up to X and imports rose to Y": the flow is the subject of a
    clause joined to the one the flow before is the subject of."""
    verb = flow.head
    return flow.dep_ in ("nsubj", "nsubjpass") and before.dep_ in ("nsubj", "nsubjpass") \
        and verb.dep_ == "conj" and verb.head == before.head


_CAUSE_MARKS = {"because", "as", "since"}


def _in_a_cause(head) -> bool:
    """Whether the flow is named in a clause of cause ("exports fell, mainly because gold
    shipments to the United Kingdom dropped, while imports jumped to X"): no flow the
    clause after it is set against."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    return any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in verb.children)


class PartyMemory:
    """The parties of each sentence's flows, and what of them the next sentences keep."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        # The parties last given each measure with an explicit reporter.
        self.last_parties: dict[str, Parties] = {}
        self.last_balance_sign = 0  # the sign of the last balance given its parties so
        self.last_reporter: str | None = None  # of the last flow that named its own
        # The pair of the sentence just before, when it reported a balance or a total with
        # one partner (it reaches every measure), both flows with one partner (a balance or
        # a total only), or one flow with a partner (the same flow said again, and a balance
        # said as its consequence: "This left Egypt with ...").
        self.previous_pair: _PairBefore | None = None
        # Where the sentence after one about the reporter's trade with the world starts.
        self.world_before: int | None = None
        # Where the story first told a flow with the world (naming its reporter), the
        # periods it told each measure with the world in, and the sentence (start, end) of
        # each measure's last flow with a partner.
        self.first_with_world: int | None = None
        self.with_a_partner: dict[str, tuple[int, int]] = {}
        self.world_periods: dict[str, set[tuple]] = {}
        # The flows (trigger ids) a partner plays a role with ("Japan was the top market,
        # buying X"): their parties are not the story's, for the sentences after.
        self._acted_by_a_role: set[int] = set()

    def resolve(self, triggers: list[Trigger], eco: EconomyTokens, ps: ParsedSentence,
                economy_tokens: set[int]) -> dict[int, Parties]:
        """Each trigger's parties (by the trigger's id), remembering what the next
        sentences may go on with."""
        result: dict[int, Parties] = {}
        previous_explicit: Parties | None = None
        previous_explicit_measure: str | None = None
        previous_flow: tuple[str, str, Token] | None = None  # (measure, partner, word) of the sentence's last flow
        whole_flow: tuple[str, Token] | None = None  # (measure, word) of the sentence's last flow said of the world
        whole_measures: set[str] = set()  # the flows of the sentence found with the world
        root_subject = self._root_subject_economy(ps, eco)
        self.previous_pair = self._pair_led_without_figures(ps) or self.previous_pair
        bilateral: tuple[int, Parties] | None = None  # (where, parties) of the sentence's balance or total with one
        same_flow_before: dict[str, tuple[int, Parties]] = {}  # (where, parties) of each measure's last flow
        for trig in triggers:
            found = resolve_parties(trig, eco, self.ctx)
            at = trig.head.idx + ps.offset
            if trig.measure in ("total", "balance") \
                    and _BILATERAL.search(trig.head.doc.text, 0, trig.head.idx + len(trig.head.text)) \
                    and not self.ctx.within(self.ctx.economies, ps.start, ps.end) \
                    and (named := self._pair_named_before(ps)) is not None:
                # "In contrast, China-US trade witnessed a decline. Bilateral trade ... amounted
                # to X": the pair the sentence before named, not the story's
                found = named
            if found.partner is None and bilateral is not None and trig.measure in ("export", "import") \
                    and not any(c.lower_ in WORLD_MODIFIERS for c in trig.head.children) \
                    and (_WITH_CLAUSE.search(self.ctx.text, bilateral[0], at)
                         or _WHILE_CLAUSE.search(self.ctx.text, bilateral[0], at)) \
                    and {e.code for e in self.ctx.within(self.ctx.economies, bilateral[0], at)} \
                    <= {bilateral[1].reporter, bilateral[1].partner, self.ctx.subject}:
                # "The trade deficit with China (, Nepal's second-largest partner,) stood at X,
                # with imports totaling Y and exports amounting to Z": the flows the balance
                # is made of are with its partner ("Trade with the US grew to X while exports
                # rose to Y": so are those of a total, in a clause set beside it; one of the
                # pair's own, "Trade between Russia and China reached X, with China exporting
                # Y", is with the other)
                pair = bilateral[1]
                other = _other_of(pair, found.reporter) if found.reporter in (pair.reporter, pair.partner) \
                    else pair.partner
                found = Parties(found.reporter, other, found.explicit)
            if found.partner is None and previous_flow is not None \
                    and not any(c.lower_ in WORLD_MODIFIERS for c in trig.head.children) \
                    and {trig.measure, previous_flow[0]} == {"export", "import"} \
                    and (_WHILE_CLAUSE.search(self.ctx.text, ps.start, trig.head.idx + ps.offset)
                         or _joined_after_its_partner(trig.head, previous_flow[2])):
                # "Exports to the EU increased 11.4% to X, while imports went up 12% to Y":
                # the other flow in the clause set against it is with the same partner
                found = Parties(found.reporter, previous_flow[1], found.explicit)
            said_before = same_flow_before.get(trig.measure)
            if found.partner is None and said_before is not None and said_before[1].partner is not None \
                    and not any(c.lower_ in WORLD_MODIFIERS for c in trig.head.children) \
                    and _COMPARED_FLOW_LEAD.search(self.ctx.text, said_before[0], at):
                # "exports to China were X in July-August, against exports of Y a year
                # before": the flow named again as what the figure is compared with
                found = said_before[1]
            if trig.measure in ("export", "import") and found.partner is not None and not _in_a_cause(trig.head):
                previous_flow = (trig.measure, found.partner, trig.head)
            # "total exports", "overall trade": with the world, whatever partner came before.
            said_whole = _said_of_the_world(trig.head)
            world = said_whole or bool(_WORLD_OPENER.match(self.ctx.text, ps.start)) or _with_the_world(trig.head)
            if not world and found.partner is None and whole_flow is not None \
                    and {trig.measure, whole_flow[0]} == {"export", "import"} \
                    and (_WHILE_CLAUSE.search(self.ctx.text, ps.start, at)
                         or _joined_after_its_partner(trig.head, whole_flow[1])
                         or _subject_of_a_joined_clause(trig.head, whole_flow[1])):
                # "Total exports rose to X, while imports rose to Y", "..., and imports rose to
                # Y" (after exports to China): the other flow in the clause set beside a whole
                # one is whole too, as it would be with the first one's partner
                world = True
            if said_whole and found.partner is None and trig.measure in ("export", "import"):
                whole_flow = (trig.measure, trig.head)
            if not world and trig.measure == "balance" and found.partner is None \
                    and whole_measures == {"export", "import"}:
                # "..., and imports rose to Y, leaving a deficit of Z": the balance of two
                # whole flows just given is whole
                world = True
            if root_subject and found.partner != root_subject and self._share_subject(ps, eco):
                # "The EU accounted for €5,310 million (48%) of total Danish goods exports":
                # the subject is where the flow goes to (or comes from)
                owner = found.reporter if found.reporter not in (None, root_subject) else found.partner
                found = Parties(owner or self.ctx.subject, root_subject, True)
            if (acting := role_player_acting(trig.head, eco)) is not None:
                # "Uganda remained Kenya's biggest export market, importing X": the economy
                # given the role does what the participle says, with the role's owner
                found = acting
                self._acted_by_a_role.add(id(trig))
            if (not found.explicit and found.partner is None or said_bilateral(trig)) \
                    and (placed := _placed_subject(trig.head, eco)) is not None \
                    and placed not in (found.reporter, found.partner) \
                    and placed != (reporter := previous_explicit.reporter if previous_explicit else self.ctx.subject):
                # "Turkey was Georgia's biggest partner with X, while the US came in third with
                # mutual trade turnover exceeding Y": the economy a clause's verb gives a place
                # in the ranking is the partner of the flow it comes with (a "mutual" or
                # "bilateral" flow's too, whatever pair the sentence named before)
                found = Parties(reporter, placed, True)
            elif found.explicit and found.partner is None and found.reporter is not None \
                    and (placed := _placed_subject(trig.head, eco)) is not None and placed != found.reporter:
                # "Poland came second, with Ukrainian exports of X and imports of Y": a flow
                # that names its own economy and no partner, coming with the place, is
                # that economy's trade with the economy placed
                found = Parties(found.reporter, placed, True)
            if found.partner is None and root_subject and found.reporter in (None, root_subject) \
                    and (role := _subject_role(ps)) is not None \
                    and (owner := _role_owner(ps, eco, role) or self._last_reporter(trig.measure)) \
                    not in (None, root_subject):
                # "France emerged the second largest source of imports, with an import value
                # of X": the economy given the role is the partner of the role's owner (said,
                # or the reporter the story goes on with), not the flow's reporter
                found = Parties(owner, root_subject, True)
            if not found.explicit:
                if previous_explicit is not None:
                    found = Parties(previous_explicit.reporter,
                                    found.partner or (None if world else previous_explicit.partner))
                elif root_subject and found.partner is None and (owner := _role_owner(ps, eco)) is not None \
                        and owner != root_subject:
                    # "Germany was Turkiye's main export partner, with exports totaling X":
                    # the subject is the partner of the economy whose role it plays
                    found = Parties(owner, root_subject, True)
                elif found.partner is None and found.reporter is None and (ranked := _ranked_by_role(ps, eco)):
                    found = Parties(ranked[1] or self.ctx.subject, ranked[0], True)
                elif root_subject and root_subject != found.partner and self._ranked_subject(ps) \
                        and self.ctx.subject and root_subject != self.ctx.subject and found.partner is None:
                    # "Japan followed with imports at OMR 95 million": a ranking's next partner
                    found = Parties(self.ctx.subject, root_subject, True)
                elif root_subject and found.partner is not None \
                        and (owner := _role_owner(ps, eco)) not in (None, root_subject, found.partner):
                    # "Turkey was Azerbaijan's largest export market with X, while imports from
                    # Russia rose to Y": the subject is a partner in the role's owner's trade,
                    # and the owner reports the sentence's other flows
                    found = Parties(owner, found.partner, True)
                elif root_subject and root_subject != found.partner and not _subject_of_a_clause_of_its_own(trig.head):
                    # (not a flow that is the subject of a clause of its own: "India came second,
                    # while imports from the UAE rose to X" are the story's imports)
                    found = Parties(root_subject, found.partner, True)
                elif found.partner is None and not world \
                        and (pair := self._pair_just_before(ps, trig.measure, bare=True,
                                                            reporter=found.reporter)) is not None \
                        and not _other_balance(trig, self.previous_pair.balance_sign) \
                        and not self._back_to_the_world(trig, ps):
                    found = pair
                elif trig.measure in self.last_parties and found.partner is None:
                    # ("Georgia's total foreign trade turnover amounted to X. Exports amounted
                    # to Y": after a sentence on the trade with the world, so is a bare flow)
                    last = self.last_parties[trig.measure]
                    # (nor a balance of the other sign: "With France, Spain had a surplus of
                    # X. The deficit reached Y": the one with the world)
                    found = Parties(last.reporter, None, last.explicit) \
                        if world or self.world_before == ps.start or _other_balance(trig, self.last_balance_sign) \
                        or self._back_to_the_world(trig, ps) else last
                else:
                    reporter = self.ctx.subject if self.ctx.subject != found.partner else None
                    if reporter is None and self.last_reporter != found.partner:
                        # "Vietnam buys more Thai goods. Thailand's exports rose 4 percent ...
                        # Exports to Vietnam rose 9 percent": a flow to the economy the story
                        # was taken to be about is the one that last reported its own
                        reporter = self.last_reporter
                    found = Parties(reporter, found.partner)
            else:
                if found.partner is None and not world and previous_explicit is not None \
                        and previous_explicit.partner is not None and trig.measure in ("export", "import", "balance") \
                        and found.reporter in (previous_explicit.reporter, previous_explicit.partner) \
                        and not _own_balance_after_the_pairs(trig, found, previous_explicit, previous_explicit_measure) \
                        and not _the_countrys_own(trig.head):
                    # "Trade between Peru and South Korea reached $4.2 billion, with Peruvian
                    # exports at $2.9 billion", "In bilateral trade, Chinese exports grew to
                    # X": a flow of one of the pair named in its sentence is with the other
                    found = Parties(found.reporter, _other_of(previous_explicit, found.reporter), True)
                if found.partner is None and not world \
                        and (pair := self._pair_just_before(ps, trig.measure, reporter=found.reporter)) is not None \
                        and found.reporter in (pair.reporter, pair.partner) \
                        and not _other_balance(trig, self.previous_pair.balance_sign) \
                        and not self._balance_given_again(trig, found, pair, eco) \
                        and (_BREAKDOWN_OPENER.match(self.ctx.text, ps.start) or demonym_of(trig.head, eco)
                             # ("That left Indonesia with a surplus of X": its consequence, either side's)
                             or _CONSEQUENCE_OPENER.match(self.ctx.text, ps.start, ps.end)
                             or _owner_named_on(trig.head, eco)
                             or _balance_said_again(trig, found, pair)):
                    # "Trade between Vietnam and Thailand hit X. Of this, Vietnam's imports
                    # accounted for Y", "... Kazakh exports rose to Z": a part of the pair's
                    # trade is with the other
                    found = Parties(found.reporter, _other_of(pair, found.reporter), True)
                previous_explicit, previous_explicit_measure = found, trig.measure
                # (not the flow a partner plays a role with: "Japan was the Philippines' top export
                # market, buying X. January imports amounted to Y" are the Philippines' again)
                if trig.counts and not share_whole(trig.head) and id(trig) not in self._acted_by_a_role:
                    self.last_parties[trig.measure] = found
                    self.last_reporter = found.reporter
                    if trig.measure == "balance":
                        self.last_balance_sign = trig.sign
            result[id(trig)] = found
            trig.parties = found
            if world and found.partner is None and trig.measure in ("export", "import"):
                whole_measures.add(trig.measure)
            if found.partner is None and found.explicit and found.reporter is not None:
                self.first_with_world = at if self.first_with_world is None else self.first_with_world
                self.world_periods.setdefault(trig.measure, set()).update(self._periods_stated(ps.start, ps.end))
            elif found.partner is not None and trig.counts:
                self.with_a_partner[trig.measure] = (ps.start, ps.end)
            same_flow_before[trig.measure] = (at, found)
            if trig.measure in ("balance", "total") and found.partner is not None and not world:
                bilateral = (at, found)
        _balance_of_a_pairs_flows(triggers, result)
        self._remember_pair(triggers, result, ps, economy_tokens)
        return result

    def _balance_given_again(self, trig: Trigger, found: Parties, pair: Parties, eco) -> bool:
        """"Japan's trade deficit with China widened to 1.03 trillion yen in January. On a
        seasonally adjusted basis, Japan's trade deficit was 1.74 trillion yen": the pair's
        reporter names its balance again, with a figure of its own, after the pair's balance
        was given one: another series (its own with the world), not the pair's said again
        (as after a pair said with a change alone: "India's trade deficit with China widened
        by 16 per cent. India's trade deficit reached $73 billion")."""
        return trig.measure == "balance" and self.previous_pair.balance_figured and found.reporter == pair.reporter \
            and _owner_named_on(trig.head, eco)

    def _back_to_the_world(self, trig: Trigger, ps: ParsedSentence) -> bool:
        """"China's exports rose 7.2% in July. Exports to the United States fell 11.6% to X.
        In the first seven months of the year, exports rose 5.9% to Y": in a story that
        told its trade with the world (naming its reporter) before it broke it down by
        partner, a bare flow of a period its sentence states anew (not one the partner's
        sentence stated) is with the world again."""
        measure = trig.measure
        told = self.first_with_world
        # (the partner's balance or total reaches every flow: "China's surplus with the US
        # narrowed to X in July. In the first seven months, exports rose ...")
        last = max((self.with_a_partner[m] for m in {measure, "balance", "total"} if m in self.with_a_partner),
                   default=None)
        if last is None:
            return False
        stated = self._periods_stated(ps.start, ps.end)
        partners = self._periods_stated(*last)
        if stated and partners and _longer_stretches(stated, partners) \
                and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.head.children):
            # "South Korea's exports to China dipped to X last month. For the January-June
            # period, exports fell to Y": a longer stretch holding the partner's period is
            # the story's whole, with the world, whether or not the story told it first
            # (but not "the surplus", which points back: "Thailand's surplus with China
            # widened to X in March. In the first quarter, the surplus stood at Y")
            return True
        if told is None or told >= last[0]:
            return False
        # (not a period the world's figure was already given for: "In the first seven
        # months Spain's deficit reached X. With Germany, the deficit was Y in July. The
        # deficit reached Z in the first seven months" goes on with Germany; nor one before
        # the partner's: "imports from Türkiye totaled X in 2023. In 2022, imports totaled Y")
        earlier = partners and all(end < min(start for start, _ in partners) for _, end in stated)
        return bool(stated) and not earlier and not stated & (partners | self.world_periods.get(measure, set()))

    def _periods_stated(self, start: int, end: int) -> set[tuple]:
        return {(p.period_start, p.period_end) for p in self.ctx.within(self.ctx.periods, start, end)
                if p.comparison is None and p.period_start is not None}

    def _last_reporter(self, measure: str) -> str | None:
        """The reporter of the story's last flow of this measure, else the story's subject."""
        last = self.last_parties.get(measure)
        return last.reporter if last is not None and last.reporter else self.ctx.subject

    def _pair_named_before(self, ps: ParsedSentence) -> Parties | None:
        """The pair the sentence just before names as a pair ("China-US trade", "trade
        between Kenya and Uganda"), if it names no other economy."""
        k = bisect_left(self.ctx.sentences, (ps.start, -1))
        if k == 0:
            return None
        pair = pair_named_within(self.ctx, *self.ctx.sentences[k - 1])
        return Parties(pair[0], pair[1], True) if pair is not None else None

    def _pair_just_before(self, ps: ParsedSentence, measure: str, bare: bool = False,
                          reporter: str | None = None) -> Parties | None:
        """"The deficit with Mexico increased to $6.6 billion. Exports decreased to $21.9
        billion": the sentence after a bilateral balance goes on about the same pair; so
        does the balance after both flows with one partner ("exports to Japan reached X,
        while imports amounted to Y. This resulted in a trade deficit of Z")."""
        if self.previous_pair is None:
            return None
        before = self.previous_pair
        if before.next_start != ps.start and not self._said_of_the_pair_between(before, ps.start):
            return None
        if measure in before.as_consequence and _CONSEQUENCE_OPENER.match(self.ctx.text, ps.start, ps.end):
            return before.pair
        # (the other flow said bare, or the reporter's balance, for periods of its own the
        # pair's sentence did not state, turns from the pair: "New Zealand's imports from
        # China rose to X in July. For the year ended July 2021, the annual trade balance was
        # a deficit of Y. Annual exports rose to Z", "exports to the EU fell in the three months
        # to September ... In September alone, the goods deficit narrowed"; the same flow said
        # again for another period goes on with it: "In 2022, imports totaled $1.6 billion")
        stated = self._periods_stated(ps.start, ps.end)
        turned = bool(before.periods) and bool(stated) and not stated & before.periods
        # (the same flow said for a longer stretch holding the pair's period is the story's
        # whole: "exports to China dipped to X last month. For the January-June period,
        # exports fell 8.5 percent to Y")
        widened = turned and _longer_stretches(stated, before.periods)
        if measure in before.said_again and bare and not (turned and measure not in before.measures or widened):
            return before.pair
        if measure == "balance" and before.reporters_balance and reporter in (None, before.pair.reporter) \
                and not turned:
            # ("Korea's exports to Japan fell to X. Japan's trade surplus crashed to Y": the
            # partner's own balance is not the pair's)
            return before.pair
        if turned and before.reaches == ("balance", "total"):
            return None  # (nor the balance after both flows with the partner, for another period)
        return before.pair if measure in before.reaches else None

    def _pair_led_without_figures(self, ps: ParsedSentence) -> _PairBefore | None:
        """"Pakistan's trade deficit with China widened in the first quarter. Exports stood
        at X, while imports were Y": a sentence with no figure that names one pair's trade,
        and no other economy, leads the next sentence to the pair as a bilateral balance or
        total with figures does. Its reporter is the economy whose trade it names, or for a
        pair named as a pair ("Trade between Kenya and Uganda") the story's subject."""
        k = bisect_left(self.ctx.sentences, (ps.start, -1))
        if k == 0 or self.ctx.sentences[k][0] != ps.start:
            return None
        start, end = self.ctx.sentences[k - 1]
        # (a headline line, with no full stop, names the story's theme, not what the lead's
        # figures are of: "Britain's trade deficit with the EU swells\nThe UK's deficit ...")
        if self.ctx.within(self.ctx.money, start, end) or not _SENTENCE_END.search(self.ctx.text, start, end):
            return None
        named = self.ctx.within(self.ctx.economies, start, end)
        codes = list(dict.fromkeys(e.code for e in named))
        # (the pair's trade is what the sentence is about, said first: not "The moves were
        # meant to balance trade between Taiwan and the United States")
        if len(codes) != 2 or len(self.ctx.text[start:named[0].start].split()) > _LEAD_WORDS_BEFORE_PAIR:
            return None
        flow = None
        if pair_named_within(self.ctx, start, end) is not None \
                and _PAIRS_TRADE.search(self.ctx.text, start, min(end, named[-1].end + 30)):
            # (a lead on the pair's ties, not its trade, leads nowhere: "Economic ties between
            # Egypt and Italy are growing. Trade turnover reached X" was measured to lose)
            reporter = self.ctx.subject if self.ctx.subject in codes else codes[0]
        elif (said := _OWN_FLOW_WITH.match(self.ctx.text, named[0].end)) \
                and said.end() == next(e for e in named if e.code == codes[1]).start \
                and not MORE_THAN_A_PAIR.match(self.ctx.text, named[-1].end):
            reporter = codes[0]
            flow = _ONE_FLOW_WORDS.get(said["word"].lower())
        else:
            return None
        pair = Parties(reporter, codes[1] if reporter == codes[0] else codes[0], True)
        if flow is not None:
            # ("Japan's exports to China slumped. Japan's exports fell 2% to X": one flow
            # with a partner reaches only the same flow said bare, as a figure's does)
            return _PairBefore(ps.start, pair, (), ("balance",), (flow,))
        words = re.findall(r"[a-z]+", self.ctx.text[start:end].lower())
        signs = {_BALANCE_SIGN_WORDS[w] for w in words if w in _BALANCE_SIGN_WORDS}
        return _PairBefore(ps.start, pair, MEASURES, balance_sign=signs.pop() if len(signs) == 1 else 0)

    def _said_of_the_pair_between(self, before: _PairBefore, start: int) -> bool:
        """"Uzbekistan's trade with China reached X. China ranks first among its partners.
        Exports amounted to Y": sentences between with no figure, that speak of the pair and
        of no other economy, do not turn the story from it."""
        if before.next_start > start:
            return False
        pair = {before.pair.reporter, before.pair.partner}
        named = {e.code for e in self.ctx.within(self.ctx.economies, before.next_start, start)}
        return not self.ctx.within(self.ctx.money, before.next_start, start) and bool(named) and named <= pair

    def _remember_pair(self, triggers: list[Trigger], result: dict[int, Parties], ps: ParsedSentence,
                       economy_tokens: set[int]) -> None:
        # (nor a flow a partner plays a role with: the story goes on with its own economy)
        counted = [t for t in triggers if t.counts and id(t) not in self._acted_by_a_role]
        # ("the value of Polish exports to Ukraine": the value is that flow, whose parties it
        # does not carry itself)
        heads = {t.head.i for t in counted}
        counted = [t for t in counted if not any(p.dep_ == "prep" and p.lower_ == "of" and o.i in heads
                                                 for p in t.head.children for o in p.children)]
        self.previous_pair = None
        following = bisect_left(self.ctx.sentences, (ps.start, -1)) + 1
        self.world_before = None
        if counted and following < len(self.ctx.sentences) \
                and all(result[id(t)].partner is None for t in counted) \
                and any(result[id(t)].explicit for t in counted) \
                and any(_said_of_the_world(t.head) or _with_the_world(t.head) for t in counted):
            # (one flow with its owner named may carry the other: "Total exports rose to X,
            # while imports rose to Y")
            self.world_before = self.ctx.sentences[following][0]
        if not counted or len({result[id(t)].partner for t in counted}) != 1 or not result[id(counted[0])].partner:
            return
        if any(group_partner(t.head, economy_tokens) for t in counted):
            return  # "the deficit of trading with countries outside EU": no pair, and not the EU
        reporter = result[id(counted[0])].reporter
        named = {e.code for e in self.ctx.within(self.ctx.economies, ps.start, ps.end)} - {reporter}
        if len(named) >= 2 and len(self.ctx.within(self.ctx.money, ps.start, ps.end)) >= 2:
            return  # figures listed partner by partner: no one pair the story goes on about
        measures = {t.measure for t in counted}
        reaches: tuple[str, ...] = ()
        as_consequence = said_again = ()
        reporters_balance = False
        if measures <= {"balance", "total"}:
            reaches = MEASURES
        elif measures == {"export", "import"}:
            reaches = ("balance", "total")
        elif len(measures) == 1 and measures <= {"export", "import"}:
            # "Egypt's imports from India were $3.1 billion. This left Egypt with a $1.2
            # billion trade deficit": one flow with a partner passes it on to a balance
            # said as its consequence, and to the same flow said again with no owner of
            # its own ("In 2022, imports totaled $1.6 billion": the series for another
            # period); not to the other flow (a story turns from the pair as often as not).
            as_consequence, said_again = ("balance",), tuple(measures)
            if self._led_by_the_pair(result[id(counted[0])]):
                # "Korean shipments to China have risen ... Korea's exports to China rose X.
                # Imports rose 12.9 percent to Y": in a story led by the pair, the other
                # flow said bare goes on about it too; so does the balance said next with
                # no partner of its own ("Taiwan's exports to Malaysia went up to X. Taiwan
                # registered a trade surplus of Y during the period")
                said_again = ("export", "import")
                reporters_balance = True
        else:
            return
        if following < len(self.ctx.sentences):
            found = result[id(counted[0])]
            signs = {t.sign for t in counted if t.measure == "balance" and t.sign}
            figured = "balance" in measures and bool(self.ctx.within(self.ctx.money, ps.start, ps.end))
            self.previous_pair = _PairBefore(self.ctx.sentences[following][0], Parties(found.reporter, found.partner),
                                             reaches, as_consequence, said_again,
                                             signs.pop() if len(signs) == 1 else 0, reporters_balance, figured,
                                             frozenset(self._periods_stated(ps.start, ps.end)), frozenset(measures))

    def _led_by_the_pair(self, pair: Parties) -> bool:
        """Whether the story's first sentence that names an economy names both of the pair."""
        for start, end in self.ctx.sentences:
            named = {e.code for e in self.ctx.within(self.ctx.economies, start, end)}
            if named:
                return {pair.reporter, pair.partner} <= named
        return False

    @staticmethod
    def _share_subject(ps: ParsedSentence, eco: EconomyTokens) -> bool:
        """The sentence's main verb gives its subject's part of a flow ("accounted for",
        "represented", "made up"), and the subject is an economy itself ("The EU", not
        "Cambodia-Japan trade")."""
        return any(t.dep_ == "ROOT" and t.lemma_.lower() in ("account", "represent", "constitute", "make")
                   and any(c.dep_ == "nsubj" and c.i in eco.by_token for c in t.children)
                   and any(p.dep_ == "prep" and p.lower_ == "of" for tok in t.subtree for p in tok.children)
                   for t in ps.sent)

    @staticmethod
    def _ranked_subject(ps: ParsedSentence) -> bool:
        """The sentence's main verb ranks its subject after another ("followed", "trailed",
        "came in third", "secured the second position")."""
        return any(t.dep_ == "ROOT" and (t.lemma_.lower() in ("follow", "trail") or _PLACED.match(t.doc.text, t.idx))
                   for t in ps.sent)

    def _root_subject_economy(self, ps: ParsedSentence, eco: EconomyTokens) -> str | None:
        for tok in ps.sent:
            if tok.dep_ == "ROOT":
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return eco.of(child)
        return None


def role_player_acting(head, eco) -> Parties | None:
    """The parties of a flow said as a participle, with no subject of its own, of a clause
    that gives its subject a role in another economy's trade ("Uganda remained Kenya's
    biggest export market, importing X", "China was Kenya's main supplier, exporting Y"):
    the subject trades, with the role's owner."""
    verb = clause_of_participle(head)
    if verb is not None and _PLACE_TAKEN.match(verb.doc.text, verb.idx) and (player := _subject_economy(verb, eco)):
        # "China ranked first, importing $8.7 billion worth of Iranian products, followed by
        # Iraq with Y": a place in the ranking, the role unnamed; the goods say whose
        owner = next((code for code in goods_origins(head, eco) if code != player), None)
        return Parties(player, owner, True) if owner is not None else None
    if verb is None or verb.lemma_.lower() not in _ROLE_VERBS:
        return None
    player = _subject_economy(verb, eco)
    # ("Germany was by far the largest market": the parse makes the role the object of "by")
    by_far = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
              and any(f.lower_ == "far" for f in c.children) for o in c.children if o.dep_ == "pobj"]
    for attr in (c for c in (*verb.children, *by_far) if c.dep_ in ("attr", "acomp", "oprd") or c in by_far
                 if c.lemma_.lower() in ROLE_NOUNS):
        owner = next((code for c in attr.children if c.dep_ == "poss" and (code := eco.of(c))), None)
        # ... or the economy the role is said of: "the biggest buyer of Vietnamese
        # products", "the largest supplier of products for Vietnam"
        owner = owner or next((code for t in attr.subtree if t.i != attr.i and t.dep_ in ("pobj", "amod", "compound")
                               and (code := eco.of(t)) and code != player), None)
        # ... or, the role said of no one ("China was the top destination, importing $11.3
        # billion worth of Iranian goods"), the economy the goods it trades are named after
        owner = owner or next((code for code in goods_origins(head, eco) if code != player), None)
        if player is not None and owner is not None and owner != player:
            return Parties(player, owner, True)
    return None


# A place in a ranking taken by a verb's subject: "ranked first", "came top", "topped the list".
_PLACE_TAKEN = re.compile(r"(?:ranked|ranks|came|comes|placed|finished)\s+(?:in\s+)?"
                          r"(?:first|top|second|third|fourth|fifth)\b"
                          r"|topped\s+the\s+(?:list|ranking|table)|took\s+the\s+lead", re.IGNORECASE)


def _placed_subject(head, eco) -> str | None:
    """The economy that the verb governing a flow gives a place in a ranking, as its
    subject ("the US came in third with trade turnover of X")."""
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _PLACED.match(verb.doc.text, verb.idx):
        return None
    return _subject_economy(verb, eco)


def _subject_of_a_clause_of_its_own(head) -> bool:
    """Whether the flow is the subject of a verb that is not the sentence's main one and
    opens a clause set beside it ("..., while imports from the UAE rose to X")."""
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ in ("advcl", "conj") \
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas", "as", "but", "although", "though")
                for c in head.head.children)


def _subject_economy(verb, eco) -> str | None:
    """The economy the verb's subject names, if it names one."""
    return next((code for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (code := eco.of(c))), None)


def _owner_named_on(head, eco) -> bool:
    """The flow names its economy on itself: "Armenia's exports", "exports from Armenia"
    (as "Armenian exports" does), not as the clause's subject."""
    if any(c.dep_ == "poss" and eco.of(c) for c in head.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(eco.of(o) for o in p.children if o.dep_ == "pobj")
               for p in head.children) and head.lower_.startswith("export")


def _said_of_the_world(head) -> bool:
    """"total exports", "overall trade", "foreign trade turnover" (the word on the flow
    word the head is compounded with); or flows that figures of the whole trade show
    ("Switzerland's total trade numbers showed exports falling to X")."""
    return any(c.lower_ in WORLD_MODIFIERS for c in head.children) \
        or any(g.lower_ in WORLD_MODIFIERS for c in head.children if c.dep_ == "compound" for g in c.children) \
        or _shown_by_whole_figures(head)


_FIGURE_NOUNS = {"numbers", "figures", "data", "statistics"}


def _shown_by_whole_figures(head) -> bool:
    """Whether the flow is what "total trade numbers" (figures, data) "showed"."""
    clause = head.head if head.dep_ in ("nsubj", "dobj") and head.head.dep_ in ("ccomp", "xcomp") else None
    if clause is None:
        return False
    return any(s.dep_ == "nsubj" and s.lower_ in _FIGURE_NOUNS and any(c.lower_ in WORLD_MODIFIERS for c in s.children)
               for s in clause.head.children)
