"""The character classes normalisation works with, as code-point ranges: one definition that both the
regexes (short texts) and the vectorised long-text path build from, so the two cannot drift apart."""

from __future__ import annotations

import re
import unicodedata

Ranges = tuple[tuple[int, int], ...]  # inclusive (first, last) code points

# Ideographs (BMP, compatibility, extension B onward) and 〇. Kana/Hangul are not "Chinese" here.
CJK: Ranges = ((0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))

INVISIBLE: Ranges = (
    # control characters (tab/newline/cr/vt/ff are whitespace)
    (0x00, 0x08), (0x0E, 0x1F), (0x7F, 0x9F),
    # soft hyphen, fillers
    (0xAD, 0xAD), (0x34F, 0x34F), (0x61C, 0x61C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x3164, 0x3164), (0xFFA0, 0xFFA0),
    # zero-width, bidi, word joiner
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
    # variation selectors, tags
    (0xFE00, 0xFE0F), (0xE0000, 0xE0FFF),
    # combining marks
    (0x300, 0x36F), (0x483, 0x489), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F),
    # lone surrogates (cannot be encoded, OpenCC would fail)
    (0xD800, 0xDFFF),
)  # fmt: skip

FULL_WIDTH_OFFSET = 0xFEE0  # U+FF01..U+FF5E -> U+0021..U+007E
FULL_WIDTH: Ranges = ((0xFF01, 0xFF5E), (0xFFE5, 0xFFE5))  # and ￥ -> ¥

# Sentence punctuation stays between Chinese characters; everything else of these categories is
# decoration when it sits between Chinese, or between Chinese and a letter/digit ("口.罩", "微❤信").
_KEEP = frozenset(",!?:;。、…‥%@/\\")
_DECORATIVE_CATEGORIES = frozenset({"Po", "So", "Sk", "Pc", "Pd", "Sm"})
_SCANNED = ((0x21, 0x3400), (0xA000, 0xAC00), (0xFE10, 0x10000))
_EMOJI_PLANE = (0x1F000, 0x1FBFF)  # one range: a long tail of small ranges would slow every lookup

# What str.split() and the regex \s treat as whitespace (all of it is in the BMP).
WHITESPACE: Ranges = tuple((code, code) for code in range(0x3100) if chr(code).isspace())


def _merge(codes: list[int]) -> Ranges:
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return tuple(ranges)


def _decorative() -> Ranges:
    codes = [
        code
        for lo, hi in _SCANNED
        for code in range(lo, hi)
        if chr(code) not in _KEEP and unicodedata.category(chr(code)) in _DECORATIVE_CATEGORIES
    ]
    return _merge(codes)


# Decoration and whitespace: what may sit between two Chinese characters without meaning anything.
SEPARATOR: Ranges = (*_decorative(), _EMOJI_PLANE, *WHITESPACE)


def regex_class(ranges: Ranges) -> str:
    """A regex character class (without brackets) for these ranges."""
    return "".join(re.escape(chr(lo)) + ("" if lo == hi else "-" + re.escape(chr(hi))) for lo, hi in ranges)
