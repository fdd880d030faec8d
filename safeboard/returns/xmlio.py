"""Reading XML returns safely, element by element.

The file is streamed with lxml's ``iterparse``: only the elements a kind asks
for are handed back, each once it is complete, and each is cleared (with
the siblings before it) as soon as the kind has read it, so memory stays
bounded whatever the number of children.

Hostile input is refused before parsing starts. A return never needs a
document type declaration, so any ``<!DOCTYPE`` (or other ``<!`` declaration)
before the root element refuses the file: that blocks external entities
(XXE), entity expansion (billion laughs) and quadratic blow-up outright.
The parser is also set never to load a DTD, resolve an entity or use the
network, and to keep its limits on depth and text size (``huge_tree=False``).

Encodings: the bytes (a byte order mark, or the zero bytes of UTF-16) and
the XML declaration must agree. UTF-8, UTF-16 (with a BOM, or without one
when the declaration says UTF-16) and any 8-bit encoding the declaration
names (ISO-8859-1, Windows-1252...) are read; anything else is refused with
a message that says how to save the file.

Messages name the file, the line and the element, never a value from the
file: a value may be a child's identifier.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import IO

from lxml import etree

from safeboard.returns.findings import RefusedFileError
from safeboard.returns.kinds.base import InputFile

XML_RULE = "SB-XML"
HEAD_BYTES = 64 * 1024  # the XML declaration and the root element must start in here
READ_BYTES = 1 << 16

_DECLARATION = re.compile(r"<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([^\"']{0,40})[\"']")
_NAME = re.compile(r"[^\s/>]{1,100}")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_LINE_SUFFIX = re.compile(r", line \d+, column \d+$")

AGAIN = "Export the return again from the case management system and import the new file."
DTD_MESSAGE = (
    "The file has a document type declaration (<!DOCTYPE ...>) before its root element, "
    "at line {line}. Safeboard refuses any DTD in a return: a DTD can read other files "
    "(external entities), expand a few bytes into gigabytes (billion laughs) or make "
    "reading take hours (quadratic blow-up). Nothing was read or stored."
)
DTD_GUIDANCE = (
    "A return never needs a DTD. Export the file again without one, or delete the "
    "<!DOCTYPE ...> declaration (everything from '<!DOCTYPE' to its closing '>') "
    "and import it again."
)


def refuse(file: str, message: str, guidance: str, *, position: str = "") -> RefusedFileError:
    return RefusedFileError.because(
        rule=XML_RULE,
        message=message,
        guidance=guidance,
        file=file,
        position=position,
    )


# ---- encodings -----------------------------------------------------------------------


def _byte_encoding(head: bytes) -> tuple[str, bool]:
    """(family, has a byte order mark): 'utf-8', 'utf-16-le', 'utf-16-be', 'utf-32' or '8-bit'."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", True
    if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
        return "utf-32", True
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", True
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", True
    if head[:4] in (b"<\x00\x00\x00", b"\x00\x00\x00<"):
        return "utf-32", False
    if len(head) >= 2 and head[0] != 0 and head[1] == 0:
        return "utf-16-le", False
    if len(head) >= 2 and head[0] == 0 and head[1] != 0:
        return "utf-16-be", False
    return "8-bit", False


def _codec_name(declared: str) -> str | None:
    try:
        return codecs.lookup(declared).name
    except LookupError:
        return None


def _check_encoding(file: str, family: str, bom: bool, declared: str | None) -> None:
    """Refuse when the bytes and the XML declaration disagree, or cannot be read."""
    save_utf8 = "Save the file as UTF-8 (the CIN census's own encoding) and import it again."
    if family == "utf-32":
        raise refuse(
            file,
            "The file is UTF-32, which Safeboard does not read.",
            save_utf8,
            position="line 1",
        )
    codec = _codec_name(declared) if declared else None
    if declared and codec is None:
        raise refuse(
            file,
            f"The XML declaration names the encoding '{declared}', which Safeboard does not know.",
            'Correct the encoding in the file\'s first line (for example encoding="UTF-8"), '
            "or save the file as UTF-8.",
            position="line 1",
        )
    if family.startswith("utf-16"):
        if codec is None and not bom:
            raise refuse(
                file,
                "The file looks like UTF-16 but has neither a byte order mark nor an XML "
                "declaration saying so, so it cannot be read safely.",
                save_utf8,
                position="line 1",
            )
        if codec is not None and not codec.startswith("utf-16"):
            raise refuse(
                file,
                f"The XML declaration says the file is {declared}, but its bytes are UTF-16.",
                save_utf8 + ' Or correct the declaration to encoding="UTF-16".',
                position="line 1",
            )
    elif family == "utf-8" and bom:
        if codec is not None and codec != "utf-8":
            raise refuse(
                file,
                f"The XML declaration says the file is {declared}, but it starts with the "
                "UTF-8 byte order mark.",
                save_utf8 + ' Or correct the declaration to encoding="UTF-8".',
                position="line 1",
            )
    elif codec is not None and codec.startswith(("utf-16", "utf-32")):
        raise refuse(
            file,
            f"The XML declaration says the file is {declared}, but its bytes are not.",
            "Correct the declaration in the file's first line (most files are "
            'encoding="UTF-8"), or save the file as UTF-8.',
            position="line 1",
        )


