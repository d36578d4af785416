"""WechatyChannel against the real puppet-service stack: npm PuppetServer + PuppetMock on loopback.

The handler here is test code: it records every `Incoming` and echoes text back (into the room
with an @mention of the sender, or privately), skipping its own messages, so an echo loop would
show up as an ever-growing sent box.
"""

from __future__ import annotations

import asyncio
import io
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest

from bot.channels.base import Incoming
from bot.channels.wechaty import STOP_GRACE_S, WechatyChannel

from .harness import BOT_ID, BOT_NAME, LI, OFFICER_ID, ROOM_XINGFU, ROOM_YANGGUANG, WANG, ZHANG, Harness


@dataclass
class EchoBot:
    channel: WechatyChannel
    events: list[Incoming] = field(default_factory=list)

    async def __call__(self, incoming: Incoming) -> None:
        self.events.append(incoming)
        if incoming.text == "boom":
            raise RuntimeError("handler bug")  # the channel must log it and carry on
        if incoming.is_self or incoming.kind != "text" or "echo" not in incoming.text:
            return
        if incoming.room_id:
            await self.channel.send_room(incoming.room_id, f"收到 {incoming.text}", [incoming.sender_id])
        else:
            await self.channel.send_private(incoming.sender_id, f"收到 {incoming.text}")

    async def wait_for(self, predicate: Callable[[Incoming], bool], timeout: float = 10.0) -> Incoming:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if predicate(event):
                    return event
            await asyncio.sleep(0.02)
        raise TimeoutError(f"no matching event in {timeout}s; got {self.events}")


