"""Bytes into text (`flows.io.decode.decode_bytes`): what is decoded, and how; what is refused, and why."""

from __future__ import annotations

import codecs
import random

import pytest

from flows.io.decode import DecodeError, decode_bytes

HEADLINE = "US Secretary of State Blinken says Russia is committing war crimes in Ukraine"
FRENCH = "Le président a déclaré : « Nous sommes prêts » à Genève, selon l'AFP. Âge, çà, où, naïveté."
GERMAN = "Die Bundesregierung äußerte sich am Mittwoch zur Lage. Größere Hilfen für Flüchtlinge."
CP1252_TYPOGRAPHY = "He said “no” — and left… ‘fine’, then paid €5 for the Times™ • page 2"
RUSSIAN = (
    "Госсекретарь США Энтони Блинкен заявил, что российские военные совершают военные преступления "
    "на Украине. По его словам, решение основано на информации из открытых источников.\n"
)


def dump(*paragraphs: str) -> str:
    return "\n".join([HEADLINE, *paragraphs]) + "\n"


def reject_reason(data: bytes, **options: object) -> str:
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, **options)  # type: ignore[arg-type]
    assert caught.value.detail, "a reject must say why"
    return caught.value.reason


# --- text that must decode, exactly -----------------------------------------------


def test_utf8_text_decodes_unchanged() -> None:
    text = dump("Kyiv — ‘дети’ 🙂 café", "Second paragraph.")

    decoded = decode_bytes(text.encode("utf-8"))

    assert (decoded.text, decoded.encoding) == (text, "utf-8")


def test_utf8_byte_order_mark_is_removed() -> None:
    text = dump("Body.")

    decoded = decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))

    assert decoded.text == text
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_text_with_a_utf16_or_utf32_byte_order_mark_decodes(codec: str, bom: bytes) -> None:
    text = dump("Kyiv — ‘дети’ 🙂", "Body.")

    decoded = decode_bytes(bom + text.encode(codec))

    assert decoded.text == text
    assert decoded.encoding == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised_not_refused_as_binary(codec: str) -> None:
    text = dump("A body of plain English text, saved by a Windows tool.")

    decoded = decode_bytes(text.encode(codec))

    assert decoded.text == text


@pytest.mark.parametrize("text", [dump(CP1252_TYPOGRAPHY, FRENCH), dump(GERMAN)])
def test_undeclared_windows_1252_text_decodes_correctly(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))

    assert decoded.text == text


@pytest.mark.parametrize(
    "text", [dump(FRENCH), dump(GERMAN), "café", dump("Prix\u00a0: 5 £, © AFP 2022, ±3 °C.")]
)
def test_undeclared_latin1_text_decodes_correctly(text: str) -> None:
    """Latin-1 is windows-1252 wherever Latin-1 text has characters (0x80-0x9F are unused)."""
    decoded = decode_bytes(text.encode("latin-1"))

    assert decoded.text == text


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_undeclared_cyrillic_text_is_detected(codec: str) -> None:
    decoded = decode_bytes(RUSSIAN.encode(codec))

    assert decoded.text == RUSSIAN


def test_a_declared_charset_is_used() -> None:
    data = RUSSIAN.encode("cp1251")

    assert decode_bytes(data, declared="windows-1251").text == RUSSIAN


def test_a_wrong_or_unknown_declaration_falls_back_to_detection() -> None:
    text = dump("Kyiv — ‘дети’")

    assert decode_bytes(text.encode("utf-8"), declared="shift_jis-but-not-really").text == text
    assert decode_bytes(text.encode("utf-8"), declared="utf-16").text == text


@pytest.mark.parametrize("label", ["iso-8859-1", "latin-1", "us-ascii", "windows-1252"])
def test_a_western_label_on_utf8_bytes_does_not_make_mojibake(label: str) -> None:
    text = dump("café — €5, ‘quoted’, naïve")  # no byte windows-1252 leaves undefined

    decoded = decode_bytes(text.encode("utf-8"), declared=label)

    assert decoded.text == text
    assert "Ã" not in decoded.text


def test_a_western_label_on_western_bytes_is_honoured() -> None:
    text = dump(FRENCH)

    assert decode_bytes(text.encode("latin-1"), declared="iso-8859-1").text == text


def test_html_meta_charset_is_sniffed_only_when_asked() -> None:
    page = b'<html><head><meta charset="windows-1251"></head><body>' + RUSSIAN.encode("cp1251") + b"</body>"

    assert RUSSIAN in decode_bytes(page, sniff_markup=True).text


def test_a_few_nul_bytes_do_not_make_text_binary() -> None:
    data = dump("A sentence with a stray\x00 NUL byte in it, as some scrapers leave.").encode()

    decoded = decode_bytes(data)

    assert "NUL byte" in decoded.text


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"").text == ""


# --- bytes that must be refused, with a reason -----------------------------------

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00"
GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"


@pytest.mark.parametrize("data", [PNG, PDF, JPEG, ZIP, GZIP], ids=["png", "pdf", "jpeg", "zip", "gzip"])
def test_known_binary_formats_are_refused_as_binary_input(data: bytes) -> None:
    assert reject_reason(data + bytes(range(256)) * 4) == "binary_input"


def test_random_bytes_are_refused_as_binary_input() -> None:
    noise = random.Random(20220323).randbytes(8192)

    assert reject_reason(noise) == "binary_input"


def test_mostly_nul_bytes_are_refused_as_binary_input() -> None:
    assert reject_reason(b"Headline\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00body") == "binary_input"


def test_damaged_utf8_is_refused_as_invalid_utf8_not_decoded_as_mojibake() -> None:
    data = dump("Kyiv — Україна, дети, café.").encode("utf-8").replace("Україна".encode(), b"\xff\xfe\xfd")

    assert reject_reason(data) == "invalid_utf8"


def test_invalid_bytes_after_a_byte_order_mark_are_refused() -> None:
    assert reject_reason(codecs.BOM_UTF8 + b"Headline \xff\xfe broken") == "decode_error"


def test_odd_length_utf16_after_its_byte_order_mark_is_refused() -> None:
    data = codecs.BOM_UTF16_LE + "Headline\n".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate

    assert reject_reason(data) == "decode_error"


def test_text_padded_with_nul_bytes_at_the_end_is_refused_as_nul_bytes_not_binary() -> None:
    """A preallocated file: its text, then zeros where the rest was never written."""
    data = dump("The council approved the budget on Tuesday after a long debate.").encode() + bytes(8192)

    with pytest.raises(DecodeError) as refused:
        decode_bytes(data)

    assert refused.value.reason == "nul_bytes"
    assert refused.value.detail.startswith("8192 NUL bytes in a row at offset ")


def test_only_nul_bytes_are_still_binary_input() -> None:
    assert reject_reason(bytes(4096)) == "binary_input"
