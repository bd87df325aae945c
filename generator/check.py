"""Load every record, then check it: schema, ids, references, rules. Never stops at the first problem."""
from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

from generator import schema
from generator.corpus import Corpus
from generator.kinds import BY_FOLDER, BY_NAME, KINDS, Kind
from generator.load import RawRecord, load_file
from generator.problems import Problem
from generator.project import Project


def check_project(project: Project, only: list[Path] | None = None) -> tuple[Corpus, list[Problem]]:
    """Check the whole corpus (plus `only` files from elsewhere); report problems of `only` when given."""
    files = list(project.record_files())
    problems: list[Problem] = []
    if only:
        known = {file.resolve() for _, file in files}
        for extra in only:
            if extra.resolve() in known:
                continue
            kind = BY_FOLDER.get(extra.resolve().parent.name)
            if kind is None:
                problems.append(
                    Problem(
                        project.shown(extra), 1, 1,
                        "impossible de savoir de quel type de fiche il s'agit : le fichier doit être dans un dossier "
                        + ", ".join(f"« {k.folder}/ »" for k in KINDS) + ".",
                    )
                )
                continue
            files.append((kind, extra))
    corpus, corpus_problems = check_files(project, files)
    problems.extend(corpus_problems)
    if not only:
        from generator.front_matter import check_pages

        problems.extend(check_pages(project))
    if only:
        wanted = {project.shown(path) for path in only}
        problems = [p for p in problems if p.path in wanted]
    return corpus, sorted(set(problems), key=_order)


def _order(problem: Problem):
    return (problem.path, problem.line, problem.column, problem.message)


PARALLEL_FROM = 600  # files; below this, starting worker processes costs more than it saves


def load_and_check(job: tuple, cache: Path | None = None) -> tuple[RawRecord | None, list[Problem]]:
    """One file: load it, then check it alone (schema, id, personal data). With a cache folder, a file
    whose bytes were already checked by this very version of the checker is not parsed again."""
    kind_name, file, shown = job[:3]
    kind = BY_NAME[kind_name]
    if cache is None:
        record, problems = load_file(Path(file), shown, kind.folder)
        if record is not None:
            problems = problems + check_record(kind, record)
        return record, problems
    from generator import check_cache

    return check_cache.cached(kind, Path(file), shown, cache, lambda raw: _check_bytes(kind, raw, shown))


def _check_bytes(kind: Kind, raw: bytes, shown: str):
    from generator.load import load_text

    record, problems = load_text(raw, shown, kind.folder)
    if record is not None:
        problems = problems + check_record(kind, record)
    return record, problems


def _load_one(job):
    return load_and_check(job[:3], job[3])


def _load_all(project: Project, files: list[tuple[Kind, Path]]):
    cache = project.cache / "controle"
    jobs = [(kind.name, str(file), project.shown(file), cache) for kind, file in files]
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        return [_load_one(job) for job in jobs]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_load_one, jobs, chunksize=64)


def check_files(project: Project, files: list[tuple[Kind, Path]]) -> tuple[Corpus, list[Problem]]:
    problems: list[Problem] = []
    loaded: list[tuple[Kind, RawRecord]] = []
    for (kind, _), (record, found) in zip(files, _load_all(project, files)):
        problems.extend(found)
        if record is not None:
            loaded.append((kind, record))
    corpus = Corpus()
    for kind, record in loaded:
        record_id = record.data.get("id")
        stem = Path(record.path).stem
        if isinstance(record_id, str) and record_id == stem:
            if record_id in corpus.records[kind.name]:
                first = corpus.records[kind.name][record_id]
                problems.append(_at(record, ("id",), f"l'identifiant « {record_id} » est déjà pris par {first.path} : choisissez-en un autre (et renommez le fichier)."))
                continue
            corpus.records[kind.name][record_id] = record
    for kind, record in loaded:
        problems.extend(check_references(kind, record, corpus))
    problems.extend(check_corpus_rules(corpus))
    return corpus, problems


def _at(record: RawRecord, path: tuple, message: str, key: bool = False, level: str = "error") -> Problem:
    line, column = record.where(path, key=key)
    return Problem(record.path, line, column, message, level)


