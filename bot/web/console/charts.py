"""Small server-rendered SVG charts (no JavaScript, no CDN). Labels are escaped; sizes use a
viewBox so the charts scale down to a phone screen."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

BAR = "#c0392b"
AXIS = "#888"


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def columns(points: Sequence[tuple[str, int]], title: str, height: int = 180) -> Markup:
    """Vertical bars, one per point (e.g. cases per day); every 5th label shown."""
    width = max(300, 12 * len(points) + 40)
    top = max([v for _, v in points] + [1])
    plot_h = height - 40
    step = (width - 40) / max(1, len(points))
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">',
        f"<title>{escape(title)}</title>",
        f'<line x1="30" y1="{plot_h + 10}" x2="{width - 5}" y2="{plot_h + 10}" stroke="{AXIS}"/>',
        f'<text x="2" y="16" font-size="11" fill="{AXIS}">{top}</text>',
    ]
    for i, (label, value) in enumerate(points):
        h = plot_h * value / top
        x = 32 + i * step
        parts.append(
            f'<rect x="{_fmt(x)}" y="{_fmt(plot_h + 10 - h)}" width="{_fmt(step * 0.75)}" height="{_fmt(h)}" '
            f'fill="{BAR}"><title>{escape(label)}：{value}</title></rect>'
        )
        last = i == len(points) - 1
        if i % 5 == 0 or last:
            anchor = f'x="{_fmt(x + step * 0.75)}" text-anchor="end"' if last else f'x="{_fmt(x)}"'
            parts.append(f'<text {anchor} y="{height - 12}" font-size="10" fill="{AXIS}">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def bars(items: Sequence[tuple[str, int]], title: str, row_h: int = 26) -> Markup:
    """Horizontal bars with their label and count (e.g. cases per category or group)."""
    width = 360
    height = max(1, len(items)) * row_h + 8
    top = max([v for _, v in items] + [1])
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    if not items:
        parts.append(f'<text x="4" y="18" font-size="12" fill="{AXIS}">暂无数据</text>')
    for i, (label, value) in enumerate(items):
        y = 4 + i * row_h
        w = 190 * value / top
        short = label if len(label) <= 10 else label[:9] + "…"
        parts.append(f'<text x="0" y="{y + 16}" font-size="12" fill="#222">{escape(short)}</text>')
        parts.append(f'<rect x="130" y="{y + 4}" width="{_fmt(max(w, 1))}" height="{row_h - 10}" fill="{BAR}"/>')
        parts.append(f'<text x="{_fmt(136 + w)}" y="{y + 16}" font-size="12" fill="#222">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
