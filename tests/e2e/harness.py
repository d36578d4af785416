"""Drive the mock-WeChat harness (harness.mjs) from Python tests.

`Harness.start()` spawns `node harness.mjs`, waits for its READY line and then offers the control
API as coroutines: make residents talk (`say`, `link`, `mini_program`, `join`) and read back what
the bot sent (`sent`, `wait_sent`). Point a `WechatyChannel(harness.token, harness.endpoint)` at it,
or start the whole bot (`python main.py run`) against it with `BotProcess`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import aiohttp
import psutil

HERE = Path(__file__).resolve().parent
READY_RE = re.compile(r"HARNESS READY grpc=(\d+) control=(\d+)")

BOT_ID = "sentinel_bot"
BOT_NAME = "反诈哨兵"
OFFICER_ID = "officer_wang"
ROOM_XINGFU = "xingfu_village@chatroom"
ROOM_YANGGUANG = "yangguang_estate@chatroom"
ZHANG, LI, WANG, SCAMMER = "zhang_ayi", "li_dashe", "wang_jie", "chen_jingli"

DEFAULT_SCENARIO: dict[str, Any] = {
    "bot": {"id": BOT_ID, "name": BOT_NAME},
    "contacts": [
        {"id": ZHANG, "name": "张阿姨"},
        {"id": LI, "name": "李大爷"},
        {"id": WANG, "name": "王姐"},
        {"id": SCAMMER, "name": "口罩批发-陈经理"},
        {"id": OFFICER_ID, "name": "王警官"},
    ],
    "rooms": [
        {"id": ROOM_XINGFU, "topic": "幸福村村民群", "members": [ZHANG, LI, WANG, SCAMMER]},
        {"id": ROOM_YANGGUANG, "topic": "阳光小区业主群", "members": [WANG, LI, OFFICER_ID]},
    ],
}

Sent = dict[str, Any]


class HarnessError(RuntimeError):
    """The harness did not start, or its control API refused a request."""


class Harness:
    """One `node harness.mjs` process: a mock WeChat behind a real PuppetServer on loopback."""

    def __init__(self, token: str = "insecure_sentinel_e2e", log_path: Path | None = None) -> None:
        self.token = token
        self.log_path = log_path or Path(tempfile.mkdtemp(prefix="sentinel-harness-")) / "harness.log"
        self.grpc_port = 0
        self.control_port = 0
        self.scenario: Mapping[str, Any] = DEFAULT_SCENARIO
        self._proc: asyncio.subprocess.Process | None = None
        self._http: aiohttp.ClientSession | None = None

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    async def start(
        self,
        scenario: Mapping[str, Any] | None = None,
        grpc_port: int | None = None,
        control_port: int | None = None,
        timeout: float = 30.0,
    ) -> Harness:
        """Spawn the harness (ports default to the previous ones, 0 = pick free) and wait for READY."""
        node = shutil.which("node")
        if node is None:
            raise HarnessError("node is not installed")
        if not (HERE / "node_modules" / "wechaty-puppet-service").is_dir():
            raise HarnessError(f"node modules missing: run `make e2e-deps` (npm ci in {HERE})")
        self.scenario = scenario if scenario is not None else self.scenario
        scenario_file = self.log_path.with_suffix(".scenario.json")
        scenario_file.write_text(json.dumps(self.scenario, ensure_ascii=False), encoding="utf-8")
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        log = self.log_path.open("ab")
        self._proc = await asyncio.create_subprocess_exec(
            node,
            str(HERE / "harness.mjs"),
            "--scenario",
            str(scenario_file),
            "--grpc-port",
            str(self.grpc_port if grpc_port is None else grpc_port),
            "--control-port",
            str(self.control_port if control_port is None else control_port),
            "--token",
            self.token,
            cwd=HERE,
            stdout=log,
            stderr=log,
            env={**os.environ, "WECHATY_LOG": os.environ.get("WECHATY_LOG", "warn")},
        )
        log.close()
        deadline = time.monotonic() + timeout
        while (ready := READY_RE.search(self._log_text(offset))) is None:
            if self._proc.returncode is not None or time.monotonic() > deadline:
                await self.stop()
                raise HarnessError(f"harness did not start; log:\n{self._log_text(offset)[-3000:]}")
            await asyncio.sleep(0.05)
        self.grpc_port, self.control_port = int(ready[1]), int(ready[2])
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        return self

    async def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the process (SIGTERM: clean; SIGKILL: a crash). Ports are kept for `start()`."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.returncode is None:
            proc.send_signal(sig)
            try:
                await asyncio.wait_for(proc.wait(), 5)
            except TimeoutError:
                proc.kill()
                await proc.wait()

    async def close(self) -> None:
        await self.stop()
        if self._http is not None:
            await self._http.close()
            self._http = None

    def log(self) -> str:
        return self._log_text(0)

    def _log_text(self, offset: int) -> str:
        if not self.log_path.exists():
            return ""
        with self.log_path.open("rb") as f:
            f.seek(offset)
            return f.read().decode("utf-8", "replace")

    # ---- control API ------------------------------------------------------------------------

    async def _call(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> Any:
        if self._http is None:
            raise HarnessError("harness not started")
        url = f"http://127.0.0.1:{self.control_port}{path}"
        async with self._http.request(method, url, json=body) as resp:
            data = await resp.json(content_type=None)
            if resp.status != 200:
                raise HarnessError(f"{method} {path} -> {resp.status}: {data}")
            return data

    async def health(self) -> dict[str, Any]:
        result: dict[str, Any] = await self._call("GET", "/health")
        return result

    async def setup(self, scenario: Mapping[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = await self._call("POST", "/setup", scenario)
        return result

    async def say(
        self,
        sender: str,
        text: str,
        room: str | None = None,
        mentions: Sequence[str] = (),
        quote: tuple[str, str] | None = None,
    ) -> str:
        """`sender` says `text` in `room` (or privately to the bot). Returns the message id."""
        body: dict[str, Any] = {"from": sender, "room": room, "text": text, "mentions": list(mentions)}
        if quote:
            body["quote"] = {"name": quote[0], "text": quote[1]}
        result = await self._call("POST", "/say", body)
        return str(result["id"])

    async def say_timed(self, sender: str, text: str, room: str | None = None) -> tuple[str, int]:
        """Like `say`; also returns when the harness emitted the message event (its clock, ms since
        the epoch: the same clock as the `ts` of `sent()` records)."""
        result = await self._call("POST", "/say", {"from": sender, "room": room, "text": text})
        return str(result["id"]), int(result["ts"])

    async def link(self, sender: str, title: str, description: str, url: str, room: str | None = None) -> str:
        body = {"from": sender, "room": room, "title": title, "description": description, "url": url}
        return str((await self._call("POST", "/link", body))["id"])

    async def mini_program(self, sender: str, title: str, description: str = "", room: str | None = None) -> str:
        body = {"from": sender, "room": room, "title": title, "description": description}
        return str((await self._call("POST", "/mini-program", body))["id"])

    async def join(
        self, room: str, contacts: Iterable[str | Mapping[str, str]], inviter: str | None = None
    ) -> dict[str, Any]:
        """Members join `room`; a contact may be a new `{"id", "name"}`. The inviter defaults to the bot."""
        body: dict[str, Any] = {"room": room, "contacts": list(contacts)}
        if inviter:
            body["inviter"] = inviter
        result: dict[str, Any] = await self._call("POST", "/join", body)
        return result

    async def sent(self) -> list[Sent]:
        result: list[Sent] = await self._call("GET", "/sent")
        return result

    async def reset_sent(self) -> None:
        await self._call("POST", "/reset-sent")

    async def wait_sent(self, predicate: Callable[[Sent], bool], timeout: float = 10.0) -> Sent:
        """The first message the bot sent that matches `predicate`, polling until `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            sent = await self.sent()
            for message in sent:
                if predicate(message):
                    return message
            if time.monotonic() > deadline:
                raise TimeoutError(f"no matching sent message in {timeout}s; sent: {sent}")
            await asyncio.sleep(0.05)

    async def wait_logged_in(self, timeout: float = 15.0) -> None:
        """Until a client has started the puppet and the bot user is logged in."""
        deadline = time.monotonic() + timeout
        while not (await self.health())["loggedIn"]:
            if time.monotonic() > deadline:
                raise TimeoutError("the bot never logged in")
            await asyncio.sleep(0.05)


# ---- the bot itself, as deployed ------------------------------------------------------------

ROOT = HERE.parent.parent
LOGGED_IN = "wechaty: logged in as"
# Settings a developer's .env might set that would change what the bot does under test.
_HERMETIC = {
    "REDIS_URL": "",
    "SENTINEL_WEB_HOST": "127.0.0.1",
    "SENTINEL_WEB_PORT": "0",
    "SENTINEL_GROUP_OFFICERS": "",
    "SENTINEL_WEBHOOK_URL": "",
    "SENTINEL_TIPS_INTERVAL_H": "0",
    "SENTINEL_LOG_JSON": "false",
    "SENTINEL_LOG_LEVEL": "DEBUG",
    "PYTHONUNBUFFERED": "1",
}


class BotProcess:
    """`python main.py run` as a subprocess pointed at a harness; its log (stdout + stderr) in a file.

    `stop()` also ends whatever the bot left behind (its embedded redis-server) if the bot had to be
    killed, so a failing test leaves no processes.
    """

    def __init__(self, harness: Harness, data_dir: Path, log_path: Path, **env: str) -> None:
        self.env = {
            **os.environ,
            **_HERMETIC,
            "WECHATY_PUPPET_SERVICE_TOKEN": harness.token,
            "WECHATY_PUPPET_SERVICE_ENDPOINT": harness.endpoint,
            "SENTINEL_OFFICERS": OFFICER_ID,
            "SENTINEL_DATA_DIR": str(data_dir),
            "SENTINEL_SEND_INTERVAL_S": "0",
            **env,
        }
        self.log_path = log_path
        self.returncode: int | None = None
        self.leftovers: list[str] = []  # processes it left running at the last stop (since killed)
        self._proc: asyncio.subprocess.Process | None = None
        self._offset = 0

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    async def start(self, timeout: float = 30.0) -> BotProcess:
        """Spawn the bot and wait until it has logged in to WeChat (the mock)."""
        self._offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self._proc = await asyncio.create_subprocess_exec(
                sys.executable, "main.py", "run", cwd=ROOT, env=self.env, stdout=log, stderr=log
            )
        self.returncode = None
        await self.wait_log(LOGGED_IN, timeout)
        return self

    async def wait_log(self, needle: str, timeout: float = 10.0) -> None:
        """Until this run's log contains `needle`; fails early if the bot died."""
        deadline = time.monotonic() + timeout
        while needle not in self.log(self._offset):
            if not self.running or time.monotonic() > deadline:
                raise HarnessError(f"bot log never showed {needle!r}; log:\n{self.log(self._offset)[-4000:]}")
            await asyncio.sleep(0.05)

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int | None:
        """Signal the bot and wait for it to exit; returns its exit code (None if it had to be killed)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return self.returncode
        if proc.returncode is None:
            proc.send_signal(sig)
        try:
            self.returncode = await asyncio.wait_for(proc.wait(), timeout)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            self.returncode = None
        self.leftovers = []
        for server in self._redis_servers():  # the embedded Redis daemonizes: not a child process
            self.leftovers.append(f"redis-server pid {server.pid}")
            with contextlib.suppress(psutil.NoSuchProcess):
                server.kill()
        return self.returncode

    def _redis_servers(self) -> list[psutil.Process]:
        """Embedded redis-servers still serving this bot's data dir (they run with it as cwd)."""
        data_dir = str(Path(self.env["SENTINEL_DATA_DIR"]).resolve())
        found = []
        for proc in psutil.process_iter(["name", "cwd"]):
            if proc.info["name"] == "redis-server" and proc.info["cwd"] == data_dir:
                found.append(proc)
        return found

    def log(self, offset: int = 0) -> str:
        if not self.log_path.exists():
            return ""
        with self.log_path.open("rb") as f:
            f.seek(offset)
            return f.read().decode("utf-8", "replace")
