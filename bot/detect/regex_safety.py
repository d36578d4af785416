"""Rule regexes: checked when loaded, and run by RE2, a linear-time engine.

Police staff write these patterns and every message runs through them, so a pattern like `(a+)+`
must never let one crafted message freeze the bot. Two layers:
- RE2 runs every rule regex (`compile_rule_regex`): its matching time is linear in the text for any
  pattern, so even shapes the static check below cannot see (`.*a.*b`, `(a?){30}a{30}`, which hang
  Python's backtracking `re` on a 4000-character message) stay cheap. RE2 has no look-around or
  back-references; such patterns are refused with a message saying so.
- A static check names the classic catastrophic shapes, so staff learn why a pattern is refused: we
  walk the parsed pattern (the stdlib's own parser) and reject a repeat (max > 1) whose body either
  contains another unbounded repeat, or has alternatives that can start matching the same text. This
  is deliberately conservative: a few safe patterns such as `(\\w+\\s)+` are rejected too; they can
  always be rewritten without nesting.
"""

from __future__ import annotations

import re
import re._parser as sre  # stdlib; untyped
import string
import warnings
from collections.abc import Iterable
from typing import Any, Protocol

import re2

MAX_PATTERN_LENGTH = 500
# RE2's time is linear in the text but also grows with the compiled program (big {m,n} counts expand):
# at 2000 steps a 4000-character message takes ~10 ms in the worst case; shipped rules are under 300.
MAX_PROGRAM_SIZE = 2000
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a refused pattern is reported to the caller, not on stderr

_NESTED = "a repeated group contains another unlimited repeat, like (a+)+ or (.*)*"
_OVERLAP = "a repeated group has alternatives that can match the same text, like (a|aa)*"
_CATEGORIES = {
    "CATEGORY_DIGIT": re.compile(r"\d"),
    "CATEGORY_NOT_DIGIT": re.compile(r"\D"),
    "CATEGORY_SPACE": re.compile(r"\s"),
    "CATEGORY_NOT_SPACE": re.compile(r"\S"),
    "CATEGORY_WORD": re.compile(r"\w"),
    "CATEGORY_NOT_WORD": re.compile(r"\W"),
}
_BACKTRACKING_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)

Items = Iterable[tuple[Any, Any]]


def regex_problem(pattern: str) -> str | None:
    """Why `pattern` may not be used as a rule regex, or None when it is fine."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        return f"regex is {len(pattern)} characters long; the limit is {MAX_PATTERN_LENGTH}"
    try:
        with warnings.catch_warnings():  # "possible nested set" and the like: only the pattern's author cares
            warnings.simplefilter("ignore")
            re.compile(pattern)
            parsed = sre.parse(pattern)
    except re.error as exc:
        return f"invalid regex: {exc}"
    alphabet = frozenset(pattern) | frozenset(string.printable) | frozenset("中文\u3000")
    reason = _Scanner(alphabet).scan(parsed)
    if reason is not None:
        return f"regex may hang on some messages (catastrophic backtracking): {reason}"
    try:
        compiled = re2.compile(pattern, options=_RE2_OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else exc
        return f"regex uses something the rule engine does not support (look-around, back-reference, ...): {detail}"
    if compiled.programsize > MAX_PROGRAM_SIZE:
        size = compiled.programsize
        return f"regex is too complex ({size} steps, the limit is {MAX_PROGRAM_SIZE}): use smaller {{m,n}} counts"
    return None


class RuleMatch(Protocol):
    def group(self, index: int = 0) -> str: ...


class RulePattern:
    """A rule regex run by RE2 (linear time); `pattern` must have passed `regex_problem`."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled = re2.compile(pattern, options=_RE2_OPTIONS)

    def search(self, text: str) -> RuleMatch | None:
        try:
            match: RuleMatch | None = self._compiled.search(text)
        except UnicodeEncodeError:  # lone surrogates (normalised text has none; raw examples might)
            match = self._compiled.search(text.encode("utf-8", "replace").decode("utf-8"))
        return match

    def __repr__(self) -> str:
        return f"RulePattern({self.pattern!r})"


