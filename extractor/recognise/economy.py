"""Find the economies a text names: countries, demonyms, capitals and groups.

All surfaces from ``extractor.data.economies`` are compiled once, at import, into a
single regular expression shaped like a trie, so a scan costs one pass over the
text whatever the number of surfaces. Within the trie longer continuations are
tried before a surface may end, so the longest surface at a position wins
("Papua New Guinea", not "Guinea"); the scan goes left to right, so matches never
overlap. Look-alikes ("New Mexico") are matched the same way and then dropped.
"""
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime

from extractor.data import economies as tables
from models.mentions import EconomyMention


@dataclass(frozen=True)
class _Sense:
    """What one surface string stands for."""

    code: str | None  # None: a look-alike that names no economy
    name: str
    form: str
    eras: tuple[tables.Era, ...] = ()

    def resolve(self, published: date | None) -> tuple[str | None, str]:
        # Without a date the article is read as current (the modern seeds have none).
        if published is not None:
            for era in self.eras:
                if published < era.until:
                    return era.code, era.name or tables.DISPLAY_NAMES.get(era.code, "")
        return self.code, self.name


# Before a group, a prefix meaning everyone outside it: "non-EU countries", "extra-EU
# trade" (a statistics office's word for trade with countries outside the Union).
_EVERYONE_BUT = re.compile(r"\b(?:non|extra)-$", re.IGNORECASE)


def _plural_demonyms() -> dict[str, str]:
    # Demonyms ending in "-n" or "-i" pluralise with "-s" ("Kenyans", "Iraqis"); the
    # others ("Chinese", "Swiss", "British") have no such plural or an irregular one.
    return {
        f"{demonym}s": demonym
        for demonym in tables.DEMONYMS
        if demonym.endswith(("n", "i"))
    }


def _joined_variants(surface: str) -> list[str]:
    """Other ways copy writes a two-part name: "Trinidad & Tobago", and with one word on
    each side "Bosnia-Herzegovina", "Antigua-Barbuda" (Balkan and Caribbean outlets)."""
    first, sep, second = surface.partition(" and ")
    if not sep or " and " in second:
        return []
    variants = [f"{first} & {second}"]
    if " " not in first and " " not in second:
        variants.append(f"{first}-{second}")
    return variants


def _build_senses() -> tuple[dict[str, _Sense], dict[str, _Sense]]:
    """Return (plain surfaces, contextual surfaces), each surface -> sense."""
    by_form: list[tuple[str, dict[str, str]]] = [
        # Later tables win where a surface occurs twice: a country's own name is
        # more telling than its use as a capital ("Singapore", "Kuwait").
        ("capital", tables.CAPITALS),
        ("demonym", tables.DEMONYMS),
        ("demonym", tables.DEMONYM_PLURALS),
        ("alias", tables.ALIASES),
        ("name", tables.PYCOUNTRY_NAMES),
        ("name", tables.COMMON_NAMES),
        ("name", tables.HISTORIC_STATE_NAMES),
        ("group", tables.GROUP_SURFACES),
    ]
    senses: dict[str, _Sense] = {}

    def add(surface: str, code: str, form: str, named_as: str) -> None:
        senses[surface] = _Sense(
            code=code,
            name=tables.SURFACE_NAMES.get(named_as, tables.DISPLAY_NAMES[code]),
            form=form,
            eras=tables.ERAS.get(named_as, ()),
        )

    for plural, singular in _plural_demonyms().items():
        add(plural, tables.DEMONYMS[singular], "demonym", named_as=singular)
    for form, table in by_form:
        for surface, code in table.items():
            add(surface, code, form, named_as=surface)
            if form == "name":
                for variant in _joined_variants(surface):
                    senses.setdefault(variant, _Sense(code=code, name=senses[surface].name, form=form,
                                                      eras=senses[surface].eras))
    for surface in tables.NOT_ECONOMIES:
        senses[surface] = _Sense(code=None, name="", form="name")

    contextual = {
        word: _Sense(code=rule.code, name=tables.DISPLAY_NAMES[rule.code],
                     form="group" if rule.code in tables.GROUP_NAMES else "alias")
        for word, rule in tables.CONTEXTUAL_SURFACES.items()
    }
    return senses, contextual


