"""A strict model of Telegram's flood limits, as the fake Bot API enforces them.

Telegram documents about 30 messages/s overall, about 1 message/s per chat and 20 messages/min per
group. Real servers tolerate short bursts; this model does not: it is the strictest reading, so a
sender that passes it passes Telegram. `check` answers the retry_after a 429 would carry, or None and
records the send.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

GLOBAL_PER_SECOND = 30
GROUP_PER_MINUTE = 20
CHAT_INTERVAL = 1.0


@dataclass
class FloodModel:
    global_per_second: int = GLOBAL_PER_SECOND
    group_per_minute: int = GROUP_PER_MINUTE
    chat_interval: float = CHAT_INTERVAL
    _recent: deque[float] = field(default_factory=deque)
    _last_by_chat: dict[int, float] = field(default_factory=dict)
    _group_sends: dict[int, deque[float]] = field(default_factory=dict)

    def check(self, chat_id: int, is_group: bool, now: float) -> int | None:
        """None if a message to `chat_id` at `now` is within limits (and record it), else seconds."""
        while self._recent and now - self._recent[0] >= 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.global_per_second:
            return _seconds(self._recent[0] + 1.0 - now)
        last = self._last_by_chat.get(chat_id)
        if last is not None and now - last < self.chat_interval:
            return _seconds(last + self.chat_interval - now)
        if is_group:
            sends = self._group_sends.setdefault(chat_id, deque())
            while sends and now - sends[0] >= 60.0:
                sends.popleft()
            if len(sends) >= self.group_per_minute:
                return _seconds(sends[0] + 60.0 - now)
            sends.append(now)
        self._recent.append(now)
        self._last_by_chat[chat_id] = now
        return None


def _seconds(remaining: float) -> int:
    return max(1, math.ceil(remaining))
