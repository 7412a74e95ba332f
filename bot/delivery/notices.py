"""What the operators hear about delivery: one message per kind of trouble per few minutes, counted.

During an outage every queued message may fail in turn; telling the operators' chat once per row
(300 notices, most of them refused with 429) is noise that buries the one thing to know. The
`NoticeDesk` keeps a tally per kind (the Bot API failing, then answering again; messages Telegram
refused for good; messages given up after the horizon) and says each kind at most once per window
(5 minutes by default): the first occurrence at the next flush, the rest counted into the next
message of that kind. No chat ids: the operators' chat never learns who subscribes. Pure: times
are monotonic seconds passed in; the caller queues the texts like every other message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

WINDOW_SECONDS = 300.0


class NoticeKind(StrEnum):
    OUTAGE = "outage"  # the Bot API fails every send
    RECOVERED = "recovered"  # ... and answers again
    REFUSED = "refused"  # Telegram refused a message for good (a bad request)
    EXPIRED = "expired"  # given up: still failing when older than the horizon


@dataclass
class _Tally:
    count: int = 0
    example: str = ""


@dataclass
class NoticeDesk:
    window: float = WINDOW_SECONDS
    _tallies: dict[NoticeKind, _Tally] = field(default_factory=dict)
    _said_at: dict[NoticeKind, float] = field(default_factory=dict)

    def note(self, kind: NoticeKind, example: str, count: int = 1) -> None:
        """Something of `kind` happened (`count` times); `example` shows what."""
        tally = self._tallies.setdefault(kind, _Tally())
        tally.count += count
        tally.example = tally.example or example

    def due(self, at: float) -> list[str]:
        """The notices to send at `at`: each kind with news, unless it was said within the window."""
        texts = []
        for kind, tally in list(self._tallies.items()):
            said = self._said_at.get(kind)
            if said is not None and at - said < self.window:
                continue
            texts.append(notice_text(kind, tally.count, tally.example, self.window))
            self._said_at[kind] = at
            del self._tallies[kind]
        return texts


def notice_text(kind: NoticeKind, count: int, example: str, window: float) -> str:
    minutes = f"{window / 60:g} min"
    if kind is NoticeKind.OUTAGE:
        return (
            f"Telegram's Bot API is failing: {example}. Alerts stay queued and are retried "
            f"until it answers (more notices at most every {minutes})."
        )
    if kind is NoticeKind.RECOVERED:
        return f"Telegram's Bot API answers again {example}; the queued alerts are going out."
    if kind is NoticeKind.REFUSED:
        return (
            f"Telegram refused {_messages(count)} for good, not sent (for example {example}). "
            "See repatwatch's log."
        )
    return (
        f"{_messages(count)} could not be delivered in time and were given up "
        f"(for example {example})."
    )


def _messages(count: int) -> str:
    return "1 message" if count == 1 else f"{count} messages"
