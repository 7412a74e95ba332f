"""Bot API error replies and injectable faults, with Telegram's own status codes and wording."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# What api.telegram.org's front answers when the Bot API behind it is down: nginx's page, not JSON.
NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


class ApiError(Exception):
    """Raised inside a method handler; the server answers with Telegram's error body (or, for a
    gateway's failure, with the gateway's HTML page in `page`)."""

    def __init__(
        self,
        status: int,
        description: str,
        parameters: dict[str, Any] | None = None,
        *,
        page: bytes | None = None,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters
        self.page = page

    def body(self) -> dict[str, Any] | bytes:
        if self.page is not None:
            return self.page
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass(frozen=True)
class Fault:
    """What to do instead of (or before) answering one call: an error, a delay, or both."""

    error: ApiError | None = None
    delay: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def retry_after(cls, seconds: int) -> Fault:
        return cls(
            ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})
        )

    @classmethod
    def blocked(cls) -> Fault:
        return cls(ApiError(403, "Forbidden: bot was blocked by the user"))

    @classmethod
    def kicked(cls) -> Fault:
        return cls(ApiError(403, "Forbidden: bot was kicked from the group chat"))

    @classmethod
    def migrated(cls, new_chat_id: int) -> Fault:
        return cls(
            ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": new_chat_id},
            )
        )

    @classmethod
    def chat_not_found(cls) -> Fault:
        return cls(ApiError(400, "Bad Request: chat not found"))

    @classmethod
    def bad_request(cls, description: str) -> Fault:
        return cls(ApiError(400, f"Bad Request: {description}"))

    @classmethod
    def server_error(cls, status: int = 500) -> Fault:
        return cls(ApiError(status, "Internal Server Error"))

    @classmethod
    def bad_gateway(cls) -> Fault:
        """Telegram's front cannot reach the Bot API: 502 with nginx's HTML page."""
        return cls(ApiError(502, "Bad Gateway", page=NGINX_502))

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally, but only after `seconds` (longer than the client's timeout = TimedOut)."""
        return cls(None, seconds)


def chat_not_found() -> ApiError:
    return ApiError(400, "Bad Request: chat not found")
