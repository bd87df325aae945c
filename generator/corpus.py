"""The checked records, by kind and id, with the back-references the pages need."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.load import RawRecord


@dataclass
class Corpus:
    records: dict[str, dict[str, RawRecord]] = field(default_factory=lambda: defaultdict(dict))

    def of(self, kind: str) -> list[dict]:
        """The data of every record of a kind, in id order."""
        return [record.data for _, record in sorted(self.records.get(kind, {}).items())]

    def get(self, kind: str, record_id: str) -> dict:
        return self.records[kind][record_id].data

    def count(self, kind: str) -> int:
        return len(self.records.get(kind, {}))
