"""What the store adds to an extraction's items so the register filters reach them.

The extractor gives directives a speaker and topics; a commitment or an indicator
said outside a directive has neither. At store time (ingest and reextract) the
item rows get:

- `commitment_giver(text, span, people)`: the person who gave a commitment made
  outside a directive: the person named last before it in its sentence ("Bí thư
  Tỉnh ủy Vương Đình Thắng ... khẳng định tỉnh sẽ bố trí 45 tỷ đồng"), else the
  one person a title opening the sentence or one of its clauses refers to
  ("Thứ trưởng thông báo, ... Bộ Công an sẽ trang bị thêm 50 xe"); None when the
  sentence names no one.
- `indicator_topics(text, sentence, span, metric)`: the topics (topics.tsv, the
  directives' classifier) named in an indicator's metric and words, else in the
  part of its sentence between semicolons ("phát hiện, bắt giữ 312 vụ, 415 đối
  tượng phạm tội về ma túy;" is about drugs; a figure on crime does not take the
  traffic accidents reported after the next ";").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from chidao.extract.mentions import title_holder
from chidao.extract.metrics import find_topics
from chidao.model import Person
from chidao.text.sentences import split_sentences

Span = tuple[int, int]


def sentence_of(sentences: Sequence[Span], span: Span) -> Span:
    """The sentence (from `split_sentences`, in order) that holds `span`'s start."""
    index = bisect_right([start for start, _ in sentences], span[0]) - 1
    return sentences[index] if index >= 0 else (0, span[1])


def sentences_of(text: str) -> list[Span]:
    """Sentence spans of a whole report."""
    return split_sentences(text)


def commitment_giver(text: str, sentence: Span, span: Span, people: Sequence[Person]) -> str | None:
    """The full name of who gave the commitment at `span`, said in `sentence` (see module doc)."""
    start = sentence[0]
    named = [(m_start, person.name) for person in people for m_start, m_end in person.mentions
             if start <= m_start and m_end <= span[0]]
    if named:
        return max(named)[1]
    # "Bộ trưởng cho biết, …", "Tại buổi làm việc, Thứ trưởng thông báo, …"
    clause_starts = [start] + [i + 2 for i in range(start, span[0] - 1) if text[i:i + 2] == ", "]
    for clause in reversed(clause_starts):
        name = title_holder(text[clause:span[0]], list(people))
        if name:
            return name
    return None


def indicator_topics(text: str, sentence: Span, span: Span, metric: str | None) -> tuple[str, ...]:
    """Topic keys of an indicator: named in its metric or its words, else in its clause."""
    own = dict.fromkeys((*find_topics(metric or ""), *find_topics(text, span[0], span[1])))
    if own:
        return tuple(own)
    start = text.rfind(";", sentence[0], span[0]) + 1 or sentence[0]
    end = text.find(";", span[1], sentence[1])
    return find_topics(text, start, sentence[1] if end < 0 else end)
