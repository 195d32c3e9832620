"""The economy a story is about, and the two economies of a bilateral story.

The subject is the first economy the title names, else the first of the first
sentence, else the first of the text. The pair is the subject and the other economy
the title or first sentence names, else the one mentioned most often beside it:
what "the two nations" and "bilateral trade" refer to.
"""
import re
from collections import Counter

from extractor.data import economies as tables
from extractor.recognise.currency import NAME_SENSES, issuing_economies, tender
from extractor.recognise.economy import find_economies
from models import EconomyMention, MoneyMention

# Currencies any economy's trade is stated in: they say nothing of whose story it is.
_VEHICLE_CURRENCIES = {"USD", "EUR"}


# A flow's partner: "exports to China", "imports from Japan", "the trade deficit with
# India", "goods shipped to the US", "demand from markets in the West". Said first, it is
# still not whose story it is.
# The preposition must fit the flow: "exports from China" and "imports into the US"
# name the reporter.
_PARTNER_BEFORE = re.compile(
    r"\b(?:(?:exports?|shipments?|sales|exported|shipped|sold|sent|supplied|delivered|dispatched)\s+(?:[\w-]+\s+){0,2}?to"
    r"|(?:imports?|purchases|imported|bought)\s+(?:[\w-]+\s+){0,2}?from"
    # ("the exchange of goods with Montenegro", "commerce with", "turnover with")
    r"|(?:trade|trading|deficit|surplus|exchange|commerce|turnover)\s+(?:[\w-]+\s+){0,2}?with"
    # ... with its figure between: "a trade deficit of €5.221 billion with the UK"
    r"|(?:deficit|surplus)\s+of\s+\S*\d[\d.,]*\s*(?:[a-zA-Z]+\s+)?with"
    # the flow left out: "while those to Japan fell", "that with South Korea rose"
    r"|\b(?:those|that)\s+(?:to|from|with)"
    # the market a flow sells in: "as demand from traditional markets in the West recovered"
    r"|(?:demand|orders|buyers)\s+(?:[\w-]+\s+){0,3}?(?:from|in)|markets?\s+(?:in|of|like|such\s+as))"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


# The roles a partner is given: "top trade partners", "largest market", "main source".
_PARTNER_ROLES = r"(?:partners?|markets?|suppliers?|customers?|destinations?|buyers?|sources?)\b"
# "China, Japan and the US were the Philippines's top trade partners": the economy whose
# partners they are is the story's; "PSA lists PHL's top trade partners".
_OWNS_PARTNERS = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,4}?" + _PARTNER_ROLES, re.IGNORECASE)


# ... or after the role: "China surpasses US to become top export market for Korea".
_PARTNERS_FOR = re.compile(r"\b" + _PARTNER_ROLES + r"\s+(?:for|of)\s+(?:the\s+)?$", re.IGNORECASE)


# ... or owns the trade another economy is ranked in: "Russia keeps the lead in Armenia's
# trade", "China's share of Kenya's exports".
_OWNS_TRADE = re.compile(r"(?:'s|’s|'|’)\s+(?:(?:foreign|total|overall)\s+)?(?:trade|exports|imports)\b",
                         re.IGNORECASE)
# ("Russia has regained its leadership in Uzbekistan's foreign trade turnover")
_RANKED_IN = re.compile(r"\b(?:lead|leadership|top|first|largest|biggest|share|place|position)\s+(?:in|of)\s+$",
                        re.IGNORECASE)


# ... or as the partner's modifier: "Canada was the top US trading partner" (not "the US
# market", which is the US as a market).
_MODIFIES_PARTNER = re.compile(r"\s+(?:trading|trade)\s+partners?\b", re.IGNORECASE)


def owns_a_partner(mention: EconomyMention, text: str) -> bool:
    """Whether the mention owns a partner's role said of another economy ("Korea's largest
    export destination", "top export market for Korea"), or the trade another is ranked
    in ("keeps the lead in Armenia's trade")."""
    return bool(_OWNS_PARTNERS.match(text, mention.end) or _MODIFIES_PARTNER.match(text, mention.end)
                or _PARTNERS_FOR.search(text, max(0, mention.start - 50), mention.start)
                or _OWNS_TRADE.match(text, mention.end) and _RANKED_IN.search(text, max(0, mention.start - 20),
                                                                               mention.start))


