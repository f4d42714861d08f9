"""End-to-end tour of the kit against the embedded emulator: no credentials, nothing left running.

Starts the emulator on a free loopback port, then drives every API through the generated clients
and the zohokit overlay: the Zoho OAuth grant and a refresh, paging Leads, inserting and searching
records, a Bulk Read export (waited for and downloaded with progress, then read row by row), a
Recruit submission review, a Bigin relation update and a Connect registration and listing. Prints
a short summary and exits 0, or names the step that failed and exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / p) for p in ("generated", "overlay")]

from zohokit_bigin.api.related_records import update_bigin_related_records  # noqa: E402
from zohokit_bigin.models import (  # noqa: E402
    BiginParentModuleName,
    BiginRelatedListName,
    BiginRelatedRecordsUpdateRequest,
)
from zohokit_connect.api.recruitment import list_recruitments, register_recruitment  # noqa: E402
from zohokit_connect.models import RecruitmentOverview, RecruitmentRegistration  # noqa: E402
from zohokit_crm.api.records import get_records, insert_records, search_records  # noqa: E402
from zohokit_crm.models import RecordsResponse, RecordWriteRequest  # noqa: E402
from zohokit_crm_bulk.api.bulk_read import create_bulk_read_job  # noqa: E402
from zohokit_crm_bulk.models import BulkReadJobRequest  # noqa: E402
from zohokit_recruit.api.associated_records import get_associated_records  # noqa: E402
from zohokit_recruit.api.submissions import change_submission_status  # noqa: E402
from zohokit_recruit.models import RecruitAssociationModuleName, SubmissionStatusChangeRequest  # noqa: E402

import zohokit  # noqa: E402
from zohokit.datacenters import ZohoApi  # noqa: E402
from zohokit_emulator import EmulatorServer  # noqa: E402

REDIRECT_URI = "http://127.0.0.1/oauth/callback"
SCOPES = (
    "ZohoCRM.modules.ALL",
    "ZohoCRM.settings.ALL",
    "ZohoCRM.bulk.ALL",
    "ZohoRecruit.modules.all",
    "ZohoBigin.modules.ALL",
)
NEW_LEADS = 450


@dataclass
class Tour:
    """What every step needs: the emulator's origin, one shared Zoho auth, and a log of results."""

    origin: str
    control: httpx.Client
    auth: zohokit.ZohoOAuth | None = None
    fixtures: dict[str, Any] = field(default_factory=dict)
    results: list[tuple[str, str]] = field(default_factory=list)
    _clients: dict[str, Any] = field(default_factory=dict)

    def client(self, api: ZohoApi) -> Any:
        """The generated client of ``api`` on the emulator, built once and closed by :meth:`close`."""
        if api not in self._clients:
            base_url = self.origin + zohokit.API_BASE_PATHS[api]
            self._clients[api] = zohokit.zoho_client(api, auth=self.auth, base_url=base_url)
        return self._clients[api]

    def close(self) -> None:
        for client in self._clients.values():
            client.get_httpx_client().close()
        self._clients.clear()

    def advance_clock(self, seconds: float) -> None:
        """Move the emulator's clock on: tokens expire and jobs progress without real waiting."""
        self.control.post("/_emulator/clock", json={"advance": seconds}).raise_for_status()


def say(text: str) -> None:
    print(text, flush=True)


def oauth_grant_and_refresh(tour: Tour) -> str:
    url = zohokit.authorization_url(
        client_id=zohokit.EMULATOR_CLIENT_ID, scopes=SCOPES, redirect_uri=REDIRECT_URI, accounts_server=tour.origin
    )
    # With prompt=consent (the default) Zoho shows its consent screen; `emulator_consent=accept` is
    # the emulator's stand-in for the user pressing Accept there, which redirects with a grant code.
    consent = tour.control.get(url + "&emulator_consent=accept")
    redirect = consent.headers["Location"]
    grant = zohokit.parse_grant_redirect(redirect)
    tour.auth = zohokit.ZohoOAuth.from_grant_redirect(
        redirect, zohokit.EMULATOR_CLIENT_ID, zohokit.EMULATOR_CLIENT_SECRET, redirect_uri=REDIRECT_URI
    )
    crm = tour.client("crm")
    zohokit.unwrap(get_records.sync_detailed("Leads", client=crm, per_page=1))
    first = tour.auth.token
    assert first is not None and first.refresh_token is not None
    tour.advance_clock(3700)  # past the one-hour lifetime: the next call must refresh first
    zohokit.unwrap(get_records.sync_detailed("Leads", client=crm, per_page=1))
    second = tour.auth.token
    assert second is not None and second.access_token != first.access_token
    return f"grant code from {grant.accounts_server} exchanged; token refreshed after expiry"


