"""Fuzzing the rule loader: any file either loads or raises RuleLoadError naming file:line, never
another exception, never a hang; and no regex that loads can make a message slow (ReDoS).

`FUZZ_EXAMPLES=2000 pytest tests/test_fuzz_rules.py` runs the properties longer.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.detect.detector import MAX_CHARS
from bot.detect.regex_safety import regex_problem
from bot.detect.rule_schema import MAX_FILE_BYTES
from bot.detect.rules import RuleLoadError, RuleSet, load_rules

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or 150
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
LOAD_LIMIT_S = 5.0  # a load this slow is a hang (the largest allowed file loads in ~2 s here)
MATCH_LIMIT_S = 0.2

HOSTILE_REGEXES = [
    r"(a+)+$",
    r"(a|aa)*",
    r"(a|aa)*$",
    r"(.*a){20}",
    r"(a*)*b",
    r"(\w+\s?)+$",
    r"(a*)\1",
    r"(.+)\1+$",
    r"(?<=a)b",
    r"(?<!a+)b",
    r"(?<=a+)b",
    r"(?=a)a",
    r"(?>a+)b",
    r"a++b",
    r".*a.*a.*a.*a.*b",
    r"\d*\d*\d*\d*x",
    r"(?:a?){30}a{30}",
    r"(a{1,100}){1,100}$",
    r".{0,4000}.{0,4000}.{0,4000}x",
    r"(?:.*){1,2}",
    r"a{100000}",
    r"(?P<x>a)(?P=x)",
    r"(?(1)a|b)",
    r"[",
    r"(",
    r"*",
    r"\\",
    r"(?i)口罩\d+元",
    "x" * 10_000,
    "(" * 200 + ")" * 200,
    "(?:" * 120 + "a" + ")*" * 120,
]


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupts pure-Python loops and Python's `re` (it checks for signals) after `seconds`."""

    def stop(*_: Any) -> None:
        raise Hang(f"took more than {seconds}s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load(folder: Path, files: dict[str, str | bytes]) -> RuleSet | RuleLoadError:
    """Write the files, load them; the outcome must be a RuleSet or a RuleLoadError with file:line."""
    for old in folder.glob("*"):
        old.unlink()
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
    try:
        with time_limit(LOAD_LIMIT_S):
            return load_rules(folder)
    except RuleLoadError as exc:
        assert exc.errors, "a RuleLoadError must say what is wrong"
        names = {str(folder / name) for name in files}
        for error in exc.errors:
            assert error.file in names or error.file == str(folder), error
            assert isinstance(error.line, int) and error.line >= (1 if error.file in names else 0), error
            assert error.message.strip(), error
            assert str(error).startswith(f"{error.file}:{error.line}: ")
        assert str(exc) == "\n".join(str(e) for e in exc.errors)
        return exc


def adversarial_texts(pattern: str) -> list[str]:
    """Long texts built from the pattern's own characters: what makes backtracking engines blow up."""
    chars = sorted({c for c in pattern if c.isalnum() or "\u4e00" <= c <= "\u9fff"}) or ["a"]
    texts = [c * MAX_CHARS for c in chars[:4]]
    texts.append(("".join(chars) * MAX_CHARS)[:MAX_CHARS])
    texts.append(("".join(chars) * MAX_CHARS)[: MAX_CHARS - 1] + "!")
    texts.append("1" * MAX_CHARS)
    return texts


def assert_fast(ruleset: RuleSet, texts: list[str]) -> None:
    for text in texts:
        start = time.perf_counter()
        with time_limit(MATCH_LIMIT_S * 10):
            ruleset.match(text)
        assert time.perf_counter() - start < MATCH_LIMIT_S, f"slow on {text[:20]!r}..."


def rule_file(regex: str, example: str | None = None) -> str:
    body: dict[str, str | list[str]] = {"id": "r", "category": "mask_scam", "reason": "测试", "regex": regex}
    if example is not None:
        body["examples"] = [example]
    return yaml.safe_dump({"rules": [body]}, allow_unicode=True, sort_keys=False, width=1 << 20)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "rules"
    path.mkdir()
    return path


# ---- regexes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", HOSTILE_REGEXES)
def test_hostile_regexes_are_refused_or_harmless(folder: Path, pattern: str) -> None:
    text = rule_file(pattern)
    outcome = load(folder, {"a.yaml": text})
    if isinstance(outcome, RuleLoadError):
        regex_line = next(n for n, line in enumerate(text.splitlines(), 1) if line.lstrip(" -").startswith("regex:"))
        assert [e.line for e in outcome.errors if "regex" in e.message] == [regex_line], outcome
    else:
        assert_fast(outcome, adversarial_texts(pattern))


@pytest.mark.parametrize("pattern", [r".*a.*a.*a.*a.*b", r"\d*\d*\d*\d*x", r"(?:a?){30}a{30}", r"\w*\w*\w*\w*!"])
def test_patterns_the_static_check_misses_run_in_linear_time(folder: Path, pattern: str) -> None:
    """These hang Python's backtracking `re` on a 4000-character message; RE2 runs them at once."""
    outcome = load(folder, {"a.yaml": rule_file(pattern)})
    assert isinstance(outcome, RuleSet)
    assert_fast(outcome, [*adversarial_texts(pattern), "a" * 30, "a" * MAX_CHARS])


@pytest.mark.parametrize("pattern", [r"(?<=a)b", r"(a*)\1", r"(?>a+)b", r"a++b", r"(?P<x>a)(?P=x)"])
def test_features_the_engine_lacks_are_refused_with_a_reason(pattern: str) -> None:
    problem = regex_problem(pattern)
    assert problem is not None and "not support" in problem


def regex_atoms() -> st.SearchStrategy[str]:
    return st.sampled_from(["a", "b", "口", "罩", ".", r"\d", r"\w", r"\s", "[ab]", "[^a]", "^", "$", r"\b", "1"])


def regex_tree(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    quant = st.sampled_from(["*", "+", "?", "{2}", "{0,30}", "{1,100}", "*?", "+?", "{3,}", ""])
    return st.one_of(
        st.tuples(children, children).map("".join),
        st.tuples(children, children).map(lambda t: f"(?:{t[0]}|{t[1]})"),
        st.tuples(children, quant).map(lambda t: f"({t[0]}){t[1]}"),
        st.tuples(children, quant).map(lambda t: f"(?:{t[0]}){t[1]}"),
    )


random_regex = st.one_of(
    st.recursive(regex_atoms(), regex_tree, max_leaves=12),
    st.text(st.sampled_from(list("ab()[]{}*+?|^$\\.-,0123456789?:=!<>P口")), max_size=40),
)


@FUZZ
@given(pattern=random_regex)
def test_random_regexes_load_or_fail_cleanly_and_never_hang(folder: Path, pattern: str) -> None:
    outcome = load(folder, {"a.yaml": rule_file(pattern)})
    if isinstance(outcome, RuleSet):
        assert_fast(outcome, adversarial_texts(pattern))


# ---- hostile YAML -----------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["mask_scam", "benign", "口罩", "$防疫物资", "", " ", "nan", "inf", "-0", "1e999", "yes", "~"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=8), inner, max_size=5)),
    max_leaves=20,
)
FIELDS = ["id", "category", "reason", "weight", "any", "all", "none", "regex", "enabled", "examples", "junk"]
rule_like = st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS))
documents = st.one_of(
    values,
    st.fixed_dictionaries(
        {},
        optional={
            "keywords": st.one_of(values, st.dictionaries(st.text(max_size=6), values, max_size=4)),
            "rules": st.one_of(values, st.lists(rule_like, max_size=4)),
            "allow": st.one_of(values, st.lists(rule_like, max_size=4)),
        },
    ),
)


