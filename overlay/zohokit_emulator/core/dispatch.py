"""The request pipeline every API route goes through.

route lookup (404/405) → injected fault → authentication (401) → concurrency gate (429) →
bounded body read and parsing under the edge limits (``core/limits.py``) → spec validation (400)
→ OAuth scope (401) and API credits (429), both as the route's spec operation states them
(``core/operation_policy.py``) → time tick and handler under the state lock → response (and, if
enabled, its check against the spec), held until ``latency_ms`` after the request arrived. Any
exception becomes an HTTP response in ``errors.error_response`` and nowhere else; a client that
went away is not an error of the server.
"""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import control_guard, control_schemas, limits, operation_policy
from .backend import Backend
from .errors import (
    EdgeRefusal,
    EmulatorError,
    ZohoError,
    error_response,
    internal_error,
)
from .http import MISSING, ApiRequest, EncodedJson, Principal, Reply, UploadedFile
from .routing import Route, RouteTable

log = logging.getLogger("zohokit_emulator")

MAX_MULTIPART_FILES = 20
BODYLESS_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
"""Methods whose body (if a client sends one) is ignored, as Zoho does."""


def _path(request: Request) -> str:
    """The decoded request path exactly as received (``request.url`` would drop tabs and newlines)."""
    path: str = request.scope.get("path", "/")
    return path


def _without_items(body: Any, key: str, problems: dict[int, ZohoError]) -> Any:
    """The body with each item that broke its schema replaced by ``None``: every per-record
    handler refuses a non-object record by itself and goes on with the others."""
    items = body.get(key) if isinstance(body, dict) else None
    if not isinstance(items, list):
        return body
    return {**body, key: [None if index in problems else item for index, item in enumerate(items)]}


def _report_item_problems(reply: Reply, key: str, problems: dict[int, ZohoError]) -> None:
    """Put each schema problem into the refused record's result (in input order; Recruit nests the
    results one array deeper), in place of the handler's generic "not an object"."""
    results = reply.body.get(key) if isinstance(reply.body, dict) else None
    if isinstance(results, list) and len(results) == 1 and isinstance(results[0], list):
        results = results[0]
    if not isinstance(results, list):
        return
    for index, problem in problems.items():
        current = results[index] if index < len(results) else None
        if isinstance(current, dict) and current.get("status") == "error":
            entry = problem.entry()
            handler_details = current.get("details")
            if isinstance(handler_details, dict) and "index" in handler_details:
                entry["details"] = {**entry["details"], "index": handler_details["index"]}
            results[index] = entry


