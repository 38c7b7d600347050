"""A story to insert lines into, cleaned as a text dump and as a page: what each kept.

Furniture tests insert a line (or a few) into an invented story's body, in the middle or
at the end, and ask whether the cleaning of a text dump and of a page kept it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from transforms.article import Article
from transforms.html import parse_html_page
from transforms.parse import parse_text_dump
from transforms.pipeline import clean


@dataclass(frozen=True)
class Story:
    title: str
    subtitle: str
    body: tuple[str, ...]
    url: str  # the page's address; its last part names the dump

    def lines(self, inserted: list[str], at: int) -> list[str]:
        lines = list(self.body)
        lines[at:at] = inserted
        return lines

    def dump(self, inserted: list[str], at: int) -> str:
        return "\n".join([self.title, self.subtitle, *self.lines(inserted, at)])

    def page(self, inserted: list[str], at: int) -> str:
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in self.lines(inserted, at))
        return (
            f"<html><head><title>{self.title}</title></head><body><article><h1>{self.title}</h1>"
            f"<p class='dek'>{self.subtitle}</p>{paragraphs}</article></body></html>"
        )

    def cleaned_dump(self, inserted: list[str], at: int) -> Article:
        return clean(parse_text_dump(self.dump(inserted, at), source=self.url.rsplit("/", 1)[-1] + ".txt"))

    def cleaned_page(self, inserted: list[str], at: int) -> Article:
        return clean(parse_html_page(self.page(inserted, at), self.url))

    def kept_lines(self, inserted: list[str], at: int) -> dict[str, list[str]]:
        """The inserted lines each cleaning kept, for a dump and for a page."""
        dump, page = self.cleaned_dump(inserted, at).paragraphs, self.cleaned_page(inserted, at).paragraphs
        return {
            "dump": [line for line in inserted if line in dump],
            "page": [line for line in inserted if line in page],
        }
