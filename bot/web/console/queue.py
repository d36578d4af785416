"""The case queue: filters from the query string, open cases first, urgent on top."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.store import STATUSES, Case, Store
from bot.texts import CATEGORY_NAMES

DEFAULT_LIMIT = 300


def parse_day(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def day_start(day: date) -> float:
    return time.mktime(datetime(day.year, day.month, day.day).timetuple())


@dataclass(frozen=True)
class Filters:
    status: str = ""
    category: str = ""
    group: str = ""
    since: date | None = None
    until: date | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Filters:
        status = query.get("status", "")
        category = query.get("category", "")
        return cls(
            status=status if status in STATUSES else "",
            category=category if category in CATEGORY_NAMES else "",
            group=query.get("group", "")[:200],
            since=parse_day(query.get("from")),
            until=parse_day(query.get("to")),
        )

    def matches(self, case: Case) -> bool:
        return (
            (not self.status or case.status == self.status)
            and (not self.category or case.category == self.category)
            and (not self.group or case.room_id == self.group)
        )

    def query_string(self) -> str:
        from urllib.parse import urlencode

        pairs = {
            "status": self.status,
            "category": self.category,
            "group": self.group,
            "from": self.since.isoformat() if self.since else "",
            "to": self.until.isoformat() if self.until else "",
        }
        return urlencode({k: v for k, v in pairs.items() if v})


def queue_order(case: Case) -> tuple[bool, bool, float]:
    return (case.status != "open", not case.urgent, -case.created)


async def load_queue(store: Store, filters: Filters, limit: int = DEFAULT_LIMIT) -> list[Case]:
    if filters.since or filters.until:
        since = day_start(filters.since) if filters.since else 0.0
        until = day_start(filters.until + timedelta(days=1)) - 0.001 if filters.until else time.time() + 86400
        ids = await store.case_ids_between(since, until, limit=5000)
    else:
        # Every open case (however old) plus the most recent others.
        ids = await store.case_ids("open", limit=5000) + await store.case_ids(None, limit=limit)
        ids = list(dict.fromkeys(ids))
    cases = [c for c in await store.get_cases(ids) if filters.matches(c)]
    return sorted(cases, key=queue_order)[:limit]


def summary(case: Case) -> dict[str, object]:
    """A case as the queue's JSON shows it."""
    return {
        "id": case.id,
        "status": case.status,
        "urgent": case.urgent,
        "category": case.category,
        "room_id": case.room_id,
        "room_topic": case.room_topic,
        "sender_name": case.sender_name,
        "text": case.text[:200],
        "score": round(case.score, 3),
        "created": case.created,
    }
