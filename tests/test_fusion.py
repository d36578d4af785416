"""Fusion: how rule hits, the model score, accounts and indicators become an action."""

from bot.detect.fusion import Evidence, Thresholds, combine
from bot.detect.verdict import RuleHit, empty_entities

T = Thresholds(warn=0.5, escalate=0.8)


def hit(weight: float, category: str = "mask_scam", rule_id: str = "r") -> RuleHit:
    return RuleHit(rule_id, category, weight, f"reason {rule_id}")  # type: ignore[arg-type]


def evidence(hits: list[RuleHit], model: float | None = 0.0, classes: dict[str, float] | None = None, **kw: object):
    return Evidence(hits, model, classes or {}, empty_entities(), kw.pop("known_bad", []), **kw)  # type: ignore[arg-type]


def test_rules_of_one_kind_count_once_and_kinds_add_up() -> None:
    """Nested offer rules ("口罩+现货+先付款" ⊃ "口罩+先付款" ⊃ "口罩+现货") are one piece of evidence: an allow
    pattern outweighs them as it would outweigh the strongest alone; a rule of another kind adds evidence."""
    shop = [hit(0.9, rule_id="stock_pay"), hit(0.8, rule_id="pay"), hit(0.6, rule_id="private"), hit(-0.8, "benign")]
    alone = [hit(0.9, rule_id="stock_pay"), hit(-0.8, "benign")]
    assert combine(evidence(shop, None), T).score == combine(evidence(alone, None), T).score < 0.5
    two_kinds = [hit(0.5, "mask_scam", "a"), hit(0.5, "other_fraud", "b")]
    assert combine(evidence(two_kinds, None), T).score == 0.75


def test_a_bare_cheated_phrase_yields_to_a_confident_model_but_a_report_never_does() -> None:
    """A bare "被骗了" (weight 0.5) is said of a neighbour's aunt as often as by a victim: when the model is 20 to 1
    sure the message is benign it overrules it. Paid-and-blocked (0.85) is never overruled."""
    phrase = [hit(0.5, "victim_report", "victim_says_cheated")]
    assert combine(evidence(phrase, 0.01), T).action == "ignore"
    assert combine(evidence(phrase, 0.2), T).action == "escalate"  # the model unsure: the victim rule stands
    assert combine(evidence(phrase, 0.01), Thresholds(victim_veto=0.0)).action == "escalate"
    report = [hit(0.85, "victim_report", "victim_paid_then_gone")]
    assert combine(evidence(report, 0.0001), T).action == "escalate"


def test_nothing_is_ignored() -> None:
    v = combine(evidence([], 0.01), T)
    assert (v.action, v.label, v.category) == ("ignore", "benign", "benign")


def test_strong_rule_warns_and_names_its_reason() -> None:
    v = combine(evidence([hit(0.6, rule_id="mask.pay_first")], 0.3), T)
    assert v.action == "warn" and v.category == "mask_scam"
    assert "reason mask.pay_first" in v.reasons


def test_rules_and_model_add_up_to_escalate() -> None:
    assert combine(evidence([hit(0.6)], 0.6), T).action == "escalate"


def test_allow_pattern_damps_a_strong_rule() -> None:
    v = combine(evidence([hit(0.6), hit(-0.8, "benign", "allow.official")], 0.05), T)
    assert v.action == "ignore"


def test_victim_report_escalates_from_the_warn_threshold() -> None:
    v = combine(evidence([hit(0.55, "victim_report")], 0.0), T)
    assert v.action == "escalate" and v.category == "victim_report"


def test_known_bad_account_always_escalates() -> None:
    v = combine(evidence([], 0.0, known_bad=["13812345678"]), T)
    assert v.action == "escalate" and v.score >= 0.99 and v.known_bad == ["13812345678"]


def test_category_follows_the_model_when_no_rule_names_one() -> None:
    classes = {"benign": 0.1, "mask_scam": 0.1, "victim_report": 0.1, "other_fraud": 0.7}
    v = combine(evidence([], 0.9, classes), T)
    assert v.action == "escalate" and v.category == "other_fraud"


def test_newcomer_boost_lifts_a_borderline_message_only() -> None:
    assert combine(evidence([hit(0.4)], None, boost=0.15), T).action == "warn"
    assert combine(evidence([], 0.01, boost=0.15), T).action == "ignore"


