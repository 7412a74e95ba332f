"""Which network addresses a feed fetch may reach: public ones, and private ones only when allowed.

A feed URL, or a redirect, that leads to a loopback, link-local, private or otherwise non-public
address could point the poller at internal services, so such addresses are refused unless the
operator allows them: for every feed (`REPATWATCH_ALLOW_PRIVATE_FEEDS=true`) or for the hosts of the
feeds marked `allow_private: true` in feeds.yaml. The check is made on the addresses a host name
resolves to (`GuardedResolver`, the resolver the HTTP connector connects through, so the address
checked is the address used) and on IP literals in a URL (which the connector never resolves), at
every redirect hop.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiohttp import DefaultResolver
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.domain import FeedSpec, PrivateAddressError

HOW_TO_ALLOW = (
    "mark the feed 'allow_private: true' in feeds.yaml, or set REPATWATCH_ALLOW_PRIVATE_FEEDS=true"
)


@dataclass(frozen=True, slots=True)
class PrivateAccess:
    """Who may reach non-public addresses: everyone (`allow_all`) or these host names."""

    allow_all: bool = False
    hosts: frozenset[str] = frozenset()

    def allows(self, host: str) -> bool:
        return self.allow_all or host.lower().rstrip(".") in self.hosts


def private_feed_hosts(specs: Iterable[FeedSpec]) -> frozenset[str]:
    """The host names of the feeds marked `allow_private: true`."""
    return frozenset(_host_of(spec.url) for spec in specs if spec.allow_private) - {""}


def _host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def is_public(address: str) -> bool:
    """Whether `address` (an IP address) is globally routable: not loopback, private, etc."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def ip_literal(host: str) -> str | None:
    """`host` when it is an IP address written out (as in http://10.0.0.1/), else None."""
    candidate = host.strip("[]")
    try:
        ipaddress.ip_address(candidate.split("%", 1)[0])
    except ValueError:
        return None
    return candidate


def refusal(host: str, address: str) -> PrivateAddressError:
    where = host if host == address else f"{host} ({address})"
    return PrivateAddressError(
        f"refused: {where} is a private, loopback or link-local address; "
        f"to poll a feed on your own network, {HOW_TO_ALLOW}"
    )


def check_literal(host: str, access: PrivateAccess) -> None:
    """Raise PrivateAddressError when `host` is a non-public IP literal that is not allowed."""
    literal = ip_literal(host)
    if literal is not None and not is_public(literal) and not access.allows(host):
        raise refusal(host, literal)


class RefusedAddress(OSError):
    """Raised inside the connector's name resolution; the fetcher maps it back to its error."""

    def __init__(self, error: PrivateAddressError) -> None:
        super().__init__(str(error))
        self.error = error


class GuardedResolver(AbstractResolver):
    """The default resolver, keeping only the addresses the access policy allows for a host."""

    def __init__(self, access: PrivateAccess) -> None:
        self.access = access
        self._inner = DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if self.access.allows(host):
            return results
        kept = [result for result in results if is_public(result["host"])]
        if not kept and results:
            raise RefusedAddress(refusal(host, results[0]["host"]))
        return kept

    async def close(self) -> None:
        await self._inner.close()
