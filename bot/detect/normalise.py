"""Text normalisation applied before any matching: one canonical spelling for the tricks scammers use.

Steps, in order (each is a compiled regex or a C-level str method, so the whole is linear):
lowercase -> drop invisible/control/combining chars -> full-width to half-width -> collapse whitespace
-> drop decorative separators next to Chinese -> Traditional to Simplified -> Chinese digit runs to
digits -> evasion spellings (vx, 扣扣, zfb, ...) -> separators again where a spelling became Chinese.
`normalise(normalise(x)) == normalise(x)` holds; the tests check it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Ideographs (BMP, compatibility, extension B onward) and 〇. Kana/Hangul are not "Chinese" here.
CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

_INVISIBLE = re.compile(
    "["
    "\x00-\x08\x0e-\x1f\x7f-\x9f"  # control characters (tab/newline/cr/vt/ff are whitespace)
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0"  # soft hyphen, fillers
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"  # zero-width, bidi, word joiner
    "\ufe00-\ufe0f\U000e0000-\U000e0fff"  # variation selectors, tags
    "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining marks
    "\ud800-\udfff"  # lone surrogates (cannot be encoded, OpenCC would fail)
    "]+"
)
# The full-width punctuation of ordinary Chinese text is swapped with str.replace (C speed); any other
# full-width run (letters, digits) is rare and goes through the regex callback.
_COMMON_FULL_WIDTH = tuple((ch, chr(ord(ch) - 0xFEE0)) for ch in "，！？：；（）％～＋－．＊／＠＃")
_FULL_WIDTH = re.compile("[\uff01-\uff5e\uffe5]+")
_FW_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0xFFE5: 0xA5}

# Sentence punctuation stays between Chinese characters; everything else of these categories is
# decoration when it sits between Chinese, or between Chinese and a letter/digit ("口.罩", "微❤信").
_KEEP = frozenset(",!?:;。、…‥%@/\\")
_DECORATIVE_CATEGORIES = frozenset({"Po", "So", "Sk", "Pc", "Pd", "Sm"})
_SCANNED = ((0x21, 0x3400), (0xA000, 0xAC00), (0xFE10, 0x10000))
_EMOJI_PLANE = "\U0001f000-\U0001fbff"  # one range: a long tail of small ranges would slow every lookup


def _ranges(codes: list[int]) -> str:
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -2]:
        if code != prev + 1:
            parts.append(re.escape(chr(start)) + ("" if prev == start else "-" + re.escape(chr(prev))))
            start = code
        prev = code
    return "".join(parts)


def _decorative_class() -> str:
    codes = [
        code
        for lo, hi in _SCANNED
        for code in range(lo, hi)
        if chr(code) not in _KEEP and unicodedata.category(chr(code)) in _DECORATIVE_CATEGORIES
    ]
    return f"[{_ranges(codes)}{_EMOJI_PLANE}\\s]"


# Every pattern below starts with a literal or a character class, so the regex engine can skip ahead
# to candidate characters; context checks are lookbehinds placed after the first character.
_SEP = _decorative_class()
_ALNUM = "[0-9a-z]"
_SEP_CHAR = re.compile(_SEP)
_SEPARATORS = re.compile(
    rf"{_SEP}(?:(?<=[{CJK}]{_SEP}){_SEP}*+(?=[{CJK}0-9a-z])|(?<={_ALNUM}{_SEP}){_SEP}*+(?=[{CJK}]))"
)

_CN_DIGITS = "零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖"
_CN_DIGIT_TABLE = str.maketrans(_CN_DIGITS, "0012345678912123456789", " -")
_D = f"[0-9{_CN_DIGITS}]"
_MIN_DIGITS = 5
# A run starts at a Chinese digit and has at least five digits, counting ASCII digits glued on before it
# (one lookbehind per count); possessive, so linear.
_CN = f"[{_CN_DIGITS}]"
_AHEAD = "|".join(
    f"(?<=[0-9]{{{glued}}}{_CN})(?=(?:[ -]?{_D}){{{_MIN_DIGITS - 1 - glued}}})" for glued in range(1, _MIN_DIGITS)
)
_CN_NUMBER = re.compile(
    rf"{_CN}(?:{_AHEAD}|(?<![0-9]{_CN})(?<!{_CN}{_CN})(?=(?:[ -]?{_D}){{{_MIN_DIGITS - 1}}}))(?:{_D}|[ -](?={_D}))*+"
)

# Letter-edged spellings only count as a whole token (or next to Chinese/punctuation), so ids like
# "abc_vx123" or words like "vxworks" stay as they are. Each entry: spelling, left edge, right edge.
_WORD_END = r"(?![a-z0-9_])"
_ID_END = r"(?![a-z0-9_]|[.@/-][a-z0-9])"
_NUMBER_OK = r"(?![a-z_])"
_SPELLINGS: dict[str, list[tuple[str, bool, str]]] = {
    "微信": [
        ("vx", True, _ID_END),
        ("wx", True, _ID_END),
        ("weixin", True, _ID_END),
        ("v信", True, ""),
        *((word, False, "") for word in ("薇信", "威信", "徽信", "维信", "微芯")),
    ],
    "加微信": [
        ("+vx", True, _NUMBER_OK),
        ("+v信", True, ""),
        ("+v", True, _NUMBER_OK),
        ("加vx", False, _NUMBER_OK),
        ("加v信", False, ""),
        ("加v", False, _NUMBER_OK),
    ],
    "口罩": [("kouzhao", True, _WORD_END), ("kou罩", True, ""), ("口zhao", False, _WORD_END), ("扣罩", False, "")],
    "qq": [("扣扣", False, ""), ("企鹅号", False, "")],
    "支付宝": [("zfb", True, _WORD_END), ("zhifubao", True, _WORD_END), ("支付包", False, ""), ("支fu宝", False, "")],
    "银行卡": [("yhk", True, _WORD_END), ("银行k", False, _WORD_END)],
}


def _spelling(word: str, left: bool, right: str) -> str:
    first = re.escape(word[0])
    guard = f"(?<![a-z0-9_]{first})" if left else ""
    if word in ("vx", "wx", "weixin"):  # not the tail of a domain, email or path: "abc.vx", "a/wx"
        guard += f"(?<![a-z0-9][./@-]{first})"
    return first + guard + re.escape(word[1:]) + right


_EVASION_OUT = {word: out for out, words in _SPELLINGS.items() for word, _, _ in words}
_EVASION = re.compile("|".join(_spelling(*entry) for words in _SPELLINGS.values() for entry in words))

_PUNCT_OR_SPACE = re.compile(r"[\W_]+")

_converter: Any = None


def _t2s(text: str) -> str:
    global _converter
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    out: str = _converter.convert(text)
    # OpenCC maps 薴 -> 苧 but 苧 -> 苎; finish the chain so a second pass changes nothing.
    return out.replace("苧", "苎") if "苧" in out else out


def _full_to_half(match: re.Match[str]) -> str:
    return match.group().translate(_FW_TABLE)


def _cn_number(match: re.Match[str]) -> str:
    run = match.group()
    digits = run.translate(_CN_DIGIT_TABLE)
    if len(digits) >= _MIN_DIGITS:
        return digits
    before = match.string[max(0, match.start() - _MIN_DIGITS) : match.start()]
    glued = len(before) - len(before.rstrip("0123456789"))  # ASCII digits right before belong to the run
    return digits if len(digits) + glued >= _MIN_DIGITS else run


def fold(text: str) -> str:
    """The character-level part of `normalise`: lowercase, invisible characters dropped, half-width,
    whitespace collapsed. For typed values (accounts) whose spelling must not be reinterpreted."""
    text = _INVISIBLE.sub("", text.lower())
    if not text.isascii():
        for full, half in _COMMON_FULL_WIDTH:
            if full in text:
                text = text.replace(full, half)
        if _FULL_WIDTH.search(text):
            text = _FULL_WIDTH.sub(_full_to_half, text)
    return " ".join(text.split())  # str.split: every Unicode whitespace, at C speed


def normalise(text: str) -> str:
    """The matching form of a message: simplified, half-width, lowercase, without decoration."""
    text = fold(text)
    if not text.isascii():
        text = _t2s(_SEPARATORS.sub("", text))
        text = _CN_NUMBER.sub(_cn_number, text)
    return _replace_spellings(text)


def _replace_spellings(text: str) -> str:
    # A spelling that became Chinese can make a separator next to it decoration ("vx . abc" -> "微信abc"),
    # so separators are looked at again, but only when a replacement touches one.
    touching = False

    def swap(match: re.Match[str]) -> str:
        nonlocal touching
        start, end = match.span()
        source = match.string
        touching = touching or bool(_SEP_CHAR.match(source, end) or (start and _SEP_CHAR.match(source, start - 1)))
        return _EVASION_OUT[match.group()]

    text = _EVASION.sub(swap, text)
    return _SEPARATORS.sub("", text) if touching else text


def strip_for_compare(text: str) -> str:
    """Normalised text without whitespace or punctuation: for near-duplicate detection."""
    return compact(normalise(text))


def compact(normalised: str) -> str:
    """Already-normalised text without whitespace or punctuation."""
    return _PUNCT_OR_SPACE.sub("", normalised)
