"""Extraction of directives (placeholder until its owner lands the real extractor)."""

from __future__ import annotations

from chidao.extract.context import Context
from chidao.model import Document


def extract_directives(document: Document, context: Context) -> list:
    return []
