"""`train`: fit the model on the project's corpus, measure it on the held-out split, write the artifact."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sklearn

from bot.datasets import DEV_FILE, HANDWRITTEN_DIR, TRAIN_FILE, Labelled, LineError, expand, read_labelled
from bot.detect.detector import DEFAULT_RULES_DIR, Detector
from bot.detect.model import file_sha256, save_model, train_model
from bot.detect.normalise import normalise
from bot.detect.rules import RuleWatcher
from bot.evaluation import Evaluation

ROOT = Path(__file__).resolve().parent.parent
# Each hand-written message counts half a template one. At full weight the model learned that promotional
# wording is a scam (the external benchmark's ordinary SMS: 1.7% flagged -> 3.8%); at half it keeps most
# of the gain on hand-written group chat (data/handwritten/README.md, README "Quality").
HANDWRITTEN_WEIGHT = 0.5
# The tf-idf norm's weight for unknown words is fixed, not chosen by cross-validation. The folds are all in
# the register the model trains on, and there no weight is best by a hair (grouped-CV log-loss 0.102 at 0
# against 0.107 at 0.5, 2026-11-30); on text in a register it has not seen (the external SMS benchmark's
# ordinary messages) 0.5 flags 1.8% where 0 flags 3.3%. Robustness to the unfamiliar is the point.
UNSEEN_WEIGHTS = (0.5,)


def load_split(*paths: Path) -> tuple[list[Labelled], list[LineError]]:
    """Rows of labelled files (a directory stands for its files), and every bad line."""
    rows: list[Labelled] = []
    errors: list[LineError] = []
    for item in read_labelled(paths):
        (errors if isinstance(item, LineError) else rows).append(item)  # type: ignore[arg-type]
    return rows, errors


def _category(item: Labelled) -> str:
    return item.category or ("other_fraud" if item.label == "scam" else "benign")


def data_files(paths: Sequence[Path]) -> dict[str, str]:
    """Each training file (directories expanded) and its sha256, as recorded in the artifact."""
    return {_data_name(path): file_sha256(path) for path in expand(paths)}


def _data_name(path: Path) -> str:
    data_dir = ROOT / "data"
    resolved = path.resolve()
    return str(resolved.relative_to(data_dir)) if resolved.is_relative_to(data_dir) else path.name


def train(
    model_dir: Path,
    train_files: Sequence[Path] = (TRAIN_FILE,),
    handwritten: Sequence[Path] = (HANDWRITTEN_DIR,),
    dev_file: Path = DEV_FILE,
    extra: Sequence[Labelled] = (),
    rules_dir: Path = DEFAULT_RULES_DIR,
) -> dict[str, Any]:
    """Train on the template corpus, the hand-written messages (at `HANDWRITTEN_WEIGHT`) and `extra`
    (officers' labels); evaluate on `dev_file` with the full detector; save. Returns the recorded metadata."""
    train_rows, errors = load_split(*train_files)
    written_rows, written_errors = load_split(*handwritten)
    if errors or written_errors:
        raise ValueError("bad training data:\n" + "\n".join(map(str, [*errors, *written_errors])))
    rows = [*train_rows, *written_rows, *extra]
    weights = [1.0] * len(train_rows) + [HANDWRITTEN_WEIGHT] * len(written_rows) + [1.0] * len(extra)
    started = time.perf_counter()
    model, parts = train_model(
        [normalise(r.text) for r in rows],
        [_category(r) for r in rows],
        [r.family or r.source for r in rows],
        weights=weights,
        unseen_grid=UNSEEN_WEIGHTS,
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
            "files": data_files([*train_files, *handwritten]),
            "rows": len(train_rows) + len(written_rows),
            "handwritten_rows": len(written_rows),
            "handwritten_weight": HANDWRITTEN_WEIGHT,
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
