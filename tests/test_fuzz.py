"""Fuzzing the loader and the checker: any input gives a clean record or problems, never an exception."""
from __future__ import annotations

import copy

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from generator.check import check_record
from generator.kinds import BY_NAME
from generator.load import load_text
from generator.problems import Problem

SHEET = (SAMPLES / "experiences" / "cafe-des-aidants.yml").read_bytes()
SHEET_DATA = yaml.safe_load(SHEET)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(raw: bytes) -> None:
    record, problems = load_text(raw, "experiences/fuzz.yml", "experiences")
    assert all(isinstance(p, Problem) and p.line >= 1 and p.column >= 1 and p.message for p in problems)
    assert record is not None or problems  # a record comes back with its problems, so all are told at once
    if record is not None:
        found = check_record(BY_NAME["experience"], record)
        assert all(isinstance(p, Problem) and p.line >= 1 for p in found)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(raw):
    outcome(raw)


YAMLISH = st.text(alphabet=st.sampled_from(list("abc:- \n\t'\"#&*!|>[]{},%@`0129.é\u00a0\u2028\x00")), max_size=400)


@FUZZ
@given(YAMLISH)
def test_yaml_like_text(text):
    outcome(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=len(SHEET)))
def test_sheet_with_bytes_inserted(noise, position):
    outcome(SHEET[:position] + noise + SHEET[position:])


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
    | st.sampled_from(["2024-02-30", "2024-13-01", "0000-00-00", "javascript:alert(1)", "<script>", "../etc", ""]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, prefix + (index,))


ALL_PATHS = [p for p in _paths(SHEET_DATA) if p]


@FUZZ
@given(st.sampled_from(ALL_PATHS), VALUES, st.sampled_from(["replace", "delete", "rename"]))
def test_structured_mutations(path, value, action):
    data = copy.deepcopy(SHEET_DATA)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"{last}x"] = parent.pop(last)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    outcome(text.encode("utf-8", "surrogatepass"))


def test_deep_nesting_and_alias_bomb():
    outcome(b"a: " + b"[" * 5000 + b"]" * 5000)
    outcome(b"a: " + b"{x: " * 3000 + b"1" + b"}" * 3000)
    bomb = b'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n'
    record, problems = load_text(bomb, "experiences/bombe.yml", "experiences")
    assert record is None
    assert "ancres et alias" in problems[0].message
