"""Load every record, then check it: schema, ids, references, rules. Never stops at the first problem."""
from __future__ import annotations

import gc
import os
import re
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from generator import departements, markup, schema
from generator.corpus import Corpus
from generator.experience_rules import experience_rules
from generator.kinds import BY_FOLDER, BY_NAME, KINDS, Kind
from generator.load import RawRecord, load_file, read_record_bytes
from generator.problems import Problem
from generator.project import RESERVED_IDS, Project
from generator.vocabularies import source_links


def check_project(project: Project, only: list[Path] | None = None) -> tuple[Corpus, list[Problem]]:
    """Check the whole corpus (plus `only` files from elsewhere); report problems of `only` when given."""
    corpus, problems, _ = check_project_counted(project, only)
    return corpus, problems


@contextmanager
def collector_paused(pause: bool = True):
    """Python's cyclic garbage collector off for the block (when `pause`), then back as it was."""
    paused = pause and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def check_project_counted(project: Project, only: list[Path] | None = None) -> tuple[Corpus, list[Problem], int]:
    """(corpus, problems, number of record files checked). Every entry of a record folder is either
    checked or reported; with `only`, the count and the problems are those of the files asked for."""
    # The check builds hundreds of thousands of small acyclic objects (the records' values) and keeps
    # them: the cyclic collector would scan the growing heap again and again (about half the time of
    # a cold check at 10 000 sheets) without finding anything to free. Forked workers inherit this.
    with collector_paused():
        return _check_project_counted(project, only)


def _check_project_counted(project: Project, only: list[Path] | None) -> tuple[Corpus, list[Problem], int]:
    files, problems = project.scan_records()
    wanted: set[str] | None = None
    if only:
        wanted = set()
        known = {os.path.abspath(file): (kind, file) for kind, file in files}
        invalid = {problem.path for problem in problems}
        for extra in only:
            absolute = os.path.abspath(extra)
            shown = project.shown(Path(absolute))
            wanted.add(shown)
            if absolute in known or shown in invalid:
                continue
            if Path(absolute).resolve() != Path(absolute) or os.path.islink(absolute):
                problems.append(Problem(shown, 1, 1, "le chemin passe par un lien symbolique : fabrique ne suit pas "
                                        "les liens ; indiquez le chemin du vrai fichier."))
                continue
            kind = BY_FOLDER.get(Path(absolute).parent.name)
            if kind is None:
                problems.append(
                    Problem(
                        shown, 1, 1,
                        "impossible de savoir de quel type de fiche il s'agit : le fichier doit être dans un dossier "
                        + ", ".join(f"« {k.folder}/ »" for k in KINDS) + ".",
                    )
                )
                continue
            files.append((kind, Path(absolute)))
    side: dict = {}

    def meanwhile() -> None:
        """What does not depend on the records: done while the worker processes check them."""
        side["navigation"] = read_navigation(project)
        if wanted is None:
            from generator.front_matter import check_pages

            side["pages"] = check_pages(project)

    corpus, corpus_problems = check_files(project, files, meanwhile)
    problems.extend(corpus_problems)
    problems.extend(check_navigation(project, corpus, side["navigation"]))
    problems.extend(side.get("pages", []))
    if wanted is not None:
        problems = [p for p in problems if p.path in wanted]
        checked = len(wanted)
    else:
        checked = len(files)
    return corpus, sorted(set(problems), key=_order), checked


def _order(problem: Problem):
    return (problem.path, problem.line, problem.column, problem.message)


PARALLEL_FROM = 200  # files; below this, starting worker processes costs more than it saves


def load_and_check(job: tuple) -> tuple[RawRecord | None, list[Problem]]:
    """One file: load it, then check it alone (schema, id, personal data)."""
    kind_name, file, shown = job[:3]
    kind = BY_NAME[kind_name]
    record, problems = load_file(Path(file), shown, kind.folder)
    if record is not None:
        problems = problems + check_record(kind, record)
    return record, problems


