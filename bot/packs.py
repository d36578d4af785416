"""Campaign packs from the county anti-fraud centre: a versioned YAML bundle of keywords, rules (the
rules/*.yaml schema), example messages and indicators, valid for a time window, signed with a shared
key (HMAC-SHA256). Format: packs/README.md. No Redis here: the CLI publishes through the store,
workers verify and apply (bot/context.py).

Validation reuses bot/detect/rule_schema.py (its reader checks the `rules:` entries exactly as in a
rule file, with file:line errors); the pack's own fields are checked here the same way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

import yaml

from bot import texts
from bot.detect.entities import canonical_account, classify_account
from bot.detect.normalise import normalise
from bot.detect.rule_schema import (
    PACK_ID_PREFIX,
    Rule,
    RuleError,
    RuleLoadError,
    _FileReader,
    _resolve,
    keyword_forms,
    keyword_problem,
)
from bot.detect.rules import RUNTIME_KEYWORD_WEIGHT, RuleSet
from bot.detect.verdict import SCAM_CATEGORIES, Category, RuleHit

PACK_KEYS = (
    "name",
    "version",
    "description",
    "valid_from",
    "valid_until",
    "keywords",
    "rules",
    "examples",
    "indicators",
)
REQUIRED = ("name", "version", "description", "valid_from", "valid_until")
INDICATOR_KINDS = ("phones", "bank_cards", "wechat_ids", "qq", "alipay", "urls")
MAX_PACK_BYTES = 1_000_000
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


class PackError(ValueError):
    """A stored pack that must not be applied (bad signature, unreadable)."""


@dataclass(frozen=True)
class Pack:
    name: str
    version: int
    description: str
    valid_from: float
    valid_until: float
    keywords: tuple[tuple[str, str], ...]  # (word, category)
    rules: tuple[Rule, ...]  # as written, ids without the pack prefix
    examples: tuple[str, ...]
    indicators: tuple[tuple[str, str], ...]  # (kind, canonical account)

    @property
    def key(self) -> str:
        return f"{self.name}@{self.version}"

    def live(self, now: float) -> bool:
        return self.valid_from <= now < self.valid_until

    def detector_rules(self) -> list[Rule]:
        """The rules the detector gets: the pack's rules and one rule per keyword, ids prefixed
        `pack:<name>@<version>:` so a hit names its pack."""
        prefix = f"{PACK_ID_PREFIX}{self.key}:"
        out = [
            replace(r, id=prefix + r.id, reason=texts.PACK_RULE_REASON.format(reason=r.reason, pack=self.description))
            for r in self.rules
        ]
        for word, category in self.keywords:
            out.append(
                Rule(
                    id=f"{prefix}kw:{word}",
                    category=cast(Category, category),
                    weight=RUNTIME_KEYWORD_WEIGHT,
                    reason=texts.PACK_KEYWORD_REASON.format(pack=self.description, word=word),
                    any=keyword_forms(word),
                )
            )
        return out


def pack_of(rule_id: str) -> tuple[str, int] | None:
    """(pack name, version) of a pack rule's id, else None."""
    if not rule_id.startswith(PACK_ID_PREFIX):
        return None
    name, _, rest = rule_id[len(PACK_ID_PREFIX) :].partition("@")
    version = rest.partition(":")[0]
    return (name, int(version)) if version.isdigit() else None


def hit_packs(hits: Iterable[RuleHit]) -> set[tuple[str, int]]:
    return {p for hit in hits if (p := pack_of(hit.rule_id)) is not None}


# ---- reading and validating ------------------------------------------------------------------------


