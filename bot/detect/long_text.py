"""The character-level steps of normalisation, vectorised with numpy for long texts.

The regex path costs ~20 ns per character for its big character classes, which adds up on a 100 kB
paste; here each step is one array operation over a code-point array. A call has ~50 µs of fixed
numpy overhead, so short messages (nearly all of them) keep the regex path. Both paths must give the
same result; a property test compares them on arbitrary text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from bot.detect.charclasses import CJK, FULL_WIDTH, FULL_WIDTH_OFFSET, INVISIBLE, SEPARATOR, WHITESPACE, Ranges

if TYPE_CHECKING:  # array type aliases, for the type checker only
    import numpy.typing as npt

    Codes = npt.NDArray[np.uint32]
    Kinds = npt.NDArray[np.uint8]

_INVISIBLE, _WHITESPACE, _SEPARATOR, _CJK, _ALNUM = 1, 2, 4, 8, 16


def _table() -> Kinds:
    table = np.zeros(0x110000, dtype=np.uint8)
    flags: tuple[tuple[int, Ranges], ...] = (
        (_INVISIBLE, INVISIBLE),
        (_WHITESPACE, WHITESPACE),
        (_SEPARATOR, SEPARATOR),
        (_CJK, CJK),
        (_ALNUM, ((ord("0"), ord("9")), (ord("a"), ord("z")))),
    )
    for flag, ranges in flags:
        for lo, hi in ranges:
            table[lo : hi + 1] |= flag
    return table


_CLASS = _table()


def fold_and_join(lowered: str) -> str:
    """`_SEPARATORS.sub("", fold(text))` of the regex path, for `lowered = text.lower()`: invisible
    characters dropped, full-width to half-width, decorative separator runs between Chinese (or Chinese
    and a letter/digit) removed, and whitespace runs to one space (none at the ends)."""
    codes: Codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    kind = _CLASS[codes]
    visible = (kind & _INVISIBLE) == 0
    codes, kind = codes[visible], kind[visible]  # copies: the buffer of `lowered` stays untouched
    _half_width(codes, kind)
    keep = ~_separators_to_drop(kind)
    # Whitespace collapses after the drop in the regex path; a dropped run never sits next to a kept
    # one, so looking at the neighbour before the drop gives the same answer.
    space = (kind & _WHITESPACE) != 0
    keep[1:] &= ~(space[1:] & space[:-1])
    keep[:1] &= ~space[:1]
    codes, space = codes[keep], space[keep]
    if len(space) and space[-1]:
        codes, space = codes[:-1], space[:-1]
    codes[space] = ord(" ")
    return codes.tobytes().decode("utf-32-le")


def _half_width(codes: Codes, kind: Kinds) -> None:
    """Full-width characters to half-width, in place, with their kinds."""
    (lo, hi), (yen, _) = FULL_WIDTH
    wide = np.flatnonzero((codes >= lo) & ((codes <= hi) | (codes == yen)))
    if len(wide):
        half = codes[wide] - FULL_WIDTH_OFFSET
        half[half == yen - FULL_WIDTH_OFFSET] = ord("¥")
        codes[wide] = half
        kind[wide] = _CLASS[half]


def _separators_to_drop(kind: Kinds) -> npt.NDArray[np.bool_]:
    """Separator runs with Chinese on one side and Chinese or a letter/digit on the other."""
    n = len(kind)
    sep = np.zeros(n + 2, dtype=np.bool_)  # padded with a non-separator at each end
    sep[1:-1] = (kind & _SEPARATOR) != 0
    starts = np.flatnonzero(sep[1:-1] & ~sep[:-2])  # first index of each run
    ends = np.flatnonzero(sep[1:-1] & ~sep[2:])  # last index of each run
    padded = np.zeros(n + 2, dtype=np.uint8)  # "nothing" before the start and after the end
    padded[1:-1] = kind
    left, right = padded[starts], padded[ends + 2]
    left_cjk, right_cjk = (left & _CJK) != 0, (right & _CJK) != 0
    dropped = (left_cjk & (right_cjk | ((right & _ALNUM) != 0))) | (((left & _ALNUM) != 0) & right_cjk)
    marks = np.zeros(n + 1, dtype=np.int8)
    marks[starts[dropped]] = 1
    marks[ends[dropped] + 1] = -1
    return np.cumsum(marks[:n], dtype=np.int8) > 0
