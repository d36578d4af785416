"""Account extraction: what goes to the police must be right, so negatives matter as much as positives."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.detect.entities import canonical_account, classify_account, extract_entities, luhn_valid, mask_accounts
from bot.detect.normalise import normalise
from bot.detect.verdict import ENTITY_KINDS
from tests.timing import LIMIT_S, MESSAGES, POOL, best_time, random_100_kb

CARD_19 = "6222021234567890128"  # Luhn-valid
CARD_16 = "6217001234567893"  # Luhn-valid
CARD_16_BAD = "6217001234567894"  # same with the last digit off by one

any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
CHAT = "口罩現貨，加V信abc_123，電話138-1234-5678，卡6222 0212 3456 7890 128，先付款800元！qq:12345 t.cn/ab 幺三八"


def found(message: str) -> dict[str, list[str]]:
    """The non-empty kinds extracted from a raw message (normalised first, as the detector does)."""
    return {kind: values for kind, values in extract_entities(normalise(message)).items() if values}


def test_luhn() -> None:
    assert luhn_valid(CARD_19) and luhn_valid(CARD_16) and luhn_valid("79927398713")
    assert not luhn_valid(CARD_16_BAD)
    assert not luhn_valid("") and not luhn_valid("12a4") and not luhn_valid("１２３")


def test_keys_are_exactly_the_entity_kinds() -> None:
    assert tuple(extract_entities("")) == ENTITY_KINDS
    assert tuple(extract_entities("口罩现货 13812345678")) == ENTITY_KINDS


@pytest.mark.parametrize(
    "message",
    [
        "电话13812345678",
        "电话 138-1234-5678",
        "电话 138 1234 5678",
        "+86 138 1234 5678",
        "+86-13812345678",
        "8613812345678",
        "联系：幺三八 一二三四 五六七八",
        "联系１３８１２３４５６７８。",
    ],
)
def test_mobile_numbers(message: str) -> None:
    assert found(message) == {"phones": ["13812345678"]}


def test_landlines_and_400_numbers() -> None:
    assert found("电话 010-12345678 或 0755-1234567，客服 400-123-4567") == {
        "phones": ["01012345678", "07551234567", "4001234567"]
    }


def test_several_phones_in_order_without_duplicates() -> None:
    message = "打13987654321或者 13812345678，再不行 13987654321"
    assert found(message) == {"phones": ["13987654321", "13812345678"]}
    assert found("13812345678 13987654321") == {"phones": ["13812345678", "13987654321"]}


@pytest.mark.parametrize(
    "message",
    [
        "反诈热线96110，报警110，政务12345，银行95588",
        "订单号13812345678已发货",
        "您的取件码 13812345678",
        "取件码 5-3-1234",
        "快递单号 773012345678901",
        "验证码 138123，五分钟内有效",
        "2020-02-03 下单，20200203 到货，13:45 取",
        "编号 123456789012345678901234",
        "流水 3138123456789",
        "价格 0.13812345678 元",
        "13812345678.5",
        "账号 abc13812345678",
        "13812345678abc",
        "邮箱 13812345678@163.com",
        "12345678901",
    ],
)
def test_things_that_are_not_phones(message: str) -> None:
    assert "phones" not in found(message)


def test_bank_cards() -> None:
    assert found(f"卡号 {CARD_19}") == {"bank_cards": [CARD_19]}
    assert found("卡号：6222 0212 3456 7890 128，户名张三") == {"bank_cards": [CARD_19]}
    assert found("6217-0012-3456-7893") == {"bank_cards": [CARD_16]}
    assert found(f"{CARD_16} 13812345678") == {"phones": ["13812345678"], "bank_cards": [CARD_16]}


@pytest.mark.parametrize(
    "message",
    [
        f"卡号 {CARD_16_BAD}",
        "1234567812345678",
        f"1{CARD_19}",  # a valid card inside a longer run
        f"{CARD_16}99",
        f"订单号 {CARD_19}",
        "身份证 110101199003071234",
        "110101199003078883",  # resident-id shaped (birth date 1990-03-07), Luhn-valid by chance
        f"{CARD_19}x",
    ],
)
def test_things_that_are_not_cards(message: str) -> None:
    assert "bank_cards" not in found(message)
    assert "phones" not in found(message)


@pytest.mark.parametrize(
    ("message", "ids"),
    [
        ("加我微信：abc_123", ["abc_123"]),
        ("V信 abc123 私聊", ["abc123"]),
        ("vx：mask-2020", ["mask-2020"]),
        ("微信号 zhangsan", ["zhangsan"]),
        ("我的微信是 Zhang_San88", ["zhang_san88"]),
        ("wxid_abc12345 发我", ["wxid_abc12345"]),
        ("加我 lily_2020", ["lily_2020"]),
    ],
)
def test_wechat_ids(message: str, ids: list[str]) -> None:
    assert found(message).get("wechat_ids") == ids


def test_phone_given_as_wechat_id_is_in_both_lists() -> None:
    assert found("微信：13812345678") == {"phones": ["13812345678"], "wechat_ids": ["13812345678"]}
    assert found("vx13812345678") == {"phones": ["13812345678"], "wechat_ids": ["13812345678"]}


@pytest.mark.parametrize(
    "message",
    [
        "微信 please",  # a plain word after a weak cue
        "微信:hello",  # too short
        "发微信给我吧",
        "微信支付",
        "微信:www.abc.com",
        "微信 abc@163.com",
        "abc_vx123",
        "我的微信是 aaaaaaaaaaaaaaaaaaaaaaaaa1",  # longer than 20
    ],
)
def test_things_that_are_not_wechat_ids(message: str) -> None:
    assert "wechat_ids" not in found(message)


def test_qq_numbers_need_a_cue() -> None:
    assert found("QQ：123456789")["qq"] == ["123456789"]
    assert found("加扣扣 10001")["qq"] == ["10001"]
    assert found("企鹅号 1234567")["qq"] == ["1234567"]
    assert found("qq群 12345678")["qq"] == ["12345678"]
    assert "qq" not in found("今天买了 123456789 个")
    assert "qq" not in found("qq 1234")  # too short


def test_alipay_accounts() -> None:
    assert found("支付宝账号：Scam.Boss@163.com") == {"alipay": ["scam.boss@163.com"]}
    assert found("zfb 138-1234-5678") == {"phones": ["13812345678"], "alipay": ["13812345678"]}
    assert found("支付包 13812345678") == {"phones": ["13812345678"], "alipay": ["13812345678"]}
    assert "alipay" not in found("邮箱 abc@163.com")  # an email without an Alipay cue is not an account
    assert "alipay" not in found("支付宝转账给我")


def test_urls() -> None:
    message = (
        "点击 http://T.cn/AbC12/ 领取，或者 www.abc.top/x?y=13812345678。还有 dwz.cn/xyz、u.10010.cn/abc，官网abc.com！"
    )
    assert found(message) == {
        "urls": ["t.cn/abc12", "www.abc.top/x?y=13812345678", "dwz.cn/xyz", "u.10010.cn/abc", "abc.com"]
    }
    assert found("https://mask-shop.xyz/buy?id=1，先付款")["urls"] == ["mask-shop.xyz/buy?id=1"]


@pytest.mark.parametrize("message", ["价格1.5元", "readme.md", "abc@qq.com", "版本 v1.2.3", "3.14"])
def test_things_that_are_not_urls(message: str) -> None:
    assert "urls" not in found(message)


def test_amounts() -> None:
    message = "转账1,000元，¥35，35块钱，1.5万，3千元，两千元，五十块，100rmb，￥８００"
    assert found(message)["amounts"] == [
        "1,000元",
        "¥35",
        "35块钱",
        "1.5万",
        "3千元",
        "两千元",
        "五十块",
        "100rmb",
        "¥800",
    ]


@pytest.mark.parametrize("message", ["一起去", "三天两盒", "一块去吧", "5万个口罩", "3千米", "2020元旦快乐", "买了3盒"])
def test_things_that_are_not_amounts(message: str) -> None:
    assert "amounts" not in found(message)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("138-1234-5678", "电话13812345678"),
        ("+86 138 1234 5678", "电话 138-1234-5678"),
        ("１３８１２３４５６７８。", "幺三八 一二三四 五六七八"),
        ("6222 0212 3456 7890 128", f"卡号{CARD_19}"),
        ("HTTP://T.CN/AbC/", "点击 t.cn/abc 领取"),
        ("https://www.abc.top/x/", "www.abc.top/x"),
        ("WXID_ABC12345", "wxid_abc12345"),
        ("Abc_123", "加我微信：abc_123"),
        ("Scam.Boss@163.com", "支付宝：scam.boss@163.com"),
        ("010-12345678", "座机 010 12345678"),
    ],
)
def test_typed_account_canonicalises_to_the_extracted_entity(typed: str, message: str) -> None:
    extracted = [
        v for kind, values in extract_entities(normalise(message)).items() if kind != "amounts" for v in values
    ]
    assert canonical_account(typed) in extracted
    assert all(canonical_account(v) == v for v in extracted)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("13812345678", "phones"),
        ("138-1234-5678", "phones"),
        ("0755-1234567", "phones"),
        (CARD_19, "bank_cards"),
        ("6222 0212 3456 7890 128", "bank_cards"),
        ("http://t.cn/abc", "urls"),
        ("www.abc.com", "urls"),
        ("t.cn/abc", "urls"),
        ("wxid_abc123", "wechat_ids"),
        ("zhang_san", "wechat_ids"),
        ("12345", "qq"),
        ("123456789", "qq"),
        ("abc@163.com", "alipay"),
        ("hello", None),
        ("110", None),
        ("", None),
        ("口罩", None),
        (CARD_16_BAD, None),
        ("123456789012345678901234", None),
    ],
)
def test_classify_account(typed: str, kind: str | None) -> None:
    assert classify_account(typed) == kind


def test_mask_accounts() -> None:
    assert mask_accounts("电话13812345678") == "电话138****5678"
    assert mask_accounts("电话 138-1234-5678 和 138 1234 5678") == "电话 138****5678 和 138****5678"
    assert mask_accounts("卡号 6222 0212 3456 7890 128") == "卡号 622****0128"
    assert mask_accounts(f"卡号{CARD_19}") == "卡号622****0128"
    assert mask_accounts("幺三八一二三四五六七八") == "幺三八****五六七八"
    assert mask_accounts("１３８１２３４５６７８") == "１３８****５６７８"
    assert mask_accounts("单号 1234567") == "单号 123****4567"
    # Short numbers, dates and times stay readable.
    kept = "2020-02-03 12:30:00 房间 123456，取件码 5-3-1234"
    assert mask_accounts(kept) == kept


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_never_raises_and_keys_are_complete(text: str) -> None:
    for source in (text, normalise(text)):
        entities = extract_entities(source)
        assert tuple(entities) == ENTITY_KINDS
        for kind, values in entities.items():
            assert len(values) == len(set(values))
            if kind != "amounts":
                assert all(canonical_account(v) == v for v in values)
    mask_accounts(text)
    canonical_account(text)
    classify_account(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list(CHAT) + list("0123456789 -.:@/") + ["\ud800", "\x00"]), max_size=120))
def test_extracted_values_are_canonical_and_masked_in_logs(text: str) -> None:
    norm = normalise(text)
    entities = extract_entities(norm)
    masked = mask_accounts(norm)
    for value in entities["phones"] + entities["bank_cards"]:
        assert canonical_account(value) == value
        assert classify_account(value) in ("phones", "bank_cards")
        assert value not in masked


def test_never_raises_on_a_megabyte() -> None:
    big = (CHAT + "\ud800\x00" + "9" * 50) * 10_000
    assert extract_entities(normalise(big[:1_000_000]))["phones"] == ["13812345678"]
    assert "13812345678" not in mask_accounts(big[:1_000_000])


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=40), st.integers(0, 2**32))
def test_100_kb_of_random_text_takes_under_10_ms(alphabet: list[str], seed: int) -> None:
    text = random_100_kb(alphabet + POOL, seed)
    assert best_time(extract_entities, normalise(text), within=LIMIT_S) < LIMIT_S
    assert best_time(extract_entities, text, within=LIMIT_S) < LIMIT_S
    assert best_time(mask_accounts, text, within=LIMIT_S) < LIMIT_S


def test_100_kb_of_account_dense_chat_takes_under_10_ms() -> None:
    """Real messages back to back: about a thousand accounts, so per-account work must stay O(1)."""
    text = "".join(MESSAGES * 2000).encode()[:100_000].decode("utf-8", "ignore")
    norm = normalise(text)
    assert best_time(normalise, text, within=LIMIT_S) < LIMIT_S
    assert best_time(extract_entities, norm, within=LIMIT_S) < LIMIT_S
    assert best_time(mask_accounts, text, within=LIMIT_S) < LIMIT_S
