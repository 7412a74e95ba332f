"""Alerts as messages to queue: one rendered message per chat that must be told, in its language.

`owed_messages` decides, from the active subscriptions and the chats already following the case,
who must be told (bot.audience) and what kind of message each chat gets: a full alert for a chat new
to the case, a short update replying to the chat's first alert for it, and a status change when the
case's status moved (sent to every chat following the case, whatever its filters). The HTML is
rendered once per language. A later report of a case whose first alert to a chat is still queued
is folded into that alert (`fold_into`, with `later_report_line`) instead of going as a second
message. Broadcasts get the same treatment with a dedupe key instead of a report. Pure: no I/O;
bot.ingest reads the subscriptions and queues the messages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from html import escape

from bot import summary
from bot.audience import Recipient, SubscriptionView, who_must_be_told, with_followers
from bot.cases import CaseRecord, Corroboration
from bot.delivery.links import start_button
from bot.delivery.message import Button, Message, MessageKind
from bot.domain import Facts, Verdict
from bot.reasons import deciding_words
from bot.tg.format import (
    MAX_LENGTH,
    day,
    fit,
    format_alert,
    format_status_change,
    format_update,
    label,
    lead_line,
    link,
    units,
    with_current_corroboration,
)
from bot.tg.i18n import DEFAULT_LANGUAGE, normalise, status_name, t
from bot.tg.redact import NameMode, name_mode, redact_alert
from bot.tg.views import AlertView

RENDERERS: dict[MessageKind, Callable[[AlertView, str], Message]] = {
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
    case: CaseRecord | None = None,
    headline: str | None = None,
    excerpt: str | None = None,
    link: str | None = None,
    source: str | None = None,
    published: datetime | None = None,
) -> AlertView:
    """The alert for a classified report: its facts, the words that decided, and what its case
    (when it has one) says about the incident's date and how widely it is reported."""
    outlets = {s.outlet for s in case.sources} if case else set()
    languages = {s.lang for s in case.sources if s.lang} if case else set()
    told = verdict.facts
    incident_date, month_only = (
        (told.date, told.date_month_only)
        if told.date is not None or case is None
        else (case.incident_date, case.incident_month_only)
    )
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
        terms=deciding_words(verdict.reasons),
        incident_date=incident_date,
        incident_month_only=month_only,
        outlets=max(1, len(outlets)),
        languages=max(1, len(languages)),
        confirmed=case is not None and case.corroboration is Corroboration.CONFIRMED,
    )


def render(alert: AlertView, kind: MessageKind, lang: str) -> Message:
    """The message for one kind of alert in one language."""
    return RENDERERS[kind](alert, lang)


def owed_messages(
    alert: AlertView,
    subscriptions: Sequence[SubscriptionView],
    followers: set[int],
    *,
    status_changed: bool,
    now: datetime,
    urgent: bool = False,
) -> list[Message]:
    """One message per chat that must hear about this report, of the right kind.

    `followers` are the chats that already have a message (sent or owed) about the case. Urgent
    news goes before the rest of the queue and through quiet hours; the rest goes silently.
    """
    recipients = who_must_be_told(subscriptions, alert.facts, alert.tier, now, urgent=urgent)
    pairs = with_followers(
        recipients, subscriptions, followers, status_changed=status_changed, now=now, urgent=urgent
    )
    privacy = {s.chat_id: privacy_of(s) for s in subscriptions}
    channels = frozenset(s.chat_id for s in subscriptions if s.channel)
    messages: list[Message] = []
    for kind in (MessageKind.ALERT, MessageKind.UPDATE, MessageKind.STATUS_CHANGE):
        chosen = [r for r, follows in pairs if _kind(follows, status_changed) is kind]
        messages += alert_messages(alert, kind, chosen, privacy, channels, urgent=urgent)
    return messages


def privacy_of(subscription: SubscriptionView) -> tuple[NameMode, bool]:
    """How the chat shows names of people, and whether its messages are protected."""
    return name_mode(subscription.names), subscription.protect_content


def channel_post(message: Message, alert: AlertView, lang: str) -> Message:
    """The message as a channel posts it: its one button opens the case in the bot."""
    if alert.case_id is None:
        return replace(message, buttons=())
    button = start_button(
        t(lang, "btn_open_case", case_id=label(alert.case_id)), f"case_{alert.case_id}"
    )
    return replace(message, buttons=((button,),))


def _kind(follows: bool, status_changed: bool) -> MessageKind:
    if not follows:
        return MessageKind.ALERT
    return MessageKind.STATUS_CHANGE if status_changed else MessageKind.UPDATE


def alert_messages(
    alert: AlertView,
    kind: MessageKind,
    recipients: Iterable[Recipient],
    privacy: Mapping[int, tuple[NameMode, bool]] | None = None,
    channels: frozenset[int] = frozenset(),
    *,
    urgent: bool = False,
) -> list[Message]:
    """One message per recipient, in its language, with names shown as the chat wants them
    (rendered once per language and name setting); (chat, report) uniqueness keeps retries
    from doubling them. A channel's post has no buttons that need the person pressing them,
    only a link to the case in the bot."""
    rendered: dict[tuple[str, NameMode, bool], Message] = {}
    messages = []
    for recipient in recipients:
        lang = normalise(recipient.language) or DEFAULT_LANGUAGE
        names, protect = (privacy or {}).get(recipient.chat_id, (NameMode.SHOWN, False))
        channel = recipient.chat_id in channels
        key = (lang, names, channel)
        if key not in rendered:
            message = render(redact_alert(alert, names, lang), kind, lang)
            rendered[key] = channel_post(message, alert, lang) if channel else message
        ids = {"report_id": alert.report_id, "case_id": alert.case_id}
        messages.append(addressed(rendered[key], recipient, kind, lang, protect, urgent, **ids))
    return messages


