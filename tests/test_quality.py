"""Quality gates: the shipped detector (rules + committed models, loaded as in production) must meet the
product targets on the project's held-out split, on the blind group-chat sets, and on the external benchmark it
was never trained on."""

from pathlib import Path
from typing import Any

import pytest

from bot.datasets import Labelled, LineError, read_labelled
from bot.detect import Detector
from bot.evaluation import TARGETS, Evaluation, target_checks

ROOT = Path(__file__).resolve().parent.parent
TELECOM = ROOT.parent / "shared" / "data" / "telecom_fraud_texts_5"
# Product targets there: recall >= 0.90 and <= 2% of normal.csv flagged. Measured 2026-11-30 with the group-chat
# model: recall 0.913, 1.72% flagged (README). Both targets are asserted as they are.
TELECOM_RECALL, TELECOM_FPR = 0.90, 0.02
PROBES = sorted((ROOT / "data" / "probes").glob("*.jsonl"))
BLIND = sorted((ROOT / "data" / "blind").glob("*.jsonl"))


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector.load()


def evaluate(detector: Detector, path: Path) -> dict[str, Any]:
    evaluation = Evaluation()
    for item in read_labelled([path]):
        assert not isinstance(item, LineError), str(item)
        assert isinstance(item, Labelled)
        evaluation.add(item, detector.check(item.text))
    return evaluation.report()


def test_held_out_split_meets_every_target(detector: Detector) -> None:
    report = evaluate(detector, ROOT / "data" / "dev.jsonl")
    checks = target_checks(report)
    assert set(checks) == set(TARGETS), "dev split must speak to every target"
    missed = {name: value for name, (value, met) in checks.items() if not met}
    assert not missed, f"targets missed on data/dev.jsonl: {missed}"


def assert_group_figures(
    detector: Detector, paths: list[Path], *, recall: float, fpr: float, mask: float, victims: float
) -> None:
    evaluation = Evaluation()
    for item in read_labelled(paths):
        assert isinstance(item, Labelled), str(item)
        evaluation.add(item, detector.check(item.text))
    report = evaluation.report()
    overall, per = report["overall"], report["categories"]
    assert overall["recall"] >= recall, overall
    assert overall["false_positive_rate"] <= fpr, overall
    assert per["mask_scam"]["flag_rate"] >= mask, per["mask_scam"]
    assert per["victim_report"]["escalate_rate"] >= victims, per["victim_report"]


def test_blind_group_messages_meet_every_target(detector: Detector) -> None:
    """Realistic group chat written by hand and never trained or tuned on (data/blind/README.md): 3,600 messages
    in twelve sets, each scored once on 2026-11-30: recall 0.986, benign flagged 0.94%, mask scams 98.7%,
    victims escalated 99.3% (README). The product targets are asserted as they are, except benign flagged: at
    most 1.5%, between the target (2%) and the measure, so a return to the detector before the chat model
    (2.00% on these sets) fails."""
    assert len(BLIND) == 12
    assert_group_figures(detector, BLIND, recall=0.95, fpr=0.015, mask=0.97, victims=0.90)


def test_probe_sets_the_chat_model_reads(detector: Detector) -> None:
    """The thirty-nine probe sets (data/probes/README.md, 11,070 messages): held out when written, now the
    rules were tuned on them and the group-chat model trained on them, so these are not held-out figures but a
    regression guard, set just under what they measure on 2026-11-30 (recall 0.990, benign flagged 0.38%, mask
    scams 99.3%, victims escalated 98.6%)."""
    assert len(PROBES) == 39
    assert_group_figures(detector, PROBES, recall=0.98, fpr=0.008, mask=0.985, victims=0.975)


def test_external_benchmark(detector: Detector) -> None:
    overall = evaluate(detector, TELECOM)["overall"]
    assert overall["recall"] >= TELECOM_RECALL, overall
    assert overall["false_positive_rate"] <= TELECOM_FPR, overall


@pytest.mark.parametrize(
    "text",
    [
        "税务部门不会发送退税链接，请勿点击",
        "医保局不会通过电话要求您填写银行卡号领取补贴",
        "银行不会通过短信要求您提供验证码，谨防诈骗",
        "社区提醒：官方不会要求大家先转账再领口罩",
        "刚才有人在群里卖口罩让先付钱，大家别信，已经报警了",
        "刚才那个说先交定金买口罩的，大家别理他",
    ],
)
def test_warnings_that_name_the_scam_in_order_to_deny_it_are_not_escalated(detector: Detector, text: str) -> None:
    """Official warnings describe the scam ("...不会发送退税链接"): the words of the offer are there, but
    negated. A rule match must not escalate them (an officer ping for a police notice wastes their time)."""
    assert detector.check(text).action != "escalate"


@pytest.mark.parametrize(
    "text",
    [
        "差点上当，有人在群里说酒精现货让我先交定金，幸好我儿子拦住了，钱没转",
        "有个人私聊我卖N95，要先付一半，我说你送到楼下我当面给钱，他就不吭声了",
        "隔壁老李说的那家口罩我买了，货到付款，见了货才给的钱，挺好",
        "益丰大药房明天上午到口罩，门店现场购买，每人限购两盒，不收定金，不接受电话预订",
        "我看抖音上有人卖抗原，要先付款，我没买，等药店有货再说",
        "群管：本群禁止发布卖货信息，发现卖口罩让私聊转账的直接踢",
        "市公安局破获一起网上卖口罩诈骗案，嫌疑人以先付款后发货骗了三十多人，已被刑事拘留",
        "提醒老人们：凡是“先交定金”“加私人微信”卖药的，一律不要理",
        "有人发红包拉我进抢口罩的群，要先交钱，我马上退了",
        "有个人私聊我说能弄到N95，要先付一半定金，这个靠谱吗？",
        "卖口罩的加了我好几次，让先转钱，我一次都没回他",
        "昨天有人加我说卖酒精，他叫我先转一半，我说见了货再说",
        "听说隔壁村有个大爷在群里买口罩被骗了两千，转了钱人就联系不上了，大家当心",
        "大家好，我是三单元新搬来的，以后请多关照",
    ],
)
def test_residents_retelling_a_refused_offer_are_not_flagged(detector: Detector, text: str) -> None:
    """Residents tell the group about an offer they turned down, or a purchase they paid for on delivery, with
    every word of the scam in it but no money sent first. Flagging them teaches people to ignore the bot."""
    assert detector.check(text).action == "ignore"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("各位业主，物业帮大家统一订购口罩，每户两盒一百元，钱转到我个人微信，备注房号", "escalate"),
        ("我家亲戚在口罩厂，一盒二十五，要的把钱先给我，我让他统一寄过来", "warn"),
        ("我前天在群里买额温枪，付款后被拉黑了，大家别上当", "escalate"),
        ("那个说是居委会收消毒液钱的是假的，我转了300，社区说根本没这回事", "escalate"),
        ("去派出所问了，民警说这种很难追，我家损失了1200", "escalate"),
        ("他非要先付才发货，我就付了，现在后悔死了，钱要不回来", "escalate"),
        ("寄来的抗原打开一看全是过期的，找他退钱他说不退", "escalate"),
    ],
)
def test_scams_and_reports_in_residents_words_are_caught(detector: Detector, text: str, action: str) -> None:
    """The same plain voice from the other side: a fake property manager or relative collecting money to a
    personal account, and a resident who paid and was blocked (a report goes to officers at once)."""
    got = detector.check(text).action
    assert got == "escalate" if action == "escalate" else got != "ignore", (got, text)
