"""Site search in a real browser. Hosted edition: the header form leads to the search page (our interface
on Pagefind's API), with filters and clean snippets. Offline edition: Material's search, from file://.
Relevance: test_relevance.py."""
from __future__ import annotations

import re

from test_browser import only_local


def hosted_search(page, site_url, query: str):
    page.goto(site_url + "/figures/")
    page.fill("#fabrique-recherche-q", query)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/recherche/\?q="))
    return results(page)


def results(page) -> list[str]:
    page.wait_for_function("document.querySelector('#fabrique-recherche-statut').textContent.includes('résultat')")
    page.wait_for_timeout(300)
    return page.locator("#fabrique-recherche-resultats li > a").all_inner_texts()


def snippets(page) -> list[str]:
    return page.locator("#fabrique-recherche-resultats .fabrique-resultat-chapo").all_inner_texts()


def test_header_form_finds_without_accents_or_case(page, site_url):
    found = [hosted_search(page, site_url, query)[:5] for query in ("epicerie", "Epicerie", "ÉPICERIE", "épicerie")]
    assert all(set(titles) == set(found[0]) for titles in found), found  # the same pages, however it is typed
    assert all("picerie" in titles[0].casefold() for titles in found)  # an épicerie sheet first
    assert hosted_search(page, site_url, "agees")
    excerpts = snippets(page)
    # a sheet's snippet is its summary: the word found is marked there, when the summary has it
    assert excerpts and re.search(r"âg", excerpts[0], re.IGNORECASE), excerpts
    marked = page.locator("#fabrique-recherche-resultats mark").all_inner_texts()
    assert marked and all(re.search(r"(?i)âg", word) for word in marked), marked
    assert not any(re.search(r"[,.;:!?»)]$|^[«(]", word) for word in marked), marked  # punctuation outside the mark
    assert only_local(page.requests, site_url) == []


def test_the_same_order_with_or_without_accents(page, site_url):
    """Most visitors type without accents. Pagefind finds « café » for « cafe » all the same, but ranks
    first the pages whose word is exactly the one typed, and stems « cafe » like « CAF »: the pages
    are indexed with their accented words also written without accents (site_hooks.plain_forms), so
    that a word typed either way gives the same pages in the same order, the café ones first."""
    for plain, accented in (("cafe", "café"), ("energies", "énergies"), ("personnes agees", "personnes âgées")):
        assert hosted_search(page, site_url, plain)[:5] == hosted_search(page, site_url, accented)[:5], plain
    # « œ » (a phone's keyboard writes « cœur »): Pagefind does not fold it, so both forms are indexed;
    # the same pages, a title written « cœur » ranking a little higher for « cœur »
    counts = []
    for typed in ("coeur", "cœur"):
        counts.append((set(hosted_search(page, site_url, typed)[:5]),
                       page.locator("#fabrique-recherche-statut").inner_text().split(" ")[0]))
    assert counts[0] == counts[1] and int(counts[0][1]) > 5, counts
    cafes = hosted_search(page, site_url, "cafe")[:3]
    assert "CCAS'BAR" in cafes, cafes
    for rank in (1, 2, 3):  # each of the first three shows « café » marked in its snippet (not « CAF »)
        marked = page.locator(f"#fabrique-recherche-resultats > li:nth-child({rank}) mark").all_inner_texts()
        assert marked and all(word.casefold() in ("café", "cafés") for word in marked), (rank, marked)


def test_function_words_are_dropped_from_the_query(page, site_url):
    """« des », « du »… are on nearly every page, and at 10 000 sheets their index chunks are the
    largest a visitor would download (bench/search_bytes.py): the query drops them, so the same pages
    come; a query made of them alone is kept as typed."""
    plain = hosted_search(page, site_url, "isolement personnes agees")
    worded = hosted_search(page, site_url, "isolement des personnes agees")
    assert worded and worded == plain, (worded, plain)
    term = "query => window.FABRIQUE_PAGEFIND_TERM(query)"
    assert page.evaluate(term, "Gens du voyage à l’accueil de la ville") == "Gens voyage l’accueil ville"
    assert page.evaluate(term, "de la") == "de la"
    assert hosted_search(page, site_url, "des")


