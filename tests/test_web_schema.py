"""The API against its own OpenAPI schema (schemathesis): whatever a client sends that the schema
allows (and, in negative mode, what it does not) is answered without a server error, errors as
JSON. A few examples per operation keep the suite fast; the store is a copy, as the examples
delete reports and change accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from web_support import WebStore, copy_store

from chidao.web.app import create_app

EXAMPLES = 6  # per operation and mode


def _operations(store: WebStore):
    schema = schemathesis.openapi.from_asgi(
        "/api/v1/openapi.json", create_app(store.db), headers=store.headers("admin")
    )
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_makes_the_server_fail(
    web_template: WebStore, tmp_path: Path, mode: GenerationMode
) -> None:
    store = copy_store(web_template, tmp_path)
    operations = _operations(store)
    assert len(operations) >= 20
    failures: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def call(case) -> None:
            # The schema's bearer scheme makes schemathesis send a made-up token: send a real one.
            case.headers = {**(case.headers or {}), **store.headers("admin")}
            response = case.call()
            if response.status_code >= 500 or (
                response.status_code >= 400 and "detail" not in response.json()
            ):
                failures.append(
                    f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}"
                )

        call()
    assert failures == []