async def wait_until(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met in {timeout}s")
        await asyncio.sleep(0.02)


async def stop_run(task: asyncio.Task[None], within: float) -> None:
    """Cancel `run()`; it must have ended `within` seconds (a hang fails here, with its stack)."""
    task.cancel()
    await asyncio.wait({task}, timeout=within)
    if not task.done():
        stack = io.StringIO()
        task.print_stack(file=stack)
        raise AssertionError(f"run() still running {within}s after cancel:\n{stack.getvalue()}")
    assert task.cancelled() or task.exception() is None, task


async def start_channel(channel: WechatyChannel, on_event: Callable[[Incoming], Awaitable[None]]) -> asyncio.Task[None]:
    task = asyncio.create_task(channel.run(on_event))
    deadline = time.monotonic() + 15
    while channel.self_id != BOT_ID:
        if task.done() or time.monotonic() > deadline:
            await stop_run(task, within=STOP_GRACE_S + 1)
            raise AssertionError("the channel never logged in")
        await asyncio.sleep(0.02)
    return task


@pytest.fixture
async def bot(harness: Harness) -> AsyncIterator[EchoBot]:
    channel = WechatyChannel(harness.token, harness.endpoint, max_backoff=2.0)
    echo = EchoBot(channel)
    task = await start_channel(channel, echo)
    try:
        yield echo
    finally:
        await stop_run(task, within=STOP_GRACE_S + 1)
    assert not channel.connected


async def test_room_message_arrives_with_room_and_sender(harness: Harness, bot: EchoBot) -> None:
    msg_id = await harness.say(ZHANG, "口罩现货，先付款再发货", room=ROOM_XINGFU)
    got = await bot.wait_for(lambda e: e.id == msg_id)
    assert (got.kind, got.text) == ("text", "口罩现货，先付款再发货")
    assert (got.room_id, got.room_topic) == (ROOM_XINGFU, "幸福村村民群")
    assert (got.sender_id, got.sender_name) == (ZHANG, "张阿姨")
    assert not got.is_self and not got.mentions_self and not got.is_private
    assert abs(got.timestamp - time.time()) < 30


async def test_private_message_has_no_room(harness: Harness, bot: EchoBot) -> None:
    msg_id = await harness.say(LI, "警官，我想举报", room=None)
    got = await bot.wait_for(lambda e: e.id == msg_id)
    assert got.room_id is None and got.room_topic is None and got.is_private
    assert (got.sender_id, got.sender_name, got.text) == (LI, "李大爷", "警官，我想举报")


async def test_mentions_keep_typed_text_and_flag_the_bot(harness: Harness, bot: EchoBot) -> None:
    to_bot = await harness.say(WANG, "这个链接是真的吗？", room=ROOM_YANGGUANG, mentions=[BOT_ID])
    to_zhang = await harness.say(WANG, "别转账", room=ROOM_XINGFU, mentions=[ZHANG])
    got = await bot.wait_for(lambda e: e.id == to_bot)
    assert got.mentions_self and got.mention_ids == (BOT_ID,)
    assert got.text == f"@{BOT_NAME}\u2005这个链接是真的吗？"
    other = await bot.wait_for(lambda e: e.id == to_zhang)
    assert not other.mentions_self and other.mention_ids == (ZHANG,)


async def test_echo_comes_back_as_self_and_does_not_loop(harness: Harness, bot: EchoBot) -> None:
    await harness.say(ZHANG, "echo 你好", room=ROOM_XINGFU)
    await harness.say(LI, "echo 私聊", room=None)
    in_room = await harness.wait_sent(lambda s: s["room"] == ROOM_XINGFU)
    assert in_room["mentions"] == [ZHANG] and in_room["to"] is None
    assert in_room["text"] == "@张阿姨\u2005收到 echo 你好"
    private = await harness.wait_sent(lambda s: s["to"] == LI)
    assert private["room"] is None and private["text"] == "收到 echo 私聊"
    own = await bot.wait_for(lambda e: e.is_self and e.room_id == ROOM_XINGFU)
    assert own.sender_id == BOT_ID and own.mention_ids == (ZHANG,)
    await bot.wait_for(lambda e: e.is_self and e.room_id is None)
    await asyncio.sleep(1.0)  # room for a loop to show itself
    assert len(await harness.sent()) == 2


async def test_direct_sends_reach_room_and_officer(harness: Harness, bot: EchoBot) -> None:
    await bot.channel.send_room(ROOM_YANGGUANG, "提醒：先付款的口罩多是骗局", mention_ids=[WANG, LI])
    await bot.channel.send_private(OFFICER_ID, "幸福村村民群有疑似诈骗，请查看")
    sent = await harness.sent()
    assert [(s["room"], s["to"], s["mentions"]) for s in sent] == [
        (ROOM_YANGGUANG, None, [WANG, LI]),
        (None, OFFICER_ID, []),
    ]
    assert sent[0]["text"] == "@王姐\u2005@李大爷\u2005提醒：先付款的口罩多是骗局"
    await harness.reset_sent()
    assert await harness.sent() == []


async def test_link_mini_program_and_quote(harness: Harness, bot: EchoBot) -> None:
    link_id = await harness.link(ZHANG, "口罩特价", "N95 现货 先付款", "http://mask.example/pay", room=ROOM_XINGFU)
    mini_id = await harness.mini_program(LI, "口罩预约", room=ROOM_XINGFU)
    quote_id = await harness.say(WANG, "别信", room=ROOM_XINGFU, quote=("张阿姨", "口罩现货"))
    link = await bot.wait_for(lambda e: e.id == link_id)
    assert link.kind == "link" and link.text == "口罩特价\nN95 现货 先付款\nhttp://mask.example/pay"
    mini = await bot.wait_for(lambda e: e.id == mini_id)
    assert (mini.kind, mini.text) == ("mini_program", "口罩预约")
    quote = await bot.wait_for(lambda e: e.id == quote_id)
    assert (quote.text, quote.quoted_text, quote.extra["quoted_name"]) == ("别信", "口罩现货", "张阿姨")


async def test_join_and_bot_joined(harness: Harness, bot: EchoBot) -> None:
    await harness.join(ROOM_XINGFU, [{"id": "newbie", "name": "新邻居"}], inviter=ZHANG)
    joined = await bot.wait_for(lambda e: e.kind == "join")
    assert (joined.room_id, joined.room_topic) == (ROOM_XINGFU, "幸福村村民群")
    assert (joined.joined_ids, joined.joined_names) == (("newbie",), ("新邻居",))
    assert (joined.sender_id, joined.sender_name) == (ZHANG, "张阿姨")
    await harness.setup({"bot": {"id": BOT_ID}, "rooms": [{"id": "new@chatroom", "topic": "青山村防疫群"}]})
    await harness.join("new@chatroom", [BOT_ID], inviter=LI)
    mine = await bot.wait_for(lambda e: e.kind == "bot_joined")
    assert (mine.room_id, mine.room_topic, mine.sender_id) == ("new@chatroom", "青山村防疫群", LI)


async def test_handler_error_does_not_stop_the_stream(harness: Harness, bot: EchoBot) -> None:
    await harness.say(ZHANG, "boom", room=ROOM_XINGFU)
    after = await harness.say(ZHANG, "还在吗", room=ROOM_XINGFU)
    await bot.wait_for(lambda e: e.id == after)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["crash", "clean-stop"])
