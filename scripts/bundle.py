"""Bundle each multi-file spec under ``spec/<api>/`` into one file, ``spec/dist/<api>.yaml``.

Contract:

* A ``$ref`` to a whole file inside a ``components/<kind>/`` folder (of this API or of
  ``spec/_shared``) becomes ``#/components/<kind>/<file stem>``; that file is bundled once.
* Any other file ``$ref`` (a path item, or a ``file#/pointer``) is replaced by the content it
  points to.
* Local ``#/...`` refs are kept; every ref in the output must resolve.
* The output is deterministic: the same input gives the same bytes.
* The result is validated with openapi-spec-validator.

Failures raise :class:`BundleError` with the file and the ref at fault.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

REPO = Path(__file__).resolve().parent.parent
SPEC_DIR = REPO / "spec"
COMPONENT_KINDS = (
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "examples",
    "links",
    "callbacks",
    "securitySchemes",
)
# Top-level keys in the order they are written out.
ROOT_KEY_ORDER = ("openapi", "info", "servers", "security", "tags", "externalDocs", "paths", "components")


class BundleError(Exception):
    """A spec cannot be bundled: a missing file, an unresolved ref or a name clash."""


def api_names(spec_dir: Path = SPEC_DIR) -> list[str]:
    """The APIs to bundle: every folder of ``spec/`` holding an ``openapi.yaml``."""
    return sorted(p.parent.name for p in spec_dir.glob("*/openapi.yaml") if not p.parent.name.startswith("_"))


def _load(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except FileNotFoundError:
        raise BundleError(f"missing file: {path}") from None
    except yaml.YAMLError as exc:
        raise BundleError(f"invalid YAML in {path}: {exc}") from None


def _follow_pointer(document: Any, pointer: str, where: str) -> Any:
    node = document
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise BundleError(f"{where}: pointer #{pointer} does not resolve")
    return node


class _Bundler:
    def __init__(self, root_file: Path) -> None:
        self.root_file = root_file.resolve()
        self.root = _load(self.root_file)
        if not isinstance(self.root, dict):
            raise BundleError(f"{root_file}: not a mapping")
        # (kind, name) -> source file, to detect two files claiming one component name.
        self.hoisted: dict[tuple[str, str], Path] = {}
        self.components: dict[str, dict[str, Any]] = {}
        self._in_progress: set[Path] = set()

    def _component_target(self, target: Path) -> tuple[str, str] | None:
        """``(kind, name)`` when ``target`` is a whole-file component, else ``None``."""
        parent = target.parent
        if parent.name in COMPONENT_KINDS and parent.parent.name == "components":
            return parent.name, target.stem
        return None

    def _resolve_ref(self, ref: str, base: Path) -> Any:
        file_part, _, pointer = ref.partition("#")
        target = (base.parent / file_part).resolve()
        where = f"{base.relative_to(REPO) if base.is_relative_to(REPO) else base}: $ref {ref!r}"
        if not target.is_file():
            raise BundleError(f"{where}: no such file {target.name}")
        component = self._component_target(target) if not pointer else None
        if component is not None:
            kind, name = component
            claimed = self.hoisted.get(component)
            if claimed is not None and claimed != target:
                raise BundleError(f"{where}: component {kind}/{name} is already defined by {claimed}")
            if claimed is None:
                self.hoisted[component] = target
                self._check_root_clash(kind, name, where)
                self.components.setdefault(kind, {})[name] = self._walk(_load(target), target)
            return {"$ref": f"#/components/{kind}/{name}"}
        if target in self._in_progress:
            raise BundleError(f"{where}: circular inline reference (make the target a component)")
        self._in_progress.add(target)
        try:
            content = _follow_pointer(_load(target), pointer, where)
            return self._walk(content, target)
        finally:
            self._in_progress.discard(target)

    def _check_root_clash(self, kind: str, name: str, where: str) -> None:
        inline = (self.root.get("components") or {}).get(kind) or {}
        if name in inline:
            raise BundleError(f"{where}: component {kind}/{name} also defined inline in {self.root_file.name}")

    def _walk(self, node: Any, base: Path) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                if len(node) > 1:
                    raise BundleError(f"{base}: $ref {ref!r} has sibling keys, which OpenAPI 3.0 ignores")
                return self._resolve_ref(ref, base)
            return {key: self._walk(value, base) for key, value in node.items()}
        if isinstance(node, list):
            return [self._walk(item, base) for item in node]
        return node

    def bundle(self) -> dict[str, Any]:
        document = self._walk(self.root, self.root_file)
        if document.get("paths") is None:
            document["paths"] = {}
        inline_components = document.get("components") or {}
        merged: dict[str, dict[str, Any]] = {}
        for kind in COMPONENT_KINDS:
            entries = dict(inline_components.get(kind) or {})
            entries.update(self.components.get(kind, {}))
            if entries:
                merged[kind] = {name: entries[name] for name in sorted(entries)}
        unknown = set(inline_components) - set(COMPONENT_KINDS)
        if unknown:
            raise BundleError(f"{self.root_file}: unknown component kinds {sorted(unknown)}")
        if merged:
            document["components"] = merged
        else:
            document.pop("components", None)
        ordered = {key: document[key] for key in ROOT_KEY_ORDER if key in document}
        ordered.update({key: value for key, value in document.items() if key not in ordered})
        _check_local_refs(ordered, ordered, self.root_file.parent.name)
        return ordered


def _check_local_refs(node: Any, document: Any, api: str) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            _follow_pointer(document, ref[1:], f"{api}: $ref {ref!r}")
        for value in node.values():
            _check_local_refs(value, document, api)
    elif isinstance(node, list):
        for item in node:
            _check_local_refs(item, document, api)


# Plain scalars that a YAML 1.2 reader (Redocly, openapi-typescript, most non-Python parsers) would
# take for a number although PyYAML's YAML 1.1 rules leave them unquoted, such as "0179" or "1_000".
_YAML12_NUMBER = re.compile(
    r"^[-+]?(\.?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|0[xob][0-9a-fA-F_]+|\.(inf|Inf|INF|nan|NaN|NAN))$"
)


class _NoAliasDumper(yaml.SafeDumper):
    """Writes repeated objects out in full (anchors confuse some OpenAPI consumers) and quotes strings
    that YAML 1.2 readers would otherwise read as numbers."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _YAML12_NUMBER.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_NoAliasDumper.add_representer(str, _represent_str)


def dump(document: dict[str, Any]) -> str:
    """Serialise a bundled document deterministically."""
    return yaml.dump(document, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=100)


def bundle_api(api: str, spec_dir: Path = SPEC_DIR) -> str:
    """Bundle and validate one API; returns the YAML text of ``spec/dist/<api>.yaml``."""
    document = _Bundler(spec_dir / api / "openapi.yaml").bundle()
    text = dump(document)
    try:
        validate(yaml.safe_load(text))
    except OpenAPIValidationError as exc:
        raise BundleError(f"{api}: bundled spec is not valid OpenAPI: {exc.message}") from None
    return text


def write_bundles(apis: list[str], dist_dir: Path) -> list[Path]:
    """Bundle ``apis`` into ``dist_dir``; returns the files written."""
    dist_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for api in apis:
        target = dist_dir / f"{api}.yaml"
        target.write_text(bundle_api(api), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", help="APIs to bundle (default: all)")
    parser.add_argument("--dist", type=Path, default=SPEC_DIR / "dist", help="output folder")
    args = parser.parse_args(argv)
    apis = args.apis or api_names()
    try:
        for path in write_bundles(apis, args.dist):
            print(f"bundled {path.name}")
    except BundleError as exc:
        print(f"bundle: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