@FUZZ
@given(doc=documents, other=documents)
def test_random_documents_load_or_fail_cleanly(folder: Path, doc: Any, other: Any) -> None:
    files: dict[str, str | bytes] = {
        "a.yaml": yaml.safe_dump(doc, allow_unicode=True),
        "b.yml": yaml.safe_dump(other, allow_unicode=True),
    }
    load(folder, files)


@FUZZ
@given(raw=st.one_of(st.binary(max_size=2000), st.text(st.characters(codec=None), max_size=2000)))
def test_random_bytes_and_text_load_or_fail_cleanly(folder: Path, raw: bytes | str) -> None:
    load(folder, {"a.yaml": raw})


@FUZZ
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "rules:",
                "allow:",
                "keywords:",
                "  集合: [口罩, 消毒液]",
                "  - id: x",
                "    category: mask_scam",
                "    category: benign",
                "    reason: 原因",
                "    weight: 0.7",
                "    weight: abc",
                "    any: [口罩]",
                "    any: $集合",
                "    all: [[先付款], $未知]",
                "    none: {a: b}",
                "    regex: '(a+)+'",
                "    regex: '口罩\\d+元'",
                "    enabled: maybe",
                "    examples: [口罩5元一个]",
                "    - nested",
                "\t- tab",
                "  ? complex key",
                "  &anchor a: *anchor",
                "  <<: *nothing",
                "--- ",
                "!!python/object:os.system ls",
                "{{{",
                "'unterminated",
                "  - id: runtime:x",
            ]
        ),
        max_size=30,
    )
)
def test_rule_shaped_line_soup_loads_or_fails_cleanly(folder: Path, lines: list[str]) -> None:
    load(folder, {"a.yaml": "\n".join(lines)})


