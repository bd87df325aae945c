"""The search benchmark's synthetic sheets (bench/synthetic.py, text="reel") are valid sheets that read
like the real ones: sentences of the real sheets, made-up towns, no leftover marker. The default kind
is checked by test_check_store.py."""
from __future__ import annotations

import re
import sys

import yaml
from conftest import ROOT, copy_project, fabrique

sys.path.insert(0, str(ROOT))
from bench.synthetic import real_text, sentences_of, write_sheets  # noqa: E402


def test_real_text_sheets_pass_check(tmp_path):
    project = copy_project(tmp_path / "projet")
    write_sheets(project / "experiences", 60, text="reel")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 0, result.stdout
    assert "tout est en ordre" in result.stdout


def test_real_text_sheets_are_made_of_real_sentences(tmp_path):
    records = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in write_sheets(tmp_path, 40, text="reel")]
    real = set(real_text()["sentences"])
    assert len({r["structure"]["commune"] for r in records}) >= 35  # made-up towns, seldom twice
    drawn = matched = 0
    for record in records:
        assert "{ville}" not in str(record) and "{structure}" not in str(record) and "Commune-" not in str(record)
        for sentence in sentences_of(record["description"]):
            anonymous = sentence.replace(record["structure"]["nom"], "{structure}").replace(
                record["structure"]["commune"], "{ville}")
            drawn += 1
            matched += anonymous in real
    assert drawn and matched / drawn > 0.9, (matched, drawn)
    words = {w for r in records for w in re.findall(r"\w+", r["description"].lower())}
    assert len(words) > 500, len(words)  # the vocabulary of real text, not a hundred words
