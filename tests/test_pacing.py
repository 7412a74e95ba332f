"""The pacer keeps a sender inside Telegram's flood limits, with time passed in (no clock reads)."""

from __future__ import annotations

import itertools

import pytest

from bot.delivery.pacing import (
    CHAT_BURST,
    CHAT_INTERVAL,
    GROUP_WINDOW,
    Pacer,
    is_group_chat,
    share_of_rate,
)

USER, OTHER_USER, GROUP = 11, 12, -4001


def _send_back_to_back(pacer: Pacer, chats: list[int], start: float = 0.0) -> list[float]:
    """Send to each chat in turn as early as the pacer allows; returns the send times."""
    times, now = [], start
    for chat in chats:
        now = pacer.ready_at(chat, is_group=is_group_chat(chat), now=now)
        pacer.record_send(chat, is_group=is_group_chat(chat), at=now)
        times.append(now)
    return times


def test_the_first_message_goes_at_once() -> None:
    assert Pacer().ready_at(USER, is_group=False, now=50.0) == 50.0


def test_messages_to_different_chats_are_spaced_with_no_initial_burst() -> None:
    times = _send_back_to_back(Pacer(global_rate=29.0), list(range(1, 32)))
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) == pytest.approx(1 / 29)
    assert times[30] - times[0] > 1.0  # never 31 messages within one second


def test_an_idle_sender_does_not_save_up_a_burst() -> None:
    pacer = Pacer(global_rate=29.0)
    _send_back_to_back(pacer, [1])
    times = _send_back_to_back(pacer, [2, 3], start=100.0)
    assert times == [100.0, pytest.approx(100.0 + 1 / 29)]


def test_a_late_send_makes_up_at_most_a_quarter_slot() -> None:
    pacer = Pacer(global_rate=10.0)
    pacer.record_send(1, is_group=False, at=0.0)
    pacer.record_send(2, is_group=False, at=0.12)  # slot 0.1, 20 ms late
    on_time = pacer.global_ready_at(0.0)
    pacer.record_send(3, is_group=False, at=0.25)  # slot 0.2, 50 ms late: 25 ms made up
    made_up = pacer.global_ready_at(0.0)
    pacer.record_send(4, is_group=False, at=0.9)  # slot 0.325, far too late
    assert on_time == pytest.approx(0.2)
    assert made_up == pytest.approx(0.325)
    assert pacer.global_ready_at(0.0) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("chats", "expected_last"),
    [
        ([USER] * CHAT_BURST, 0.0),
        ([USER] * (CHAT_BURST + 1), CHAT_INTERVAL),
        ([USER] * (CHAT_BURST + 3), 3 * CHAT_INTERVAL),
        ([USER, OTHER_USER] * (CHAT_BURST + 1), CHAT_INTERVAL),
        ([GROUP] * 21, GROUP_WINDOW),
    ],
    ids=[
        "a-short-burst-goes-at-once",
        "then-1-per-second",
        "and-so-on",
        "other-chats-do-not-reset-it",
        "group-20-per-minute",
    ],
)
def test_per_chat_limits_delay_the_next_message(chats: list[int], expected_last: float) -> None:
    times = _send_back_to_back(Pacer(global_rate=1000.0), chats)
    assert times[-1] == pytest.approx(expected_last, abs=0.02)


def test_a_chat_quiet_for_a_while_may_have_a_short_burst_again() -> None:
    pacer = Pacer(global_rate=1000.0)
    _send_back_to_back(pacer, [USER] * (CHAT_BURST + 2))
    later = 100.0
    times = _send_back_to_back(pacer, [USER] * (CHAT_BURST + 1), start=later)
    assert times[CHAT_BURST - 1] == pytest.approx(later, abs=0.01)
    assert times[CHAT_BURST] == pytest.approx(later + CHAT_INTERVAL, abs=0.01)


def test_a_burst_is_counted_from_when_its_first_message_was_answered() -> None:
    """Telegram counts from arrival, which may be as late as the answer: a first request slowed
    on the way in moves the chat's whole burst; one sent into a full bucket moves nothing."""
    pacer = Pacer(global_rate=1000.0)
    pacer.record_send(USER, is_group=False, at=0.0)
    pacer.answered(USER, sent_at=0.0, answered_at=0.3)
    now = 0.3
    for _ in range(CHAT_BURST):  # the rest of the burst, then the first after it
        now = pacer.ready_at(USER, is_group=False, now=now)
        pacer.record_send(USER, is_group=False, at=now)
        pacer.answered(USER, sent_at=now, answered_at=now + 0.3)
    assert now == pytest.approx(0.3 + CHAT_INTERVAL)


