"""tradefacts: trade news in, typed and checked trade facts out.

The two entry points: ``extract(text, published=None, id=None, title=None)`` returns
the article result, ``mentions(text, published=None)`` the located money, percent,
period and economy mentions the recognisers find.
"""
from extractor.extract import Article, ArticleError, extract, extract_many
from extractor.recognise import mentions
from extractor.version import __version__

__all__ = ["Article", "ArticleError", "__version__", "extract", "extract_many", "mentions"]