class _Scanner:
    """First-character sets are computed over a finite sample alphabet: the pattern's own
    characters plus printable ASCII and a few CJK ones, which is enough to tell overlap apart."""

    def __init__(self, alphabet: frozenset[str]) -> None:
        self.alphabet = alphabet

    def scan(self, items: Items) -> str | None:
        for op, av in items:
            reason = self._scan_item(op, av)
            if reason:
                return reason
        return None

    def _scan_item(self, op: Any, av: Any) -> str | None:
        if op in _BACKTRACKING_REPEATS:
            _lo, hi, body = av
            if hi > 1:
                if self._has_unbounded_repeat(body):
                    return _NESTED
                if self._has_overlapping_branch(body, self.first(body)[0]):
                    return _OVERLAP
            return self.scan(body)
        return next((r for sub in _children(op, av) if (r := self.scan(sub))), None)

    def _has_unbounded_repeat(self, items: Items) -> bool:
        for op, av in items:
            if op in _BACKTRACKING_REPEATS and av[1] == sre.MAXREPEAT:
                return True
            if any(self._has_unbounded_repeat(sub) for sub in _children(op, av)):
                return True
        return False

    def _has_overlapping_branch(self, items: Items, loop_first: frozenset[str]) -> bool:
        """`loop_first`: what the repeated body starts with, i.e. what can follow an empty alternative."""
        for op, av in items:
            if op is sre.BRANCH:
                firsts = [self.first(alt) for alt in av[1]]
                for i, (chars, nullable) in enumerate(firsts):
                    for other, _ in firsts[i + 1 :]:
                        if chars & other:
                            return True
                    if nullable and any(c & loop_first for j, (c, _) in enumerate(firsts) if j != i):
                        return True
            if op not in _BACKTRACKING_REPEATS and any(
                self._has_overlapping_branch(sub, loop_first) for sub in _children(op, av)
            ):
                return True
        return False

    def first(self, items: Items) -> tuple[frozenset[str], bool]:
        """(characters a match can start with, whether it can match the empty string)."""
        acc: set[str] = set()
        for op, av in items:
            chars, nullable = self._first_item(op, av)
            acc |= chars
            if not nullable:
                return frozenset(acc), False
        return frozenset(acc), True

    def _first_item(self, op: Any, av: Any) -> tuple[frozenset[str], bool]:
        if op is sre.LITERAL:
            return frozenset({chr(av)}), False
        if op is sre.NOT_LITERAL:
            return self.alphabet - {chr(av)}, False
        if op is sre.ANY:
            return self.alphabet - {"\n"}, False
        if op is sre.IN:
            return frozenset(c for c in self.alphabet if _in_class(av, c)), False
        if op is sre.SUBPATTERN:
            return self.first(av[3])
        if op is sre.ATOMIC_GROUP:
            return self.first(av)
        if op is sre.BRANCH:
            parts = [self.first(alt) for alt in av[1]]
            return frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        if op in (*_BACKTRACKING_REPEATS, sre.POSSESSIVE_REPEAT):
            chars, nullable = self.first(av[2])
            return chars, nullable or av[0] == 0
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return frozenset(), True
        return self.alphabet, True  # back-references and the like: assume anything


def _children(op: Any, av: Any) -> list[Items]:
    """Sub-patterns nested directly inside one parsed item."""
    if op is sre.SUBPATTERN:
        return [av[3]]
    if op is sre.BRANCH:
        return list(av[1])
    if op in (*_BACKTRACKING_REPEATS, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op is sre.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


def _in_class(items: Items, char: str) -> bool:
    negate = False
    found = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found = found or chr(av) == char
        elif op is sre.RANGE:
            found = found or av[0] <= ord(char) <= av[1]
        elif op is sre.CATEGORY:
            pattern = _CATEGORIES.get(str(av))
            found = found or pattern is None or pattern.match(char) is not None
        else:
            found = True  # unknown member: assume it overlaps
    return found != negate