class _PackReader(_FileReader):
    """rule_schema's reader (errors with line numbers, the `rules:` section) plus the pack's fields."""

    def __init__(self, label: str, text: str) -> None:
        super().__init__(Path(label))
        self.file = label
        self.text = text
        self.values: dict[str, Any] = {}
        self.keywords: list[tuple[str, str]] = []
        self.examples: list[tuple[str, int]] = []
        self.indicators: list[tuple[str, str]] = []

    def read_pack(self) -> None:
        if len(self.text.encode()) > MAX_PACK_BYTES:
            self.error(1, f"pack is larger than {MAX_PACK_BYTES // 1_000_000} MB")
            return
        try:
            root = yaml.compose(self.text, Loader=yaml.SafeLoader)
        except RecursionError:
            self.error(1, "lists or sections are nested too deeply")
            return
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            self.error(mark.line + 1 if mark else 1, f"YAML syntax error: {exc.problem or exc.context}")
            return
        except yaml.YAMLError as exc:
            self.error(1, f"cannot read pack: {exc}")
            return
        if not isinstance(root, yaml.MappingNode):
            self.error(root if root is not None else 1, "a pack must be a mapping with name:, version:, rules: ...")
            return
        for key, value in self._pairs(root, PACK_KEYS, "pack field"):
            if key == "rules":
                self._read_rules(value, "rules")
            elif key == "keywords":
                self._read_keywords(value)
            elif key == "examples":
                self.examples = [(i.value, i.line) for i in self._strings(value, "examples:")]
            elif key == "indicators":
                self._read_indicators(value)
            else:
                self._read_field(key, value)
        for key in REQUIRED:
            if key not in self.values and not any(k.value == key for k, _ in root.value):
                self.error(root, f"the pack has no {key}:")
        start, end = self.values.get("valid_from"), self.values.get("valid_until")
        if start is not None and end is not None and end <= start:
            self.error(self.values["valid_until_line"], "valid_until must be after valid_from")

    def _read_field(self, key: str, node: yaml.Node) -> None:
        text = self._scalar(node, key)
        if not text:
            if text is not None:
                self.error(node, f"{key}: is empty")
            return
        line = node.start_mark.line + 1
        if key == "name":
            if not _NAME.match(text):
                self.error(node, f"name '{text}' must be lowercase letters, digits, - and _ (e.g. vaccine-2021)")
                return
            self.values[key] = text
        elif key == "version":
            if not text.isdigit() or int(text) < 1:
                self.error(node, f"version must be a whole number from 1, not '{text}'")
                return
            self.values[key] = int(text)
        elif key in ("valid_from", "valid_until"):
            when = _timestamp(text, end_of_day=key == "valid_until")
            if when is None:
                self.error(node, f"{key}: '{text}' is not a date like 2021-03-01 or 2021-03-01 08:00")
                return
            self.values[key], self.values[f"{key}_line"] = when, line
        else:
            self.values[key] = text

    def _entries(
        self, node: yaml.Node, fields: tuple[str, str], section: str, example: str
    ) -> Iterator[tuple[dict[str, yaml.Node], str, str]]:
        """Each entry of a `section:` list of two-field mappings with both fields set, as (its field nodes,
        first value, second value); every other entry is reported."""
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"{section}: must be a list of entries like  - {example}")
            return
        missing = f"each {section[:-1]} needs {fields[0]}: and {fields[1]}:"
        for entry in node.value:
            if not isinstance(entry, yaml.MappingNode):
                self.error(entry, missing)
                continue
            nodes = dict(self._pairs(entry, fields, f"{section[:-1]} field"))
            first, second = (self._scalar(nodes[k], k) if k in nodes else None for k in fields)
            if not first or not second:
                self.error(entry, missing)
                continue
            yield nodes, first, second

    def _read_keywords(self, node: yaml.Node) -> None:
        example = "{word: 特效药, category: other_fraud}"
        for nodes, word, category in self._entries(node, ("word", "category"), "keywords", example):
            if category not in SCAM_CATEGORIES:
                allowed = ", ".join(SCAM_CATEGORIES)
                self.error(nodes["category"], f"unknown category '{category}' (expected one of: {allowed})")
            elif (problem := keyword_problem(word)) is not None:
                self.error(nodes["word"], problem)
            else:
                self.keywords.append((word, category))

    def _read_indicators(self, node: yaml.Node) -> None:
        example = "{kind: phones, value: 13800138000}"
        for nodes, kind, value in self._entries(node, ("kind", "value"), "indicators", example):
            if kind not in INDICATOR_KINDS:
                allowed = ", ".join(INDICATOR_KINDS)
                self.error(nodes["kind"], f"unknown indicator kind '{kind}' (expected one of: {allowed})")
            elif classify_account(value) is None:
                self.error(nodes["value"], f"'{value}' is not a recognisable account (phone, card, WeChat id, QQ, URL)")
            else:
                self.indicators.append((kind, canonical_account(value)))


