"""Contributors' text becomes Markdown through an allow-list: anything not explicitly allowed is text.

Allowed in a text field, and nothing else:
- paragraphs (separated by a blank line; the lines of a paragraph are joined);
- lists: lines starting with « - », « * », « + » or « 1. » (one level);
- emphasis: *italique* and **gras**;
- links whose target is an https address (`[texte](https://…)`) or a page of the site written
  from a generated page (`[texte](../figures/radar.md)`, `[texte](../contribuer/index.md)`).

The text is cut into these constructs by a small tokenizer whose cost is linear in the text's
length (every scan stops at the next bracket, star or line end); the output is rebuilt from the
recognised constructs only, and every other character is escaped for Python-Markdown and the
extensions the site enables (raw HTML, entities, attribute lists, tables, admonitions, fences,
headings, rules, tabs, details). So raw HTML, images, headings, code, other link schemes,
reference definitions, attribute lists… all appear as the characters the contributor typed.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

MAX_URL = 2000
# Control characters, line/paragraph separators and bidirectional overrides: never copied to a page.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_LIST_ITEM = re.compile(r"^[ \t]{0,3}([-*+]|\d{1,9}\.)[ \t]+(?=\S)")
_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\(([^\s()<>\[\]]{1,%d})\)" % MAX_URL)
_EMPHASIS = re.compile(r"\*\*([^*\n]{1,2000})\*\*|\*([^*\n]{1,2000})\*")
_PAGE = re.compile(r"^\.\./(?:[a-z0-9-]{1,80}/)?[a-z0-9-]{1,80}\.md$")


def normalise(text: str) -> str:
    """Line ends as « \\n »; other invisible control characters replaced by U+FFFD (check refuses them)."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVISIBLE.sub("\ufffd", text)


# ---------------------------------------------------------------------------------------------
# Escaping: a character that could mean something to Python-Markdown or an extension of the site
# is written so that it can only be shown. Inside a line: backslash escapes (Python-Markdown's
# own) and entities (for what it cannot backslash-escape). At the start of a line: block markers.

_INLINE_ESCAPES = {
    "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;", "|": "&#124;",
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "!": "\\!",
}
_INLINE_TABLE = str.maketrans(_INLINE_ESCAPES)
_LINE_START = {"#": "\\#", "-": "\\-", "+": "\\+", "=": "&#61;", "?": "&#63;", "~": "&#126;", ":": "&#58;",
               "(": "\\(", ")": "\\)", ".": "\\."}
_NUMBERED = re.compile(r"^(\d{1,9})([.)])")


_ENTITY_START = re.compile(r"&(?=[#A-Za-z])")


def escape_text(text: str) -> str:
    """Plain text for the middle of a Markdown line: shown exactly, never markup. A « & » that could
    start an entity is written « &amp; »; Python-Markdown escapes the others itself."""
    return _ENTITY_START.sub("&amp;", text).translate(_INLINE_TABLE)


def _escape_line_start(line: str) -> str:
    """A line's first characters must not open a block (heading, list, admonition, fence, tab…)."""
    if not line:
        return line
    numbered = _NUMBERED.match(line)
    if numbered:
        return numbered.group(1) + "\\" + numbered.group(2) + line[numbered.end():]
    first = line[0]
    return _LINE_START.get(first, first) + line[1:]


def inline(text: str) -> str:
    """A one-line text (title, name) as literal Markdown: no markup at all."""
    return _escape_line_start(escape_text(" ".join(normalise(text).split())))


def yaml_string(text: str) -> str:
    """A value for the page's front matter (title, description, tags), as a quoted YAML string.

    The theme inserts these values into the HTML as they are (page title, navigation,
    <meta name="description" content="…">), so they are HTML-escaped here, double quotes included
    (apostrophes are harmless inside the theme's double-quoted attributes)."""
    text = html.escape(" ".join(normalise(text).split()), quote=False).replace('"', "&quot;")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------
# Links

@dataclass(frozen=True)
class Link:
    text: str
    target: str
    kind: str  # "https", "page" or "refused"
    start: int  # offset in the normalised text


def link_kind(target: str) -> str:
    if _PAGE.match(target):
        return "page"
    if target.lower().startswith("https://") and target.startswith("https://"):
        try:
            parts = urlsplit(target)
        except ValueError:
            return "refused"
        if parts.hostname and not parts.username and not parts.password and all(c.isprintable() for c in target):
            return "https"
    return "refused"


