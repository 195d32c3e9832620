"""The development set's one random split: a half we work from and a half we only score.

An article's half is fixed by a salted hash of its id, so the split was drawn once and
holds as the set grows: a new article falls into a half by the same rule, and nobody
chooses which. Never change the salt: that would be a second draw.
"""
import hashlib

SALT = "tradefacts-news-split/"
HALVES = ("work", "score")


def half(article_id: str) -> str:
    """'work' (read it, debug on it, write rules from it) or 'score' (only ever scored)."""
    return HALVES[hashlib.sha256((SALT + article_id).encode("utf-8")).digest()[0] % 2]
