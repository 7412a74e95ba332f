"""The digest job: each chat whose digest time has come gets one message listing what moved.

A digest chat's news is queued `held` until its digest time (bot.audience decides; urgent news
goes at once unless the chat opted out). `compose_digests` is one unit of work, run every minute
by the digest part on its database thread: it takes the held news that is due (bot.store.owed),
reads the cases and reports it is about, renders one message per chat - one line per case, split
only at Telegram's length limit (bot.tg.digest) - and queues it, silently, marking the held rows
digested in the same transaction; the sender then delivers it like any message. Two workers never
list a row twice (the rows are locked), and a digest is queued once per chat (its dedupe key).
Calls the store in order; no SQL here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from bot.cases import CaseRecord
from bot.delivery.message import Message, MessageKind
from bot.store import cases as case_store
from bot.store import chats as chat_store
from bot.store import outbox as outbox_store
from bot.store import owed as owed_store
from bot.store import reports as report_store
from bot.store.base import Session
from bot.store.owed import HeldItem
from bot.tg.digest import case_line, digest_texts, report_line
from bot.tg.i18n import DEFAULT_LANGUAGE, normalise
from bot.tg.redact import NameMode, name_mode, redact

DIGEST_EVERY_SECONDS = 60.0
CaseUrl = Callable[[int], str | None]


def compose_digests(session: Session, now: datetime, *, case_url: CaseUrl | None = None) -> int:
    """Queue the digest of every chat whose held news is due; returns how many chats."""
    items = owed_store.due_digest_items(session, now)
    if not items:
        return 0
    by_chat: dict[int, list[HeldItem]] = {}
    for item in items:
        by_chat.setdefault(item.chat_id, []).append(item)
    lines = _Lines(session, items, case_url or (lambda _: None))
    messages: list[Message] = []
    for chat_id, held in by_chat.items():
        messages += digest_messages(chat_id, held, lines.for_chat(chat_id, held))
    outbox_store.enqueue(session, messages, now=now)
    owed_store.mark_digested(session, [item.id for item in items])
    return len(by_chat)


def digest_messages(chat_id: int, held: Sequence[HeldItem], lines: list[str]) -> list[Message]:
    """The chat's digest, in its language and topic, silent, once per batch of held news."""
    last = held[-1]
    lang = normalise(last.lang) or DEFAULT_LANGUAGE
    return [
        Message(text).to(
            chat_id,
            MessageKind.DIGEST,
            dedupe_key=f"digest:{held[0].id}:{number}",
            message_thread_id=last.message_thread_id,
            lang=lang,
            protect_content=last.protect_content,
            silent=True,
        )
        for number, text in enumerate(digest_texts(lines, lang), start=1)
    ]


class _Lines:
    """Each chat's digest lines; cases and reports are read once for all the chats."""

    def __init__(self, session: Session, items: Sequence[HeldItem], case_url: CaseUrl) -> None:
        self._session = session
        self._case_url = case_url
        self._cases: dict[int, tuple[int, CaseRecord] | None] = {}
        loose = sorted({i.report_id for i in items if i.case_id is None and i.report_id})
        self._titles = report_store.titles(session, loose)
        self._names = report_store.names_in(session, loose)

    def for_chat(self, chat_id: int, held: Sequence[HeldItem]) -> list[str]:
        """One line per case that moved (the case it is now in, after merges) and per report
        in no case, in the order the news came."""
        lang = normalise(held[-1].lang) or DEFAULT_LANGUAGE
        mode: NameMode | None = None
        seen: set[tuple[str, int]] = set()
        lines = []
        for item in held:
            if item.case_id is not None and (case := self._case(item.case_id)) is not None:
                number, record = case
                if ("case", number) not in seen:
                    seen.add(("case", number))
                    lines.append(case_line(number, record, lang, self._case_url(number)))
            elif item.report_id in self._titles and ("report", item.report_id) not in seen:
                seen.add(("report", item.report_id))
                if mode is None:
                    mode = name_mode(chat_store.privacy_of(self._session, chat_id)[0])
                title, url = self._titles[item.report_id]
                title = redact(title, self._names.get(item.report_id, ()), mode, lang)
                lines.append(report_line(title, url, lang))
        return lines

    def _case(self, case_id: int) -> tuple[int, CaseRecord] | None:
        if case_id not in self._cases:
            record = case_store.get_case(self._session, case_id)
            self._cases[case_id] = (
                (case_store.parse_case_id(record.id), record) if record is not None else None
            )
        return self._cases[case_id]
