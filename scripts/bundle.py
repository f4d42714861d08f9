"""Bundle each multi-file spec under ``spec/<api>/`` into one file, ``spec/dist/<api>.yaml``.

Redocly CLI (``redocly bundle``, pinned in ``package.json`` for lint and docs) resolves the refs;
this module runs it per API and owns only what redocly leaves open:

* A file ``$ref`` where a component may stand becomes ``#/components/<kind>/<name>`` (the file stem,
  or a ``file#/pointer``'s last segment); path items are inlined; local ``#/...`` refs are kept;
  ``x-`` extensions survive.
* Two different files claiming one component name fail (redocly would rename one to ``Name-2``).
* A missing file or an unresolved ref fails, naming the file, the line and the ref (redocly's report).
* The output is written by PyYAML from redocly's JSON, so it is deterministic (components sorted by
  kind, then by name), has no anchors, and quotes every string a YAML 1.2 reader would take for a number.
* The result is validated with openapi-spec-validator.

Failures raise :class:`BundleError`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

REPO = Path(__file__).resolve().parent.parent
SPEC_DIR = REPO / "spec"
REDOCLY = REPO / "node_modules" / ".bin" / "redocly"
# Top-level keys in the order they are written out.
ROOT_KEY_ORDER = ("openapi", "info", "servers", "security", "tags", "externalDocs", "paths", "components")
# Component kinds in the order they are written out (OpenAPI 3.0's order).
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
# redocly's notice when two files would give one component name: it renames the second one.
_RENAMED = re.compile(r"^.*Renamed \S+ to \S+\.$", re.MULTILINE)


class BundleError(Exception):
    """A spec cannot be bundled: a missing file, an unresolved ref or a name clash."""


def api_names(spec_dir: Path = SPEC_DIR) -> list[str]:
    """The APIs to bundle: every folder of ``spec/`` holding an ``openapi.yaml``."""
    return sorted(p.parent.name for p in spec_dir.glob("*/openapi.yaml") if not p.parent.name.startswith("_"))


def _report(stderr: str) -> str:
    """redocly's messages without its banners (box-drawn notices) and blank lines."""
    lines = (line.rstrip() for line in stderr.splitlines())
    return "\n".join(line for line in lines if line.strip() and not any(c in line for c in "║╔╚"))


def _redocly_bundle(api: str, spec_dir: Path) -> dict[str, Any]:
    """The document ``redocly bundle`` makes of ``spec_dir/<api>/openapi.yaml``, read from its JSON."""
    if not REDOCLY.is_file():
        raise BundleError(f"{REDOCLY.relative_to(REPO)} is missing: run `npm ci` (make does it)")
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / f"{api}.json"
        done = subprocess.run(
            [str(REDOCLY), "bundle", f"{api}/openapi.yaml", "--ext", "json", "-o", str(output)],
            cwd=spec_dir,  # so redocly names files relative to the spec folder
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        report = _report(done.stderr)
        if done.returncode != 0 or not output.is_file():
            raise BundleError(f"{api}: redocly bundle failed:\n{report}")
        renamed = _RENAMED.findall(report)
        if renamed:
            raise BundleError(f"{api}: a component name is already defined by another file:\n{report}")
        document: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return document


def _ordered(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the top-level keys in :data:`ROOT_KEY_ORDER`, the component kinds in
    :data:`COMPONENT_KINDS` and the components of each kind sorted by name."""
    components = document.get("components")
    if isinstance(components, dict):
        known = {kind: place for place, kind in enumerate(COMPONENT_KINDS)}
        kinds = sorted(components, key=lambda kind: (known.get(kind, len(known)), kind))  # x- keys last
        document["components"] = {
            kind: dict(sorted(components[kind].items())) if kind in known else components[kind] for kind in kinds
        }
    ordered = {key: document[key] for key in ROOT_KEY_ORDER if key in document}
    ordered.update({key: value for key, value in document.items() if key not in ordered})
    return ordered


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
    text = dump(_ordered(_redocly_bundle(api, spec_dir)))
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