# ---- the prolog: everything before the root element -----------------------------------


def _check_prolog(file: str, text: str, complete: bool, root: str) -> None:
    """Refuse a DTD, a file that is not XML, or the wrong root element."""
    i = 1 if text.startswith("\ufeff") else 0
    length = len(text)

    def line() -> int:
        return text.count("\n", 0, i) + 1

    while True:
        while i < length and text[i] in " \t\r\n":
            i += 1
        if i >= length:
            if complete:
                raise refuse(
                    file,
                    "The file holds no XML element.",
                    AGAIN,
                    position=f"line {line()}",
                )
            raise refuse(
                file,
                f"The file's root element does not start within its first {HEAD_BYTES // 1024} KB.",
                "Remove whatever comes before the <" + root + "> element, or export again.",
                position=f"line {line()}",
            )
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                raise refuse(
                    file,
                    "A processing instruction or the XML declaration is not closed with '?>'.",
                    AGAIN,
                    position=f"line {line()}",
                )
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                raise refuse(
                    file,
                    "A comment before the root element is not closed with '-->'.",
                    AGAIN,
                    position=f"line {line()}",
                )
            i = end + 3
        elif text.startswith("<!", i):
            raise refuse(
                file, DTD_MESSAGE.format(line=line()), DTD_GUIDANCE, position=f"line {line()}"
            )
        elif text.startswith("<", i):
            match = _NAME.match(text, i + 1)
            name = match.group(0) if match else ""
            local = name.rsplit(":", 1)[-1]
            if local != root:
                shown = name[:40] if name.isprintable() else "?"
                raise refuse(
                    file,
                    f"The file's root element is <{shown}>, not <{root}>: this is not the "
                    "kind of return that was chosen, or not a complete return.",
                    f"Check that you chose the right file and kind of return; a return "
                    f"starts with <{root}>.",
                    position=f"line {line()}, element {shown}",
                )
            return
        else:
            raise refuse(
                file,
                "The file is not XML: it does not start with an XML element.",
                "Check that you chose the right file; it must be the XML the "
                "case management system exports.",
                position=f"line {line()}",
            )


# ---- streaming ------------------------------------------------------------------------


