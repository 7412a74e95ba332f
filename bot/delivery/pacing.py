"""Pacing for Telegram's flood limits: when may the next message to a chat go out?

A token schedule, not a bucket: the global slot advances by 1/rate after every send and never
accumulates while idle (at most a quarter slot of lateness is made up), so there is no initial
burst across chats (a burst is what provokes 429s; see FACTS.md: a paced sender delivered 600/600
with no 429 at 28.4/s, PTB's AIORateLimiter lost alerts). Per chat: a short burst of `chat_burst`
messages, then one per `chat_interval`; per group, supergroup or channel also at most
`group_per_window` in any `group_window`. A 429's retry_after closes one chat, or every chat, until
the time Telegram named. Times are plain floats (a monotonic clock) passed in by the caller.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

DEFAULT_GLOBAL_RATE = 28.8  # messages/s: 31 sends span >= 1.033 s, under Telegram's 30/s
COUNT_WINDOW = 1.0  # seconds: Telegram counts the 30 by arrival, over any one second
# Per-chat limits get a margin: a request's network time varies, so two sends paced exactly 1 s apart
# can reach Telegram less than 1 s apart.
CHAT_INTERVAL = 1.05
# Telegram asks for one message a second in a chat but tolerates short bursts, so the first few
# messages for one chat go at once (alerts a poll found together, a reply and an alert), and the
# rest one per CHAT_INTERVAL, as if the chat had saved up this many: a token bucket (GCRA).
CHAT_BURST = 4
GROUP_PER_WINDOW = 20
GROUP_WINDOW = 61.0


def share_of_rate(global_rate: float, live_senders: int) -> float:
    """Each of `live_senders` senders' rate, so that together they never exceed `global_rate`.

    A sender paced at r messages/s can put floor(r) + 1 messages into one second, so n senders
    get (global_rate + 1) / n - 1 each: one sender keeps the whole rate.
    """
    n = max(live_senders, 1)
    return max((global_rate + 1.0) / n - 1.0, 0.5)


@dataclass
class Pacer:
    global_rate: float = DEFAULT_GLOBAL_RATE
    chat_interval: float = CHAT_INTERVAL
    chat_burst: int = CHAT_BURST
    group_per_window: int = GROUP_PER_WINDOW
    group_window: float = GROUP_WINDOW
    _next_global: float = float("-inf")
    _closed_until: float = float("-inf")
    _history: dict[int, deque[float]] = field(default_factory=dict)
    _chat_full_at: dict[int, float] = field(default_factory=dict)  # when a chat's burst is whole
    _chat_closed_until: dict[int, float] = field(default_factory=dict)
    _chat_opened_at: dict[int, float] = field(default_factory=dict)  # a send into an empty bucket
    # The last sends as [started, arrived by]: arrived by is the answer's time once it is known.
    _recent: deque[list[float]] = field(default_factory=deque)
    _older_arrived_by: float = float("-inf")  # the latest arrival of the sends before those

    def set_rate(self, rate: float) -> None:
        """Change the global rate (several senders share Telegram's limit between them)."""
        self.global_rate = max(rate, 0.1)

    def ready_at(self, chat_id: int, *, is_group: bool, now: float) -> float:
        """The earliest time (>= now) a message to `chat_id` may be sent."""
        return max(now, self.global_ready_at(now), self.chat_ready_at(chat_id, is_group=is_group))

    def global_ready_at(self, now: float) -> float:
        return max(now, self._next_global, self._closed_until, self._window_ready_at())

    def _window_ready_at(self) -> float:
        """Telegram counts its 30 a second by arrival, and a request slowed on the way in (a
        loaded machine, a new connection) arrives with the ones after it: the next send waits a
        second after the latest a send `per_second` sends back could have arrived."""
        latest = self._older_arrived_by
        per_second = self._per_second()
        if len(self._recent) >= per_second:  # longer just after the rate was lowered
            latest = max(latest, self._recent[-per_second][1])
        return latest + COUNT_WINDOW

    def _per_second(self) -> int:
        return int(self.global_rate) + 1

    def chat_ready_at(self, chat_id: int, *, is_group: bool) -> float:
        ready = self._chat_closed_until.get(chat_id, float("-inf"))
        full_at = self._chat_full_at.get(chat_id)
        if full_at is not None:
            ready = max(ready, full_at - (self.chat_burst - 1) * self.chat_interval)
        sends = self._history.get(chat_id)
        if sends and is_group and len(sends) >= self.group_per_window:
            ready = max(ready, sends[-self.group_per_window] + self.group_window)
        return ready

    def record_send(self, chat_id: int, *, is_group: bool, at: float) -> None:
        """A message to `chat_id` went out at `at`: take the global slot and the chat's."""
        interval = 1.0 / self.global_rate
        # Up to a quarter slot of a send's lateness (sleep overshoot, a busy loop) is made up, so
        # jitter does not erode the rate; no more, and nothing after idling, so the schedule never
        # saves up a burst: any 31 consecutive sends span at least 29.75 slots.
        slot = self._next_global
        if at > slot + interval:  # idle, or very late: restart the schedule from now
            self._next_global = at + interval
        else:
            self._next_global = max(slot, at - interval / 4) + interval
        self._recent.append([at, at])
        while len(self._recent) > self._per_second():
            self._older_arrived_by = max(self._older_arrived_by, self._recent.popleft()[1])
        full_at = max(self._chat_full_at.get(chat_id, at), at)
        if full_at == at:
            self._chat_opened_at[chat_id] = at
        self._chat_full_at[chat_id] = full_at + self.chat_interval
        keep = self.group_per_window if is_group else 2
        self._history.setdefault(chat_id, deque(maxlen=keep)).append(at)

    def answered(self, chat_id: int, *, sent_at: float, answered_at: float) -> None:
        """The send to `chat_id` started at `sent_at` was answered at `answered_at`.

        Telegram counts a chat's bucket from when the first message arrived, which may be as late
        as its answer: a request slowed on the way in (a loaded machine, a new connection) would
        let the message after the burst arrive less than a second after it. The bucket that send
        opened is counted from the answer instead; sends into a full bucket need no correction.
        The overall count takes the answer as the latest the message arrived (`_window_ready_at`).
        """
        for send in self._recent:
            if send[0] == sent_at:
                send[1] = max(send[1], answered_at)
                break
        if self._chat_opened_at.get(chat_id) != sent_at:
            return
        del self._chat_opened_at[chat_id]
        if chat_id in self._chat_full_at:
            self._chat_full_at[chat_id] += max(answered_at - sent_at, 0.0)

    def flood_is_global(self, chat_id: int, *, is_group: bool, refused_at: float) -> bool:
        """Whether a 429 for the message sent to `chat_id` at `refused_at` was a global flood.

        Telegram does not say. If no earlier message went to the chat recently enough for its own
        limit to bite (1 s for a chat, the group window for a group), the global limit was hit.
        """
        window = self.group_window if is_group else self.chat_interval
        earlier = [t for t in self._history.get(chat_id, ()) if t < refused_at]
        return not earlier or refused_at - earlier[-1] >= window

    def close_chat(self, chat_id: int, until: float) -> None:
        """Telegram said retry_after for this chat: send nothing to it before `until`."""
        self._chat_closed_until[chat_id] = max(self._chat_closed_until.get(chat_id, until), until)

    def close_all(self, until: float) -> None:
        """A global flood: send nothing to anyone before `until`."""
        self._closed_until = max(self._closed_until, until)

    def forget_idle(self, now: float) -> None:
        """Drop per-chat state that no longer constrains anything (keeps memory bounded)."""
        horizon = max(self.chat_interval, self.group_window)
        for chat_id in [c for c, sends in self._history.items() if now - sends[-1] > horizon]:
            del self._history[chat_id]
        for chat_id in [c for c, t in self._chat_closed_until.items() if t < now]:
            del self._chat_closed_until[chat_id]
        for chat_id in [c for c, t in self._chat_full_at.items() if t < now]:
            del self._chat_full_at[chat_id]
            self._chat_opened_at.pop(chat_id, None)


def is_group_chat(chat_id: int) -> bool:
    """Telegram gives groups, supergroups and channels negative ids, users positive ones."""
    return chat_id < 0
