"""Request (and optionally response) validation against the bundled specs.

One ``ApiSpec`` per API file (``crm.yaml``, ``recruit.yaml``, ...). It indexes every operation
under its real base path (the path of ``servers[0].url``), finds the operation a request is for,
and checks path, query and header parameters and the JSON body with OpenAPI 3.0 semantics
(``nullable``, ``readOnly``/``writeOnly``) through openapi-schema-validator. Failures become the
Zoho errors a real server gives:

* a required query/header parameter missing: 400 ``REQUIRED_PARAM_MISSING`` (``details.param``);
* a query or header parameter of the wrong type, out of range or not matching its pattern: 400
  ``INVALID_DATA`` (``details.param``);
* a path parameter that cannot be valid: 400 ``INVALID_DATA`` (``details.resource_path_index``);
* a required body key missing: 400 ``MANDATORY_NOT_FOUND`` (``details.api_name``);
* a body value of the wrong type: 400 ``INVALID_DATA`` (``details.api_name``,
  ``details.expected_data_type``); too many items: 400 ``LIMIT_EXCEEDED``.

A route may name a ``per_item_key`` (``data`` for record writes): problems inside one item of
that array do not fail the request; the handler reports them per record (Zoho's 201/202
results). ``validate_request`` returns them by index, and for a route with ``item_schema`` the
dispatcher hands the handler a non-object in that item's place (every per-record handler refuses
it on its own and goes on with the others) and then puts the schema error into that record's
result.

Nothing here knows a particular API: any service gets validation by having its bundled file.
The bundles ship inside this package (``zohokit_emulator/specs/<api>.yaml``, read through
``importlib.resources``; in a checkout that folder is a link to ``spec/dist``). A missing or
unreadable bundle is a :class:`SpecUnavailableError` when the emulator starts, never a silent
"no validation".
"""

from __future__ import annotations

import importlib.resources
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml
from jsonschema import FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker
from referencing import Registry
from referencing.jsonschema import DRAFT4

from .errors import ZohoError, invalid_data, invalid_module, mandatory_not_found
from .http import MISSING, parse_bool
from .paths import PathTemplate, TemplateIndex, split_path

INTEGER_FORMATS = FormatChecker(formats=())
"""The formats checked: ``int32`` and ``int64`` ranges (a 19-digit id beyond int64 is refused as Zoho's
long is). Other formats (``date-time``, ``uri``...) are left to the handlers, which answer them with
Zoho's own codes."""
INTEGER_FORMATS.checkers = {name: oas30_format_checker.checkers[name] for name in ("int32", "int64")}

log = logging.getLogger("zohokit_emulator.validation")

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

JSON_TYPE_NAMES = {
    "object": "jsonobject",
    "array": "jsonarray",
    "string": "string",
    "integer": "integer",
    "number": "double",
    "boolean": "boolean",
}


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass
class ParamSpec:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    schema_pointer: str | None
    explode: bool


@dataclass
class OperationSpec:
    api: str
    method: str
    template: PathTemplate
    pointer: str
    base_depth: int
    params: list[ParamSpec] = field(default_factory=list)
    body_required: bool = False
    json_body_pointer: str | None = None
    body_media_types: tuple[str, ...] = ()
    responses: dict[str, dict[str, str | None]] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    """The Operation Object itself (its ``security`` and ``x-`` extensions, for ``operation_policy``)."""


