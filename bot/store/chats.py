"""Chats the bot is in and their subscriptions: joining, leaving, moving, approval, preferences.

A chat row is keyed by the Telegram chat id. A chat has at most one subscription (unique on chat_id)
holding its filters and delivery preferences; unsubscribing or being removed from the chat only marks
rows inactive, so the preferences come back on resubscribe. A chat that leaves or moves takes what
the outbox owes it along (`chat_gone`, `chat_moved`). Invitations live in bot.store.invites, members'
feedback in bot.store.feedback. Every function takes a Session owned by the caller and never commits.

A little over 300 lines, kept whole: a chat and its subscription change together (leaving, moving to
a supergroup, approval, privacy), and the two tables' rules are easier to keep right side by side.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Integer,
    String,
    Time,
    false,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.audience import DeliveryMode, SubscriptionSettings, SubscriptionView, default_zone
from bot.domain import Status, Tier
from bot.store import outbox
from bot.store.base import Base
from bot.store.feedback import Feedback

STATUS_VALUES = frozenset(status.value for status in Status)


class Chat(Base):
    __tablename__ = "chats"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    type: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(default=True)
    approved: Mapped[bool] = mapped_column(default=False)
    added_at: Mapped[datetime]
    left_at: Mapped[datetime | None]
    migrated_to: Mapped[int | None] = mapped_column(BigInteger)
    names: Mapped[str | None] = mapped_column(String(8))  # shown / initials / hidden
    protect_content: Mapped[bool] = mapped_column(default=False, server_default=false())


class Subscription(Base):
    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("chats.id", ondelete="CASCADE"), unique=True
    )
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    statuses: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_tier: Mapped[str] = mapped_column(String(16), default=Tier.ALERT.value)
    mode: Mapped[str] = mapped_column(String(16), default=DeliveryMode.INSTANT.value)
    digest_time: Mapped[time] = mapped_column(Time, default=time(8, 0))
    timezone: Mapped[str | None] = mapped_column(String(64))  # None: from the chat's language
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
    message_thread_id: Mapped[int | None] = mapped_column(BigInteger)
    urgent_override: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


# --- chats -----------------------------------------------------------------------------------


def record_chat(
    session: Session,
    chat_id: int,
    *,
    type: str,
    title: str | None,
    now: datetime,
    language: str | None = None,
) -> Chat:
    """Create or refresh the chat row and mark it active (the bot is in the chat)."""
    chat = session.get(Chat, chat_id)
    if chat is None:
        chat = Chat(id=chat_id, type=type, title=title, language=language, added_at=now)
        chat.active = True
        chat.approved = False
        session.add(chat)
    else:
        chat.type, chat.title, chat.active, chat.left_at = type, title, True, None
        if language and not chat.language:
            chat.language = language
    session.flush()
    return chat


def note_chat(
    session: Session, chat_id: int, *, type: str, title: str | None, language: str, now: datetime
) -> bool:
    """Record a chat seen for the first time (True), or give a known chat without a language
    this one (False). Reads first, so the usual case, a known chat, writes nothing."""
    known = session.execute(select(Chat.language).where(Chat.id == chat_id)).first()
    if known is None:
        record_chat(session, chat_id, type=type, title=title, now=now, language=language)
        return True
    if known.language is None:
        set_language(session, chat_id, language)
    return False


def privacy_of(session: Session, chat_id: int) -> tuple[str | None, bool]:
    """How the chat shows names of people (None: not chosen yet), and its protect_content."""
    row = session.execute(
        select(Chat.names, Chat.protect_content).where(Chat.id == chat_id)
    ).first()
    return (row.names, bool(row.protect_content)) if row is not None else (None, False)


def set_privacy(
    session: Session, chat_id: int, *, names: str | None = None, protect: bool | None = None
) -> None:
    """Change how names are shown in the chat and/or its protect_content."""
    values: dict[str, object] = {}
    if names is not None:
        values["names"] = names
    if protect is not None:
        values["protect_content"] = protect
    if values:
        session.execute(update(Chat).where(Chat.id == chat_id).values(**values))


def get_chat(session: Session, chat_id: int) -> Chat | None:
    return session.get(Chat, chat_id)


def chat_language(session: Session, chat_id: int) -> str | None:
    return session.scalar(select(Chat.language).where(Chat.id == chat_id))


def set_language(session: Session, chat_id: int, language: str) -> None:
    session.execute(update(Chat).where(Chat.id == chat_id).values(language=language))


def deactivate_chat(session: Session, chat_id: int, *, now: datetime) -> bool:
    """The bot left, was removed or was blocked: stop every delivery to the chat.

    Returns True when a subscription was active before.
    """
    session.execute(update(Chat).where(Chat.id == chat_id).values(active=False, left_at=now))
    result = session.execute(
        update(Subscription)
        .where(Subscription.chat_id == chat_id, Subscription.active.is_(True))
        .values(active=False, updated_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


def chat_gone(session: Session, chat_id: int, *, now: datetime, reason: str) -> bool:
    """The bot was removed or blocked: the chat is inactive and owed nothing any more.

    Returns True when a subscription was active before.
    """
    was_subscribed = deactivate_chat(session, chat_id, now=now)
    outbox.drop_for_chat(session, chat_id, reason=reason)
    return was_subscribed


def chat_moved(session: Session, old_id: int, new_id: int, *, now: datetime) -> None:
    """A group became supergroup `new_id`: the chat, its subscription and what it is owed move."""
    migrate_chat(session, old_id, new_id, now=now)
    outbox.move_chat(session, old_id, new_id, now=now)


def migrate_chat(session: Session, old_id: int, new_id: int, *, now: datetime) -> None:
    """A group became a supergroup: move the chat, its subscription and feedback to the new id.

    Idempotent: a second call (from the sender's ChatMigrated and the service message both) is a
    no-op. When the new id already has its own subscription, that one wins.
    """
    old = session.get(Chat, old_id)
    if old is None or old_id == new_id:
        return
    new = session.get(Chat, new_id)
    if new is None:
        new = Chat(id=new_id, type="supergroup", title=old.title, language=old.language)
        new.active, new.approved, new.added_at = True, old.approved, now
        session.add(new)
    else:
        new.approved = new.approved or old.approved
        new.language = new.language or old.language
    session.flush()
    if session.scalar(select(Subscription.id).where(Subscription.chat_id == new_id)) is None:
        session.execute(
            update(Subscription)
            .where(Subscription.chat_id == old_id)
            .values(chat_id=new_id, updated_at=now)
        )
    session.execute(update(Feedback).where(Feedback.chat_id == old_id).values(chat_id=new_id))
    old.active, old.left_at, old.migrated_to = False, now, new_id
    session.execute(
        update(Subscription)
        .where(Subscription.chat_id == old_id)
        .values(active=False, updated_at=now)
    )
    session.flush()


def approve_chat(session: Session, chat_id: int, *, now: datetime) -> None:
    """An operator let this chat subscribe in invitation-only mode (the chat may be new to us)."""
    chat = session.get(Chat, chat_id)
    if chat is None:
        chat = Chat(id=chat_id, type="unknown", title=None, added_at=now)
        chat.active = False
        session.add(chat)
    chat.approved = True
    session.flush()


def is_approved(session: Session, chat_id: int) -> bool:
    return bool(session.scalar(select(Chat.approved).where(Chat.id == chat_id)))


# --- subscriptions ---------------------------------------------------------------------------


def subscribe(session: Session, chat_id: int, *, now: datetime) -> tuple[Subscription, bool]:
    """Activate the chat's subscription (defaults on first use). Returns (row, was_new_or_revived)."""
    sub = session.scalar(select(Subscription).where(Subscription.chat_id == chat_id))
    if sub is None:
        sub = Subscription(chat_id=chat_id, created_at=now, updated_at=now)
        _apply(sub, SubscriptionSettings())
        sub.timezone = None  # the chat's language decides until it picks a zone
        sub.active = True
        session.add(sub)
        session.flush()
        return sub, True
    revived = not sub.active
    sub.active, sub.updated_at = True, now
    session.flush()
    return sub, revived


def has_subscription(session: Session, chat_id: int) -> bool:
    """Whether the chat ever subscribed (its settings are kept while it is unsubscribed)."""
    return (
        session.scalar(select(Subscription.id).where(Subscription.chat_id == chat_id)) is not None
    )


def unsubscribe(session: Session, chat_id: int, *, now: datetime) -> bool:
    """Stop alerts for the chat, keeping its preferences. Returns True if it was subscribed."""
    result = session.execute(
        update(Subscription)
        .where(Subscription.chat_id == chat_id, Subscription.active.is_(True))
        .values(active=False, updated_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


def get_subscription(session: Session, chat_id: int) -> Subscription | None:
    return session.scalar(select(Subscription).where(Subscription.chat_id == chat_id))


def settings_of(session: Session, chat_id: int) -> SubscriptionSettings:
    """The chat's preferences, or the defaults when it has none yet."""
    sub = get_subscription(session, chat_id)
    language = chat_language(session, chat_id)
    if sub is None:
        return SubscriptionSettings(timezone=default_zone(language))
    return subscription_settings(sub, language)


def subscription_settings(sub: Subscription, language: str | None) -> SubscriptionSettings:
    """The stored preferences; a chat that never chose a time zone has its language's."""
    return SubscriptionSettings(
        countries=frozenset(sub.countries or ()),
        statuses=frozenset(Status(s) for s in sub.statuses or () if s in STATUS_VALUES),
        min_tier=Tier(sub.min_tier),
        mode=DeliveryMode(sub.mode),
        digest_time=sub.digest_time,
        timezone=sub.timezone or default_zone(language),
        quiet_start=sub.quiet_start,
        quiet_end=sub.quiet_end,
        message_thread_id=sub.message_thread_id,
        urgent_override=sub.urgent_override,
    )


def update_settings(
    session: Session, chat_id: int, settings: SubscriptionSettings, *, now: datetime
) -> Subscription:
    """Store new preferences; creates an inactive subscription if the chat has none yet."""
    sub = get_subscription(session, chat_id)
    if sub is None:
        sub = Subscription(chat_id=chat_id, created_at=now, active=False)
        session.add(sub)
    follows_language = sub.timezone is None
    _apply(sub, settings)
    if follows_language and settings.timezone == default_zone(chat_language(session, chat_id)):
        sub.timezone = None  # the zone still follows the chat's language
    sub.updated_at = now
    session.flush()
    return sub


def _apply(sub: Subscription, settings: SubscriptionSettings) -> None:
    sub.countries = sorted(settings.countries)
    sub.statuses = sorted(s.value for s in settings.statuses)
    sub.min_tier = settings.min_tier.value
    sub.mode = settings.mode.value
    sub.digest_time = settings.digest_time
    sub.timezone = settings.timezone
    sub.quiet_start = settings.quiet_start
    sub.quiet_end = settings.quiet_end
    sub.message_thread_id = settings.message_thread_id
    sub.urgent_override = settings.urgent_override


def active_subscriptions(session: Session) -> list[SubscriptionView]:
    """Every subscription that must get alerts, as plain values for `who_must_be_told`."""
    rows = session.execute(
        select(Subscription, Chat.language, Chat.names, Chat.protect_content, Chat.type)
        .join(Chat, Chat.id == Subscription.chat_id)
        .where(Subscription.active.is_(True), Chat.active.is_(True))
        .order_by(Subscription.chat_id)
    ).all()
    return [
        SubscriptionView(
            chat_id=sub.chat_id,
            settings=subscription_settings(sub, lang),
            language=lang,
            names=names,
            protect_content=bool(protect),
            channel=chat_type == "channel",
        )
        for sub, lang, names, protect, chat_type in rows
    ]


def active_chat_ids(session: Session) -> list[int]:
    return [view.chat_id for view in active_subscriptions(session)]
