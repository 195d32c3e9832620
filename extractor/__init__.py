"""tradefacts: trade news in, typed and checked trade facts out.

The two entry points: ``extract(text, published=None, id=None, title=None)`` returns
the article result, ``mentions(text, published=None)`` the located money, percent,
period and economy mentions the recognisers find.

They are imported at first use, not with the package: spaCy imports every package
that registers pipeline factories (ours, through the ``spacy_factories`` entry point,
live in extractor.pipeline) each time it builds any pipeline, and should not pay for
the whole extractor when it loads a model that does not use it.
"""
import importlib

from extractor.version import __version__

_EXPORTS = {
    "Article": "extractor.extraction", "ArticleError": "extractor.extraction",
    "extract": "extractor.extraction", "extract_many": "extractor.extraction",
    "mentions": "extractor.recognise",
}

__all__ = ["Article", "ArticleError", "__version__", "extract", "extract_many", "mentions"]


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value  # later lookups find it directly
    return value
