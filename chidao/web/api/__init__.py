"""The JSON API under /api/v1: one module per resource; every route needs a bearer token
(`chidao user add NAME --token`), changes need the editor role, accounts the admin role.

Shapes are the command line's `--format json` (item dicts of `chidao.store.queries`),
except that a target's evaluation is "evaluation" (met | not_met | pending) and its
"status" is the follow-up status, as for every other item. Errors are JSON
{"detail": "…"} with a 4xx status: 401 no or bad token, 403 role too low, 404 unknown
id, 409 ambiguous id prefix, 400 a value refused, 413 a file too large, 422 a request
of the wrong shape.
"""

from fastapi import APIRouter

from chidao.web.api import accounts, documents, follow, items, search

router = APIRouter()
for module in (documents, items, search, follow, accounts):
    router.include_router(module.router)
