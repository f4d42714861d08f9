"""How far a generic fuzzer gets: schemathesis's CLI against a fresh emulator, per bundled spec.

For each API this starts a fresh emulator (``zohokit_emulator.EmulatorServer``), gets one access
token through the emulator's own OAuth endpoints, and runs::

    schemathesis run spec/dist/<api>.yaml --origin <emulator> -H "Authorization: <token>" \\
        --phases examples,coverage,fuzzing,stateful -n <N> --seed <S>

with schemathesis's default checks and nothing else: no hooks, no configuration file, no known
values. The spec alone must lead the fuzzer to valid requests (examples, patterns, enums, links).
From the run's NDJSON event log it then counts, per operation, the calls answered 2xx, and lists
the failed checks, separating the documented Zoho behaviours a schema cannot express:

- a 202 from an operation that documents one (multi-record writes report refused records one by
  one in a 202 answer), flagged by ``negative_data_rejection``;
- an HTTP 200 ``{"error": ...}`` from Zoho Accounts' token endpoints (Accounts reports OAuth
  refusals with status 200).
- a 400 refusing a schema-valid request only because it names an object the org does not have
  (``zoho_refusals.names_missing_object``: Zoho answers 400, not 404, for unknown ids), flagged by
  ``positive_data_acceptance``;
- a 204 for a read of a record just deleted, from an operation that documents its 204 (Zoho answers
  a record that is gone with 204 No Content, not 404), flagged by ``use_after_free``;
- a refusal of a schema-valid request to an operation whose spec states a documented rule of its
  own in ``x-zoho-rule`` (``zoho_refusals.documented_rule``: a search needs one of several optional
  parameters, a photo must be an image...), flagged by ``positive_data_acceptance`` and reported
  with the rule's text.

Exit status 0 when every operation of every API answered 2xx at least once and no other check
failed; 1 otherwise. ``--json`` writes the figures as JSON as well.
"""

from __future__ import annotations

import argparse
import base64
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import yaml
from emulator_tokens import zoho_access_token
from zoho_refusals import documented_rule, names_missing_object

from zohokit_emulator import EmulatorServer
from zohokit_emulator.config import (
    DEFAULT_CONNECT_CLIENT_ID,
    DEFAULT_CONNECT_CLIENT_SECRET,
)

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "spec" / "dist"
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
APIS = ("accounts", "crm", "crm_bulk", "recruit", "bigin", "connect")
PHASES = "examples,coverage,fuzzing,stateful"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
CONNECT_REDIRECT_URI = "http://localhost:8765/connect/callback"
"""A redirect URI the emulator's default ConnectID client accepts (loopback)."""


@dataclass
class Reach:
    """What one API's run reached."""

    api: str
    operations: list[str]
    """``METHOD /path`` of every operation in the spec."""
    statuses: dict[str, Counter[int]] = field(default_factory=dict)
    failures: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    """(operation, check, status) of failed checks not explained by documented behaviour."""
    documented: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    """(operation, check, status) of failed checks that are documented Zoho behaviour."""
    rules: dict[str, str] = field(default_factory=dict)
    """The ``x-zoho-rule`` of each operation that states one."""
    ruled: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    """(operation, check, status) of failed checks explained by the operation's ``x-zoho-rule``."""
    exit_code: int | None = None
    samples: dict[str, list[str]] = field(default_factory=dict)
    """A few refused calls per operation (request and answer), for ``--verbose``."""

    @property
    def reached(self) -> list[str]:
        return [op for op in self.operations if any(200 <= s < 300 for s in self.statuses.get(op, Counter()))]

    @property
    def missed(self) -> list[str]:
        reached = set(self.reached)
        return [op for op in self.operations if op not in reached]

    def as_dict(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "operations": len(self.operations),
            "reached_2xx": len(self.reached),
            "missed": self.missed,
            "statuses": {op: dict(sorted(c.items())) for op, c in self.statuses.items()},
            "failures": [
                {"operation": o, "check": c, "status": s, "count": n} for (o, c, s), n in self.failures.items()
            ],
            "documented": [
                {"operation": o, "check": c, "status": s, "count": n} for (o, c, s), n in self.documented.items()
            ],
            "documented_by_rule": [
                {"operation": o, "check": c, "status": s, "count": n, "rule": self.rules[o]}
                for (o, c, s), n in self.ruled.items()
            ],
            "schemathesis_exit_code": self.exit_code,
        }


# --- tokens ------------------------------------------------------------------------------------------


