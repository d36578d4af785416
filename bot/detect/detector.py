"""The detector: text in, Verdict out. Pure: no network, no Redis; the runtime passes in what it knows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from bot.detect.entities import canonical_account, extract_entities
from bot.detect.fusion import Evidence, Thresholds, combine
from bot.detect.model import TextModel, tokens
from bot.detect.normalise import compact, fold, normalise
from bot.detect.rules import Rule, RuleSet, RuleWatcher
from bot.detect.verdict import Verdict

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_RULES_DIR = ROOT / "rules"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "model_data"
# The group-chat model's artifact, inside the model directory (`train` writes both).
CHAT_MODEL_SUBDIR = "chat"
# Below this scam score from the first model, the second is not asked: the message is judged benign already (at
# the default thresholds a score this low vetoes every rule the model may overrule, fusion.Thresholds), and the
# other's word could only lower it. Cross-validated, asking always gives the same figures (README "Quality").
SECOND_OPINION_FROM = 0.05
# Longer messages are judged on their first MAX_CHARS characters, so every check has a bounded cost.
# They are cut after invisible characters and runs of whitespace are dropped from a bounded window,
# so padding a scam with thousands of zero-width spaces does not push it out of sight.
MAX_CHARS = 4000
_WINDOW = 16 * MAX_CHARS
DEFAULT_THRESHOLDS = Thresholds()
# A message of one or two words ("口罩", "N95") gives the model a single feature, which l2-normalised
# carries full weight: too little evidence to judge by. Shorter messages are left to the rules.
MIN_MODEL_CHARS = 5
_WARM_UP = "口罩現貨，加V信 abc123"


class Detector:
    def __init__(
        self,
        rules: RuleWatcher,
        model: TextModel | None,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        chat_model: TextModel | None = None,
    ) -> None:
        self._watcher = rules
        self.model = model
        self.chat_model = chat_model
        self.thresholds = thresholds
        self._runtime_keywords: tuple[tuple[str, str], ...] = ()
        self._pack_rules: tuple[Rule, ...] = ()
        self._base: RuleSet | None = None
        self._rules: RuleSet = rules.rules

    @classmethod
    def load(
        cls,
        rules_dir: Path = DEFAULT_RULES_DIR,
        model_dir: Path | None = DEFAULT_MODEL_DIR,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        reload_interval_s: float = 1.0,
    ) -> Detector:
        """Load rules (raising `RuleLoadError` listing every file:line problem) and the models: the general one,
        and the group-chat one when `model_dir` holds it (`chat/`). `model_dir=None` gives the keyword-only
        baseline."""
        watcher = RuleWatcher(rules_dir, interval_s=reload_interval_s)
        model = chat_model = None
        if model_dir is not None:
            if not (model_dir / "model.json").exists():
                raise FileNotFoundError(f"no trained model in {model_dir}: run `python main.py train`")
            model = TextModel.load(model_dir)
            if (model_dir / CHAT_MODEL_SUBDIR / "model.json").exists():
                chat_model = TextModel.load(model_dir / CHAT_MODEL_SUBDIR)
        detector = cls(watcher, model, thresholds, chat_model)
        # jieba's dictionary and OpenCC load on first use (~1 s): pay that now, not on the first message
        # (which, with every event handled in order, would hold up the messages behind it too).
        detector.check(_WARM_UP)
        return detector

    @property
    def rules(self) -> RuleSet:
        self._watcher.maybe_reload()
        base = self._watcher.rules
        if base is not self._base:
            self._base = base
            rules = RuleSet(base.rules + self._pack_rules, base.runtime) if self._pack_rules else base
            self._rules = rules.with_runtime_keywords(self._runtime_keywords) if self._runtime_keywords else rules
        return self._rules

    def set_runtime_keywords(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Officer-added keywords as (word, category); effective for the next check."""
        self._runtime_keywords = tuple(pairs)
        self._base = None

    def set_pack_rules(self, rules: Iterable[Rule]) -> None:
        """Rules of the county centre's live packs (bot/packs.py builds them), after the file rules;
        replaces the previous pack rules; effective for the next check."""
        self._pack_rules = tuple(rules)
        self._base = None

    def check(self, text: str, known_bad: Collection[str] = frozenset(), boost: float = 0.0) -> Verdict:
        # normalise() folds first; folding before it is only needed to cut a long text where it is cut.
        norm = normalise(text if len(text) <= MAX_CHARS else fold(text[:_WINDOW])[:MAX_CHARS])
        entities = extract_entities(norm)
        hits = self.rules.match(norm)
        classes: dict[str, float] = {}
        model_score = None
        if self.model is not None and len(compact(norm)) >= MIN_MODEL_CHARS:
            classes, model_score = self._model_opinion(norm)
        bad = _known_bad(entities, known_bad) if known_bad else []
        return combine(Evidence(hits, model_score, classes, entities, bad, boost), self.thresholds)

    def _model_opinion(self, norm: str) -> tuple[dict[str, float], float]:
        """Class probabilities and scam score; with a group-chat model beside the general one, the more doubtful
        of the two.

        The general model knows SMS and the templates; the chat model has also read thousands of real-sounding
        group messages. Each alone flags what the other knows to be ordinary (the chat model: operators' SMS
        promotions; the general one: residents' retellings, buyers, shops' price lists), so a message reads as
        a scam only as far as both agree (README "Quality" has the measurements). The chat model speaks first:
        group chat is what the bot reads."""
        assert self.model is not None
        counts = Counter(tokens(norm))
        first, second = (self.chat_model, self.model) if self.chat_model is not None else (self.model, None)
        classes = first.probabilities_of(counts)
        score = first.scam_probability(classes)
        if second is not None and score >= SECOND_OPINION_FROM:
            other_classes = second.probabilities_of(counts)
            other_score = second.scam_probability(other_classes)
            if other_score < score:
                return other_classes, other_score
        return classes, score

    def check_many(self, texts: Iterable[str], known_bad: Collection[str] = frozenset()) -> list[Verdict]:
        return [self.check(text, known_bad) for text in texts]


def _known_bad(entities: dict[str, list[str]], known_bad: Collection[str]) -> Sequence[str]:
    seen: list[str] = []
    for kind, values in entities.items():
        if kind == "amounts":
            continue
        for value in values:
            if canonical_account(value) in known_bad and value not in seen:
                seen.append(value)
    return seen
