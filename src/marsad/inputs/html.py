"""HTML to the text a reader sees, with the ``<title>`` kept apart."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple

HTML_NOTE = "HTML tags stripped"

_DOCUMENT_START = re.compile(r"\s*<(!doctype\s+html|html[\s>])", re.IGNORECASE)
_COMMON_TAG = re.compile(
    r"</?(p|div|br|span|a|b|i|em|strong|li|ul|ol|h[1-6]|table|tr|td|article|section|"
    r"body|head|title|script|style|img|meta|link)\b[^<>]*>",
    re.IGNORECASE,
)
_MIN_TAGS = 3  # one stray "<b>" in plain text is not a web page

_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "article", "section", "header", "footer", "main", "nav", "aside", "blockquote", "pre",
    "figure", "figcaption", "hr", "dl", "dt", "dd", "form", "fieldset", "address",
})  # fmt: skip
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg"})
_VOID = frozenset({
    "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
    "track", "wbr",
})  # fmt: skip


class HtmlText(NamedTuple):
    text: str
    title: str | None


def looks_like_html(text: str) -> bool:
    if _DOCUMENT_START.match(text):
        return True
    tags = _COMMON_TAG.finditer(text)
    return all(next(tags, None) for _ in range(_MIN_TAGS))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped in handle_data
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.skip_depth = 0
        self.in_head = False
        self.in_title = False
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip_depth += 1
        elif tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "title":
            self.in_title = True
        elif tag == "pre":
            self.pre_depth += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _BLOCK and tag not in _VOID:  # <br/> reports a start and an end
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_title:
            self.title_parts.append(data)
        elif not self.in_head:
            # Source line breaks are not line breaks on the page, except inside <pre>.
            self.parts.append(data if self.pre_depth else re.sub(r"\s+", " ", data))


def strip_html(html: str) -> HtmlText:
    """Text without tags, scripts, styles or head; block elements become line breaks."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = " ".join("".join(parser.title_parts).split()) or None
    return HtmlText(text, title)
