"""What an uploaded PDF must be before anyone can download it from the portal: checked by content, never by
its name, in one place (``validate_pdf``) used by the attachment form and the model field."""

from __future__ import annotations

import io
import re

from django.core.exceptions import ValidationError
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

NOT_A_PDF = "Ce fichier n'est pas un PDF : seuls les documents PDF sont acceptés."
POLYGLOT = (
    "Ce fichier n'est pas un PDF simple : il contient autre chose (page web, script ou données) avant ou autour "
    "du document. Enregistrez-le de nouveau en PDF depuis votre logiciel (« Imprimer en PDF »)."
)
ACTIVE_CONTENT = (
    "Ce PDF contient du code exécutable ou des actions automatiques (JavaScript, action à l'ouverture) : il est "
    "refusé. Enregistrez-le de nouveau en PDF depuis votre logiciel (« Imprimer en PDF »), sans formulaire actif."
)
UNREADABLE = "Ce fichier PDF est illisible ou endommagé."
NO_PAGE = "Ce PDF ne contient aucune page."

# Names that make a reader run something: JavaScript, actions on opening the document or on events (/AA),
# launching programs. Compared after decoding #xx escapes (/J#53 is /JS).
ACTIVE_NAMES = frozenset({"/JS", "/JavaScript", "/OpenAction", "/AA", "/Launch"})
# Markup a browser would run if it ever read the file as a web page.
MARKUP = re.compile(rb"<\s*(?:html|script|body|svg|iframe|!doctype)\b", re.IGNORECASE)
NAME = re.compile(rb"/[^\s/<>\[\]()%{}]+")
# Stream data (images, fonts, page contents, often compressed) is skipped by the raw scans: random bytes would
# spell "/JS " or "<body" in one large PDF out of a few dozen. What hides in object streams is seen by the walk.
STREAM_DATA = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)
HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def _decoded_name(raw: bytes) -> str:
    return HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")


def _raw_names(data: bytes) -> set[str]:
    """Every name written in clear in the file, escapes decoded: catches what a lenient parser would skip."""
    return {_decoded_name(match) for match in NAME.findall(data)}


def _structural_names(reader: PdfReader) -> set[str]:
    """Every dictionary key and name value of every object, object streams included (compressed, so out of
    reach of the raw scan)."""
    found: set[str] = set()

    def walk(obj, depth: int = 0) -> None:
        if depth > 50:
            return
        if isinstance(obj, IndirectObject):
            return  # visited on its own
        if isinstance(obj, NameObject):
            found.add(str(obj))
        elif isinstance(obj, DictionaryObject):
            for key, value in obj.items():
                found.add(str(key))
                walk(value, depth + 1)
        elif isinstance(obj, ArrayObject):
            for value in obj:
                walk(value, depth + 1)

    walk(reader.trailer)
    for number, generation in _object_ids(reader):
        try:
            walk(reader.get_object(IndirectObject(number, generation, reader)))
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError):
            continue
    return found


def _object_ids(reader: PdfReader):
    seen = set()
    for generation, numbers in reader.xref.items():
        for number in numbers:
            seen.add((number, generation))
    for number in reader.xref_objStm:
        seen.add((number, 0))
    return sorted(seen)


def validate_pdf(upload) -> None:
    """Raise ``ValidationError`` (French) unless ``upload`` is a plain PDF: starting with ``%PDF-`` at its very
    first byte (nothing before it: no HTML/PDF polyglot), without web markup, readable with at least one page,
    and without JavaScript or automatic actions (``/JS``, ``/JavaScript``, ``/OpenAction``, ``/AA``,
    ``/Launch``, hex-escaped or inside compressed object streams alike). Reads the whole file (10 MB at most)."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if b"%PDF-" not in data[:1024]:
        raise ValidationError(NOT_A_PDF, code="not_pdf")
    skeleton = STREAM_DATA.sub(b"stream endstream", data)
    if not data.startswith(b"%PDF-") or MARKUP.search(skeleton):
        raise ValidationError(POLYGLOT, code="polyglot")
    if _raw_names(skeleton) & ACTIVE_NAMES:
        raise ValidationError(ACTIVE_CONTENT, code="active_content")
    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) < 1:
            raise ValidationError(NO_PAGE, code="no_page")
        names = _structural_names(reader)
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, RecursionError) as exc:
        raise ValidationError(UNREADABLE, code="unreadable") from exc
    if names & ACTIVE_NAMES:
        raise ValidationError(ACTIVE_CONTENT, code="active_content")