def connect_user_token(origin: str) -> str:
    """A ConnectID access token of the default user (authorization-code grant): it is what every
    Connect operation accepts, those for client-credentials tokens included."""
    authorize = httpx.get(
        origin + "/user/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": DEFAULT_CONNECT_CLIENT_ID,
            "redirect_uri": CONNECT_REDIRECT_URI,
            "state": "reach",
        },
    )
    code = parse_qs(urlsplit(authorize.headers["location"]).query)["code"][0]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": CONNECT_REDIRECT_URI,
        "client_id": DEFAULT_CONNECT_CLIENT_ID,
        "client_secret": DEFAULT_CONNECT_CLIENT_SECRET,
    }
    body = httpx.post(origin + "/user/oauth/token", data=form).json()
    token: str = body["access_token"]
    return token


def authorization(api: str, origin: str) -> str | None:
    """The ``Authorization`` header value one API's run sends (None: Accounts needs none)."""
    if api == "accounts":
        return None
    if api == "connect":
        return "Bearer " + connect_user_token(origin)
    # The specs' security scheme is standard OAuth2, so a generic tool sends `Bearer`; Zoho (and the
    # emulator) take it as well as Zoho's own `Zoho-oauthtoken` prefix.
    return "Bearer " + zoho_access_token(origin)


# --- the run -----------------------------------------------------------------------------------------


@dataclass
class SpecFacts:
    """What the bundled spec says of its operations, for telling documented behaviour from failures."""

    labels: list[str]
    """``METHOD /path`` of every operation."""
    with_202: set[str] = field(default_factory=set)
    """Operations documenting a 202 (per-record refusals of a multi-record write)."""
    with_204: set[str] = field(default_factory=set)
    """Operations documenting a 204 (nothing to show, e.g. a record that is gone)."""
    errors_as_200: set[str] = field(default_factory=set)
    """Operations answering refusals with HTTP 200 and an ``error`` field (Zoho Accounts')."""
    rules: dict[str, str] = field(default_factory=dict)
    """The ``x-zoho-rule`` of the operations stating one."""


def spec_operations(api: str) -> SpecFacts:
    """The facts of ``spec/dist/<api>.yaml`` that :func:`measure` classifies failed checks by."""
    document = yaml.safe_load((DIST / f"{api}.yaml").read_text(encoding="utf-8"))
    facts = SpecFacts([])
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            label = f"{method.upper()} {path}"
            facts.labels.append(label)
            responses = operation.get("responses", {})
            if "202" in responses:
                facts.with_202.add(label)
            if "204" in responses:
                facts.with_204.add(label)
            rule = documented_rule(operation)
            if rule is not None:
                facts.rules[label] = rule
    if api == "accounts":
        facts.errors_as_200 = set(facts.labels)
    return facts


