"""Open-data export: every record as in its YAML, in one JSON object or one CSV file per kind."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import click

from generator.kinds import KINDS
from generator.project import Project

SCHEMA_VERSION = "1.0"


def corpus_as_dict(corpus) -> dict:
    data: dict = {"schema_version": SCHEMA_VERSION}
    for kind in KINDS:
        data[kind.folder] = corpus.of(kind.name)
    return data


def export_corpus(project: Project, fmt: str, output: Path | None) -> None:
    from generator.pipeline import checked_corpus
    from generator.write import write_atomic

    corpus = checked_corpus(project)
    data = corpus_as_dict(corpus)
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        if output is None:
            click.echo(text, nl=False)
        else:
            write_atomic(output, text.encode("utf-8"))
            click.echo(f"Export JSON écrit dans {output}.", err=True)
        return
    tables = {kind.folder: csv_table(data[kind.folder]) for kind in KINDS}
    output = output or Path("export-csv")
    if output.suffix == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in tables.items():
                info = zipfile.ZipInfo(f"{name}.csv", date_time=(2020, 3, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text)
        write_atomic(output, buffer.getvalue())
    else:
        for name, text in tables.items():
            write_atomic(output / f"{name}.csv", text.encode("utf-8"))
    click.echo(f"Export CSV écrit dans {output} ({', '.join(f'{n}.csv' for n in tables)}).", err=True)


def flatten(record: dict, prefix: str = "") -> dict[str, str]:
    """Nested fields become dotted columns; a list of texts is joined by « | »; a list of objects is kept as JSON."""
    row: dict[str, str] = {}
    for key, value in record.items():
        column = f"{prefix}{key}"
        if isinstance(value, dict):
            row.update(flatten(value, column + "."))
        elif isinstance(value, list):
            if all(not isinstance(item, (dict, list)) for item in value):
                row[column] = " | ".join(str(item) for item in value)
            else:
                row[column] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            row[column] = "true" if value else "false"
        else:
            row[column] = "" if value is None else str(value)
    return row


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(text: str) -> str:
    """A spreadsheet runs a cell that starts like a formula (« =HYPERLINK(…) », « +cmd| … »): such a
    cell gets a leading apostrophe, which spreadsheets show as nothing and read as « this is text »."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_table(records: list[dict]) -> str:
    rows = [{column: inert_cell(value) for column, value in flatten(record).items()} for record in records]
    columns: list[str] = []
    for row in rows:
        for column in row:
            if column not in columns:
                columns.append(column)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
