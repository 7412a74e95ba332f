"""The gazetteer: countries and places in every script, read from `gazetteer.yaml` and checked.

One data file serves everyone who needs to know a place: the classifier (which names are places,
and which country and kind each votes for), the case linker (place keys and which place lies in
which), summaries and the bot (a country's name in English or Korean). `load_gazetteer` reads a
file and rejects anything malformed with a ConfigError naming the file and the entry; `gazetteer`
is the bundled file, read once on first use (never at import time).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.domain import ConfigError
from bot.reference import checked

BUNDLED = Path(__file__).resolve().parent / "gazetteer.yaml"
PLACE_KINDS = frozenset({"region", "city", "facility", "border_crossing", "area"})
_ISO = re.compile(r"^[A-Z]{2}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_COUNTRY_FIELDS = frozenset({"iso", "en", "ko", "offered", "names"})
_PLACE_FIELDS = frozenset({"key", "kind", "country", "in", "en", "ko", "at", "names", "ambiguous"})


@dataclass(frozen=True, slots=True)
class Country:
    iso: str
    name_en: str
    name_ko: str
    offered: bool  # subscribers can filter alerts by it
    spellings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    kind: str
    country: str
    parent: str | None
    name_en: str
    name_ko: str
    coords: tuple[float, float] | None
    spellings: tuple[str, ...]  # the names shown (en, ko) and every other spelling
    ambiguous: tuple[str, ...] = ()  # spellings that are also everyday words


@dataclass(frozen=True, slots=True)
class Gazetteer:
    countries: Mapping[str, Country]  # by ISO code, in file order
    places: Mapping[str, Place]  # by key, in file order


@cache
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (read and checked on first use)."""
    return load_gazetteer(BUNDLED)


def load_gazetteer(path: Path) -> Gazetteer:
    """Read and check a gazetteer file; ConfigError naming the file and entry on any mistake."""
    name = path.name
    data = checked.read_yaml(path, "gazetteer")
    if not isinstance(data, dict) or set(data) != {"countries", "places"}:
        raise ConfigError(f"{name}: needs exactly two sections, `countries` and `places`")
    countries: dict[str, Country] = {}
    for i, entry in enumerate(checked.listing(name, "countries", data["countries"])):
        country = _country(name, f"countries[{i}]", entry)
        if country.iso in countries:
            raise ConfigError(f"{name}: countries[{i}]: {country.iso} is listed twice")
        countries[country.iso] = country
    places: dict[str, Place] = {}
    for i, entry in enumerate(checked.listing(name, "places", data["places"])):
        place = _place(name, f"places[{i}]", entry, countries)
        if place.key in places:
            raise ConfigError(f"{name}: places[{i}]: key {place.key!r} is listed twice")
        places[place.key] = place
    _check_parents(name, places)
    _check_unique_spellings(name, countries, places)
    _check_wildcards(name, countries, places)
    return Gazetteer(countries, places)


def _country(name: str, where: str, entry: Any) -> Country:
    entry = checked.fields(
        name, where, entry, _COUNTRY_FIELDS, required={"iso", "en", "ko", "names"}
    )
    iso = entry["iso"]
    if not isinstance(iso, str) or not _ISO.match(iso):
        raise ConfigError(f"{name}: {where}.iso: must be two capital letters, got {iso!r}")
    offered = entry.get("offered", False)
    if not isinstance(offered, bool):
        raise ConfigError(f"{name}: {where} ({iso}).offered: must be true or false")
    where = f"{where} ({iso})"
    return Country(
        iso,
        checked.text(name, f"{where}.en", entry["en"]),
        checked.text(name, f"{where}.ko", entry["ko"]),
        offered,
        tuple(checked.strings(name, f"{where}.names", entry["names"])),
    )


def _place(name: str, where: str, entry: Any, countries: Mapping[str, Country]) -> Place:
    required = {"key", "kind", "country", "en", "ko", "names"}
    entry = checked.fields(name, where, entry, _PLACE_FIELDS, required=required)
    key = entry["key"]
    if not isinstance(key, str) or not _KEY.match(key):
        raise ConfigError(f"{name}: {where}.key: lower-case letters, digits and _, got {key!r}")
    where = f"{where} ({key})"
    if entry["kind"] not in PLACE_KINDS:
        raise ConfigError(f"{name}: {where}.kind: must be one of {sorted(PLACE_KINDS)}")
    if entry["country"] not in countries:
        raise ConfigError(f"{name}: {where}.country: {entry['country']!r} is not in `countries`")
    parent = entry.get("in")
    if parent is not None and not isinstance(parent, str):
        raise ConfigError(f"{name}: {where}.in: must be the key of another place")
    en = checked.text(name, f"{where}.en", entry["en"])
    ko = checked.text(name, f"{where}.ko", entry["ko"])
    names = checked.strings(name, f"{where}.names", entry["names"])
    ambiguous = checked.strings(name, f"{where}.ambiguous", entry.get("ambiguous", []))
    unclear = {spelling_key(a) for a in ambiguous}
    return Place(
        key=key,
        kind=entry["kind"],
        country=entry["country"],
        parent=parent,
        name_en=en,
        name_ko=ko,
        coords=_coords(name, f"{where}.at", entry.get("at")),
        spellings=tuple(
            s for s in dict.fromkeys([en, ko, *names]) if spelling_key(s) not in unclear
        ),
        ambiguous=tuple(ambiguous),
    )


def _coords(name: str, where: str, value: Any) -> tuple[float, float] | None:
    if value is None:
        return None
    ok = (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    )
    if not ok or not (-90 <= value[0] <= 90 and -180 <= value[1] <= 180):
        raise ConfigError(f"{name}: {where}: must be [latitude, longitude] in degrees")
    return float(value[0]), float(value[1])


def _check_parents(name: str, places: Mapping[str, Place]) -> None:
    for place in places.values():
        seen = [place.key]
        parent = place.parent
        while parent is not None:
            if parent not in places:
                raise ConfigError(f"{name}: {place.key}.in: no place has the key {parent!r}")
            if parent in seen:
                raise ConfigError(f"{name}: {place.key}.in: places contain each other {seen}")
            seen.append(parent)
            parent = places[parent].parent


def spelling_key(spelling: str) -> str:
    """A spelling compared without case, a trailing wildcard or surrounding blanks."""
    return spelling.casefold().rstrip("*").strip()


def _check_unique_spellings(
    name: str, countries: Mapping[str, Country], places: Mapping[str, Place]
) -> None:
    owner: dict[str, str] = {}
    entries = [(c.iso, c.spellings) for c in countries.values()]
    entries += [(p.key, (*p.spellings, *p.ambiguous)) for p in places.values()]
    for entry, spellings in entries:
        for spelling in dict.fromkeys(spellings):
            other = owner.setdefault(spelling_key(spelling), entry)
            if other != entry:
                raise ConfigError(f"{name}: {spelling!r} names both {other} and {entry}")


def _check_wildcards(
    name: str, countries: Mapping[str, Country], places: Mapping[str, Place]
) -> None:
    """A `*` lets only the last word run on: "дальн* восток*" would match nothing."""
    entries = [(c.iso, c.spellings) for c in countries.values()]
    entries += [(p.key, (*p.spellings, *p.ambiguous)) for p in places.values()]
    for entry, spellings in entries:
        for spelling in spellings:
            if "*" in spelling.rstrip("*"):
                raise ConfigError(f"{name}: {entry}: {spelling!r}: a * may only end a spelling")