def _replaying(request: Request, body: bytes) -> Request:
    """A request over the same scope whose body is ``body`` (read already, within its limit), for
    parsers that read the stream themselves (multipart)."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return Request(request.scope, receive)


async def _sleep_until(loop: asyncio.AbstractEventLoop, when: float) -> None:
    remaining = when - loop.time()
    if remaining > 0:
        await asyncio.sleep(remaining)


class Dispatcher:
    """The ASGI endpoint behind every path."""

    def __init__(self, backend: Backend, table: RouteTable) -> None:
        self.backend = backend
        self.table = table
        self.policies = operation_policy.policies_for(table.routes, backend.specs)
        """Each route's scopes and credits, from its spec operation (``core/operation_policy.py``)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.handle(request)
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        backend = self.backend
        arrived = asyncio.get_running_loop().time()
        route: Route | None = None
        try:
            path = _path(request)
            route, path_params = self.table.resolve(request.method, path)
            if route.control:
                return await self._run(request, route, path_params, None, arrived)
            fault = backend.faults.take(request.method, path)
            if fault is not None:
                raise fault
            principal = self._authenticate(route, request)
            if principal is None:
                return await self._run(request, route, path_params, None, arrived)
            key = (principal.user_id, principal.client_id)
            backend.concurrency.enter(key, backend.settings.concurrency_limit)
            try:
                return await self._run(request, route, path_params, principal, arrived)
            finally:
                backend.concurrency.leave(key)
        except ClientDisconnect:
            # The caller hung up (for example during emulated latency): nobody reads an answer,
            # and nothing went wrong on this side.
            return Response(status_code=499)
        except Exception as exc:
            return self._error(request, route, exc)

    def _error(self, request: Request, route: Route | None, exc: Exception) -> Response:
        if not isinstance(exc, EmulatorError):
            trace = traceback.format_exc()
            self.backend.server_errors.append(f"{request.method} {_path(request)}\n{trace}")
            log.error("unexpected error for %s %s\n%s", request.method, _path(request), trace)
            if self.backend.config.debug:
                raise exc
        service = self.backend.services.get(route.service) if route is not None else None
        if service is not None and service.error_envelope is not None:
            original = exc if isinstance(exc, EmulatorError) else internal_error()
            exc = service.error_envelope(self.backend, _path(request), original)
        response = error_response(exc)
        if route is not None and isinstance(exc, EmulatorError):
            self._check_response(route, request, response.status_code, response.media_type, exc.body())
        return response

    def _authenticate(self, route: Route, request: Request) -> Principal | None:
        if route.auth is None:
            return None
        authenticator = self.backend.authenticators.get(route.auth)
        if authenticator is None:
            raise ZohoError(500, "INTERNAL_ERROR", f"no authenticator named {route.auth!r} is installed")
        return authenticator(self.backend, request.headers)

    async def _run(
        self,
        request: Request,
        route: Route,
        path_params: dict[str, str],
        principal: Principal | None,
        arrived: float,
    ) -> Response:
        """The answer to an admitted request, no sooner than ``latency_ms`` after it ``arrived``
        (the event loop's time when the pipeline took it up)."""
        backend = self.backend
        if route.control:
            control_guard.check_control_request(request.headers, backend.config)
            return await self._process(request, route, path_params, principal)
        if not backend.settings.latency_ms:
            return await self._process(request, route, path_params, principal)
        # The latency is the time from the request's arrival to its answer, and the emulator's own
        # work happens inside it rather than after it. Zoho serves many callers on many servers at
        # once; one emulator process works through a burst of requests one by one, and with the work
        # added to the latency the last of ten simultaneous calls would answer several milliseconds
        # later than the first, more on a slower machine. This way every call answers after
        # `latency_ms`, whatever else the emulator is doing (unless its work takes longer still).
        loop = asyncio.get_running_loop()
        answer_at = arrived + backend.settings.latency_ms / 1000.0
        try:
            response = await self._process(request, route, path_params, principal)
        except Exception:
            await _sleep_until(loop, answer_at)  # errors answer no sooner than successes
            raise
        await _sleep_until(loop, answer_at)
        return response

    async def _process(
        self, request: Request, route: Route, path_params: dict[str, str], principal: Principal | None
    ) -> Response:
        """Steps 5 (body) to 9 (handler) of the pipeline: the answer to an admitted request."""
        backend = self.backend
        content_type = request.headers.get("content-type", "").lower()
        body = b""
        json_body: Any = MISSING
        form: dict[str, str] = {}
        files: dict[str, UploadedFile] = {}
        if request.method not in BODYLESS_METHODS:
            body = await limits.read_limited(request.stream(), request.headers.get("content-length"), content_type)
            if route.control:
                control_guard.check_control_body(body, content_type)
            json_body, form, files = await self._parse_body(_replaying(request, body), body, content_type)
        limits.check_parameters(request.query_params)
        limits.check_parameters(form)
        if route.control:
            control_schemas.check_body(request.method, route.template.template, json_body)

        spec = backend.specs.get(route.api) if route.api else None
        item_problems: dict[int, ZohoError] = {}
        if spec is not None and route.validate and backend.config.validate_requests:
            op = spec.find(request.method, _path(request))
            if op is not None:
                item_problems = spec.validate_request(
                    op,
                    path=_path(request),
                    query=request.query_params,
                    headers=request.headers,
                    json_body=json_body,
                    body_present=bool(body),
                    content_type=content_type,
                    per_item_key=route.per_item_key,
                    check_query=route.validate_params,
                    custom_error=route.body_error,
                )
        if not route.item_schema:
            item_problems = {}
        if item_problems and route.per_item_key:
            json_body = _without_items(json_body, route.per_item_key, item_problems)

        api_request = ApiRequest(
            method=request.method,
            path=_path(request),
            route=route,
            path_params=path_params,
            query=request.query_params,
            headers=request.headers,
            body=body,
            json_body=json_body,
            form=form,
            files=files,
            origin=backend.config.public_url or str(request.base_url).rstrip("/"),
            backend=backend,
            principal=principal,
        )
        if not route.control and principal is not None:
            policy = self.policies.get(operation_policy.route_key(route), operation_policy.NO_POLICY)
            policy.scopes.check(principal.scopes, api_request)
            credits = policy.credits.cost(api_request)
            if credits:
                backend.credits.charge(credits, backend.settings.api_credits_per_day)

        with backend.lock:
            if not route.control:
                backend.tick()
            reply = route.handler(api_request)
        if item_problems and route.per_item_key:
            _report_item_problems(reply, route.per_item_key, item_problems)
        response = self._response(reply)
        if backend.config.check_responses and not route.control:
            checked: Any = MISSING
            if isinstance(reply.body, EncodedJson):
                checked = json.loads(reply.body)
            elif reply.body is not None and not isinstance(reply.body, (bytes, bytearray)):
                checked = json.loads(json.dumps(reply.body))
            elif reply.body is not None:
                checked = reply.body
            self._check_response(route, request, reply.status, reply.content_type(), checked)
        return response

    async def _parse_body(
        self, request: Request, body: bytes, content_type: str
    ) -> tuple[Any, dict[str, str], dict[str, UploadedFile]]:
        form: dict[str, str] = {}
        files: dict[str, UploadedFile] = {}
        if content_type.startswith("multipart/form-data"):
            try:
                parsed = await request.form(max_files=MAX_MULTIPART_FILES)
            except HTTPException:
                raise EdgeRefusal(400, "INVALID_DATA", "the multipart body could not be read", {}) from None
            try:
                for key, value in parsed.multi_items():
                    if isinstance(value, UploadFile):
                        data = await value.read()
                        files[key] = UploadedFile(
                            key, value.filename or "", value.content_type or "application/octet-stream", data
                        )
                    else:
                        form[key] = value
            finally:
                await parsed.close()
            return MISSING, form, files
        stripped = body.strip()
        if not stripped:
            return MISSING, form, files
        looks_json = stripped[:1] in (b"{", b"[") or "json" in content_type
        if looks_json:
            try:
                return limits.parse_json(body), form, files
            except EdgeRefusal:
                raise
            except (ValueError, UnicodeDecodeError):
                if "json" in content_type or not content_type:
                    raise EdgeRefusal(
                        400, "INVALID_DATA", "the body is not valid JSON", {"expected_data_type": "jsonobject"}
                    ) from None
        if content_type.startswith("application/x-www-form-urlencoded") or not content_type or not looks_json:
            try:
                text = body.decode("utf-8")
                form = dict(parse_qsl(text, keep_blank_values=True, max_num_fields=limits.MAX_FORM_FIELDS))
            except ValueError as error:
                declared_form = content_type.startswith("application/x-www-form-urlencoded") or not content_type
                if not isinstance(error, UnicodeDecodeError) and declared_form:  # past max_num_fields
                    raise limits.too_many("form fields", limits.MAX_FORM_FIELDS) from None
                if content_type.startswith("application/x-www-form-urlencoded"):
                    raise EdgeRefusal(
                        400, "INVALID_DATA", "the form body is not valid UTF-8", {"expected_data_type": "text"}
                    ) from None
                form = {}  # a raw (binary) body: not form fields
        return MISSING, form, files

    @staticmethod
    def _response(reply: Reply) -> Response:
        headers = dict(reply.headers)
        if reply.status in (204, 304):
            return Response(status_code=reply.status, headers=headers)
        return Response(
            content=reply.encoded(), status_code=reply.status, headers=headers, media_type=reply.content_type()
        )

    def _check_response(self, route: Route, request: Request, status: int, content_type: str | None, body: Any) -> None:
        backend = self.backend
        if not backend.config.check_responses or route.api is None:
            return
        spec = backend.specs.get(route.api)
        if spec is None:
            return
        op = spec.find(request.method, _path(request))
        if op is None:
            return
        backend.response_problems.extend(spec.check_response(op, status, content_type, body))
