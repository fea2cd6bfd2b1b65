"""Item metadata set from scripts (``quire meta set``) and the checks on its values.

Languages are stored as Tesseract codes (what OCR needs) and written out as BCP-47 tags;
licences are SPDX identifiers, checked against the SPDX list that license-expression
ships, so that a partner can rely on them.
"""

from __future__ import annotations

import functools
from typing import Any

import langcodes
from license_expression import get_spdx_licensing

from ..errors import BadInput
from ..store.project import Project

# What a script may set, and the item field each key is stored in.
KEYS = {
    "title": "title",
    "date": "date",
    "creator": "creator",
    "place": "place",
    "language": "languages",
    "languages": "languages",
    "rights": "rights",
    "license": "license",
    "consent": "consent_ref",
    "consent_status": "consent_status",
    "consent_terms": "consent_terms",
    "embargo": "embargo",
    "narrator": "narrator",
    "interviewer": "interviewer",
    "notes": "notes",
}

# Licences that let anyone reuse and train on the material (no NC, no ND).
_OPEN_PREFIXES = ("CC0-", "CC-BY-", "CC-BY-SA-", "PDDL-", "ODC-By-", "ODbL-", "CC-PDDC")
_NOT_OPEN = ("-NC", "-ND")


@functools.cache
def _licensing() -> Any:
    return get_spdx_licensing()


def normalise_license(value: str) -> str:
    """The SPDX identifier as SPDX spells it, or BadInput."""
    value = value.strip()
    if value.startswith("LicenseRef-") and len(value) > len("LicenseRef-"):
        return value  # an archive's own licence, allowed by SPDX
    info = _licensing().validate(value)
    if info.errors or not info.normalized_expression:
        raise BadInput(
            f"'{value}' is not an SPDX licence identifier.",
            "Use an identifier from https://spdx.org/licenses/, e.g. CC-BY-4.0 or CC0-1.0, "
            "or LicenseRef-<name> for your archive's own licence.",
        )
    return str(info.normalized_expression)


def is_open_license(spdx: str | None) -> bool:
    if not spdx:
        return False
    return spdx.startswith(_OPEN_PREFIXES) and not any(part in spdx for part in _NOT_OPEN)


def tesseract_languages(value: str) -> str:
    """'is', 'isl', 'eu+es' or 'is, en' → Tesseract codes joined by '+'."""
    codes = []
    for part in value.replace(",", "+").split("+"):
        part = part.strip()
        if not part:
            continue
        if "_" in part:  # Tesseract's own script variants, e.g. chi_sim
            codes.append(part)
            continue
        try:
            language = langcodes.Language.get(part)
            if not language.is_valid():
                raise ValueError(part)
            codes.append(language.to_alpha3())
        except (ValueError, LookupError):
            raise BadInput(
                f"'{part}' is not a language code.",
                "Use BCP-47 tags such as is, eu, fr or cy (or Tesseract codes such as isl).",
            ) from None
    return "+".join(dict.fromkeys(codes))


def bcp47(tesseract_codes: str | None) -> list[str]:
    """Tesseract codes → BCP-47 tags, for what leaves the project."""
    tags = []
    for code in (tesseract_codes or "").split("+"):
        if not code:
            continue
        if code == "chi_sim":
            tags.append("zh-Hans")
        elif code == "chi_tra":
            tags.append("zh-Hant")
        else:
            try:
                tags.append(langcodes.Language.get(code.split("_")[0]).to_tag())
            except (ValueError, LookupError):
                tags.append("und")
    return list(dict.fromkeys(tags))


def parse_assignments(assignments: list[str]) -> dict[str, str]:
    """['license=CC-BY-4.0', 'language=is'] → item fields, with values checked."""
    fields: dict[str, str] = {}
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        key = key.strip().lower().replace("-", "_")
        if not sep or not key:
            raise BadInput(
                f"'{assignment}' is not KEY=VALUE.", "Write for example license=CC-BY-4.0."
            )
        if key not in KEYS:
            raise BadInput(
                f"'{key}' is not an item field Quire knows.",
                f"Known fields: {', '.join(sorted(KEYS))}.",
            )
        value = value.strip()
        if value and key == "license":
            value = normalise_license(value)
        elif value and key in ("language", "languages"):
            value = tesseract_languages(value)
        fields[KEYS[key]] = value
    # A consent form reference means the form was signed, unless said otherwise.
    if fields.get("consent_ref") and "consent_status" not in fields:
        fields["consent_status"] = "signed"
    return fields


def set_metadata(project: Project, item_ids: list[int], fields: dict[str, str]) -> None:
    """Set the same fields on every item given, all or nothing."""
    for item_id in item_ids:
        project.item(item_id)  # every item must exist before any is changed
    with project.transaction():
        for item_id in item_ids:
            project.set_item_metadata(item_id, **fields)