class ApiSpec:
    """One bundled OpenAPI document, indexed for request matching and validation."""

    def __init__(self, name: str, document: dict[str, Any]) -> None:
        self.name = name
        self.document = document
        self.uri = f"urn:emulator-spec:{name}"
        self.registry: Registry = Registry().with_resource(self.uri, DRAFT4.create_resource(document))
        servers = document.get("servers") or [{}]
        self.base_path = urlparse(str(servers[0].get("url", ""))).path.rstrip("/")
        self.operations: list[OperationSpec] = []
        self._validators: dict[tuple[str, str], Any] = {}
        self._param_verdicts: dict[tuple[str, type, Any], bool] = {}
        self._lock = threading.Lock()
        self._index()
        self._templates = TemplateIndex((op.template, op) for op in self.operations)

    # --- indexing ------------------------------------------------------------------------------

    def _resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            pointer = node["$ref"][1:]
            node = self.document
            for token in pointer.strip("/").split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                node = node[token] if isinstance(node, dict) else node[int(token)]
            seen += 1
            if seen > 32:
                raise ValueError(f"$ref loop at {pointer}")
        return node, pointer

    def _index(self) -> None:
        base_depth = len(split_path(self.base_path))
        for raw_path, item in (self.document.get("paths") or {}).items():
            item_pointer = f"/paths/{_escape(raw_path)}"
            item, item_pointer = self._resolve(item, item_pointer)
            if not isinstance(item, dict):
                continue
            template = PathTemplate.parse(self.base_path + "/" + raw_path.lstrip("/"))
            shared = self._params(item.get("parameters") or [], item_pointer + "/parameters")
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_pointer = f"{item_pointer}/{method}"
                own = self._params(op.get("parameters") or [], op_pointer + "/parameters")
                merged = {(p.location, p.name): p for p in shared}
                merged.update({(p.location, p.name): p for p in own})
                spec = OperationSpec(
                    api=self.name,
                    method=method.upper(),
                    template=template,
                    pointer=op_pointer,
                    base_depth=base_depth,
                    params=list(merged.values()),
                    raw=op,
                )
                self._index_body(spec, op, op_pointer)
                self._index_responses(spec, op, op_pointer)
                self.operations.append(spec)

    def _params(self, raw: list[Any], pointer: str) -> list[ParamSpec]:
        result = []
        for index, entry in enumerate(raw):
            param, param_pointer = self._resolve(entry, f"{pointer}/{index}")
            if not isinstance(param, dict) or "name" not in param:
                continue
            schema = param.get("schema") or {}
            schema_pointer = f"{param_pointer}/schema" if "schema" in param else None
            resolved, _ = self._resolve(schema, schema_pointer or "")
            location = param.get("in", "query")
            result.append(
                ParamSpec(
                    name=str(param["name"]),
                    location=location,
                    required=bool(param.get("required", location == "path")),
                    schema=resolved if isinstance(resolved, dict) else {},
                    schema_pointer=schema_pointer,
                    explode=bool(param.get("explode", param.get("style", "form") == "form")),
                )
            )
        return result

    def _index_body(self, spec: OperationSpec, op: dict[str, Any], op_pointer: str) -> None:
        if "requestBody" not in op:
            return
        body, body_pointer = self._resolve(op["requestBody"], f"{op_pointer}/requestBody")
        if not isinstance(body, dict):
            return
        spec.body_required = bool(body.get("required", False))
        content = body.get("content") or {}
        spec.body_media_types = tuple(content)
        for media, media_obj in content.items():
            if media.split(";")[0].strip().lower() in ("application/json", "*/*", "text/json") and isinstance(
                media_obj, dict
            ):
                if "schema" in media_obj:
                    spec.json_body_pointer = f"{body_pointer}/content/{_escape(media)}/schema"
                break

    def _index_responses(self, spec: OperationSpec, op: dict[str, Any], op_pointer: str) -> None:
        for status, response in (op.get("responses") or {}).items():
            resolved, pointer = self._resolve(response, f"{op_pointer}/responses/{_escape(str(status))}")
            media_map: dict[str, str | None] = {}
            if isinstance(resolved, dict):
                for media, media_obj in (resolved.get("content") or {}).items():
                    has_schema = isinstance(media_obj, dict) and "schema" in media_obj
                    media_map[media] = f"{pointer}/content/{_escape(media)}/schema" if has_schema else None
            spec.responses[str(status)] = media_map

    # --- lookup ----------------------------------------------------------------------------------

    def operation_for(self, method: str, template: str) -> OperationSpec | None:
        """The operation declared for ``method`` at exactly this absolute path ``template``
        (``/crm/v2/{module_api_name}``), or None."""
        for op in self.operations:
            if op.method == method.upper() and op.template.template == template:
                return op
        return None

    def find(self, method: str, path: str) -> OperationSpec | None:
        """The operation for ``method path`` (most specific template wins), or None."""
        candidates = [op for op, _ in self._templates.matches(split_path(path))]
        if not candidates:
            return None
        best = max(op.template.specificity for op in candidates)
        for op in candidates:
            if op.template.specificity == best and op.method == method.upper():
                return op
        return None

    def _validator(self, pointer: str, kind: str) -> Any:
        key = (pointer, kind)
        with self._lock:
            validator = self._validators.get(key)
            if validator is None:
                cls = OAS30WriteValidator if kind == "write" else OAS30ReadValidator
                validator = cls(
                    {"$ref": f"{self.uri}#{pointer}"}, registry=self.registry, format_checker=INTEGER_FORMATS
                )
                self._validators[key] = validator
            return validator

    # --- request validation ------------------------------------------------------------------

    def validate_request(
        self,
        op: OperationSpec,
        *,
        path: str,
        query: Any,
        headers: Any,
        json_body: Any,
        body_present: bool,
        content_type: str,
        per_item_key: str | None,
        check_query: bool = True,
        custom_error: Callable[[ValidationError], ZohoError | None] | None = None,
    ) -> dict[int, ZohoError]:
        """Raise the Zoho error for the first problem of the request as a whole. With a
        ``per_item_key``, problems inside single items of that array do not fail the request: they
        come back as ``{index: error}`` for the dispatcher to report per record."""
        segments = split_path(path)
        path_values = op.template.match(segments) or {}
        for param in op.params:
            if param.location == "path":
                value = path_values.get(param.name)
                if value is None:
                    continue
                if not self._param_ok(param, value):
                    index = op.template.params.index(param.name) - op.base_depth
                    if "module" in param.name:
                        raise invalid_module(index)
                    raise invalid_data(
                        "the id given seems to be invalid" if "id" in param.name else "invalid data",
                        resource_path_index=index,
                    )
            elif param.location in ("query", "header") and (check_query or param.location == "header"):
                source = query if param.location == "query" else headers
                if param.name not in source:
                    if param.required:
                        raise ZohoError(
                            400,
                            "REQUIRED_PARAM_MISSING",
                            "One of the expected parameter is missing",
                            {"param": param.name},
                        )
                    continue
                raw: Any = source.getlist(param.name) if param.schema.get("type") == "array" else source[param.name]
                if not self._param_ok(param, raw):
                    expected = JSON_TYPE_NAMES.get(str(param.schema.get("type", "string")), "string")
                    raise invalid_data(param=param.name, expected_data_type=expected)

        if op.json_body_pointer is None:
            return {}
        is_form = content_type.startswith(("multipart/", "application/x-www-form-urlencoded"))
        if is_form and json_body is MISSING:
            return {}
        if json_body is MISSING:
            if not op.body_required:
                return {}
            schema, _ = self._resolve({"$ref": "#" + op.json_body_pointer}, "")
            required = schema.get("required") if isinstance(schema, dict) else None
            if required:
                raise mandatory_not_found(str(required[0]))
            raise invalid_data("the request body is missing", expected_data_type="jsonobject")
        errors = list(self._validator(op.json_body_pointer, "write").iter_errors(json_body))
        relevant = [e for e in errors if not _inside_item(e, per_item_key)]
        if relevant:
            error = best_match(relevant)
            mapped = custom_error(error) if custom_error is not None else None
            raise mapped or generic_body_error(error)
        by_item: dict[int, list[ValidationError]] = {}
        for error in errors:
            by_item.setdefault(error.absolute_path[1], []).append(error)
        problems: dict[int, ZohoError] = {}
        for index, item_errors in sorted(by_item.items()):
            error = best_match(item_errors)
            mapped = custom_error(error) if custom_error is not None else None
            problems[index] = mapped or generic_body_error(error)
        return problems

    def _param_ok(self, param: ParamSpec, raw: Any) -> bool:
        value = coerce_param(param.schema, raw)
        if value is _BAD:
            return False
        if param.schema_pointer is None:
            return True
        # The same few values come back on every request (page=1, per_page=200...): remember the
        # schema's verdict on each instead of running the validator again.
        key = (param.schema_pointer, type(value), tuple(value) if isinstance(value, list) else value)
        try:
            hash(key)
        except TypeError:  # an unhashable value (not one a parameter's schema describes): no memory
            return self._valid(param.schema_pointer, value)
        verdict = self._param_verdicts.get(key)
        if verdict is None:
            verdict = self._valid(param.schema_pointer, value)
            if len(self._param_verdicts) >= PARAM_VERDICTS_KEPT:
                self._param_verdicts.clear()
            self._param_verdicts[key] = verdict
        return verdict

    def _valid(self, schema_pointer: str, value: Any) -> bool:
        validator = self._validator(schema_pointer, "write")
        return not any(True for _ in validator.iter_errors(value))

    # --- response validation -----------------------------------------------------------------

    def check_response(self, op: OperationSpec, status: int, content_type: str | None, body: Any) -> list[str]:
        """Ways the response breaks the spec (for the opt-in response check); empty if it conforms."""
        entry = op.responses.get(str(status))
        if entry is None:
            entry = op.responses.get(f"{str(status)[0]}XX") or op.responses.get("default")
        if entry is None:
            return [f"{op.method} {op.template.template}: status {status} is not documented"]
        if status in (204, 304) or body is MISSING:
            return []
        media = (content_type or "").split(";")[0].strip().lower()
        if not entry:
            return [f"{op.method} {op.template.template} {status}: a body was sent but none is documented"]
        pointer = None
        for declared, schema_pointer in entry.items():
            declared_type = declared.split(";")[0].strip().lower()
            if declared_type == media or declared_type in ("*/*", media.split("/")[0] + "/*"):
                pointer = schema_pointer
                break
        else:
            return [f"{op.method} {op.template.template} {status}: media type {media!r} not in {sorted(entry)}"]
        if pointer is None or not media.endswith("json"):
            return []
        problems = []
        for error in self._validator(pointer, "read").iter_errors(body):
            where = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{op.method} {op.template.template} {status} at /{where}: {error.message[:300]}")
        return problems


