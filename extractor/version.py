"""The version of tradefacts, and of the extraction whose rows a database holds.

Bump ``__version__`` whenever the extraction's output changes (a fact found, dropped or
read differently, a check added or changed): a database load replaces the rows of every
article an earlier version stored, which it would otherwise leave alone as unchanged.
This is the one place the version is set; pyproject.toml reads it from here.
"""
__version__ = "0.2.0"

# Recorded with each article's rows (articles.extractor_version).
EXTRACTION_VERSION = __version__