def test_listing_sections_and_metadata_are_not_indexed(page, site_url):
    """« Sarcelles » is named by one sheet (and the sources of the À propos page), not by every
    page that lists it among its related sheets; snippets never show the metadata panel."""
    titles = hosted_search(page, site_url, "Sarcelles")
    assert titles[0] == "Sarcelles, ville laboratoire du CCAS de 2050"
    assert len(titles) <= 2, titles
    hosted_search(page, site_url, "aidants")
    excerpts = " ".join(snippets(page))
    assert "Structure :" not in excerpts and "Territoire :" not in excerpts


def test_filters_by_kind_theme_and_departement(page, site_url):
    hosted_search(page, site_url, "isolement")
    hrefs = "links => links.map(a => a.getAttribute('href'))"
    before = page.locator("#fabrique-recherche-resultats li > a").evaluate_all(hrefs)
    assert any("/experiences/" not in href for href in before), before  # figures and scenarios too
    page.get_by_text("Filtrer : type de page, thème, département").click()
    kind = page.get_by_label("Type de page")
    page.wait_for_function("document.querySelector('#recherche-type').options.length > 2")
    options = kind.locator("option").all_inner_texts()
    assert any(re.fullmatch(r"Fiche d'expérience \(\d+\)", option) for option in options), options
    for label in ("Thème", "Département"):
        assert page.get_by_label(label).locator("option").count() > 1, label
    kind.select_option("Fiche d'expérience")
    page.wait_for_function("document.querySelector('#fabrique-recherche-statut').textContent.includes('(Fiche')")
    kinds = page.locator("#fabrique-recherche-resultats li > a").evaluate_all(hrefs)
    assert kinds and all("/experiences/" in href for href in kinds), kinds
    # the choice is in the address: a reload (or a shared link) gives the same results
    assert "type=Fiche" in page.url
    page.reload()
    assert results(page) and page.locator("#fabrique-recherche-resultats li > a").evaluate_all(hrefs) == kinds
    assert page.get_by_label("Type de page").input_value() == "Fiche d'expérience"
    # the other kinds are still offered, with what the words find there: one choice, then another
    offered = page.get_by_label("Type de page").locator("option").all_inner_texts()
    assert any(option.startswith("Figure (") for option in offered), offered
    page.get_by_label("Type de page").select_option("Figure")
    page.wait_for_function("document.querySelector('#fabrique-recherche-statut').textContent.includes('(Figure)')")
    figures = page.locator("#fabrique-recherche-resultats li > a").evaluate_all(hrefs)
    assert figures and all("/figures/" in href for href in figures), figures


def test_departement_filter_and_place_names(page, site_url):
    """A département narrows to its sheets; its name, or a town's, typed as a word, finds them too."""
    page.goto(site_url + "/recherche/?q=epicerie&departement=Cher%20(18)")
    titles = results(page)
    assert titles and all("Cher (18)" in line for line in page.locator(".fabrique-resultat-details").all_inner_texts())
    assert "EPIC.E.A : EPIcerie d’Ecoute et d’Aide" in titles
    assert "EPIC.E.A : EPIcerie d’Ecoute et d’Aide" in hosted_search(page, site_url, "epicerie vierzon")[:1]
    gironde = hosted_search(page, site_url, "gironde")
    sheets = [line for line in page.locator(".fabrique-resultat-details").all_inner_texts() if line.startswith("Fiche")]
    assert gironde and len(sheets) >= 3 and all("Gironde (33)" in line for line in sheets[:3]), sheets


def test_a_first_query_downloads_no_filter_data(page, site_url):
    """The filters' data is fetched when the visitor opens the filters, not for every first query
    (bench/search_bytes.py measures what a first query costs)."""
    assert hosted_search(page, site_url, "aidants")
    assert not [url for url in page.requests if "/pagefind/filter/" in url]
    page.get_by_text("Filtrer : type de page, thème, département").click()
    page.wait_for_function("document.querySelector('#recherche-theme').options.length > 2")
    assert [url for url in page.requests if "/pagefind/filter/" in url]


