"""Connection settings: flag > NEO4J_* environment > the managed server."""

from __future__ import annotations

from pathlib import Path

import pytest

from chain_graph.errors import ChainGraphError
from chain_graph.store.connection import resolve_settings
from chain_graph.store.server import ManagedServer

from .conftest import RunningServer, jar_cache


def _stopped(tmp_path: Path) -> ManagedServer:
    return ManagedServer(tmp_path, jar_cache())


def test_flags_beat_environment(tmp_path: Path) -> None:
    env = {
        "NEO4J_URI": "bolt://env:1",
        "NEO4J_USERNAME": "envuser",
        "NEO4J_PASSWORD": "envpw",
        "NEO4J_DATABASE": "envdb",
    }
    settings = resolve_settings(
        uri="bolt://flag:2",
        username="flaguser",
        password="flagpw",
        database="flagdb",
        env=env,
        server=_stopped(tmp_path),
    )
    assert (settings.uri, settings.username, settings.password, settings.database) == (
        "bolt://flag:2",
        "flaguser",
        "flagpw",
        "flagdb",
    )
    assert settings.origin == "flag"
    assert "flagpw" not in repr(settings)


def test_environment_used_without_flags(tmp_path: Path) -> None:
    env = {"NEO4J_URI": "bolt://env:1", "NEO4J_PASSWORD": "envpw", "NEO4J_DATABASE": "envdb"}
    settings = resolve_settings(
        uri=None, username=None, password=None, database=None, env=env, server=_stopped(tmp_path)
    )
    assert (settings.uri, settings.username, settings.password, settings.database) == (
        "bolt://env:1",
        "neo4j",
        "envpw",
        "envdb",
    )
    assert settings.origin == "environment"


def test_each_setting_falls_back_separately(tmp_path: Path) -> None:
    settings = resolve_settings(
        uri=None,
        username=None,
        password="flagpw",
        database=None,
        env={"NEO4J_URI": "bolt://env:1", "NEO4J_PASSWORD": "envpw"},
        server=_stopped(tmp_path),
    )
    assert (settings.uri, settings.password) == ("bolt://env:1", "flagpw")


def test_nothing_configured_and_no_server_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ChainGraphError, match="managed server is not running"):
        resolve_settings(
            uri=None, username=None, password=None, database=None, env={}, server=_stopped(tmp_path)
        )


def test_foreign_uri_without_password_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ChainGraphError, match="no password for bolt://elsewhere:7687"):
        resolve_settings(
            uri=None,
            username=None,
            password=None,
            database=None,
            env={"NEO4J_URI": "bolt://elsewhere:7687"},
            server=_stopped(tmp_path),
        )


def test_managed_server_is_the_default(neo4j_server: RunningServer) -> None:
    settings = resolve_settings(
        uri=None, username=None, password=None, database=None, env={}, server=neo4j_server.server
    )
    assert settings.uri == neo4j_server.info.uri
    assert settings.password == neo4j_server.password
    assert settings.origin == "managed server"
