"""`fabrique search`: ranked search over figures, scenarios and sheets, with Whoosh.

The index lives in the user's cache folder, outside the project (a file committed to the repository
is never read as part of it), and Whoosh's pickles are read through generator.whoosh_guard. It is
updated incrementally: a file whose size and
modification time are unchanged is not even read; a file whose content hash is unchanged is not
re-indexed; only new or changed records are (re)analysed, and removed ones are deleted.
Whoosh distribution: whoosh-reloaded (2.7.x, maintained fork that imports cleanly on Python 3.11+,
same API as Whoosh 2.7.4, whose 2016 release warns on recent Pythons).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import click
from whoosh.highlight import Formatter

from generator.project import Project

# French elisions (l', d', qu'…, with ' or ’) are dropped from queries, as the site search does.
ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
INDEXED_KINDS = ("figure", "scenario", "experience")
INDEX_FOLDER = "recherche-v4"  # a new name when the analyser changes: an index made by the old one is not reused
TYPE_LABELS = {"figure": "figure", "scenario": "scénario", "experience": "fiche"}


def french_analyzer():
    """Whoosh's French analyser with accents folded between the stop words and the stemmer: « agees »,
    « âgées » and « Âgées » give the same stem, in the index and in the query."""
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
    from whoosh.lang import stopwords_for_language
    from whoosh.support.charset import accent_map

    return (RegexTokenizer() | LowercaseFilter() | StopFilter(stoplist=stopwords_for_language("fr"), minsize=2)
            | CharsetFilter(accent_map) | StemFilter(lang="fr"))


def schema():
    from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

    french = french_analyzer()
    return Schema(
        cle=ID(unique=True, stored=True),  # "experience:sarcelles-ville-laboratoire"
        id=ID(stored=True),
        type=ID(stored=True),
        titre=TEXT(analyzer=french, stored=True, field_boost=6.0),
        contenu=TEXT(analyzer=french, stored=True),
        themes=KEYWORD(stored=True, commas=True),
        figures=KEYWORD(stored=True, commas=True),
        departement=ID(stored=True),
        chemin=STORED(),
        empreinte=STORED(),
        taille=STORED(),
    )


def record_text(kind: str, data: dict) -> str:
    """Every text of a record, flattened (ids and codes excluded)."""
    skip = {"id", "couleur", "page", "numero", "editorial", "licence", "publication", "mise_a_jour", "url", "departement",
            "type", "population", "themes", "publics", "statut", "dates", "atelier", "budget", "courriel", "site",
            "origine", "par", "nature", "publie_le", "mis_a_jour_le", "plus_portee"}
    parts: list[str] = []

    def visit(value, key=None):
        if key in skip:
            return
        if key == "source" and isinstance(value, dict):  # its title repeats the sheet's; a prize is worth finding
            value = {"distinction": value.get("distinction", "")}
        if isinstance(value, dict):
            for k, v in value.items():
                visit(v, k)
        elif isinstance(value, list):
            for v in value:
                visit(v, key)
        elif isinstance(value, str):
            parts.append(_unmarked(value))

    visit({k: v for k, v in data.items() if k != "titre"})
    return "\n".join(parts)


def document(kind: str, data: dict, path: str, fingerprint: str, size: int) -> dict:
    if kind == "experience":
        themes = data.get("themes", [])
        figures = [lien["id"] for lien in data.get("figures", [])]
        departement = data.get("structure", {}).get("departement", "")
    elif kind == "scenario":
        themes = [data["theme"]["id"]]
        figures = [lien["id"] for lien in data["figures"]]
        departement = ""
    else:
        themes, figures, departement = [], [data["id"]], ""
    return {
        "cle": f"{kind}:{data['id']}",
        "id": data["id"],
        "type": kind,
        "titre": _unmarked(data["titre"]),
        "contenu": record_text(kind, data),
        "themes": ",".join(themes),
        "figures": ",".join(figures),
        "departement": departement,
        "chemin": path,
        "empreinte": fingerprint,
        "taille": size,
    }


@dataclass
class UpdateReport:
    indexed: int = 0
    removed: int = 0
    unchanged: int = 0
    refused: int = 0

    def summary(self) -> str:
        return (f"Index de recherche : {self.indexed} fiche{'s' if self.indexed > 1 else ''} (ré)indexée{'s' if self.indexed > 1 else ''}, "
                f"{self.removed} retirée{'s' if self.removed > 1 else ''}, {self.unchanged} inchangée{'s' if self.unchanged > 1 else ''}"
                + (f", {self.refused} ignorée{'s' if self.refused > 1 else ''} car invalide{'s' if self.refused > 1 else ''}" if self.refused else "") + ".")


def open_index(project: Project):
    from whoosh import index
    from whoosh.filedb.filestore import RamStorage

    from generator import whoosh_guard

    whoosh_guard.install()
    folder = project.cache_folder(INDEX_FOLDER)
    if folder is None:  # no safe place on disk: an index in memory, rebuilt at each search
        return RamStorage().create_index(schema())
    if index.exists_in(str(folder)):
        try:
            return index.open_dir(str(folder))
        except Exception:  # noqa: BLE001 - a damaged cache is rebuilt, never fatal
            pass
    return index.create_in(str(folder), schema())


def clear_index(project: Project) -> None:
    folder = project.cache_folder(INDEX_FOLDER)
    if folder is None:
        return
    for entry in folder.iterdir():
        if entry.is_file() or entry.is_symlink():
            entry.unlink()


def update_index(project: Project) -> tuple[object, UpdateReport]:
    from generator.check import load_and_check

    ix = open_index(project)
    report = UpdateReport()
    with ix.searcher() as searcher:
        known = {fields["chemin"]: fields for fields in searcher.all_stored_fields()}
    current: dict[str, tuple[str, Path, int]] = {}
    for kind, file in project.record_files():
        if kind.name in INDEXED_KINDS:
            stat = file.lstat()
            current[project.shown(file)] = (kind.name, file, stat.st_mtime_ns ^ stat.st_size)
    writer = None

    def get_writer():
        nonlocal writer
        if writer is None:
            writer = ix.writer()
        return writer

    for shown, (kind, file, stamp) in current.items():
        previous = known.get(shown)
        if previous is not None and previous.get("taille") == stamp:
            report.unchanged += 1
            continue
        from generator.load import read_record_bytes

        raw = read_record_bytes(file)
        if isinstance(raw, str):
            report.refused += 1
            continue
        fingerprint = hashlib.sha1(raw).hexdigest()
        if previous is not None and previous.get("empreinte") == fingerprint:
            get_writer().update_document(**{**previous, "taille": stamp})
            report.unchanged += 1
            continue
        record, problems = load_and_check((kind, str(file), shown))
        if record is None or any(p.level == "error" for p in problems) or record.data.get("id") != file.stem:
            report.refused += 1
            if previous is not None:
                get_writer().delete_by_term("cle", previous["cle"])
            continue
        get_writer().update_document(**document(kind, record.data, shown, fingerprint, stamp))
        report.indexed += 1
    for shown, previous in known.items():
        if shown not in current:
            get_writer().delete_by_term("cle", previous["cle"])
            report.removed += 1
    if writer is not None:
        writer.commit()
    return ix, report


MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters: never in a record's text after cleaning
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_END}")


class _Marker(Formatter):
    """Highlight formatter: matched words between two private-use marks, fragments joined by « … »;
    the terminal shows them in bold, JSON lists them apart."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"{MARK_START}{text[token.startchar:token.endchar]}{MARK_END}"

    def format_fragment(self, fragment, replace=False):
        return " ".join(super().format_fragment(fragment, replace).split())


