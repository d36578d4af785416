"""The detector asks two models, the group-chat one first and the general one for a second opinion, and keeps the
more doubtful score (bot/detect/detector.py). Tested on the shipped models, as they run in production."""

import json
from pathlib import Path
from typing import Any

import pytest

from bot.detect.detector import CHAT_MODEL_SUBDIR, DEFAULT_MODEL_DIR, DEFAULT_RULES_DIR, SECOND_OPINION_FROM, Detector
from bot.detect.model import TextModel
from bot.detect.normalise import normalise
from bot.detect.rules import RuleWatcher

ROOT = Path(__file__).resolve().parent.parent


def texts(every: int = 20) -> list[str]:
    with (ROOT / "data" / "dev.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line)["text"] for line in handle if line.strip()]
    return rows[::every]


def scam_score(model: TextModel, text: str) -> float:
    return model.scam_probability(model.class_probabilities(normalise(text)))


def test_the_shipped_detector_loads_both_models() -> None:
    detector = Detector.load()
    assert detector.model is not None and detector.chat_model is not None
    assert detector.model.meta["training_data"] != detector.chat_model.meta["training_data"]


def test_the_more_doubtful_model_decides(shipped_models: Any) -> None:
    general, chat = shipped_models
    detector = Detector(RuleWatcher(DEFAULT_RULES_DIR), general, chat_model=chat)
    lowered = 0
    for text in texts():
        first, second = scam_score(chat, text), scam_score(general, text)
        expected = first if first < SECOND_OPINION_FROM else min(first, second)
        assert detector.check(text).model_score == pytest.approx(expected, abs=1e-4), text
        lowered += second < first and first >= SECOND_OPINION_FROM
    assert lowered > 0, "the general model never overruled the chat model: the sample proves nothing"


def test_the_second_opinion_changes_what_is_flagged(shipped_models: Any) -> None:
    """Each model alone flags messages the pair lets pass, and the pair flags nothing neither would: the pairing
    is what the README's figures measure."""
    general, chat = shipped_models
    rules = RuleWatcher(DEFAULT_RULES_DIR)
    pair = Detector(rules, general, chat_model=chat)
    sample = texts(every=1)
    flagged = {
        name: {t for t in sample if Detector(rules, model).check(t).action != "ignore"}
        for name, model in (("general", general), ("chat", chat))
    }
    both = {t for t in sample if pair.check(t).action != "ignore"}
    assert both <= flagged["general"] | flagged["chat"]
    assert len(both) < len(flagged["general"]) and len(both) < len(flagged["chat"])


def test_without_a_chat_model_the_general_model_speaks_alone(shipped_models: Any, tmp_path: Path) -> None:
    general, _ = shipped_models
    for name in ("model.json", "weights.npz"):
        (tmp_path / name).write_bytes((DEFAULT_MODEL_DIR / name).read_bytes())
    detector = Detector.load(model_dir=tmp_path)
    assert detector.chat_model is None
    for text in texts()[:40]:
        assert detector.check(text).model_score == pytest.approx(scam_score(general, text), abs=1e-4)
    assert (DEFAULT_MODEL_DIR / CHAT_MODEL_SUBDIR / "model.json").exists()
