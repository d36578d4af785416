"""Fuzzing the CLI file readers: whatever bytes a .jsonl/.csv/.txt holds, every item read is a
Message/Labelled or a LineError naming the line, and reading never raises.

`FUZZ_EXAMPLES=3000 pytest tests/test_fuzz_readers.py` runs the properties longer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.datasets import Labelled, LineError, Message, read_labelled, read_messages
from bot.detect.verdict import CATEGORIES

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or 150
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
SUFFIXES = [".jsonl", ".csv", ".txt", ".JSONL", ".CSV"]

# Fragments that make random bytes look like the files' syntax often enough to reach deep paths.
FRAGMENTS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b",",
    b":",
    b"\n",
    b"\r\n",
    b"\r",
    b"\x00",
    b"\xff\xfe",
    b"\xed\xa0\x80",  # an encoded surrogate: invalid UTF-8
    b"\xe5\x8f",  # a cut-off character
    b'"text"',
    b'"content"',
    b'"label"',
    b'"category"',
    b'"id"',
    b'"tags"',
    b'"family"',
    b"text,label,category,id\n",
    b"content,label\n",
    b'"scam"',
    b'"benign"',
    b'"mask_scam"',
    b"null",
    b"true",
    b"1e999",
    b"9" * 5000,
    b"[" * 3000,
    b'"\\ud800"',
    "口罩现货先付款".encode(),
    b"\xef\xbb\xbf",  # BOM
]
soup = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=20)), max_size=60).map(b"".join)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)),
    max_leaves=10,
)
row = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.text(st.characters(codec=None)), json_values),
        "content": json_values,
        "label": st.one_of(st.sampled_from(["scam", "benign", "1", "0", "诈骗", "", " "]), json_values),
        "category": st.one_of(st.sampled_from([*CATEGORIES, "masks"]), json_values),
        "id": json_values,
        "tags": json_values,
        "family": json_values,
    },
)
jsonl = st.lists(st.one_of(row, json_values), max_size=20).map(
    lambda rows: "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode("utf-8", "surrogatepass")
)
contents = st.one_of(st.binary(max_size=3000), soup, jsonl)


def lines_of(data: bytes) -> int:
    """How many lines a reader can number (str.splitlines also splits on \\x1c, \\u2028 and the like)."""
    return len(data.decode("utf-8", "replace").splitlines()) + 1


def check_messages(path: Path, data: bytes) -> list[Message | LineError]:
    items = list(read_messages(path))
    for item in items:
        assert isinstance(item, Message | LineError), item
        assert 0 <= item.line <= lines_of(data), item
        if isinstance(item, Message):
            assert isinstance(item.text, str) and isinstance(item.id, str) and item.id
            item.text.encode("utf-8", "surrogatepass")
        else:
            assert item.file == str(path) and item.message and str(item).startswith(f"{path}:{item.line}: ")
    return items


def check_labelled(path: Path, data: bytes) -> list[Labelled | LineError]:
    items = list(read_labelled([path]))
    for item in items:
        assert isinstance(item, Labelled | LineError), item
        assert 0 <= item.line <= lines_of(data), item
        if isinstance(item, Labelled):
            assert item.label in ("scam", "benign") and isinstance(item.text, str)
            assert item.category is None or item.category in CATEGORIES
            assert all(isinstance(tag, str) for tag in item.tags)
        else:
            assert item.message and str(item).startswith(f"{path}:{item.line}: ")
    return items


@FUZZ
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_read_as_messages_or_line_errors(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    check_messages(path, data)


@FUZZ
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_read_as_labelled_or_line_errors(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    check_labelled(path, data)


@FUZZ
@given(
    header=st.lists(st.sampled_from(["text", "content", "label", "category", "id", "", "text"]), max_size=5),
    cells=st.lists(st.lists(st.text(st.characters(codec=None), max_size=15), max_size=6), max_size=10),
    quote_breaks=st.lists(st.integers(0, 200), max_size=4),
)
def test_csv_with_ragged_rows_and_broken_quotes(
    tmp_path: Path, header: list[str], cells: list[list[str]], quote_breaks: list[int]
) -> None:
    text = ",".join(header) + "\n" + "\n".join(",".join(f'"{c}"' for c in r) for r in cells)
    chars = list(text)
    for at in quote_breaks:  # unbalance some quotes
        chars.insert(min(at, len(chars)), '"')
    data = "".join(chars).encode("utf-8", "surrogatepass")
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    check_messages(path, data)
    check_labelled(path, data)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".txt"])
@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n\n\n",
        b"\x00" * 10_000,
        b"\xff" * 10_000,
        b"[" * 200_000 + b"\n",
        b'{"text": ' + b"[" * 200_000 + b"}\n",
        b'{"text": "ok", "id": ' + b"9" * 10_000 + b"}\n",
        b'{"text": 1' + b"0" * 10_000 + b"}\n",
        b'{"text": "' + "口".encode() * 2_000_000 + b'"}\n',  # one 6 MB line
        b'text\n"never closed, ' + b"x" * 100_000,
        b'text,label\n"a""b",scam\n"c,benign\n',
        b"text\r\nline one\rline two\x1cline three\n",
        b'\xef\xbb\xbf{"text": "bom"}\n',
        b'{"text": "\\ud800\\udfff\\ud83d"}\n',
        b'{"text": "a"}{"text": "b"}\n',
        b'{"text": NaN, "label": Infinity}\n',
    ],
    ids=lambda v: repr(v[:16]),
)
def test_pathological_files(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    check_messages(path, data)
    check_labelled(path, data)


def test_nesting_and_huge_numbers_are_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    data = b"[" * 100_000 + b"\n" + b'{"text": "ok", "id": ' + b"9" * 5000 + b'}\n{"text": "fine"}\n'
    path.write_bytes(data)
    items = check_messages(path, data)
    assert [(type(i).__name__, i.line) for i in items] == [("LineError", 1), ("LineError", 2), ("Message", 3)]
    assert isinstance(items[0], LineError) and items[0].message == "invalid JSON: nested too deeply"
    assert isinstance(items[1], LineError) and "4300 digits" in items[1].message


def test_missing_file_and_unsupported_suffix(tmp_path: Path) -> None:
    assert [str(e) for e in read_messages(tmp_path / "x.xlsx")] == [
        f"{tmp_path / 'x.xlsx'}:0: unsupported file type '.xlsx'; use .jsonl, .csv or .txt"
    ]
    assert [str(e) for e in read_labelled([tmp_path / "none.jsonl"])] == [f"{tmp_path / 'none.jsonl'}:0: no such file"]


def test_scan_of_a_hostile_file_answers_every_readable_message(tmp_path: Path) -> None:
    """The whole `scan` path (reader, worker pool, detector, JSON out) on garbage mixed with messages."""
    import io

    from bot.scan import scan

    lines = [
        b'{"id": "a", "text": "\xe5\x8f\xa3\xe7\xbd\xa9\xe7\x8e\xb0\xe8\xb4\xa7\xef\xbc\x8c\xe5\x85\x88\xe4\xbb\x98\xe6\xac\xbe"}',
        b"[" * 50_000,
        b'{"text": "\\ud800\\u0000 zero \\u202e"}',
        b"\xff\xfe\x00garbage",
        b'{"id": 1e999, "text": "' + "口".encode() * 300_000 + b'"}',
        b'{"text": 1' + b"0" * 6000 + b"}",
        b'{"id": "z", "text": ""}',
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    expected = check_messages(path, path.read_bytes())
    out = io.StringIO()
    summary = scan(path, out, {}, workers=1)
    verdicts = [json.loads(line) for line in out.getvalue().splitlines()]
    good = [item for item in expected if isinstance(item, Message)]
    assert [v["id"] for v in verdicts] == [m.id for m in good] == ["a", "3", "inf", "z"]
    assert summary["messages"] == 4 and summary["errors"] == len(expected) - 4 == 3
    assert verdicts[0]["action"] != "ignore"
