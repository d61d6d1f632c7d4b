"""Every report's LSH band keys made again from its stored signature.

Ingest makes a report's band keys from its MinHash signature's uint32 values; a restored
backup made them again from the stored signature read as uint64, so the keys of a restored
report differed from those ingest makes, and a near-duplicate ingested after a restore did
not find it (its copy started an event group of its own). `chidao.store.dedup.from_bytes`
now reads a signature back as ingest made it; this migration makes every report's keys
again from its signature, which leaves a store that was never restored as it was. The
downgrade keeps the keys (they are right for the chidao before it too).

Revision ID: 0014_bands_from_signatures
Revises: 0013_item_ids_made
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from chidao.store import bulk, dedup

revision = "0014_bands_from_signatures"
down_revision = "0013_item_ids_made"
branch_labels = None
depends_on = None

_BATCH = 2_000


def upgrade() -> None:
    connection = op.get_bind()
    last = -1
    while True:
        rows = connection.execute(sa.text(
            f"SELECT seq, minhash FROM documents WHERE seq > :last ORDER BY seq LIMIT {_BATCH}"),
            {"last": last}).all()
        if not rows:
            return
        first, last = rows[0][0], rows[-1][0]
        connection.execute(sa.text("DELETE FROM document_bands WHERE document_seq BETWEEN :first AND :last"),
                           {"first": first, "last": last})
        bulk.insert_values(connection, "document_bands", ("band", "document_seq"), [
            (band, seq) for seq, minhash in rows if minhash
            for band in sorted(set(dedup.band_keys(dedup.from_bytes(bytes(minhash)))))])


def downgrade() -> None:
    pass
