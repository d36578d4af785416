"""Accounts and amounts in a normalised message, in canonical form: what officers stop payments on.

Precision first: a value is taken only when its shape and its surroundings agree (a phone is never cut
out of a longer digit run, an order number or a price; a WeChat id needs a cue). Every regex is
compiled once and linear (possessive quantifiers, no nested ambiguity).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.detect.normalise import fold
from bot.detect.verdict import ENTITY_KINDS, Entities

# Every scanning pattern starts with a literal or a character class, so the regex engine can skip to
# candidate characters; context checks are lookbehinds placed after that first character.
_MOBILE = re.compile(r"(?:0086|86)?(1[3-9][0-9]{9})")
_LANDLINE = re.compile(r"0(?:10|2[0-9])[0-9]{8}|0[3-9][0-9]{2}[0-9]{7,8}|[48]00[0-9]{7}")
# A digit run worth a look: ten or more digits, groups after the first at least three long (so dates
# like 2020-02-03 never join up), starting where a run starts (linear inside long runs).
_RUN = re.compile(r"[0-9](?<![0-9]{2})(?=[0-9]{9}|[0-9]{0,8}[ -][0-9]{3})[0-9]*+(?:[ -][0-9]{3,}+)*+")
# A run right after one of these is an order/parcel/id number, not an account.
_NOT_ACCOUNT_CUE = re.compile(
    r"(?:取件码|取货码|提货码|取餐码|订单|单号|运单|快递|验证码|校验码|编号|身份证|证件号|工号|学号|"
    r"尾号|流水号|交易号|序列号|条码|批号|车牌|房号|邮编|密码)[^0-9]{0,3}$"
)
_UNIT_AFTER = re.compile(r" ?(?:元|块|万|千|圆|角|rmb|%)")

_FILL = r"(?:[ :=]|是|为){0,4}+"
_ID = r"[a-z][a-z0-9_-]{5,19}+(?![a-z0-9_-]|[.@][a-z0-9])"
_PHONE = r"(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])"
_WECHAT_CUES = ("微信", "wechat", "加我", "vx", "wx")
_WECHAT = re.compile(
    rf"(?:微信(?P<strong>号码?|id|账号|帐号)?|wechat|加我)(?P<fill>{_FILL})(?:(?P<id>{_ID})|(?P<phone>{_PHONE}))"
)
_WECHAT_BARE = re.compile(
    rf"v(?<![a-z0-9_]v)x(?P<phone>{_PHONE})"
    rf"|w(?<![a-z0-9_]w)x(?:(?P<phone2>{_PHONE})|(?P<wxid>id_[a-z0-9_-]{{4,30}}+)(?![a-z0-9_-]))"
)
_QQ = re.compile(rf"(?:q(?<![a-z0-9_]q)q(?:qq)*+(?:号码?|群)?|企鹅){_FILL}(?P<qq>[1-9][0-9]{{4,10}}+)(?![0-9])")
_EMAIL = r"[a-z0-9][a-z0-9._%+-]{0,63}+@[a-z0-9-]{1,63}+(?:\.[a-z0-9-]{1,63}+){1,4}+(?![a-z0-9_-])"
_ALIPAY = re.compile(rf"支付宝(?:账号|账户|帐号|号)?{_FILL}(?:(?P<email>{_EMAIL})|(?P<phone>{_PHONE}))")

_TLDS = frozenset("com cn net top xyz cc vip shop co me io ly org info club site online ink wang ren tk".split())  # noqa: SIM905
_FULL_URL = re.compile(r"h(?<![a-z0-9_]h)ttps?://[!-~]++")
_TLD_HIT = re.compile(rf"\.(?:{'|'.join(sorted(_TLDS))})(?![a-z0-9-])").search
_BARE_URL = re.compile(r"[a-z0-9-](?<![a-z0-9_@./:-][a-z0-9-])[a-z0-9-]*+(?:\.[a-z0-9-]++)++(?![@_])(?:/[!-~]*+)?")
_URL_TRAIL = ".,;:!?)]}>'\"*"
_SCHEME = re.compile(r"^[a-z]+://")

_NUM_TAIL = r"(?:[0-9]{0,2}(?:,[0-9]{3})++|[0-9]*+)(?:\.[0-9]++)?"
_CN_NUM = "零一二两三四五六七八九十百千万"
# Three patterns rather than one alternation, so each keeps its fast first-character scan.
_AMOUNTS = (
    re.compile(rf"(?:¥|r(?<![a-z]r)mb) ?[0-9]{_NUM_TAIL}(?:万|千)?(?:元|块)?"),
    re.compile(
        rf"[0-9](?<![0-9.][0-9]){_NUM_TAIL} ?(?:万元|千元|万块|千块|元(?!旦)|块钱|块|圆|rmb"
        r"|(?:万|千)(?![个只盒片件箱包人份次条张袋瓶支卷台套米克瓦年天岁名户]))"
    ),
    re.compile(rf"[{_CN_NUM}](?<![{_CN_NUM}]{{2}})[{_CN_NUM}]*+(?:元(?!旦)|圆|块钱|(?<=[{_CN_NUM}]{{2}})块(?!儿))"),
)
_AMOUNT_CUES = (("¥", "rmb"), ("元", "块", "万", "千", "圆", "rmb"), ("元", "块", "圆"))

_EDGE_PUNCT = " \t,.;:!?，。；：！？、\"'“”‘’()（）<>《》【】[]"
_NUMBER_JUNK = re.compile(r"[\s()（）+-]")
_ACCOUNT_ID = re.compile(r"wxid_[a-z0-9_-]{4,30}|[a-z][a-z0-9_-]{5,19}")
_EMAIL_FULL = re.compile(_EMAIL)
_DOMAIN_FULL = re.compile(r"[a-z0-9-]++(?:\.[a-z0-9-]++)++(?:/[!-~]*+)?")
_GROUP_SPLIT = re.compile(r"[ -]")
_HAS_DIGIT = re.compile(r"[0-9]").search
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)

_MASK_DIGIT = r"[\d零〇一二三四五六七八九幺两兩壹贰貳叁參肆伍陆陸柒捌玖]"
_MASK = re.compile(
    rf"{_MASK_DIGIT}(?<!{_MASK_DIGIT}{{2}})(?={_MASK_DIGIT}{{6}}|{_MASK_DIGIT}{{0,5}}[ -]{_MASK_DIGIT}{{3}})"
    rf"{_MASK_DIGIT}*+(?:[ -]{_MASK_DIGIT}{{3,}}+)*+"
)
_MASK_SEPARATORS = str.maketrans("", "", " -")


def luhn_valid(digits: str) -> bool:
    """The bank-card checksum; False for anything that is not ASCII digits."""
    if not (digits.isascii() and digits.isdigit()):
        return False
    odd = sum(ord(ch) - 48 for ch in digits[-1::-2])
    even = sum(_DOUBLED[ord(ch) - 48] for ch in digits[-2::-2])
    return (odd + even) % 10 == 0


def _is_id_card(digits: str) -> bool:
    """Shaped like an 18-digit mainland resident id (region, then a birth date): not a bank card."""
    return (
        len(digits) == 18
        and digits[0] in "12345678"
        and "1900" <= digits[6:10] <= "2099"
        and "01" <= digits[10:12] <= "12"
        and "01" <= digits[12:14] <= "31"
    )


def _phone(digits: str) -> str | None:
    mobile = _MOBILE.fullmatch(digits)
    if mobile:
        return mobile.group(1)
    return digits if _LANDLINE.fullmatch(digits) else None


def _card(digits: str) -> str | None:
    if 16 <= len(digits) <= 19 and luhn_valid(digits) and not _is_id_card(digits):
        return digits
    return None


def _card_grouping(run: str) -> bool:
    """No separators, or groups of four (the last may be shorter): how card numbers are written."""
    groups = _GROUP_SPLIT.split(run)
    return len(groups) == 1 or (all(len(g) == 4 for g in groups[:-1]) and len(groups[-1]) <= 4)


@lru_cache(maxsize=4096)  # floods repeat the same accounts; the answer depends on the run alone
def _classify_run(run: str) -> tuple[tuple[str, str], ...]:
    digits = run.replace(" ", "").replace("-", "")
    phone = _phone(digits)
    if phone:
        return (("phones", phone),)
    card = _card(digits) if _card_grouping(run) else None
    if card:
        return (("bank_cards", card),)
    if " " not in run:
        return ()
    found: list[tuple[str, str]] = []
    for piece in run.split(" "):  # several numbers in a row: "13812345678 13987654321"
        digits = piece.replace("-", "")
        if phone := _phone(digits):
            found.append(("phones", phone))
        elif _card_grouping(piece) and (card := _card(digits)):
            found.append(("bank_cards", card))
    return tuple(found)


def _standalone(text: str, start: int, end: int) -> bool:
    """Not glued to an id, a decimal, an email, a price or an order-number cue."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in "abcdefghijklmnopqrstuvwxyz_" or after in "abcdefghijklmnopqrstuvwxyz_@":
        return False
    if (before == "." and start >= 2 and text[start - 2].isdigit()) or (
        after == "." and text[end + 1 : end + 2].isdigit()
    ):
        return False
    if _UNIT_AFTER.match(text, end):
        return False
    return not _NOT_ACCOUNT_CUE.search(text, max(0, start - 10), start)


