"""Bytes become text here, once: BOMs, declared charsets, UTF-8, then detection.

Binary files with a text extension are refused with a reason instead of being
decoded into garbage.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Magic numbers of formats that turn up in scraped folders with a text name.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"),
    (b"7z\xbc\xaf", "7z"),
    (b"RIFF", "riff"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"\x7fELF", "elf"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"wOFF", "woff"),
)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Share of control bytes (other than tab, newline, carriage return, form feed)
# above which a file is binary, not text with a few stray NULs.
MAX_CONTROL_SHARE = 0.05
# Deleted with bytes.translate to count them: a C loop, ~20x a regex findall.
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])
NUL_RUN_RE = re.compile(rb"\x00{4,}")
META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
XML_ENCODING_RE = re.compile(rb"""^<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})""")
# Western text saved as windows-1252 is mostly ASCII; its other characters are
# Latin-1 letters and typographic punctuation. Text in another legacy charset
# decoded as windows-1252 is mostly these "other" characters instead.
WESTERN_EXTRA_RE = re.compile("[\u00a0-\u00ff\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u20ac\u2122]")
MIN_WESTERN_ASCII_SHARE = 0.7
HIGH_BYTES_RE = re.compile(rb"[\x80-\xff]")
UTF8_MULTIBYTE_RE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class DecodeError(ValueError):
    """Raised with a snake_case `reason` when bytes cannot become text."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, declared: str | None = None, *, sniff_markup: bool = False) -> Decoded:
    """Decode `data` to text, or raise DecodeError(reason="binary_input" | "decode_error").

    Order: byte-order mark, a declared charset (HTTP header; with
    `sniff_markup`, the page's own <meta charset> or XML declaration), strict
    UTF-8, windows-1252 for mostly-ASCII Western text, then charset detection.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom) :], encoding)
    utf16 = _refuse_binary(data)
    if utf16 is not None:
        return utf16
    for candidate in (declared, _sniff_declared(data) if sniff_markup else None):
        encoding = _known_encoding(candidate)
        if encoding == "cp1252" and _is_utf8_beyond_ascii(data):
            # Servers and old templates label UTF-8 pages "iso-8859-1" by default;
            # windows-1252 text is valid UTF-8 only if it already holds mojibake.
            continue
        if encoding is not None and encoding.startswith(("utf-16", "utf-32")) and b"\x00" not in data[:4096]:
            # Any Latin letter, digit or newline in UTF-16 or UTF-32 carries a NUL byte;
            # pages labelled utf-16 without one are ASCII-compatible (WHATWG reads
            # such a <meta> label as UTF-8), and decoding them as UTF-16 gives CJK noise.
            continue
        if encoding is not None:
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall through to detection
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):
            # Mostly valid UTF-8 sequences next to invalid ones: a damaged UTF-8
            # file, not a legacy charset; decoding it any other way would
            # turn its correct characters into mojibake.
            raise DecodeError(
                "invalid_utf8", f"invalid UTF-8 at byte {error.start}: {data[error.start : error.end]!r}"
            ) from None
    western = _decode_western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("decode_error", "no text encoding fits these bytes")
    return Decoded(str(best), best.encoding)


def _decode_strict(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        raise DecodeError("decode_error", f"invalid {encoding} after its byte-order mark: {error}") from None


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    high_bytes = len(HIGH_BYTES_RE.findall(data))
    utf8_bytes = sum(len(sequence) for sequence in UTF8_MULTIBYTE_RE.findall(data))
    return utf8_bytes >= 0.5 * high_bytes


def _refuse_binary(data: bytes) -> Decoded | None:
    """Raise for binary data; decode UTF-16 text that lacks a byte-order mark."""
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DecodeError("binary_input", f"{kind} file, not text")
    # NUL padding at the end (a preallocated file) is judged as the text before it:
    # a `nul_bytes` reject below, as the README says, not `binary_input`.
    sample = (data.rstrip(b"\x00") or data)[:65536]
    if not sample:
        return None
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if controls <= MAX_CONTROL_SHARE * len(sample):
        zeros = NUL_RUN_RE.search(data) if b"\x00\x00\x00\x00" in data else None
        if zeros:
            # A block of zeros is where a truncated or preallocated file lost its
            # text; a stray NUL here and there (some scrapers leave them) is
            # dropped by normalisation and costs nothing.
            raise DecodeError(
                "nul_bytes",
                f"{zeros.end() - zeros.start()} NUL bytes in a row at offset {zeros.start()}: "
                "a truncated or corrupt file",
            )
        return None
    utf16 = _try_utf16_without_bom(data)
    if utf16 is None:
        raise DecodeError(
            "binary_input", f"{controls} control bytes in the first {len(sample)} bytes: not text"
        )
    return utf16


def _try_utf16_without_bom(data: bytes) -> Decoded | None:
    # UTF-16 text without a BOM has a NUL in every other byte; refusing it as
    # binary would lose it.
    even_nuls = data[0:2000:2].count(0)
    odd_nuls = data[1:2000:2].count(0)
    half = min(len(data), 2000) // 2
    if half and odd_nuls > 0.7 * half and even_nuls < 0.1 * half:
        encoding = "utf-16-le"
    elif half and even_nuls > 0.7 * half and odd_nuls < 0.1 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _sniff_declared(data: bytes) -> str | None:
    head = data[:4096]
    match = XML_ENCODING_RE.match(head) or META_CHARSET_RE.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        canonical = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers decode pages labelled latin-1 / ascii as windows-1252 (WHATWG).
    return "cp1252" if canonical in {"latin-1", "iso8859-1", "ascii"} else canonical


def _decode_western(data: bytes) -> Decoded | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extras = [char for char in text if ord(char) > 127]
    if any(not WESTERN_EXTRA_RE.match(char) for char in extras):
        return None
    extra_letters = sum(1 for char in extras if char.isalpha())
    letters = sum(1 for char in text if char.isalpha())
    if letters and letters - extra_letters >= MIN_WESTERN_ASCII_SHARE * letters:
        return Decoded(text, "cp1252")
    return None
