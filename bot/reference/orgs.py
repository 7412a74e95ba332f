"""Organisations: their names in every script and their kind, read from `orgs.yaml` and checked.

The classifier lists the organisations a report names (by their canonical name), the case linker
asks whose word confirms an incident and which organisations single one out, and the bot shows an
organisation's Korean name in Korean chats. `load_orgs` rejects anything malformed with a
ConfigError naming the file and the entry; `orgs` is the bundled file, read once on first use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.domain import ConfigError
from bot.reference import checked
from bot.reference.gazetteer import spelling_key

BUNDLED = Path(__file__).resolve().parent / "orgs.yaml"
ORG_KINDS = frozenset({"ngo", "court", "un", "government", "police"})
SINGLING_OUT = frozenset({"ngo", "court"})  # the others speak of many incidents
_REQUIRED = frozenset({"name", "kind", "names"})
_FIELDS = _REQUIRED | {"country"}
_ISO = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class Org:
    name: str  # canonical, as alerts show it
    kind: str
    spellings: tuple[str, ...]
    country: str | None = None  # the state whose body it is (a ministry, a spy agency), if any

    @property
    def singles_out(self) -> bool:
        """Two reports citing it are likely about one incident (an NGO, a court)."""
        return self.kind in SINGLING_OUT


@cache
def orgs() -> Mapping[str, Org]:
    """The bundled organisations by canonical name (read and checked on first use)."""
    return load_orgs(BUNDLED)


def load_orgs(path: Path) -> Mapping[str, Org]:
    """Read and check an organisations file; ConfigError naming the file and entry on a mistake."""
    name = path.name
    data = checked.read_yaml(path, "organisations")
    if not isinstance(data, dict) or set(data) != {"orgs"}:
        raise ConfigError(f"{name}: needs exactly one section, `orgs`")
    found: dict[str, Org] = {}
    owner: dict[str, str] = {}
    for i, entry in enumerate(checked.listing(name, "orgs", data["orgs"])):
        org = _org(name, f"orgs[{i}]", entry)
        if org.name in found:
            raise ConfigError(f"{name}: orgs[{i}]: {org.name!r} is listed twice")
        for spelling in org.spellings:
            other = owner.setdefault(spelling_key(spelling), org.name)
            if other != org.name:
                raise ConfigError(f"{name}: {spelling!r} names both {other!r} and {org.name!r}")
        found[org.name] = org
    return found


def _org(name: str, where: str, entry: object) -> Org:
    entry = checked.fields(name, where, entry, _FIELDS, required=set(_REQUIRED))
    canonical = checked.text(name, f"{where}.name", entry["name"])
    where = f"{where} ({canonical})"
    if entry["kind"] not in ORG_KINDS:
        raise ConfigError(f"{name}: {where}.kind: must be one of {sorted(ORG_KINDS)}")
    spellings = checked.strings(name, f"{where}.names", entry["names"])
    country = entry.get("country")
    if country is not None and not (isinstance(country, str) and _ISO.fullmatch(country)):
        raise ConfigError(f"{name}: {where}.country: must be two capital letters, got {country!r}")
    return Org(canonical, entry["kind"], tuple(dict.fromkeys(spellings)), country)