def word_only_in_one_sheet() -> tuple[dict, str]:
    """(a sheet, a word of 9 letters or more that only its body uses), chosen from the real sheets."""
    import yaml

    from conftest import ROOT

    for path in sorted((ROOT / "experiences").glob("*.yml")):
        sheet = yaml.safe_load(path.read_text(encoding="utf-8"))
        if re.search(r"[*_\[`]", sheet["chapo"]):
            continue  # a summary with markup reads differently once rendered
        rest = " ".join(str(sheet.get(key, "")) for key in ("contexte", "description", "resultats"))
        others = [p for p in (ROOT / "experiences").glob("*.yml") if p != path]
        for word in re.findall(r"\b[a-zé]{9,}\b", rest):
            if word not in (sheet["titre"] + sheet["chapo"]).lower() and not any(
                    word in other.read_text(encoding="utf-8").lower() for other in others):
                return sheet, word
    raise AssertionError("no word found only in one sheet's body")


def test_a_word_only_in_a_sheets_text_is_found(page, site_url):
    """Sheets are indexed as their title and each word of their text once (site_hooks.sheet_index): a
    word that only the body of a sheet uses still finds it, and the snippet is the sheet's summary."""
    sheet, word = word_only_in_one_sheet()
    assert hosted_search(page, site_url, word)[0] == sheet["titre"]
    assert snippets(page)[0] == " ".join(sheet["chapo"].split())


def test_words_that_no_page_holds_together_are_offered_one_by_one(page, site_url):
    """A page is found when it holds every word typed; when none holds them all, each word is offered
    alone, as a link to its own search with its number of results, instead of a bare « no result »."""
    import unicodedata

    import yaml

    def fold(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")

    sheet, rare = word_only_in_one_sheet()
    text = fold(yaml.safe_dump(sheet, allow_unicode=True))
    common = next(word for word in ("epicerie", "numerique", "mobilite", "logement", "alimentaire", "jardin")
                  if word[:5] not in text)
    page.goto(f"{site_url}/recherche/?q=aidants")
    assert len(results(page)) == 10 and page.locator("#fabrique-recherche-plus").is_visible()
    page.fill("#fabrique-recherche-champ", f"{rare} {common}")
    page.keyboard.press("Enter")
    status = page.locator("#fabrique-recherche-statut")
    page.wait_for_function("document.querySelector('#fabrique-recherche-mots').children.length > 0")
    assert status.inner_text() == f"Aucune page ne contient tous les mots de « {rare} {common} ». Chaque mot cherché seul :"
    assert not page.locator("#fabrique-recherche-resultats li").count()
    assert page.locator("#fabrique-recherche-plus").is_hidden()
    assert page.url.endswith(f"/recherche/?q={rare}+{common}")
    offered = page.locator("#fabrique-recherche-mots li").all_inner_texts()
    assert [item.split(" : ")[0] for item in offered] == [rare, common]
    assert all(re.fullmatch(r"\S+ : \d+ résultats?", item) for item in offered), offered
    page.locator("#fabrique-recherche-mots a", has_text=rare).click()
    assert results(page)[0] == sheet["titre"]
    assert page.url.endswith(f"/recherche/?q={rare}")
    assert page.locator("#fabrique-recherche-mots").is_hidden()
    assert page.evaluate("document.activeElement.id") == "fabrique-recherche-champ"


def test_the_indexed_word_list_is_not_shown(page, site_url):
    """The word list Pagefind indexes is hidden from sight and from screen readers: the sheet reads as written."""
    page.goto(site_url + "/experiences/")
    page.locator("#fabrique-resultats a").first.click()
    page.wait_for_load_state()
    assert page.locator("[data-pagefind-body] > div[hidden]").count() == 1
    assert not page.locator("[data-pagefind-body] > div[hidden]").is_visible()
    assert page.get_by_role("heading", level=1).count() == 1


def test_function_words_are_the_same_for_the_index_and_the_query(page, site_url):
    from generator.site_hooks import STOP_WORDS

    page.goto(site_url + "/recherche/")
    assert set(page.evaluate("window.FABRIQUE_MOTS_OUTILS")) == STOP_WORDS


def test_offline_search_ignores_accents(browser, offline_site):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((offline_site / "index.html").as_uri())
    page.locator(".md-search__input").first.click()
    page.keyboard.type("epicerie")
    page.wait_for_selector(".md-search-result__item")
    titles = page.locator(".md-search-result__item > .md-search-result__link h1").all_inner_texts()
    assert "picerie" in titles[0].casefold(), titles  # « épicerie », typed without its accent
    assert [url for url in requests if not url.startswith("file://")] == []
    context.close()
