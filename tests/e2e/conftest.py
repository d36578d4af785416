"""Fixtures: a running harness with the default village scenario. A failing test's report shows the
tail of the logs of every harness and bot process it used (anything with `log()` and `log_path`,
also in a list)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator
from pathlib import Path
from typing import Any

import pytest

from .harness import DEFAULT_SCENARIO, Harness

LOG_TAIL_LINES = 150


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    """Groups 幸福村村民群 / 阳光小区业主群, residents 张阿姨 李大爷 王姐, a scammer, officer_wang."""
    h = Harness(log_path=tmp_path / "harness.log")
    await h.start(DEFAULT_SCENARIO)
    try:
        yield h
    finally:
        await h.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    if report.failed:
        shown: set[Path] = set()
        for name, value in getattr(item, "funcargs", {}).items():
            for source in value if isinstance(value, list) else [value]:
                path = getattr(source, "log_path", None)
                if callable(getattr(source, "log", None)) and isinstance(path, Path) and path not in shown:
                    shown.add(path)
                    tail = "\n".join(source.log().splitlines()[-LOG_TAIL_LINES:])
                    report.sections.append((f"log of {name} ({source.log_path})", tail))
    return report
