"""A strict model of Telegram's flood limits, as the fake Bot API enforces them.

Telegram documents about 30 messages/s overall, about 1 message/s per chat ("we may allow short
bursts that go over this limit") and 20 messages/min per group. The model is strict everywhere but
in one chat, where it tolerates the shortest burst worth having: `chat_burst` messages at once,
then one a second (a token bucket). A sender that passes it should pass Telegram. `check` answers
the retry_after a 429 would carry, or None and records the send.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

GLOBAL_PER_SECOND = 30
GROUP_PER_MINUTE = 20
CHAT_INTERVAL = 1.0
CHAT_BURST = 4


@dataclass
class FloodModel:
    global_per_second: int = GLOBAL_PER_SECOND
    group_per_minute: int = GROUP_PER_MINUTE
    chat_interval: float = CHAT_INTERVAL
    chat_burst: int = CHAT_BURST
    _recent: deque[float] = field(default_factory=deque)
    _chat_full_at: dict[int, float] = field(default_factory=dict)  # when a chat's burst is whole
    _group_sends: dict[int, deque[float]] = field(default_factory=dict)

    def check(self, chat_id: int, is_group: bool, now: float) -> int | None:
        """None if a message to `chat_id` at `now` is within limits (and record it), else seconds."""
        while self._recent and now - self._recent[0] >= 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.global_per_second:
            return _seconds(self._recent[0] + 1.0 - now)
        full_at = self._chat_full_at.get(chat_id, now)
        allowed_from = full_at - (self.chat_burst - 1) * self.chat_interval
        if now < allowed_from:
            return _seconds(allowed_from - now)
        if is_group:
            sends = self._group_sends.setdefault(chat_id, deque())
            while sends and now - sends[0] >= 60.0:
                sends.popleft()
            if len(sends) >= self.group_per_minute:
                return _seconds(sends[0] + 60.0 - now)
            sends.append(now)
        self._recent.append(now)
        self._chat_full_at[chat_id] = max(full_at, now) + self.chat_interval
        return None


def _seconds(remaining: float) -> int:
    return max(1, math.ceil(remaining))
