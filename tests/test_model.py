"""The model: our fast inference equals scikit-learn's, the artifact round-trips safely, and the
committed artifact was trained on the committed data."""

import json
from pathlib import Path

import jieba
import numpy as np
import pytest

from bot.datasets import BLIND_DIR, HANDWRITTEN_DIR, PROBES_DIR, TRAIN_FILE, Labelled
from bot.detect.detector import CHAT_MODEL_SUBDIR
from bot.detect.model import (
    META_FILE,
    WEIGHTS_FILE,
    TextModel,
    load_jieba,
    save_model,
    tokens,
    train_model,
)
from bot.detect.normalise import normalise
from bot.training import data_files, load_split

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "bot" / "detect" / "model_data"


@pytest.fixture(scope="module")
def small() -> tuple[TextModel, dict, list[str]]:
    rows, errors = load_split(TRAIN_FILE)
    assert not errors
    picked: list[Labelled] = rows[::8]
    texts = [normalise(r.text) for r in picked]
    model, parts = train_model(
        texts,
        [r.category or "benign" for r in picked],
        [r.family or "" for r in picked],
        c_grid=(1.0,),
        unseen_grid=(1.0,),
    )
    return model, parts, texts


def test_sample_weights_reach_the_fit() -> None:
    """Hand-written rows are weighted (training.HANDWRITTEN_WEIGHT): weighting the scam rows up must raise the
    model's scam probability on a scam it was trained on, in cross-validation and in the final fit alike."""
    rows, _ = load_split(TRAIN_FILE)
    picked = rows[::24]
    texts = [normalise(r.text) for r in picked]
    categories = [r.category or "benign" for r in picked]
    groups = [r.family or "" for r in picked]
    scam = next(t for t, c in zip(texts, categories, strict=True) if c == "mask_scam")

    def p_scam(scam_weight: float) -> float:
        weights = [scam_weight if c != "benign" else 1.0 for c in categories]
        model, _ = train_model(texts, categories, groups, weights=weights, c_grid=(1.0,), unseen_grid=(1.0,))
        return 1 - model.class_probabilities(scam)["benign"]

    assert p_scam(4.0) > p_scam(1.0) > p_scam(0.25)


def test_fast_inference_matches_sklearn(small: tuple[TextModel, dict, list[str]]) -> None:
    model, parts, texts = small
    pipeline = parts["sklearn_pipeline"]
    probe = [*texts[:40], "完全没见过的一句话", "", "口罩"]
    expected = pipeline.predict_proba([tokens(text) for text in probe])
    for text, row in zip(probe, expected, strict=True):
        got = model.class_probabilities(text)
        assert [got[c] for c in model.classes] == pytest.approx(list(row), abs=1e-9)


def test_artifact_round_trip(tmp_path: Path, small: tuple[TextModel, dict, list[str]]) -> None:
    model, parts, texts = small
    save_model(model, parts["features"], tmp_path, {"note": "test"})
    loaded = TextModel.load(tmp_path)
    assert loaded.meta["note"] == "test" and loaded.classes == model.classes
    for text in texts[:30]:
        a, b = model.class_probabilities(text), loaded.class_probabilities(text)
        assert [a[c] for c in model.classes] == pytest.approx([b[c] for c in model.classes], abs=1e-4)


def test_loading_never_unpickles(tmp_path: Path, small: tuple[TextModel, dict, list[str]]) -> None:
    model, parts, _ = small
    save_model(model, parts["features"], tmp_path, {})
    np.savez(
        tmp_path / WEIGHTS_FILE, idf=np.array([object()], dtype=object), coef=model.coef, intercept=model.intercept
    )
    with pytest.raises(ValueError, match="pickle"):
        TextModel.load(tmp_path)


def test_unknown_format_is_refused(tmp_path: Path, small: tuple[TextModel, dict, list[str]]) -> None:
    model, parts, _ = small
    save_model(model, parts["features"], tmp_path, {})
    meta = json.loads((tmp_path / META_FILE).read_text(encoding="utf-8"))
    meta["format"] = 99
    (tmp_path / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="unsupported model format"):
        TextModel.load(tmp_path)


def test_calibrated_probability_is_monotonic(small: tuple[TextModel, dict, list[str]]) -> None:
    model, _, _ = small
    raws = [0.01, 0.2, 0.5, 0.8, 0.99]
    calibrated = [model.scam_probability({"benign": 1 - r}) for r in raws]
    assert calibrated == sorted(calibrated) and all(0 < p < 1 for p in calibrated)


def test_committed_model_was_trained_on_committed_data() -> None:
    meta = json.loads((MODEL_DIR / META_FILE).read_text(encoding="utf-8"))
    files = meta["training_data"]["files"]
    assert files == data_files([TRAIN_FILE, HANDWRITTEN_DIR]), "data changed: run `python main.py train`"
    assert "train.jsonl" in files and any(name.startswith("handwritten/") for name in files)
    assert meta["training_data"]["feedback_rows"] == 0
    assert set(meta["dev_metrics"]) >= {"precision", "recall", "false_positive_rate"}


def test_committed_chat_model_was_trained_on_committed_data_and_never_on_the_blind_sets() -> None:
    meta = json.loads((MODEL_DIR / CHAT_MODEL_SUBDIR / META_FILE).read_text(encoding="utf-8"))
    files = meta["training_data"]["files"]
    assert files == data_files([TRAIN_FILE, HANDWRITTEN_DIR, PROBES_DIR]), "data changed: run `python main.py train`"
    assert any(name.startswith("probes/") for name in files)
    trained, _ = load_split(TRAIN_FILE, HANDWRITTEN_DIR, PROBES_DIR)
    blind, _ = load_split(BLIND_DIR)
    assert len(blind) >= 3600, "the blind sets are missing"
    seen = {normalise(row.text) for row in trained}
    twins = [row for row in blind if normalise(row.text) in seen]
    # Independent writers do write the same chit-chat ("收到", "👍👍👍", "晚安各位": 64 of 3,600 on 2026-11-30); a blind
    # set that had been trained on would be there whole, scams included.
    assert len(twins) < 0.03 * len(blind) and all(row.label == "benign" for row in twins), [r.text for r in twins]


JIEBA_SAMPLE = "口罩现货先付款后发货，社区团购明天到，请大家核对订单"


def test_fast_jieba_start_gives_jiebas_own_dictionary(tmp_path: Path) -> None:
    own = jieba.Tokenizer()
    own.tmp_dir = str(tmp_path)
    own.initialize()  # builds the dictionary and writes the cache the fast start reads
    fast = jieba.Tokenizer()
    fast.tmp_dir = str(tmp_path)

    def not_expected() -> None:
        raise AssertionError("the fast start fell back to jieba's own")

    fast.initialize = not_expected  # type: ignore[method-assign]
    load_jieba(fast)
    assert fast.initialized and fast.total == own.total and fast.FREQ == own.FREQ
    assert fast.lcut(JIEBA_SAMPLE, HMM=False) == own.lcut(JIEBA_SAMPLE, HMM=False)


def test_a_broken_jieba_cache_falls_back_to_jiebas_own_start(tmp_path: Path) -> None:
    (tmp_path / "jieba.cache").write_bytes(b"\x00not marshal")
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(tmp_path)
    load_jieba(tokenizer)
    assert tokenizer.initialized and len(tokenizer.FREQ) > 100_000
    assert "口罩" in tokenizer.lcut(JIEBA_SAMPLE, HMM=False)
