"""Read rule files (YAML) into validated `Rule`s, collecting every problem with its file:line.

The format is documented for police staff in rules/README.md. We compose the YAML ourselves
(`yaml.compose`) rather than `yaml.safe_load` so every value keeps its line number, and so scalars
are read as the text that was typed: `84` stays the keyword "84" and `no` never becomes False.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

import yaml

from bot.detect.errors import LineError
from bot.detect.regex_safety import RulePattern, regex_problem
from bot.detect.verdict import SCAM_CATEGORIES, Category

Section = Literal["rules", "allow"]
SECTIONS: tuple[Section, ...] = ("rules", "allow")
TOP_KEYS = ("keywords", "rules", "allow")
RULE_KEYS = ("id", "category", "reason", "weight", "any", "all", "none", "regex", "enabled", "examples")
DEFAULT_WEIGHT: dict[Section, float] = {"rules": 0.5, "allow": -0.5}
SET_PREFIX = "$"
RUNTIME_ID_PREFIX = "runtime:"  # officers' keywords (rules.py)
PACK_ID_PREFIX = "pack:"  # the county centre's campaign packs (bot/packs.py)
# Rules under these ids are added live by people, not read from rules/: files may not use them.
LIVE_ID_PREFIXES = (RUNTIME_ID_PREFIX, PACK_ID_PREFIX)
# libyaml (bundled with PyYAML's wheels) composes ~10x faster than the pure-Python loader and caps
# nesting depth; the pure-Python scanner is quadratic in "[[[[" nesting.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_FILE_BYTES = 500_000  # hand-written rule files are a few kB; this bounds load time (~2 s)
_NUMERALS = str.maketrans("〇零一二三四五六七八九两", "001234567892")
_WHITESPACE = re.compile(r"\s+")


RuleError = LineError  # a rule file's problem: file, line, message


class RuleLoadError(ValueError):
    """The rule files are invalid; `.errors` lists every problem, str() shows one per line."""

    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclass(frozen=True)
class Rule:
    """One compiled rule. Keyword conditions are sets of folded keywords (set names expanded)."""

    id: str
    category: Category
    weight: float
    reason: str
    any: frozenset[str] = frozenset()
    all: tuple[frozenset[str], ...] = ()
    none: frozenset[str] = frozenset()
    regex: RulePattern | None = None
    examples: tuple[tuple[str, int], ...] = ()  # (text, line)
    file: str = ""
    line: int = 0

    @property
    def words(self) -> frozenset[str]:
        """Every keyword the rule mentions (the automaton must know them all)."""
        return self.any.union(self.none, *self.all)


def fold(text: str) -> str:
    """Lowercase, full-width -> half-width: the part of normalisation a keyword needs on its own."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        elif code == 0x3000:
            ch = " "
        out.append(ch)
    return "".join(out).lower()


def keyword_problem(word: str) -> str | None:
    """Why `word` can never match normalised text, or None."""
    if not fold(word).strip():
        return "empty keyword"
    bad = next((ch for ch in ",，、;；" if ch in word), None)
    if bad:
        return f"keyword '{word}' contains '{bad}': put one word per line, or separate words with an English comma"
    return None


def keyword_forms(word: str) -> frozenset[str]:
    """The forms a keyword is matched in: folded without spaces (the normaliser drops separators) and,
    when it has Chinese numerals, also with digits (the normaliser writes 一 as 1)."""
    base = _WHITESPACE.sub("", fold(word))
    if not base:
        return frozenset()
    return frozenset({base, base.translate(_NUMERALS)})


@dataclass
class _Item:
    value: str
    line: int


@dataclass
class _Draft:
    """A rule as written, before keyword sets are resolved."""

    section: Section
    file: str
    line: int
    id: str | None = None
    id_line: int = 0
    category: str | None = None
    reason: str | None = None
    weight: float | None = None
    any: list[_Item] = field(default_factory=list)
    all: list[list[_Item]] = field(default_factory=list)
    none: list[_Item] = field(default_factory=list)
    regex: RulePattern | None = None
    has_regex: bool = False
    enabled: bool = True
    examples: list[_Item] = field(default_factory=list)


