"""The officer console in a real headless Chromium (Debian `chromium`, driven by Playwright; no browser
download): the real runtime runs as `python main.py run` in simulator mode; a scam offer posted through
the simulator's JSON API appears LIVE in the queue, is opened and confirmed, and its accounts show up
on the indicators page. Screenshots (desktop and phone) go to test-artifacts/."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from bot.web.console.users import add_user_line

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "browser-test-pass"
SCAM = "口罩现货，N95一盒50元，先付款后发货，转账到工行卡6222021234567890128，电话13812345678"
PHONE = {"width": 390, "height": 844}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("console-browser")
    users = tmp / "console-users.txt"
    add_user_line(users, "wang", "officer_wang", PASSWORD)
    port = _free_port()
    env = os.environ | {
        "SENTINEL_WEB_PORT": str(port),
        "SENTINEL_DATA_DIR": str(tmp),
        "SENTINEL_CONSOLE_USERS_FILE": str(users),
        "SENTINEL_TIPS_INTERVAL_H": "0",
        "REDIS_URL": "",
        "WECHATY_PUPPET_SERVICE_TOKEN": "",
        "WECHATY_PUPPET_SERVICE_ENDPOINT": "",
    }
    log = (tmp / "run.log").open("w")
    proc = subprocess.Popen([sys.executable, "main.py", "run"], cwd=ROOT, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=1) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            assert proc.poll() is None, (tmp / "run.log").read_text()
            assert time.monotonic() < deadline, "the runtime did not start in 60 s"
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "Debian chromium missing: run `make browser-deps`"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _say(base: str, text: str, sender: str = "chen_jingli", room: str = "sim-room-1") -> None:
    body = json.dumps({"from": sender, "room": room, "text": text}).encode()
    request = urllib.request.Request(f"{base}/api/say", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as resp:
        assert resp.status == 200


def _login(page: Page, base: str) -> None:
    page.goto(f"{base}/console/")
    expect(page).to_have_url(f"{base}/console/login?next=/console/")
    page.fill("input[name=username]", "wang")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{base}/console/")


def test_a_new_case_appears_live_is_confirmed_and_its_accounts_are_blacklisted(server: str, browser: Browser) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1100, "height": 800}, locale="zh-CN")
    page = context.new_page()
    _login(page, server)
    expect(page.locator("body[data-live='1']")).to_have_count(1)  # the event stream is open
    page.evaluate("window.__notReloaded = true")

    started = time.monotonic()
    _say(server, SCAM)
    posted_s = time.monotonic() - started
    row = page.locator("li.case[data-id='1']")
    expect(row).to_be_visible(timeout=10_000)
    live_s = time.monotonic() - started
    assert page.evaluate("window.__notReloaded") is True  # it came in live, no reload
    expect(page.locator("#news")).to_contain_text("#1")
    print(f"\nsimulator post answered in {posted_s * 1000:.0f} ms; case in the queue after {live_s * 1000:.0f} ms")
    page.screenshot(path=str(ARTIFACTS / "console-queue.png"), full_page=True)

    row.locator("a").click()
    expect(page).to_have_url(f"{server}/console/cases/1")
    expect(page.locator(".message")).to_contain_text("先付款后发货")
    expect(page.locator("button.copy[data-copy='6222021234567890128']")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "console-case.png"), full_page=True)
    page.click("#btn-confirm")
    expect(page.locator(".flash")).to_contain_text("已确认为诈骗")
    expect(page.locator("#status")).to_have_text("已确认诈骗")

    page.goto(f"{server}/console/indicators")
    expect(page.locator("#indicators")).to_contain_text("6222021234567890128")
    expect(page.locator("#indicators")).to_contain_text("案件 #1")

    page.goto(f"{server}/console/stats")
    expect(page.locator("svg.chart")).to_have_count(3)
    page.screenshot(path=str(ARTIFACTS / "console-stats.png"), full_page=True)
    context.close()


def test_pages_fit_a_phone_screen(server: str, browser: Browser) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    _login(page, server)
    for name, path in (
        ("queue", "/console/"),
        ("case", "/console/cases/1"),
        ("stats", "/console/stats"),
        ("rules", "/console/rules"),
        ("groups", "/console/groups"),
    ):
        page.goto(f"{server}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} scrolls sideways on a phone ({width}px)"
        if name in ("queue", "stats", "case"):
            page.screenshot(path=str(ARTIFACTS / f"console-{name}-phone.png"), full_page=True)
    context.close()