def _urls(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
    """Adds the URLs to `found`; returns their spans, sorted."""
    spans: list[tuple[int, int]] = []
    for m in _FULL_URL.finditer(text) if "://" in text else ():
        url = m.group().rstrip(_URL_TRAIL)
        if "." in url:
            spans.append((m.start(), m.start() + len(url)))
            found.append((m.start(), "urls", _canonical_url(url)))
    inside = _Spans(spans)
    bare: list[tuple[int, int]] = []
    for m in _BARE_URL.finditer(text) if _TLD_HIT(text) else ():
        url = m.group().rstrip(_URL_TRAIL)
        if _is_url(url) and not inside(m.start()):
            bare.append((m.start(), m.start() + len(url)))
            found.append((m.start(), "urls", _canonical_url(url)))
    return sorted(spans + bare)


class _Spans:
    """Is a position inside one of these sorted, disjoint spans? Asked with rising positions: O(1) each."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = spans
        self._next = 0

    def __call__(self, pos: int) -> bool:
        while self._next < len(self._spans) and self._spans[self._next][1] <= pos:
            self._next += 1
        return self._next < len(self._spans) and self._spans[self._next][0] <= pos


def _numbers(text: str, found: list[tuple[int, str, str]], urls: list[tuple[int, int]]) -> None:
    in_url = _Spans(urls)
    for m in _RUN.finditer(text):
        start, end = m.span()
        if in_url(start) or not _standalone(text, start, end):
            continue
        found.extend((start, kind, value) for kind, value in _classify_run(m.group()))


def _digits(phone: str) -> str:
    return _phone(_NUMBER_JUNK.sub("", phone)) or ""


def _cued(text: str, found: list[tuple[int, str, str]]) -> None:
    if any(cue in text for cue in _WECHAT_CUES):
        for m in _WECHAT.finditer(text):
            if m.group("id"):
                value = m.group("id")
                strong = m.group("strong") or ":" in m.group("fill") or "是" in m.group("fill")
                if strong or any(ch.isdigit() or ch in "_-" for ch in value):
                    found.append((m.start(), "wechat_ids", value))
            elif phone := _digits(m.group("phone")):
                found.extend(((m.start(), "wechat_ids", phone), (m.start(), "phones", phone)))
        for m in _WECHAT_BARE.finditer(text):
            if m.group("wxid"):
                found.append((m.start(), "wechat_ids", "wx" + m.group("wxid")))
            elif phone := _digits(m.group("phone") or m.group("phone2")):
                found.extend(((m.start(), "wechat_ids", phone), (m.start(), "phones", phone)))
    if "qq" in text or "企鹅" in text:
        found.extend((m.start(), "qq", m.group("qq")) for m in _QQ.finditer(text))
    if "支付宝" in text:
        for m in _ALIPAY.finditer(text):
            if m.group("email"):
                found.append((m.start(), "alipay", m.group("email")))
            elif phone := _digits(m.group("phone")):
                found.extend(((m.start(), "alipay", phone), (m.start(), "phones", phone)))


def _amounts(text: str) -> list[tuple[int, str, str]]:
    matches = [
        m
        for pattern, cues in zip(_AMOUNTS, _AMOUNT_CUES, strict=True)
        if any(cue in text for cue in cues)
        for m in pattern.finditer(text)
    ]
    amounts: list[tuple[int, str, str]] = []
    end = -1
    for m in sorted(matches, key=lambda m: m.start()):
        if m.start() >= end:  # "¥800元" once, not also "800元"
            amounts.append((m.start(), "amounts", m.group().replace(" ", "")))
            end = m.end()
    return amounts


def extract_entities(text: str) -> Entities:
    """Every account and amount in `text` (already normalised), per kind, deduplicated, in order."""
    found: list[tuple[int, str, str]] = []
    spans = _urls(text, found) if "." in text else []
    if _HAS_DIGIT(text):
        _numbers(text, found, spans)
    _cued(text, found)
    found.extend(_amounts(text))
    entities: Entities = {kind: [] for kind in ENTITY_KINDS}
    seen: set[tuple[str, str]] = set()
    for _, kind, value in sorted(found, key=lambda item: item[0]):
        if (kind, value) not in seen:
            seen.add((kind, value))
            entities[kind].append(value)
    return entities


def _canonical_url(url: str) -> str:
    return _SCHEME.sub("", url).rstrip("/")


def canonical_account(value: str) -> str:
    """The key an account is stored and compared under: what `extract_entities` yields for it, and
    what an officer's typing of the same account ("138-1234-5678", "+86 138 1234 5678") becomes."""
    text = fold(value).strip(_EDGE_PUNCT)
    if _SCHEME.match(text) or text.startswith("www."):
        return _canonical_url(text)
    compact = _NUMBER_JUNK.sub("", text)
    if compact.isascii() and compact.isdigit():
        mobile = _MOBILE.fullmatch(compact)
        return mobile.group(1) if mobile else compact
    if "@" not in text and _DOMAIN_FULL.fullmatch(text) and _is_url(text):
        return _canonical_url(text)
    return text.replace(" ", "")


def _is_url(text: str) -> bool:
    host = _SCHEME.sub("", text).split("/", 1)[0]
    return "." in host and host.rsplit(".", 1)[1] in _TLDS


def classify_account(value: str) -> str | None:
    """Which ENTITY_KINDS key a bare typed value belongs to, or None if it is not an account."""
    text = fold(value).strip(_EDGE_PUNCT)
    canonical = canonical_account(value)
    if not canonical:
        return None
    if _EMAIL_FULL.fullmatch(canonical):
        return "alipay"
    if (_SCHEME.match(text) and _is_url(text)) or (_DOMAIN_FULL.fullmatch(canonical) and _is_url(canonical)):
        return "urls"
    if canonical.isascii() and canonical.isdigit():
        if _phone(canonical):
            return "phones"
        if _card(canonical):
            return "bank_cards"
        return "qq" if 5 <= len(canonical) <= 11 and canonical[0] != "0" else None
    return "wechat_ids" if _ACCOUNT_ID.fullmatch(canonical) else None


def _mask(match: re.Match[str]) -> str:
    run = match.group()
    digits = run.translate(_MASK_SEPARATORS)
    return f"{digits[:3]}****{digits[-4:]}" if len(digits) >= 7 else run


def mask_accounts(text: str) -> str:
    """For logs: every digit run of seven or more digits becomes first 3 + **** + last 4."""
    return _MASK.sub(_mask, text)
