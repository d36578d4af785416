"""`train`: fit the model on the project's corpus, measure it on the held-out split, write the artifact."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sklearn

from bot.datasets import DEV_FILE, TRAIN_FILE, Labelled, LineError, read_labelled
from bot.detect.detector import DEFAULT_RULES_DIR, Detector
from bot.detect.model import file_sha256, save_model, train_model
from bot.detect.normalise import normalise
from bot.detect.rules import RuleWatcher
from bot.evaluation import Evaluation

ROOT = Path(__file__).resolve().parent.parent


def load_split(path: Path) -> tuple[list[Labelled], list[LineError]]:
    rows: list[Labelled] = []
    errors: list[LineError] = []
    for item in read_labelled([path]):
        (errors if isinstance(item, LineError) else rows).append(item)  # type: ignore[arg-type]
    return rows, errors


def _category(item: Labelled) -> str:
    return item.category or ("other_fraud" if item.label == "scam" else "benign")


def train(
    model_dir: Path,
    train_file: Path = TRAIN_FILE,
    dev_file: Path = DEV_FILE,
    extra: Sequence[Labelled] = (),
    rules_dir: Path = DEFAULT_RULES_DIR,
) -> dict[str, Any]:
    """Train, evaluate on `dev_file` with the full detector, save. Returns the recorded metadata."""
    train_rows, errors = load_split(train_file)
    if errors:
        raise ValueError("bad training data:\n" + "\n".join(map(str, errors)))
    rows = [*train_rows, *extra]
    started = time.perf_counter()
    model, parts = train_model(
        [normalise(r.text) for r in rows], [_category(r) for r in rows], [r.family or r.source for r in rows]
    )
    seconds = round(time.perf_counter() - started, 1)
    dev_rows, dev_errors = load_split(dev_file)
    if dev_errors:
        raise ValueError("bad dev data:\n" + "\n".join(map(str, dev_errors)))
    detector = Detector(RuleWatcher(rules_dir), model)
    dev_report = evaluate(detector, dev_rows)
    meta = {
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "training_data": {
            "file": train_file.name,
            "sha256": file_sha256(train_file),
            "rows": len(train_rows),
            "feedback_rows": len(extra),
            "per_category": dict(Counter(_category(r) for r in rows)),
        },
        "train_seconds": seconds,
        "sklearn": sklearn.__version__,
        "model_selection": parts["selection"],
        "dev_metrics": {"file": dev_file.name, **dev_report["overall"]},
    }
    save_model(model, parts["features"], model_dir, meta)
    meta["dev_report"] = dev_report
    return meta


def evaluate(detector: Detector, rows: Iterable[Labelled]) -> dict[str, Any]:
    evaluation = Evaluation()
    for row in rows:
        evaluation.add(row, detector.check(row.text))
    return evaluation.report()