class _Bad:
    pass


_BAD: Any = _Bad()


PARAM_VERDICTS_KEPT = 4096
"""Parameter values whose verdict an ``ApiSpec`` remembers at most (then it starts afresh)."""


def coerce_param(schema: dict[str, Any], raw: Any) -> Any:
    """Turn a query/path string into the JSON value its schema describes; _BAD if it cannot be."""
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items") or {}
        values = raw if isinstance(raw, list) else [raw]
        coerced = [coerce_param(items if isinstance(items, dict) else {}, v) for v in values]
        return _BAD if any(v is _BAD for v in coerced) else coerced
    if isinstance(raw, list):
        raw = raw[-1] if raw else ""
    if kind == "integer":
        try:
            return int(str(raw).strip())
        except ValueError:
            return _BAD
    if kind == "number":
        try:
            return float(str(raw).strip())
        except ValueError:
            return _BAD
    if kind == "boolean":
        value = parse_bool(str(raw))
        return _BAD if value is None else value
    return raw


def _inside_item(error: ValidationError, per_item_key: str | None) -> bool:
    if not per_item_key:
        return False
    path = list(error.absolute_path)
    return len(path) >= 2 and path[0] == per_item_key and isinstance(path[1], int)


def _json_path(path: Iterable[Any]) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def generic_body_error(error: ValidationError) -> ZohoError:
    """Map one JSON-schema failure of a request body to the Zoho error a real server gives."""
    path = list(error.absolute_path)
    details: dict[str, Any] = {}
    names = [p for p in path if isinstance(p, str)]
    if path and isinstance(path[-1], int):
        details["index"] = path[-1]
    api_name = names[-1] if names else None
    if error.validator == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        missing = next((str(k) for k in error.validator_value if k not in instance), str(error.validator_value[0]))
        details = {"api_name": missing, "json_path": _json_path([*path, missing])}
        return ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", details)
    if api_name is not None:
        details["api_name"] = api_name
    details["json_path"] = _json_path(path)
    if error.validator == "type":
        expected = error.validator_value
        if isinstance(expected, list):
            expected = expected[0]
        details["expected_data_type"] = JSON_TYPE_NAMES.get(str(expected), str(expected))
        return ZohoError(400, "INVALID_DATA", "invalid data", details)
    if error.validator == "maxItems":
        details["limit"] = error.validator_value
        return ZohoError(400, "LIMIT_EXCEEDED", "the number of items exceeds the limit", details)
    if error.validator == "maxLength":
        details["maximum_length"] = error.validator_value
        return ZohoError(400, "INVALID_DATA", "invalid data", details)
    if error.validator == "minItems" and error.validator_value >= 1 and not error.instance:
        return ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", details)
    if error.validator == "additionalProperties":
        extra = [k for k in (error.instance or {}) if k not in (error.schema.get("properties") or {})]
        if extra:
            details["api_name"] = str(extra[0])
    return ZohoError(400, "INVALID_DATA", "invalid data", details)