class _Replay:
    """The head already read, then the rest of the stream; notes when the end is reached."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head = head
        self._rest = rest
        self.at_end = False
        self.newlines = head.count(b"\n")

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size is None or size < 0 or size >= len(self._head):
                chunk, self._head = self._head, b""
            else:
                chunk, self._head = self._head[:size], self._head[size:]
            return chunk
        chunk = self._rest.read(size if size and size > 0 else READ_BYTES)
        if not chunk:
            self.at_end = True
        else:
            self.newlines += chunk.count(b"\n")
        return chunk


def _read_head(stream: IO[bytes]) -> tuple[bytes, bool]:
    parts: list[bytes] = []
    size = 0
    while size < HEAD_BYTES:
        chunk = stream.read(HEAD_BYTES - size)
        if not chunk:
            return b"".join(parts), True
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts), False


def _decoded_head(head: bytes, family: str, bom: bool) -> str:
    if family.startswith("utf-16"):
        body = head[2:] if bom else head
        return body[: len(body) // 2 * 2].decode(family, errors="replace")
    if family == "utf-8" and bom:
        return head[3:].decode("utf-8", errors="replace")
    return head.decode("latin-1")  # only the ASCII structure of the prolog is looked at


def iter_elements(file: InputFile, *, root: str, tags: tuple[str, ...]) -> Iterator[etree._Element]:
    """Each complete element whose local name is in ``tags``, in document order.

    An element is cleared, with the siblings before it, once the caller has
    read it and asked for the next: keep nothing from it but text. Raises
    ``RefusedFileError`` for a file that cannot be read safely and completely.
    """
    name = file.name
    stream = file.open()
    try:
        head, complete = _read_head(stream)
        if not head.strip(b" \t\r\n\x00"):
            raise refuse(name, "The file is empty.", AGAIN)
        family, bom = _byte_encoding(head)
        text = _decoded_head(head, family, bom)
        declaration = _DECLARATION.match(text.lstrip("\ufeff"))
        declared = declaration.group(1).strip() if declaration else None
        _check_encoding(name, family, bom, declared)
        _check_prolog(name, text, complete, root)
        source = _Replay(head, stream)
        wanted = tuple("{*}" + tag for tag in tags)
        events = etree.iterparse(
            source,
            events=("end",),
            tag=wanted,
            huge_tree=False,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            remove_comments=True,
            remove_pis=True,
            recover=False,
        )
        checked = False
        try:
            for _event, element in events:
                if next(element.iterancestors(*wanted), None) is not None:
                    continue  # inside an element still to come, which will show it whole
                if not checked:
                    _check_tree(name, element, root)
                    checked = True
                yield element
                element.clear(keep_tail=False)
                parent = element.getparent()
                if parent is not None:
                    while element.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as error:
            raise _syntax_refusal(name, error, source, declared) from None
        if not checked:
            _check_tree(name, events.root, root)
    finally:
        stream.close()


# libxml2 keeps an element's line in 16 bits: from this line on it reports instead the
# line where the element's first text ends (or, for an empty element, its tail's).
BIG_LINE = 65_535


def element_line(element) -> int:
    """The line the element's start tag is on, in a file of any length.

    lxml's ``sourceline`` is that line up to 65,534. Beyond it libxml2 answers with
    the line at the end of the element's first text, so a container whose start tag
    is followed by a line break (``<Child>`` then its indented children) came out one
    line late: those line breaks are taken off again here.
    """
    line = element.sourceline or 0
    if line < BIG_LINE:
        return line
    if element.text is not None:
        return line - element.text.count("\n")
    if len(element) == 0 and element.tail is not None:
        return line - element.tail.count("\n")
    return line


def _check_tree(file: str, element, root: str) -> None:
    """The second line of defence: the tree itself has no DTD and the right root."""
    if element is None:
        return
    tree = element.getroottree()
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise refuse(file, DTD_MESSAGE.format(line=1), DTD_GUIDANCE, position="line 1")
    top = tree.getroot()
    if etree.QName(top).localname != root:
        raise refuse(
            file,
            f"The file's root element is not <{root}>.",
            f"Check that you chose the right file; a return starts with <{root}>.",
            position=f"line {top.sourceline}",
        )


_ENCODING_ERRORS = {9, 81, 32}  # invalid character, invalid encoding, unsupported encoding
PREMATURE_END = 77  # libxml2: "Premature end of data in tag ..."


def _syntax_refusal(file: str, error, source: _Replay, declared: str | None) -> RefusedFileError:
    line = error.lineno or 0
    column = (error.position or (0, 0))[1]
    where = f"line {line}, column {column}" if line else "end of file"
    # libxml2's own words name elements, not values; drop anything quoted or
    # any bytes it shows, which could be part of a value.
    reason = (error.msg or "").split("\n", 1)[0].split("Bytes:", 1)[0]
    reason = _QUOTED.sub("'…'", _LINE_SUFFIX.sub("", reason)).strip(" ,")
    code = error.code
    if code in _ENCODING_ERRORS or "encoding" in reason.lower():
        named = f"{declared}, as its XML declaration says" if declared else "UTF-8"
        return refuse(
            file,
            f"The file cannot be read as {named}: at {where} its bytes are not valid in "
            f"that encoding ({reason}).",
            "Save the file as UTF-8, or correct the encoding in its first line to the one "
            'it was saved in (for example encoding="ISO-8859-1" for a Latin-1 file), '
            "and import it again.",
            position=where,
        )
    if source.at_end and (code == PREMATURE_END or line >= source.newlines):
        return refuse(
            file,
            f"The file ends before its XML is complete ({reason}, at {where}): it looks cut "
            "short, for example by an interrupted copy, download or export.",
            "Copy or export the whole file again and import the new copy.",
            position=where,
        )
    return refuse(
        file,
        f"The file is not well-formed XML at {where}: {reason}.",
        "Correct the XML at that place (or export the return again) and import it again.",
        position=where,
    )
