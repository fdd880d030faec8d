"""Reading CSV files row by row, whatever encoding a spreadsheet saved them in.

UTF-8 with or without a byte order mark is the norm. UTF-16 (what Excel's
"Unicode text" writes) is read from its BOM, or recognised by its zero bytes
without one. Anything that is not valid UTF-8 is read as Windows-1252 (which
covers Latin-1) with a warning, so a file saved by an older Excel still
imports but the user is told how to save it properly.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from safeboard.returns.findings import Finding, RefusedFileError, Severity
from safeboard.returns.kinds.base import InputFile

SNIFF_BYTES = 64 * 1024
CSV_RULE = "SB-CSV"
ENCODING_RULE = "SB-ENCODING"
COLUMNS_RULE = "SB-COLUMNS"
csv.field_size_limit(1 << 20)  # one field over a megabyte is not a real return


@dataclass
class CsvFile:
    file: InputFile
    encoding: str
    header: list[str]
    rows: Iterator[tuple[int, dict[str, str]]]  # (line number, values by column name)
    stream: IO | None = None

    def close(self) -> None:
        """Stop reading: for a file whose header alone was wanted."""
        if self.stream is not None:
            self.stream.close()


def detect_encoding(head: bytes) -> tuple[str, str | None]:
    """(encoding, warning or None) from the first bytes of a file."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", None
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", None
    sample = head[:4096]
    if sample and sample.count(b"\x00") * 4 > len(sample):
        # Zero bytes in every other place: UTF-16 without its byte order mark.
        even_zeros = sample[0::2].count(b"\x00")
        odd_zeros = sample[1::2].count(b"\x00")
        encoding = "utf-16-be" if even_zeros > odd_zeros else "utf-16-le"
        return (
            encoding,
            "The file is UTF-16 without a byte order mark; it was read as "
            + encoding.upper()
            + ".",
        )
    try:
        head.decode("utf-8")
        return "utf-8", None
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # a character cut by the sample's end
            return "utf-8", None
        return "cp1252", (
            "The file is not UTF-8; it was read as Windows-1252 (Latin-1). "
            "Check accented names, and save as 'CSV UTF-8' next time."
        )


def open_csv(
    file: InputFile,
    *,
    required: frozenset[str],
    optional: frozenset[str] = frozenset(),
    warnings: list[Finding],
    table: str = "",
    rename: Callable[[list[str]], list[str]] | None = None,
    other_columns: str = "warn",
) -> CsvFile:
    """Open a CSV and check its header; rows are read lazily, one at a time.

    ``rename``, when given, maps the header's names to the format's before they
    are checked (a format published under several spellings of its columns).
    ``other_columns`` is "warn" (a column of no meaning is reported and ignored)
    or "ignore" (a published file of which only some columns are read).
    """
    stream = file.open()
    head = stream.read(SNIFF_BYTES)
    if head.startswith(b"PK\x03\x04"):
        stream.close()
        raise RefusedFileError.because(
            rule=CSV_RULE,
            message="The file is an Excel workbook or a zip, not a CSV file.",
            guidance="Save the sheet as CSV ('CSV UTF-8' in Excel) and import that.",
            file=file.name,
            table=table,
        )
    encoding, note = detect_encoding(head)
    if note:
        warnings.append(
            Finding(
                rule=ENCODING_RULE,
                severity=Severity.WARNING,
                message=note,
                guidance="Save the file as UTF-8 ('CSV UTF-8' in Excel) to be sure every character is right.",
                file=file.name,
            )
        )
    raw = _Rejoined(head, stream)
    text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        raise RefusedFileError.because(
            rule=CSV_RULE,
            message="The file has no header row.",
            guidance="The first row must name the columns.",
            file=file.name,
        ) from None
    except (UnicodeDecodeError, csv.Error) as error:
        raise _unreadable(file, 1, error) from error
    header = [h.strip().lstrip("\ufeff") for h in header]
    if rename is not None:
        header = rename(header)
    _check_header(file, header, required, optional, warnings, table, other_columns == "warn")
    return CsvFile(
        file=file, encoding=encoding, header=header, rows=_rows(file, reader, header), stream=text
    )


def _rows(file: InputFile, reader, header: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    width = len(header)
    try:
        for row in reader:
            line = reader.line_num
            if not row or all(cell.strip() == "" for cell in row):
                continue
            if len(row) > width:
                raise RefusedFileError.because(
                    rule=CSV_RULE,
                    message=f"Line {line} has {len(row)} values but the header names {width} columns.",
                    guidance="Check for an unquoted comma in a value, or a missing column name.",
                    file=file.name,
                    position=f"line {line}",
                )
            yield line, dict(zip(header, row + [""] * (width - len(row)), strict=True))
    except (UnicodeDecodeError, csv.Error) as error:
        raise _unreadable(file, reader.line_num, error) from error


def _unreadable(file: InputFile, line: int, error: Exception) -> RefusedFileError:
    return RefusedFileError.because(
        rule=CSV_RULE,
        message=f"The file cannot be read as CSV near line {line} ({error}).",
        guidance="Open it in a spreadsheet and save it again as 'CSV UTF-8'.",
        file=file.name,
        position=f"line {line}",
    )


def _check_header(file, header, required, optional, warnings, table, warn_extra=True) -> None:
    seen: set[str] = set()
    duplicated = sorted({h for h in header if h in seen or seen.add(h)})
    if duplicated:
        raise RefusedFileError.because(
            rule=COLUMNS_RULE,
            message=f"The column {', '.join(duplicated)} appears more than once.",
            guidance="Keep one column of each name and export again.",
            file=file.name,
            table=table,
            position="line 1",
        )
    missing = sorted(required - set(header))
    if missing:
        hints = []
        for name in missing:
            close = difflib.get_close_matches(name, header, n=1, cutoff=0.75)
            if close:
                hints.append(f"'{close[0]}' looks like a misspelling of '{name}'")
        hint = (" " + "; ".join(hints) + ".") if hints else ""
        raise RefusedFileError.because(
            rule=COLUMNS_RULE,
            message=f"The required column{'s' if len(missing) > 1 else ''} {', '.join(missing)} {'are' if len(missing) > 1 else 'is'} missing.{hint}",
            guidance="Name the columns exactly as the format says, in the first row.",
            file=file.name,
            table=table,
            field=", ".join(missing),
            position="line 1",
        )
    extra = [h for h in header if h not in required | optional]
    if extra and warn_extra:
        warnings.append(
            Finding(
                rule=COLUMNS_RULE,
                severity=Severity.WARNING,
                message=f"The column{'s' if len(extra) > 1 else ''} {', '.join(extra)} {'are' if len(extra) > 1 else 'is'} not part of this format and {'were' if len(extra) > 1 else 'was'} ignored.",
                guidance="Nothing to do if the column is not needed; check its name if it should count.",
                file=file.name,
                table=table,
                position="line 1",
            )
        )


class _Rejoined(io.RawIOBase):
    """The sniffed head followed by the rest of the stream, as one readable stream."""

    def __init__(self, head: bytes, rest):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self._rest.close()
        super().close()