# An economy named in an event around the story, not as a trader: "the Russian invasion
# of Ukraine", "the war in Ukraine", "sanctions on Iran".
# ("as demand weakened amid a slowdown in China": the economy where the conditions are)
_EVENTS = (r"invasion|war|aggression|attacks?|conflict|sanctions|crisis|elections?|troops|forces|president|government"
           r"|slowdown|recession|downturn|lockdowns?|outbreak")
_IN_EVENT_BEFORE = re.compile(rf"\b(?:{_EVENTS})\s+(?:of|in|on|against|with)\s+(?:the\s+)?$", re.IGNORECASE)
_IN_EVENT_AFTER = re.compile(rf"\s+(?:{_EVENTS})\b", re.IGNORECASE)
# "the United States' unilateral sanctions against the Iranian economy", "Russia's
# invasion of Ukraine": an economy owning an act of conflict (not "China's government said")
_OWNS_CONFLICT = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}?(?:invasion|war|aggression|attacks?|sanctions|"
                            r"troops|forces|blockade|embargo)\b", re.IGNORECASE)
# "the US-China trade war": a dispute between them, whatever its form
_IN_DISPUTE_AFTER = re.compile(r"(?:\s*[-–/]\s*[A-Z][\w.]*)?\s+(?:trade|tariff)\s+(?:war|dispute|tensions?|row)\b",
                               re.IGNORECASE)


# "ahead of US tariffs", "China curbs": an economy's measures against trade, not its trade.
_MEASURES_AFTER = re.compile(r"\s+(?:tariffs?|duties|levies|curbs|quotas|embargo|ban)\b", re.IGNORECASE)


def in_event(mention: EconomyMention, text: str) -> bool:
    """Whether the mention names an economy in an event, not a trader ("the Russian
    invasion of Ukraine")."""
    return bool(_IN_EVENT_AFTER.match(text, mention.end) and mention.form == "demonym"
                or _MEASURES_AFTER.match(text, mention.end)
                or _IN_DISPUTE_AFTER.match(text, mention.end) or _OWNS_CONFLICT.match(text, mention.end)
                or _IN_EVENT_BEFORE.search(text[max(0, mention.start - 40):mention.start]))


# A nationality said of a market ("amid Indian market softness", "weak Chinese demand"):
# where goods go, not whose story it is.
_MARKET_AFTER = re.compile(r"\s+(?:market|markets|demand|buyers|consumers|importers|customers)\b", re.IGNORECASE)


# A flow said as what drove the story's figure: "Trade surplus buoyed by India exports",
# "deficit widens on China demand" (what the story's economy sells there, not its trade).
_CAUSE_BEFORE = re.compile(r"\b(?:(?:buoyed|boosted|driven|fuell?ed|lifted|helped|propped\s+up|dragged|hit|hurt|weighed)"
                           r"(?:\s+down)?\s+by|on|amid)\s+(?:(?:strong|weak|higher|lower|record|rising|falling)\s+)?$",
                           re.IGNORECASE)
_FLOW_AFTER = re.compile(r"\s+(?:exports?|imports?|demand|shipments?|sales|purchases|buying)\b", re.IGNORECASE)


# An economy given a partner's role right after its name: "Uganda top destination as Kenya
# exports hit Sh643bn", "China, biggest supplier of ...", "US remains top market for ...".
# ("China an important trade partner: Minister", a headline's role said with "an")
_ROLE_AFTER = re.compile(r"\s*,?\s+(?:(?:is|was|remains|remained|becomes|became|stays|as)\s+)?(?:the\s+|an?\s+)?"
                         r"(?:(?:top|biggest|largest|main|leading|major|key|principal|second|third|no\.?\s*\d"
                         r"|important|vital|significant|strategic|crucial)[-\s]+)+"
                         r"(?:(?:export|import|trade|trading)\s+)?" + _PARTNER_ROLES, re.IGNORECASE)