def insert_and_search_leads(tour: Tour) -> str:
    crm = tour.client("crm")
    created = 0
    for start in range(0, NEW_LEADS, 100):  # Zoho takes at most 100 records per write
        batch = [
            {"Last_Name": f"Demo {n:04d}", "Company": "Zylker Demo", "Email": f"demo{n}@zylker.example"}
            for n in range(start, min(start + 100, NEW_LEADS))
        ]
        response = insert_records.sync_detailed("Leads", client=crm, body=RecordWriteRequest.from_dict({"data": batch}))
        results = zohokit.record_results(response)
        if failures := zohokit.failed(results):
            raise RuntimeError(f"insert failed: {failures[0]}")
        created += len(results)
    found = zohokit.unwrap(search_records.sync_detailed("Leads", client=crm, email="demo42@zylker.example"))
    assert found is not None and len(found.data) == 1
    return f"{created} leads inserted in batches of 100; search by email found {found.data[0]['Last_Name']}"


def page_leads(tour: Tour) -> str:
    crm = tour.client("crm")
    pages = records = 0
    for page in zohokit.iter_pages(get_records.sync_detailed, "Leads", client=crm, per_page=200):
        pages += 1
        records += len(zohokit.unwrap(page, RecordsResponse).data)
    return f"{records} leads read in {pages} pages of up to 200"


def bulk_export(tour: Tour, workdir: Path) -> str:
    bulk = tour.client("crm_bulk")
    request = BulkReadJobRequest.from_dict({"query": {"module": "Leads", "fields": ["Last_Name", "Email", "Company"]}})
    created = zohokit.unwrap(create_bulk_read_job.sync_detailed(client=bulk, body=request))
    job_id = zohokit.bulk_job_id(created)
    job = zohokit.wait_bulk_job(
        bulk,
        job_id,
        poll_interval=5,
        on_state=lambda state: say(f"    job {job_id}: {state}"),
        sleep=tour.advance_clock,  # the emulator's jobs run on its clock: move it instead of sleeping
    )
    archive = zohokit.download_bulk_result(bulk, job, workdir / f"{job_id}.zip", on_progress=_progress_bar())
    print(flush=True)
    rows = sum(1 for _ in zohokit.iter_bulk_rows(archive))
    return f"job {job_id} exported {rows} leads ({archive.stat().st_size:,} bytes zipped)"


def _progress_bar(width: int = 30) -> Callable[[int, int | None], None]:
    def show(done: int, total: int | None) -> None:
        if total:
            filled = width * done // total
            print(f"\r    downloading [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} bytes", end="")
        else:
            print(f"\r    downloading {done:,} bytes", end="")

    return show


def recruit_review(tour: Tour) -> str:
    recruit = tour.client("recruit")
    ids = tour.fixtures["recruit"]
    openings = zohokit.unwrap(
        get_associated_records.sync_detailed(
            RecruitAssociationModuleName.CANDIDATES, ids["candidate_id"], client=recruit, per_page=50
        )
    )
    review = SubmissionStatusChangeRequest.from_dict(
        {"data": [{"Submission_Status": "Approved by hiring manager", "Rating": 4, "Reviewer_Comments": "Strong fit."}]}
    )
    response = change_submission_status.sync_detailed(ids["pending_submission_id"], client=recruit, body=review)
    (result,) = zohokit.record_results(response)
    again = change_submission_status.sync_detailed(ids["pending_submission_id"], client=recruit, body=review)
    (refused,) = zohokit.record_results(again)
    count = len(openings.data) if openings is not None else 0
    return f"candidate has {count} job opening(s); review {result.code}; second review {refused.code}"


