"""Escalation delivery from the Redis Stream, by any number of processes at once.

Two consumer groups read the one stream: `deliver` pings every officer of the case's group privately
(urgent first) through this process's WeChat channel, so only `run` processes join it; `webhook`
POSTs the case to the webhook with an idempotency key, and `run` and `deliver` processes share it.
An entry is XACKed in a group once its part is done, so a crash at any point leaves it pending.

Who is alive: a consumer is named `host-pid` and keeps a heartbeat key (TTL HEARTBEAT_TTL_S). Every
round, entries pending with a consumer whose heartbeat is gone (or, on this host, whose process is
gone) are claimed at once; anything idle for `claim_idle_ms` is claimed as a last resort (XAUTOCLAIM).
Officers get each ping once: a per-case, per-officer lease is taken atomically before sending and
turned into "done" after; a lease of a dead consumer is taken over. At-least-once remains only for a
crash in the instant between the platform accepting a ping and "done" being written, and for the
webhook (the receiver drops duplicates by `Idempotency-Key`). Nobody acting on a case: re-sent, then
escalated to the fallback officers."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import time
from collections.abc import Awaitable, Callable, Sequence

import aiohttp
import psutil
from loguru import logger

from bot import texts
from bot.channels.base import Sender
from bot.config import Settings
from bot.context import send_private
from bot.store import DELIVER_GROUP, WEBHOOK_GROUP, Case, Escalation, Store

WEBHOOK_TIMEOUT_S = 10.0
HEARTBEAT_TTL_S = 15.0
HEARTBEAT_EVERY_S = 5.0
CASE_WAIT_S = 30.0  # an entry naming a case not written (yet): dropped once this old
ERROR_BACKOFF_S = (0.5, 10.0)  # a failing round (e.g. Redis down) waits base * 2^n, capped


def default_consumer() -> str:
    """Unique per process: several processes on one host must not share pending entries."""
    return f"{socket.gethostname()}-{os.getpid()}"


def _process_alive(pid: int, started: float) -> bool:
    try:
        return abs(psutil.Process(pid).create_time() - started) < 1.0  # same pid, same process
    except (psutil.NoSuchProcess, psutil.AccessDenied, ValueError):
        return False


def webhook_key(case_id: int) -> str:
    return f"sentinel-case-{case_id}"


class Deliverer:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        sender: Sender | None,
        *,
        consumer: str | None = None,
        session: aiohttp.ClientSession | None = None,
        officers: bool | None = None,
        webhook: bool | None = None,
        claim_idle_ms: int = 60_000,
        backoff_base_s: float = 1.0,
        backoff_cap_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """`officers` (default: when there is a sender) joins the officer-ping group; `webhook`
        (default: when a webhook is configured) joins the webhook group."""
        self.store = store
        self.settings = settings
        self.sender = sender
        self.consumer = consumer or default_consumer()
        self.session = session
        self.officers = sender is not None if officers is None else officers
        self.webhook = bool(settings.webhook_url) if webhook is None else webhook
        if self.officers and sender is None:
            raise ValueError("pinging officers needs a sender")
        self.claim_idle_ms = claim_idle_ms
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        self.clock = clock
        self.host = socket.gethostname()

    @property
    def groups(self) -> list[tuple[str, Callable[[Escalation], Awaitable[bool]]]]:
        roles: list[tuple[str, Callable[[Escalation], Awaitable[bool]]]] = []
        if self.officers:
            roles.append((DELIVER_GROUP, self._deliver_officers))
        if self.webhook:
            roles.append((WEBHOOK_GROUP, self._deliver_webhook))
        return roles

    # ---- the loops ------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event, block_ms: int = 1000) -> None:
        """Deliver until `stop` is set. Anything unacknowledged when it stops stays pending in Redis
        and is claimed by another consumer (or this process's successor) at once."""
        own_session = self.session is None
        if own_session:
            self.session = aiohttp.ClientSession()
        await self._retrying(stop, self.store.setup)
        logger.info("escalation delivery started as consumer {} ({})", self.consumer, self._role_names())
        loops = [asyncio.create_task(self._heartbeats(stop), name="heartbeat")]
        for group, _ in self.groups:
            loops.append(asyncio.create_task(self._loop(stop, group, block_ms), name=f"deliver-{group}"))
        try:
            await asyncio.gather(*loops)
        finally:
            for task in loops:
                task.cancel()
            await asyncio.gather(*loops, return_exceptions=True)
            with contextlib.suppress(Exception):
                await self.store.end_heartbeat(self.consumer)  # others claim what is left, at once
            if own_session and self.session is not None:
                await self.session.close()
                self.session = None

    def _role_names(self) -> str:
        return ", ".join(group for group, _ in self.groups) or "nothing to do"

    async def _loop(self, stop: asyncio.Event, group: str, block_ms: int) -> None:
        failures = 0
        while not stop.is_set():
            try:
                await self.round(group, block_ms=block_ms)
                failures = 0
            except Exception as exc:
                failures += 1
                delay = min(ERROR_BACKOFF_S[1], ERROR_BACKOFF_S[0] * 2 ** (failures - 1))
                logger.warning("delivery ({}) round failed ({}); retry in {:.1f}s", group, exc, delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), delay)

    async def _heartbeats(self, stop: asyncio.Event) -> None:
        info = {
            "host": self.host,
            "pid": os.getpid(),
            "started": psutil.Process().create_time(),
            "roles": [group for group, _ in self.groups],
        }
        while not stop.is_set():
            with contextlib.suppress(Exception):  # Redis down: the loops report it
                await self.store.heartbeat(self.consumer, info | {"at": self.clock()}, HEARTBEAT_TTL_S)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), HEARTBEAT_EVERY_S)

    async def _retrying(self, stop: asyncio.Event, call: Callable[[], Awaitable[None]]) -> None:
        delay = ERROR_BACKOFF_S[0]
        while True:
            try:
                return await call()
            except Exception as exc:
                if stop.is_set():
                    raise
                logger.warning(
                    "delivery: {} failed ({}); retry in {:.1f}s", getattr(call, "__name__", call), exc, delay
                )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), delay)
                delay = min(ERROR_BACKOFF_S[1], delay * 2)

    async def deliver_once(self, block_ms: int | None = None) -> int:
        """One round of every group this deliverer is in; returns how many entries were acked."""
        return sum([await self.round(group, block_ms=block_ms) for group, _ in self.groups])

    async def round(self, group: str, block_ms: int | None = None) -> int:
        """Own pending entries, those of dead consumers, long-stale ones, then new ones (waiting up
        to `block_ms`), then (officer group) due follow-ups. Returns how many entries were acked."""
        retry = await self.store.read_escalations(self.consumer, pending=True, group=group)
        retry += await self._claim_dead(group)
        retry += await self.store.claim_stale(self.consumer, self.claim_idle_ms, group=group)
        done = await self._process(group, retry)
        fresh = await self.store.read_escalations(self.consumer, pending=False, block_ms=block_ms, group=group)
        done += await self._process(group, fresh)
        if group == DELIVER_GROUP:
            await self.check_followups()
        return done

    async def _process(self, group: str, batch: Sequence[Escalation]) -> int:
        handle = dict(self.groups)[group]
        unique = {e.entry_id: e for e in batch}.values()
        done = 0
        for entry in sorted(unique, key=lambda e: not e.urgent):  # urgent first, otherwise in order
            if await handle(entry):
                await self.store.ack_escalation(entry.entry_id, group=group)
                done += 1
        return done

    # ---- who is alive ---------------------------------------------------------------------------

    async def is_dead(self, consumer: str) -> bool:
        """No heartbeat, or a heartbeat from this host whose process is gone (a restart is noticed
        at once, not after the heartbeat expires)."""
        if consumer == self.consumer:
            return False
        beat = await self.store.heartbeat_of(consumer)
        if beat is None:
            return True
        return self._gone_from_this_host(str(beat.get("host")), int(beat.get("pid", 0)), float(beat.get("started", 0)))

    def _gone_from_this_host(self, host: str, pid: int, started: float) -> bool:
        """A process of this host that no longer runs (pid and start time); of another host nothing is known."""
        return host == self.host and not _process_alive(pid, started)

    async def _claim_dead(self, group: str) -> list[Escalation]:
        claimed: list[Escalation] = []
        for name, pending in (await self.store.stream_consumers(group)).items():
            if name == self.consumer or not await self.is_dead(name):
                continue
            taken = await self.store.claim_from(name, self.consumer, group)
            if taken or pending:
                logger.warning(
                    "consumer {} is gone: took over {} of its {} pending escalations", name, len(taken), pending
                )
            claimed += taken
        return claimed

    # ---- officers -------------------------------------------------------------------------------

    async def _case(self, entry: Escalation) -> tuple[Case | None, bool]:
        """(case, give up): an entry whose case is not written yet is retried for CASE_WAIT_S, unless its
        writer is seen to be gone (it was killed between queueing the escalation and writing the case)."""
        case = await self.store.get_case(entry.case_id) if entry.case_id else None
        if case is not None:
            return case, False
        age_s = time.time() - int(entry.entry_id.split("-")[0]) / 1000  # entry ids are Redis's clock
        if entry.case_id and self._writer_gone(entry.writer):
            # looked again: it may have written the case, then died, after the first look
            if (case := await self.store.get_case(entry.case_id)) is not None:
                return case, False
            logger.warning(
                "escalation {}: its writer {} died before writing case {}; dropped",
                entry.entry_id,
                entry.writer,
                entry.case_id,
            )
            return None, True
        if entry.case_id and age_s < CASE_WAIT_S:
            return None, False
        logger.warning("escalation {} names no existing case ({}); dropped", entry.entry_id, entry.case_id)
        return None, True

    async def _deliver_officers(self, entry: Escalation) -> bool:
        case, give_up = await self._case(entry)
        if case is None:
            return give_up
        ok = await self._ping_officers(case, entry.stage)
        if ok and entry.stage == 0:
            await self.store.schedule_followup(case.id, self.clock() + self.settings.ack_timeout_s)
        return ok

    def _writer_gone(self, writer: str) -> bool:
        """`writer` is a `process_stamp`; one from another host (or none) waits CASE_WAIT_S."""
        host, pid, started = [*writer.split("|"), "", "", ""][:3]
        try:
            return self._gone_from_this_host(host, int(pid), float(started))
        except ValueError:
            return False

    def _targets(self, case: Case, stage: int) -> tuple[str, ...]:
        own = self.settings.officers_for(case.room_id or None)
        if stage < 2:
            return own
        return tuple(o for o in self.settings.officers if o not in own)

    async def _lease(self, case_id: int, mark: str) -> str:
        """Empty when this consumer may send the ping now; else "done" or the live holder's name."""
        holder = await self.store.lease_ping(case_id, mark, self.consumer)
        if holder in ("", "done") or not await self.is_dead(holder):
            return holder
        logger.warning("case {}: ping {} was being sent by {}, now gone; taking it over", case_id, mark, holder)
        return await self.store.lease_ping(case_id, mark, self.consumer, replacing=holder)

    async def _ping_officers(self, case: Case, stage: int) -> bool:
        targets = self._targets(case, stage)
        if not targets:
            logger.warning("case {}: no officers configured to ping", case.id)
            return True
        assert self.sender is not None
        text = texts.officer_escalation(case, stage)
        ok = True
        for officer in targets:
            mark = f"{stage}:{officer}"
            holder = await self._lease(case.id, mark)
            if holder == "done":
                continue
            if holder:  # another live process is sending it right now
                ok = False
                continue
            try:
                await send_private(self.sender, officer, text, urgent=case.urgent)
            except Exception as exc:  # the platform failed; the entry stays pending and is retried
                logger.warning("case {}: ping to officer {} failed: {}", case.id, officer, exc)
                await self.store.release_ping(case.id, mark, self.consumer)
                ok = False
                continue
            await self._mark_sent(case.id, mark)
            logger.info("case {} (stage {}) sent to officer {}", case.id, stage, officer)
        return ok

    async def _mark_sent(self, case_id: int, mark: str, attempts: int = 8) -> None:
        """The ping went out: record it even through a Redis hiccup (else it would be sent again)."""
        for attempt in range(attempts):
            try:
                return await self.store.mark_sent(case_id, mark)
            except Exception as exc:
                if attempt == attempts - 1:
                    raise
                logger.warning("case {}: recording ping {} failed ({}); retrying", case_id, mark, exc)
                await asyncio.sleep(min(5.0, 0.1 * 2**attempt))

    # ---- webhook --------------------------------------------------------------------------------

    async def _deliver_webhook(self, entry: Escalation) -> bool:
        if entry.stage != 0 or not self.settings.webhook_url:
            return True
        case, give_up = await self._case(entry)
        if case is None:
            return give_up
        return await self._post_webhook(case)

    def _payload(self, case: Case) -> dict[str, object]:
        data = case.to_json()
        data["idempotency_key"] = webhook_key(case.id)
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
        try:
            async with self.session.post(
                self.settings.webhook_url,
                json=self._payload(case),
                headers={"Idempotency-Key": webhook_key(case.id)},
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

    # ---- follow-ups -----------------------------------------------------------------------------

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
