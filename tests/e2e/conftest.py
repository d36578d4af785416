"""The `harness` fixture lives in tests/conftest.py (fault tests use it too). A failing test's report shows the
tail of the logs of every harness and bot process it used (anything with `log()` and `log_path`,
also in a list)."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

LOG_TAIL_LINES = 150


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
