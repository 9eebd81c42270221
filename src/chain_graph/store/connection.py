"""Connection settings (flag > environment > managed server) and a checked driver."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from chain_graph.errors import ChainGraphError
from chain_graph.store.server import USERNAME, ManagedServer

__all__ = ["ENV_NAMES", "ConnectionSettings", "open_driver", "resolve_settings", "translate_errors"]

ENV_NAMES = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@dataclass(frozen=True)
class ConnectionSettings:
    uri: str
    username: str
    password: str = field(repr=False)  # never printed
    database: str | None
    origin: str  # where the URI came from: "flag", "environment" or "managed server"


def resolve_settings(
    *,
    uri: str | None,
    username: str | None,
    password: str | None,
    database: str | None,
    env: Mapping[str, str],
    server: ManagedServer,
) -> ConnectionSettings:
    """Each setting from its flag, else its ``NEO4J_*`` variable, else the managed server."""
    chosen_uri, origin = (uri, "flag") if uri else (env.get("NEO4J_URI") or None, "environment")
    user = username or env.get("NEO4J_USERNAME") or USERNAME
    secret = password or env.get("NEO4J_PASSWORD") or None
    db = database or env.get("NEO4J_DATABASE") or None
    if chosen_uri is None:
        info = server.info()
        if info is None:
            raise ChainGraphError(
                "no Neo4j to connect to: the managed server is not running and NEO4J_URI is not set; "
                "start it with 'chain-graph neo4j start' (or set NEO4J_URI)",
                options=("uri",),
            )
        return ConnectionSettings(info.uri, user, secret or server.password(), db, "managed server")
    if secret is None:
        info = server.info()
        if info is None or info.uri != chosen_uri:
            raise ChainGraphError(f"no password for {chosen_uri}: set NEO4J_PASSWORD", options=("password",))
        secret = server.password()
    return ConnectionSettings(chosen_uri, user, secret, db, origin)


def open_driver(settings: ConnectionSettings) -> Driver:
    """A driver whose connection and credentials have been checked."""
    try:
        driver = GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))
    except (ConfigurationError, ValueError) as exc:
        raise ChainGraphError(f"invalid Neo4j URI '{settings.uri}': {exc}") from None
    try:
        with translate_errors(settings.uri):
            driver.verify_connectivity()
    except BaseException:
        driver.close()
        raise
    return driver


@contextlib.contextmanager
def translate_errors(uri: str = "the Neo4j server") -> Iterator[None]:
    """Turn the driver's exceptions into one clear line for the user."""
    try:
        yield
    except AuthError:
        raise ChainGraphError(
            f"Neo4j at {uri} refused the user name or password: check NEO4J_USERNAME / NEO4J_PASSWORD",
            options=("user", "password"),
        ) from None
    except (ServiceUnavailable, SessionExpired) as exc:
        raise ChainGraphError(
            f"cannot reach Neo4j at {uri} ({' '.join(str(exc).split())}): is it running? "
            "Start the managed one with 'chain-graph neo4j start', or check NEO4J_URI"
        ) from None
    except ClientError as exc:
        if exc.code and exc.code.endswith("DatabaseNotFound"):
            raise ChainGraphError(f"{exc.message} (check NEO4J_DATABASE)", options=("database",)) from None
        raise ChainGraphError(f"Neo4j refused the statement: {_short(exc.message)} [{exc.code}]") from None
    except TransientError as exc:
        # A deadlock message dumps lock internals over many lines: one short line is enough.
        what = (
            "a deadlock with another transaction" if "Deadlock" in (exc.code or "") else _short(exc.message)
        )
        raise ChainGraphError(
            f"Neo4j could not complete the work ({what}), even after retrying: run the command again"
        ) from None
    except Neo4jError as exc:
        raise ChainGraphError(f"Neo4j error: {_short(exc.message)} [{exc.code}]") from None
    except DriverError as exc:
        raise ChainGraphError(f"Neo4j driver error: {exc}") from None


def driver_error(exc: BaseException, uri: str = "the Neo4j server") -> ChainGraphError | None:
    """The clear line for an exception of the driver (as :func:`translate_errors` gives it), or
    None for any other exception."""
    if not isinstance(exc, Neo4jError | DriverError):
        return None
    try:
        with translate_errors(uri):
            raise exc
    except ChainGraphError as translated:
        return translated
    return None  # pragma: no cover - translate_errors always raises for driver errors


def _short(message: str | None, limit: int = 300) -> str:
    """The first line of a server message, at most ``limit`` characters."""
    lines = (message or "").strip().splitlines()
    first = lines[0] if lines else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"
