"""The bot's texts in English and Korean, and the choice of language for a chat.

Texts live in bot/tg/locales/<lang>.yaml (one flat mapping of key -> text with `{placeholders}`),
read once on first use. A chat's language is the one stored for it (/lang), else the Telegram
`language_code` of the person writing, else English. A key missing from a translation falls back to
English, so a half-done translation never breaks the bot.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from bot import reference
from bot.yamltext import parse_yaml

LANGUAGES = ("en", "ko")
HANGUL = re.compile(r"[\uac00-\ud7af]")
DEFAULT_LANGUAGE = "en"


@cache
def catalog(lang: str) -> dict[str, str]:
    """Every text of one language (the files ship inside the package)."""
    path = resources.files("bot.tg") / "locales" / f"{lang}.yaml"
    data: Any = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"locale {lang} is not a mapping")
    return {str(key): str(value) for key, value in data.items()}


def normalise(language_code: str | None) -> str | None:
    """A supported language for a Telegram language_code ("ko-KR" -> "ko"), or None."""
    if not language_code:
        return None
    base = language_code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else None


def choose_language(stored: str | None, user_code: str | None) -> str:
    return normalise(stored) or normalise(user_code) or DEFAULT_LANGUAGE


def t(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang`, with placeholders filled in (values are not escaped here)."""
    text = catalog(lang if lang in LANGUAGES else DEFAULT_LANGUAGE).get(key)
    if text is None:
        text = catalog(DEFAULT_LANGUAGE)[key]
    return text.format(**values) if values else text


def has(lang: str, key: str) -> bool:
    return key in catalog(lang) or key in catalog(DEFAULT_LANGUAGE)


def status_name(lang: str, status: str) -> str:
    key = f"status_{status}"
    return t(lang, key) if has(lang, key) else status.replace("_", " ")


def country_name(lang: str, code: str | None) -> str:
    """The country's name from the shared gazetteer (bot.reference), in the chat's language."""
    return reference.country_name(code, lang) or t(lang, "unknown")


def known_countries() -> tuple[str, ...]:
    """ISO codes subscribers can filter by, in the gazetteer's order (the settings keyboard)."""
    return reference.offered_countries()


@cache
def _org_names_ko() -> dict[str, str]:
    """Each organisation's first Hangul spelling in the shared list (bot/reference/orgs.yaml)."""
    names: dict[str, str] = {}
    for org in reference.orgs().values():
        hangul = [s for s in org.spellings if HANGUL.search(s)]
        if hangul:
            names[org.name] = hangul[0]
    return names


def org_name(name: str, lang: str) -> str:
    """An organisation as the chat reads it: its Korean name in Korean chats, when known."""
    return _org_names_ko().get(name, name) if lang == "ko" else name