def _timestamp(text: str, end_of_day: bool) -> float | None:
    """A date (a whole day: valid_until includes it) or date and time, local time unless it says."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if end_of_day and len(text) == 10:
        when += timedelta(days=1)
    return when.timestamp()


def parse_pack(text: str, label: str) -> Pack:
    """Validate a pack; raises RuleLoadError listing every problem as label:line."""
    reader = _PackReader(label, text)
    reader.read_pack()
    errors = list(reader.errors)
    rules: list[Rule] = []
    seen: set[str] = set()
    for draft in reader.drafts:
        if draft.id in seen:
            errors.append(RuleError(label, draft.id_line, f"duplicate rule id '{draft.id}'"))
        seen.add(draft.id or "")
        rule = _resolve(draft, {}, errors, judge_refs=True)  # a pack has no keyword sets of its own
        if draft.enabled:
            rules.append(rule)
    values = reader.values
    if errors or not all(k in values for k in REQUIRED):
        raise RuleLoadError(sorted(errors, key=lambda e: e.line))
    pack = Pack(
        name=values["name"],
        version=values["version"],
        description=values["description"],
        valid_from=values["valid_from"],
        valid_until=values["valid_until"],
        keywords=tuple(reader.keywords),
        rules=tuple(rules),
        examples=tuple(text for text, _ in reader.examples),
        indicators=tuple(dict.fromkeys(reader.indicators)),
    )
    errors = _example_errors(pack, reader.examples, label)
    if errors:
        raise RuleLoadError(errors)
    return pack


def _example_errors(pack: Pack, examples: list[tuple[str, int]], label: str) -> list[RuleError]:
    """Every example must trigger a pack rule or keyword; every rule's own examples: its rule."""
    ruleset = RuleSet(pack.detector_rules())
    errors = []
    if not pack.rules and not pack.keywords:
        errors.append(RuleError(label, 1, "the pack has no rules: and no keywords:"))
    for text, line in examples:
        if not ruleset.match(normalise(text)):
            errors.append(RuleError(label, line, f"example triggers no rule or keyword of the pack: {text}"))
    prefix = f"{PACK_ID_PREFIX}{pack.key}:"
    for rule in pack.rules:
        for text, line in rule.examples:
            if prefix + rule.id not in {hit.rule_id for hit in ruleset.match(text)}:
                errors.append(RuleError(label, line, f"example does not trigger rule '{rule.id}': {text}"))
    return errors


def read_pack_file(path: Path) -> tuple[Pack, str]:
    """(pack, its text) from a file; raises RuleLoadError (file:line problems)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleLoadError([RuleError(str(path), 1, f"cannot read file: {exc}")]) from exc
    return parse_pack(text, str(path)), text


# ---- signing -----------------------------------------------------------------------------------------


def _signed_bytes(name: str, version: int, text: str, published: float) -> bytes:
    body = {"name": name, "version": version, "yaml": text, "published": published}
    return json.dumps(body, ensure_ascii=False, sort_keys=True).encode()


def sign(pack: Pack, text: str, key: str, published: float, by: str) -> str:
    """The record stored in Redis: the pack's text, metadata for listings, and its HMAC-SHA256."""
    mac = hmac.new(key.encode(), _signed_bytes(pack.name, pack.version, text, published), hashlib.sha256)
    record = {
        "name": pack.name,
        "version": pack.version,
        "yaml": text,
        "published": published,
        "by": by,
        "description": pack.description,
        "valid_from": pack.valid_from,
        "valid_until": pack.valid_until,
        "sig": mac.hexdigest(),
    }
    return json.dumps(record, ensure_ascii=False)


def verify(record: str, key: str, name: str, version: int) -> Pack:
    """The pack in a stored record, once its signature checks out; raises PackError otherwise."""
    if not key:
        raise PackError("SENTINEL_PACK_KEY is not set: packs cannot be verified")
    try:
        data = json.loads(record)
        text, published, sig = str(data["yaml"]), float(data["published"]), str(data["sig"])
    except (ValueError, KeyError, TypeError) as exc:
        raise PackError(f"unreadable record: {exc}") from exc
    expected = hmac.new(key.encode(), _signed_bytes(name, version, text, published), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        raise PackError("signature does not verify (tampered, or signed with another key)")
    try:
        pack = parse_pack(text, f"pack {name}@{version}")
    except RuleLoadError as exc:
        raise PackError(f"invalid pack: {exc}") from exc
    if (pack.name, pack.version) != (name, version):
        raise PackError(f"record says {pack.key}, stored as {name}@{version}")
    return pack


# ---- what a worker holds ------------------------------------------------------------------------------


class LivePacks:
    """The verified packs a worker holds, and which of them apply now (inside their valid window)."""

    def __init__(self) -> None:
        self.loaded: tuple[Pack, ...] = ()
        self.rules: list[Rule] = []
        self.indicators: dict[str, tuple[str, Pack]] = {}  # canonical account -> (kind, pack)
        self._live: tuple[str, ...] | None = None

    def load(self, packs: Iterable[Pack]) -> None:
        self.loaded = tuple(packs)
        self._live = None

    def refresh(self, now: float) -> bool:
        """Recompute the live packs; True when they changed (the detector needs new rules)."""
        live = [p for p in self.loaded if p.live(now)]
        keys = tuple(p.key for p in live)
        if keys == self._live:
            return False
        self._live = keys
        self.rules = [rule for p in live for rule in p.detector_rules()]
        self.indicators = {value: (kind, p) for p in live for kind, value in p.indicators}
        return True

    @property
    def live_keys(self) -> tuple[str, ...]:
        return self._live or ()
