"""Every report's LSH band keys made again from its stored signature, kept as 32-bit values.

Ingest makes a report's band keys from its MinHash signature's uint32 values; a restored
backup made them again from the stored signature read as uint64, so the keys of a restored
report differed from those ingest makes, and a near-duplicate ingested after a restore did
not find it (its copy started an event group of its own). `chidao.store.dedup.from_bytes`
now reads a signature back as ingest made it; this migration makes every report's keys
again from its signature, which leaves a store that was never restored as it was.

The signatures themselves are kept as 32-bit values (`dedup.to_bytes`: the scheme is
affine32, the upper half of every 64-bit value was zero), half their room. The downgrade
writes them as 64-bit values again and keeps the keys (right for the chidao before it too).

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


def _signatures(width: str, bands: bool) -> None:
    """Every report's signature written with `width` ("<u4", "<u8"); with `bands`, its band keys
    made again."""
    connection = op.get_bind()
    last = -1
    while True:
        rows = connection.execute(sa.text(
            f"SELECT seq, minhash FROM documents WHERE seq > :last AND minhash IS NOT NULL ORDER BY seq "
            f"LIMIT {_BATCH}"), {"last": last}).all()
        if not rows:
            return
        first, last = rows[0][0], rows[-1][0]
        signatures = [(seq, dedup.from_bytes(bytes(minhash))) for seq, minhash in rows]
        connection.execute(sa.text("UPDATE documents SET minhash = :minhash WHERE seq = :seq"),
                           [{"seq": seq, "minhash": signature.astype(width).tobytes()}
                            for seq, signature in signatures])
        if bands:
            connection.execute(sa.text("DELETE FROM document_bands WHERE document_seq BETWEEN :first "
                                       "AND :last"), {"first": first, "last": last})
            bulk.insert_values(connection, "document_bands", ("band", "document_seq"), [
                (band, seq) for seq, signature in signatures
                for band in sorted(set(dedup.band_keys(signature)))])


def upgrade() -> None:
    _signatures("<u4", bands=True)


def downgrade() -> None:
    _signatures("<u8", bands=False)