def run_schemathesis(api: str, origin: str, examples: int, seed: int, report_dir: Path) -> int:
    command = [
        str(SCHEMATHESIS),
        "run",
        str(DIST / f"{api}.yaml"),
        "--origin",
        origin,
        "--phases",
        PHASES,
        "--max-examples",
        str(examples),
        "--seed",
        str(seed),
        "--report",
        "ndjson",
        "--report-dir",
        str(report_dir),
        "--no-color",
    ]
    header = authorization(api, origin)
    if header is not None:
        command[3:3] = ["-H", f"Authorization: {header}"]
    # Run in the report's own directory: schemathesis keeps the failing examples of a run in
    # `.hypothesis/` under its working directory and replays them in the next one, and each
    # measurement starts from nothing, as a first run against a fresh emulator does.
    completed = subprocess.run(
        command, cwd=report_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return completed.returncode


def scenarios(report_dir: Path) -> Iterator[dict[str, Any]]:
    for log in sorted(report_dir.glob("*.ndjson")):
        with log.open(encoding="utf-8") as lines:
            for line in lines:
                event = json.loads(line)
                if "ScenarioFinished" in event:
                    yield event["ScenarioFinished"]


def _body(message: dict[str, Any]) -> Any:
    content = message.get("content") or message.get("body") or {}
    raw = base64.b64decode(content["$base64"]) if "$base64" in content else str(content.get("string", "")).encode()
    try:
        return json.loads(raw)
    except ValueError:
        return None


def measure(api: str, examples: int, seed: int) -> Reach:
    facts = spec_operations(api)
    reach = Reach(api, facts.labels, rules=facts.rules)
    with EmulatorServer() as server, tempfile.TemporaryDirectory(prefix=f"reach-{api}-") as tmp:
        reach.exit_code = run_schemathesis(api, server.url, examples, seed, Path(tmp))
        for scenario in scenarios(Path(tmp)):
            recorder = scenario["recorder"]
            for case_id, case in recorder.get("cases", {}).items():
                value = case["value"]
                label = f"{value['method'].upper()} {value['path']}"
                interaction = recorder.get("interactions", {}).get(case_id)
                if interaction is None:
                    continue
                response = interaction["response"]
                status = int(response["status_code"])
                reach.statuses.setdefault(label, Counter())[status] += 1
                if not 200 <= status < 300 and len(reach.samples.setdefault(label, [])) < 3:
                    reach.samples[label].append(_sample(interaction["request"], response))
                for check in recorder.get("checks", {}).get(case_id, []):
                    if check["status"] != "failure":
                        continue
                    key = (label, str(check["name"]), status)
                    if _documented(check["name"], label, status, _body(response), facts):
                        reach.documented[key] += 1
                    elif _explained_by_rule(check["name"], label, facts.rules):
                        reach.ruled[key] += 1
                    else:
                        reach.failures[key] += 1
                        reach.samples.setdefault(
                            f"{label} {check['name']}", [_sample(interaction["request"], response)]
                        )
    return reach


def _sample(request: dict[str, Any], response: dict[str, Any]) -> str:
    sent = _body(request) if request.get("body") else None
    return (
        f"{request['method']} {request['uri']} {json.dumps(sent)[:300]} -> {response['status_code']} "
        + json.dumps(_body(response))[:300]
    )


def _documented(check: str, label: str, status: int, body: Any, facts: SpecFacts) -> bool:
    """Whether a failed check is a documented Zoho behaviour (see the module docstring)."""
    if check == "positive_data_acceptance":
        return names_missing_object(status, body)
    if check == "use_after_free":
        return status == 204 and label in facts.with_204
    if check != "negative_data_rejection":
        return False
    if status == 202 and label in facts.with_202:
        return True
    return status == 200 and label in facts.errors_as_200 and isinstance(body, dict) and "error" in body


def _explained_by_rule(check: str, label: str, rules: dict[str, str]) -> bool:
    """Whether a failed check is a refusal of a schema-valid request by the operation's own documented
    rule (its ``x-zoho-rule``)."""
    return check == "positive_data_acceptance" and label in rules


# --- the report --------------------------------------------------------------------------------------


def report(results: list[Reach], verbose: bool = False) -> str:
    lines = []
    for reach in results:
        lines.append(f"{reach.api}: {len(reach.reached)} of {len(reach.operations)} operations answered 2xx")
        for label in reach.missed:
            seen = ", ".join(f"{s}x{n}" for s, n in sorted(reach.statuses.get(label, Counter()).items())) or "no call"
            lines.append(f"  never 2xx: {label} ({seen})")
            if verbose:
                lines.extend(f"    {sample}" for sample in reach.samples.get(label, []))
        for (label, check, status), count in sorted(reach.failures.items()):
            lines.append(f"  failure: {label}: {check} on {status} (x{count})")
            if verbose:
                lines.extend(f"    {sample}" for sample in reach.samples.get(f"{label} {check}", []))
        documented = [(key, count, "") for key, count in reach.documented.items()]
        documented += [(key, count, f" — {reach.rules[key[0]]}") for key, count in reach.ruled.items()]
        for (label, check, status), count, rule in sorted(documented):
            lines.append(f"  documented: {label}: {check} on {status} (x{count}){rule}")
    total = sum(len(r.operations) for r in results)
    reached = sum(len(r.reached) for r in results)
    lines.append(f"total: {reached} of {total} operations answered 2xx")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("apis", nargs="*", default=list(APIS), metavar="API", help=f"any of {', '.join(APIS)}")
    parser.add_argument("--max-examples", "-n", type=int, default=15, help="fuzzing examples per operation")
    parser.add_argument("--seed", type=int, default=20240229, help="schemathesis's seed")
    parser.add_argument("--verbose", "-v", action="store_true", help="show refused calls of unreached operations")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    for api in args.apis:
        if api not in APIS:
            parser.error(f"unknown API {api!r}: expected one of {', '.join(APIS)}")
    results = [measure(api, args.max_examples, args.seed) for api in args.apis]
    print(report(results, verbose=args.verbose))
    if args.json is not None:
        args.json.write_text(json.dumps([r.as_dict() for r in results], indent=2) + "\n", encoding="utf-8")
    return 0 if all(not r.missed and not r.failures for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
