"""Turning what the user named (files, folders, zips) into files to read, safely.

Refuses, with a message that says what to do: a missing or empty file, a
file over the size limit, a zip member whose path climbs out of the zip
(path traversal), and a zip that would expand past the limit or by an
implausible ratio (a zip bomb). Zip members are read in place, never
extracted to disk. An Excel workbook (``.xlsx``, itself a zip) is checked the
same way but kept whole, for a kind that reads workbooks (``xlsxio``).
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath
from typing import IO

from safeboard.returns.findings import RefusedFileError
from safeboard.returns.kinds.base import InputFile

MAX_ZIP_RATIO = 200  # uncompressed : compressed, beyond any real CSV or XML
SOURCE_RULE = "SB-FILE"


def _refuse(file: str, message: str, guidance: str) -> RefusedFileError:
    return RefusedFileError.because(rule=SOURCE_RULE, message=message, guidance=guidance, file=file)


def expand_paths(paths: list[Path], *, max_bytes: int) -> tuple[list[InputFile], list[Path]]:
    """The files to read, and the files on disk they come from (for hashing)."""
    if not paths:
        raise _refuse("", "No file was given.", "Name at least one file, folder or zip file.")
    inputs: list[InputFile] = []
    on_disk: list[Path] = []
    for path in paths:
        if path.is_dir():
            children = sorted(
                p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
            )
            if not children:
                raise _refuse(
                    path.name,
                    "The folder holds no files.",
                    "Name the folder that holds the return's files.",
                )
            for child in children:
                inputs += _expand_file(child, max_bytes)
                on_disk.append(child)
        else:
            inputs += _expand_file(path, max_bytes)
            on_disk.append(path)
    return inputs, on_disk


def _expand_file(path: Path, max_bytes: int) -> list[InputFile]:
    if not path.exists():
        raise _refuse(path.name, "The file does not exist.", "Check the file's name and folder.")
    size = path.stat().st_size
    if size == 0:
        raise _refuse(
            path.name, "The file is empty.", "Export the return again; the file has no content."
        )
    if size > max_bytes:
        raise _refuse(
            path.name,
            f"The file is {size:,} bytes, over the limit of {max_bytes:,} bytes.",
            "Split the file, or ask whoever runs Safeboard to raise SAFEBOARD_MAX_IMPORT_BYTES.",
        )
    if path.suffix.lower() == ".xlsx":
        _zip_checked(path, max_bytes)  # a workbook is a zip: refused as one if hostile
        return [InputFile(path)]
    if zipfile.is_zipfile(path):
        return _zip_members(path, max_bytes)
    return [InputFile(path)]


def _zip_checked(path: Path, max_bytes: int) -> list[zipfile.ZipInfo]:
    """The zip's members (not folders), once none climbs out and none is a bomb."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        what = "workbook" if path.suffix.lower() == ".xlsx" else "zip file"
        raise _refuse(
            path.name, f"The {what} cannot be read ({error}).", f"Save the {what} again."
        ) from error
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
    total = 0
    for info in members:
        name = PurePosixPath(info.filename)
        if name.is_absolute() or ".." in name.parts or "\\" in info.filename:
            raise _refuse(
                path.name,
                f"The zip holds a file named '{info.filename}', whose path leads outside the zip.",
                "Make the zip again from the return's files only.",
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > max_bytes or ratio > MAX_ZIP_RATIO:
            raise _refuse(
                path.name,
                "The zip would expand far beyond a real return (a zip bomb, or files over the size limit).",
                "Send the return's files themselves, or a zip made from them.",
            )
    return members


def _zip_members(path: Path, max_bytes: int) -> list[InputFile]:
    files = [
        InputFile(path, member=info.filename)
        for info in _zip_checked(path, max_bytes)
        if not PurePosixPath(info.filename).name.startswith(".")
        and "__MACOSX" not in PurePosixPath(info.filename).parts
    ]
    if not files:
        raise _refuse(path.name, "The zip holds no files.", "Zip the return's files and try again.")
    return files


class _LimitedReader:
    """A zip member's stream that stops at the size the zip declared (a lying header)."""

    def __init__(self, stream: IO[bytes], limit: int, archive: zipfile.ZipFile, name: str):
        self._stream = stream
        self._left = limit
        self._archive = archive
        self.name = name

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = self._left + 1
        chunk = self._stream.read(min(size, self._left + 1))
        self._left -= len(chunk)
        if self._left < 0:
            raise _refuse(
                self.name, "A file in the zip is bigger than the zip says.", "Make the zip again."
            )
        return chunk

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._stream.close()
        self._archive.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_zip_member(path: Path, member: str) -> IO[bytes]:
    archive = zipfile.ZipFile(path)
    info = archive.getinfo(member)
    return _LimitedReader(archive.open(info), info.file_size, archive, PurePosixPath(member).name)  # type: ignore[return-value]
