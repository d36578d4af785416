"""All shared state, in Redis. The ONLY module that builds a Redis key.

Keys (prefix `sentinel:`; `{N}` braces are Redis Cluster hash tags so a case's keys share one slot):

| key                                  | type   | TTL            | what                                             |
|--------------------------------------|--------|----------------|--------------------------------------------------|
| sentinel:seq:case                    | string | none           | INCR: case numbers, unique across processes      |
| sentinel:case:{N}                    | hash   | none           | one case (fields: see `Case`)                    |
| sentinel:case:{N}:engaged            | hash   | none           | residents who answered the offer: id -> JSON     |
| sentinel:case:{N}:actions            | list   | none           | officer actions on the case (JSON, oldest first) |
| sentinel:case:{N}:audit              | list   | none           | the audit entries naming the case (JSON)         |
| sentinel:case:{N}:pings              | hash   | none           | "stage:officer" -> done | sending:<consumer>     |
| sentinel:cases:time                  | zset   | none           | case id -> created time                          |
| sentinel:cases:status:<status>       | zset   | none           | case id -> updated time, one zset per status     |
| sentinel:dedup:<sha1>                | string | DEDUP_TTL_S    | sender + normalised text -> case id              |
| sentinel:recent:<room>               | list   | RECENT_TTL_S   | last N messages of a group (JSON, newest first)  |
| sentinel:flagged:<room>              | list   | FLAGGED_TTL_S  | recent flagged offers in a group (JSON)          |
| sentinel:claim:<kind>:<key>          | string | caller's       | SET NX EX: warn/greet/tip cool-downs, protection |
| sentinel:rate:<person>:<minute>      | string | 120 s          | per-person answers in one minute                 |
| sentinel:joined:<room>:<member>      | string | newcomer hours | when a member joined (newcomer rule)             |
| sentinel:groups                      | hash   | none           | monitored groups: room id -> JSON topic/seen     |
| sentinel:indicators                  | hash   | none           | canonical account -> JSON (kind, case, by, at)   |
| sentinel:indicators:version          | string | none           | INCR on every change (cheap refresh check)       |
| sentinel:keywords                    | hash   | none           | runtime keyword -> JSON (category, enabled, by)  |
| sentinel:keywords:version            | string | none           | INCR on every change                             |
| sentinel:feedback                    | hash   | none           | case id -> JSON officer label (last one wins)    |
| sentinel:audit                       | stream | none           | every officer action                             |
| sentinel:escalations                 | stream | none (MAXLEN~) | case id + urgent + stage; groups deliver+webhook |
| sentinel:consumer:<name>             | string | HEARTBEAT_TTL  | delivery consumer alive: JSON {host, pid, roles} |
| sentinel:deadletter                  | list   | none           | cases whose webhook gave up (JSON)               |
| sentinel:followup                    | zset   | none           | case id -> when to check it was acknowledged     |
| sentinel:tipidx:<room>               | string | TIP_IDX_TTL_S  | INCR: which tip a group gets next                |
| sentinel:stats:<YYYY-MM-DD>          | hash   | STATS_TTL_S    | daily counters for 统计                           |
| sentinel:console:session:<sha256>    | string | session hours  | console session JSON {user, csrf}; token hashed   |
| sentinel:console:flash:<sha256>      | string | 60 s           | one console message shown after a redirect       |
| sentinel:console:fail:<name>         | string | lock-out min   | INCR: wrong console passwords for a login name   |
| sentinel:events:cases                | pubsub | -              | JSON {case, event}: live console queue updates   |
| sentinel:rulehits:<YYYY-MM-DD>       | hash   | 9 days         | rule id -> group messages it matched that day    |
| sentinel:groupvol:<YYYY-MM-DD>       | hash   | STATS_TTL_S    | room id -> group messages that day               |
| sentinel:groups:warned               | hash   | none           | room id -> time of the group's last warning      |
| sentinel:groups:flags                | hash   | none           | room id -> JSON {monitor_paused, tips_paused}    |
| sentinel:related:acct:<canonical>    | set    | none           | case ids whose message had this account          |
| sentinel:related:text:<sha1>         | set    | none           | case ids with this normalised text               |
| sentinel:{campaign}:lock             | string | 5 s            | SET NX: one process at a time finds/starts one   |
| sentinel:{campaign}:lsh:<band>:<hex> | set    | CAMPAIGN_TTL_S | MinHash LSH bucket -> campaign (= case) ids      |
| sentinel:{campaign}:acct:<canonical> | set    | CAMPAIGN_TTL_S | account seen in a campaign -> campaign ids       |
| sentinel:{campaign}:sig:<N>          | list   | CAMPAIGN_TTL_S | MinHash signatures of campaign N (a few)         |
| sentinel:{campaign}:members:<N>      | hash   | none           | "room\x00sender" -> JSON member of campaign N    |
| sentinel:pack:{<name>}:versions      | hash   | none           | version -> signed pack JSON (every version kept) |
| sentinel:pack:{<name>}:active        | string | none           | the version workers apply                        |
| sentinel:pack:{<name>}:hits:<date>   | string | 9 days         | INCR: messages a pack's rule/keyword matched     |
| sentinel:packs                       | set    | none           | pack names                                       |
| sentinel:packs:version               | string | none           | INCR on every publish/rollback                   |
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import secrets
import socket
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import psutil
import redis.asyncio as aioredis
from loguru import logger
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

P = "sentinel:"
DEDUP_TTL_S = 24 * 3600
CLAIM_WAITS_S = (0.005, 0.02, 0.05, 0.1, 0.2, 0.5)
RECENT_TTL_S = 7 * 24 * 3600
FLAGGED_TTL_S = 3600
FLAGGED_KEEP = 20
TIP_IDX_TTL_S = 30 * 24 * 3600
STATS_TTL_S = 60 * 24 * 3600
STREAM_MAXLEN = 100_000
DELIVER_GROUP = "deliver"  # officer pings: consumed by `run` processes (they own a WeChat channel)
WEBHOOK_GROUP = "webhook"  # webhook posts: consumed by `run` and `deliver` processes alike
ESCALATION_GROUPS = (DELIVER_GROUP, WEBHOOK_GROUP)
ESCALATION_BUFFER = 10_000  # escalations kept in memory while Redis is unreachable

Status = Literal["open", "confirmed", "false_positive", "closed"]
STATUSES: tuple[Status, ...] = ("open", "confirmed", "false_positive", "closed")

# Indicator kinds are the Verdict's entity kinds that are accounts (everything but amounts).
ACCOUNT_KINDS = ("phones", "bank_cards", "wechat_ids", "qq", "alipay", "urls")


def _case_key(case_id: int) -> str:
    return f"{P}case:{{{case_id}}}"


def _today(ts: float) -> str:
    return date.fromtimestamp(ts).isoformat()


@dataclass
class Case:
    id: int
    room_id: str  # "" for a case opened from a private chat
    room_topic: str
    sender_id: str
    sender_name: str
    text: str
    category: str
    score: float
    urgent: bool
    status: str
    source: str  # detector | indicator | report
    created: float
    updated: float
    entities: dict[str, list[str]] = field(default_factory=dict)
    verdict: dict[str, Any] = field(default_factory=dict)
    message_id: str = ""
    reporter_id: str = ""
    reporter_name: str = ""
    warned: bool = False
    acknowledged: bool = False
    followups: int = 0
    webhook_attempts: int = 0
    webhook_next_at: float = 0.0
    webhook_state: str = ""  # "" (to do) | done | dead
    context: list[dict[str, Any]] = field(default_factory=list)
    campaign: list[dict[str, Any]] = field(default_factory=list)  # members, see add_campaign_member
    engaged: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [str(r) for r in self.verdict.get("reasons", [])]

    def accounts(self) -> list[tuple[str, str]]:
        """(indicator kind, value) for every extracted account, amounts left out."""
        return [(k, v) for k in ACCOUNT_KINDS for v in self.entities.get(k, [])]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_JSON_FIELDS = {"entities", "verdict", "context", "campaign"}
_BOOL_FIELDS = {"urgent", "warned", "acknowledged"}
_INT_FIELDS = {"id", "followups", "webhook_attempts"}
_FLOAT_FIELDS = {"score", "created", "updated", "webhook_next_at"}


def _encode(name: str, value: Any) -> str:
    if name in _JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if name in _BOOL_FIELDS:
        return "1" if value else "0"
    return str(value)


def _decode_case(raw: dict[str, str]) -> Case:
    values: dict[str, Any] = {}
    for name, text in raw.items():
        if name in _JSON_FIELDS:
            values[name] = json.loads(text)
        elif name in _BOOL_FIELDS:
            values[name] = text == "1"
        elif name in _INT_FIELDS:
            values[name] = int(text)
        elif name in _FLOAT_FIELDS:
            values[name] = float(text)
        elif name in Case.__dataclass_fields__:
            values[name] = text
    return Case(**values)


@dataclass(frozen=True)
class Escalation:
    entry_id: str
    case_id: int
    urgent: bool
    stage: int  # 0 first delivery, 1 re-sent (nobody acted), 2 sent to fallback officers
    writer: str = ""  # "host|pid|start time" of the process about to write the case (see `open_case`)


def process_stamp(pid: int | None = None) -> str:
    """A process of this host (default: this one) as "host|pid|start time": a pid alone may be reused."""
    pid = os.getpid() if pid is None else pid
    return f"{socket.gethostname()}|{pid}|{psutil.Process(pid).create_time():.3f}"


@dataclass(frozen=True)
class Indicator:
    value: str
    kind: str
    case_id: int | None
    by: str
    at: float
    source: str


class Store:
    def __init__(self, redis: aioredis.Redis, clock: Callable[[], float] = time.time) -> None:
        # Typed loosely on purpose: the client decodes responses, so replies are str, not bytes | str.
        self.redis: Any = redis
        self.clock = clock
        # Escalations that could not be written while Redis was down, oldest first (see `flush_escalations`).
        self._unsent: deque[dict[str, str]] = deque()
        self.buffer_limit = ESCALATION_BUFFER

    async def setup(self) -> None:
        """Create the escalation stream's consumer groups (idempotent)."""
        for group in ESCALATION_GROUPS:
            try:
                await self.redis.xgroup_create(f"{P}escalations", group, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    # ---- cases -------------------------------------------------------------------------------

    @staticmethod
    def _dedup_key(sender_id: str, dedup_text: str) -> str:
        digest = hashlib.sha1(f"{sender_id}\x00{dedup_text}".encode()).hexdigest()
        return f"{P}dedup:{digest}"

    async def open_case(
        self,
        *,
        room_id: str,
        room_topic: str,
        sender_id: str,
        sender_name: str,
        text: str,
        dedup_text: str,
        verdict: dict[str, Any],
        source: str,
        urgent: bool,
        message_id: str = "",
        reporter_id: str = "",
        reporter_name: str = "",
        context: list[dict[str, Any]] | None = None,
        escalate: bool = False,
    ) -> tuple[Case, bool]:
        """Open a case, or return the one already open for the same sender and text.
        Returns (case, created). With `escalate`, a new case's escalation is queued BEFORE the case is
        written: a process killed in between leaves an escalation naming no case, never a written case
        nobody is told about. The escalation names its writer, so delivery drops it as soon as it sees the
        writer is gone (else once stale)."""
        dedup = self._dedup_key(sender_id, dedup_text)
        if (existing := await self._claimed_case(dedup)) is not None:
            return existing, False
        case_id = int(await self.redis.incr(f"{P}seq:case"))
        # A racing process may have claimed the same text meanwhile; it wins, our number is unused.
        if not await self.redis.set(dedup, case_id, nx=True, ex=DEDUP_TTL_S):
            if (other := await self._claimed_case(dedup)) is not None:
                return other, False
            await self.redis.set(dedup, case_id, ex=DEDUP_TTL_S)  # its writer died before writing: ours now
        now = self.clock()
        case = Case(
            id=case_id,
            room_id=room_id,
            room_topic=room_topic,
            sender_id=sender_id,
            sender_name=sender_name,
            text=text,
            category=str(verdict.get("category", "other_fraud")),
            score=float(verdict.get("score", 0.0)),
            urgent=urgent,
            status="open",
            source=source,
            created=now,
            updated=now,
            entities={k: list(v) for k, v in verdict.get("entities", {}).items()},
            verdict=verdict,
            message_id=message_id,
            reporter_id=reporter_id,
            reporter_name=reporter_name,
            context=context or [],
        )
        mapping = {
            name: _encode(name, value) for name, value in asdict(case).items() if name not in {"engaged", "actions"}
        }
        if escalate:
            await self.enqueue_escalation(case_id, urgent, writer=process_stamp())
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(_case_key(case_id), mapping=mapping)
            pipe.zadd(f"{P}cases:time", {str(case_id): now})
            pipe.zadd(f"{P}cases:status:open", {str(case_id): now})
            await pipe.execute()
        return case, True

    async def _claimed_case(self, dedup: str) -> Case | None:
        """The case another writer claimed `dedup` for. A claim is set just before its case is written, so a
        claim whose case is not there yet is waited for (under a second); if it never appears, its writer
        died in between and the claim is given up (None)."""
        for pause in CLAIM_WAITS_S:
            claimed = await self.redis.get(dedup)
            if claimed is None:
                return None
            if (case := await self.get_case(int(claimed))) is not None:
                return case
            await asyncio.sleep(pause)
        return None

    async def get_case(self, case_id: int) -> Case | None:
        key = _case_key(case_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(key)
            pipe.hgetall(f"{key}:engaged")
            pipe.lrange(f"{key}:actions", 0, -1)
            raw, engaged, actions = await pipe.execute()
        if not raw:
            return None
        case = _decode_case(raw)
        case.engaged = sorted((json.loads(v) for v in engaged.values()), key=lambda e: e.get("at", 0))
        case.actions = [json.loads(a) for a in actions]
        return case

    async def update_case(self, case_id: int, **fields: Any) -> None:
        fields["updated"] = self.clock()
        await self.redis.hset(_case_key(case_id), mapping={k: _encode(k, v) for k, v in fields.items()})

    async def set_status(self, case_id: int, status: Status) -> None:
        now = self.clock()
        async with self.redis.pipeline(transaction=False) as pipe:
            for other in STATUSES:
                pipe.zrem(f"{P}cases:status:{other}", str(case_id))
            pipe.zadd(f"{P}cases:status:{status}", {str(case_id): now})
            pipe.hset(_case_key(case_id), mapping={"status": status, "updated": str(now)})
            await pipe.execute()

    async def add_action(self, case_id: int, officer: str, action: str, detail: str = "") -> None:
        """Record an officer action on a case; any action counts as acknowledging it."""
        entry = {"officer": officer, "action": action, "detail": detail, "at": self.clock()}
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.rpush(f"{_case_key(case_id)}:actions", json.dumps(entry, ensure_ascii=False))
            pipe.hset(_case_key(case_id), mapping={"acknowledged": "1", "updated": str(self.clock())})
            await pipe.execute()

    async def add_engaged(self, case_id: int, member_id: str, name: str, text: str) -> None:
        entry = {"id": member_id, "name": name, "text": text[:200], "at": self.clock()}
        await self.redis.hset(f"{_case_key(case_id)}:engaged", member_id, json.dumps(entry, ensure_ascii=False))

    async def case_ids(self, status: Status | None = None, limit: int = 50) -> list[int]:
        """Newest first; all cases or those with one status."""
        key = f"{P}cases:status:{status}" if status else f"{P}cases:time"
        return [int(x) for x in await self.redis.zrevrange(key, 0, limit - 1)]

    # ---- escalation stream -------------------------------------------------------------------
    # One stream, two consumer groups: `deliver` (officer pings, read by `run` processes, which own a
    # WeChat channel) and `webhook` (read by `run` and `deliver` processes). Each group hands an entry
    # to one consumer; a consumer that dies leaves it pending, and a live one claims it (see
    # deliver.py for how a dead consumer is recognised).

    async def enqueue_escalation(self, case_id: int, urgent: bool, stage: int = 0, writer: str = "") -> str:
        """Queue the case for delivery; returns the entry id, or "" when Redis is unreachable and the
        escalation waits in this process's bounded buffer (written, in order, by `flush_escalations`).
        `writer`: the process that has yet to write the case (`open_case`)."""
        fields = {"case": str(case_id), "urgent": "1" if urgent else "0", "stage": str(stage)}
        if writer:
            fields["by"] = writer
        if self._unsent:  # keep the order: older buffered ones go first
            self._buffer(fields)
            await self.flush_escalations()
            return ""
        try:
            return await self._xadd(fields)
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            self._buffer(fields)
            logger.error("Redis unreachable ({}): escalation of case {} buffered in memory", exc, case_id)
            return ""

    async def _xadd(self, fields: dict[str, str]) -> str:
        return str(await self.redis.xadd(f"{P}escalations", fields, maxlen=STREAM_MAXLEN, approximate=True))

    def _buffer(self, fields: dict[str, str]) -> None:
        if len(self._unsent) >= self.buffer_limit:
            lost = self._unsent.popleft()
            logger.critical(
                "escalation buffer full ({} entries, Redis still down): DROPPED case {} stage {}",
                self.buffer_limit,
                lost["case"],
                lost["stage"],
            )
        self._unsent.append(fields)

    @property
    def buffered_escalations(self) -> int:
        return len(self._unsent)

    async def flush_escalations(self) -> int:
        """Write buffered escalations, oldest first, stopping at the first failure (the rest stays
        for the next call). Returns how many were written."""
        written = 0
        while self._unsent:
            head = self._unsent[0]
            try:
                await self._xadd(head)
            except (RedisConnectionError, RedisTimeoutError, OSError):
                break
            if self._unsent and self._unsent[0] is head:  # a concurrent flush may have taken it
                self._unsent.popleft()
                written += 1
        if written:
            logger.warning("Redis reachable again: {} buffered escalations written", written)
        return written

    @staticmethod
    def _escalations(entries: Iterable[Any]) -> list[Escalation]:
        out = []
        for entry_id, fields in entries:
            if not fields:  # trimmed away while pending: nothing left to deliver
                out.append(Escalation(entry_id, 0, False, 0))
                continue
            out.append(
                Escalation(
                    entry_id,
                    int(fields["case"]),
                    fields.get("urgent") == "1",
                    int(fields.get("stage", 0)),
                    fields.get("by", ""),
                )
            )
        return out

    async def read_escalations(
        self,
        consumer: str,
        *,
        pending: bool,
        count: int = 50,
        block_ms: int | None = None,
        group: str = DELIVER_GROUP,
    ) -> list[Escalation]:
        """`pending=True`: this consumer's delivered-but-unacknowledged entries; else new ones."""
        reply = await self.redis.xreadgroup(
            group, consumer, {f"{P}escalations": "0" if pending else ">"}, count=count, block=block_ms
        )
        if isinstance(reply, dict):  # RESP3 replies come as {stream: [entries]}
            return [e for entries in reply.values() for e in self._escalations(entries)]
        return [e for _, entries in reply or [] for e in self._escalations(entries)]

    async def claim_stale(
        self, consumer: str, min_idle_ms: int, count: int = 50, group: str = DELIVER_GROUP
    ) -> list[Escalation]:
        """Take over entries pending (with any consumer) for longer than `min_idle_ms`."""
        reply = await self.redis.xautoclaim(f"{P}escalations", group, consumer, min_idle_ms, "0", count=count)
        return self._escalations(reply[1])

    async def claim_from(
        self, dead: str, consumer: str, group: str = DELIVER_GROUP, min_idle_ms: int = 1000, count: int = 100
    ) -> list[Escalation]:
        """Take over what consumer `dead` left pending (idle for `min_idle_ms`, so two live consumers
        claiming at once do not both get an entry); forget `dead` once it has nothing left."""
        key = f"{P}escalations"
        rows = await self.redis.xpending_range(key, group, "-", "+", count, consumername=dead)
        if not rows:
            await self.redis.xgroup_delconsumer(key, group, dead)
            return []
        ids = [row["message_id"] for row in rows]
        return self._escalations(await self.redis.xclaim(key, group, consumer, min_idle_ms, ids))

    async def stream_consumers(self, group: str = DELIVER_GROUP) -> dict[str, int]:
        """Consumers the group knows: name -> entries pending with it."""
        rows = await self.redis.xinfo_consumers(f"{P}escalations", group)
        return {str(row["name"]): int(row["pending"]) for row in rows}

    async def ack_escalation(self, entry_id: str, group: str = DELIVER_GROUP) -> None:
        await self.redis.xack(f"{P}escalations", group, entry_id)

    async def pending_count(self, group: str = DELIVER_GROUP) -> int:
        info = await self.redis.xpending(f"{P}escalations", group)
        return int(info["pending"])

    # ---- delivery consumers: heartbeats and per-officer ping leases ----------------------------

    async def heartbeat(self, consumer: str, info: dict[str, Any], ttl_s: float) -> None:
        await self.redis.set(f"{P}consumer:{consumer}", json.dumps(info), px=max(1, int(ttl_s * 1000)))

    async def heartbeat_of(self, consumer: str) -> dict[str, Any] | None:
        raw = await self.redis.get(f"{P}consumer:{consumer}")
        return json.loads(raw) if raw else None

    async def end_heartbeat(self, consumer: str) -> None:
        await self.redis.delete(f"{P}consumer:{consumer}")

    # "stage:officer" -> "sending:<consumer>" while a ping is under way, "done" once sent. Taking the
    # lease is atomic (one key, so one slot): two processes never both send the same ping.
    _PING_LEASE_LUA = """
local v = redis.call('HGET', KEYS[1], ARGV[1])
if (not v) or v == ARGV[2] or (ARGV[3] ~= '' and v == ARGV[3]) then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return ''
end
return v
"""
    _PING_RELEASE_LUA = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0
"""

    async def lease_ping(self, case_id: int, mark: str, consumer: str, replacing: str = "") -> str:
        """Take the right to send ping `mark` of the case. Returns "" when taken, else who holds it
        ("done", or the consumer name holding it). `replacing` takes it over from that (dead) holder."""
        held = await self.redis.eval(
            self._PING_LEASE_LUA,
            1,
            f"{_case_key(case_id)}:pings",
            mark,
            f"sending:{consumer}",
            f"sending:{replacing}" if replacing else "",
        )
        return str(held).removeprefix("sending:")

    async def release_ping(self, case_id: int, mark: str, consumer: str) -> None:
        """Give the lease back after a failed send, so a retry (by anyone) may send it."""
        await self.redis.eval(self._PING_RELEASE_LUA, 1, f"{_case_key(case_id)}:pings", mark, f"sending:{consumer}")

    async def mark_sent(self, case_id: int, mark: str) -> None:
        await self.redis.hset(f"{_case_key(case_id)}:pings", mark, "done")

    async def sent_marks(self, case_id: int) -> set[str]:
        """Pings of the case already sent ("stage:officer")."""
        raw = await self.redis.hgetall(f"{_case_key(case_id)}:pings")
        return {mark for mark, state in raw.items() if state == "done"}

    async def dead_letter(self, case_id: int, reason: str) -> None:
        entry = {"case": case_id, "reason": reason, "at": self.clock()}
        await self.redis.rpush(f"{P}deadletter", json.dumps(entry, ensure_ascii=False))

    async def dead_letters(self) -> list[dict[str, Any]]:
        return [json.loads(x) for x in await self.redis.lrange(f"{P}deadletter", 0, -1)]

    async def schedule_followup(self, case_id: int, due: float) -> None:
        """Check at `due` that an officer acted; an already scheduled check is kept."""
        await self.redis.zadd(f"{P}followup", {str(case_id): due}, nx=True)

    async def take_due_followups(self, now: float) -> list[int]:
        """Case ids whose follow-up is due; each is handed to exactly one caller (ZREM wins)."""
        ids = await self.redis.zrangebyscore(f"{P}followup", 0, now)
        taken = []
        for raw in ids:
            if await self.redis.zrem(f"{P}followup", raw):
                taken.append(int(raw))
        return taken

    # ---- indicators (known-bad accounts) -----------------------------------------------------

    async def add_indicator(self, kind: str, value: str, *, case_id: int | None, by: str, source: str) -> bool:
        """Add a canonical account; True when it was new."""
        entry = {"kind": kind, "case": case_id, "by": by, "at": self.clock(), "source": source}
        added = await self.redis.hsetnx(f"{P}indicators", value, json.dumps(entry, ensure_ascii=False))
        if added:
            await self.redis.incr(f"{P}indicators:version")
        return bool(added)

    async def remove_indicators_of_case(self, case_id: int) -> list[str]:
        removed = [
            value
            for value, raw in (await self.redis.hgetall(f"{P}indicators")).items()
            if json.loads(raw).get("case") == case_id
        ]
        if removed:
            await self.redis.hdel(f"{P}indicators", *removed)
            await self.redis.incr(f"{P}indicators:version")
        return removed

    async def get_indicator(self, value: str) -> Indicator | None:
        raw = await self.redis.hget(f"{P}indicators", value)
        if raw is None:
            return None
        data = json.loads(raw)
        return Indicator(value, data["kind"], data.get("case"), data.get("by", ""), data.get("at", 0.0), data["source"])

    async def indicator_values(self) -> frozenset[str]:
        return frozenset(await self.redis.hkeys(f"{P}indicators"))

    async def indicators_version(self) -> int:
        return int(await self.redis.get(f"{P}indicators:version") or 0)

    # ---- runtime keywords --------------------------------------------------------------------

    async def add_keyword(self, word: str, category: str, by: str) -> None:
        entry = {"category": category, "enabled": True, "by": by, "at": self.clock()}
        await self.redis.hset(f"{P}keywords", word, json.dumps(entry, ensure_ascii=False))
        await self.redis.incr(f"{P}keywords:version")

    async def disable_keyword(self, word: str, by: str) -> bool:
        raw = await self.redis.hget(f"{P}keywords", word)
        if raw is None:
            return False
        entry = json.loads(raw) | {"enabled": False, "by": by, "at": self.clock()}
        await self.redis.hset(f"{P}keywords", word, json.dumps(entry, ensure_ascii=False))
        await self.redis.incr(f"{P}keywords:version")
        return True

    async def keywords(self) -> list[tuple[str, str]]:
        """Enabled runtime keywords as (word, category)."""
        items = (await self.redis.hgetall(f"{P}keywords")).items()
        return sorted((w, e["category"]) for w, raw in items if (e := json.loads(raw))["enabled"])

    async def keywords_version(self) -> int:
        return int(await self.redis.get(f"{P}keywords:version") or 0)

    # ---- officer feedback labels (for `train --with-feedback`) --------------------------------

    async def add_feedback(self, case_id: int, text: str, label: str, category: str, officer: str) -> None:
        entry = {"text": text, "label": label, "category": category, "case": case_id, "officer": officer}
        entry["at"] = self.clock()
        await self.redis.hset(f"{P}feedback", str(case_id), json.dumps(entry, ensure_ascii=False))

    async def feedback_labels(self) -> list[dict[str, Any]]:
        """Every label officers gave, one per case (the last decision), oldest case first."""
        raw = await self.redis.hgetall(f"{P}feedback")
        return [json.loads(raw[k]) for k in sorted(raw, key=int)]

    # ---- audit log ---------------------------------------------------------------------------

    async def audit(self, actor: str, action: str, case_id: int | None = None, detail: str = "") -> None:
        fields = {
            "at": str(self.clock()),
            "actor": actor,
            "action": action,
            "case": str(case_id or ""),
            "detail": detail,
        }
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xadd(f"{P}audit", fields)
            if case_id:  # so a case's page reads its own entries, however long the log has grown
                pipe.rpush(f"{_case_key(case_id)}:audit", json.dumps(fields, ensure_ascii=False))
            await pipe.execute()

    async def audit_entries(self, count: int = 100) -> list[dict[str, str]]:
        """Newest first."""
        return [dict(fields) for _, fields in await self.redis.xrevrange(f"{P}audit", count=count)]

    async def case_audit(self, case_id: int) -> list[dict[str, str]]:
        """The audit entries naming this case, newest first."""
        entries = await self.redis.lrange(f"{_case_key(case_id)}:audit", 0, -1)
        return [json.loads(entry) for entry in reversed(entries)]

    # ---- groups, members, recent messages ----------------------------------------------------

    async def touch_group(self, room_id: str, topic: str) -> None:
        entry = {"topic": topic, "seen": self.clock()}
        await self.redis.hset(f"{P}groups", room_id, json.dumps(entry, ensure_ascii=False))

    async def groups(self) -> dict[str, dict[str, Any]]:
        """Monitored groups: room id -> {topic, seen}."""
        return {k: json.loads(v) for k, v in (await self.redis.hgetall(f"{P}groups")).items()}

    async def record_join(self, room_id: str, member_id: str, ttl_s: float) -> None:
        if ttl_s > 0:
            await self.redis.set(f"{P}joined:{room_id}:{member_id}", self.clock(), ex=max(1, int(ttl_s)))

    async def joined_at(self, room_id: str, member_id: str) -> float | None:
        raw = await self.redis.get(f"{P}joined:{room_id}:{member_id}")
        return float(raw) if raw is not None else None

    async def push_recent(self, room_id: str, message: dict[str, Any], keep: int) -> None:
        key = f"{P}recent:{room_id}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.lpush(key, json.dumps(message, ensure_ascii=False))
            pipe.ltrim(key, 0, keep - 1)
            pipe.expire(key, RECENT_TTL_S)
            await pipe.execute()

    async def recent(self, room_id: str, count: int) -> list[dict[str, Any]]:
        """The group's last `count` messages, oldest first."""
        raw = await self.redis.lrange(f"{P}recent:{room_id}", 0, count - 1)
        return [json.loads(x) for x in reversed(raw)]

    async def remember_flagged(self, room_id: str, offer: dict[str, Any]) -> None:
        key = f"{P}flagged:{room_id}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.lpush(key, json.dumps(offer, ensure_ascii=False))
            pipe.ltrim(key, 0, FLAGGED_KEEP - 1)
            pipe.expire(key, FLAGGED_TTL_S)
            await pipe.execute()

    async def flagged(self, room_id: str, since: float) -> list[dict[str, Any]]:
        """Flagged offers in the group since `since`, newest first."""
        offers = [json.loads(x) for x in await self.redis.lrange(f"{P}flagged:{room_id}", 0, -1)]
        return [o for o in offers if o.get("at", 0) >= since]

    # ---- cool-downs and rate limits ----------------------------------------------------------

    async def claim(self, kind: str, key: str, seconds: float) -> bool:
        """True once per `seconds` for (kind, key): group warnings, greetings, tips, protection."""
        if seconds <= 0:
            return True
        return bool(await self.redis.set(f"{P}claim:{kind}:{key}", "1", nx=True, px=max(1, int(seconds * 1000))))

    async def release(self, kind: str, key: str) -> None:
        """End a claim early (e.g. an officer lifting a cool-down)."""
        await self.redis.delete(f"{P}claim:{kind}:{key}")

    async def allow_person(self, person_id: str, per_minute: int) -> bool:
        key = f"{P}rate:{person_id}:{int(self.clock() // 60)}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.incr(key)
            pipe.expire(key, 120)
            count, _ = await pipe.execute()
        return int(count) <= per_minute

    async def next_tip_index(self, room_id: str) -> int:
        key = f"{P}tipidx:{room_id}"
        value = int(await self.redis.incr(key))
        await self.redis.expire(key, TIP_IDX_TTL_S)
        return value - 1

    # ---- daily counters ----------------------------------------------------------------------

    async def count(self, name: str, amount: int = 1) -> None:
        key = f"{P}stats:{_today(self.clock())}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hincrby(key, name, amount)
            pipe.expire(key, STATS_TTL_S)
            await pipe.execute()

    async def stats(self, days: Iterable[date]) -> dict[str, int]:
        """Counters summed over `days`."""
        total: dict[str, int] = {}
        for day in days:
            for name, value in (await self.redis.hgetall(f"{P}stats:{day.isoformat()}")).items():
                total[name] = total.get(name, 0) + int(value)
        return total

    # ==== officer web console (bot/web/console): its queries and what handlers record for it =====
    # Keys are listed in the table at the top of this module (the rows from sentinel:console:*).

    RULE_HITS_TTL_S = 9 * 24 * 3600
    FLASH_TTL_S = 60
    CASE_EVENTS = f"{P}events:cases"
    GROUP_FLAGS = ("monitor_paused", "tips_paused")

    @staticmethod
    def _token_key(kind: str, token: str) -> str:
        """Session tokens are stored hashed: a copy of Redis does not hand out live sessions."""
        return f"{P}console:{kind}:{hashlib.sha256(token.encode()).hexdigest()}"

    # ---- sessions, flash messages, login failures ----------------------------------------------

    async def create_session(self, token: str, data: dict[str, Any], ttl_s: float) -> None:
        await self.redis.set(self._token_key("session", token), json.dumps(data, ensure_ascii=False), ex=int(ttl_s))

    async def get_session(self, token: str) -> dict[str, Any] | None:
        raw = await self.redis.get(self._token_key("session", token))
        return json.loads(raw) if raw else None

    async def delete_session(self, token: str) -> None:
        await self.redis.delete(self._token_key("session", token), self._token_key("flash", token))

    async def set_flash(self, token: str, message: str) -> None:
        await self.redis.set(self._token_key("flash", token), message, ex=self.FLASH_TTL_S)

    async def pop_flash(self, token: str) -> str | None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.get(self._token_key("flash", token))
            pipe.delete(self._token_key("flash", token))
            message, _ = await pipe.execute()
        return str(message) if message else None

    async def login_failures(self, name: str) -> int:
        return int(await self.redis.get(f"{P}console:fail:{name}") or 0)

    async def add_login_failure(self, name: str, window_s: float) -> int:
        key = f"{P}console:fail:{name}"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, max(1, int(window_s)))
            count, _ = await pipe.execute()
        return int(count)

    async def clear_login_failures(self, name: str) -> None:
        await self.redis.delete(f"{P}console:fail:{name}")

    # ---- live case events ----------------------------------------------------------------------

    async def publish_case_event(self, case_id: int, event: str) -> None:
        await self.redis.publish(self.CASE_EVENTS, json.dumps({"case": case_id, "event": event}))

    async def case_events(self) -> Any:
        """A PubSub subscribed to case events (its own connection: `await ps.aclose()` when done)."""
        pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(self.CASE_EVENTS)
        return pubsub

    # ---- cases in bulk, related cases -----------------------------------------------------------

    async def get_cases(self, ids: Iterable[int]) -> list[Case]:
        """Cases with their actions (engaged residents left out), in the order of `ids`."""
        ids = list(ids)
        async with self.redis.pipeline(transaction=False) as pipe:
            for case_id in ids:
                pipe.hgetall(_case_key(case_id))
                pipe.lrange(f"{_case_key(case_id)}:actions", 0, -1)
            replies = await pipe.execute()
        cases = []
        for raw, actions in zip(replies[::2], replies[1::2], strict=True):
            if raw:
                case = _decode_case(raw)
                case.actions = [json.loads(a) for a in actions]
                cases.append(case)
        return cases

    async def case_ids_between(self, since: float, until: float, limit: int = 5000) -> list[int]:
        """Ids of cases created in [since, until], newest first."""
        raw = await self.redis.zrevrangebyscore(f"{P}cases:time", until, since, start=0, num=limit)
        return [int(x) for x in raw]

    @staticmethod
    def _text_key(dedup_text: str) -> str:
        return f"{P}related:text:{hashlib.sha1(dedup_text.encode()).hexdigest()}"

    async def index_case(self, case_id: int, accounts: Iterable[str], dedup_text: str) -> None:
        """Remember which canonical accounts and which (normalised) text a case had."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for account in set(accounts):
                pipe.sadd(f"{P}related:acct:{account}", case_id)
            pipe.sadd(self._text_key(dedup_text), case_id)
            await pipe.execute()

    async def related_cases(self, case_id: int, accounts: Iterable[str], dedup_text: str) -> dict[int, list[str]]:
        """Other cases sharing an account or the text: case id -> what they share."""
        found: dict[int, list[str]] = {}
        for account in sorted(set(accounts)):
            for other in await self.redis.smembers(f"{P}related:acct:{account}"):
                found.setdefault(int(other), []).append(account)
        for other in await self.redis.smembers(self._text_key(dedup_text)):
            found.setdefault(int(other), []).append("相同内容")
        found.pop(case_id, None)
        return dict(sorted(found.items(), reverse=True))

    # ---- indicators and keywords, full listings -------------------------------------------------

    async def all_indicators(self) -> list[Indicator]:
        items = (await self.redis.hgetall(f"{P}indicators")).items()
        out = []
        for value, raw in items:
            d = json.loads(raw)
            out.append(Indicator(value, d["kind"], d.get("case"), d.get("by", ""), d.get("at", 0.0), d["source"]))
        return sorted(out, key=lambda i: i.at, reverse=True)

    async def remove_indicator(self, value: str) -> bool:
        removed = await self.redis.hdel(f"{P}indicators", value)
        if removed:
            await self.redis.incr(f"{P}indicators:version")
        return bool(removed)

    async def all_keywords(self) -> list[dict[str, Any]]:
        """Every runtime keyword, disabled ones too: [{word, category, enabled, by, at}]."""
        items = (await self.redis.hgetall(f"{P}keywords")).items()
        return sorted(({"word": w} | json.loads(raw) for w, raw in items), key=lambda k: -float(k.get("at", 0)))

    # ---- rule hits, group activity and switches -------------------------------------------------

    async def record_rule_hits(self, rule_ids: Iterable[str]) -> None:
        ids = list(rule_ids)
        if not ids:
            return
        key = f"{P}rulehits:{_today(self.clock())}"
        async with self.redis.pipeline(transaction=False) as pipe:
            for rule_id in ids:
                pipe.hincrby(key, rule_id, 1)
            pipe.expire(key, self.RULE_HITS_TTL_S)
            await pipe.execute()

    async def rule_hits(self, days: Iterable[date]) -> dict[str, int]:
        total: dict[str, int] = {}
        for day in days:
            for rule_id, value in (await self.redis.hgetall(f"{P}rulehits:{day.isoformat()}")).items():
                total[rule_id] = total.get(rule_id, 0) + int(value)
        return total

    async def group_activity(self, room_id: str) -> None:
        key = f"{P}groupvol:{_today(self.clock())}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hincrby(key, room_id, 1)
            pipe.expire(key, STATS_TTL_S)
            await pipe.execute()

    async def group_volumes(self, days: Iterable[date]) -> dict[str, int]:
        total: dict[str, int] = {}
        for day in days:
            for room, value in (await self.redis.hgetall(f"{P}groupvol:{day.isoformat()}")).items():
                total[room] = total.get(room, 0) + int(value)
        return total

    async def group_warned(self, room_id: str) -> None:
        await self.redis.hset(f"{P}groups:warned", room_id, self.clock())

    async def last_warnings(self) -> dict[str, float]:
        return {k: float(v) for k, v in (await self.redis.hgetall(f"{P}groups:warned")).items()}

    async def set_group_flag(self, room_id: str, flag: str, value: bool, by: str) -> None:
        if flag not in self.GROUP_FLAGS:
            raise ValueError(f"unknown group flag {flag!r}")
        raw = await self.redis.hget(f"{P}groups:flags", room_id)
        entry = (json.loads(raw) if raw else {}) | {flag: value, "by": by, "at": self.clock()}
        await self.redis.hset(f"{P}groups:flags", room_id, json.dumps(entry, ensure_ascii=False))

    async def group_flags(self) -> dict[str, dict[str, Any]]:
        return {k: json.loads(v) for k, v in (await self.redis.hgetall(f"{P}groups:flags")).items()}

    async def group_paused(self, room_id: str, flag: str) -> bool:
        raw = await self.redis.hget(f"{P}groups:flags", room_id)
        return bool(raw and json.loads(raw).get(flag))

    # ---- campaigns (bot/campaigns.py fingerprints; handlers/campaign.py decides) ------------------
    # Every campaign index key carries the hash tag {campaign}: on Redis Cluster they share one slot,
    # so the lookups of one message are one pipeline on one node. Only flagged offers reach them.

    CAMPAIGN_TTL_S = 3 * 24 * 3600
    CAMPAIGN_SIGS_KEPT = 8
    CAMPAIGN_LOCK_S = 5.0
    _C = f"{P}{{campaign}}:"
    _RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
    # The case's copy of the member list only ever grows (two processes may write it concurrently).
    _SET_MEMBERS = (
        "if tonumber(redis.call('hget', KEYS[1], 'campaign_n') or '0') < tonumber(ARGV[1]) then "
        "redis.call('hset', KEYS[1], 'campaign', ARGV[2], 'campaign_n', ARGV[1]) return 1 end return 0"
    )

    @contextlib.asynccontextmanager
    async def campaign_lock(self, wait_s: float = 3.0) -> AsyncIterator[bool]:
        """Serialise find-or-start across processes (two near-same offers at once must not start two
        campaigns). Yields False when the lock could not be had in `wait_s` (the caller goes on)."""
        token = secrets.token_hex(8)
        key = f"{self._C}lock"
        deadline = time.monotonic() + wait_s
        held = False
        while not (held := bool(await self.redis.set(key, token, nx=True, px=int(self.CAMPAIGN_LOCK_S * 1000)))):
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.01)
        try:
            yield held
        finally:
            if held:
                await self.redis.eval(self._RELEASE, 1, key, token)

    async def campaign_candidates(self, bands: Iterable[str], accounts: Iterable[str]) -> tuple[set[int], set[int]]:
        """(campaign ids sharing an account, campaign ids sharing an LSH bucket)."""
        accounts, bands = sorted(set(accounts)), list(bands)
        async with self.redis.pipeline(transaction=False) as pipe:
            for account in accounts:
                pipe.smembers(f"{self._C}acct:{account}")
            for band in bands:
                pipe.smembers(f"{self._C}lsh:{band}")
            replies = await pipe.execute()
        by_account = {int(x) for reply in replies[: len(accounts)] for x in reply}
        by_text = {int(x) for reply in replies[len(accounts) :] for x in reply}
        return by_account, by_text

    async def campaign_signatures(self, campaign_id: int) -> list[str]:
        return list(await self.redis.lrange(f"{self._C}sig:{campaign_id}", 0, -1))

    async def index_campaign(
        self, campaign_id: int, bands: Iterable[str], accounts: Iterable[str], signature: str
    ) -> None:
        """Make the campaign findable by these LSH buckets, accounts and signature (for a while)."""
        ttl = self.CAMPAIGN_TTL_S
        async with self.redis.pipeline(transaction=False) as pipe:
            for key in [f"{self._C}lsh:{b}" for b in bands] + [f"{self._C}acct:{a}" for a in set(accounts)]:
                pipe.sadd(key, campaign_id)
                pipe.expire(key, ttl)
            if signature:
                sig_key = f"{self._C}sig:{campaign_id}"
                pipe.lrem(sig_key, 0, signature)
                pipe.rpush(sig_key, signature)
                pipe.ltrim(sig_key, 0, self.CAMPAIGN_SIGS_KEPT - 1)
                pipe.expire(sig_key, ttl)
            await pipe.execute()

    async def add_campaign_member(self, campaign_id: int, member: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
        """Record one group/sender of a campaign (a repeat replaces it); the case's `campaign` field
        gets the whole list. Returns (members oldest first, whether this room+sender was new)."""
        key = f"{self._C}members:{campaign_id}"
        field_name = f"{member.get('room_id', '')}\x00{member.get('sender_id', '')}"
        old = await self.redis.hget(key, field_name)
        if old is not None:  # the same sender again: keep when they started, gather every account
            before = json.loads(old)
            accounts = [*before.get("accounts", []), *member.get("accounts", [])]
            unique = [list(a) for a in dict.fromkeys(tuple(a) for a in accounts)]
            member = member | {"at": before.get("at", member.get("at", 0)), "accounts": unique}
        await self.redis.hset(key, field_name, json.dumps(member, ensure_ascii=False))
        members = await self.campaign_members(campaign_id)
        payload = json.dumps(members, ensure_ascii=False)
        growth = len(members) * 1000 + sum(len(m.get("accounts", [])) for m in members)  # only ever grows
        await self.redis.eval(self._SET_MEMBERS, 1, _case_key(campaign_id), growth, payload)
        return members, old is None

    async def campaign_members(self, campaign_id: int) -> list[dict[str, Any]]:
        raw = await self.redis.hvals(f"{self._C}members:{campaign_id}")
        return sorted((json.loads(x) for x in raw), key=lambda m: m.get("at", 0))

    # ---- campaign packs (bot/packs.py validates, signs and verifies; workers apply) ---------------
    # A pack's keys carry its name as hash tag: its versions, active pointer and hit counters share a slot.

    PACK_HITS_TTL_S = 9 * 24 * 3600

    @staticmethod
    def _pack_key(name: str, part: str) -> str:
        return f"{P}pack:{{{name}}}:{part}"

    async def publish_pack(self, name: str, version: int, record: str) -> bool:
        """Store a signed pack version and make it active; False when that version already exists."""
        if not await self.redis.hsetnx(self._pack_key(name, "versions"), str(version), record):
            return False
        await self.redis.set(self._pack_key(name, "active"), str(version))
        await self.redis.sadd(f"{P}packs", name)
        await self.redis.incr(f"{P}packs:version")
        return True

    async def pack_versions(self, name: str) -> dict[int, str]:
        """Every stored version of a pack: version -> signed record (as stored)."""
        raw = await self.redis.hgetall(self._pack_key(name, "versions"))
        return {int(v): record for v, record in raw.items()}

    async def active_pack_version(self, name: str) -> int | None:
        raw = await self.redis.get(self._pack_key(name, "active"))
        return int(raw) if raw else None

    async def rollback_pack(self, name: str) -> tuple[int, int] | None:
        """Make the version before the active one active: (from, to); None when there is none."""
        active = await self.active_pack_version(name)
        older = sorted(v for v in await self.pack_versions(name) if active is None or v < active)
        if active is None or not older:
            return None
        await self.redis.set(self._pack_key(name, "active"), str(older[-1]))
        await self.redis.incr(f"{P}packs:version")
        return active, older[-1]

    async def pack_names(self) -> list[str]:
        return sorted(await self.redis.smembers(f"{P}packs"))

    async def active_pack_records(self) -> list[tuple[str, int, str]]:
        """(name, active version, signed record) of every pack; what workers verify and apply."""
        out = []
        for name in await self.pack_names():
            version = await self.active_pack_version(name)
            record = await self.redis.hget(self._pack_key(name, "versions"), str(version)) if version else None
            if version is not None and record is not None:
                out.append((name, version, str(record)))
        return out

    async def packs_version(self) -> int:
        return int(await self.redis.get(f"{P}packs:version") or 0)

    async def record_pack_hits(self, packs: Iterable[tuple[str, int]]) -> None:
        """One hit per (pack name, version) whose rule or keyword matched a message."""
        day = _today(self.clock())
        async with self.redis.pipeline(transaction=False) as pipe:
            for name, version in set(packs):
                key = self._pack_key(name, f"hits:{day}")
                pipe.hincrby(key, str(version), 1)
                pipe.expire(key, self.PACK_HITS_TTL_S)
            await pipe.execute()

    async def pack_hits(self, name: str, days: Iterable[date]) -> dict[int, int]:
        """Hits per version of a pack over `days`."""
        total: dict[int, int] = {}
        for day in days:
            for version, count in (await self.redis.hgetall(self._pack_key(name, f"hits:{day.isoformat()}"))).items():
                total[int(version)] = total.get(int(version), 0) + int(count)
        return total

    async def pack_overview(self, days: int = 7) -> list[dict[str, Any]]:
        """For the console and `pack list`: one row per stored version, newest first within a pack:
        {name, version, active, hits (last `days` days), published, by, description, valid_from,
        valid_until}. Signatures are not checked here (workers do that before applying)."""
        today = date.fromtimestamp(self.clock())
        span = [date.fromordinal(today.toordinal() - i) for i in range(days)]
        rows: list[dict[str, Any]] = []
        for name in await self.pack_names():
            active = await self.active_pack_version(name)
            hits = await self.pack_hits(name, span)
            for version, record in sorted((await self.pack_versions(name)).items(), reverse=True):
                try:
                    meta = json.loads(record)
                except ValueError:
                    meta = {}
                rows.append(
                    {
                        "name": name,
                        "version": version,
                        "active": version == active,
                        "hits": hits.get(version, 0),
                        "published": meta.get("published", 0.0),
                        "by": meta.get("by", ""),
                        "description": meta.get("description", ""),
                        "valid_from": meta.get("valid_from", 0.0),
                        "valid_until": meta.get("valid_until", 0.0),
                    }
                )
        return rows


def export_feedback(redis_url: str, data_dir: Path) -> list[dict[str, Any]]:
    """Officer labels for `train --with-feedback`, from a plain (sync) caller such as the CLI."""
    import asyncio

    from bot.redis_conn import open_redis

    async def read() -> list[dict[str, Any]]:
        client, close = await open_redis(redis_url, data_dir)
        try:
            return await Store(client).feedback_labels()
        finally:
            await close()

    return asyncio.run(read())
