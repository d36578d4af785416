"""Keyword rules: one Aho-Corasick pass over the (already normalised) text, then only the rules whose
keywords were seen are checked. Rule files are described in rules/README.md; reading and validating
them lives in rule_schema.py.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import cast

import ahocorasick
from loguru import logger

from bot.detect.rule_schema import (
    RUNTIME_ID_PREFIX,
    Rule,
    RuleError,
    RuleLoadError,
    keyword_forms,
    read_rules,
    rule_files,
)
from bot.detect.verdict import SCAM_CATEGORIES, Category, RuleHit

__all__ = [
    "RUNTIME_KEYWORD_WEIGHT",
    "Rule",
    "RuleError",
    "RuleLoadError",
    "RuleSet",
    "RuleWatcher",
    "check_rules",
    "load_rules",
]

RUNTIME_KEYWORD_WEIGHT = 0.6
# Shown to officers and residents; kept next to the only code that builds it.
RUNTIME_REASON = "命中民警添加的关键词「{word}」"


class RuleSet:
    """An immutable, ready-to-match collection of rules (file rules plus officers' runtime keywords)."""

    def __init__(self, rules: Iterable[Rule], runtime: Iterable[Rule] = ()) -> None:
        self.rules = tuple(rules)
        self.runtime = tuple(runtime)
        self._all = self.rules + self.runtime
        words = frozenset().union(*(rule.words for rule in self._all))
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, word)
        if words:
            self._automaton.make_automaton()
        self._has_words = bool(words)
        # The words that make each rule a candidate and count as "matched" (not its `none` words).
        self._positive = tuple(rule.any.union(*rule.all) for rule in self._all)
        index: dict[str, list[int]] = defaultdict(list)
        for i, positive in enumerate(self._positive):
            for word in positive:
                index[word].append(i)
        self._index: Mapping[str, tuple[int, ...]] = {word: tuple(ids) for word, ids in index.items()}
        # Rules with only a regex must be tried on every message: keep them few.
        self._regex_only = tuple(i for i, rule in enumerate(self._all) if not rule.any and not rule.all)

    def __len__(self) -> int:
        return len(self._all)

    def match(self, text: str) -> list[RuleHit]:
        """Every rule that holds for `text` (normalised), in file order, runtime keywords last."""
        start: dict[str, int] = {}
        if self._has_words:
            for end, word in self._automaton.iter(text):
                start.setdefault(word, end - len(word) + 1)
        present = set(start)
        in_text_order = sorted(start, key=start.__getitem__)
        candidates = set(self._regex_only)
        for word in present:
            candidates.update(self._index.get(word, ()))
        hits = []
        for i in sorted(candidates):
            hit = _check(self._all[i], self._positive[i], present, in_text_order, text)
            if hit is not None:
                hits.append(hit)
        return hits

    def with_runtime_keywords(self, words: Iterable[tuple[str, str]]) -> RuleSet:
        """A new RuleSet: these rules plus one rule per (word, category), replacing earlier runtime words."""
        runtime: dict[str, Rule] = {}
        for word, category in words:
            shown = word.strip()
            forms = keyword_forms(shown)
            if not forms or category not in SCAM_CATEGORIES:
                logger.warning("runtime keyword skipped: {!r} with category {!r}", shown, category)
                continue
            runtime.setdefault(
                shown,
                Rule(
                    id=f"{RUNTIME_ID_PREFIX}{shown}",
                    category=cast(Category, category),
                    weight=RUNTIME_KEYWORD_WEIGHT,
                    reason=RUNTIME_REASON.format(word=shown),
                    any=forms,
                ),
            )
        return RuleSet(self.rules, runtime.values())


def _check(rule: Rule, positive: frozenset[str], present: set[str], in_order: list[str], text: str) -> RuleHit | None:
    if rule.any and rule.any.isdisjoint(present):
        return None
    for group in rule.all:
        if group.isdisjoint(present):
            return None
    if rule.none and not rule.none.isdisjoint(present):
        return None
    words = [word for word in in_order if word in positive]
    if rule.regex is not None:
        m = rule.regex.search(text)
        if m is None:
            return None
        words.append(m.group(0))
    return RuleHit(rule.id, rule.category, rule.weight, rule.reason, tuple(words))


def load_rules(directory: Path) -> RuleSet:
    """Read and validate every *.yaml in `directory`; raises RuleLoadError listing all problems."""
    rules, errors = read_rules(directory)
    if errors:
        raise RuleLoadError(errors)
    ruleset = RuleSet(rules)
    errors = _example_errors(ruleset)
    if errors:
        raise RuleLoadError(errors)
    return ruleset


def check_rules(directory: Path) -> list[RuleError]:
    """Every problem in the rule files (empty when they are valid): for `main.py rules check`."""
    try:
        load_rules(directory)
    except RuleLoadError as exc:
        return exc.errors
    return []


def _example_errors(ruleset: RuleSet) -> list[RuleError]:
    """Each rule's `examples:` must trigger it: catches typos in keywords before they reach a group."""
    errors = []
    for rule in ruleset.rules:
        for text, line in rule.examples:
            if rule.id not in {hit.rule_id for hit in ruleset.match(text)}:
                errors.append(RuleError(rule.file, line, f"example does not trigger rule '{rule.id}': {text}"))
    return errors


_Stamp = tuple[tuple[str, int, int], ...]


class RuleWatcher:
    """Holds the current RuleSet and reloads it when the files change. `maybe_reload()` is cheap
    enough for every message: until `interval_s` has passed it is one clock comparison. A broken
    save is logged (one line per problem) and the previous rules stay in force."""

    def __init__(self, directory: Path, interval_s: float = 1.0) -> None:
        self.directory = directory
        self.interval_s = interval_s
        self._stamp = self._snapshot()
        self._rules = load_rules(directory)
        self._next_check = time.monotonic() + interval_s

    @property
    def rules(self) -> RuleSet:
        return self._rules

    def maybe_reload(self) -> bool:
        """True when new rules were loaded."""
        now = time.monotonic()
        if now < self._next_check:
            return False
        self._next_check = now + self.interval_s
        stamp = self._snapshot()
        if stamp == self._stamp:
            return False
        self._stamp = stamp  # a broken save is reported once, not on every check
        try:
            rules = load_rules(self.directory)
        except RuleLoadError as exc:
            for error in exc.errors:
                logger.error("rule files not reloaded, previous rules kept: {}", error)
            return False
        self._rules = rules
        logger.info("rules reloaded from {}: {} rules", self.directory, len(rules))
        return True

    def _snapshot(self) -> _Stamp:
        stamp = []
        for path in rule_files(self.directory) if self.directory.is_dir() else []:
            try:
                st = path.stat()
            except OSError:
                continue
            stamp.append((path.name, st.st_mtime_ns, st.st_size))
        return tuple(stamp)
