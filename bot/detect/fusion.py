"""Combine rule hits, the model, extracted accounts and known-bad indicators into one Verdict."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.detect.rule_schema import LIVE_ID_PREFIXES
from bot.detect.verdict import SCAM_CATEGORIES, Action, Category, Entities, RuleHit, Verdict


@dataclass(frozen=True)
class Thresholds:
    """Decision points on the 0-1 score. The runtime fills them from settings (SENTINEL_*_THRESHOLD)."""

    warn: float = 0.5
    escalate: float = 0.8
    # A victim report is escalated from the warn threshold on: money may still be stopped.
    victim_escalate: float = 0.5
    # Below this model probability (benign more likely than not) the model may overrule keyword rules for
    # offers (see `combine`).
    model_veto: float = 0.5
    # With no rule behind it, the model alone must reach this to flag: ads and service SMS in a register
    # it half-knows ("尊敬的用户…点击领取") reach 0.5-0.7 without a single scam pattern in them.
    model_alone: float = 0.7
    # ...except for a victim report, flagged (and escalated) by the model alone from this score: a missed victim
    # is the costliest error (README "Quality" gives the measured trade-off of raising it).
    victim_model_alone: float = 0.5
    # Below this model probability (20 to 1 benign) even a weak victim-report rule may be overruled: a bare
    # "被骗了" is said as often of a neighbour's aunt two years ago, or in "被骗了第一时间打110", as by a victim.
    victim_veto: float = 0.05


@dataclass(frozen=True)
class Evidence:
    rule_hits: Sequence[RuleHit]
    model_score: float | None  # calibrated P(scam); None when running rules-only
    model_classes: dict[str, float]
    entities: Entities
    known_bad: Sequence[str]
    boost: float = 0.0


ALLOW_LOGIT_SCALE = 4.0
# A scam kind is named only with this much support: below it, the largest of the model's near-zero class
# probabilities is noise (a known-bad account in an ordinary message is then "other fraud").
MIN_CATEGORY_SUPPORT = 0.05
# A victim-report rule this weak is a hint, not a report ("他就把我删了" with no word of payment: residents
# say it of a seller they refused): it does not shield offer rules from the model's veto.
VICTIM_HINT_WEIGHT = 0.35
# Victim rules up to this weight ("被骗了", "买口罩付了钱") are phrases, not reports: below `victim_veto` the model
# may overrule them. Stronger ones (paid AND blocked, an amount AND vanished) are never overruled.
VICTIM_PHRASE_WEIGHT = 0.5


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def _noisy_or(weights: Sequence[float]) -> float:
    miss = 1.0
    for w in weights:
        miss *= 1.0 - min(max(w, 0.0), 1.0)
    return 1.0 - miss


def combine(ev: Evidence, thresholds: Thresholds) -> Verdict:
    positive = [h for h in ev.rule_hits if h.weight > 0]
    allow = [h for h in ev.rule_hits if h.weight < 0]
    p_rules = _noisy_or(_strongest_per_category(positive))
    p_model = ev.model_score or 0.0
    score = 1.0 - (1.0 - p_rules) * (1.0 - p_model)
    if allow:
        # Official notices and warnings shift the score down in log-odds: a borderline message drops
        # well below the warn line, while overwhelming evidence (a scammer quoting "反诈中心") survives.
        shift = ALLOW_LOGIT_SCALE * sum(max(hit.weight, -1.0) for hit in allow)
        score = _sigmoid(_logit(score) + shift)
    if (
        positive
        and ev.model_score is not None
        and all(_vetoable(hit, ev.model_score, thresholds) for hit in positive)
        and ev.model_score < thresholds.model_veto
    ):
        # Keyword rules fire on words, and warnings and retold near misses use the scam's own words
        # ("凡是让你先付款的口罩都别买"); several rules then fire on the same few words and their noisy-OR
        # counts them as independent evidence. A model trained on thousands of such hard negatives that judges
        # the message benign shifts the score down by how far it is below `model_veto`. Not when a
        # victim-report rule fired (a missed victim is the costliest error: the money may still be stopped), nor
        # for keywords officers or the county centre added: they are news the model has never seen.
        score = _sigmoid(_logit(score) + _logit(ev.model_score) - _logit(thresholds.model_veto))
    if score > 0.05:
        score = min(1.0, score + ev.boost)
    category = _category(positive, ev.model_classes)
    strongest_first = sorted(positive, key=lambda h: -h.weight) + sorted(allow, key=lambda h: h.weight)
    reasons = list(dict.fromkeys(hit.reason for hit in strongest_first))
    if ev.model_score is not None:
        reasons.append(f"模型评分 {ev.model_score:.2f}")
    if ev.known_bad:
        score = max(score, 0.99)
        reasons.insert(0, "含已确认的涉诈账号：" + "、".join(ev.known_bad))
        if category == "benign":
            category = "other_fraud"
    action = _action(score, category, bool(ev.known_bad), bool(positive), thresholds)
    return Verdict(
        action=action,
        label="benign" if action == "ignore" else "scam",
        category=category if action != "ignore" else "benign",
        score=round(score, 4),
        reasons=reasons,
        entities=ev.entities,
        rule_hits=list(ev.rule_hits),
        model_score=round(p_model, 4),
        known_bad=list(ev.known_bad),
    )


def _strongest_per_category(positive: Sequence[RuleHit]) -> list[float]:
    """Rules of one kind are mostly nested views of the same words ("口罩+现货+先付款" ⊃ "口罩+先付款" ⊃
    "口罩+现货"): counting each as independent evidence made one offer read as near-certain and drowned any
    allow pattern. A kind counts once, by its strongest rule; different kinds still add up."""
    strongest: dict[str, float] = {}
    for hit in positive:
        strongest[hit.category] = max(hit.weight, strongest.get(hit.category, 0.0))
    return list(strongest.values())


def _vetoable(hit: RuleHit, model_score: float, t: Thresholds) -> bool:
    if hit.rule_id.startswith(LIVE_ID_PREFIXES):
        return False
    if hit.category != "victim_report" or hit.weight < VICTIM_HINT_WEIGHT:
        return True
    return hit.weight <= VICTIM_PHRASE_WEIGHT and model_score < t.victim_veto


def _category(positive: Sequence[RuleHit], model_classes: dict[str, float]) -> Category:
    """The scam kind: rule weight and model probability per category, strongest wins."""
    support: dict[Category, float] = {cat: model_classes.get(cat, 0.0) for cat in SCAM_CATEGORIES}
    for hit in positive:
        if hit.category in support:
            support[hit.category] = 1.0 - (1.0 - support[hit.category]) * (1.0 - hit.weight)
    best = max(SCAM_CATEGORIES, key=lambda cat: support[cat])
    return best if support[best] >= MIN_CATEGORY_SUPPORT else "benign"


def _action(score: float, category: Category, known_bad: bool, ruled: bool, t: Thresholds) -> Action:
    if known_bad:
        return "escalate"
    if not ruled and score < (t.victim_model_alone if category == "victim_report" else t.model_alone):
        return "ignore"  # the model alone, below the line it must reach
    if score >= t.escalate:
        return "escalate"
    if category == "victim_report" and score >= t.victim_escalate:
        return "escalate"
    if score >= t.warn:
        return "warn"
    return "ignore"