def _check_bytes(kind: Kind, raw: bytes, shown: str):
    from generator.load import load_text

    record, problems = load_text(raw, shown, kind.folder)
    if record is not None:
        strings = _strings(record.data)
        problems = problems + check_record(kind, record, strings)
        if kind.name == "experience":
            problems += experience_rules(record)  # the record alone: done here, on the worker's core
        record.page_links = page_links_of(record, strings)  # checked against the corpus by the main process
    return record, problems


def _load_one(job):
    """(record, problems, cache key, new cache entry or None) for one file that the cache does not hold
    (_cached_all, in the main process, has answered the others); _load_batch turns the entry into True
    once it has written it."""
    from generator import check_store

    kind_name, file, shown, database = job
    raw = read_record_bytes(Path(file))  # never through a link, never more than the size limit
    if isinstance(raw, str):
        return None, [Problem(shown, 1, 1, raw)], None, None
    record, problems = _check_bytes(BY_NAME[kind_name], raw, shown)
    if record is not None:
        record.keep_file(file)  # its text is not kept (nor sent to the main process): the file has it
    if database is None:
        return record, problems, None, None
    return record, problems, check_store.key_of(kind_name, shown, raw), check_store.encode((record, problems))


def _load_batch(jobs: list) -> list:
    """_load_one for each job, in a worker process. The new cache entries are written from here (their
    entry becomes True), so that only the records travel back; if they cannot be, they travel too."""
    from generator import check_store

    # The cyclic collector is off (inherited from check_project_counted); the cycles the previous batch
    # left (validators' helper functions, jsonschema's errors) are freed here, while they are all young.
    gc.collect(0)
    results = [_load_one(job) for job in jobs]
    new = {key: entry for _, _, key, entry in results if entry is not None}
    if not new or not check_store.add(jobs[0][3], new):
        return results
    return [(record, problems, key, None if entry is None else True) for record, problems, key, entry in results]


def _cached_all(jobs: list) -> list:
    """_load_one's answer for each job whose file the cache has, else None (the file is then checked as
    usual). The cache is asked for all of them at once."""
    from generator import check_store

    raws, keys = [], []
    for kind_name, file, shown, database in jobs:
        raw = read_record_bytes(Path(file))
        raws.append(raw)
        keys.append(None if isinstance(raw, str) else check_store.key_of(kind_name, shown, raw))
    found = check_store.lookup_many(jobs[0][3], [key for key in keys if key is not None]) if jobs else {}
    results = []
    for (kind_name, file, shown, database), raw, key in zip(jobs, raws, keys):
        entry = found.get(key) if key is not None else None
        result = check_store.decoded(entry, file) if entry is not None else None
        if result is None:
            results.append(None)
            continue
        if result[0] is not None and b"](" not in raw and b"\\" not in raw:
            # a link is « [text](target) »: without « ]( » in the file, and without a backslash (an escape in
            # a quoted string), no text of the sheet can hold one (YAML folds lines with a space): no link to look for
            result[0].no_links = True
        results.append((result[0], result[1], key, None))
    return results


def _load_all(project: Project, files: list[tuple[Kind, Path]], meanwhile=None):
    from generator import check_store

    folder = project.cache_folder("controle")  # None when it cannot be trusted (see Project.cache_folder)
    database = folder / check_store.FILE_NAME if folder is not None else None
    jobs = [(kind.name, str(file), project.shown(file), database) for kind, file in files]
    # files already checked: answered here, from the cache, without starting (or compiling) anything
    existed = database is not None and database.is_file()
    results = _cached_all(jobs) if existed else [None] * len(jobs)
    missing = [index for index, result in enumerate(results) if result is None]
    to_check = [jobs[index] for index in missing]
    workers = min(os.cpu_count() or 1, 8)
    if len(to_check) < PARALLEL_FROM or workers < 2:
        if meanwhile is not None:
            meanwhile()
        checked = [_load_one(job) for job in to_check]
    else:
        import multiprocessing

        for kind_name in {job[0] for job in to_check}:
            schema.fast_validator(kind_name)  # loaded once here, inherited by the forked workers
        departements.departements()  # the lists the checks of one record read, likewise
        source_links()

        batches = _batches(to_check, workers)
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pending = pool.map_async(_load_batch, batches, chunksize=1)
            if meanwhile is not None:
                meanwhile()
            checked = [result for batch in pending.get() for result in batch]
    for index, result in zip(missing, checked):
        results[index] = result
    new = {key: entry for _, _, key, entry in results if isinstance(entry, str)}
    # entries of files gone or changed since the last run are forgotten; a cache this run created holds none
    forget = existed and (new or any(entry is True for _, _, _, entry in checked))
    storing = None
    if database is not None and (new or forget):
        import threading

        # written while the corpus-wide checks run (SQLite lets go of the interpreter while it writes);
        # check_files waits for it before returning
        used = {key for _, _, key, _ in results if key is not None} if forget else None
        storing = threading.Thread(target=check_store.store, args=(database, new, used))
        storing.start()
    for record, _, key, _ in results:
        if record is not None and key is not None:
            record.source_key = key  # same key, same bytes, same data: what changed since the last run (related.py)
    return [(record, problems) for record, problems, _, _ in results], storing