def test_no_second_holds_more_than_thirty_arrivals_when_the_first_requests_were_slow() -> None:
    """The first requests, slowed on the way in (new connections), arrive a tenth of a second
    late together with those after them; Telegram counts 30 a second by arrival."""
    pacer = Pacer()
    arrivals, now = [], 0.0
    for chat in range(1, 90):
        now = pacer.ready_at(chat, is_group=False, now=now)
        pacer.record_send(chat, is_group=False, at=now)
        arrived = 0.1 if now < 0.1 else now + 0.002
        pacer.answered(chat, sent_at=now, answered_at=arrived)
        arrivals.append(arrived)
    arrivals.sort()
    assert all(arrivals[i + 30] - arrivals[i] >= 1.0 for i in range(len(arrivals) - 30))


def test_a_lowered_rate_counts_the_last_second_at_the_new_rate() -> None:
    """A sender that learns a second sender joined goes down to its share at once: its next
    message waits until no more than its new per-second count went out in the last second."""
    pacer = Pacer()
    times = _send_back_to_back(pacer, list(range(1, 30)))  # a second at the whole rate
    pacer.set_rate(share_of_rate(pacer.global_rate, 2))
    share = int(pacer.global_rate) + 1
    now = pacer.ready_at(100, is_group=False, now=times[-1])
    assert now >= times[-share] + 1.0


def test_retry_after_closes_one_chat_only() -> None:
    pacer = Pacer()
    pacer.close_chat(USER, until=13.0)
    assert pacer.ready_at(USER, is_group=False, now=10.0) == 13.0
    assert pacer.ready_at(OTHER_USER, is_group=False, now=10.0) == 10.0


def test_a_global_flood_closes_every_chat() -> None:
    pacer = Pacer()
    pacer.close_all(until=13.0)
    assert pacer.ready_at(OTHER_USER, is_group=False, now=10.0) == 13.0


@pytest.mark.parametrize(
    ("history", "refused_at", "is_group", "expected"),
    [
        ([], 5.0, False, True),
        ([4.5], 5.0, False, False),
        ([1.0], 5.0, False, True),
        ([10.0], 50.0, True, False),
        ([10.0], 80.0, True, True),
    ],
    ids=[
        "first-message-to-chat-global",
        "chat-written-within-a-second-per-chat",
        "chat-idle-global",
        "group-written-within-a-minute-per-chat",
        "group-idle-global",
    ],
)
def test_a_429_is_global_unless_the_chat_limit_explains_it(
    history: list[float], refused_at: float, is_group: bool, expected: bool
) -> None:
    pacer = Pacer()
    chat = GROUP if is_group else USER
    for at in [*history, refused_at]:
        pacer.record_send(chat, is_group=is_group, at=at)
    assert pacer.flood_is_global(chat, is_group=is_group, refused_at=refused_at) is expected


@pytest.mark.parametrize("senders", [1, 2, 3, 4, 7], ids=lambda n: f"{n}-senders")
def test_senders_sharing_the_rate_never_exceed_it_together(senders: int) -> None:
    pacer = Pacer(global_rate=share_of_rate(29.0, senders))
    times = _send_back_to_back(pacer, list(range(1, 100)))
    most_in_one_second = max(sum(1 for t in times if start <= t < start + 1) for start in times)
    assert most_in_one_second * senders <= 30


def test_forgetting_idle_chats_keeps_their_limits_satisfied() -> None:
    pacer = Pacer()
    _send_back_to_back(pacer, [USER])
    pacer.forget_idle(now=100.0)
    assert pacer.chat_ready_at(USER, is_group=False) == float("-inf")


@pytest.mark.parametrize(
    ("chat_id", "expected"),
    [(42, True), (-42, False), (-1001234567890, False)],
    ids=["user", "group", "supergroup"],
)
def test_negative_ids_are_groups(chat_id: int, expected: bool) -> None:
    assert is_group_chat(chat_id) is not expected
