"""Accounts for the web app: users, API tokens, browser sessions; who uploaded a report.

- `users`: name, role (viewer | editor | admin), argon2 password hash, created by/at,
  whether the password is a one-time one (to be replaced at the next login).
- `api_tokens`: SHA-256 of each bearer token (the token is shown once).
- `web_sessions`: SHA-256 of each session cookie, its CSRF token, when it ends.
- `documents.added_by`: who uploaded a report in the browser (null for `chidao ingest`).

Revision ID: 0005_users
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_users"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Text),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("password_temporary", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.add_column("documents", sa.Column("added_by", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("added_by")
    op.drop_table("web_sessions")
    op.drop_table("api_tokens")
    op.drop_table("users")