# ... or a place after the ranked one, named alone or in a list: "China stays top partner;
# Japan, US follow".
_FOLLOWING_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s*(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*"
                              r"\s+(?:follow|follows|followed|trail|trails)\b(?!\s+(?:by|suit))")


# ... or its share of the story's flows: "the EU accounted for 48% of total exports".
_SHARE_AFTER = re.compile(r"\s+(?:accounted|accounts|accounting)\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?"
                          r"\d[\d.,]*\s*(?:%|per\s*cent|percent|pct)\s+of\s+(?:the\s+)?"
                          r"(?:country's\s+|total\s+|all\s+)*(?:exports|imports|trade)\b", re.IGNORECASE)


def as_partner(mention: EconomyMention, text: str) -> bool:
    """Whether the mention names the partner of a flow said just before it, a market
    by its nationality, the flow that drove the story's figure, or an economy given a
    partner's role ("Uganda top destination")."""
    if text.startswith(("'s", "’s"), mention.end):
        return False  # "Exports to Turkey's major trade partner": the owner of the partner
    return bool(_PARTNER_BEFORE.search(text[max(0, mention.start - 60):mention.start])) \
        or _ROLE_AFTER.match(text, mention.end) is not None \
        or _FOLLOWING_AFTER.match(text, mention.end) is not None \
        or _SHARE_AFTER.match(text, mention.end) is not None \
        or mention.form == "demonym" and _MARKET_AFTER.match(text, mention.end) is not None \
        or bool(_CAUSE_BEFORE.search(text[max(0, mention.start - 40):mention.start])
                and _FLOW_AFTER.match(text, mention.end))