def bigin_relation(tour: Tour) -> str:
    bigin = tour.client("bigin")
    ids = tour.fixtures["bigin"]
    body = BiginRelatedRecordsUpdateRequest.from_dict(
        {"data": [{"id": product, "list_price": 120.0, "quantity": 3} for product in ids["product_ids"]]}
    )
    response = update_bigin_related_records.sync_detailed(
        BiginParentModuleName.DEALS, ids["deal_id"], BiginRelatedListName.PRODUCTS, client=bigin, body=body
    )
    results = zohokit.record_results(response)
    return f"{sum(r.ok for r in results)}/{len(results)} products related to deal {ids['deal_id']}"


async def connect_registration(tour: Tour) -> str:
    ids = tour.fixtures["connect"]
    emulator = zohokit.emulator(tour.origin)
    authorize = zohokit.connect_authorization_url(
        client_id=emulator.connect_client_id,
        redirect_uri=REDIRECT_URI,
        authorize_url=tour.origin + "/user/oauth/authorize",
    )
    redirect = tour.control.get(authorize).headers["Location"]
    code = parse_qs(urlsplit(redirect).query)["code"][0]
    async with emulator.connect_client(
        auth=emulator.connect_user_auth(code=code, redirect_uri=REDIRECT_URI)
    ) as connect:
        return await _register_and_list(connect, ids)


async def _register_and_list(connect: Any, ids: dict[str, str]) -> str:
    registration = RecruitmentRegistration.from_dict(
        {
            "product": ids["product"],
            "campaign": ids["campaign"],
            "recruitments": [{"name": {"firstName": "Ingrid", "lastName": "Demo"}, "email": "ingrid@example.no"}],
        }
    )
    zohokit.unwrap(await register_recruitment.asyncio_detailed(client=connect, body=registration))
    verified = [
        item
        async for item in zohokit.aiter_items(
            zohokit.paged(list_recruitments.asyncio_detailed, items=lambda page: page.recruitments),
            ids["campaign"],
            client=connect,
            limit=10,
        )
    ]
    listing = await list_recruitments.asyncio_detailed(ids["campaign"], client=connect)
    unverified = len(zohokit.unwrap(listing, RecruitmentOverview).unverified_recruitments or [])
    return (
        f"registration accepted; campaign {ids['campaign']} lists {len(verified)} verified and "
        f"{unverified} unverified recruitment(s)"
    )


def run(origin: str) -> int:
    with httpx.Client(base_url=origin, timeout=30) as control, tempfile.TemporaryDirectory() as scratch:
        tour = Tour(origin=origin, control=control)
        tour.fixtures = control.get("/_emulator/fixtures").raise_for_status().json()
        steps: list[tuple[str, Callable[[], str]]] = [
            ("OAuth", lambda: oauth_grant_and_refresh(tour)),
            ("CRM insert + search", lambda: insert_and_search_leads(tour)),
            ("CRM paging", lambda: page_leads(tour)),
            ("CRM bulk read", lambda: bulk_export(tour, Path(scratch))),
            ("Recruit review", lambda: recruit_review(tour)),
            ("Bigin relation", lambda: bigin_relation(tour)),
            ("Connect", lambda: asyncio.run(connect_registration(tour))),
        ]
        try:
            for name, step in steps:
                say(f"-> {name}")
                started = time.perf_counter()
                try:
                    summary = step()
                except Exception as exc:  # report which step broke, then fail the run
                    say(f"   FAILED: {type(exc).__name__}: {exc}")
                    return 1
                tour.results.append((name, f"{summary} [{time.perf_counter() - started:.2f} s]"))
                say(f"   {summary}")
        finally:
            tour.close()
    say("\nSummary")
    for name, summary in tour.results:
        say(f"  {name:<20} {summary}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="use an emulator already running at this origin instead of starting one")
    args = parser.parse_args(argv)
    if args.url:
        return run(args.url.rstrip("/"))
    with EmulatorServer() as server:
        say(f"emulator running at {server.url}")
        return run(server.url)


if __name__ == "__main__":
    sys.exit(main())
