"""The tables a person queries: articles, facts, shares, checks and errors.

One row per fact with a column for every field of the fact contract (models/facts.py),
flattened: ``value.amount`` is ``amount``, ``period.start`` is ``period_start``. Keys
are deterministic (extractor.store.rows), so a reload writes the same rows.
"""
from sqlalchemy import Column, Date, Float, Index, Integer, MetaData, Table, Text

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", Text, primary_key=True),
    Column("content_hash", Text, nullable=False),   # of text, publication date and title
    Column("published", Date),
    Column("title", Text),
    Column("facts", Integer, nullable=False),
    Column("checks", Integer, nullable=False),
    Column("inconsistencies", Integer, nullable=False),
    Column("error", Text),
    # The extraction that made the article's rows (extractor.version); NULL for rows stored
    # before it was recorded. Last, where ALTER TABLE puts it in an older database too.
    Column("extractor_version", Text),
)

facts = Table(
    "facts", metadata,
    Column("key", Text, primary_key=True),          # article id | content hash | offsets | measure
    Column("article_id", Text, nullable=False),
    Column("fact_id", Text, nullable=False),        # f1, f2... within the article
    Column("measure", Text, nullable=False),
    Column("modality", Text, nullable=False),
    Column("reporter", Text), Column("reporter_name", Text),
    Column("partner", Text), Column("partner_name", Text),
    Column("amount", Float, nullable=False), Column("currency", Text),
    Column("low", Float), Column("high", Float),
    Column("value_text", Text), Column("value_start", Integer), Column("value_end", Integer),
    Column("converted_amount", Float), Column("converted_currency", Text),
    Column("period_start", Date), Column("period_end", Date), Column("period_text", Text),
    Column("change_pct", Float), Column("change_low", Float), Column("change_high", Float),
    Column("change_text", Text), Column("change_qualifier", Text), Column("change_against", Text),
    Column("role", Text, nullable=False), Column("compared_with", Text),
    Column("trend_word", Text), Column("trend_sign", Integer),
    Column("qualifiers", Text), Column("basis", Text),   # comma-separated
    Column("sentence_start", Integer), Column("sentence_end", Integer),
    Column("product", Text),                         # last: ALTER TABLE adds these to an older database
    Column("change_against_period", Text),
    Index("facts_article", "article_id"),
    Index("facts_pair", "reporter", "partner", "period_start"),
)

shares = Table(
    "shares", metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, nullable=False),
    Column("share_id", Text, nullable=False),
    Column("percent", Float, nullable=False), Column("low", Float), Column("high", Float),
    Column("text", Text), Column("qualifier", Text),
    Column("part_measure", Text), Column("part_reporter", Text), Column("part_partner", Text),
    Column("part_fact", Text), Column("part_top", Integer), Column("part_text", Text),
    Column("whole_measure", Text), Column("whole_reporter", Text), Column("whole_partner", Text),
    Column("whole_fact", Text), Column("whole_text", Text),
    Column("period_start", Date), Column("period_end", Date),
    Index("shares_article", "article_id"),
)

checks = Table(
    "checks", metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("facts", Text, nullable=False),          # comma-separated fact and share ids
    Column("stated", Float), Column("implied_low", Float), Column("implied_high", Float),
    Column("message", Text, nullable=False),
    Index("checks_article", "article_id"),
    Index("checks_status", "status"),
)

errors = Table(
    "errors", metadata,
    Column("article_id", Text, primary_key=True),
    Column("error", Text, nullable=False),
)

# Tables holding an article's rows, replaced together when the article changes.
ARTICLE_ROWS = (facts, shares, checks, errors)

# Columns added since the first release: opening a database an earlier version created
# adds them (extractor.store.database), with NULL in the rows already there.
ADDED_COLUMNS = (articles.c.extractor_version, facts.c.product, facts.c.change_against_period)