# Economies listed together: "Japan, South Korea", "Japan and South Korea".
_LISTED_WITH = re.compile(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", re.IGNORECASE)


def _not_partners(mentions: list[EconomyMention], text: str) -> list[EconomyMention]:
    """The mentions not named as a flow's partner (as_partner), nor listed right after one
    ("Demand from Japan, South Korea softens New Zealand trade deficit": both markets)."""
    kept, partner_before = [], None
    for m in mentions:
        if as_partner(m, text) or partner_before is not None \
                and _LISTED_WITH.fullmatch(text, partner_before.end, m.start):
            partner_before = m
            continue
        kept.append(m)
        partner_before = None
    return kept


def subject_economy(economies: list[EconomyMention], title_economies: list[EconomyMention],
                    lead_end: int, dateline: str | None = None, text: str | None = None,
                    title: str | None = None) -> str | None:
    """``lead_end`` is where the first sentence ends; ``dateline`` the economy of the
    dateline's city ("ISLAMABAD:"), which picks the subject among the lead's economies:
    "ISLAMABAD: ... China remained Pakistan's largest trading partner" is Pakistan's
    story, "TOKYO (Reuters) - China's exports rose" still China's. An economy named
    only as a flow's partner ("Exports to China rose") is not the subject."""
    # (the lead's partners: "AUSTRALIA'S goods trade with China climbed to X")
    lead_partners = {m.code for m in economies if m.start < lead_end and text is not None and as_partner(m, text)}
    if text is not None:
        economies = [m for m in _not_partners(economies, text) if not in_event(m, text)]
    if title is not None:
        title_economies = [m for m in _not_partners(title_economies, title) if not in_event(m, title)]
    lead = [m for m in economies if m.start < lead_end]
    if title_economies and lead and {m.code for m in title_economies} <= lead_partners - {m.code for m in lead}:
        # "China trade tops $140b" over "AUSTRALIA'S goods trade with China climbed to X":
        # a headline's economy that the lead names only as the partner is the partner of
        # the economy the lead is about
        return lead[0].code
    if not lead and not title_economies and dateline and text is not None \
            and dateline_economy(text[:lead_end]) == dateline:
        # "CYPRUS: Trade deficit widens as exports take a tumble": a lead opened by its
        # dateline and naming no other economy is the dateline's story, whatever later
        # sentences name ("Intra-Extra EU Trade Statistics")
        return dateline
    if not lead and economies and text is not None:
        # A headline naming no economy: the lead is the first sentence that names one.
        ends = [i for i in (text.find(". ", economies[0].start), text.find("\n", economies[0].start)) if i >= 0]
        lead = [m for m in economies if m.start < min(ends, default=len(text))]
        # ("According to the CSO, the European Union accounted for more than half of Irish
        # exports": of its economies, the one that owns a flow)
        lead = sorted(lead, key=lambda m: not _OWNS_A_FLOW.match(text, m.end))
    # ("China surpasses US to become top export market for Korea": a title or lead that
    # gives one economy a partner's role for another is the owner's story)
    owner = [m for m in lead if text is not None and owns_a_partner(m, text)]
    if not title_economies and owner:
        return owner[0].code
    title_owner = [m for m in title_economies if title is not None and owns_a_partner(m, title)]
    if len({m.code for m in title_economies}) >= 2 and title_owner:
        return title_owner[0].code
    if dateline and len({m.code for m in title_economies}) >= 2 and any(m.code == dateline for m in title_economies):
        # "Japan climbs in NZ trade rankings" over "WELLINGTON -": of the economies the
        # title names, the dateline's is the one whose statistics the story tells
        return dateline
    if not title_economies and dateline and (any(m.code == dateline for m in lead) or not lead):
        # (a lead that names no economy, "SEOUL, May 21 (Yonhap) -- Exports jumped ...":
        # the dateline's)
        return dateline
    flow_owner = [m for m in title_economies if title is not None and _OWNS_A_FLOW.match(title, m.end)]
    # (not a pair owning it together: "Bangladesh-Saudi trade", "China and Japan's trade")
    paired = any(title is not None and _JOINED.fullmatch(title, x.end, y.start)
                 for x, y in zip(title_economies, title_economies[1:]))
    if len({m.code for m in title_economies}) >= 2 and len({m.code for m in flow_owner}) == 1 and not paired:
        # "China absorbs 61.4% of Angola's exports": of the headline's economies, the one
        # that owns the flow is the story's
        return flow_owner[0].code
    for source in (title_economies, lead, economies):
        if source:
            return source[0].code
    return None


# Two economies joined as a pair: "Bangladesh-Saudi", "China and Japan".
_JOINED = re.compile(r"\s*[-–/]\s*|\s+(?:and|&)\s+")
# A flow owned by the economy just named: "Angola's exports", "Kenyan imports".
_OWNS_A_FLOW = re.compile(r"(?:['’]s?\s+(?:[\w-]+\s+)?(?:exports|imports|shipments|trade)|\s+(?:exports|imports))\b"
                          # (not a dispute or a law about trade: "Japan's trade row", "U.S. trade bill")
                          r"(?!\s+(?:bill|war|row|dispute|deal|talks|policy|pact|agreement|rules|barriers|tensions"
                          r"|conflict|curbs|restrictions|relations|ties|representative|minister|ministry)\b)",
                          re.IGNORECASE)


# "ISLAMABAD:", "RIYADH, Aug. 7 (Reuters) -", "Bulawayo —", "TOKYO (dpa-AFX) -" at the
# start of a line among the first two.
_DATELINE = re.compile(
    # (a city's name may carry accents: "LOMÉ", "Yaoundé")
    r"^[ \t]*(?P<city>[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\- ]{1,30}?)[ \t]*"
    # "YEREVAN, Armenia, July 20 —": the city's country may come before the date
    r"(?:,[ \t]*(?P<country>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)(?=,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d|\d{1,2}[ \t]+[A-Z])))?"
    r"(?:,[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]+))?"
    # ("TASHKENT, Uzbekistan, July 20. The exports of ...": a stop after the date)
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?::|—|–|--?|(?<=\d)\.)[ \t]", re.MULTILINE)


_STATISTICS_OFFICE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, tables.STATISTICS_OFFICES), key=len,
                                                               reverse=True)) + r")\b")


def source_economy(text: str) -> str | None:
    """The economy whose statistics office or customs the text first names as a source."""
    m = _STATISTICS_OFFICE.search(text)
    return tables.STATISTICS_OFFICES[m.group()] if m else None


