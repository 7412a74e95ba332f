"""Countries by ISO code: their names in each language of the interface, and back again."""

from __future__ import annotations

from bot.reference.gazetteer import gazetteer, spelling_key

UI_LANGUAGES = ("en", "ko")


def country_name(code: str | None, lang: str = "en") -> str | None:
    """The country's name in English or Korean ("ko"); the code itself when it is not listed."""
    if not code:
        return None
    country = gazetteer().countries.get(code.upper())
    if country is None:
        return code.upper()
    return country.name_ko if lang == "ko" else country.name_en


def offered_countries() -> tuple[str, ...]:
    """ISO codes subscribers can filter alerts by, in the gazetteer's order."""
    return tuple(c.iso for c in gazetteer().countries.values() if c.offered)


def country_code(text: str) -> str | None:
    """The ISO code of a country written as its code, its name shown or any listed spelling."""
    wanted = spelling_key(text)
    for country in gazetteer().countries.values():
        names = (country.iso, country.name_en, country.name_ko, *country.spellings)
        if wanted in {spelling_key(n) for n in names} or wanted == spelling_key(
            country.name_en.removeprefix("the ")
        ):
            return country.iso
    return None