_PLAIN_SENSES, _CONTEXTUAL_SENSES = _build_senses()


def _unit_pattern(char: str) -> str:
    if char == " ":
        return r"\s+"  # hard-wrapped copy splits names across lines
    if char == "'":
        return "['\u2019]"  # "People's" is also typed with a curly apostrophe
    return re.escape(char)


def _trie_pattern(surfaces: list[str]) -> str:
    """One regex alternation, factored by common prefix, matching any surface."""
    trie: dict = {}
    for surface in surfaces:
        node = trie
        for char in surface:
            node = node.setdefault(_unit_pattern(char), {})
        # A surface ending in a letter must end a word ("Niger" is not in "Nigeria");
        # one ending in "." or "$" already ends at a non-letter.
        node[""] = r"(?!\w)" if re.match(r"\w", surface[-1]) else ""

    def emit(node: dict) -> str:
        # Continuations first and the end of a surface last: greedy, longest wins.
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)


def _contextual_pattern(word: str, rule: tables.ContextualSurface) -> str:
    # Python lookbehinds must be fixed-width, so each context is its own lookbehind.
    contexts = [f"(?<={before})" for before in rule.before]
    if rule.or_followed_by:
        contexts.append(f"(?={re.escape(word)}{rule.or_followed_by})")
    return f"(?:{'|'.join(contexts)}){re.escape(word)}(?!{rule.after})"


# Plain surfaces come first: at one position a plain surface beats a contextual one.
_ECONOMY_PATTERN = re.compile(
    r"(?<!\w)(?:"
    + _trie_pattern(list(_PLAIN_SENSES))
    + "".join(
        "|" + _contextual_pattern(word, rule)
        for word, rule in tables.CONTEXTUAL_SURFACES.items()
    )
    + ")"
)

# Headlines (Reuters titles, which the assembler reads for the story's subject) are
# written in capitals: "TAIWAN FURTHER RELAXES FOREIGN GOODS IMPORT CURBS". Such a
# text is matched against the surfaces in capitals. The contextual surfaces are left
# out: in capitals every following word looks like a proper noun.
# Compiled at the first such text: compiling costs as much as the plain pattern's
# (some 50 ms), which a process that meets no headline in capitals need not pay.
_SHOUTED_SENSES = {surface.upper(): sense for surface, sense in _PLAIN_SENSES.items()}


@functools.cache
def _shouted_pattern() -> re.Pattern:
    return re.compile(r"(?<!\w)" + _trie_pattern(list(_SHOUTED_SENSES)))


_SENSES = {**_PLAIN_SENSES, **_CONTEXTUAL_SENSES}
_WHITESPACE = re.compile(r"\s+")


def _lookup_key(matched: str) -> str:
    return _WHITESPACE.sub(" ", matched).replace("\u2019", "'")


def _is_shouted(text: str) -> bool:
    return text.upper() == text


