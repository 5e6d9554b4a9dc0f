"""WCAG 2.x contrast ratio (no Qt): relative luminance of sRGB colours, ratio (L1 + 0.05) / (L2 + 0.05)."""

from __future__ import annotations

AAA_TEXT = 7.0
"""WCAG 1.4.6 (AAA) for normal text."""
NON_TEXT = 3.0
"""WCAG 1.4.11 for focus indicators and control boundaries."""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb" (0 for black, 1 for white)."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"expected #rrggbb, got {colour!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """1.0 (same) to 21.0 (black on white), whichever way round the colours are given."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
