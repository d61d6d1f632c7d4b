"""The topics of topics.tsv as a user names them: by key or Vietnamese label, diacritics optional.

- `topic_labels()`: key -> Vietnamese label, in the file's order.
- `topic_choices()`: the labels with their keys, for a message listing what may be named.
- `resolve_topic(name)`: the key a user means by "drugs", "Phòng, chống ma túy",
  "ma tuy" or "Ma túy" (a key, a label or one of the topic's phrasings, folded;
  else the one label holding those words); `UnknownTopic` otherwise.
"""

from __future__ import annotations

from functools import cache

import regex

from chidao.gazetteer.loader import load_table
from chidao.text.fold import fold_key


class UnknownTopic(ValueError):
    """A name that is no topic, or that several topics' labels hold."""


@cache
def topic_labels() -> dict[str, str]:
    """Topic key -> its Vietnamese label, in the order of topics.tsv."""
    return {row["key"]: row["label"] for row in load_table("topics.tsv")}


def topic_choices(keys: list[str] | None = None) -> str:
    """The topics a user may name, for a message: "Phòng, chống ma túy (drugs); …" (the label
    read, the key the options also take); `keys`: only those (default: every topic)."""
    labels = topic_labels()
    return "; ".join(f"{labels[key]} ({key})" for key in (keys if keys is not None else labels))


@cache
def _names() -> dict[str, str]:
    """Folded key, label and phrasing -> topic key (no two topics share one)."""
    names: dict[str, str] = {}
    for row in load_table("topics.tsv"):
        forms = [row["key"], row["key"].replace("_", " "), row["label"], *row["phrasings"].split("|")]
        for form in forms:
            if form.strip():
                names.setdefault(fold_key(form), row["key"])
    return names


def resolve_topic(name: str) -> str:
    """The topic key `name` means (see module doc); UnknownTopic naming the valid keys if none."""
    wanted = fold_key(name)
    if wanted in _names():
        return _names()[wanted]
    words = regex.compile(r"(?<!\w)" + regex.escape(wanted) + r"(?!\w)") if wanted else None
    holders = [key for key, label in topic_labels().items() if words and words.search(fold_key(label))]
    if len(holders) == 1:
        return holders[0]
    if holders:
        raise UnknownTopic(f"lĩnh vực {name!r} chưa rõ: có thể là {topic_choices(holders)}")
    raise UnknownTopic(f"không có lĩnh vực {name!r}; chọn một trong: {topic_choices()}")
