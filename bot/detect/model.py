"""The trained text classifier: jieba words + character n-grams, a linear model, calibrated scam probability.

scikit-learn trains it (`train_model`); the artifact is plain JSON + a numpy `.npz` (loaded with
`allow_pickle=False`), so loading a model file can never execute code. Inference is a small
hand-written sparse dot product that reproduces sklearn's tf-idf + logistic regression exactly (a test
checks this) because sklearn's per-call overhead is larger than our whole per-message budget.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import marshal
import math
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jieba
import numpy as np

from bot.detect.verdict import CATEGORIES

FORMAT_VERSION = 1
META_FILE = "model.json"
WEIGHTS_FILE = "weights.npz"
# Vocabulary size: the most frequent features (bot/training.py keeps fewer for the group-chat model).
MAX_FEATURES = 60000
_SKIP = frozenset(" \t\r\n，。！？、：；,.!?:;\"'“”‘’（）()【】[]《》<>…~-—_*#@")

jieba.setLogLevel(60)


def load_jieba(tokenizer: jieba.Tokenizer | None = None) -> None:
    """Start jieba's default tokenizer. jieba reads its 9 MB dictionary cache with `marshal.load(file)`,
    which unmarshals through many small file reads (~1 s here); the same bytes read at once and given to
    `marshal.loads` take ~0.4 s. Same file, same dictionary; without a usable cache, jieba's own start
    (which builds the cache) runs."""
    tokenizer = tokenizer or jieba.dt
    if tokenizer.initialized:
        return
    with tokenizer.lock:
        cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / (tokenizer.cache_file or "jieba.cache")
        if tokenizer.dictionary is jieba.DEFAULT_DICT and cache.is_file():
            try:
                freq, total = marshal.loads(cache.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                pass  # jieba's own start rebuilds it
            else:
                if isinstance(freq, dict) and isinstance(total, int) and freq:
                    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
                    return
    tokenizer.initialize()


_SKIP_RE = re.compile("[" + re.escape("".join(sorted(_SKIP))) + r"\s]+")


def tokens(normalised: str) -> list[str]:
    """Features of one normalised message: jieba words (marked with a leading NUL, which normalised
    text never contains) and the message's character 2- and 3-grams as they are."""
    feats = ["\0" + w for w in jieba.lcut(normalised, HMM=False) if w not in _SKIP and not w.isspace()]
    compact = _SKIP_RE.sub("", normalised)
    feats += [compact[i : i + 2] for i in range(len(compact) - 1)]
    feats += [compact[i : i + 3] for i in range(len(compact) - 2)]
    return feats


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class TextModel:
    """A loaded model: per-token class weights (already multiplied by idf) and a Platt calibration."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (n_features,)
    coef: np.ndarray  # (n_classes, n_features)
    intercept: np.ndarray  # (n_classes,)
    platt_a: float
    platt_b: float
    # The idf a feature outside the vocabulary counts with in the message's l2 norm (0: not counted).
    unseen_idf: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.classes) != len(CATEGORIES):
            raise ValueError(f"model has classes {self.classes}, expected the four categories")
        # token -> (idf², class weights * idf...): one dict lookup per token at inference time.
        rows = (self.coef * self.idf).T
        self._table = {token: (float(self.idf[j]) ** 2, *map(float, rows[j])) for token, j in self.vocabulary.items()}
        self._bias = [float(b) for b in self.intercept]
        self._unseen_idf2 = float(self.unseen_idf) ** 2

    def class_probabilities(self, normalised: str) -> dict[str, float]:
        return self.probabilities_of(Counter(tokens(normalised)))

    def probabilities_of(self, counts: Counter[str]) -> dict[str, float]:
        """Class probabilities of a message's feature counts (`tokens`; two models share one count).

        Exactly sklearn's sublinear tf-idf, l2 norm and multinomial softmax, in plain Python: for a
        message's ~100 features this beats numpy's per-call overhead (measured: numpy was slower).
        Features are summed column-wise as if each occurred once (C-level `zip`/`sum`); the few that
        repeat are then corrected to their sublinear weight 1 + log(count). Unrolled for the four
        categories (checked at load)."""
        get = self._table.get
        rows = list(filter(None, map(get, counts)))
        unseen = float(len(counts) - len(rows))  # sum of tf² over unknown features, before repeats
        norm2 = a0 = a1 = a2 = a3 = 0.0
        if rows:
            idf2s, c0, c1, c2, c3 = zip(*rows, strict=True)
            norm2, a0, a1, a2, a3 = sum(idf2s), sum(c0), sum(c1), sum(c2), sum(c3)
        for token, count in counts.items():
            if count > 1:
                tf = 1.0 + math.log(count)
                row = get(token)
                if row is None:
                    unseen += tf * tf - 1.0
                    continue
                idf2, w0, w1, w2, w3 = row
                extra = tf - 1.0
                norm2 += (tf * tf - 1.0) * idf2
                a0 += extra * w0
                a1 += extra * w1
                a2 += extra * w2
                a3 += extra * w3
        norm2 += unseen * self._unseen_idf2
        scale = 1.0 / math.sqrt(norm2) if norm2 > 0 else 0.0
        b0, b1, b2, b3 = self._bias
        logits = (b0 + a0 * scale, b1 + a1 * scale, b2 + a2 * scale, b3 + a3 * scale)
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def scam_probability(self, class_probs: dict[str, float]) -> float:
        """Calibrated P(scam), from the uncalibrated 1 - P(benign)."""
        raw = 1.0 - class_probs["benign"]
        return calibrate(raw, self.platt_a, self.platt_b)

    @classmethod
    def load(cls, directory: Path) -> TextModel:
        load_jieba()
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"{directory / META_FILE}: unsupported model format {meta.get('format')!r}")
        with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as weights:
            idf, coef, intercept = weights["idf"], weights["coef"], weights["intercept"]
        vocabulary = {token: i for i, token in enumerate(meta.pop("features"))}
        return cls(
            classes=tuple(meta["classes"]),
            vocabulary=vocabulary,
            idf=idf.astype(np.float64),
            coef=coef.astype(np.float64),
            intercept=intercept.astype(np.float64),
            platt_a=float(meta["platt"]["a"]),
            platt_b=float(meta["platt"]["b"]),
            unseen_idf=float(meta.get("unseen_idf", 0.0)),
            meta=meta,
        )


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def calibrate(raw: float, a: float, b: float) -> float:
    return 1.0 / (1.0 + math.exp(-(a * _logit(raw) + b)))


class WholeMessageTfidf:
    """sklearn's sublinear tf-idf, except that the l2 norm may run over the whole message: features outside
    the vocabulary count in it at `unseen_weight` times the largest idf (that of a feature seen once), with no
    class weight. 0 is sklearn's own norm.

    sklearn's norm covers only the features the model knows, so a message that is mostly unfamiliar (an SMS
    advert in a register the corpus lacks) has its few familiar features scaled up to full weight and is
    judged as confidently as one the model knows well. Counting the unknown part makes such a message lean
    towards the prior instead. `train_model` can choose the weight by grouped cross-validation; `train`
    fixes it (bot/training.py, `UNSEEN_WEIGHTS`, says why).

    Documents are token lists (`tokens` of a normalised text): `train_model` tokenises each message once,
    not once per fold and setting. get_params/set_params are written out instead of inheriting sklearn's
    BaseEstimator, so that importing this module (every detector start) does not import sklearn."""

    def __init__(self, min_df: int = 2, max_features: int = MAX_FEATURES, unseen_weight: float = 0.0) -> None:
        self.min_df = min_df
        self.max_features = max_features
        self.unseen_weight = unseen_weight

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {"min_df": self.min_df, "max_features": self.max_features, "unseen_weight": self.unseen_weight}

    def set_params(self, **params: Any) -> WholeMessageTfidf:
        for key, value in params.items():
            setattr(self, key, value)
        return self

    def fit(self, docs: Sequence[list[str]], y: Any = None) -> WholeMessageTfidf:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer_ = TfidfVectorizer(
            analyzer=_as_given,
            sublinear_tf=True,
            min_df=self.min_df,
            max_features=self.max_features,
            norm=None,
            dtype=np.float64,
        ).fit(docs)
        self.unseen_idf_ = self.unseen_weight * float(self.vectorizer_.idf_.max())
        return self

    def transform(self, docs: Sequence[list[str]]) -> Any:
        from scipy.sparse import diags

        vocabulary = self.vectorizer_.vocabulary_
        raw = self.vectorizer_.transform(docs)
        unseen = np.array(
            [
                sum((1.0 + math.log(n)) ** 2 for token, n in Counter(doc).items() if token not in vocabulary)
                for doc in docs
            ]
        )
        norms = np.sqrt(np.asarray(raw.multiply(raw).sum(axis=1)).ravel() + unseen * self.unseen_idf_**2)
        norms[norms == 0] = 1.0
        return diags(1.0 / norms) @ raw

    def fit_transform(self, docs: Sequence[list[str]], y: Any = None) -> Any:
        return self.fit(docs).transform(docs)


def _as_given(doc: list[str]) -> list[str]:
    return doc


def train_model(
    texts: Sequence[str],
    categories: Sequence[str],
    groups: Sequence[str],
    *,
    weights: Sequence[float] | None = None,
    c_grid: Sequence[float] = (4.0, 16.0, 64.0),
    unseen_grid: Sequence[float] = (0.0, 0.5, 1.0),
    max_features: int = MAX_FEATURES,
) -> tuple[TextModel, dict[str, Any]]:
    """Fit tf-idf + multinomial logistic regression on normalised texts.

    Messages written from one template are alike, so cross-validation keeps each template family
    (`groups`) in one fold: the regularisation strength is chosen, and the Platt calibration fitted,
    on predictions for phrasings the model has not seen, which is what it meets in real groups. The
    returned `sklearn_pipeline` takes token lists (`tokens` of each normalised text)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    unknown = set(categories) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories in training data: {sorted(unknown)}")
    docs, labels = [tokens(text) for text in texts], list(categories)
    is_scam = np.array([cat != "benign" for cat in labels], dtype=float)

    def pipeline(params: tuple[float, float]) -> Any:
        c, unseen = params
        return make_pipeline(
            WholeMessageTfidf(max_features=max_features, unseen_weight=unseen),
            LogisticRegression(C=c, max_iter=2000, class_weight="balanced"),
        )

    folds = GroupKFold(n_splits=5)
    search: dict[tuple[float, float], tuple[float, np.ndarray]] = {}
    classes = sorted(set(labels))
    fit_params = {} if weights is None else {"logisticregression__sample_weight": np.asarray(weights, dtype=float)}
    for params in itertools.product(c_grid, unseen_grid):
        oof = cross_val_predict(
            pipeline(params), docs, labels, groups=list(groups), cv=folds, method="predict_proba", params=fit_params
        )
        raw = 1.0 - oof[:, classes.index("benign")]
        search[params] = (float(log_loss(is_scam, np.clip(raw, 1e-6, 1 - 1e-6))), raw)
    best = min(search, key=lambda params: search[params][0])
    raw = search[best][1]
    platt = LogisticRegression(C=1e6).fit(np.array([[_logit(r)] for r in raw]), is_scam)
    fitted = pipeline(best).fit(docs, labels, **fit_params)
    whole, classifier = fitted.steps[0][1], fitted.steps[1][1]
    vectorizer = whole.vectorizer_
    features = [""] * len(vectorizer.vocabulary_)
    for token, index in vectorizer.vocabulary_.items():
        features[index] = token
    model = TextModel(
        classes=tuple(str(x) for x in classifier.classes_),
        vocabulary=dict(vectorizer.vocabulary_),
        idf=vectorizer.idf_.astype(np.float64),
        coef=classifier.coef_.astype(np.float64),
        intercept=classifier.intercept_.astype(np.float64),
        platt_a=float(platt.coef_[0][0]),
        platt_b=float(platt.intercept_[0]),
        unseen_idf=whole.unseen_idf_,
    )
    selection = {
        "C": best[0],
        "unseen_weight": best[1],
        "grouped_cv_log_loss": {f"C={c} unseen={u}": round(v[0], 4) for (c, u), v in search.items()},
    }
    return model, {"features": features, "sklearn_pipeline": fitted, "selection": selection}


def save_model(model: TextModel, features: list[str], directory: Path, meta: dict[str, Any]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        directory / WEIGHTS_FILE,
        idf=model.idf.astype(np.float32),
        coef=model.coef.astype(np.float32),
        intercept=model.intercept.astype(np.float32),
    )
    body = {
        "format": FORMAT_VERSION,
        "classes": list(model.classes),
        "platt": {"a": model.platt_a, "b": model.platt_b},
        "unseen_idf": model.unseen_idf,
        **meta,
        "features": features,
    }
    (directory / META_FILE).write_text(json.dumps(body, ensure_ascii=False, indent=0), encoding="utf-8")
