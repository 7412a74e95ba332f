"""The /settings screens and what each button press changes."""

from __future__ import annotations

from datetime import time

import pytest

from bot.audience import DeliveryMode, SubscriptionSettings
from bot.domain import Status, Tier
from bot.tg.keyboards import apply_choice, main_screen, parse_choice, screen

DEFAULT = SubscriptionSettings()


@pytest.mark.parametrize(
    ("presses", "expected"),
    [
        ([("c", "CN")], SubscriptionSettings(countries=frozenset({"CN"}))),
        ([("c", "CN"), ("c", "CN")], DEFAULT),
        ([("c", "CN"), ("c", "RU"), ("c", "*")], DEFAULT),
        ([("s", "repatriated")], SubscriptionSettings(statuses=frozenset({Status.REPATRIATED}))),
        ([("t", "related")], SubscriptionSettings(min_tier=Tier.RELATED)),
        (
            [("d", "21:00"), ("z", "Asia/Seoul")],
            SubscriptionSettings(
                mode=DeliveryMode.DIGEST, digest_time=time(21), timezone="Asia/Seoul"
            ),
        ),
        ([("d", "21:00"), ("m", "instant")], SubscriptionSettings(digest_time=time(21))),
        ([("q", "22-07")], SubscriptionSettings(quiet_start=time(22), quiet_end=time(7))),
        ([("q", "22-07"), ("q", "off")], DEFAULT),
        ([("topic", "here")], SubscriptionSettings(message_thread_id=55)),
        ([("u", "off")], SubscriptionSettings(urgent_override=False)),
        ([("u", "off"), ("u", "on")], DEFAULT),
    ],
    ids=[
        "country",
        "country-toggled-off",
        "all-countries",
        "status",
        "background-too",
        "digest",
        "back-to-instant",
        "quiet-hours",
        "quiet-off",
        "forum-topic",
        "urgent-waits-like-the-rest",
        "urgent-through-again",
    ],
)
def test_button_presses_change_settings(
    presses: list[tuple[str, str]], expected: SubscriptionSettings
) -> None:
    settings = DEFAULT
    for key, value in presses:
        settings = apply_choice(settings, key, value, thread_id=55)
    assert settings == expected


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("c", "XX"),
        ("s", "vanished"),
        ("t", "ignore"),
        ("d", "03:17"),
        ("z", "Mars/Base"),
        ("q", "1-2"),
        ("u", "maybe"),
        ("nope", "x"),
    ],
    ids=["country", "status", "ignore-tier", "digest-time", "zone", "quiet", "urgent", "key"],
)
def test_forged_buttons_are_refused(key: str, value: str) -> None:
    with pytest.raises(ValueError):
        apply_choice(DEFAULT, key, value)


@pytest.mark.parametrize(
    "data", ["set", "cases:1", "", "set:"], ids=["bare", "other", "empty", "no-key"]
)
def test_parse_choice_refuses_other_callback_data(data: str) -> None:
    with pytest.raises(ValueError):
        parse_choice(data)


def test_main_screen_shows_current_values() -> None:
    settings = SubscriptionSettings(countries=frozenset({"CN", "RU"}), min_tier=Tier.RELATED)
    labels = [row[0].text for row in main_screen(settings, "en").buttons]
    assert "Countries: China, Russia" in labels
    assert "Reports: alerts and background" in labels
    assert "Delivery: at once" in labels


def test_forum_topic_button_appears_only_in_forums() -> None:
    assert not any("topic" in (r[0].data or "") for r in main_screen(DEFAULT, "en").buttons)
    forum = main_screen(DEFAULT, "en", forum_thread=9).buttons
    assert any(r[0].data == "set:topic:here" for r in forum)


@pytest.mark.parametrize(
    "name", ["main", "countries", "statuses", "tier", "delivery", "quiet", "zone", "language"]
)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_button_fits_telegram_limits(name: str, lang: str) -> None:
    out = screen(name, DEFAULT, lang, forum_thread=1)
    for row in out.buttons:
        for button in row:
            assert button.data is not None and len(button.data.encode()) <= 64
            assert button.text


def test_the_urgent_button_shows_the_choice_and_flips_it() -> None:
    (on,) = [r[0] for r in main_screen(DEFAULT, "en").buttons if r[0].data == "set:u:off"]
    assert on.text == "Urgent alerts: at once, even in quiet hours"
    waiting = SubscriptionSettings(urgent_override=False)
    (off,) = [r[0] for r in main_screen(waiting, "en").buttons if r[0].data == "set:u:on"]
    assert off.text == "Urgent alerts: wait like the rest"


def test_quiet_hours_and_the_digest_time_are_shown_with_their_time_zone() -> None:
    seoul = SubscriptionSettings(
        quiet_start=time(22), quiet_end=time(7), timezone="Asia/Seoul",
        mode=DeliveryMode.DIGEST, digest_time=time(9),
    )  # fmt: skip
    labels = [row[0].text for row in main_screen(seoul, "en").buttons]
    assert "Quiet hours: 22:00–07:00 (Asia/Seoul)" in labels
    assert "Delivery: daily digest at 09:00 (Asia/Seoul)" in labels
    assert "Time zone: Asia/Seoul" in labels
    assert "Asia/Seoul" in screen("quiet", seoul, "ko").text
    ticked = [
        b.text for row in screen("quiet", seoul, "en").buttons for b in row if "✅" in b.text
    ]
    assert ticked == ["✅ 22:00–07:00"]


def test_the_zone_screen_ticks_the_chat_zone_and_a_press_sets_it() -> None:
    seoul = SubscriptionSettings(timezone="Asia/Seoul")
    zones = screen("zone", seoul, "en").buttons
    ticked = [b.text for row in zones for b in row if b.text.startswith("✅")]
    assert ticked == ["✅ Asia/Seoul"]
    assert apply_choice(seoul, "z", "Europe/Berlin").timezone == "Europe/Berlin"
