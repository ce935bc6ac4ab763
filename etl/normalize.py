"""Text normalisation, so that the same article always hashes and splits the same way.

Translated wire copy arrives with typographic quotes, modifier-letter apostrophes (ʼ),
non-breaking spaces and stray spaces before punctuation ("army. , according"); the parser
and the dictionaries expect plain ASCII punctuation and single spaces.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u02b9": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\t": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
        "\u2026": "...",
        "\u2028": "\n",
        "\u2029": "\n\n",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r" {2,}")
_TRAILING = re.compile(r" *\n *")
_PARAGRAPHS = re.compile(r"\n{3,}")
_LINE_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\S) +(?=[,.;:!?)\]](?:\s|$))")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[]) +")
_DOUBLE_STOP = re.compile(r"(?<=\w)\.(?:\s*\.)+(?!\.)")
_STOP_COMMA = re.compile(r"(?<=\w)\.\s*,")


def normalize_text(text: str) -> str:
    """Canonical form of an article body: NFC, ASCII quotes, single spaces, paragraphs kept."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text.translate(_CHAR_MAP))
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    text = _PARAGRAPHS.sub("\n\n", text)
    text = _LINE_WRAP.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _SPACE_AFTER_OPEN.sub("", text)
    text = _STOP_COMMA.sub(",", text)
    text = _DOUBLE_STOP.sub(".", text)
    return text.strip()


def article_id(normalized_text: str) -> str:
    """Stable id: the same story, however it was spaced or quoted, gets the same id."""
    key = " ".join(normalized_text.casefold().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
