"""The site's card PDFs, rendered beside the rest of the build instead of before it.

WeasyPrint takes seconds whatever the number of sheets, and the cards depend only on the figures,
scenarios, themes and ateliers. `CardJob.start`, called as soon as the records are checked, forks
one process that calls `cards.site_pdfs` (its content-keyed cache answers at once when nothing
changed) while the main process renders and writes the pages and MkDocs builds the site; `result()`
waits for it. An error of the cards (a text too long for its card) is raised by `result()` as it
would have been raised in the main process.

A bare forked process and a pipe, not a process pool: a pool runs threads in the main process, which
must not hold a lock when the page rendering forks its own workers. The cards run at the same
priority as the MkDocs builds: at 800 sheets, with the cards below them (nice 10), the builds were
done 7 s before the cards, on one core, were; side by side, the build of the site ends 2 s sooner.
"""
from __future__ import annotations

import multiprocessing
from pathlib import Path

import click

from generator.corpus import Corpus

CARD_KINDS = ("figure", "scenario", "theme", "atelier")


def _render(corpus: Corpus, cache_folder: Path | None, connection) -> None:
    """In the forked process: the PDFs, or the error, sent back through `connection`."""
    import gc

    from generator.cards import site_pdfs

    gc.enable()  # paused in the main process while it generates (pipeline._generate): WeasyPrint makes cycles

    try:
        outcome = ("pdf", site_pdfs(corpus, cache_folder))
    except BaseException as error:  # noqa: BLE001 - raised again by CardJob.result, in the main process
        outcome = ("erreur", error)
    try:
        connection.send(outcome)
    except Exception as error:  # an error that cannot be pickled: its message travels
        connection.send(("erreur", click.ClickException(f"rendu des cartes impossible ({type(error).__name__} : {error}).")))
    finally:
        connection.close()


class CardJob:
    def __init__(self, corpus: Corpus, cache_folder: Path | None):
        # only what the cards are made of: not the thousands of experience sheets
        cards_corpus = Corpus()
        for kind in CARD_KINDS:
            cards_corpus.records[kind] = dict(corpus.records.get(kind, {}))
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_render, args=(cards_corpus, cache_folder, sender), daemon=True)
        self._process.start()
        sender.close()  # the child's copy is the only one left: its end is seen as the end of the pipe

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
            kind, value = self._receiver.recv()
        except EOFError:
            self._process.join()
            raise click.ClickException(
                f"le rendu des cartes PDF s'est arrêté sans résultat (code {self._process.exitcode}) : "
                "relancez la commande ; si cela se reproduit, signalez-le sur le dépôt du projet.") from None
        finally:
            self._receiver.close()
        self._process.join()
        if kind == "erreur":
            raise value
        return value

    def cancel(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiver.close()


class CachedCards:
    """The card PDFs, all found in the cache: the same interface as a finished CardJob."""

    def __init__(self, pdfs: dict[str, bytes]):
        self._pdfs = pdfs

    def result(self) -> dict[str, bytes]:
        return self._pdfs

    def cancel(self) -> None:
        pass
