"""Normalisation: every rule, its negatives, and properties (never raises, idempotent, fast)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.detect import long_text
from bot.detect.normalise import _SEPARATORS, LONG_TEXT, fold, normalise, strip_for_compare
from tests.timing import LIMIT_S, POOL, best_time, random_100_kb

# Characters the rules care about, so random strings hit the interesting paths often.
TRICKY = [
    *"vVxXwW+加信微口罩kouzhaq扣企鹅号zfb支付包宝yhk银行卡",
    *"一二三四五六七八九零〇幺两壹贰叁肆伍0123456789",
    *" .-_*~❤，。！：:@/﹏\u200b\u3000\ufe0f\u0301ＡＶＸ１２３薴苧威薇eixn現貨聯繫",
    "\ud800",
    "\x00",
    "\x1b",
    "İ",
    "Σ",
]
tricky_text = st.text(st.sampled_from(TRICKY), max_size=60)
# Every code point, surrogates and control characters included.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)


def test_traditional_becomes_simplified() -> None:
    assert normalise("口罩現貨，請聯繫我們") == "口罩现货,请联系我们"
    assert normalise("薴") == normalise("苧") == "苎"


def test_full_width_becomes_half_width_and_lowercase() -> None:
    assert normalise("ＡＢＣ１２３") == "abc123"
    assert normalise("ＱＱ：１２３４５６") == "qq:123456"
    assert normalise("￥８００") == "¥800"
    assert normalise("HELLO World") == "hello world"
    assert fold("Ａ\u3000Ｂ") == "a b"


@pytest.mark.parametrize(
    "raw", ["口\u200b罩", "口\u200d罩", "口\ufeff罩", "口\u00ad罩", "口\ufe0f罩", "口\u0301罩", "口\u2060罩"]
)
def test_invisible_characters_are_removed(raw: str) -> None:
    assert normalise(raw) == "口罩"


@pytest.mark.parametrize(
    "raw",
    [
        "口.罩",
        "口❤罩",
        "口❤️罩",
        "口 罩",
        "口*罩",
        "口_罩",
        "口~罩",
        "口～罩",
        "口-罩",
        "口🌹罩",
        "口★罩",
        "口 . 罩",
        "口·罩",
        "口#罩",
    ],
)
def test_decorative_separators_between_chinese_are_removed(raw: str) -> None:
    assert normalise(raw) == "口罩"


def test_separators_between_chinese_and_letters_or_digits_are_removed() -> None:
    assert normalise("微 信") == "微信"
    assert normalise("电话 . 13812345678") == "电话13812345678"
    assert normalise("n95 口罩") == "n95口罩"
    assert normalise("口罩*kn95") == "口罩kn95"


def test_sentence_punctuation_and_separators_between_latin_words_stay() -> None:
    assert normalise("你好，我是张三。谢谢！真的？好：行；是、否") == "你好,我是张三。谢谢!真的?好:行;是、否"
    assert normalise("口,罩") == "口,罩"
    assert normalise("hello . world") == "hello . world"
    assert normalise("138-1234-5678") == "138-1234-5678"
    assert normalise("1.5万") == "1.5万"
    assert normalise("10元/盒") == "10元/盒"


def test_whitespace_collapses_to_one_space() -> None:
    assert normalise("  hello \t\n world \u3000 bye  ") == "hello world bye"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("V信", "微信"),
        ("v信abc123", "微信abc123"),
        ("VX", "微信"),
        ("vx号多少", "微信号多少"),
        ("Wx:abc123", "微信:abc123"),
        ("加vx abc123", "加微信abc123"),
        ("weixin", "微信"),
        ("薇信", "微信"),
        ("威信", "微信"),
        ("徽信", "微信"),
        ("维信", "微信"),
        ("微芯", "微信"),
        ("+v 13812345678", "加微信13812345678"),
        ("+V", "加微信"),
        ("加v", "加微信"),
        ("加V信", "加微信"),
        ("kou罩", "口罩"),
        ("N九五现货", "n95现货"),
        ("KN九五", "kn95"),
        ("口zhao", "口罩"),
        ("扣罩", "口罩"),
        ("QQ", "qq"),
        ("扣扣", "qq"),
        ("企鹅号12345", "qq12345"),
        ("zfb", "支付宝"),
        ("支付包", "支付宝"),
        ("支fu宝", "支付宝"),
        ("yhk", "银行卡"),
        ("银行k", "银行卡"),
        ("N95", "n95"),
        ("vx . abc", "微信abc"),
    ],
)
def test_evasion_spellings(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["abc_vx123", "vxworks", "my.vx", "wx.qq.com", "t.cn/wx", "加vip群", "zfb123", "yhkabc", "abc@vx.com", "wxid_abc"],
)
def test_evasion_spellings_leave_ids_and_words_alone(raw: str) -> None:
    assert normalise(raw) == raw


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("幺三八 一二三四 五六七八", "13812345678"),
        ("一三八-一二三四-五六七八", "13812345678"),
        ("壹贰叁肆伍", "12345"),
        ("电话:幺叁捌壹贰叁肆伍陆柒捌", "电话:13812345678"),
        ("138 一二三四 5678", "13812345678"),
        ("一二三四五", "12345"),
        ("〇一〇一二三四五六七八", "01012345678"),
    ],
)
def test_chinese_digit_runs_become_digits(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize("raw", ["一起三天两盒", "一二三四", "三十五元", "两千元", "一五一十", "九九八十一"])
def test_short_chinese_number_words_stay(raw: str) -> None:
    assert normalise(raw) == raw


def test_strip_for_compare_ignores_spacing_and_punctuation() -> None:
    assert strip_for_compare("口罩，现货！ 先付款") == strip_for_compare("口 罩现货先付款。") == "口罩现货先付款"


def test_never_raises_on_hostile_input() -> None:
    assert normalise("\ud800\udfff\x00\x1b[31m") == "[31m"
    assert normalise("") == ""
    big = ("口罩\u200b現貨 ❤ 幺三八 vx abc \ud800\x00" * 40_000)[:1_000_000]
    assert normalise(big)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert isinstance(once, str)
    assert normalise(once) == once


@settings(max_examples=300, deadline=None)
@given(any_text | tricky_text)
def test_folding_first_changes_nothing(text: str) -> None:
    """The detector folds only the messages it must cut; for the rest it relies on this."""
    assert fold(fold(text)) == fold(text)
    assert normalise(fold(text)) == normalise(text)


@settings(max_examples=1000, deadline=None)
@given(tricky_text)
def test_idempotent_on_evasion_heavy_text(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def regex_path(text: str) -> str:
    return _SEPARATORS.sub("", fold(text))


@settings(max_examples=500, deadline=None)
@given(any_text | tricky_text)
def test_long_text_path_equals_the_regex_path(text: str) -> None:
    assert long_text.fold_and_join(text.lower()) == regex_path(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(tricky_text | any_text, min_size=1, max_size=8), st.integers(0, 2**32))
def test_long_messages_normalise_as_their_short_pieces_do(pieces: list[str], seed: int) -> None:
    """Past LONG_TEXT the vectorised path runs: the same text must come out as through the regexes.
    (Idempotence is not asserted on these random jumbles of Chinese: OpenCC converts phrase by phrase,
    and a chance phrase can leave a character a second pass converts, e.g. 幺麼 -> 幺麽 -> 幺么.)"""
    text = random_100_kb(pieces + POOL, seed)[: LONG_TEXT * 2]
    assert long_text.fold_and_join(text.lower()) == regex_path(text)


@pytest.mark.parametrize(
    "raw",
    ["口 . 罩" * 500, "\u200b微\u3000信\u200b" * 600, "ＡＢ ❤ 罩\t\n" * 400, " \u3000 " * 800, "a" * 3000 + " ❤ 罩"],
)
def test_long_text_edge_shapes(raw: str) -> None:
    assert len(raw) > LONG_TEXT
    assert long_text.fold_and_join(raw.lower()) == regex_path(raw)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=40), st.integers(0, 2**32))
def test_100_kb_of_random_text_takes_under_10_ms(alphabet: list[str], seed: int) -> None:
    text = random_100_kb(alphabet + POOL, seed)
    assert best_time(normalise, text, within=LIMIT_S) < LIMIT_S
