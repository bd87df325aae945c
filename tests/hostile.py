"""Shared tools of the hostile suites: the site's own Markdown, and an audit of the HTML it makes."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import yaml

from conftest import ROOT


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with exactly the extensions (and settings) of the site's mkdocs.yml."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names, settings = [], {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            (name, options), = entry.items()
            names.append(name)
            settings[name] = options or {}
        else:
            names.append(entry)
    return markdown.Markdown(extensions=names, extension_configs=settings)


ALLOWED_TAGS = {"p", "ul", "ol", "li", "em", "strong", "a"}
ALLOWED_HREF = re.compile(r"^(https://[^\s\"'<>]+|\.\./(?:[a-z0-9-]+/)?[a-z0-9-]+\.md)$")


class Rendered(HTMLParser):
    """Tags and attributes of a fragment, and its visible text with each link's target after its words."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple]] = []
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href", ""))

    def handle_endtag(self, tag):
        if tag == "a" and self.hrefs:
            self.text.append(" " + self.hrefs[-1] + " ")

    def handle_data(self, data):
        self.text.append(data)


def render(fragment_markdown: str) -> Rendered:
    md = site_markdown()
    result = Rendered()
    result.feed(md.convert(fragment_markdown))
    return result


def problems_of(rendered: Rendered, allowed_tags=ALLOWED_TAGS) -> list[str]:
    found = []
    for tag, attrs in rendered.tags:
        if tag not in allowed_tags:
            found.append(f"<{tag}>")
        for name, value in attrs:
            if tag == "a" and name == "href" and ALLOWED_HREF.match(value or ""):
                continue
            if tag == "ol" and name == "start" and (value or "").isdigit():
                continue
            found.append(f"<{tag} {name}={value!r}>")
    return found


def letters(text: str) -> str:
    """The letters and digits of a text, in order: what a reader must still see."""
    return "".join(char for char in text if char.isalnum())
