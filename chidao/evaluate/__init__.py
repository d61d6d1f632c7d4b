"""Scoring the extractor against hand-made gold annotations (see docs/GOLD.md)."""