def _batches(jobs: list, workers: int) -> list[list]:
    """Batches that shrink as the work left does (each takes half of a worker's share of what is left,
    down to 8 files): few batches, so few round trips between processes (each cost about 1 ms), and a
    last one that is short, so no worker waits long for the other at the end. At 800 sheets: 16
    batches instead of 64, 8 % faster."""
    batches, start = [], 0
    while start < len(jobs):
        size = max(8, (len(jobs) - start) // (workers * 2))
        batches.append(jobs[start:start + size])
        start += size
    return batches


def check_files(project: Project, files: list[tuple[Kind, Path]], meanwhile=None) -> tuple[Corpus, list[Problem]]:
    """Every file checked alone (on several processes when there are many), then together; `meanwhile`
    is called while the files are being checked."""
    problems: list[Problem] = []
    loaded: list[tuple[Kind, RawRecord]] = []
    results, storing = _load_all(project, files, meanwhile)
    try:
        corpus = _check_corpus(project, files, results, problems, loaded)
    finally:
        if storing is not None:
            storing.join()
    return corpus, problems


def _check_corpus(project: Project, files, results, problems: list[Problem], loaded: list) -> Corpus:
    for (kind, _), (record, found) in zip(files, results):
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
        problems.extend(check_page_links(project, record, corpus))
    problems.extend(check_corpus_rules(corpus))
    return corpus


def _at(record: RawRecord, path: tuple, message: str, key: bool = False, level: str = "error") -> Problem:
    line, column = record.where(path, key=key)
    return Problem(record.path, line, column, message, level)


def check_record(kind: Kind, record: RawRecord, strings: list | None = None) -> list[Problem]:
    """The problems of one record alone; `strings`: _strings(record.data), when already listed."""
    problems = []
    errors = schema.errors(kind.name, record.data)
    misspelt = schema.misspelt_keys(errors)
    empty: dict[tuple, int] = {}  # a blank text breaks several rules (length, pattern, format): told once
    formats = {tuple(e.absolute_path) for e in errors if e.validator == "format"}
    for error in errors:
        if error.validator == "pattern" and tuple(error.absolute_path) in formats and str(error.instance).strip():
            continue  # « 01/09/2021 » is told once, by the date rule, not again by the shape rule
        if error.validator == "required":
            problems.extend(_missing_fields(kind, record, error, misspelt))
            continue
        explained = schema.explain(error, misspelt)
        if explained is not None:
            path, on_key, message = explained
            problem = _at(record, path, message, key=on_key)
            if " est vide : " in message:
                if path in empty:
                    if len(message) > len(problems[empty[path]].message):
                        problems[empty[path]] = problem
                    continue
                empty[path] = len(problems)
            problems.append(problem)
    problems.extend(departement_problems(record))
    stem = Path(record.path).stem
    record_id = record.data.get("id")
    if isinstance(record_id, str) and record_id != stem and ID_PATTERN.match(record_id):
        problems.append(
            _at(record, ("id",), f"l'identifiant « {record_id} » doit être identique au nom du fichier « {stem} » : "
                f"renommez le fichier en « {record_id}.yml » ou écrivez « id: {stem} ».")
        )
    if isinstance(record_id, str) and record_id in RESERVED_IDS:
        problems.append(_at(record, ("id",), f"« {record_id} » est un identifiant réservé (il remplacerait une page du site "
                            "ou ne peut pas être un nom de fichier sous Windows) : choisissez-en un autre."))
    strings = _strings(record.data) if strings is None else strings
    problems.extend(invisible_character_problems(record, strings))
    problems.extend(link_problems(record, strings))
    problems.extend(personal_data_warnings(record))
    return problems


def _missing_fields(kind: Kind, record: RawRecord, error, misspelt: set[tuple]) -> list[Problem]:
    """One problem per missing required field, placed where the field should be written: on the line
    after the field that comes before it in the model (the schema's order), at that field's column;
    else just before the first field that follows it; else on the mapping's own key. The `id` line
    would send the contributor to the wrong place."""
    path = tuple(error.absolute_path)
    # the whole model's order: an error raised in a conditional branch (if/then) sees only part of it
    order = schema.property_order(kind.name, path) or list(error.schema.get("properties", {})) or list(error.validator_value)
    present = [key for key in order if path + (key,) in record.keys]
    problems = []
    for key in error.validator_value:
        if key in error.instance or (path, key) in misspelt:
            continue
        rank = order.index(key) if key in order else len(order)
        before = [other for other in present if order.index(other) < rank]
        after = [other for other in present if order.index(other) > rank]
        inside = f" dans « {schema.field_name(path)} »" if path else ""
        if before:
            previous = before[-1]
            end_line, end_column = record.ends.get(path + (previous,), record.keys[path + (previous,)])
            line = end_line if end_column == 1 else end_line + 1
            column = record.keys[path + (previous,)][1]
            place = f"après « {previous} »"
        elif after:
            line, column = record.keys[path + (after[0],)]
            place = f"avant « {after[0]} »"
        else:
            line, column = record.where(path, key=True)
            place = "à cet endroit"
        problems.append(Problem(
            record.path, line, column,
            f"champ obligatoire « {key} » manquant{inside} : ajoutez une ligne « {key}: … » {place} "
            "(voir le modèle de fiche).",
        ))
    return problems


def departement_problems(record: RawRecord) -> list[Problem]:
    """Every « departement » field against the list of départements (vocabularies/departements.yml)."""
    problems: list[Problem] = []
    _visit_departements(record, record.data, (), problems)
    return problems


# Module-level walks, not nested functions: a nested function that calls itself is a reference cycle
# holding the record, freed only by the cyclic collector, which is off while the records are checked.
def _visit_departements(record: RawRecord, value, path: tuple, problems: list[Problem]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "departement":
                wrong = departements.problem(item)
                if wrong:
                    problems.append(_at(record, path + (key,), f"« {schema.field_name(path + (key,))} » {wrong}"))
            else:
                _visit_departements(record, item, path + (key,), problems)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _visit_departements(record, item, path + (index,), problems)


def _strings(data, path: tuple = ()) -> list[tuple[tuple, str, bool]]:
    """Every (path, text, is a key) of a record, keys included (a key's path ends with its own name),
    in document order. Built once per record and shared by the checks that read every text."""
    found: list[tuple[tuple, str, bool]] = []
    _collect_strings(data, path, found)
    return found


def _collect_strings(data, path: tuple, found: list) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            child = path + (key,)
            if isinstance(key, str):
                found.append((child, key, True))
            if isinstance(value, str):
                found.append((child, value, False))
            else:
                _collect_strings(value, child, found)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, str):
                found.append((path + (index,), value, False))
            else:
                _collect_strings(value, path + (index,), found)
    elif isinstance(data, str):
        found.append((path, data, False))


def invisible_character_problems(record: RawRecord, strings: list | None = None) -> list[Problem]:
    """Control characters, escape sequences, line separators and bidirectional overrides are refused:
    they would vanish from a page, break its front matter, or act on a terminal."""
    strings = _strings(record.data) if strings is None else strings
    if not markup.any_invisible_character(text for _, text, _ in strings):
        return []  # the usual case, told by one search over all the texts
    problems = []
    for path, text, on_key in strings:
        found = markup.invisible_characters(text)
        if found:
            offset, name = found[0]
            more = f" (et {len(found) - 1} autre{'s' if len(found) > 2 else ''})" if len(found) > 1 else ""
            what = f"le nom de champ « {markup.visible(text)[:60]} »" if on_key else f"« {schema.field_name(path)} »"
            problems.append(_at(record, path, f"{what} contient un caractère de contrôle invisible {name}, au caractère "
                                f"{offset + 1}{more} : supprimez-le (souvent un copier-coller depuis un traitement de texte "
                                "ou un terminal).", key=on_key))
    return problems


ADDRESS_FIELDS = ("url", "site")


def link_problems(record: RawRecord, strings: list | None = None) -> list[Problem]:
    """Links written in text fields: only https addresses and pages of the site are links; the
    others would be shown as plain text, so the contributor is told."""
    problems = []
    for path, text, on_key in _strings(record.data) if strings is None else strings:
        if not on_key and path and path[-1] in ADDRESS_FIELDS and markup.link_kind(text) != "https":
            problems.append(_at(record, path, f"« {schema.field_name(path)} » n'est pas une adresse publiable : elle doit commencer "
                                "par https:// suivi du nom du site, sans espace, sans identifiant ni mot de passe."))
            continue
        if on_key or "[" not in text:
            continue
        for link in markup.links(text):
            if link.kind == "refused":
                problems.append(_at(record, path, f"« {schema.field_name(path)} » contient un lien vers « {markup.visible(link.target)[:80]} », "
                                    "qui ne sera pas un lien sur le site (il restera du texte) : un lien doit commencer par "
                                    "https:// ou viser une page du site, par exemple « ../figures/radar.md », sans « # ».",
                                    level="warning"))
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


GENERATED_KINDS = {kind.folder: kind for kind in KINDS}


def page_exists(project: Project, target: str, corpus: Corpus) -> bool:
    """Whether `../dossier/page.md` (written from a generated page) names a page the build will have."""
    parts = target[3:-3].split("/")
    if len(parts) == 2 and parts[0] in GENERATED_KINDS:
        return parts[1] == "index" or parts[1] in corpus.records.get(GENERATED_KINDS[parts[0]].name, {})
    if parts[0] in ("cartes",) + tuple(GENERATED_KINDS):
        return False
    page = project.docs.joinpath(*parts[:-1], parts[-1] + ".md")
    return page.is_file() and not page.is_symlink()


def page_links_of(record: RawRecord, strings: list | None = None) -> list[tuple[tuple, str]]:
    """(path, target) of every link to a page of the site written in the record's texts."""
    found = []
    for path, text, on_key in _strings(record.data) if strings is None else strings:
        if on_key or "[" not in text:
            continue
        found.extend((path, link.target) for link in markup.links(text) if link.kind == "page")
    return found


def check_page_links(project: Project, record: RawRecord, corpus: Corpus) -> list[Problem]:
    """A link to a page of the site must reach a page the build will write (the strict build would fail)."""
    if getattr(record, "no_links", False):
        return []
    problems = []
    for path, target in page_links_of(record) if record.page_links is None else record.page_links:
        if not page_exists(project, target, corpus):
            problems.append(_at(record, path, f"« {schema.field_name(path)} » renvoie à la page « {target} », qui n'existe pas "
                                "sur le site : vérifiez le nom (par exemple « ../figures/radar.md » ou « ../experiences/mon-id.md »)."))
    return problems


def read_navigation(project: Project) -> tuple[str, dict] | None:
    """mkdocs.yml's text and configuration, when it has a navigation (read before the corpus is known)."""
    import pathspec  # noqa: F401 - imported here, while the workers check the records
    import yaml

    try:
        text = project.mkdocs_yml.read_text(encoding="utf-8")
        config = yaml.load(text, Loader=_ConfigLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(config, dict) or "nav" not in config:
        return None
    return text, config


_UNREAD = object()


def check_navigation(project: Project, corpus: Corpus, navigation=_UNREAD) -> list[Problem]:
    """What the strict MkDocs build would refuse in mkdocs.yml because of the records: a page of the
    navigation whose record is missing, a figure or scenario page that is in no navigation."""
    if navigation is _UNREAD:
        navigation = read_navigation(project)
    if navigation is None:
        return []
    text, config = navigation
    in_nav: set[str] = set()

    def visit(node):
        if isinstance(node, str):
            in_nav.add(node)
        elif isinstance(node, dict):
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(config["nav"])
    problems = []
    lines = text.splitlines()

    def line_of(entry: str) -> int:
        return next((number for number, line in enumerate(lines, 1) if entry in line), 1)

    for entry in sorted(in_nav):
        parts = entry.split("/")
        if len(parts) == 2 and parts[0] in GENERATED_KINDS and parts[1].endswith(".md"):
            kind = GENERATED_KINDS[parts[0]]
            page = parts[1][:-3]
            if page != "index" and page not in corpus.records.get(kind.name, {}):
                problems.append(Problem("mkdocs.yml", line_of(entry), 1,
                                        f"la navigation (« nav ») cite « {entry} », mais aucune fiche « {parts[0]}/{page}.yml » n'existe : "
                                        "retirez cette ligne de mkdocs.yml ou remettez la fiche."))
    import pathspec

    hidden = pathspec.PathSpec.from_lines("gitwildmatch", str(config.get("not_in_nav") or "").splitlines())
    for kind in KINDS:
        for record_id in sorted(corpus.records.get(kind.name, {})):
            page = f"{kind.folder}/{record_id}.md"
            if page not in in_nav and not hidden.match_file(page):
                problems.append(Problem("mkdocs.yml", line_of("nav:"), 1,
                                        f"la page « {page} » n'est dans aucune navigation : ajoutez-la à « nav » dans mkdocs.yml "
                                        "(la construction stricte du site la refuserait sinon)."))
    return problems


def _config_loader():
    import yaml

    class Loader(yaml.SafeLoader):
        """mkdocs.yml may hold !!python/name and !ENV tags: read them as plain values."""

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return Loader


_ConfigLoader = _config_loader()


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
        return "\n".join([v if isinstance(v, str) else _all_text(v) for k, v in data.items() if k not in ("contact", "liens")])
    if isinstance(data, list):
        return "\n".join([v if isinstance(v, str) else _all_text(v) for v in data])
    return data if isinstance(data, str) else ""


ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Bounded repetitions only: each attempt looks at most ~700 characters, so the cost stays linear.
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
PHONE = re.compile(r"(?<!\d)(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)")
_PHONE_START = re.compile(r"[+0]")


def _has_phone(text: str) -> bool:
    """PHONE.search(text), four times faster: a match only starts at « + » or « 0 », and sre scans for a
    character set quickly but not for a pattern that opens with a lookbehind."""
    return any(PHONE.match(text, start.start()) for start in _PHONE_START.finditer(text))


def personal_data_warnings(record: RawRecord) -> list[Problem]:
    """Warn when free text looks like an e-mail address or a phone number outside the contact field."""
    problems: list[Problem] = []
    text = _all_text(record.data)
    if not (("@" in text and EMAIL.search(text)) or _has_phone(text)):
        return problems
    _visit_personal_data(record, record.data, (), problems)
    return problems


def _visit_personal_data(record: RawRecord, value, path: tuple, problems: list[Problem]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if not path and key in ("contact", "liens"):
                continue
            _visit_personal_data(record, item, path + (key,), problems)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _visit_personal_data(record, item, path + (index,), problems)
    elif isinstance(value, str):
        if EMAIL.search(value):
            problems.append(_at(record, path, f"« {schema.field_name(path)} » semble contenir une adresse e-mail : "
                                "ne publiez pas de données personnelles ; une adresse de contact professionnelle va dans le champ « contact ».", level="warning"))
        if _has_phone(value):
            problems.append(_at(record, path, f"« {schema.field_name(path)} » semble contenir un numéro de téléphone : "
                                "ne publiez pas de données personnelles ; un numéro de service va dans le champ « contact ».", level="warning"))
