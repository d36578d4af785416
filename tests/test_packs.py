"""Campaign packs: validate, sign, publish, apply in every worker, expire, roll back, refuse tampered
ones. Real embedded Redis, the real detector, the Router; the CLI through a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.context import Context
from bot.detect.rule_schema import RuleLoadError
from bot.handlers import Router
from bot.packs import parse_pack, read_pack_file, sign
from bot.store import Store
from tests.conftest import ROOM_A, Clock, RecordingSender, group_msg, make_settings
from tests.console_helpers import WANG, Client, console_app, login

ROOT = Path(__file__).resolve().parent.parent
KEY = "county-secret"
# The fixture clock is 2023-11-14: these packs are valid around it.
PACK = """\
name: pension-2023
version: {version}
description: 冒充社保局发养老金补贴
valid_from: 2023-11-01
valid_until: {until}
keywords:
  - word: {word}
    category: other_fraud
rules:
  - id: pension-fee
    category: other_fraud
    reason: 以养老金补贴为名收手续费
    weight: 0.7
    all:
      - [养老金, 社保]
      - [手续费, 解冻费]
examples:
  - 领取{word}的请私聊
  - 养老金补贴到账需先交手续费
indicators:
  - kind: phones
    value: "13655556666"
"""
# Without a pack: an ordinary-looking message the shipped detector leaves alone.
QUIET = "社区老人注意，高龄津贴认证开始了，有问题问我"


def pack_text(version: int = 1, word: str = "高龄津贴认证", until: str = "2023-12-31") -> str:
    return PACK.format(version=version, word=word, until=until)


async def publish(store: Store, text: str, key: str = KEY) -> None:
    pack = parse_pack(text, "test.yaml")
    assert await store.publish_pack(pack.name, pack.version, sign(pack, text, key, 1.0, "tester"))


@pytest.fixture
def pack_ctx(tmp_path: Path, store: Store, detector: Any, sender: RecordingSender, clock: Clock) -> Context:
    settings = make_settings(tmp_path, SENTINEL_PACK_KEY=KEY)
    return Context(settings=settings, store=store, detector=detector, sender=sender, clock=clock)


def pack_rules_hit(verdict: Any) -> set[str]:
    return {h.rule_id for h in verdict.rule_hits if h.rule_id.startswith("pack:")}


async def test_example_pack_is_valid() -> None:
    pack, _ = read_pack_file(ROOT / "packs" / "example_vaccine_2021.yaml")
    assert pack.key == "vaccine-2021@1" and len(pack.rules) == 2 and len(pack.keywords) == 3
    assert ("phones", "13611112222") in pack.indicators


async def test_publish_applies_in_a_worker_and_a_keyword_makes_a_message_warn(
    pack_ctx: Context, store: Store, sender: RecordingSender
) -> None:
    router = Router(pack_ctx)
    await router.handle(group_msg(QUIET, sender="wxid_a"))
    assert sender.rooms == []  # ignored without the pack
    await publish(store, pack_text())
    pack_ctx.changed_packs()  # as after the 1 s refresh interval
    await router.handle(group_msg(QUIET, sender="wxid_b"))
    assert len(sender.in_room(ROOM_A)) == 1
    rows = await store.pack_overview()
    assert [(r["name"], r["version"], r["active"], r["hits"]) for r in rows] == [("pension-2023", 1, True, 1)]


async def test_pack_indicator_is_known_bad(pack_ctx: Context, store: Store) -> None:
    await publish(store, pack_text())
    verdict = await pack_ctx.check("有事打我电话 136-5555-6666")
    assert verdict.known_bad
    assert pack_ctx.pack_hits(verdict) == {("pension-2023", 1)}


async def test_pack_and_officer_indicators_both_apply_as_either_changes(pack_ctx: Context, store: Store) -> None:
    await publish(store, pack_text())
    assert (await pack_ctx.check("有事打我电话 136-5555-6666")).known_bad  # from the pack
    assert not (await pack_ctx.check("加我 13912345678")).known_bad
    await store.add_indicator("phones", "13912345678", case_id=None, by="o", source="manual")
    pack_ctx.changed_indicators()  # as after the 1 s refresh interval
    assert (await pack_ctx.check("加我 13912345678")).known_bad  # from the store, beside the pack's
    assert (await pack_ctx.check("有事打我电话 136-5555-6666")).known_bad


async def test_expired_pack_stops_applying(pack_ctx: Context, store: Store, clock: Clock) -> None:
    await publish(store, pack_text())
    assert pack_rules_hit(await pack_ctx.check(QUIET))
    clock.now = time.mktime((2024, 1, 1, 0, 0, 1, 0, 0, -1))
    verdict = await pack_ctx.check(QUIET)
    assert not pack_rules_hit(verdict) and verdict.action == "ignore"
    assert not (await pack_ctx.check("有事打我电话 136-5555-6666")).known_bad


async def test_rollback_restores_the_previous_version(pack_ctx: Context, store: Store) -> None:
    await publish(store, pack_text(1, word="高龄津贴认证"))
    await publish(store, pack_text(2, word="养老金领取资格"))
    assert not await store.publish_pack("pension-2023", 2, "{}")  # a version is never overwritten
    assert pack_rules_hit(await pack_ctx.check("养老金领取资格审核"))
    assert await store.rollback_pack("pension-2023") == (2, 1)
    pack_ctx.changed_packs()
    assert not pack_rules_hit(await pack_ctx.check("养老金领取资格审核"))
    assert pack_rules_hit(await pack_ctx.check(QUIET))
    assert await store.rollback_pack("pension-2023") is None  # nothing older than 1
    rows = await store.pack_overview()
    assert [(r["version"], r["active"]) for r in rows] == [(2, False), (1, True)]


async def test_tampered_pack_is_refused(pack_ctx: Context, store: Store, redis_client: Any) -> None:
    await publish(store, pack_text())
    key = "sentinel:pack:{pension-2023}:versions"
    record = json.loads(await redis_client.hget(key, "1"))
    record["yaml"] = record["yaml"].replace("高龄津贴认证", "社区")  # someone edits the stored pack
    await redis_client.hset(key, "1", json.dumps(record, ensure_ascii=False))
    await redis_client.incr("sentinel:packs:version")
    verdict = await pack_ctx.check(QUIET + "，社区")
    assert not pack_rules_hit(verdict)
    assert not pack_ctx.packs.loaded


async def test_pack_signed_with_another_key_is_refused(pack_ctx: Context, store: Store) -> None:
    await publish(store, pack_text(), key="not-the-shared-key")
    assert not pack_rules_hit(await pack_ctx.check(QUIET))


def test_validation_errors_name_lines(tmp_path: Path) -> None:
    bad = pack_text().replace("category: other_fraud\nrules", "category: phishing\nrules")
    bad = bad.replace('value: "13655556666"', "value: 不是账号")
    with pytest.raises(RuleLoadError) as info:
        parse_pack(bad, "p.yaml")
    lines = {(e.line, e.message.split(" ")[0]) for e in info.value.errors}
    assert lines == {(8, "unknown"), (22, "'不是账号'")}, info.value.errors
    # Examples are judged once the rest is valid: each must trigger the pack.
    with pytest.raises(RuleLoadError) as info:
        parse_pack(pack_text().replace("养老金补贴到账需先交手续费", "今天天气不错"), "p.yaml")
    assert [(e.line, e.message.split(":")[0]) for e in info.value.errors] == [
        (19, "example triggers no rule or keyword of the pack")
    ]


def test_malformed_keyword_and_indicator_entries_are_named_by_line() -> None:
    head = pack_text().split("keywords:")[0]
    bad = head + (
        "keywords:\n  - word: 特效药\n  - 12\n  - {word: 好药特效, category: other_fraud, extra: 1}\n"
        "indicators:\n  - {kind: phones}\n  - {kind: cars, value: 1}\n"
    )
    with pytest.raises(RuleLoadError) as info:
        parse_pack(bad, "p.yaml")
    first = head.count("\n") + 1  # the line of "keywords:"
    assert [(e.line - first, e.message) for e in info.value.errors] == [
        (1, "each keyword needs word: and category:"),
        (2, "each keyword needs word: and category:"),
        (3, "unknown keyword field 'extra' (expected one of: word, category)"),
        (5, "each indicator needs kind: and value:"),
        (6, "unknown indicator kind 'cars' (expected one of: phones, bank_cards, wechat_ids, qq, alipay, urls)"),
    ]
    with pytest.raises(RuleLoadError) as info:
        parse_pack(head + "keywords: 5\n", "p.yaml")
    assert [e.message for e in info.value.errors] == [
        "keywords: must be a list of entries like  - {word: 特效药, category: other_fraud}"
    ]


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "pack", *args],
        cwd=ROOT,
        env=os.environ | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_publish_errors_and_round_trip(tmp_path: Path) -> None:
    env = {"SENTINEL_DATA_DIR": str(tmp_path / "var"), "SENTINEL_PACK_KEY": KEY, "REDIS_URL": ""}
    broken = tmp_path / "broken.yaml"
    broken.write_text(pack_text().replace("weight: 0.7", "weight: 7"), encoding="utf-8")
    result = cli("publish", str(broken), env=env)
    assert result.returncode == 1
    assert f"{broken}:13: weight 7 out of range" in result.stderr
    first, second = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    first.write_text(pack_text(1), encoding="utf-8")
    second.write_text(pack_text(2, word="养老金领取资格"), encoding="utf-8")
    assert cli("publish", str(first), env=env).returncode == 0
    assert cli("publish", str(second), env=env).returncode == 0
    again = cli("publish", str(second), env=env)
    assert again.returncode == 1 and "already has version 2" in again.stderr
    listing = cli("list", env=env).stdout.splitlines()
    assert listing[0].startswith("pension-2023@2\tactive") and listing[1].startswith("pension-2023@1\t-")
    assert cli("rollback", "pension-2023", env=env).returncode == 0
    assert cli("list", env=env).stdout.splitlines()[1].startswith("pension-2023@1\tactive")
    unsigned = cli("publish", str(first), env=env | {"SENTINEL_PACK_KEY": ""})
    assert unsigned.returncode == 2 and "SENTINEL_PACK_KEY" in unsigned.stderr


async def test_console_shows_each_version_whether_it_applies_and_its_hits(
    tmp_path: Path,
    store: Store,
    detector: Any,
    sender: RecordingSender,
    clock: Clock,
    aiohttp_client: Callable[..., Awaitable[Client]],
) -> None:
    settings = make_settings(tmp_path, SENTINEL_PACK_KEY=KEY, SENTINEL_CONSOLE_USERS=WANG)
    ctx = Context(settings=settings, store=store, detector=detector, sender=sender, clock=clock)
    await publish(store, pack_text(1))
    await publish(store, pack_text(2, word="养老金领取资格"))
    ctx.changed_packs()
    await Router(ctx).handle(group_msg("社区老人注意，养老金领取资格审核开始了，有问题问我", sender="wxid_b"))
    client = await aiohttp_client(console_app(ctx))
    assert (await login(client)).status == 303
    page = await (await client.get("/console/rules")).text()
    rows = dict(re.findall(r'data-pack="(pension-2023:\d)">(.*?)</tr>', page, re.S))
    assert set(rows) == {"pension-2023:1", "pension-2023:2"}
    assert "生效中" in rows["pension-2023:2"] and '<td class="num">1</td>' in rows["pension-2023:2"]
    assert "历史版本" in rows["pension-2023:1"] and '<td class="num">0</td>' in rows["pension-2023:1"]
    assert "冒充社保局发养老金补贴" in rows["pension-2023:2"] and "2023-12-31" in rows["pension-2023:2"]
    clock.now = time.mktime((2024, 1, 1, 0, 0, 1, 0, 0, -1))
    page = await (await client.get("/console/rules")).text()
    assert "已过期" in dict(re.findall(r'data-pack="(pension-2023:\d)">(.*?)</tr>', page, re.S))["pension-2023:2"]