@pytest.mark.parametrize(
    "text",
    [
        "[" * 2000 + "]" * 2000,
        "rules: " + "[" * 2000,
        "{a: " * 2000 + "b" + "}" * 2000,
        "".join("  " * i + "-\n" for i in range(1500)),
        "rules:\n" + "".join("  " * i + "- a:\n" for i in range(1, 1500)),
        "rules: " + "[" * 400_000,
        "rules:\n" + "".join(" " * i + "- a:\n" for i in range(1, 650)),
        "a: &a [*a, *a]\nb: &b [*a, *a, *a]\nkeywords: {x: *b}\nrules: [*b, *b]\n",
        "keywords:\n  s: &s [" + ", ".join(f"w{i}" for i in range(5000)) + "]\n"
        "rules:\n" + "".join(f"  - {{id: r{i}, category: mask_scam, reason: x, any: *s}}\n" for i in range(200)),
        "rules:\n  - id: r\n    category: mask_scam\n    reason: x\n    any: [a]\n    examples: ["
        + "口" * 100_000
        + "]\n",
        "rules:\n  - id: r\n    category: mask_scam\n    reason: x\n    any: ['" + "x" * 10_000 + "']\n",
        "\ufeffrules: []\n",
        "rules: !!binary aGVsbG8=\n",
        "rules: !!python/name:os.system\n",
        "%YAML 9.9\n---\nrules: []\n",
        "rules: []\n---\nrules: []\n",
    ],
)
def test_pathological_files_load_or_fail_cleanly(folder: Path, text: str) -> None:
    load(folder, {"a.yaml": text})


def test_deep_nesting_is_named_not_a_crash(folder: Path) -> None:
    outcome = load(folder, {"a.yaml": "rules: " + "[" * 2000 + "]" * 2000})
    assert isinstance(outcome, RuleLoadError)
    assert [str(e) for e in outcome.errors] == [f"{folder / 'a.yaml'}:1: lists or sections are nested too deeply"]


def test_a_huge_file_is_refused_quickly(folder: Path) -> None:
    rule = "  - id: r{i}\n    category: mask_scam\n    reason: x\n    any: [w{i}]\n"
    text = "rules:\n" + "".join(rule.format(i=i) for i in range(MAX_FILE_BYTES // 40))
    assert len(text.encode()) > MAX_FILE_BYTES
    start = time.perf_counter()
    outcome = load(folder, {"a.yaml": text})
    assert isinstance(outcome, RuleLoadError)
    assert "larger than" in outcome.errors[0].message and outcome.errors[0].line == 1
    assert time.perf_counter() - start < 1.0


def test_the_largest_allowed_file_loads_in_bounded_time(folder: Path) -> None:
    rule = "  - id: r{i}\n    category: mask_scam\n    reason: x\n    any: [w{i}, 口罩{i}]\n    regex: '\\d+元{i}'\n"
    count = MAX_FILE_BYTES // len(rule.format(i=99999).encode())
    text = "rules:\n" + "".join(rule.format(i=i) for i in range(count))
    assert MAX_FILE_BYTES * 0.8 < len(text.encode()) <= MAX_FILE_BYTES
    start = time.perf_counter()
    outcome = load(folder, {"a.yaml": text})  # fails the test if it takes over LOAD_LIMIT_S
    print(f"{len(text.encode()) / 1000:.0f} kB, {count} rules: {time.perf_counter() - start:.2f} s")
    assert isinstance(outcome, RuleSet) and len(outcome) == count


def test_regex_error_names_the_line(folder: Path) -> None:
    rule = "  - id: {}\n    category: mask_scam\n    reason: x\n    {}\n"
    text = "rules:\n" + rule.format("ok", "any: [口罩]") + rule.format("bad", "regex: '(a+)+$'")
    outcome = load(folder, {"a.yaml": text})
    assert isinstance(outcome, RuleLoadError)
    assert [(e.line, re.sub(r":.*", "", e.message)) for e in outcome.errors] == [
        (9, "regex may hang on some messages (catastrophic backtracking)")
    ]


@pytest.mark.parametrize("pattern", [r".{0,1000}.{0,1000}x", r".{0,4000}x", r"(?:.{0,100}a){10}"])
def test_regexes_too_big_for_a_fast_match_are_refused(pattern: str) -> None:
    problem = regex_problem(pattern)
    assert problem is not None and ("too complex" in problem or "not support" in problem), problem


def test_aliases_are_refused_not_amplified(folder: Path) -> None:
    words = ", ".join(f"w{i}" for i in range(5000))
    rule = "  - {{id: r{}, category: mask_scam, reason: x, any: *s}}\n"
    text = f"keywords:\n  s: &s [{words}]\nrules:\n" + "".join(rule.format(i) for i in range(200))
    outcome = load(folder, {"a.yaml": text})
    assert isinstance(outcome, RuleLoadError)
    assert [(e.line, e.message[:30]) for e in outcome.errors] == [(2, "YAML anchors (&) and aliases (")]


@FUZZ
@given(pattern=random_regex, example=st.text(st.characters(codec=None), max_size=50))
def test_examples_with_any_characters_never_crash_the_example_check(folder: Path, pattern: str, example: str) -> None:
    assume(regex_problem(pattern) is None)
    load(folder, {"a.yaml": rule_file(pattern, example)})
