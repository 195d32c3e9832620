"""An article result as rows of the tables in extractor.store.schema, with deterministic keys.

A fact's key is the article id, a prefix of the article's content hash, the figure's
offsets and its measure: the same article gives the same keys on every run, and an
edited article gives new ones.
"""
from __future__ import annotations

import hashlib
import json

from extractor.version import EXTRACTION_VERSION
from models import ArticleResult, Check, Share, TradeFact


def content_hash(text: str | None, published=None, title: str | None = None) -> str:
    """What an article's results depend on, hashed: its text, publication date and title."""
    payload = json.dumps([text, str(published) if published else None, title], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def article_rows(result: ArticleResult, digest: str) -> dict[str, list[dict]]:
    """Rows per table name for one result."""
    prefix = f"{result.id}|{digest[:12]}"
    return {
        "articles": [{
            "id": result.id, "content_hash": digest, "published": result.published, "title": result.title,
            "facts": len(result.facts), "checks": len(result.checks),
            "inconsistencies": sum(c.status == "inconsistent" for c in result.checks), "error": result.error,
            "extractor_version": EXTRACTION_VERSION,
        }],
        "facts": [_fact(result.id, prefix, f) for f in result.facts],
        "shares": [_share(result.id, prefix, s) for s in result.shares],
        "checks": [_check(result.id, prefix, n, c) for n, c in enumerate(result.checks)],
        "errors": [{"article_id": result.id, "error": result.error}] if result.error else [],
    }


def _fact(article_id: str, prefix: str, f: TradeFact) -> dict:
    v, p, c, t = f.value, f.period, f.change, f.trend
    return {
        "key": f"{prefix}|{v.start}-{v.end}|{f.measure}", "article_id": article_id, "fact_id": f.id,
        "measure": f.measure, "modality": f.modality, "product": f.product,
        "reporter": f.reporter.iso3 if f.reporter else None, "reporter_name": f.reporter.name if f.reporter else None,
        "partner": f.partner.iso3 if f.partner else None, "partner_name": f.partner.name if f.partner else None,
        "amount": v.amount, "currency": v.currency, "low": v.low, "high": v.high,
        "value_text": v.text, "value_start": v.start, "value_end": v.end,
        "converted_amount": v.converted.amount if v.converted else None,
        "converted_currency": v.converted.currency if v.converted else None,
        "period_start": p.start if p else None, "period_end": p.end if p else None, "period_text": p.text if p else None,
        "change_pct": c.percent if c else None, "change_low": c.low if c else None, "change_high": c.high if c else None,
        "change_text": c.text if c else None, "change_qualifier": c.qualifier if c else None,
        "change_against": c.against if c else None, "change_against_period": c.against_period if c else None,
        "role": f.role, "compared_with": f.compared_with,
        "trend_word": t.word if t else None, "trend_sign": t.sign if t else None,
        "qualifiers": ",".join(f.qualifiers) or None, "basis": ",".join(f.basis) or None,
        "sentence_start": f.sentence.start, "sentence_end": f.sentence.end,
    }


def _share(article_id: str, prefix: str, s: Share) -> dict:
    return {
        "key": f"{prefix}|{s.span.start}-{s.span.end}|share", "article_id": article_id, "share_id": s.id,
        "percent": s.percent, "low": s.low, "high": s.high, "text": s.text, "qualifier": s.qualifier,
        "part_measure": s.part.measure, "part_reporter": s.part.reporter, "part_partner": s.part.partner,
        "part_fact": s.part.fact, "part_top": s.part.top, "part_text": s.part.text,
        "whole_measure": s.whole.measure, "whole_reporter": s.whole.reporter, "whole_partner": s.whole.partner,
        "whole_fact": s.whole.fact, "whole_text": s.whole.text,
        "period_start": s.part.period_start, "period_end": s.part.period_end,
    }


def _check(article_id: str, prefix: str, n: int, c: Check) -> dict:
    return {
        "key": f"{prefix}|{c.rule}|{'+'.join(c.facts)}|{n}", "article_id": article_id, "rule": c.rule,
        "status": c.status, "facts": ",".join(c.facts), "stated": c.stated,
        "implied_low": c.implied_low, "implied_high": c.implied_high, "message": c.message,
    }
