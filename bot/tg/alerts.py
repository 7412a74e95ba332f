"""Alerts as outbox rows: one rendered message per chat that must be told, in that chat's language.

The pipeline decides who must be told (bot.audience.who_must_be_told) and what kind of message each
chat gets (a full alert, a short update replying to the chat's first alert for the case, or a
status change); this module renders the HTML once per language and returns the OutboxMessages to
enqueue in the report's transaction. Broadcasts get the same treatment with a dedupe key instead of
a report. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from bot.audience import Recipient
from bot.domain import Verdict
from bot.outgoing import Button as OutButton
from bot.outgoing import MessageKind, OutboxMessage
from bot.tg.format import fit, format_alert, format_status_change, format_update
from bot.tg.i18n import DEFAULT_LANGUAGE, normalise
from bot.tg.views import AlertView, Keyboard, OutMessage

RENDERERS: dict[MessageKind, Callable[[AlertView, str], OutMessage]] = {
    MessageKind.ALERT: format_alert,
    MessageKind.UPDATE: format_update,
    MessageKind.STATUS_CHANGE: format_status_change,
}
BROADCAST_MAX = 3900


def alert_view(
    *,
    report_id: int,
    title: str,
    verdict: Verdict,
    case_id: int | None = None,
    headline: str | None = None,
    excerpt: str | None = None,
    link: str | None = None,
    source: str | None = None,
    published: datetime | None = None,
) -> AlertView:
    """The alert for a classified report: its facts, and the matched terms as the reasons."""
    return AlertView(
        report_id=report_id,
        title=title,
        tier=verdict.tier,
        case_id=case_id,
        headline=headline,
        excerpt=excerpt,
        link=link,
        source=source,
        published=published,
        facts=verdict.facts,
        terms=tuple(reason.term for reason in verdict.reasons),
    )


def outbox_buttons(keyboard: Keyboard) -> tuple[tuple[OutButton, ...], ...]:
    return tuple(
        tuple(OutButton(b.text, callback_data=b.data, url=b.url) for b in row) for row in keyboard
    )


def render(alert: AlertView, kind: MessageKind, lang: str) -> OutMessage:
    """The message for one kind of alert in one language."""
    return RENDERERS[kind](alert, lang)


def alert_messages(
    alert: AlertView, kind: MessageKind, recipients: Iterable[Recipient]
) -> list[OutboxMessage]:
    """One outbox row per recipient; (chat, report) uniqueness keeps retries from doubling them."""
    rendered: dict[str, OutMessage] = {}
    rows = []
    for recipient in recipients:
        lang = normalise(recipient.language) or DEFAULT_LANGUAGE
        if lang not in rendered:
            rendered[lang] = render(alert, kind, lang)
        out = rendered[lang]
        rows.append(
            OutboxMessage(
                chat_id=recipient.chat_id,
                kind=kind,
                text=out.text,
                report_id=alert.report_id,
                case_id=alert.case_id,
                buttons=outbox_buttons(out.keyboard),
                message_thread_id=recipient.message_thread_id,
                lang=lang,
                link_preview=not out.disable_preview,
                deliver_after=recipient.not_before,
            )
        )
    return rows


def broadcast_messages(
    text: str, chats: Sequence[tuple[int, int | None]], now: datetime
) -> list[OutboxMessage]:
    """An operator's announcement to (chat id, topic) pairs, escaped, once per chat per request."""
    key = "broadcast:" + hashlib.sha256(f"{now.isoformat()}\n{text}".encode()).hexdigest()[:24]
    body = "📣 " + fit(text, BROADCAST_MAX)
    return [
        OutboxMessage(
            chat_id=chat_id,
            kind=MessageKind.BROADCAST,
            text=body,
            message_thread_id=thread,
            dedupe_key=key,
        )
        for chat_id, thread in chats
    ]