# A national currency spoken of by its bare name ("the baht's appreciation", "a stronger
# ringgit"): words that are also English words or metals, and the currencies every
# economy trades in, say nothing of whose story it is.
_NOT_A_HOME = {"gold", "silver", "platinum", "palladium", "mark", "marks", "sol", "austral", "sterling", "sums"}
_HOME_WORDS = sorted((w for w, sense in NAME_SENSES.items()
                      if w.isalpha() and w not in _NOT_A_HOME and len(sense.candidates) == 1
                      and sense.default not in _VEHICLE_CURRENCIES and len(issuing_economies(sense.default)) == 1),
                     key=len, reverse=True)
_CURRENCY_WORD = re.compile(r"\b(?i:the|a|stronger|weaker|strong|weak)\s+(?P<word>" + "|".join(_HOME_WORDS) + r")\b")


def currency_word_economy(text: str, named: set[str]) -> str | None:
    """The economy whose currency the text speaks of by name ("the baht"), when the text
    names no such economy itself; None when it speaks of none, or of several."""
    homes = {issuing_economies(NAME_SENSES[m.group("word")].default)[0] for m in _CURRENCY_WORD.finditer(text)}
    homes -= named
    return homes.pop() if len(homes) == 1 else None


def dateline_economy(text: str) -> str | None:
    """The economy whose city opens the story as its dateline, if one does."""
    head = "\n".join(line for line in text.lstrip().splitlines()[:3] if line.strip())
    for m in _DATELINE.finditer(head):
        named = find_economies(m.group("city").strip().title())
        if len(named) == 1 and named[0].form in ("capital", "city", "name"):
            return named[0].code
        country = find_economies(m.group("country")) if m.group("country") else []
        if len(country) == 1 and country[0].form == "name":
            return country[0].code  # "KARACHI, Pakistan, March 15 -": the city's country
    return None


def story_pair(subject: str | None, economies: list[EconomyMention], title_economies: list[EconomyMention],
               lead_end: int) -> tuple[str, str] | None:
    if subject is None:
        return None
    lead = [m for m in economies if m.start < lead_end]
    named = [m.code for m in title_economies + lead if m.code != subject]
    if named:
        return subject, named[0]
    others = Counter(m.code for m in economies if m.code != subject)
    return (subject, max((n, code) for code, n in others.items())[1]) if others else None


def currency_home(money: list[MoneyMention], economies: list[EconomyMention]) -> str | None:
    """The economy the story's own money belongs to, when the story names it.

    A story whose figures are in koruna and that names the Czech Republic is a Czech
    story, whichever economy a lead's stray mention ("Related countries: China")
    names first; so is one in koruna that names no economy whose currency it is, or
    whose euro figures it restates in koruna. Dollars and euros are every economy's
    trade currency, so they decide nothing; nor does money in two local currencies of
    named economies.
    """
    # "EUR 8.52 bln (HUF 2.65 trillion)": the forint, said second, is the story's own money
    stated = [c for m in money for c in (m.currency, m.converted.currency if m.converted is not None else None)]
    counts = Counter(c for c in stated if c and c not in _VEHICLE_CURRENCIES)
    if not counts:
        return None
    currency, n = counts.most_common(1)[0]
    named = list(dict.fromkeys(e.code for e in economies))
    homes = [code for code in named if currency in tender(code, None)[:1]]
    others = [code for code in named if any(c in tender(code, None)[:1] for c in counts if c != currency)]
    if len(homes) == 1 and not others:
        return homes[0]
    # A story all in koruna that names only "EU28 countries" is still the Czech
    # Republic's: the one economy whose currency it is, though never named.
    # A statistics office that gives each figure in its own money, in dollars and in euros
    # ("exports amounted to PLN 250.3 bln ... expressed in USD ... in EUR") has a third of
    # its money in each: its own is then as common as either.
    single = issuing_economies(currency)
    most_stated = max(Counter(c for c in stated if c).values())
    if not homes and not others and len(single) == 1 and (2 * n >= len(money) or n >= most_stated):
        return single[0]
    return None
