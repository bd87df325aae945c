"""Contributors' text becomes inert Markdown: emphasis, lists and safe links only.

Record texts are data, never templates or HTML. Allowed: *italique*, **gras**, lists,
paragraphs, and links whose target is http(s), mailto or a relative path. Everything
else that Markdown or its extensions could turn into markup is escaped:
raw HTML (`<`, `>`, `&`), attribute lists (`{ onclick=… }`), other link schemes
(`javascript:`, `data:`, `vbscript:`), images.
"""
from __future__ import annotations

import html
import re

_SAFE_TARGET = re.compile(r"^(https?://|mailto:|[\w./#-]*$)", re.IGNORECASE)
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\n]*)\)")
_AUTOLINK_OR_TAG = re.compile(r"[<>&]")


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_braces(text: str) -> str:
    return text.replace("{", "&#123;").replace("}", "&#125;")


def _neutralise_link(match: re.Match) -> str:
    bang, label, target = match.groups()
    target_clean = re.sub(r"[\s\x00-\x1f]", "", target)
    if bang or not _SAFE_TARGET.match(target_clean):
        # Keep the words, drop the link: [label] (target) shown as text.
        return f"\\[{label}\\] ({target})".replace("(", "&#40;", 1)
    return match.group(0)


# Markup that only means something at the start of a line: link definitions, headings, rules,
# admonitions, code fences, definition lists and tables. One pass escapes them all.
_LINE_START = re.compile(
    r"(?m)^([ \t]*)(\[(?=[^\]\n]*\]:)|#{1,6}(?=\s)|(?:=+|-{3,}|\*{3,}|_{3,})(?=[ \t]*$)|!!!|\?\?\?|```|~~~|:|\|)"
)


def block(text: str) -> str:
    """A multi-paragraph text from a record, as safe Markdown."""
    text = text.replace("\r\n", "\n").strip()
    text = _escape_braces(_escape_html(text))
    if "](" in text:
        text = _LINK.sub(_neutralise_link, text)
    return _LINE_START.sub(r"\1\\\2", text)


_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]#|!])")


def inline(text: str) -> str:
    """A one-line text (title, name) as literal Markdown: no markup at all."""
    text = " ".join(str(text).split())
    text = _escape_html(text)
    text = _escape_braces(text)
    return _INLINE_SPECIALS.sub(r"\\\1", text)


def yaml_string(text: str) -> str:
    """A value for the page's front matter (title, description, tags), as a quoted YAML string.

    The theme inserts these values into the HTML as they are (page title, navigation,
    <meta name="description" content="…">), so they are HTML-escaped here, double quotes included
    (apostrophes are harmless inside the theme's double-quoted attributes)."""
    text = html.escape(" ".join(str(text).split()), quote=False).replace('"', "&quot;")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def safe_url(url: str) -> str:
    """A link target for Markdown: only https/http/mailto; anything else becomes an inert fragment."""
    url = re.sub(r"[\s\x00-\x1f<>()]", "", str(url))
    return url if re.match(r"^(https?://|mailto:)", url, re.IGNORECASE) else "#lien-refuse"
