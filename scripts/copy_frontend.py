#!/usr/bin/env python3
"""Copy GOV.UK Frontend's compiled CSS and JS into Safeboard's static files.

Reads node_modules/govuk-frontend/dist/govuk/ (installed by `npm ci`) and writes
safeboard/web/static/vendor/govuk-frontend/, which is git-ignored: no third-party
code is committed.

The GDS Transport typeface may only be used on GOV.UK, so while copying the CSS:
  * every @font-face rule is dropped (no font is copied or requested);
  * every font stack naming "GDS Transport" is rewritten to fall back to
    arial, "Liberation Sans", sans-serif;
  * url()s pointing at GOV.UK's bundled images (the crown crest) become `none`,
    as those images are not copied either;
  * source-map comments are dropped (the maps are not copied).

Idempotent: files whose content would not change are left alone.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "node_modules" / "govuk-frontend"
SOURCE = PACKAGE / "dist" / "govuk"
DEST = ROOT / "safeboard" / "web" / "static" / "vendor" / "govuk-frontend"

CSS_NAME = "govuk-frontend.min.css"
JS_NAME = "govuk-frontend.min.js"

FALLBACK_STACK = 'arial,"Liberation Sans",sans-serif'

# @font-face bodies hold only declarations, never nested braces.
FONT_FACE = re.compile(r"@font-face\s*\{[^{}]*\}", re.IGNORECASE)
# "GDS Transport" (quoted or not) followed by an optional arial, at any point of a
# stack: it becomes arial,"Liberation Sans", and the rest of the stack is kept.
GDS_IN_STACK = re.compile(
    r"""(["']?)GDS Transport\1\s*,\s*(?:(["']?)arial\2\s*,\s*)?""", re.IGNORECASE
)
# "GDS Transport" as the last (or only) family of a stack.
GDS_LAST = re.compile(r"""(["']?)GDS Transport\1(?=\s*(?:[;}!]|$))""", re.IGNORECASE)
# GOV.UK's own images (crest) referenced by the CSS.
ASSET_IMAGE_URL = re.compile(r"""url\(\s*(["']?)[^)"']*/assets/images/[^)"']*\1\s*\)""")
CSS_SOURCE_MAP = re.compile(r"/\*[#@]\s*sourceMappingURL=[^*]*\*/\s*")
JS_SOURCE_MAP = re.compile(r"//[#@]\s*sourceMappingURL=\S*\s*$", re.MULTILINE)


def transform_css(css: str) -> str:
    css = FONT_FACE.sub("", css)
    css = GDS_IN_STACK.sub('arial,"Liberation Sans",', css)
    css = GDS_LAST.sub(FALLBACK_STACK, css)
    css = ASSET_IMAGE_URL.sub("none", css)
    css = CSS_SOURCE_MAP.sub("", css)
    return css.rstrip() + "\n"


def transform_js(js: str) -> str:
    return JS_SOURCE_MAP.sub("", js).rstrip() + "\n"


def check_css(css: str) -> list[str]:
    problems = []
    if re.search(r"@font-face", css, re.IGNORECASE):
        problems.append("an @font-face rule remains")
    if re.search(r"GDS Transport", css, re.IGNORECASE):
        problems.append('"GDS Transport" remains')
    if re.search(r"/assets/(fonts|images)/", css):
        problems.append("a reference to GOV.UK's fonts or images remains")
    if "sourceMappingURL" in css:
        problems.append("a source-map comment remains")
    return problems


def write(path: Path, content: str) -> None:
    rel = path.relative_to(ROOT)
    if path.exists() and path.read_text(encoding="utf-8") == content:
        print(f"  unchanged {rel} ({len(content.encode())} bytes)")
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(path)
    print(f"  wrote     {rel} ({len(content.encode())} bytes)")


def main() -> int:
    missing = [name for name in (CSS_NAME, JS_NAME) if not (SOURCE / name).is_file()]
    if missing:
        print(
            f"copy_frontend: {', '.join(missing)} not found in {SOURCE}; run `npm ci` first",
            file=sys.stderr,
        )
        return 1
    version = json.loads((PACKAGE / "package.json").read_text(encoding="utf-8"))["version"]

    css = transform_css((SOURCE / CSS_NAME).read_text(encoding="utf-8"))
    problems = check_css(css)
    if problems:
        print(f"copy_frontend: after rewriting {CSS_NAME}: {'; '.join(problems)}", file=sys.stderr)
        return 1
    js = transform_js((SOURCE / JS_NAME).read_text(encoding="utf-8"))

    DEST.mkdir(parents=True, exist_ok=True)
    print(f"GOV.UK Frontend {version} -> {DEST.relative_to(ROOT)}/")
    write(DEST / CSS_NAME, css)
    write(DEST / JS_NAME, js)
    write(DEST / "VERSION", version + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