def search(project: Project, query: str, kind: str | None = None, theme: str | None = None,
           figure: str | None = None, departement: str | None = None, limit: int = 10) -> tuple[dict, UpdateReport]:
    from whoosh import highlight, scoring, sorting
    from whoosh.qparser import MultifieldParser, OrGroup
    from whoosh.query import And, Every, Term

    try:
        ix, report = update_index(project)
    except Exception:  # noqa: BLE001 - an unreadable or refused index is rebuilt from the records, once
        clear_index(project)
        ix, report = update_index(project)
    # Text fields only: a keyword field keeps stop words that the French analyser drops, and a query
    # spanning both would then match nothing. Filters go in as separate terms.
    parser = MultifieldParser(["titre", "contenu"], ix.schema, group=OrGroup)
    cleaned = ELISION.sub("", query)
    parsed = parser.parse(cleaned) if cleaned.strip() else Every()
    filters = [Term(name, value) for name, value in
               (("type", kind), ("themes", theme), ("figures", figure), ("departement", departement)) if value]
    # BM25F gives zero to a word present in most records (« isolement » in this corpus): plain TF-IDF
    # keeps a ranking for such words and behaves alike for rare ones.
    with ix.searcher(weighting=scoring.TF_IDF()) as searcher:
        facets = {"type": sorting.FieldFacet("type"), "theme": sorting.FieldFacet("themes", allow_overlap=True)}
        results = searcher.search(parsed, limit=limit, filter=And(filters) if filters else None,
                                  groupedby=facets, terms=True)
        results.fragmenter = highlight.ContextFragmenter(maxchars=180, surround=60)
        results.formatter = _Marker()
        items = []
        for hit in results[:limit]:
            excerpt = hit.highlights("contenu") or hit.highlights("titre") or _unmarked(hit["contenu"][:160])
            items.append({"id": hit["id"], "type": hit["type"], "titre": hit["titre"],
                          "score": round(hit.score, 3), "extrait": excerpt})
        counts = {
            name: {key: len(value) for key, value in sorted((k, v) for k, v in results.groups(name).items() if k)}
            for name in facets
        }
        total = len(results)
    return {"requete": query, "total": total, "resultats": items, "facettes": counts}, report


def format_text(answer: dict) -> str:
    lines = []
    total = answer["total"]
    by_type = ", ".join(f"{TYPE_LABELS.get(k, k)} : {v}" for k, v in answer["facettes"]["type"].items())
    lines.append(f"{total} résultat{'s' if total > 1 else ''} pour « {answer['requete']} »" + (f" ({by_type})" if by_type else "") + ".")
    if answer["facettes"]["theme"]:
        lines.append("Par thème : " + ", ".join(f"{k} ({v})" for k, v in answer["facettes"]["theme"].items()))
    for rank, item in enumerate(answer["resultats"], 1):
        lines.append(f"{rank}. [{TYPE_LABELS[item['type']]}] {item['titre']} ({item['id']})")
        bold = _MARKED.sub(lambda match: click.style(match[1], bold=True), item["extrait"])
        lines.append(f"   {bold}")
    if not total:
        lines.append("Essayez un autre mot, ou retirez un filtre.")
    return "\n".join(lines)


def _unmarked(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


def as_json(answer: dict) -> str:
    """{"requete", "total", "resultats": [...], "facettes": {"type", "theme"}}: results and facets apart,
    each excerpt as plain text with the matched words listed beside it."""
    results = [
        {**{key: value for key, value in item.items() if key != "extrait"},
         "extrait": _unmarked(item["extrait"]),
         "mots_trouves": sorted(set(_MARKED.findall(item["extrait"])))}
        for item in answer["resultats"]
    ]
    return json.dumps({"requete": answer["requete"], "total": answer["total"], "resultats": results,
                       "facettes": answer["facettes"]}, ensure_ascii=False, indent=2)
