"""Fixtures: a running harness with the default village scenario."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from .harness import DEFAULT_SCENARIO, Harness


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    """Groups 幸福村村民群 / 阳光小区业主群, residents 张阿姨 李大爷 王姐, a scammer, officer_wang."""
    h = Harness(log_path=tmp_path / "harness.log")
    await h.start(DEFAULT_SCENARIO)
    try:
        yield h
    finally:
        await h.close()
