"""A faster stand-in for en_core_web_sm's attribute_ruler, with the same results.

The model's attribute ruler maps each fine-grained tag to a coarse part of speech and
morphology, with exceptions, through spaCy's general Matcher: on the short sentences
tradefacts parses, that costs about a third of all parsing time. This component reads
the same patterns and applies them the same way (every match, in pattern order, later
ones overwriting) with plain lookups by tag. It takes only the pattern forms the model
uses (single tokens or fixed sequences testing TAG, LOWER, DEP or IS_SPACE by value,
IN, NOT_IN or REGEX); for any other ruler, ``fast_ruler`` returns None and the model's
own ruler stays.
"""
from __future__ import annotations

import re
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _test(attr: str, spec) -> tuple[int, str, object] | None:
    """A token test as (field number, kind, value), read against per-doc columns."""
    if attr not in _FIELDS:
        return None
    field = _FIELDS.index(attr)
    if not isinstance(spec, dict):
        return field, "eq", spec
    if set(spec) == {"IN"}:
        return field, "in", frozenset(spec["IN"])
    if set(spec) == {"NOT_IN"}:
        return field, "not_in", frozenset(spec["NOT_IN"])
    if set(spec) == {"REGEX"}:
        return field, "regex", re.compile(spec["REGEX"])
    return None


def _passes(value, kind: str, expected) -> bool:
    if kind == "eq":
        return value == expected
    if kind == "in":
        return value in expected
    if kind == "not_in":
        return value not in expected
    return expected.search(value) is not None


class FastAttributeRuler:
    """Applies a model attribute ruler's patterns without the Matcher."""

    def __init__(self, by_tag: dict, by_lower: dict, any_tag: tuple):
        # Candidate rules (attr id, token tests, index, attrs) by the first token's tag,
        # else by its lower-case form, else tried everywhere; every test is still run.
        self.by_tag, self.by_lower, self.any_tag = by_tag, by_lower, any_tag

    def __call__(self, doc: Doc) -> Doc:
        columns = ([t.tag_ for t in doc], [t.lower_ for t in doc], [t.dep_ for t in doc], [t.is_space for t in doc])
        tags, lowers = columns[0], columns[1]
        n = len(tags)
        matches = []
        for start in range(n):
            for rule in self.by_tag.get(tags[start], ()) + self.by_lower.get(lowers[start], ()) + self.any_tag:
                tests = rule[1]
                end = start + len(tests)
                if end <= n and all(_passes(columns[f][start + k], kind, value)
                                    for k, token_tests in enumerate(tests) for f, kind, value in token_tests):
                    matches.append((rule[0], start, end, rule))
        if matches:
            matches.sort(key=lambda m: (m[0], m[1], m[2]))
            for _, start, _, (_, _, index, attrs) in matches:
                set_token_attrs(doc[start + index], attrs)
        return doc


def fast_ruler(ruler) -> FastAttributeRuler | None:
    """The fast stand-in for a model's attribute ruler, or None if it uses other pattern forms."""
    by_tag: dict[str, tuple] = {}
    by_lower: dict[str, tuple] = {}
    any_tag: list = []
    for attr_id, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
        found = ruler.matcher.get(str(attr_id))
        if found is None:
            return None
        for pattern in found[1]:
            if not pattern or any("OP" in spec for spec in pattern):
                return None
            tests = [[_test(attr, spec) for attr, spec in token_spec.items()] for token_spec in pattern]
            if any(t is None for token_tests in tests for t in token_tests):
                return None
            rule = (attr_id, tests, index, attrs)
            tags, lowers = _values(pattern[0].get("TAG")), _values(pattern[0].get("LOWER"))
            if tags is not None:
                for tag in tags:
                    by_tag[tag] = by_tag.get(tag, ()) + (rule,)
            elif lowers is not None:
                for lower in lowers:
                    by_lower[lower] = by_lower.get(lower, ()) + (rule,)
            else:
                any_tag.append(rule)
    return FastAttributeRuler(by_tag, by_lower, tuple(any_tag))


def _values(spec) -> list[str] | None:
    """The values a first-token test allows, when it lists them (for the lookup tables)."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return None
