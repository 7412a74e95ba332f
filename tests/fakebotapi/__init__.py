"""A small, faithful fake of the Telegram Bot API on 127.0.0.1, for tests and benchmarks.

    async with FakeBotAPI() as api:
        bot = telegram.Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url)
        user = api.user(first_name="Ada"); chat = api.private_chat(user)
        api.user_sends(chat, user, "/subscribe")           # an update for getUpdates
        api.fail_next("sendMessage", Fault.retry_after(3))  # a 429 on the next send
        ...; api.sent(chat["id"]); api.calls("sendMessage"); api.count_429

`FakeBotAPI(flood_limits=True)` answers 429 beyond Telegram's limits (strictest reading).
"""

import os

from .errors import ApiError, Fault
from .server import DEFAULT_TOKEN, Call, FakeBotAPI
from .world import ANONYMOUS_ADMIN_BOT, ANONYMOUS_ADMIN_BOT_ID

# PTB 22.2+ warns on every RetryAfter unless opted in to timedelta periods; under
# filterwarnings=error that warning would replace the RetryAfter a test expects.
os.environ.setdefault("PTB_TIMEDELTA", "1")

__all__ = [
    "ANONYMOUS_ADMIN_BOT",
    "ANONYMOUS_ADMIN_BOT_ID",
    "DEFAULT_TOKEN",
    "ApiError",
    "Call",
    "FakeBotAPI",
    "Fault",
]
