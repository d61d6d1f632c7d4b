"""Helpers for writing the probe gold: find phrases in document.text (as read_source makes
it) and turn them into offsets. Never runs the extractor."""
import hashlib
import json
import sys
from pathlib import Path

from chidao.evaluate.gold import dump_gold, load_gold, text_problems
from chidao.ingest.reader import read_source

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "probe"
# where `Doc.write` puts the gold and whether it prints the phrases found (build_gold.py --check
# writes elsewhere, quietly, and compares)
OUT = {"dir": GOLD, "review": True}
KINDS = ["events", "people", "organizations", "localities", "legal_refs", "directives",
         "targets", "commitments", "indicators"]


def _bounded(t, a, b):
    return (a == 0 or not t[a - 1].isalnum()) and (b == len(t) or not t[b].isalnum())


class Doc:
    def __init__(self, name, date):
        self.name = name
        self.doc = next(read_source(str(ROOT / "probe" / f"{name}.txt")))
        self.t = self.doc.text
        self.g = {"document": {"source": f"{name}.txt",
                               "id": hashlib.sha256(self.t.encode("utf-8")).hexdigest(),
                               "date": date}}
        for k in KINDS:
            self.g[k] = []

    def occ(self, phrase, bounded=True):
        out, i = [], self.t.find(phrase)
        while i >= 0:
            if not bounded or _bounded(self.t, i, i + len(phrase)):
                out.append([i, i + len(phrase)])
            i = self.t.find(phrase, i + 1)
        return out

    def s(self, phrase, n=None):
        o = self.occ(phrase, bounded=False)
        if n is None:
            assert len(o) == 1, (self.name, phrase, len(o))
            return o[0]
        return o[n]

    def sub(self, phrase, inner, n=None):
        a = self.s(phrase, n)[0]
        i = self.t.find(inner, a)
        assert 0 <= i < a + len(phrase), (self.name, phrase, inner)
        return [i, i + len(inner)]

    def sent(self, first, last, n=None):
        a = self.s(first, n)[0]
        b = self.t.find(last, a)
        assert b >= 0, (self.name, last)
        return [a, b + len(last)]

    def m(self, phrase, skip=(), n=None):
        o = self.occ(phrase)
        assert o, (self.name, phrase)
        if n is not None:
            assert len(o) == n, (self.name, phrase, len(o), n)
        return [x for i, x in enumerate(o) if i not in skip]

    # item builders
    def event(self, span, **kw):
        self.g["events"].append({"span": span, **kw})

    def person(self, name, ranks, positions, mentions, **kw):
        self.g["people"].append({"name": name, "ranks": ranks, "positions": positions,
                                 "mentions": sorted(mentions), **kw})

    def org(self, name, mentions, **kw):
        self.g["organizations"].append({"name": name, "mentions": sorted(mentions), **kw})

    def loc(self, name, level, code, cur, cur_code, mentions, **kw):
        self.g["localities"].append({"name": name, "level": level, "code": code,
                                     "current_name": cur, "current_code": cur_code,
                                     "mentions": sorted(mentions), **kw})

    def legal(self, span, kind, number, symbol, date, issuer, **kw):
        self.g["legal_refs"].append({"span": span, "kind": kind, "number": number, "symbol": symbol,
                                     "date": date, "issuer": issuer, **kw})

    def directive(self, span, speaker, verb, **kw):
        self.g["directives"].append({"span": span, "speaker": speaker, "verb": verb, **kw})

    def target(self, span, metric_key, direction, value, unit, at_least, baseline, deadline, scope, **kw):
        self.g["targets"].append({"span": span, "metric_key": metric_key, "direction": direction,
                                  "value": value, "unit": unit, "at_least": at_least,
                                  "baseline": baseline, "deadline": deadline, "scope": scope, **kw})

    def commitment(self, span, kind, amount, unit, **kw):
        self.g["commitments"].append({"span": span, "kind": kind, "amount": amount, "unit": unit, **kw})

    def indicator(self, span, metric_key, value, unit, direction, baseline, period, scope, **kw):
        self.g["indicators"].append({"span": span, "metric_key": metric_key, "value": value,
                                     "unit": unit, "direction": direction, "baseline": baseline,
                                     "period": period, "scope": scope, **kw})

    def write(self, review=True):
        review = review and OUT["review"]
        path = OUT["dir"] / f"{self.name}.json"
        path.write_text(dump_gold(self.g), encoding="utf-8")
        gold = load_gold(path)
        problems = text_problems(gold, self.t)
        assert not problems, (self.name, problems)
        if review:
            print(f"===== {self.name}")
            for k in KINDS:
                for it in self.g[k]:
                    spans = it.get("mentions") or [it["span"]]
                    label = it.get("name") or it.get("metric_key") or it.get("type") or it.get("kind") or it.get("verb")
                    print(f"  {k[:5]} {label}: " + " | ".join(repr(self.t[a:b])[:90] for a, b in spans))
