"""`scan`: verdicts for every message of a file, in order, streaming in bounded memory on all cores."""

from __future__ import annotations

import json
import multiprocessing as mp
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from tqdm import tqdm

from bot.datasets import LineError, Message, read_messages
from bot.detect.detector import Detector

_BLOCK = 256  # messages per task handed to a worker
_detector: Detector | None = None


def _init_worker(kwargs: dict[str, Any]) -> None:
    global _detector
    _detector = Detector.load(**kwargs)


def _check_block(block: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(JSON line, action, category) for each message of the block."""
    assert _detector is not None
    out: list[tuple[str, str, str]] = []
    for ident, text in block:
        verdict = _detector.check(text)
        line = json.dumps({"id": ident, **verdict.to_dict()}, ensure_ascii=False)
        out.append((line, verdict.action, verdict.category))
    return out


def _blocks(items: Iterator[Message | LineError], errors: Counter[str]) -> Iterator[list[tuple[str, str]]]:
    while chunk := list(islice(items, _BLOCK)):
        block: list[tuple[str, str]] = []
        for item in chunk:
            if isinstance(item, LineError):
                errors["lines"] += 1  # counted, not kept: a file of bad lines must not fill memory
                print(f"error: {item}", file=sys.stderr)
            else:
                block.append((item.id, item.text))
        if block:
            yield block


def scan(path: Path, out: IO[str], detector_kwargs: dict[str, Any], workers: int = 0) -> dict[str, Any]:
    """Write one JSON verdict per message to `out`. Returns a summary. `workers=0`: one per core."""
    workers = workers or mp.cpu_count()
    errors: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    progress = tqdm(unit="msg", file=sys.stderr, disable=None, desc=path.name)
    blocks = _blocks(read_messages(path), errors)
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(detector_kwargs,)) as pool:
        # imap keeps order; feeding it through a bounded window keeps memory flat on any file size.
        window = workers * 4
        pending: list[Any] = []
        for block in blocks:
            pending.append(pool.apply_async(_check_block, (block,)))
            if len(pending) >= window:
                _drain(pending.pop(0).get(), out, actions, categories, progress)
        for result in pending:
            _drain(result.get(), out, actions, categories, progress)
    progress.close()
    total = sum(actions.values())
    return {"messages": total, "errors": errors["lines"], "actions": dict(actions), "categories": dict(categories)}


def _drain(
    results: list[tuple[str, str, str]], out: IO[str], actions: Counter[str], categories: Counter[str], progress: Any
) -> None:
    for line, action, category in results:
        out.write(line + "\n")
        actions[action] += 1
        categories[category] += 1
    progress.update(len(results))
