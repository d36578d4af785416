"""`python main.py pack publish|rollback|list`: the county centre's side of campaign packs, run
against the shared Redis (bot/packs.py validates and signs; the store keeps every version)."""

from __future__ import annotations

import asyncio
import getpass
import sys
import time
from datetime import datetime
from pathlib import Path

from bot.config import Settings
from bot.detect.rule_schema import RuleLoadError
from bot.packs import read_pack_file, sign
from bot.redis_conn import open_redis
from bot.store import Store


def publish(settings: Settings, path: Path) -> int:
    try:
        pack, text = read_pack_file(path)
    except RuleLoadError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} error(s) in {path}; nothing published", file=sys.stderr)
        return 1
    if not settings.pack_key:
        print("SENTINEL_PACK_KEY is not set: a pack must be signed with the key the workers share", file=sys.stderr)
        return 2

    async def run() -> int:
        client, close = await open_redis(settings.redis_url, settings.data_dir)
        try:
            store = Store(client)
            versions = await store.pack_versions(pack.name)
            if versions and pack.version <= max(versions):
                print(f"{path}: {pack.name} already has version {max(versions)}; raise version:", file=sys.stderr)
                return 1
            record = sign(pack, text, settings.pack_key, time.time(), getpass.getuser())
            if not await store.publish_pack(pack.name, pack.version, record):
                print(f"{pack.key} was published meanwhile; raise version:", file=sys.stderr)
                return 1
            await store.audit("pack", "publish_pack", None, pack.key)
        finally:
            await close()
        print(
            f"published {pack.key}: {len(pack.rules)} rules, {len(pack.keywords)} keywords, "
            f"{len(pack.indicators)} indicators; workers apply it within a second"
        )
        return 0

    return asyncio.run(run())


def rollback(settings: Settings, name: str) -> int:
    async def run() -> int:
        client, close = await open_redis(settings.redis_url, settings.data_dir)
        try:
            store = Store(client)
            moved = await store.rollback_pack(name)
            if moved is not None:
                await store.audit("pack", "rollback_pack", None, f"{name}@{moved[0]}->{moved[1]}")
        finally:
            await close()
        if moved is None:
            print(f"{name}: no earlier version to roll back to", file=sys.stderr)
            return 1
        print(f"{name}: version {moved[1]} is active again (was {moved[0]})")
        return 0

    return asyncio.run(run())


def _day(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def list_packs(settings: Settings) -> int:
    async def run() -> list[dict[str, object]]:
        client, close = await open_redis(settings.redis_url, settings.data_dir)
        try:
            return await Store(client).pack_overview()
        finally:
            await close()

    rows = asyncio.run(run())
    if not rows:
        print("no packs published")
        return 0
    now = time.time()
    for row in rows:
        start, end = float(row["valid_from"]), float(row["valid_until"])  # type: ignore[arg-type]
        state = "active" if row["active"] else ""
        if row["active"] and not start <= now < end:
            state = "active (expired)" if now >= end else "active (not yet valid)"
        print(
            f"{row['name']}@{row['version']}\t{state or '-'}\thits 7d: {row['hits']}\t"
            f"{_day(start)} .. {_day(end)}\t{row['description']}"
        )
    return 0
