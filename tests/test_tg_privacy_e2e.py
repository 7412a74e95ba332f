"""What chats see about people, through the real bot and its sender against the fake Bot API:
in a chat that hides names no message of any kind carries a detainee's name, no chat ever sees an
operator's id, and a chat that asked for protected content gets every message protected."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert
from test_tg_e2e import OPERATOR_ID, Harness, running

from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.store import cases as case_store
from bot.store import chats as chat_store
from bot.store import outbox
from bot.store.reports import Report
from bot.tg.alerts import alert_view, owed_messages

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
NAME_PARTS = ("Pak Chol-min", "Pak", "Chol-min")
TITLE = "Pak Chol-min held with two others in Dandong"


def file_named_report(bot: Harness) -> int:
    """A report naming a person, linked into a case and alerted to every subscription."""
    facts = Facts(
        country="CN",
        place="Dandong",
        people=3,
        names=("Pak Chol-min",),
        status=Status.DETAINED,
        evidence="Pak Chol-min was taken to a police station in Dandong.",
    )
    verdict = Verdict(tier=Tier.ALERT, score=0.9, facts=facts)

    def work(session: Any) -> int:
        report_id = session.execute(
            insert(Report)
            .values(
                key="named",
                fingerprint="named",
                title=TITLE,
                summary=facts.evidence,
                link="https://news.example/named",
                first_seen_at=NOW,
                tier="alert",
            )
            .returning(Report.id)
        ).scalar_one()
        doc = Document(str(report_id), TITLE, facts.evidence or "", "en", None, NOW.date(), "Wire")
        update = case_store.attach_report(
            session, report_id=report_id, doc=doc, verdict=verdict, now=NOW
        )
        assert update is not None
        view = alert_view(
            report_id=report_id,
            title=TITLE,
            verdict=verdict,
            case_id=case_store.parse_case_id(update.case_id),
            case=update.record,
            link="https://news.example/named",
            source="Wire",
        )
        subs = chat_store.active_subscriptions(session)
        outbox.enqueue(
            session, owed_messages(view, subs, set(), status_changed=False, now=NOW), now=NOW
        )
        return case_store.parse_case_id(update.case_id)

    return int(bot.db(work))


def everything_sent(bot: Harness, chat_id: int) -> str:
    sent = bot.api.sent(chat_id)
    texts = [str(m.get("text", m.get("caption", ""))) for m in sent]
    buttons = [
        b["text"] for m in sent for row in m.get("reply_markup", {}).get("inline_keyboard", [])
        for b in row
    ]  # fmt: skip
    return "\n".join(texts + buttons)


async def test_a_large_group_hides_names_in_every_message_and_no_one_sees_an_operator_id(
    sqlite_url: str,
) -> None:
    async with running(sqlite_url) as bot:
        admin, member = bot.api.user(language_code="en"), bot.api.user()
        group = bot.api.group("Open network", supergroup=True)
        bot.api.set_admins(group["id"], {admin["id"]: "creator"})
        bot.api.set_member_count(group["id"], 180)
        bot.api.bot_added(group, admin)
        await bot.settle(
            lambda: bot.db(lambda s: chat_store.privacy_of(s, group["id"]))[0] == "hidden"
        )
        subscribed = await bot.reply_to(group, admin, "/subscribe")
        assert "Names of people: hidden" in subscribed
        reader = bot.api.user(language_code="en")
        private = bot.api.private_chat(reader)
        await bot.reply_to(private, reader, "/subscribe")

        case_id = file_named_report(bot)
        await bot.deliver()
        operator = bot.api.user(OPERATOR_ID)
        ops = bot.api.private_chat(operator)
        await bot.reply_to(ops, operator, f"/setstatus {case_id} released")
        for command in (f"/case {case_id}", "/cases", "/search Dandong", "/search held with two"):
            await bot.reply_to(group, member, command)
        await bot.reply_to(group, member, f"/start case_{case_id}")
        before = len(bot.api.sent(group["id"]))
        bot.api.press_button(bot.api.sent_raw(group["id"])[0], f"case:{case_id}", member)
        await bot.settle(lambda: len(bot.api.sent(group["id"])) > before)
        await bot.deliver()

        seen = everything_sent(bot, group["id"])
        assert "Dandong" in seen and "[name withheld]" in seen
        assert not any(part in seen for part in NAME_PARTS), seen
        assert str(OPERATOR_ID) not in seen and "telegram:" not in seen
        in_private = everything_sent(bot, private["id"])
        assert "Pak Chol-min" in in_private  # names are shown where the chat did not hide them
        await bot.reply_to(private, reader, f"/case {case_id}")
        assert str(OPERATOR_ID) not in everything_sent(bot, private["id"])


async def test_a_channel_starts_with_names_hidden(sqlite_url: str) -> None:
    async with running(sqlite_url) as bot:
        owner = bot.api.user()
        channel = bot.api.channel("Alerts")
        bot.api.bot_added(channel, owner)
        await bot.settle(
            lambda: bot.db(lambda s: chat_store.privacy_of(s, channel["id"]))[0] == "hidden"
        )


async def test_a_chat_that_protects_its_content_gets_alerts_and_answers_protected(
    sqlite_url: str,
) -> None:
    async with running(sqlite_url) as bot:
        user = bot.api.user(language_code="en")
        chat = bot.api.private_chat(user)
        await bot.reply_to(chat, user, "/subscribe")
        await bot.reply_to(chat, user, "/settings")
        screen = bot.api.sent_raw(chat["id"])[-1]
        assert "Forwarding and saving: allowed" in screen["text"]
        bot.api.press_button(screen, "set:p:on", user)
        await bot.settle(lambda: bot.db(lambda s: chat_store.privacy_of(s, chat["id"]))[1])
        case_id = file_named_report(bot)
        await bot.deliver()
        await bot.reply_to(chat, user, f"/case {case_id}")
        sends = [
            c.params for c in bot.api.calls("sendMessage") if c.params["chat_id"] == chat["id"]
        ]
        alert, case = sends[-2], sends[-1]
        assert TITLE in alert["text"] and alert.get("protect_content") is True
        assert f"Case C{case_id}" in case["text"] and case.get("protect_content") is True