async def test_reconnects_after_the_service_restarts(harness: Harness, bot: EchoBot, how: signal.Signals) -> None:
    await harness.stop(how)
    started = time.monotonic()
    await wait_until(lambda: not bot.channel.connected, timeout=10)
    await harness.start()  # same ports, same scenario
    # Events emitted before the channel is back are lost, as with a real puppet service.
    await wait_until(lambda: bot.channel.connected, timeout=30)
    reconnect_s = time.monotonic() - started
    msg_id = await harness.say(ZHANG, "echo 重启后", room=ROOM_XINGFU)
    got = await bot.wait_for(lambda e: e.id == msg_id, timeout=30)
    assert got.room_topic == "幸福村村民群"
    # Sending goes through the new connection too.
    await harness.wait_sent(lambda s: s["text"].endswith("收到 echo 重启后"), timeout=10)
    assert reconnect_s < 30


@pytest.mark.parametrize("handler_on_cancel", ["raises-an-error", "carries-on"])
async def test_run_ends_even_if_its_cancel_goes_astray(harness: Harness, handler_on_cancel: str) -> None:
    """grpclib turns a cancellation that meets a closing connection into StreamTerminatedError, and
    3.11's wait_for into the call's own result: the consumer used to log that as a failed event, wait
    for the next one, and keep run() (the test's teardown, the bot's shutdown) waiting forever. A
    handler that ignores cancellation altogether is given up on after STOP_GRACE_S."""
    busy = asyncio.Event()
    released = False
    cancels = 0

    async def handler(incoming: Incoming) -> None:
        nonlocal cancels
        busy.set()
        while True:
            try:
                await asyncio.sleep(60)
            except asyncio.CancelledError:
                cancels += 1
                if released:
                    raise
                if handler_on_cancel == "raises-an-error":
                    raise RuntimeError("Connection lost") from None

    channel = WechatyChannel(harness.token, harness.endpoint)
    task = await start_channel(channel, handler)
    try:
        await harness.say(ZHANG, "口罩现货", room=ROOM_XINGFU)
        await asyncio.wait_for(busy.wait(), 10)
        started = time.monotonic()
        await stop_run(task, within=STOP_GRACE_S + 2)
        took = time.monotonic() - started
        assert not channel.connected
        if handler_on_cancel == "raises-an-error":
            assert cancels == 1 and took < STOP_GRACE_S, took  # cancelled again once it had carried on
        else:
            assert cancels >= 2 and took >= STOP_GRACE_S, took
    finally:
        released = True
        for leftover in [t for t in asyncio.all_tasks() if t.get_name() == "wechaty-consumer"]:
            leftover.cancel()
            await asyncio.wait({leftover}, timeout=5)


async def test_a_service_that_never_answers_costs_one_attempt() -> None:
    """A server that accepts the connection and then says nothing (no HTTP/2 settings, no reply to
    start() or to a ding): the channel gives that attempt up within send_timeout_s and tries again."""
    grpc_attempts = 0
    writers: list[asyncio.StreamWriter] = []

    async def mute(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal grpc_attempts
        writers.append(writer)
        if (await reader.read(24)).startswith(b"PRI * HTTP/2.0"):  # not the reachability probes
            grpc_attempts += 1
        while await reader.read(65536):
            pass

    server = await asyncio.start_server(mute, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    channel = WechatyChannel("insecure_mute", f"127.0.0.1:{port}", max_backoff=1.0, send_timeout_s=0.5)
    task = asyncio.create_task(channel.run(lambda incoming: asyncio.sleep(0)))
    try:
        await wait_until(lambda: grpc_attempts >= 2, timeout=10)  # 60 s (keepalive_s) before the fix
        assert not channel.connected
        await stop_run(task, within=STOP_GRACE_S + 1)
    finally:
        task.cancel()
        for writer in writers:
            writer.close()
        server.close()
        await server.wait_closed()
