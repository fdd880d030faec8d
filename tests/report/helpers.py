"""Reading a built report back: its PDF's text and pages, its HTML's tables."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageStat


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path, folder: Path, resolution: int = 30) -> list[Path]:
    """Each page as a PNG (pdftoppm), in order."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", str(path), str(folder / "page")], check=True
    )
    return sorted(folder.glob("page-*.png"))


def is_blank(png: Path) -> bool:
    """Nothing printed: every pixel (almost) white."""
    grey = Image.open(png).convert("L")
    lowest, _ = grey.getextrema()
    return lowest > 240 or ImageStat.Stat(grey).stddev[0] < 1.0
