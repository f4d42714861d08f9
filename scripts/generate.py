"""Bundle every spec, then generate one typed client package per API with openapi-python-client.

``spec/<api>/`` → ``spec/dist/<api>.yaml`` → ``generated/zohokit_<api>/`` (import name ``zohokit_<api>``).
Generation runs with ``--fail-on-warning`` so an operation the generator cannot express fails the
build instead of silently disappearing, and with the custom templates in ``scripts/templates/``
(models that convert their fields on first read, with the stock conversions; each template says
what differs and why). The same spec always gives the same bytes.
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bundle import SPEC_DIR, BundleError, api_names, dump, write_bundles

REPO = Path(__file__).resolve().parent.parent
CONFIG = Path(__file__).resolve().parent / "generator-config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
"""Custom templates that replace some of openapi-python-client's own (each says what differs and why)."""
GENERATED_DIR = REPO / "generated"


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _parameters(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every parameter object of ``document``: the components' and those written inline in paths."""
    yield from document.get("components", {}).get("parameters", {}).values()
    for item in document.get("paths", {}).values():
        yield from item.get("parameters", [])
        for method in HTTP_METHODS:
            yield from item.get(method, {}).get("parameters", [])


def with_parameter_descriptions(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` whose inline parameter schemas carry their parameter's description.

    openapi-python-client documents an argument (the ``Args:`` of every endpoint function) with the
    description of the parameter's *schema* and ignores the parameter's own description, which is
    where OpenAPI puts it. Parameters given by ``$ref`` and schemas given by ``$ref`` (no sibling keys
    in OpenAPI 3.0; the schema named has its own description) or already described are left alone.
    ``document`` is not modified, and ``spec/dist`` keeps the spec as written: this is the generator's input.
    """
    result = copy.deepcopy(document)
    for parameter in _parameters(result):
        schema = parameter.get("schema")
        description = parameter.get("description")
        if "$ref" in parameter or not isinstance(schema, dict) or "$ref" in schema or not description:
            continue
        schema.setdefault("description", description)
    return result


def package_name(api: str) -> str:
    """The import name of the client generated for ``api``."""
    return f"zohokit_{api}"


def generated_header(api: str) -> str:
    """The first line of every generated Python file: where it comes from, and not to edit it."""
    return f"# generated from spec/dist/{api}.yaml by make generate \u2014 do not edit\n"


def add_generated_header(package: Path, api: str) -> None:
    """Start every Python file under ``package`` with :func:`generated_header` (the generator's
    templates cannot name the bundle, and one place covers the files of every template)."""
    header = generated_header(api)
    for path in sorted(package.rglob("*.py")):
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")


def generate_client(dist_file: Path, api: str, generated_dir: Path) -> Path:
    """Generate ``generated_dir/zohokit_<api>`` from one bundled spec; returns the package folder."""
    settings = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    settings["package_name_override"] = package_name(api)
    settings["project_name_override"] = package_name(api)
    target = generated_dir / package_name(api)
    # The generator's post hooks call ruff; make sure the one installed beside this Python is found.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    with tempfile.TemporaryDirectory() as scratch:
        config_file = Path(scratch) / "config.yaml"
        config_file.write_text(yaml.safe_dump(settings), encoding="utf-8")
        # The generator documents arguments from their schemas only: give it parameter descriptions there.
        generator_input = Path(scratch) / dist_file.name
        document = yaml.safe_load(dist_file.read_text(encoding="utf-8"))
        generator_input.write_text(dump(with_parameter_descriptions(document)), encoding="utf-8")
        staging = Path(scratch) / package_name(api)
        command = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(generator_input),
            "--config",
            str(config_file),
            "--meta",
            "none",
            "--custom-template-path",
            str(TEMPLATES),
            "--output-path",
            str(staging),
            "--fail-on-warning",
        ]
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if result.returncode != 0 or "Warning" in result.stdout or "Warning" in result.stderr:
            raise RuntimeError(f"openapi-python-client failed for {api}:\n{result.stdout}\n{result.stderr}")
        add_generated_header(staging, api)
        (staging / "py.typed").touch()
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staging, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", help="APIs to generate (default: all)")
    parser.add_argument("--dist", type=Path, default=SPEC_DIR / "dist", help="bundled spec folder")
    parser.add_argument("--out", type=Path, default=GENERATED_DIR, help="generated packages folder")
    args = parser.parse_args(argv)
    apis = args.apis or api_names()
    try:
        bundles = write_bundles(apis, args.dist)
    except BundleError as exc:
        print(f"generate: error: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for api, dist_file in zip(apis, bundles, strict=True):
        try:
            package = generate_client(dist_file, api, args.out)
        except RuntimeError as exc:
            print(f"generate: error: {exc}", file=sys.stderr)
            return 1
        print(f"generated {package.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
