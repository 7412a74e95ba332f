"""The /settings screens as plain data, and how a button press changes a chat's settings.

Each screen is a Message (text + Buttons); the handler turns it into an InlineKeyboardMarkup.
Button callback data is `set:<key>:<value>` (well under Telegram's 64 bytes); `parse_choice` reads it
back and `apply_choice` returns the new SubscriptionSettings, raising ValueError for anything that
did not come from these screens. Pure: no Telegram types, no I/O.

Kept whole on purpose: one short function per screen and per setting, each screen beside the
rule that applies its buttons, so a new setting is added in one place.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from html import escape
from typing import TypeVar

from bot.audience import DeliveryMode, SubscriptionSettings
from bot.delivery.message import Button, Keyboard, Message
from bot.domain import Status, Tier
from bot.tg.i18n import LANGUAGES, country_name, known_countries, status_name, t
from bot.tg.redact import NameMode

PREFIX = "set"
DIGEST_TIMES = ("07:00", "09:00", "12:00", "18:00", "21:00")
TIMEZONES = (
    "UTC",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Bangkok",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
)
QUIET_SPANS = ("off", "22-07", "23-08", "00-07", "21-06")
SCREENS = (
    "main", "countries", "statuses", "tier", "delivery", "quiet", "zone", "language", "names"
)  # fmt: skip
Privacy = tuple[NameMode, bool]  # how names of people are shown; protect_content
SHOWN: Privacy = (NameMode.SHOWN, False)


def data(key: str, value: str) -> str:
    return f"{PREFIX}:{key}:{value}"


def parse_choice(callback_data: str) -> tuple[str, str]:
    """`set:key:value` -> (key, value); ValueError for anything else."""
    prefix, _, rest = callback_data.partition(":")
    key, _, value = rest.partition(":")
    if prefix != PREFIX or not key:
        raise ValueError(f"not a settings button: {callback_data!r}")
    return key, value


T = TypeVar("T")


def _toggle(values: frozenset[T], value: T) -> frozenset[T]:
    return values - {value} if value in values else values | {value}


def apply_choice(
    settings: SubscriptionSettings, key: str, value: str, *, thread_id: int | None = None
) -> SubscriptionSettings:
    """The settings after one button press (keys `c s t m d z q u topic`)."""
    if key == "c":
        if value == "*":
            return replace(settings, countries=frozenset())
        if value not in known_countries():
            raise ValueError(f"unknown country {value!r}")
        return replace(settings, countries=_toggle(settings.countries, value))
    if key == "s":
        if value == "*":
            return replace(settings, statuses=frozenset())
        return replace(settings, statuses=_toggle(settings.statuses, Status(value)))
    if key == "t":
        tier = Tier(value)
        if tier is Tier.IGNORE:
            raise ValueError("ignore is not a subscribable tier")
        return replace(settings, min_tier=tier)
    if key == "m":
        return replace(settings, mode=DeliveryMode(value))
    if key == "d":
        if value not in DIGEST_TIMES:
            raise ValueError(f"unknown digest time {value!r}")
        return replace(settings, mode=DeliveryMode.DIGEST, digest_time=time.fromisoformat(value))
    if key == "z":
        if value not in TIMEZONES:
            raise ValueError(f"unknown time zone {value!r}")
        return replace(settings, timezone=value)
    if key == "q":
        return _apply_quiet(settings, value)
    if key == "u":
        if value not in ("on", "off"):
            raise ValueError(f"unknown urgent choice {value!r}")
        return replace(settings, urgent_override=value == "on")
    if key == "topic":
        return replace(settings, message_thread_id=thread_id if value == "here" else None)
    raise ValueError(f"unknown setting {key!r}")


def _apply_quiet(settings: SubscriptionSettings, value: str) -> SubscriptionSettings:
    if value not in QUIET_SPANS:
        raise ValueError(f"unknown quiet hours {value!r}")
    if value == "off":
        return replace(settings, quiet_start=None, quiet_end=None)
    start, end = (time(int(hour)) for hour in value.split("-"))
    return replace(settings, quiet_start=start, quiet_end=end)


# --- screens ---------------------------------------------------------------------------------


def describe_countries(settings: SubscriptionSettings, lang: str) -> str:
    if not settings.countries:
        return t(lang, "set_all")
    return ", ".join(country_name(lang, c) for c in sorted(settings.countries))


def describe_statuses(settings: SubscriptionSettings, lang: str) -> str:
    if not settings.statuses:
        return t(lang, "set_all")
    return ", ".join(status_name(lang, s.value) for s in Status if s in settings.statuses)


def describe_delivery(settings: SubscriptionSettings, lang: str) -> str:
    if settings.mode is DeliveryMode.INSTANT:
        return t(lang, "mode_instant")
    when = settings.digest_time.strftime("%H:%M")
    return t(lang, "mode_digest", time=when, tz=settings.timezone)


def describe_quiet(settings: SubscriptionSettings, lang: str) -> str:
    """Quiet hours with their time zone, which is always shown."""
    if settings.quiet_start is None or settings.quiet_end is None:
        return t(lang, "quiet_off")
    start, end = f"{settings.quiet_start:%H:%M}", f"{settings.quiet_end:%H:%M}"
    return t(lang, "quiet_span", start=start, end=end, tz=settings.timezone)


def quiet_key(settings: SubscriptionSettings) -> str:
    """The QUIET_SPANS value of the chat's quiet hours ("off", "22-07", ...)."""
    if settings.quiet_start is None or settings.quiet_end is None:
        return "off"
    return f"{settings.quiet_start:%H}-{settings.quiet_end:%H}"