def check_record(kind: Kind, record: RawRecord) -> list[Problem]:
    problems = []
    errors = schema.errors(kind.name, record.data)
    misspelt = schema.misspelt_keys(errors)
    for error in errors:
        explained = schema.explain(error, misspelt)
        if explained is not None:
            path, on_key, message = explained
            problems.append(_at(record, path, message, key=on_key))
    stem = Path(record.path).stem
    record_id = record.data.get("id")
    if isinstance(record_id, str) and record_id != stem and ID_PATTERN.match(record_id):
        problems.append(
            _at(record, ("id",), f"l'identifiant « {record_id} » doit être identique au nom du fichier « {stem} » : "
                f"renommez le fichier en « {record_id}.yml » ou écrivez « id: {stem} ».")
        )
    problems.extend(personal_data_warnings(record))
    return problems


def _values_at(data, path: tuple[str, ...], prefix: tuple = ()):
    """Every (path, value) matching a reference path with "*" for list items."""
    if not path:
        yield prefix, data
        return
    head, rest = path[0], path[1:]
    if head == "*":
        if isinstance(data, list):
            for index, item in enumerate(data):
                yield from _values_at(item, rest, prefix + (index,))
    elif isinstance(data, dict) and head in data:
        yield from _values_at(data[head], rest, prefix + (head,))


def check_references(kind: Kind, record: RawRecord, corpus: Corpus) -> list[Problem]:
    problems = []
    for reference in kind.references:
        target = BY_NAME[reference.target]
        known = corpus.records.get(target.name, {})
        for path, value in _values_at(record.data, reference.path):
            if not isinstance(value, str) or value in known:
                continue
            hint = schema.suggest(value, known)
            if not hint and known:
                hint = " Valeurs possibles : " + ", ".join(sorted(known)) + "."
            problems.append(
                _at(record, path, f"« {schema.field_name(path)} » renvoie à {target.with_article} « {value} », "
                    f"qui n'existe pas dans « {target.folder}/ ».{hint}")
            )
    return problems


def check_corpus_rules(corpus: Corpus) -> list[Problem]:
    problems = []
    for kind_name, field in (("figure", "numero"), ("theme", "numero")):
        holders: dict = defaultdict(list)
        for record in corpus.records.get(kind_name, {}).values():
            value = record.data.get(field)
            if isinstance(value, int):
                holders[value].append(record)
        for value, records in holders.items():
            for record in records:
                others = ", ".join(sorted(other.path for other in records if other is not record))
                if others:
                    problems.append(_at(record, (field,), f"le numéro {value} est aussi celui de {others} : "
                                        f"chaque {BY_NAME[kind_name].label} a son propre numéro."))
    return problems


def _all_text(data) -> str:
    if isinstance(data, dict):
        return "\n".join(_all_text(v) for k, v in data.items() if k not in ("contact", "liens"))
    if isinstance(data, list):
        return "\n".join(_all_text(v) for v in data)
    return data if isinstance(data, str) else ""


ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"(?<!\d)(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)")


def personal_data_warnings(record: RawRecord) -> list[Problem]:
    """Warn when free text looks like an e-mail address or a phone number outside the contact field."""
    problems = []
    text = _all_text(record.data)
    if not (("@" in text and EMAIL.search(text)) or PHONE.search(text)):
        return problems

    def visit(value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                if not path and key in ("contact", "liens"):
                    continue
                visit(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, path + (index,))
        elif isinstance(value, str):
            if EMAIL.search(value):
                problems.append(_at(record, path, f"« {schema.field_name(path)} » semble contenir une adresse e-mail : "
                                    "ne publiez pas de données personnelles ; une adresse de contact professionnelle va dans le champ « contact ».", level="warning"))
            if PHONE.search(value):
                problems.append(_at(record, path, f"« {schema.field_name(path)} » semble contenir un numéro de téléphone : "
                                    "ne publiez pas de données personnelles ; un numéro de service va dans le champ « contact ».", level="warning"))

    visit(record.data, ())
    return problems