# A capitalised word right before: a company's name before its legal suffix.
_AFTER_NAME = re.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|In|On|By|As|But|And|While|Meanwhile|Overall|Last|This)\s)[A-Z][\w&'-]*\s$")
# In a headline all in capitals every word looks like a name ("EXPORTS TO SA ROSE"), so
# there a company is told by the ticker the wire puts after it ("NESTLE SA <NESZ.Z>").
_TICKER_AFTER = re.compile(r"\s*<[A-Z.]+>")


def _names_a_company(text: str, match: re.Match, shouted: bool) -> bool:
    if match.group() not in tables.COMPANY_SUFFIXES:
        return False
    if shouted:
        return bool(_TICKER_AFTER.match(text, match.end()))
    return bool(_AFTER_NAME.search(text, max(0, match.start() - 40), match.start()))


# Some outlets open a story with its first words in capitals ("ZAMBIA has recorded a trade
# surplus", "NIGERIA's exports rose"): a run of capitals at the start of a line or
# sentence, followed by lower case, is read as the same words in title case.
# ("CYPRUS: Trade deficit widens": a label in capitals before a colon, as some outlets
# head a story with its economy)
_LEAD_CAPITALS = re.compile(r"(?m)(?:^|(?<=[.!?]\s))[ \t]*(?P<run>[A-Z]{3,}(?:[ \t]+[A-Z]{2,}){0,3})"
                            r"(?=(?:['’][sS])?[ \t]+[a-z]|['’][sS]\b|:[ \t]+[A-Z][a-z])")


def _in_lead_capitals(text: str, published: date | None, taken: list[EconomyMention]) -> list[EconomyMention]:
    found = []
    for lead in _LEAD_CAPITALS.finditer(text):
        start, run = lead.start("run"), lead.group("run").title()
        if any(m.start < start + len(run) and start < m.end for m in taken):
            continue
        for match in _ECONOMY_PATTERN.finditer(run):
            mention = _mention(text, start + match.start(), start + match.end(),
                               _SENSES[_lookup_key(match.group())], published)
            if mention is not None:
                found.append(mention)
    return found


def _mention(text: str, start: int, end: int, sense: _Sense, published: date | None) -> EconomyMention | None:
    """The mention of ``text[start:end]`` in the sense it has at ``published``; None for a
    look-alike."""
    code, name = sense.resolve(published)
    if code is None:
        return None
    return EconomyMention(text=text[start:end], start=start, end=end, code=code, name=name, form=sense.form)


def find_economies(text: str, published: date | None = None) -> list[EconomyMention]:
    """Every economy named in ``text``, in order, without overlaps.

    ``published`` picks the meaning of surfaces that changed over time ("Moscow"
    is the Soviet Union before 1992); None reads the text as current.
    """
    if isinstance(published, datetime):
        published = published.date()  # a datetime does not compare with a date
    shouted = _is_shouted(text)
    if shouted:
        pattern, senses = _shouted_pattern(), _SHOUTED_SENSES
    else:
        pattern, senses = _ECONOMY_PATTERN, _SENSES
    mentions = []
    for match in pattern.finditer(text):
        if _EVERYONE_BUT.search(text, max(0, match.start() - 6), match.start()):
            continue  # "non-EU countries", "extra-EU trade": everyone but the group, which has no code
        if _names_a_company(text, match, shouted):
            continue  # "Pechiney SA": a company
        mention = _mention(text, match.start(), match.end(), senses[_lookup_key(match.group())], published)
        if mention is not None:
            mentions.append(mention)
    if not shouted and (in_capitals := _in_lead_capitals(text, published, mentions)):
        mentions = sorted(mentions + in_capitals, key=lambda m: m.start)
    return _with_bracketed_abbreviations(text, mentions)


_OPENS_BRACKET = re.compile(r"\s*\(\s*")
_CLOSES_BRACKET = re.compile(r"\s*\)")


def _with_bracketed_abbreviations(text: str, mentions: list[EconomyMention]) -> list[EconomyMention]:
    """"the United Arab Emirates (UAE) with X": a name and its short form in brackets
    right after it are one mention, so that what follows the bracket follows the name."""
    out: list[EconomyMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        closed = _CLOSES_BRACKET.match(text, mention.end)
        if before is not None and before.code == mention.code and closed \
                and _OPENS_BRACKET.fullmatch(text, before.end, mention.start):
            out[-1] = before.model_copy(update={"text": text[before.start:closed.end()], "end": closed.end()})
        else:
            out.append(mention)
    return out
