"""Text normalisation applied before any matching: one canonical spelling for the tricks scammers use.

Steps, in order (each is a compiled regex or a C-level str method, so the whole is linear):
lowercase -> drop invisible/control/combining chars -> full-width to half-width -> collapse whitespace
-> drop decorative separators next to Chinese -> Traditional to Simplified -> Chinese digit runs to
digits -> evasion spellings (vx, 扣扣, zfb, ...) -> separators again where a spelling became Chinese.
`normalise(normalise(x)) == normalise(x)` holds (the tests check it), except where an OpenCC phrase
leaves a character that converts on its own (幺麼 -> 幺麽 -> 幺么: rare, and a second full conversion
would double the cost of every traditional message). Past LONG_TEXT characters the
character-level steps run vectorised (long_text.py), with the same result; a property test compares.
"""

from __future__ import annotations

import re
from typing import Any

from bot.detect import long_text
from bot.detect.charclasses import CJK, FULL_WIDTH, FULL_WIDTH_OFFSET, INVISIBLE, SEPARATOR, regex_class

# Above this length the vectorised path is faster than the regexes (its fixed cost is ~50 µs; the two break even near 1,500 characters).
LONG_TEXT = 2_000

_CJK = regex_class(CJK)
_INVISIBLE = re.compile(f"[{regex_class(INVISIBLE)}]+")
# The full-width punctuation of ordinary Chinese text is swapped with str.replace (C speed); any other
# full-width run (letters, digits) is rare and goes through the regex callback.
_COMMON_FULL_WIDTH = tuple((ch, chr(ord(ch) - FULL_WIDTH_OFFSET)) for ch in "，！？：；（）％～＋－．＊／＠＃")
_FULL_WIDTH = re.compile(f"[{regex_class(FULL_WIDTH)}]+")
_FW_TABLE = {code: code - FULL_WIDTH_OFFSET for code in range(FULL_WIDTH[0][0], FULL_WIDTH[0][1] + 1)} | {
    FULL_WIDTH[1][0]: ord("¥")
}

# Every pattern below starts with a literal or a character class, so the regex engine can skip ahead
# to candidate characters; context checks are lookbehinds placed after the first character.
_SEP = f"[{regex_class(SEPARATOR)}]"
_ALNUM = "[0-9a-z]"
_SEP_CHAR = re.compile(_SEP)
_SEPARATORS = re.compile(
    rf"{_SEP}(?:(?<=[{_CJK}]{_SEP}){_SEP}*+(?=[{_CJK}0-9a-z])|(?<={_ALNUM}{_SEP}){_SEP}*+(?=[{_CJK}]))"
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
    "kn95": [("kn九五", True, "")],
    "n95": [("n九五", True, "")],
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
    if len(text) > LONG_TEXT:
        text = long_text.fold_and_join(text.lower())
    else:
        text = fold(text)
        text = text if text.isascii() else _SEPARATORS.sub("", text)
    if not text.isascii():
        text = _CN_NUMBER.sub(_cn_number, _t2s(text))
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
