"""The site's card PDFs, rendered beside the rest of the build instead of before it.

WeasyPrint takes seconds whatever the number of sheets, and the cards depend only on the figures,
scenarios, themes and ateliers. `CardJob.start` forks one process that calls `cards.site_pdfs` (its
content-keyed cache answers at once when nothing changed) while the main process renders and
writes the pages and MkDocs builds the site; `result()` waits for it. An error of the cards (a text
too long for its card) is raised by `result()` as it would have been raised in the main process.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.corpus import Corpus

CARD_KINDS = ("figure", "scenario", "theme", "atelier")


def _render(corpus: Corpus, cache_folder: Path) -> dict[str, bytes]:
    import os

    from generator.cards import site_pdfs

    # below the MkDocs builds, which the site waits for first: the cards take the cores they leave
    os.nice(10)
    return site_pdfs(corpus, cache_folder)


class CardJob:
    def __init__(self, corpus: Corpus, cache_folder: Path):
        # only what the cards are made of travels to the worker: not the thousands of experience sheets
        cards_corpus = Corpus()
        for kind in CARD_KINDS:
            cards_corpus.records[kind] = dict(corpus.records.get(kind, {}))
        self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        self._future = self._executor.submit(_render, cards_corpus, cache_folder)

    @classmethod
    def start(cls, corpus: Corpus, cache_folder: Path | None) -> "CardJob | CachedCards":
        """No process at all when every PDF is already in the cache (the usual case: the cards only
        change with the figures, scenarios, themes and ateliers)."""
        from generator.cards import site_pdfs

        try:
            cached = site_pdfs(corpus, cache_folder, cached_only=True)
        except Exception:  # whatever it is, the job raises it again, as it always did
            cached = None
        if cached is not None:
            return CachedCards(cached)
        return cls(corpus, cache_folder)

    def result(self) -> dict[str, bytes]:
        try:
            return self._future.result()
        finally:
            self._executor.shutdown(wait=True)

    def cancel(self) -> None:
        self._future.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)


class CachedCards:
    """The card PDFs, all found in the cache: the same interface as a finished CardJob."""

    def __init__(self, pdfs: dict[str, bytes]):
        self._pdfs = pdfs

    def result(self) -> dict[str, bytes]:
        return self._pdfs

    def cancel(self) -> None:
        pass
