"""Figures for the statistics page and the CSV export, computed from cases and officer feedback."""

from __future__ import annotations

import csv
import io
import statistics
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from bot.store import Case
from bot.texts import CATEGORY_NAMES

CSV_FIELDS = (
    "id",
    "created",
    "status",
    "urgent",
    "category",
    "score",
    "source",
    "room_id",
    "room_topic",
    "sender_id",
    "sender_name",
    "text",
    "accounts",
    "first_action_s",
)


def per_day(cases: Iterable[Case], days: Sequence[date]) -> list[tuple[str, int]]:
    counts = Counter(date.fromtimestamp(c.created) for c in cases)
    return [(d.strftime("%m-%d"), counts.get(d, 0)) for d in sorted(days)]


def per_category(cases: Iterable[Case]) -> list[tuple[str, int]]:
    counts = Counter(c.category for c in cases)
    return [(CATEGORY_NAMES.get(k, k), v) for k, v in counts.most_common()]


def per_group(cases: Iterable[Case], top: int = 10) -> list[tuple[str, int]]:
    counts = Counter(c.room_topic or c.room_id or "私聊" for c in cases)
    return counts.most_common(top)


def first_action_s(case: Case) -> float | None:
    """Seconds from the message to the first officer action on its case."""
    if not case.actions:
        return None
    return max(0.0, float(case.actions[0].get("at", case.created)) - case.created)


def median_first_action(cases: Iterable[Case]) -> float | None:
    delays = [d for c in cases if (d := first_action_s(c)) is not None]
    return statistics.median(delays) if delays else None


def false_positive_rate(labels: Iterable[dict[str, Any]], since: float) -> tuple[int, int]:
    """(false positives, officer decisions) among feedback given since `since`."""
    recent = [entry for entry in labels if float(entry.get("at", 0)) >= since]
    return sum(1 for entry in recent if entry.get("label") == "benign"), len(recent)


def _formula_safe(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: prefix them (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def cases_csv(cases: Iterable[Case]) -> str:
    out = io.StringIO()
    out.write("\ufeff")  # so spreadsheet programs read the Chinese as UTF-8
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for c in cases:
        delay = first_action_s(c)
        row = [
            c.id,
            time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(c.created)),
            c.status,
            int(c.urgent),
            c.category,
            f"{c.score:.3f}",
            c.source,
            c.room_id,
            c.room_topic,
            c.sender_id,
            c.sender_name,
            c.text,
            " ".join(v for _, v in c.accounts()),
            "" if delay is None else f"{delay:.0f}",
        ]
        writer.writerow([_formula_safe(str(v)) for v in row])
    return out.getvalue()