def test_thresholds_come_from_config() -> None:
    strict = Thresholds(warn=0.3, escalate=0.35)
    assert combine(evidence([hit(0.4)], None), strict).action == "escalate"
    assert combine(evidence([hit(0.9)], 0.2), T).action == "warn"
    assert combine(evidence([hit(0.9)], 0.2), Thresholds(model_veto=0.01)).action == "escalate"


def test_a_confident_model_overrules_keyword_rules_on_offers() -> None:
    """Warnings use the scam's words, so offer rules fire on them; the model, trained on such warnings, vetoes."""
    stacked = [hit(0.8, rule_id="pay_first"), hit(0.6, rule_id="stock"), hit(0.5, rule_id="private")]
    assert combine(evidence(stacked, 0.005), T).action == "ignore"
    assert combine(evidence(stacked, 0.5), T).action == "escalate"
    # just below the veto line the shift is small: the rules still decide
    assert combine(evidence([hit(0.8)], 0.49), T).action == "escalate"


def test_the_model_never_overrules_a_victim_report_rule() -> None:
    v = combine(evidence([hit(0.6, "victim_report"), hit(0.5)], 0.01), T)
    assert v.action == "escalate" and v.category == "victim_report"


def test_a_weak_victim_hint_does_not_shield_offer_rules() -> None:
    """A lone "他就把我删了" is what a resident says of a seller they refused: no payment, no report."""
    refused = [hit(0.6, rule_id="private_contact"), hit(0.3, "victim_report", "victim_blocked")]
    assert combine(evidence(refused, 0.03), T).action == "ignore"
    assert combine(evidence(refused, 0.6), T).action == "escalate"


def test_one_word_messages_are_left_to_the_rules() -> None:
    from bot.detect import Detector

    detector = Detector.load()
    for word in ("口罩", "N95", "酒精"):
        verdict = detector.check(word)
        assert verdict.action == "ignore" and verdict.model_score == 0.0, (word, verdict)
    assert detector.check("N95口罩现货，先付款后发货").action != "ignore"


def test_the_model_never_overrules_keywords_officers_or_packs_added() -> None:
    for rule_id in ("runtime:量子鞋垫", "pack:pension-2023@1:kw:养老项目"):
        assert combine(evidence([hit(0.7, "other_fraud", rule_id)], 0.01), T).action == "warn", rule_id
    assert combine(evidence([hit(0.7, "other_fraud", "file_rule")], 0.01), T).action == "ignore"


def test_the_model_alone_needs_more_than_the_warn_line() -> None:
    ad = {"benign": 0.45, "mask_scam": 0.05, "victim_report": 0.0, "other_fraud": 0.5}
    assert combine(evidence([], 0.55, ad), T).action == "ignore"
    assert combine(evidence([hit(0.1)], 0.55, ad), T).action == "warn"  # any rule behind it
    assert combine(evidence([], 0.75, ad), T).action == "warn"
    assert combine(evidence([], 0.55, ad), Thresholds(warn=0.5, escalate=0.8, model_alone=0.5)).action == "warn"


def test_the_model_alone_still_escalates_a_victim_from_the_warn_line() -> None:
    victim = {"benign": 0.45, "mask_scam": 0.0, "victim_report": 0.55, "other_fraud": 0.0}
    v = combine(evidence([], 0.55, victim), T)
    assert v.action == "escalate" and v.category == "victim_report"
    # an operator who would rather have fewer false pings raises SENTINEL_VICTIM_MODEL_ALONE
    assert combine(evidence([], 0.55, victim), Thresholds(victim_model_alone=0.7)).action == "ignore"
    assert combine(evidence([], 0.75, victim), Thresholds(victim_model_alone=0.7)).action == "escalate"


def test_a_known_bad_account_in_ordinary_text_is_other_fraud_not_noise() -> None:
    noise = {"benign": 0.99, "mask_scam": 0.004, "victim_report": 0.003, "other_fraud": 0.003}
    v = combine(evidence([], 0.01, noise, known_bad=["13700002222"]), T)
    assert v.action == "escalate" and v.category == "other_fraud"
