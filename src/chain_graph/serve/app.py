"""The console's web app (Flask): pages over a :class:`~chain_graph.serve.console.Console`.

Every page is rendered on the server from Jinja templates with HTML escaping on; the one script
(``static/console.js``) only swaps server-rendered fragments, draws a Cypher result with the
vis-network build pyvis ships, and follows clicks in the embedded views. No route writes: the
Cypher box and the saved queries run read-only (see :mod:`chain_graph.store.queries`).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, redirect, render_template, request, url_for
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from chain_graph.analysis.inputs import Evidence, most_trusted_first
from chain_graph.cypher import SavedQuery
from chain_graph.errors import ChainGraphError
from chain_graph.formats import balance as balance_format
from chain_graph.formats import gap_report
from chain_graph.formats import rows as row_formats
from chain_graph.records import Entity, NodeRecord
from chain_graph.serve.console import Console
from chain_graph.serve.security import CONSOLE_CSP, HEADERS, TOKEN_COOKIE, Access
from chain_graph.store import queries as query_store
from chain_graph.store.connection import driver_error
from chain_graph.units import format_tonnes, format_yuan
from chain_graph.views.render import script_json, vis_network_js
from chain_graph.views.style import CLASS_STYLE, STATUS_STYLE
from chain_graph.vocabulary import (
    GapClass,
    LinkKind,
    ProjectStatus,
    Scenario,
    WarningKind,
    display_name,
    term,
)

__all__ = ["create_app"]

CYPHER_LIMIT = 500  # rows the Cypher box shows
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
_PROVENANCE = ("source", "quote", "confidence", "source_ref")


# --- helpers the templates use -------------------------------------------------------------


def _value_text(key: str, value: Any) -> str:
    """A property as a planner reads it: tonnes and yuan with their units, lists joined."""
    if value is None:
        return ""
    if key.endswith("_t_per_year") and isinstance(value, int | float):
        return f"{format_tonnes(float(value))} ({value:,.0f} t/a)"
    if key.endswith("_cny") and isinstance(value, int | float):
        return f"{format_yuan(float(value))} ({value:,.0f} 元)"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def _evidence(properties: Mapping[str, Any]) -> tuple[Evidence, ...]:
    def listed(key: str) -> list[Any]:
        value = properties.get(key)
        return value if isinstance(value, list) else [] if value is None else [value]

    refs = listed("source_ref")
    return most_trusted_first(
        Evidence.of(listed("source"), listed("quote"), listed("confidence"), refs or None)
    )


def _highlighted(text: str, quote: str) -> tuple[Markup, bool]:
    """The document's text, escaped, with every occurrence of ``quote`` marked."""
    if not quote or quote not in text:
        return Markup.escape(text), False
    parts = [Markup.escape(part) for part in text.split(quote)]
    mark = Markup('<mark class="cg-quote">') + Markup.escape(quote) + Markup("</mark>")
    return mark.join(parts), True