def correction_messages(
    case_id: int,
    record: CaseRecord,
    recipients: Iterable[Recipient],
    privacy: Mapping[int, tuple[NameMode, bool]] | None = None,
    *,
    urgent: bool,
    dedupe_key: str,
) -> list[Message]:
    """An operator's new status for a case, to each recipient (its followers) in its language;
    a status change, so the sender makes it a reply to the chat's first alert on the case."""
    rendered: dict[str, Message] = {}
    messages = []
    for recipient in recipients:
        lang = normalise(recipient.language) or DEFAULT_LANGUAGE
        if lang not in rendered:
            rendered[lang] = format_correction(case_id, record, lang)
        _, protect = (privacy or {}).get(recipient.chat_id, (NameMode.SHOWN, False))
        ids: dict[str, int | str | None] = {"case_id": case_id, "dedupe_key": dedupe_key}
        kind = MessageKind.STATUS_CHANGE
        messages.append(addressed(rendered[lang], recipient, kind, lang, protect, urgent, **ids))
    return messages


def addressed(
    message: Message,
    recipient: Recipient,
    kind: MessageKind,
    lang: str,
    protect: bool,
    urgent: bool,
    **ids: int | str | None,
) -> Message:
    """`message` as `recipient` gets it: its topic, its quiet hours and digest, silent unless
    urgent, protected if the chat asked."""
    return message.to(
        recipient.chat_id,
        kind,
        message_thread_id=recipient.message_thread_id,
        lang=lang,
        deliver_after=recipient.not_before,
        protect_content=protect,
        urgent=urgent,
        silent=not urgent,
        digest=recipient.digest,
        **ids,
    )


def format_correction(case_id: int, record: CaseRecord, lang: str) -> Message:
    """`🚨 Case C12: now facing repatriation · 6 people · Dandong, China`, the case's headline
    (counts and places, never names) and who set the status."""
    status = status_name(lang, record.status.value) if record.status else t(lang, "unknown")
    view = correction_view(case_id, record)
    head = t(lang, "status_change_title", case_id=label(case_id), status=status)
    lines = [lead_line(view, lang, head=head), escape(summary.headline(record, lang))]
    lines.append(f"<i>{escape(t(lang, 'status_set_by_operator'))}</i>")
    return Message("\n".join(lines), ((Button(t(lang, "btn_case"), data=f"case:{case_id}"),),))


def correction_view(case_id: int, record: CaseRecord) -> AlertView:
    """The case as its status line and lead show it (no single report behind it)."""
    people = sorted({c.people for c in record.counts if c.people is not None})
    facts = Facts(
        country=record.country,
        place=record.place,
        people=people[-1] if people else None,
        status=record.status,
    )
    return AlertView(
        report_id=0,
        title=record.title,
        case_id=case_id,
        facts=facts,
        incident_date=record.incident_date,
        incident_month_only=record.incident_month_only,
    )


def correction_line(record: CaseRecord, lang: str) -> str:
    """What an operator's new status adds to a first alert on the case still waiting."""
    status = status_name(lang, record.status.value) if record.status else t(lang, "unknown")
    now = escape(t(lang, "status_now", status=status))
    return f"⚠️ <b>{now}</b> <i>({escape(t(lang, 'status_set_by_operator'))})</i>"


def later_report_line(alert: AlertView, lang: str, *, status_changed: bool) -> str:
    """What a later report adds to its case's first alert while that alert still waits: its
    source and date, and the case's new status when it moved. No names: nothing to redact."""
    when = day(alert.published)
    source = link(alert.link, alert.source or t(lang, "source")) + (f" · {when}" if when else "")
    line = f"➕ <b>{escape(t(lang, 'also_reported'))}</b> {source}"
    if status_changed and alert.facts.status is not None:
        status = status_name(lang, alert.facts.status.value)
        line += f"\n⚠️ <b>{escape(t(lang, 'status_now', status=status))}</b>"
    return line


def fold_into(
    first: Message, later: Message, line: str, *, case_now: AlertView | None = None
) -> Message | None:
    """The queued first alert `first` with a later report's `line` added, going as soon and as
    loudly as either would have; None when the text would pass Telegram's limit. With `case_now`,
    the later report's view, the alert's count of outlets is brought up to date as well."""
    earlier = first.text
    if case_now is not None:
        earlier = with_current_corroboration(earlier, case_now, first.lang or DEFAULT_LANGUAGE)
    text = f"{earlier}\n{line}"
    if units(text) > MAX_LENGTH:
        return None
    urgent = first.urgent or later.urgent
    due = [first.deliver_after, later.deliver_after]
    return replace(
        first,
        text=text,
        urgent=urgent,
        silent=not urgent,
        digest=first.digest and later.digest,
        deliver_after=None if None in due else min(d for d in due if d is not None),
    )


def broadcast_messages(
    text: str, chats: Iterable[tuple[int, int | None]], now: datetime
) -> list[Message]:
    """An operator's announcement to (chat id, topic) pairs, escaped, once per chat per request."""
    key = "broadcast:" + hashlib.sha256(f"{now.isoformat()}\n{text}".encode()).hexdigest()[:24]
    body = Message("📣 " + fit(text, BROADCAST_MAX))
    return [
        body.to(chat_id, MessageKind.BROADCAST, message_thread_id=thread, dedupe_key=key)
        for chat_id, thread in chats
    ]
