"""Escalation delivery: consume the Redis Stream with a consumer group, ping every officer of the
case's group privately (urgent first), POST the case to the webhook when configured, and XACK only
once all of that succeeded. Restarts re-deliver this consumer's pending entries; entries a dead
consumer left behind are claimed (XAUTOCLAIM). Cases nobody acts on are re-sent, then escalated to
the fallback officers."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Sequence

import aiohttp
from loguru import logger

from bot import texts
from bot.channels.base import Sender
from bot.config import Settings
from bot.context import send_private
from bot.store import Case, Escalation, Store

WEBHOOK_TIMEOUT_S = 10.0


def default_consumer() -> str:
    """Stable across restarts, so a restarted bot re-delivers its own pending entries at once (with
    the pid in the name they would wait `claim_idle_ms` to be claimed from the dead consumer)."""
    return socket.gethostname()


class Deliverer:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        sender: Sender,
        *,
        consumer: str | None = None,
        session: aiohttp.ClientSession | None = None,
        claim_idle_ms: int = 60_000,
        backoff_base_s: float = 1.0,
        backoff_cap_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.settings = settings
        self.sender = sender
        self.consumer = consumer or default_consumer()
        self.session = session
        self.claim_idle_ms = claim_idle_ms
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        self.clock = clock

    async def run(self, stop: asyncio.Event, block_ms: int = 1000) -> None:
        """Deliver until `stop` is set. Anything unacknowledged when it stops stays pending in Redis
        and is delivered by the next start."""
        own_session = self.session is None
        if own_session:
            self.session = aiohttp.ClientSession()
        await self.store.setup()
        logger.info("escalation delivery started as consumer {}", self.consumer)
        try:
            while not stop.is_set():
                try:
                    await self.deliver_once(block_ms=block_ms)
                except Exception:
                    logger.exception("escalation delivery round failed; retrying")
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), 1.0)
        finally:
            if own_session and self.session is not None:
                await self.session.close()
                self.session = None

    async def deliver_once(self, block_ms: int | None = None) -> int:
        """One round: own pending entries, stale ones of dead consumers, then new ones (waiting up
        to `block_ms` for them), then due follow-ups. Returns how many entries were acknowledged."""
        retry = await self.store.read_escalations(self.consumer, pending=True)
        retry += await self.store.claim_stale(self.consumer, self.claim_idle_ms)
        done = await self._process(retry)
        done += await self._process(await self.store.read_escalations(self.consumer, pending=False, block_ms=block_ms))
        await self.check_followups()
        return done

    async def _process(self, batch: Sequence[Escalation]) -> int:
        unique = {e.entry_id: e for e in batch}.values()
        done = 0
        for entry in sorted(unique, key=lambda e: not e.urgent):  # urgent first, otherwise in order
            if await self._deliver(entry):
                await self.store.ack_escalation(entry.entry_id)
                done += 1
        return done

    async def _deliver(self, entry: Escalation) -> bool:
        """True when everything for this entry is delivered (or can never be)."""
        case = await self.store.get_case(entry.case_id) if entry.case_id else None
        if case is None:
            logger.warning("escalation {} names no existing case ({}); dropped", entry.entry_id, entry.case_id)
            return True
        ok = await self._ping_officers(case, entry.stage)
        if ok and entry.stage == 0:
            await self.store.schedule_followup(case.id, self.clock() + self.settings.ack_timeout_s)
        if entry.stage == 0 and self.settings.webhook_url:
            ok = await self._post_webhook(case) and ok
        return ok

    def _targets(self, case: Case, stage: int) -> tuple[str, ...]:
        own = self.settings.officers_for(case.room_id or None)
        if stage < 2:
            return own
        return tuple(o for o in self.settings.officers if o not in own)

    async def _ping_officers(self, case: Case, stage: int) -> bool:
        targets = self._targets(case, stage)
        if not targets:
            logger.warning("case {}: no officers configured to ping", case.id)
            return True
        already = await self.store.sent_marks(case.id)
        text = texts.officer_escalation(case, stage)
        ok = True
        for officer in targets:
            mark = f"{stage}:{officer}"
            if mark in already:
                continue
            try:
                await send_private(self.sender, officer, text, urgent=case.urgent)
            except Exception as exc:  # the platform failed; the entry stays pending and is retried
                logger.warning("case {}: ping to officer {} failed: {}", case.id, officer, exc)
                ok = False
                continue
            await self.store.mark_sent(case.id, mark)
            logger.info("case {} (stage {}) sent to officer {}", case.id, stage, officer)
        return ok

    def _payload(self, case: Case) -> dict[str, object]:
        data = case.to_json()
        data["idempotency_key"] = f"sentinel-case-{case.id}"
        data["accounts"] = [{"kind": k, "value": v} for k, v in case.accounts()]
        return data

    async def _post_webhook(self, case: Case) -> bool:
        if case.webhook_state in ("done", "dead"):
            return True
        now = self.clock()
        if case.webhook_next_at > now:
            return False
        if self.session is None:
            self.session = aiohttp.ClientSession()
        key = f"sentinel-case-{case.id}"
        try:
            async with self.session.post(
                self.settings.webhook_url,
                json=self._payload(case),
                headers={"Idempotency-Key": key},
                timeout=aiohttp.ClientTimeout(total=WEBHOOK_TIMEOUT_S),
            ) as resp:
                if 200 <= resp.status < 300:
                    await self.store.update_case(
                        case.id, webhook_state="done", webhook_attempts=case.webhook_attempts + 1
                    )
                    logger.info("case {} posted to the webhook", case.id)
                    return True
                error = f"HTTP {resp.status}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        attempts = case.webhook_attempts + 1
        if attempts >= self.settings.webhook_max_attempts:
            await self.store.update_case(case.id, webhook_state="dead", webhook_attempts=attempts)
            await self.store.dead_letter(case.id, error)
            logger.error("case {}: webhook gave up after {} attempts ({}); dead-lettered", case.id, attempts, error)
            return True
        delay = min(self.backoff_cap_s, self.backoff_base_s * 2 ** (attempts - 1))
        await self.store.update_case(case.id, webhook_attempts=attempts, webhook_next_at=now + delay)
        logger.warning("case {}: webhook attempt {} failed ({}); retry in {:.1f}s", case.id, attempts, error, delay)
        return False

    async def check_followups(self) -> None:
        """Re-send cases nobody acted on; after a second silence, send to the fallback officers."""
        now = self.clock()
        for case_id in await self.store.take_due_followups(now):
            case = await self.store.get_case(case_id)
            if case is None or case.acknowledged or case.status != "open":
                continue
            if case.followups == 0:
                await self.store.update_case(case.id, followups=1)
                await self.store.enqueue_escalation(case.id, case.urgent, stage=1)
                await self.store.schedule_followup(case.id, now + self.settings.ack_timeout_s)
                logger.info("case {} not acknowledged: re-sent", case.id)
            elif case.followups == 1 and self._targets(case, 2):
                await self.store.update_case(case.id, followups=2)
                await self.store.enqueue_escalation(case.id, case.urgent, stage=2)
                logger.info("case {} still not acknowledged: sent to the fallback officers", case.id)
