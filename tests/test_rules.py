"""The keyword-rule engine: the real rule files, the YAML format's error reports, runtime keywords,
hot reload. Texts are written already normalised (no punctuation, lowercase), as match() gets them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from loguru import logger

from bot.detect.regex_safety import regex_problem
from bot.detect.rules import (
    RUNTIME_KEYWORD_WEIGHT,
    RuleError,
    RuleLoadError,
    RuleSet,
    RuleWatcher,
    check_rules,
    load_rules,
)
from bot.detect.verdict import RuleHit

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "rules"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules(ROOT / "rules")


def ids(hits: list[RuleHit]) -> set[str]:
    return {hit.rule_id for hit in hits}


def write_rules(directory: Path, text: str, name: str = "rules.yaml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- the real rule files -------------------------------------------------------------------------


def test_real_rules_are_valid(rules: RuleSet) -> None:
    assert check_rules(ROOT / "rules") == []
    assert len(rules) >= 40


@pytest.mark.parametrize(
    ("text", "rule_id", "category"),
    [
        ("各位邻居kn95口罩现货需要的私聊先付款后发货", "mask_stock_pay_first", "mask_scam"),
        ("n95口罩转账到这个卡号马上发", "mask_pay_first", "mask_scam"),
        ("医用外科口罩有需要的加我微信", "mask_private_contact", "mask_scam"),
        ("口罩免费送只需付邮费", "mask_free_but_fee", "mask_scam"),
        ("八四消毒液到货啦!厂家直供,微信:abc123", "mask_private_contact", "mask_scam"),
        ("我在群里买口罩转了钱然后就被拉黑了", "victim_paid_then_gone", "victim_report"),
        ("我在群里买口罩转了500定金,现在人把我拉黑了", "victim_paid_amount_then_gone", "victim_report"),
        ("我已经付款了怎么办", "victim_paid_asks_help", "victim_report"),
        ("你涉嫌洗钱请配合调查把钱转到安全账户", "gov_safe_account", "other_fraud"),
        ("你涉嫌洗钱请配合调查下载这个软件", "gov_case_transfer", "other_fraud"),
        ("点赞返现刷单返利先垫付本金", "task_advance_money", "other_fraud"),
        ("贷款审批通过请先交解冻费", "loan_fee_first", "other_fraud"),
        ("您开通了百万保障不关闭会影响征信", "fake_service_ops", "other_fraud"),
        ("我换号了急用钱先帮我转5000", "impersonate_borrow", "other_fraud"),
        ("奶奶你孙子打伤了人被抓了要2万元私了", "relative_in_trouble", "other_fraud"),
        ("导师带单稳赚不赔", "invest_guaranteed", "other_fraud"),
        ("您的医保卡冻结请点击链接处理", "subsidy_link", "other_fraud"),
        ("你收到的验证码发给我一下", "sms_code_request", "other_fraud"),
    ],
)
def test_scam_messages_hit(rules: RuleSet, text: str, rule_id: str, category: str) -> None:
    hit = next((h for h in rules.match(text) if h.rule_id == rule_id), None)
    assert hit is not None, ids(rules.match(text))
    assert hit.category == category
    assert hit.weight >= 0.6
    assert hit.reason
    assert all(word in text for word in hit.matched)


@pytest.mark.parametrize(
    "text",
    [
        "社区免费发放口罩请凭身份证到居委会领取",
        "警方提醒网上卖口罩要求先转账的都是骗子",
        "您的验证码是123456切勿告诉他人",
        "公安机关没有安全账户接到电话说你涉嫌洗钱的都是诈骗",
        "反诈中心提醒刷单返利都是诈骗不要转账",
    ],
)
def test_official_notices_and_warnings_are_outweighed(rules: RuleSet, text: str) -> None:
    hits = rules.match(text)
    positive = [h.weight for h in hits if h.weight > 0]
    allow = [h.weight for h in hits if h.weight < 0]
    assert allow, "an allow pattern should recognise this text"
    assert all(h.category == "benign" for h in hits if h.weight < 0)
    assert max(positive, default=0.0) <= 0.3
    assert -sum(allow) > sum(positive)


@pytest.mark.parametrize(
    "text",
    ["明天天气不错大家出门记得戴口罩", "今晚小区停水请大家提前储水", "谁家孩子的自行车放在楼下了"],
)
def test_everyday_chat_hits_nothing_strong(rules: RuleSet, text: str) -> None:
    assert all(h.weight < 0.3 for h in rules.match(text))


def test_neighbour_sharing_where_masks_are_in_stock_is_weak(rules: RuleSet) -> None:
    hits = rules.match("楼下药店口罩有货了大家快去")
    assert ids(hits) == {"mask_supply_offer"}
    assert hits[0].weight < 0.5


def test_legit_sms_code_is_not_a_code_request(rules: RuleSet) -> None:
    assert "sms_code_request" not in ids(rules.match("您的验证码是123456切勿告诉他人"))
    assert "sms_code_request" in ids(rules.match("您的验证码是123456把验证码发给我"))


def test_co_occurrence_needs_both_sides(rules: RuleSet) -> None:
    assert "mask_pay_first" not in ids(rules.match("口罩大家注意戴好"))
    assert "mask_pay_first" not in ids(rules.match("房租要先付款"))
    assert "mask_pay_first" in ids(rules.match("口罩要先付款"))
    assert "victim_paid_then_gone" not in ids(rules.match("我转了钱给他"))
    assert "victim_paid_then_gone" not in ids(rules.match("他把我拉黑了"))


def test_none_words_switch_a_rule_off(rules: RuleSet) -> None:
    assert "mask_pay_first" in ids(rules.match("口罩要先付款"))
    assert "mask_pay_first" not in ids(rules.match("口罩要先付款的都是骗子"))


def test_regex_runs_only_with_its_keywords(rules: RuleSet) -> None:
    hit = next(h for h in rules.match("口罩2元1个") if h.rule_id == "mask_unit_price")
    assert hit.matched == ("口罩", "2元1个")
    assert "mask_unit_price" not in ids(rules.match("苹果2元1个"))


def test_matched_words_in_text_order(rules: RuleSet) -> None:
    hit = next(h for h in rules.match("先付款再发口罩") if h.rule_id == "mask_pay_first")
    assert hit.matched == ("先付款", "口罩")


# ---- the format ----------------------------------------------------------------------------------


def test_fixture_rules_set_references_regex_only_and_disabled() -> None:
    good = load_rules(FIXTURES / "good")
    assert ids(good.match("口罩先付款")) == {"goods_and_pay"}
    assert ids(good.match("消毒液付定金")) == {"goods_and_pay"}
    assert ids(good.match("卡号6222021234567890128")) == {"regex_only"}
    notice = good.match("居委会通知")
    assert notice == [RuleHit("notice", "benign", -0.5, "官方通知", ("居委会",))]


def test_keywords_are_folded_like_normalised_text(tmp_path: Path) -> None:
    write_rules(
        tmp_path,
        "rules:\n"
        "  - id: wide\n    category: mask_scam\n    reason: r\n    any: [Ｎ９５ 口罩]\n"
        "  - id: numeral\n    category: mask_scam\n    reason: r\n    any: [一次性口罩]\n"
        "  - id: plain_scalars\n    category: other_fraud\n    reason: r\n    any: [no, 84]\n",
    )
    rs = load_rules(tmp_path)
    assert ids(rs.match("买n95口罩")) == {"wide"}
    assert ids(rs.match("1次性口罩")) == {"numeral"}
    assert ids(rs.match("一次性口罩")) == {"numeral"}
    assert ids(rs.match("say no")) == {"plain_scalars"}
    assert ids(rs.match("84消毒液")) == {"plain_scalars"}


def test_weight_defaults_and_empty_sections(tmp_path: Path) -> None:
    write_rules(tmp_path, "allow:\nkeywords:\nrules:\n  - id: a\n    category: mask_scam\n    reason: r\n    any: x\n")
    assert load_rules(tmp_path).match("x") == [RuleHit("a", "mask_scam", 0.5, "r", ("x",))]


# ---- errors, with their file:line ----------------------------------------------------------------


def test_bad_yaml_is_reported_with_the_parsers_line_and_other_files_still_checked() -> None:
    d = FIXTURES / "bad_yaml"
    assert [str(e) for e in check_rules(d)] == [
        f"{d}/broken.yaml:6: YAML syntax error: expected ',' or ']', but got ':' "
        "(while parsing a flow sequence started on line 5)",
        f"{d}/other.yaml:3: unknown category 'masks' (expected one of: mask_scam, victim_report, other_fraud)",
    ]


def test_every_field_error_is_reported_at_once() -> None:
    d = FIXTURES / "bad_fields"
    f = f"{d}/rules.yaml"
    expected = [
        f"{f}:2: empty keyword",
        f"{f}:3: unknown section 'colour' (expected one of: keywords, rules, allow)",
        f"{f}:8: unknown keyword set '$nope' (define it under keywords:)",
        f"{f}:12: invalid regex: missing ), unterminated subpattern at position 0",
        f"{f}:16: regex may hang on some messages (catastrophic backtracking): "
        "a repeated group contains another unlimited repeat, like (a+)+ or (.*)*",
        f"{f}:17: this rule has no id:",
        f"{f}:20: rule 'no_condition' has no condition: give any:, all: and/or regex:",
        f"{f}:26: weight 1.5 out of range: under rules: it must be above 0 and at most 1",
        f"{f}:28: unknown rule field 'colour' "
        "(expected one of: id, category, reason, weight, any, all, none, regex, enabled, examples)",
        f"{f}:32: keyword '口罩，现货' contains '，': put one word per line, or separate words with an English comma",
        f"{f}:33: rule 'no_reason' has no reason:",
        f"{f}:40: weight 0.3 out of range: under allow: it must be from -1 up to (not including) 0",
    ]
    assert [str(e) for e in check_rules(d)] == expected
    with pytest.raises(RuleLoadError) as caught:
        load_rules(d)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value) == "\n".join(expected)
    assert caught.value.errors[0] == RuleError(f, 2, "empty keyword")


def test_duplicates_across_files_point_at_the_second_and_name_the_first() -> None:
    d = FIXTURES / "duplicate_id"
    assert [str(e) for e in check_rules(d)] == [
        f"{d}/b.yaml:7: duplicate rule id 'same' (first used at {d}/a.yaml:4)",
        f"{d}/b.yaml:12: keyword set 'goods' is already defined at {d}/a.yaml:2",
    ]


def test_an_example_that_does_not_trigger_its_rule_is_an_error() -> None:
    d = FIXTURES / "bad_example"
    assert [str(e) for e in check_rules(d)] == [
        f"{d}/rules.yaml:11: example does not trigger rule 'goods_and_pay': 口罩先转账",
    ]


def test_missing_or_empty_folder(tmp_path: Path) -> None:
    assert check_rules(tmp_path / "nope") == [RuleError(str(tmp_path / "nope"), 0, "rules folder not found")]
    assert check_rules(tmp_path) == [RuleError(str(tmp_path), 0, "no *.yaml rule files in this folder")]


def test_ids_of_live_rules_are_reserved(tmp_path: Path) -> None:
    """Officers' keywords and campaign packs are told apart by their id (the console's pack hits, the model
    never overruling them): a file rule may not pass for one."""
    rule = "  - id: {}\n    category: mask_scam\n    reason: r\n    any: [x]\n"
    write_rules(tmp_path, "rules:\n" + rule.format("runtime:a") + rule.format("pack:b@1:c"))
    assert [(e.line, e.message) for e in check_rules(tmp_path)] == [
        (2, "ids starting with 'runtime:' are reserved for officers' keywords and campaign packs"),
        (6, "ids starting with 'pack:' are reserved for officers' keywords and campaign packs"),
    ]


def test_misplaced_categories(tmp_path: Path) -> None:
    write_rules(
        tmp_path,
        "rules:\n  - id: a\n    category: benign\n    reason: r\n    any: [x]\n"
        "allow:\n  - id: b\n    category: mask_scam\n    weight: -0.5\n    reason: r\n    any: [y]\n",
    )
    messages = [e.message for e in check_rules(tmp_path)]
    assert messages == [
        "unknown category 'benign' (expected one of: mask_scam, victim_report, other_fraud) "
        "(benign patterns go under allow:)",
        "unknown category 'mask_scam' (expected one of: benign) (allow: entries are always benign)",
    ]


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+", r"(a|aa)*", r"(.*)*", r"(\w+\s?)+", r"(?:x+y)*z", r"((ab)*c)+", r"(a*)*$", "a" * 501],
)
def test_dangerous_regexes_are_refused(pattern: str) -> None:
    assert regex_problem(pattern) is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"口罩\d+元",
        r"(ab|a)+",
        r"(a|b)+",
        r"验证码.{0,10}(?:发给我|告诉我)",
        r"(ab|cd)*",
        r"(?:微信|qq)[a-z0-9_]{5,20}",
    ],
)
def test_ordinary_regexes_are_accepted(pattern: str) -> None:
    assert regex_problem(pattern) is None


# ---- runtime keywords ----------------------------------------------------------------------------


def test_runtime_keywords(rules: RuleSet) -> None:
    extended = rules.with_runtime_keywords(
        [("黄牛口罩", "mask_scam"), ("ＡＢＣ币", "other_fraud"), ("  ", "mask_scam"), ("x", "benign")]
    )
    hit = next(h for h in extended.match("有黄牛口罩") if h.rule_id.startswith("runtime:"))
    assert hit == RuleHit(
        "runtime:黄牛口罩", "mask_scam", RUNTIME_KEYWORD_WEIGHT, "命中民警添加的关键词「黄牛口罩」", ("黄牛口罩",)
    )
    assert "runtime:ＡＢＣ币" in ids(extended.match("买abc币"))
    assert ids(extended.match("x")) == set()
    assert not any(h.rule_id.startswith("runtime:") for h in rules.match("有黄牛口罩"))
    replaced = extended.with_runtime_keywords([("新词", "victim_report")])
    assert "runtime:黄牛口罩" not in ids(replaced.match("有黄牛口罩"))
    assert "runtime:新词" in ids(replaced.match("新词"))
    assert "mask_pay_first" in ids(replaced.match("口罩先付款"))


# ---- hot reload ----------------------------------------------------------------------------------


def _bump(path: Path, seconds: int) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds * 1_000_000_000))


def test_watcher_reloads_changed_files_and_keeps_old_rules_on_a_broken_save(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "good", tmp_path / "rules")
    rules_file = tmp_path / "rules" / "keywords.yaml"
    watcher = RuleWatcher(tmp_path / "rules", interval_s=0)
    assert not watcher.maybe_reload()
    assert ids(watcher.rules.match("酒精先付款")) == set()

    rules_file.write_text("keywords:\n  goods: [口罩, 酒精]\n  pay: [先付款]\n", encoding="utf-8")
    _bump(rules_file, 5)
    assert watcher.maybe_reload()
    assert ids(watcher.rules.match("酒精先付款")) == {"goods_and_pay"}

    logged: list[str] = []
    sink = logger.add(lambda msg: logged.append(str(msg)), level="ERROR", format="{message}")
    try:
        rules_file.write_text("keywords:\n  goods: [口罩, 酒精\n  pay: [先付款]\n", encoding="utf-8")
        _bump(rules_file, 10)
        assert not watcher.maybe_reload()
    finally:
        logger.remove(sink)
    assert ids(watcher.rules.match("酒精先付款")) == {"goods_and_pay"}
    assert len(logged) == 1
    assert f"{rules_file}:3: YAML syntax error" in logged[0]

    (tmp_path / "rules" / "more.yaml").write_text(
        "rules:\n  - id: added\n    category: other_fraud\n    reason: r\n    any: [刷单]\n", encoding="utf-8"
    )
    rules_file.write_text("keywords:\n  goods: [口罩]\n  pay: [先付款]\n", encoding="utf-8")
    assert watcher.maybe_reload()
    assert ids(watcher.rules.match("刷单")) == {"added"}


def test_watcher_looks_at_files_at_most_once_per_interval(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "good", tmp_path / "rules")
    watcher = RuleWatcher(tmp_path / "rules", interval_s=3600)
    (tmp_path / "rules" / "keywords.yaml").write_text("keywords:\n  goods: [酒精]\n  pay: [先付款]\n", encoding="utf-8")
    assert not watcher.maybe_reload()
    assert ids(watcher.rules.match("口罩先付款")) == {"goods_and_pay"}


def test_watcher_refuses_to_start_on_invalid_rules() -> None:
    with pytest.raises(RuleLoadError):
        RuleWatcher(FIXTURES / "bad_yaml")


# ---- robustness ----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=st.text(), extra=st.sampled_from(["", "口罩先付款", "验证码发给我", "口罩2元1个", "转了钱被拉黑"]))
def test_match_never_raises_and_matched_words_come_from_the_text(rules: RuleSet, text: str, extra: str) -> None:
    message = text + extra
    for hit in rules.match(message):
        assert all(word in message for word in hit.matched)
        assert -1 <= hit.weight <= 1 and hit.weight != 0
