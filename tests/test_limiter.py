"""The outgoing send limiter, with the simulator as the real inner sender and an injected clock."""

from __future__ import annotations

import asyncio
import time
from itertools import pairwise

import pytest

from bot.channels.base import Sender, SendError
from bot.channels.simulator import SimulatorChannel
from bot.limiter import RateLimitedSender

ROOM1, ROOM2, ROOM3 = "sim-room-1", "sim-room-2", "sim-room-3"
OFFICER = SimulatorChannel.DEFAULT_OFFICER_ID


class FakeClock:
    """Monotonic time that only moves when the limiter sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        await asyncio.sleep(0)
        self.now += max(delay, 0.0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim(clock: FakeClock) -> SimulatorChannel:
    return SimulatorChannel(clock=clock)


def limiter(sim: SimulatorChannel, clock: FakeClock, per_min: int = 30, interval_s: float = 2.0) -> RateLimitedSender:
    return RateLimitedSender(sim, per_min=per_min, interval_s=interval_s, clock=clock, sleep=clock.sleep)


def sent(sim: SimulatorChannel) -> list[tuple[float, str, str]]:
    """(time, conversation, text) of every bot message, in sending order."""
    entries = [e for room in sim.rooms for e in sim.timeline(room_id=room)]
    entries += [e for m in sim.members if m != sim.self_id for e in sim.timeline(contact_id=m)]
    entries = sorted((e for e in entries if e["is_bot"]), key=lambda e: int(e["id"].split("-")[1]))
    return [(e["ts"], e["room"] or f"private:{e['contact']}", e["text"]) for e in entries]


async def test_urgent_goes_first_and_fifo_within_priority(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock, interval_s=0)
    await asyncio.gather(
        lim.send_room(ROOM1, "n1"),
        lim.send_room(ROOM2, "n2"),
        lim.send_private(OFFICER, "u1", urgent=True),
        lim.send_room(ROOM3, "n3"),
        lim.send_private("zhang_ayi", "u2", urgent=True),
    )
    assert [text for _, _, text in sent(sim)] == ["u1", "u2", "n1", "n2", "n3"]
    await lim.close()


async def test_spacing_per_conversation_without_blocking_others(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock, interval_s=2.0)
    start = clock()
    await asyncio.gather(*(lim.send_room(ROOM1, f"a{i}") for i in range(4)), lim.send_room(ROOM2, "b0"))
    log = sent(sim)
    room1 = [(ts, text) for ts, conv, text in log if conv == ROOM1]
    assert [text for _, text in room1] == ["a0", "a1", "a2", "a3"]  # order within a chat is kept
    for earlier, later in pairwise([ts for ts, _ in room1]):
        assert later - earlier >= 2.0
    # The other group did not wait behind the first group's spacing.
    assert next(ts for ts, conv, _ in log if conv == ROOM2) == start
    await lim.close()


async def test_at_most_n_per_minute(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock, per_min=5, interval_s=0)
    targets = [ROOM1, ROOM2, ROOM3, OFFICER, "zhang_ayi", "li_dashe"]
    sends = [
        lim.send_room(t, f"m{i}") if t.startswith("sim-room") else lim.send_private(t, f"m{i}")
        for i, t in enumerate(targets * 2)
    ]
    await asyncio.gather(*sends)
    times = [ts for ts, _, _ in sent(sim)]
    assert len(times) == 12
    assert times[:5] == [times[0]] * 5  # the first five go at once
    for i in range(len(times) - 5):
        assert times[i + 5] - times[i] >= 60.0  # never six within a minute
    await lim.close()


async def test_send_returns_only_after_the_message_was_sent(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock, interval_s=5.0)
    await lim.send_room(ROOM1, "first")
    await lim.send_room(ROOM1, "second")
    texts = [e["text"] for e in sim.timeline(room_id=ROOM1)]
    assert texts == ["first", "second"]
    await lim.close()


async def test_inner_errors_reach_the_caller_and_the_worker_goes_on(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock)
    results = await asyncio.gather(
        lim.send_room("no-such-room", "lost"), lim.send_room(ROOM1, "fine"), return_exceptions=True
    )
    assert isinstance(results[0], SendError)
    assert results[1] is None
    assert [text for _, _, text in sent(sim)] == ["fine"]
    await lim.close()


async def test_close_with_drain_sends_everything_queued(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock, per_min=5, interval_s=2.0)
    pending = [asyncio.ensure_future(lim.send_room(ROOM1 if i % 2 else ROOM2, f"q{i}")) for i in range(9)]
    await asyncio.sleep(0)  # queued, not yet sent
    await lim.close(drain=True, timeout=5.0)
    assert all(f.done() and f.exception() is None for f in pending)
    assert sorted(text for _, _, text in sent(sim)) == sorted(f"q{i}" for i in range(9))
    with pytest.raises(SendError):
        await lim.send_room(ROOM1, "after close")


async def test_close_without_drain_fails_what_is_left(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock, per_min=1, interval_s=0)
    pending = [asyncio.ensure_future(lim.send_room(ROOM1, f"q{i}")) for i in range(3)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await lim.close(drain=False)
    outcomes = await asyncio.gather(*pending, return_exceptions=True)
    not_sent = [o for o in outcomes if isinstance(o, SendError)]
    assert len(not_sent) + len(sent(sim)) == 3
    assert not_sent  # one a minute: not all three could go


async def test_a_caller_that_gives_up_drops_its_message(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock, interval_s=10.0)
    await lim.send_room(ROOM1, "one")
    waiting = asyncio.ensure_future(lim.send_room(ROOM1, "two"))
    await asyncio.sleep(0)
    waiting.cancel()
    await lim.send_room(ROOM1, "three")
    assert [e["text"] for e in sim.timeline(room_id=ROOM1)] == ["one", "three"]
    await lim.close()


async def test_inner_send_runs_in_the_callers_context(sim: SimulatorChannel, clock: FakeClock) -> None:
    lim = limiter(sim, clock)
    _, replies = await sim.handle_collecting(lambda: lim.send_private(OFFICER, "ping", urgent=True))
    assert [r["text"] for r in replies] == ["ping"]
    await lim.close()


async def test_real_clock_keeps_the_minimum_spacing() -> None:
    sim = SimulatorChannel(clock=time.monotonic)
    lim = RateLimitedSender(sim, per_min=100, interval_s=0.05)
    await asyncio.gather(*(lim.send_room(ROOM1, f"r{i}") for i in range(3)))
    times = [e["ts"] for e in sim.timeline(room_id=ROOM1)]
    assert len(times) == 3
    for earlier, later in pairwise(times):
        assert later - earlier >= 0.05
    await lim.close()


def test_bad_limits_are_refused(sim: SimulatorChannel) -> None:
    with pytest.raises(ValueError):
        RateLimitedSender(sim, per_min=0)


def test_is_a_sender_for_the_same_account(sim: SimulatorChannel) -> None:
    sender: Sender = RateLimitedSender(sim)
    assert sender.self_id == sim.self_id
