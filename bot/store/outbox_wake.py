"""How an idle outbox sender learns that messages were queued, so that it never polls.

`enqueue` (bot.store.outbox) calls `queued` in the transaction that queues messages. That marks
the session, and the hooks `on_commit_that_queues` registers on a session factory run right after
such a session commits, in the committing thread: every part of one process (the poller's ingest,
a broadcast, an operator's correction, a digest) wakes that process's sender. On PostgreSQL
`queued` also NOTIFYs the channel `CHANNEL`, which PostgreSQL delivers only if the transaction
commits, and `listen_for_queued` LISTENs there: another worker's queued messages wake this one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from sqlalchemy import event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

CHANNEL = "repatwatch_outbox"
_QUEUED = "repatwatch.outbox.queued"  # session.info: this transaction queued messages
_NOTIFY = text(f"SELECT pg_notify('{CHANNEL}', '')")


def queued(session: Session) -> None:
    """This transaction queued messages: wake the senders once it commits."""
    session.info[_QUEUED] = True
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_NOTIFY)  # delivered when (and if) the transaction commits


def on_commit_that_queues(
    factory: sessionmaker[Session], wake: Callable[[], None]
) -> Callable[[], None]:
    """Call `wake` right after each commit, by a session of `factory`, that queued messages
    (in the committing thread). Returns the function that stops it."""

    def committed(session: Session) -> None:
        if session.info.pop(_QUEUED, False):
            wake()

    def rolled_back(session: Session) -> None:
        session.info.pop(_QUEUED, None)

    event.listen(factory, "after_commit", committed)
    event.listen(factory, "after_rollback", rolled_back)

    def stop() -> None:
        event.remove(factory, "after_commit", committed)
        event.remove(factory, "after_rollback", rolled_back)

    return stop


async def listen_for_queued(url: URL, wake: Callable[[], None]) -> None:
    """On PostgreSQL, call `wake` whenever any worker commits queued messages (LISTEN on the
    channel `queued` notifies), until cancelled; reconnects after a failure."""
    import psycopg  # the [postgres] extra; only a PostgreSQL database gets here

    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    pause = 1.0
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
                await conn.execute(f"LISTEN {CHANNEL}")
                wake()  # anything queued while not listening
                pause = 1.0
                async for _ in conn.notifies():
                    wake()
        except (OSError, psycopg.Error):
            log.warning("listening for queued messages failed; trying again in %.0f s", pause)
            await asyncio.sleep(pause)
            pause = min(pause * 2, 60.0)