def _url(target: str) -> str:
    """An allowed target, percent-encoded where Markdown or HTML could read something into it."""
    return quote(target, safe="/:?#@!$&+,;=%-._~")


def links(text: str) -> list[Link]:
    """Every link written in a text field, allowed or not (for `fabrique check`)."""
    if "[" not in text:
        return []
    text = normalise(text)
    return [Link(m.group(1), m.group(2), link_kind(m.group(2)), m.start()) for m in _LINK.finditer(text)]


# ---------------------------------------------------------------------------------------------
# Text fields

def _emphasis(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in _EMPHASIS.finditer(text):
        content = match.group(1) if match.group(1) is not None else match.group(2)
        if content != content.strip() or not content.strip():
            continue  # « * not emphasis * »: the stars stay text
        out.append(escape_text(text[position:match.start()]))
        marker = "**" if match.group(1) is not None else "*"
        out.append(marker + escape_text(content) + marker)
        position = match.end()
    out.append(escape_text(text[position:]))
    return "".join(out)


def _inline_markup(line: str) -> str:
    """One line of a paragraph or list item: emphasis and allowed links; the rest escaped."""
    out: list[str] = []
    position = 0
    if "[" in line:
        for match in _LINK.finditer(line):
            label, target = match.group(1), match.group(2)
            kind = link_kind(target)
            if kind == "refused" or not label.strip():
                continue
            out.append(_emphasis(line[position:match.start()]))
            out.append("[" + _emphasis(label.strip()) + "](" + _url(target) + ")")
            position = match.end()
    out.append(_emphasis(line[position:]))
    return _escape_line_start("".join(out))


def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """("p", [line]) or ("ul"/"ol", [item, …]); ordered items keep their number; each paragraph and item joined on one line."""
    blocks: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            current = None
            continue
        item = _LIST_ITEM.match(raw)
        if item:
            kind = "ol" if item.group(1)[0].isdigit() else "ul"
            content = " ".join(raw[item.end():].split())
            if kind == "ol":
                content = item.group(1) + " " + content
            if current is None or current[0] != kind:
                current = (kind, [])
                blocks.append(current)
            current[1].append(content)
        elif current is None:
            current = ("p", [line])
            blocks.append(current)
        else:
            current[1][-1] += " " + line
    return blocks


def block(text: str) -> str:
    """A multi-paragraph text from a record, as safe Markdown."""
    parts = []
    for kind, lines in _blocks(normalise(text).strip()):
        if kind == "p":
            parts.append(_inline_markup(lines[0]))
        elif kind == "ul":
            parts.append("\n".join("- " + _inline_markup(item) for item in lines))
        else:
            parts.append("\n".join(item.split(" ", 1)[0] + " " + _inline_markup(item.split(" ", 1)[1]) for item in lines))
    return "\n\n".join(parts)


def safe_url(url: str) -> str:
    """A link target for Markdown from a URL field: only https addresses; anything else is refused by
    `fabrique check` before a page is written, and shown as no link at all here."""
    url = normalise(url).strip()
    return _url(url) if link_kind(url) == "https" else "../contribuer/index.md"


def visible(text: str) -> str:
    """Text for a terminal: control characters and escape sequences shown as « \\x1b », never sent raw."""
    return "".join(_visible_char(c) for c in str(text)) if _TERMINAL_UNSAFE.search(str(text)) else str(text)


_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def _visible_char(char: str) -> str:
    if _TERMINAL_UNSAFE.match(char):
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    return char


def any_invisible_character(texts) -> bool:
    """Whether invisible_characters would find something in any of `texts` (one search over them all:
    the line break that joins them is not one of those characters, and a carriage return, which
    invisible_characters lets through, only makes this answer True, never hides one)."""
    return _INVISIBLE.search("\n".join(texts)) is not None


def invisible_characters(text: str) -> list[tuple[int, str]]:
    """(offset, U+XXXX name) of every character `fabrique check` refuses in a text."""
    return [(m.start(), f"U+{ord(m.group()):04X}" + (f" ({unicodedata.name(m.group(), '')})" if unicodedata.name(m.group(), "") else ""))
            for m in _INVISIBLE.finditer(text) if m.group() not in "\n\t\r"]
