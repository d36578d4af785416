"""The checkable text of a WeChat app message (link card, mini-program) from its raw XML.

Puppets deliver link and mini-program cards as `<msg><appmsg><title>…</title><des>…</des>
<url>…</url>…</appmsg></msg>`. When a puppet cannot parse one itself (malformed XML), the channel
falls back to this. Anything may arrive here, so it is bounded (size cut, no DTD, no recursion)
and never raises; broken XML is read leniently, one tag at a time.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

MAX_XML_CHARS = 100_000  # real cards are a few kB
FIELDS = ("title", "des", "url")
_CDATA_START, _CDATA_END = "<![CDATA[", "]]>"


def app_message_text(raw: str) -> str:
    """title, description and URL, one per line ("" when none is found). Text that is not XML is
    returned as it is (a puppet that already gave the title)."""
    text = raw[:MAX_XML_CHARS]
    if "<" not in text:
        return text.strip()
    values = _parsed(text)
    if values is None:
        values = [_lenient(text, name) for name in FIELDS]
    return "\n".join(v for v in (" ".join(value.split()) for value in values) if v)


def _parsed(text: str) -> list[str] | None:
    """Field values from well-formed XML; None when it is not (or declares a DTD: entity bombs)."""
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        return [_lenient(text.split(">", 1)[-1], name) for name in FIELDS]
    try:
        root = ET.fromstring(text.strip())
    except (ET.ParseError, ValueError):
        return None
    app = root if root.tag == "appmsg" else root.find(".//appmsg")
    scope = app if app is not None else root
    return [(scope.findtext(name) or "") for name in FIELDS]


def _lenient(text: str, name: str) -> str:
    """The first `<name>…</name>` (attributes allowed), unescaped; linear time."""
    start = 0
    while (at := text.find(f"<{name}", start)) != -1:
        after = text[at + len(name) + 1 : at + len(name) + 2]
        if after in (">", " ", "\t", "\n", "/"):
            close_tag = text.find(">", at)
            if close_tag == -1:
                return ""
            if text[close_tag - 1] == "/":
                return ""  # <title/>
            end = text.find(f"</{name}>", close_tag)
            value = text[close_tag + 1 : end if end != -1 else len(text)]
            return _unwrap(value)
        start = at + 1
    return ""


def _unwrap(value: str) -> str:
    if value.lstrip().startswith(_CDATA_START):
        inner = value.lstrip()[len(_CDATA_START) :]
        end = inner.find(_CDATA_END)
        return inner if end == -1 else inner[:end]
    if "<" in value:  # a broken card: nested markup; keep the text between tags
        first, *rest = value.split("<")
        value = first + "".join(part.split(">", 1)[-1] for part in rest)
    return html.unescape(value)
