"""Readers for message files (`scan`) and labelled files (`eval`, `train`).

Every reader streams, and reports a bad line as a `LineError` (file, line, message) instead of
stopping: the caller prints it and goes on with the rest.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.detect.errors import LineError
from bot.detect.verdict import CATEGORIES

csv.field_size_limit(sys.maxsize)

ROOT = Path(__file__).resolve().parent.parent
TRAIN_FILE = ROOT / "data" / "train.jsonl"
DEV_FILE = ROOT / "data" / "dev.jsonl"
# Messages written one by one by hand (data/handwritten/README.md): trained on beside the template corpus.
HANDWRITTEN_DIR = ROOT / "data" / "handwritten"
# Realistic group chat written by hand to probe the detector (data/probes/README.md): read by the group-chat model.
PROBES_DIR = ROOT / "data" / "probes"
# Sets written the same way and never trained on: the blind measure of realistic chat (data/blind/README.md).
BLIND_DIR = ROOT / "data" / "blind"
BENIGN_LABELS = frozenset({"benign", "0", "normal", "ham", "false", "no", "正常"})
SCAM_LABELS = frozenset({"scam", "1", "fraud", "spam", "true", "yes", "诈骗"})
SUFFIXES = (".jsonl", ".csv", ".txt")


@dataclass(frozen=True)
class Message:
    id: str
    text: str
    line: int


@dataclass(frozen=True)
class Labelled:
    text: str
    label: str  # scam | benign
    category: str | None  # one of CATEGORIES when the file says so
    source: str
    line: int
    tags: tuple[str, ...] = field(default=())
    family: str | None = None  # template family, for grouped cross-validation


def _rows(path: Path) -> Iterator[tuple[int, dict[str, object] | str | LineError]]:
    """(line number, row) pairs: a dict for .jsonl/.csv, a str for .txt, or a LineError."""
    name = str(path)
    suffix = path.suffix.lower()
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        if suffix == ".csv":
            reader = csv.DictReader(handle)
            if reader.fieldnames is None:
                return
            start = reader.line_num + 1
            for row in reader:
                if None in row:
                    yield start, LineError(name, start, "more fields than the header has")
                else:
                    yield start, dict(row)
                start = reader.line_num + 1
            return
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            if suffix == ".txt":
                yield number, line
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, LineError(name, number, f"invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            except ValueError as exc:  # e.g. an integer longer than Python's 4300-digit limit
                yield number, LineError(name, number, f"invalid JSON: {str(exc).split(';')[0]}")
                continue
            except RecursionError:
                yield number, LineError(name, number, "invalid JSON: nested too deeply")
                continue
            if not isinstance(obj, dict):
                yield number, LineError(name, number, "expected a JSON object")
                continue
            yield number, obj


def _text_of(row: dict[str, object]) -> str | None:
    for key in ("text", "content"):
        value = row.get(key)
        if isinstance(value, str):
            return value
    return None


def read_messages(path: Path) -> Iterator[Message | LineError]:
    """Messages to scan from .jsonl (`text`, optional `id`), .csv (`text` or `content`) or .txt."""
    if path.suffix.lower() not in SUFFIXES:
        yield LineError(str(path), 0, f"unsupported file type {path.suffix!r}; use .jsonl, .csv or .txt")
        return
    for number, row in _rows(path):
        if isinstance(row, LineError):
            yield row
        elif isinstance(row, str):
            yield Message(str(number), row, number)
        else:
            text = _text_of(row)
            if text is None:
                yield LineError(str(path), number, "no `text` (or `content`) string field")
                continue
            ident = row.get("id")
            yield Message(str(ident) if ident not in (None, "") else str(number), text, number)


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; a directory stands for its .jsonl and .csv files, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in (".jsonl", ".csv"))
        else:
            yield path


def normalise_label(raw: object) -> str | None:
    """scam | benign from the many ways datasets write it; any other non-empty label names a fraud type."""
    value = str(raw).strip().lower() if raw is not None else ""
    if value in BENIGN_LABELS:
        return "benign"
    if value in SCAM_LABELS or value:
        return "scam"
    return None


def read_labelled(paths: Iterable[Path]) -> Iterator[Labelled | LineError]:
    for path in expand(paths):
        name = str(path)
        if not path.exists():
            yield LineError(name, 0, "no such file")
            continue
        for number, row in _rows(path):
            if isinstance(row, LineError):
                yield row
                continue
            if isinstance(row, str):
                yield LineError(name, number, "a labelled file must be .jsonl or .csv")
                break
            text = _text_of(row)
            label = normalise_label(row.get("label"))
            if text is None or label is None:
                yield LineError(name, number, "needs a `text` (or `content`) and a `label`")
                continue
            category = row.get("category")
            if category is not None and category not in CATEGORIES:
                yield LineError(name, number, f"unknown category {category!r}")
                continue
            if category is not None and (category == "benign") != (label == "benign"):
                yield LineError(name, number, f"label {label!r} contradicts category {category!r}")
                continue
            tags = row.get("tags")
            yield Labelled(
                text=text,
                label=label,
                category=str(category) if category is not None else None,
                source=path.name,
                line=number,
                tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
                family=str(row["family"]) if row.get("family") else None,
            )
