"""Request bodies of the JSON API (pydantic models, so the OpenAPI schema describes them)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["open", "in_progress", "done", "dropped"]
AddableKind = Literal["events", "legal_refs", "directives", "targets", "commitments", "indicators"]
RegisterKind = Literal["directives", "targets", "commitments", "indicators"]
ItemKind = Literal[
    "events",
    "people",
    "organizations",
    "localities",
    "legal_refs",
    "directives",
    "targets",
    "commitments",
    "indicators",
]
Role = Literal["viewer", "editor", "admin"]


class FollowUpChange(BaseModel):
    """Follow-up fields to change; those left out stay as they are ("" clears owner or due)."""

    status: Status | None = None
    owner: str | None = Field(None, max_length=300)
    due: str | None = Field(None, max_length=10, description='YYYY-MM-DD, or "" for none')
    note: str | None = Field(None, max_length=2000, description="A note added to the item's notes")


class Rejection(BaseModel):
    reason: str | None = Field(None, max_length=300)


class FieldCorrection(BaseModel):
    """Fields and the values a person typed, as `chidao correct --set FIELD=VALUE` takes them."""

    values: dict[str, str] = Field(..., description='e.g. {"speaker": "Tô Lâm"}; "" means none')


class NewItem(BaseModel):
    """An item the extractor missed: its words as a span or as the words themselves."""

    kind: AddableKind
    span: tuple[int, int] | None = Field(None, description="[start, end] in the report's text")
    words: str | None = Field(None, max_length=5000)
    occurrence: int | None = Field(None, ge=1, le=100_000)
    values: dict[str, str] = Field(default_factory=dict)


class DocumentDate(BaseModel):
    date: str = Field(..., max_length=10, description="YYYY, YYYY-MM, YYYY-MM-DD, dd/mm/yyyy or mm/yyyy")


class NewUser(BaseModel):
    name: str = Field(..., max_length=64)
    role: Role
    token: bool = False


class RoleChange(BaseModel):
    role: Role