@dataclass
class _KeywordSet:
    name: str
    file: str
    line: int
    words: frozenset[str]


class _FileReader:
    """Reads one file; every problem goes to `errors` and reading goes on."""

    def __init__(self, path: Path) -> None:
        self.file = str(path)
        self.path = path
        self.errors: list[RuleError] = []
        self.sets: list[_KeywordSet] = []
        self.drafts: list[_Draft] = []
        self.unreadable = False  # its keyword sets are unknown, so other files' $references can't be judged

    def error(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else node.start_mark.line + 1
        self.errors.append(RuleError(self.file, line, message))

    def read(self) -> None:
        try:
            if self.path.stat().st_size > MAX_FILE_BYTES:
                self.error(1, f"file is larger than {MAX_FILE_BYTES // 1000} kB: split it into several files")
                self.unreadable = True
                return
            root = _compose(self.path.read_text(encoding="utf-8"))
        except RecursionError:  # the YAML composer recurses once per nesting level
            self.error(1, "lists or sections are nested too deeply")
            self.unreadable = True
            return
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            message = f"YAML syntax error: {exc.problem or exc.context}"
            if exc.context and exc.problem and exc.context_mark:
                message += f" ({exc.context} started on line {exc.context_mark.line + 1})"
            self.error(mark.line + 1 if mark else 1, message)
            self.unreadable = True
            return
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            self.error(1, f"cannot read file: {exc}")
            self.unreadable = True
            return
        if root is None:
            return
        if (alias_line := _first_alias(root)) is not None:
            self.error(alias_line, "YAML anchors (&) and aliases (*) are not supported: use a keyword set ($name)")
            self.unreadable = True
            return
        if not isinstance(root, yaml.MappingNode):
            self.error(root, "a rule file must have sections keywords:, rules: and/or allow:")
            return
        for key, value in self._pairs(root, TOP_KEYS, "section"):
            if key == "keywords":
                self._read_sets(value)
            elif key in SECTIONS:
                self._read_rules(value, "rules" if key == "rules" else "allow")

    def _pairs(self, node: yaml.MappingNode, known: tuple[str, ...], what: str) -> Iterator[tuple[str, yaml.Node]]:
        seen: set[str] = set()
        for key_node, value in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            if key not in known:
                self.error(key_node, f"unknown {what} '{key}' (expected one of: {', '.join(known)})")
            elif key in seen:
                self.error(key_node, f"'{key}' appears twice")
            else:
                seen.add(key)
                yield key, value

    def _read_sets(self, node: yaml.Node) -> None:
        if _is_null(node):
            return
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "keywords: must list named keyword sets, e.g.  防疫物资: [口罩, 消毒液]")
            return
        for key_node, value in node.value:
            name = str(key_node.value).strip() if isinstance(key_node, yaml.ScalarNode) else ""
            if not name or name.startswith(SET_PREFIX) or _WHITESPACE.search(name):
                self.error(key_node, f"bad keyword set name '{name}' (no spaces; write it without {SET_PREFIX})")
                continue
            words: set[str] = set()
            items = self._strings(value, f"keyword set '{name}'")
            for item in items:
                if item.value.startswith(SET_PREFIX):
                    self.error(item.line, f"keyword set '{name}' cannot include another set ('{item.value}')")
                words |= self._keyword(item)
            self.sets.append(_KeywordSet(name, self.file, key_node.start_mark.line + 1, frozenset(words)))

    def _read_rules(self, node: yaml.Node, section: Section) -> None:
        if _is_null(node):
            return
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"{section}: must be a list of rules, each starting with '- id:'")
            return
        for rule_node in node.value:
            if not isinstance(rule_node, yaml.MappingNode):
                self.error(rule_node, f"each entry under {section}: must be a rule with id:, category:, reason: ...")
                continue
            self.drafts.append(self._read_rule(rule_node, section))

    def _read_rule(self, node: yaml.MappingNode, section: Section) -> _Draft:
        draft = _Draft(section, self.file, node.start_mark.line + 1)
        for key, value in self._pairs(node, RULE_KEYS, "rule field"):
            if key == "examples":
                draft.examples = self._strings(value, "examples:")
            elif key in ("any", "none"):
                setattr(draft, key, self._terms(value, f"{key}:"))
            elif key == "all":
                draft.all = self._groups(value)
            elif key == "regex":
                draft.has_regex = True
                draft.regex = self._regex(value)
            elif key == "weight":
                draft.weight = self._weight(value, section)
            elif key == "enabled":
                draft.enabled = self._bool(value)
            else:
                text = self._scalar(value, key)
                if not text:
                    self.error(value, f"{key}: is empty")
                setattr(draft, key, text or None)
                if key == "id":
                    draft.id_line = value.start_mark.line + 1
        self._check_rule(draft, node)
        return draft

    def _check_rule(self, draft: _Draft, node: yaml.Node) -> None:
        where = f"rule '{draft.id}'" if draft.id else "this rule"
        for key in ("id", "category", "reason"):
            if getattr(draft, key) is None and not any(k.value == key for k, _ in node.value):
                self.error(node, f"{where} has no {key}:")
        if not (draft.any or draft.all or draft.has_regex):
            self.error(node, f"{where} has no condition: give any:, all: and/or regex:")
        if prefix := next((p for p in LIVE_ID_PREFIXES if draft.id and draft.id.startswith(p)), None):
            self.error(
                draft.id_line, f"ids starting with '{prefix}' are reserved for officers' keywords and campaign packs"
            )
        if draft.category is None:
            return
        allowed = SCAM_CATEGORIES if draft.section == "rules" else ("benign",)
        if draft.category not in allowed:
            hint = " (allow: entries are always benign)" if draft.section == "allow" else ""
            if draft.category == "benign":
                hint = " (benign patterns go under allow:)"
            line = next(v.start_mark.line + 1 for k, v in node.value if k.value == "category")
            self.error(line, f"unknown category '{draft.category}' (expected one of: {', '.join(allowed)}){hint}")

    def _scalar(self, node: yaml.Node, what: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, f"{what}: must be a single value, not a list")
            return None
        return str(node.value).strip()

    def _strings(self, node: yaml.Node, what: str) -> list[_Item]:
        nodes = (
            [node] if isinstance(node, yaml.ScalarNode) else node.value if isinstance(node, yaml.SequenceNode) else []
        )
        items = []
        for item in nodes:
            if isinstance(item, yaml.ScalarNode):
                items.append(_Item(str(item.value).strip(), item.start_mark.line + 1))
            else:
                self.error(item, f"{what} takes a plain list of words")
        if not nodes:
            self.error(node, f"{what} is empty: give a word or a list of words")
        return items

    def _groups(self, node: yaml.Node) -> list[list[_Item]]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.error(node, "all: must be a list; each entry a word, a $set or a list of alternatives")
            return []
        return [self._terms(item, "each entry of all:") for item in node.value]

    def _terms(self, node: yaml.Node, what: str) -> list[_Item]:
        """Keywords and $set references; keywords are checked here, references once all files are read."""
        items = self._strings(node, what)
        for item in items:
            if not item.value.startswith(SET_PREFIX):
                self._keyword(item)
        return items

    def _keyword(self, item: _Item) -> frozenset[str]:
        problem = keyword_problem(item.value)
        if problem:
            self.error(item.line, problem)
        return keyword_forms(item.value)

    def _regex(self, node: yaml.Node) -> RulePattern | None:
        pattern = self._scalar(node, "regex")
        if pattern is None:
            return None
        if not pattern:
            self.error(node, "regex: is empty")
            return None
        problem = regex_problem(pattern)
        if problem:
            self.error(node, problem)
            return None
        return RulePattern(pattern)

    def _weight(self, node: yaml.Node, section: Section) -> float | None:
        text = self._scalar(node, "weight")
        try:
            weight = float(text or "")
        except ValueError:
            self.error(node, f"weight must be a number, not '{text}'")
            return None
        ok = 0 < weight <= 1 if section == "rules" else -1 <= weight < 0
        if not ok:
            span = "above 0 and at most 1" if section == "rules" else "from -1 up to (not including) 0"
            self.error(node, f"weight {weight:g} out of range: under {section}: it must be {span}")
            return None
        return weight

    def _bool(self, node: yaml.Node) -> bool:
        text = (self._scalar(node, "enabled") or "").lower()
        if text not in ("true", "false", "yes", "no"):
            self.error(node, f"enabled: must be true or false, not '{text}'")
        return text not in ("false", "no")


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.MarkedYAMLError as exc:
        if _FAST_LOADER is yaml.SafeLoader:
            raise
        if "nesting depth" in str(exc.problem):
            raise RecursionError(exc.problem) from exc
    # A syntax error: PyYAML's own parser words it better ("expected ',' or ']', but got ':'").
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _first_alias(root: yaml.Node) -> int | None:
    """The line of the first node used twice (an alias): one alias can repeat a large list hundreds of
    times, and a rule file has no use for them."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return int(node.start_mark.line) + 1
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in reversed(node.value) for item in reversed(pair))
    return None


def _is_null(node: yaml.Node) -> bool:
    """An empty section (`allow:` with nothing under it) is allowed."""
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.suffix in (".yaml", ".yml") and p.is_file())


def read_rules(directory: Path) -> tuple[list[Rule], list[RuleError]]:
    """Every enabled rule of every file in `directory`, and every problem found (sorted by file:line).
    The rules are only meaningful when there are no errors."""
    if not directory.is_dir():
        return [], [RuleError(str(directory), 0, "rules folder not found")]
    readers = [_FileReader(path) for path in rule_files(directory)]
    if not readers:
        return [], [RuleError(str(directory), 0, "no *.yaml rule files in this folder")]
    for reader in readers:
        reader.read()
    errors = [e for r in readers for e in r.errors]
    sets: dict[str, _KeywordSet] = {}
    for kset in (s for r in readers for s in r.sets):
        first = sets.setdefault(kset.name, kset)
        if first is not kset:
            where = f"{first.file}:{first.line}"
            errors.append(RuleError(kset.file, kset.line, f"keyword set '{kset.name}' is already defined at {where}"))
    judge_refs = not any(r.unreadable for r in readers)
    rules: list[Rule] = []
    seen: dict[str, _Draft] = {}
    for draft in (d for r in readers for d in r.drafts):
        first_rule = seen.setdefault(draft.id or "", draft)
        if draft.id and first_rule is not draft:
            where = f"{first_rule.file}:{first_rule.id_line}"
            errors.append(
                RuleError(draft.file, draft.id_line, f"duplicate rule id '{draft.id}' (first used at {where})")
            )
        rule = _resolve(draft, sets, errors, judge_refs)
        if draft.enabled:
            rules.append(rule)
    return rules, sorted(errors, key=lambda e: (e.file, e.line))


def _resolve(draft: _Draft, sets: dict[str, _KeywordSet], errors: list[RuleError], judge_refs: bool) -> Rule:
    """Expand $set references into keywords. `judge_refs` is off when some file could not be parsed
    (its sets are unknown, so "unknown set" would only be noise)."""

    def words(items: list[_Item]) -> frozenset[str]:
        out: set[str] = set()
        for item in items:
            if not item.value.startswith(SET_PREFIX):
                out |= keyword_forms(item.value)
            elif (name := item.value[len(SET_PREFIX) :].strip()) in sets:
                out |= sets[name].words
            elif judge_refs:
                message = f"unknown keyword set '{item.value}' (define it under keywords:)"
                errors.append(RuleError(draft.file, item.line, message))
        return frozenset(out)

    return Rule(
        id=draft.id or "",
        category=cast(Category, draft.category),
        weight=draft.weight if draft.weight is not None else DEFAULT_WEIGHT[draft.section],
        reason=draft.reason or "",
        any=words(draft.any),
        all=tuple(words(group) for group in draft.all),
        none=words(draft.none),
        regex=draft.regex,
        examples=tuple((_WHITESPACE.sub("", fold(e.value)), e.line) for e in draft.examples),
        file=draft.file,
        line=draft.line,
    )
