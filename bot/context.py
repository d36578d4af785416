"""What every handler is given: settings, store, detector, the channel's sender, a clock, and the
in-process copies of the indicator set and runtime keywords (refreshed from Redis cheaply)."""

from __future__ import annotations

import inspect
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from loguru import logger

from bot.channels.base import Sender, SendError
from bot.config import Settings
from bot.detect import Detector
from bot.detect.entities import canonical_account, mask_accounts
from bot.detect.verdict import Verdict
from bot.packs import LivePacks, Pack, PackError, hit_packs, verify
from bot.store import Store

REFRESH_INTERVAL_S = 1.0
T = TypeVar("T")


def masked(text: str, limit: int = 80) -> str:
    """For log lines only: accounts masked, length capped."""
    return mask_accounts(text[:limit]).replace("\n", " ")


def _accepts_urgent(sender: Sender) -> bool:
    try:
        return "urgent" in inspect.signature(sender.send_private).parameters
    except (TypeError, ValueError):
        return False


async def send_private(sender: Sender, contact_id: str, text: str, urgent: bool = False) -> None:
    """Send a private message; urgent ones jump the queue when the sender (the limiter) supports it.
    Raises `SendError` on failure."""
    if urgent and _accepts_urgent(sender):
        await sender.send_private(contact_id, text, urgent=True)  # type: ignore[call-arg]
    else:
        await sender.send_private(contact_id, text)


class VersionedCache(Generic[T]):
    """Re-read a Redis-backed value when its version counter moved; checks at most once a second
    (immediately after `invalidate()`, which this process calls after changing it)."""

    def __init__(
        self,
        version: Callable[[], Awaitable[int]],
        load: Callable[[], Awaitable[T]],
        interval_s: float = REFRESH_INTERVAL_S,
    ) -> None:
        self._version = version
        self._load = load
        self._interval = interval_s
        self._checked = -math.inf
        self._seen: int | None = None

    def invalidate(self) -> None:
        self._checked = -math.inf

    async def refresh(self) -> T | None:
        """The new value when it changed since the last call, else None."""
        now = time.monotonic()
        if now - self._checked < self._interval:
            return None
        self._checked = now
        version = await self._version()
        if version == self._seen:
            return None
        value = await self._load()
        self._seen = version
        return value


@dataclass
class Context:
    settings: Settings
    store: Store
    detector: Detector
    sender: Sender
    clock: Callable[[], float] = time.time
    _known_bad: frozenset[str] = frozenset()
    _indicators: VersionedCache[frozenset[str]] = field(init=False)
    _keywords: VersionedCache[list[tuple[str, str]]] = field(init=False)
    _packs: VersionedCache[list[Pack]] = field(init=False)
    packs: LivePacks = field(default_factory=LivePacks)
    # (store indicators, pack indicators, their union): the union is rebuilt only when one side is replaced
    _all_bad: tuple[frozenset[str], dict[str, tuple[str, Pack]], frozenset[str]] | None = None

    def __post_init__(self) -> None:
        self._indicators = VersionedCache(self.store.indicators_version, self.store.indicator_values)
        self._keywords = VersionedCache(self.store.keywords_version, self.store.keywords)
        self._packs = VersionedCache(self.store.packs_version, self._load_packs)

    async def known_bad(self) -> frozenset[str]:
        """Canonical known-bad accounts, fresh within a second across processes."""
        fresh = await self._indicators.refresh()
        if fresh is not None:
            self._known_bad = fresh
        return self._known_bad

    async def sync_keywords(self) -> None:
        """Apply officer-added keywords to the detector when they changed (any process)."""
        fresh = await self._keywords.refresh()
        if fresh is not None:
            self.detector.set_runtime_keywords(fresh)

    async def check(self, text: str, boost: float = 0.0) -> Verdict:
        """The detector's verdict with the current indicators and runtime keywords applied."""
        await self.sync_keywords()
        await self.sync_packs()
        return self.detector.check(text, known_bad=await self._known_bad_with_packs(), boost=boost)

    async def _known_bad_with_packs(self) -> frozenset[str]:
        known, from_packs = await self.known_bad(), self.packs.indicators
        if not from_packs:
            return known
        if self._all_bad is None or self._all_bad[0] is not known or self._all_bad[1] is not from_packs:
            self._all_bad = (known, from_packs, known | from_packs.keys())
        return self._all_bad[2]

    # ---- campaign packs (bot/packs.py) ------------------------------------------------------------

    async def _load_packs(self) -> list[Pack]:
        """Every active pack whose signature verifies; a refused one is logged loudly, never applied."""
        verified = []
        for name, version, record in await self.store.active_pack_records():
            try:
                verified.append(verify(record, self.settings.pack_key, name, version))
            except PackError as exc:
                logger.error("PACK REFUSED: {}@{} is not applied: {}", name, version, exc)
        return verified

    async def sync_packs(self) -> None:
        """Apply published/rolled-back packs (any process, within a second) and drop expired ones."""
        fresh = await self._packs.refresh()
        if fresh is not None:
            self.packs.load(fresh)
        if self.packs.refresh(self.clock()):
            self.detector.set_pack_rules(self.packs.rules)
            logger.info("campaign packs applied: {}", ", ".join(self.packs.live_keys) or "none")

    def changed_packs(self) -> None:
        self._packs.invalidate()

    def pack_hits(self, verdict: Verdict) -> set[tuple[str, int]]:
        """(pack, version) of every live pack whose rule, keyword or indicator this verdict used."""
        found = hit_packs(verdict.rule_hits)
        for value in verdict.known_bad:
            entry = self.packs.indicators.get(canonical_account(value))
            if entry is not None:
                found.add((entry[1].name, entry[1].version))
        return found

    def changed_indicators(self) -> None:
        self._indicators.invalidate()

    def changed_keywords(self) -> None:
        self._keywords.invalidate()

    @property
    def self_id(self) -> str:
        return self.sender.self_id

    async def say_room(self, room_id: str, text: str, mention_ids: Sequence[str] = ()) -> bool:
        """Send to a group; a platform failure is logged, not raised (the event is still handled)."""
        try:
            await self.sender.send_room(room_id, text, mention_ids)
            return True
        except SendError as exc:
            logger.warning("send to room {} failed: {}", room_id, exc)
            return False

    async def say_private(self, contact_id: str, text: str, urgent: bool = False) -> bool:
        try:
            await send_private(self.sender, contact_id, text, urgent)
            return True
        except SendError as exc:
            logger.warning("private send to {} failed: {}", contact_id, exc)
            return False
