"""Who may use the console, and what its pages may load.

- **Loopback by default.** On 127.0.0.1 / ::1 / localhost the console needs no token; any other
  address needs one (from ``CHAIN_GRAPH_SERVE_TOKEN``, or generated and printed once at start).
  The token is given once as ``?token=…`` (it then lives in an HttpOnly, SameSite=Strict cookie)
  or as ``Authorization: Bearer …``; it is compared in constant time and never logged.
- **Host check.** On loopback, requests must name the console's own host and port in ``Host``:
  a web page elsewhere cannot reach it by rebinding a DNS name to 127.0.0.1. (On another
  address the token does that job: a rebound page has no token and no cookie of this origin.)
- **Content security policy.** Console pages load scripts, styles and frames from the console
  only; the embedded views keep their own policy (inline scripts by hash, nothing else).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from dataclasses import dataclass

__all__ = [
    "CONSOLE_CSP",
    "TOKEN_COOKIE",
    "Access",
    "is_loopback",
    "new_token",
]

TOKEN_COOKIE = "chain_graph_token"  # noqa: S105 - the cookie's name, not a secret
CONSOLE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# Extra headers on every answer: no sniffing, no referrer, nothing cached by a shared proxy.
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost: only this machine can connect."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class Access:
    """The ``Host`` values a request may use (None: any) and the token it must carry (None: no
    token needed)."""

    hosts: frozenset[str] | None
    token: str | None

    @classmethod
    def of(cls, host: str, port: int, token: str | None) -> Access:
        """Loopback: this machine's names, no token. Elsewhere: any host name, the token."""
        if not is_loopback(host):
            return cls(None, token)
        names = {"127.0.0.1", "localhost", "[::1]", f"[{host}]" if ":" in host else host}
        return cls(frozenset(f"{name}:{port}" for name in names), None)

    def host_allowed(self, host_header: str | None) -> bool:
        return self.hosts is None or (host_header or "").lower() in self.hosts

    def token_ok(self, given: str | None) -> bool:
        if self.token is None:
            return True
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())