# --- loading -------------------------------------------------------------------------------------

_CACHE: dict[tuple[str, float], ApiSpec] = {}
_CACHE_LOCK = threading.Lock()

SPEC_PACKAGE = "zohokit_emulator"
SPEC_FOLDER = "specs"


class SpecUnavailableError(RuntimeError):
    """A bundled spec the emulator needs is missing or cannot be parsed."""


def packaged_spec_dir() -> Path:
    """The folder of bundled specs shipped with this package (``zohokit_emulator/specs``).

    Raises :class:`SpecUnavailableError` when the package was installed without them.
    """
    folder = importlib.resources.files(SPEC_PACKAGE).joinpath(SPEC_FOLDER)
    if not folder.is_dir():
        raise SpecUnavailableError(
            f"the bundled specs are missing from the installed package ({SPEC_PACKAGE}/{SPEC_FOLDER}); "
            "reinstall zohokit[emulator], or pass --spec-dir"
        )
    # The package is installed as plain files (a wheel or a checkout), never zipped.
    return Path(str(folder))


def load_spec(name: str, spec_dir: Path | None = None) -> ApiSpec:
    """The parsed ``<name>.yaml`` from ``spec_dir`` (default: the packaged specs), cached by mtime.

    Raises :class:`SpecUnavailableError` naming the file when it is missing or unreadable.
    """
    path = (spec_dir if spec_dir is not None else packaged_spec_dir()) / f"{name}.yaml"
    try:
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        raise SpecUnavailableError(f"the {name} spec cannot be read at {path}: {exc.strerror}") from None
    key = (str(path), mtime)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
    if cached is not None:
        return cached
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=loader)
        spec = ApiSpec(name, document)
    except Exception as exc:
        raise SpecUnavailableError(f"the {name} spec at {path} cannot be parsed: {exc}") from exc
    with _CACHE_LOCK:
        _CACHE[key] = spec
    return spec