def _graph_data(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Nodes and relationships found anywhere in a result's values (paths included)."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def visit(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            if {"id", "labels", "properties"} <= value.keys():
                props = value["properties"]
                name = display_name(str(props.get("name", value["id"])), props.get("name_en"))
                label = value["labels"][0] if value["labels"] else ""
                nodes[value["id"]] = {"id": value["id"], "label": name, "group": label}
            elif {"type", "start", "end"} <= value.keys():
                edges[(value["type"], value["start"], value["end"])] = {
                    "from": value["start"],
                    "to": value["end"],
                    "label": value["type"],
                }
            for item in value.values():
                visit(item)

    for row in rows:
        visit(list(row.values()))
    kept = [e for e in edges.values() if e["from"] in nodes and e["to"] in nodes]
    return {"nodes": list(nodes.values()), "edges": kept}


def _class_css() -> str:
    """One CSS rule per gap class and status, from the views' palette (no inline styles)."""
    rules = []
    for name, style in [*CLASS_STYLE.items(), *STATUS_STYLE.items()]:
        border = "dashed" if style.dashed else "solid"
        rules.append(
            f".cg-b-{name} {{ background: {style.background}; border: 2px {border} {style.border}; }}"
        )
    return "\n".join(rules) + "\n"


# --- the app -------------------------------------------------------------------------------


def create_app(console: Console, access: Access) -> Flask:
    """The Flask app: every route reads through ``console``; ``access`` says who may ask."""
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=256 * 1024, TEMPLATES_AUTO_RELOAD=False)
    if console.default_scope not in {p.id for p in console.places()}:
        raise ChainGraphError(
            f"the console's scope {console.default_scope!r} is not a park or region in {console.description}",
            options=("park", "region"),
        )

    @app.context_processor
    def _helpers() -> dict[str, Any]:
        return {
            "term": term,
            "display_name": display_name,
            "tonnes": format_tonnes,
            "value_text": _value_text,
            "places": console.places(),
            "scenarios": [s.value for s in Scenario],
            "description": console.description,
            "has_cypher": console.queries is not None,
            "gap_term": lambda value: term(value, GapClass),
            "status_term": lambda value: term(value, ProjectStatus),
            "link_term": lambda value: term(value, LinkKind),
            "scenario_term": lambda value: term(value, Scenario),
            "warning_term": lambda value: term(value, WarningKind),
            "display": row_formats.display_text,
        }

    def form_values(saved: SavedQuery) -> dict[str, str]:
        """The form's value of each parameter of ``saved`` ("" when not given)."""
        return {p.name: request.args.get(p.name, "") for p in saved.params}

    def scope_and_scenario() -> tuple[str, str]:
        return (
            request.args.get("scope") or console.default_scope,
            request.args.get("scenario") or console.default_scenario,
        )

    # --- access ------------------------------------------------------------------------------

    @app.before_request
    def _check_access() -> Response | None:
        if not access.host_allowed(request.host):
            return _refusal(403, "this console answers only to its own address (Host header refused)")
        given = request.args.get("token") or request.cookies.get(TOKEN_COOKIE)
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer "):
            given = header.removeprefix("Bearer ")
        if not access.token_ok(given):
            return _refusal(401, "an access token is needed: open the link chain-graph serve printed")
        if access.token is not None and "token" in request.args:
            # Move the token from the address bar into a cookie, then drop it from the URL.
            args: dict[str, Any] = {k: v for k, v in request.args.items() if k != "token"}
            args.update(request.view_args or {})
            target = redirect(url_for(request.endpoint or "dashboard", **args))
            target.set_cookie(TOKEN_COOKIE, given or "", httponly=True, samesite="Strict")
            return target  # type: ignore[return-value]
        return None

    def _refusal(status: int, message: str) -> Response:
        return Response(message + "\n", status=status, mimetype="text/plain")

    @app.after_request
    def _headers(response: Response) -> Response:
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        response.headers.setdefault("Content-Security-Policy", CONSOLE_CSP)
        return response

    # --- failures: one clear message, no traceback ---------------------------------------

    @app.errorhandler(ChainGraphError)
    def _chain_graph_error(exc: ChainGraphError) -> tuple[str, int]:
        return render_template("error.html", title="错误 Error", message=str(exc)), 400

    @app.errorhandler(Exception)
    def _database_error(exc: Exception) -> tuple[str, int]:
        translated = driver_error(exc)
        if translated is None:
            raise exc  # a bug: Flask answers 500 and the server logs it
        title = "数据库不可用 Database unavailable"
        return render_template("error.html", title=title, message=str(translated)), 503

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> tuple[str, int]:
        code = exc.code or 500
        return render_template("error.html", title=f"{code} {exc.name}", message=exc.description or ""), code

    # --- dashboard ---------------------------------------------------------------------------

    def dashboard_context(scope: str, scenario: str) -> dict[str, Any]:
        study = console.study(scope, scenario)
        report = gap_report.to_json(study)
        rows = balance_format.to_json(study.balance.values())
        balance = [row for row in rows if row["supply"] or row["demand"]]
        return {
            "report": report,
            "chains": list(study.inputs.chains),
            "balance": balance,
            "scope": scope,
            "scenario": scenario,
            "pages": sorted(console.pages(scope, scenario)),
            "maps": {chain: f"chain-{info.slug}.html" for chain, info in study.inputs.chains.items()},
        }

    @app.get("/")
    def dashboard() -> str:
        scope, scenario = scope_and_scenario()
        part = bool(request.args.get("part"))

        def render() -> str:
            context = dashboard_context(scope, scenario)
            if part:
                return render_template("dashboard_part.html", **context)
            return render_template("dashboard.html", title="看板 Dashboard", **context)

        return console.cached(("dashboard", scope, scenario, part), render)

    @app.get("/report.md")
    def report_markdown() -> Response:
        scope, scenario = scope_and_scenario()
        text = gap_report.to_markdown(console.study(scope, scenario), console.description)
        return _download(text.encode(), f"gaps-{scope}-{scenario}.md", "text/markdown; charset=utf-8")

    @app.get("/gaps.json")
    def report_json() -> Response:
        scope, scenario = scope_and_scenario()
        text = json.dumps(gap_report.to_json(console.study(scope, scenario)), ensure_ascii=False, indent=2)
        return _download(text.encode(), f"gaps-{scope}-{scenario}.json", "application/json")

    # --- views (the pages chain-graph viz writes) -----------------------------------------

    @app.get("/views/<scope>/<scenario>/<page>")
    def view_page(scope: str, scenario: str, page: str) -> Response:
        pages = console.pages(scope, scenario)
        if page in pages:
            html = pages[page]
        elif page.startswith("focus-") and page.endswith(".html"):
            html = console.focus_page(scope, scenario, page.removeprefix("focus-").removesuffix(".html"))
        else:
            abort(404, f"no view named {page}")
        response = Response(html, mimetype="text/html")
        found = _META_CSP.search(html)
        # The page's own policy (its scripts by hash), plus: only the console may frame it.
        policy = found.group(1).replace("&#39;", "'") if found else "default-src 'none'"
        response.headers["Content-Security-Policy"] = policy + "; frame-ancestors 'self'"
        return response

    # --- entities, documents, search --------------------------------------------------------

    @app.get("/entity/<path:node_id>")
    def entity_page(node_id: str) -> tuple[str, int] | str:
        scope, scenario = scope_and_scenario()
        found = console.entity(node_id)
        if found is None:
            hits = console.find(node_id, 5)
            page = render_template("not_found.html", title="未找到 Not found", node_id=node_id, hits=hits)
            return page, 404
        return render_template(
            "entity.html",
            title=display_name(found.node.name, found.node.properties.get("name_en")),
            entity=found,
            properties=_properties(found.node),
            evidence=_evidence(found.node.properties),
            groups=_neighbour_groups(found),
            scope=scope,
            scenario=scenario,
            focusable=found.node.label != "Document",
        )

    @app.get("/document/<path:node_id>")
    def document_page(node_id: str) -> str:
        found = console.entity(node_id)
        if found is None or found.node.label != "Document":
            abort(404, f"no document with id {node_id}")
        quote = request.args.get("quote", "")
        text = str(found.node.properties.get("text") or "")
        body, marked = _highlighted(text, quote)
        return render_template(
            "document.html",
            title=found.node.name,
            document=found.node,
            body=body,
            quote=quote,
            marked=marked,
            cited=len(found.neighbours),
        )

    @app.get("/search")
    def search() -> str:
        text = request.args.get("q", "")
        return render_template("search.html", title="搜索 Search", q=text, hits=console.find(text))

    # --- saved queries and Cypher -----------------------------------------------------------

    @app.get("/queries")
    def queries() -> str:
        return render_template("queries.html", title="查询 Saved queries", saved=console.saved_queries)

    @app.get("/queries/<name>")
    def saved_query(name: str) -> str:
        saved = console.saved_query(name)
        values = form_values(saved)
        result, params, error = None, None, None
        if request.args.get("run"):
            try:
                params, result = console.run_saved(name, values)
            except ChainGraphError as exc:
                error = str(exc)
        return render_template(
            "query.html",
            title=saved.name,
            saved=saved,
            values=values,
            params=params,
            result=result,
            error=error,
            download_args={k: v for k, v in values.items() if v},
        )

    @app.get("/queries/<name>.<fmt>")
    def saved_query_download(name: str, fmt: str) -> Response:
        if fmt not in ("csv", "xlsx"):
            abort(404, f"no download as {fmt}: csv or xlsx")
        _, result = console.run_saved(name, form_values(console.saved_query(name)))
        if fmt == "csv":
            data = row_formats.to_csv(result.columns, result.rows).encode("utf-8")
            return _download(data, f"{name}.csv", "text/csv; charset=utf-8")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"{name}.xlsx"
            row_formats.write_xlsx(result.columns, result.rows, path, name)
            data = path.read_bytes()
        mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return _download(data, f"{name}.xlsx", mime)

    @app.route("/cypher", methods=["GET", "POST"])
    def cypher_box() -> str:
        text = request.form.get("cypher", "") if request.method == "POST" else ""
        result: query_store.QueryResult | None = None
        error, graph = None, None
        if text.strip():
            try:
                result = console.run_cypher(text, CYPHER_LIMIT)
            except ChainGraphError as exc:
                error = str(exc)
        if result is not None:
            found = _graph_data(result.rows)
            graph = script_json(found) if found["nodes"] else None
        return render_template(
            "cypher.html",
            title="Cypher 查询 Cypher (read-only)",
            text=text,
            result=result,
            error=error,
            graph=graph,
            limit=CYPHER_LIMIT,
        )

    # --- static files ------------------------------------------------------------------------

    @app.get("/assets/vis-network.min.js")
    def vis_network() -> Response:
        return Response(vis_network_js(), mimetype="text/javascript")

    @app.get("/assets/classes.css")
    def class_css() -> Response:
        return Response(_class_css(), mimetype="text/css")

    return app


def _download(data: bytes, filename: str, mime: str) -> Response:
    response = Response(data, mimetype=mime)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _properties(node: NodeRecord) -> list[tuple[str, str]]:
    """The properties shown in the table: provenance and long text have their own sections."""
    hidden = {*_PROVENANCE, "text"}
    return [(k, _value_text(k, v)) for k, v in sorted(node.properties.items()) if k not in hidden]


def _neighbour_groups(found: Entity) -> list[tuple[str, bool, list[Any]]]:
    """Neighbours grouped by relationship type and direction, in the entity's sorted order."""
    groups: dict[tuple[str, bool], list[Any]] = {}
    for link in found.neighbours:
        key = (link.relationship.type, link.outgoing)
        groups.setdefault(key, []).append(
            {
                "node": link.node,
                "properties": _properties(NodeRecord(link.node.id, (), link.relationship.properties)),
                "evidence": _evidence(link.relationship.properties),
            }
        )
    return [(rel_type, outgoing, items) for (rel_type, outgoing), items in groups.items()]
