"""An item's words are read from its report's text at its span, not stored again.

By the grounding invariant an item's words (`items.text`) are `documents.text[span_start:
span_end]`; the column now holds them only where they are not (none is expected: a row is
left as it was rather than lose words), and the store reads them from the report at the
item's span (`chidao.store.schema.Item.text`). SQLite's `substr` and PostgreSQL's count
characters, as Python's string offsets do. The full-text rows are unchanged (contentless:
they never held the words), and the downgrade writes the words back.

Revision ID: 0009_item_words_from_span
Revises: 0008_items_by_document_row
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0009_item_words_from_span"
down_revision = "0008_items_by_document_row"
branch_labels = None
depends_on = None

# The kinds whose items have words (chidao.store.item_data.WORDED_KINDS as of this revision).
_KINDS = "('events', 'legal_refs', 'directives', 'targets', 'commitments', 'indicators')"
_AT_SPAN = ("(SELECT substr(d.text, items.span_start + 1, items.span_end - items.span_start) "
            "FROM documents d WHERE d.seq = items.document_seq)")


def upgrade() -> None:
    op.execute(f"UPDATE items SET text = NULL WHERE text IS NOT NULL AND kind IN {_KINDS} "
               f"AND span_start IS NOT NULL AND text = {_AT_SPAN}")


def downgrade() -> None:
    op.execute(f"UPDATE items SET text = {_AT_SPAN} WHERE text IS NULL AND kind IN {_KINDS} "
               "AND span_start IS NOT NULL")