def describe_tier(settings: SubscriptionSettings, lang: str) -> str:
    return t(lang, "tier_alert" if settings.min_tier is Tier.ALERT else "tier_related")


def describe_names(privacy: Privacy, lang: str) -> str:
    return t(lang, f"names_{privacy[0].value}")


def describe_protect(privacy: Privacy, lang: str) -> str:
    return t(lang, "protect_on" if privacy[1] else "protect_off")


def describe(settings: SubscriptionSettings, privacy: Privacy, lang: str) -> str:
    """Every setting in force, one per line, as /subscribe and /settings state them."""
    return "\n".join(
        [
            t(lang, "set_countries", value=describe_countries(settings, lang)),
            t(lang, "set_statuses", value=describe_statuses(settings, lang)),
            t(lang, "set_tier", value=describe_tier(settings, lang)),
            t(lang, "set_delivery", value=describe_delivery(settings, lang)),
            t(lang, "set_quiet", value=describe_quiet(settings, lang)),
            t(lang, "set_tz", value=settings.timezone),
            t(lang, "set_urgent", value=describe_urgent(settings, lang)),
            t(lang, "set_names", value=describe_names(privacy, lang)),
            t(lang, "set_protect", value=describe_protect(privacy, lang)),
            t(lang, "set_language", value=t(lang, "language_name")),
        ]
    )


def main_screen(
    settings: SubscriptionSettings,
    lang: str,
    *,
    forum_thread: int | None = None,
    privacy: Privacy = SHOWN,
) -> Message:
    """The first /settings screen: what is in force, and one button per setting."""
    tier = describe_tier(settings, lang)
    rows: list[tuple[Button, ...]] = [
        (
            Button(
                t(lang, "set_countries", value=describe_countries(settings, lang)),
                data("menu", "countries"),
            ),
        ),
        (
            Button(
                t(lang, "set_statuses", value=describe_statuses(settings, lang)),
                data("menu", "statuses"),
            ),
        ),
        (Button(t(lang, "set_tier", value=tier), data("menu", "tier")),),
        (
            Button(
                t(lang, "set_delivery", value=describe_delivery(settings, lang)),
                data("menu", "delivery"),
            ),
        ),
        (
            Button(
                t(lang, "set_quiet", value=describe_quiet(settings, lang)), data("menu", "quiet")
            ),
        ),
        (Button(t(lang, "set_tz", value=settings.timezone), data("menu", "zone")),),
        (urgent_button(settings, lang),),
        (
            Button(
                t(lang, "set_language", value=t(lang, "language_name")), data("menu", "language")
            ),
        ),
        (
            Button(
                t(lang, "set_names", value=describe_names(privacy, lang)), data("menu", "names")
            ),
        ),
        (
            Button(
                t(lang, "set_protect", value=describe_protect(privacy, lang)),
                data("p", "off" if privacy[1] else "on"),
            ),
        ),
    ]
    if forum_thread is not None:
        if settings.message_thread_id == forum_thread:
            label = t(lang, "set_topic_on", value=forum_thread)
            rows.append((Button("✅ " + label, data("topic", "off")),))
        else:
            rows.append((Button(t(lang, "set_topic"), data("topic", "here")),))
    rows.append((Button(t(lang, "set_done"), data("done", "")),))
    summary = escape(describe(settings, privacy, lang))
    return Message(f"<b>{t(lang, 'settings_title')}</b>\n{summary}", tuple(rows))


def names_screen(privacy: Privacy, lang: str) -> Message:
    """How names of people appear in this chat's alerts and answers."""
    rows = tuple(
        (Button(_tick(privacy[0] is mode, t(lang, f"names_{mode.value}")), data("n", mode.value)),)
        for mode in NameMode
    )
    return Message(t(lang, "choose_names"), (*rows, _back(lang)))


def describe_urgent(settings: SubscriptionSettings, lang: str) -> str:
    return t(lang, "urgent_on" if settings.urgent_override else "urgent_off")


def urgent_button(settings: SubscriptionSettings, lang: str) -> Button:
    """Whether urgent news goes through quiet hours and the digest; a press flips it."""
    value = describe_urgent(settings, lang)
    flip = "off" if settings.urgent_override else "on"
    return Button(t(lang, "set_urgent", value=value), data("u", flip))


def _tick(on: bool, label: str) -> str:
    return ("✅ " if on else "▫️ ") + label


