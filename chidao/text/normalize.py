"""Normalize Vietnamese text once, before any offset is computed."""

from __future__ import annotations

import unicodedata


def normalize_text(text: str) -> str:
    """NFC, Unix newlines. (Tone-mark placement is added by the text module owner.)"""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