def _back(lang: str) -> tuple[Button, ...]:
    return (Button(t(lang, "set_back"), data("menu", "main")),)


def _grid(buttons: list[Button], per_row: int) -> Keyboard:
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def countries_screen(settings: SubscriptionSettings, lang: str) -> Message:
    buttons = [
        Button(_tick(code in settings.countries, country_name(lang, code)), data("c", code))
        for code in known_countries()
    ]
    buttons.append(Button(_tick(not settings.countries, t(lang, "set_all")), data("c", "*")))
    return Message(t(lang, "choose_countries"), (*_grid(buttons, 3), _back(lang)))


def statuses_screen(settings: SubscriptionSettings, lang: str) -> Message:
    buttons = [
        Button(_tick(s in settings.statuses, status_name(lang, s.value)), data("s", s.value))
        for s in Status
    ]
    buttons.append(Button(_tick(not settings.statuses, t(lang, "set_all")), data("s", "*")))
    return Message(t(lang, "choose_statuses"), (*_grid(buttons, 2), _back(lang)))


def tier_screen(settings: SubscriptionSettings, lang: str) -> Message:
    rows = tuple(
        (
            Button(
                _tick(settings.min_tier is tier, t(lang, f"tier_{tier.value}")),
                data("t", tier.value),
            ),
        )
        for tier in (Tier.ALERT, Tier.RELATED)
    )
    return Message(t(lang, "choose_tier"), (*rows, _back(lang)))


def delivery_screen(settings: SubscriptionSettings, lang: str) -> Message:
    instant = settings.mode is DeliveryMode.INSTANT
    current = settings.digest_time.strftime("%H:%M")
    times = [
        Button(_tick(not instant and value == current, value), data("d", value))
        for value in DIGEST_TIMES
    ]
    first = (Button(_tick(instant, t(lang, "mode_instant")), data("m", "instant")),)
    prompt = t(lang, "choose_delivery", tz=settings.timezone)
    return Message(prompt, (first, *_grid(times, 5), _back(lang)))


def zone_screen(settings: SubscriptionSettings, lang: str) -> Message:
    """The time zone quiet hours and the digest time are counted in."""
    zones = [Button(_tick(settings.timezone == zone, zone), data("z", zone)) for zone in TIMEZONES]
    return Message(t(lang, "choose_zone"), (*_grid(zones, 3), _back(lang)))


def quiet_screen(settings: SubscriptionSettings, lang: str) -> Message:
    current = quiet_key(settings)
    buttons = []
    for span in QUIET_SPANS:
        if span == "off":
            label = t(lang, "quiet_off")
        else:
            start, end = span.split("-")
            label = f"{start}:00–{end}:00"
        buttons.append(Button(_tick(current == span, label), data("q", span)))
    prompt = t(lang, "choose_quiet", tz=settings.timezone)
    return Message(prompt, (*_grid(buttons, 3), _back(lang)))


def language_screen(lang: str, *, in_settings: bool = True) -> Message:
    """Language buttons: `lang:<code>`, with `:s` when pressed inside /settings (redraw it)."""
    suffix = ":s" if in_settings else ""
    buttons = tuple(
        Button(_tick(code == lang, t(code, "language_name")), f"lang:{code}{suffix}")
        for code in LANGUAGES
    )
    rows: Keyboard = (buttons, _back(lang)) if in_settings else (buttons,)
    return Message(t(lang, "lang_choose"), rows)


def screen(
    name: str,
    settings: SubscriptionSettings,
    lang: str,
    *,
    forum_thread: int | None = None,
    privacy: Privacy = SHOWN,
) -> Message:
    """The settings screen called `name` (see SCREENS); unknown names show the main screen."""
    if name == "names":
        return names_screen(privacy, lang)
    if name == "countries":
        return countries_screen(settings, lang)
    if name == "statuses":
        return statuses_screen(settings, lang)
    if name == "tier":
        return tier_screen(settings, lang)
    if name == "delivery":
        return delivery_screen(settings, lang)
    if name == "quiet":
        return quiet_screen(settings, lang)
    if name == "zone":
        return zone_screen(settings, lang)
    if name == "language":
        return language_screen(lang)
    return main_screen(settings, lang, forum_thread=forum_thread, privacy=privacy)


def apply_privacy(privacy: Privacy, key: str, value: str) -> Privacy:
    """The chat's privacy after a press on `set:n:<mode>` or `set:p:on|off`."""
    if key == "n":
        return NameMode(value), privacy[1]
    if key == "p" and value in ("on", "off"):
        return privacy[0], value == "on"
    raise ValueError(f"not a privacy setting: {key}:{value}")


PRIVACY_KEYS = frozenset({"n", "p"})
SCREEN_OF_KEY = {
    "c": "countries",
    "s": "statuses",
    "t": "tier",
    "m": "delivery",
    "d": "delivery",
    "z": "zone",
    "q": "quiet",
    "u": "main",
    "topic": "main",
    "n": "main",
    "p": "main",
}
