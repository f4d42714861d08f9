"""Bulk-read jobs: ADDED, then IN PROGRESS, then COMPLETED (or FAILED) on the emulator clock.

A job takes ``settings.bulk_read_queue_seconds`` to start and ``bulk_read_run_seconds`` more to
finish. When it completes it snapshots the matching records of the CRM store into a CSV (zipped
for download) and, if a callback was given, POSTs the job details to it. The file can be
downloaded for one day after completion; downloads are limited per minute. A job whose export
cannot be written becomes ``FAILED`` with a ``failure_reason`` (and its callback says so); it
never stops the other jobs or the requests that move time on.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import math
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ...core.backend import IdFactory
from ...core.clock import format_time
from ...core.errors import ZohoError
from ...core.rate_window import RateWindow
from ..accounts import directory
from ..records.comparators import COMPARATORS, compare
from ..records.fields import Link, parse_datetime
from ..records.metadata import FieldDef, ModuleDef

if TYPE_CHECKING:
    from ...core.backend import Backend
    from ..crm.models import CrmStore, Record

log = logging.getLogger("zohokit_emulator")

PAGE_SIZE = 200_000
MAX_PAGE = 500
MAX_FIELDS = 200
MAX_CRITERIA = 25
MAX_IN_VALUES = 20
DOWNLOAD_DAYS = 1
UNSUPPORTED_MODULES = {"Notes"}
USER_COLUMNS = ("Id", "First_Name", "Last_Name", "Full_Name", "Email", "Status", "Role", "Profile", "Confirm")
USER_COLUMNS_OF_RECORD: dict[str, Callable[[Record], str]] = {
    "Owner": lambda rec: rec.owner,
    "Created_By": lambda rec: rec.created_by,
    "Modified_By": lambda rec: rec.modified_by,
}
TIME_COLUMNS: dict[str, Callable[[Record], float]] = {
    "Created_Time": lambda rec: rec.created,
    "Modified_Time": lambda rec: rec.modified,
    "Last_Activity_Time": lambda rec: rec.last_activity or rec.modified,
}
TEXT_ONLY = {"contains", "not_contains", "starts_with", "ends_with"}
ORDERED = {"less_than", "less_equal", "greater_than", "greater_equal", "between", "not_between"}


SAMPLE_JOB_ID = "1000000031045"
"""The job id of the documentation's samples (``GET /read/1000000031045``)."""


def bulk_error(code: str, message: str, **details: Any) -> ZohoError:
    return ZohoError(400, code, message, details)


def module_not_supported(module_name: str) -> ZohoError:
    """The refusal of a module the org has but Bulk Read cannot export (``UNSUPPORTED_MODULES``),
    which Zoho names apart from an unknown module."""
    return bulk_error(
        "MODULE_NOT_SUPPORTED", "the module is not supported for bulk read", api_name="module", module=module_name
    )


@dataclass
class Job:
    id: str
    module: str
    query: dict[str, Any]
    columns: list[str]
    criteria: Any
    cvid: str | None
    page: int
    callback_url: str | None
    file_type: str
    created_by: str
    created: float
    state: str = "ADDED"
    completed: float | None = None
    count: int = 0
    more_records: bool = False
    archive: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)


class BulkStore:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.downloads = RateWindow(backend.clock)
        self.reset()

    def reset(self) -> None:
        self.ids = IdFactory(directory.ORG_ID, start=900_000_000)
        self.jobs: dict[str, Job] = {}
        self.downloads.reset()
        self._seed_sample_job()

    def _seed_sample_job(self) -> None:
        """The job the spec's examples name, ``1000000031045``: a completed export of every lead
        created by the admin at reset, downloadable for a day of emulator time."""
        try:
            self.backend.store("crm")
        except KeyError:  # built before the CRM store: the backend resets every store once all exist
            return
        job = self.create({"query": {"module": "Leads"}}, directory.ADMIN.id)
        del self.jobs[job.id]
        job.id = SAMPLE_JOB_ID
        self.jobs[job.id] = job
        self._complete(job, job.created)

    @property
    def crm(self) -> CrmStore:
        crm: CrmStore = self.backend.store("crm")
        return crm

    # --- creating ---------------------------------------------------------------------------------

    def create(self, body: dict[str, Any], user_id: str) -> Job:
        query = body.get("query")
        if not isinstance(query, dict):
            raise bulk_error("REQUEST_BODY_IS_EMPTY", "the query is missing", api_name="query")
        module_name = query.get("module")
        if not isinstance(module_name, str) or not module_name:
            raise bulk_error("MODULE_NOT_AVAILABLE", "the module is not available", api_name="module")
        if module_name in UNSUPPORTED_MODULES:
            raise module_not_supported(module_name)
        module = self.crm.modules.get(module_name)
        if module is None and module_name != "Users":
            raise bulk_error(
                "MODULE_NOT_AVAILABLE", "the module is not available", api_name="module", module=module_name
            )
        columns = self._columns(module, query.get("fields"))
        criteria = query.get("criteria")
        if criteria is not None:
            if module is None:
                raise bulk_error(
                    "CRITERIA_NOT_SUPPORTED", "criteria are not supported for this module", api_name="criteria"
                )
            count = self._check_criteria(module, criteria)
            if count > MAX_CRITERIA:
                raise bulk_error(
                    "CRITERIA_LIMIT_EXCEEDED", f"at most {MAX_CRITERIA} conditions are allowed", limit=MAX_CRITERIA
                )
        cvid = query.get("cvid")
        if cvid is not None:
            if module is None or str(cvid) not in self.crm.custom_view_ids[module.api_name].values():
                raise bulk_error("INVALID_DATA", "the custom view id is invalid", api_name="cvid")
            cvid = str(cvid)
        page = query.get("page", 1)
        if isinstance(page, bool) or not isinstance(page, int) or page < 1:
            raise bulk_error("PAGE_NOT_SUPPORTED", "the page is invalid", api_name="page")
        if page > MAX_PAGE:
            raise bulk_error(
                "PAGE_RANGE_EXCEEDED", f"the page must not be more than {MAX_PAGE}", api_name="page", limit=MAX_PAGE
            )
        callback = body.get("callback")
        callback_url = None
        if callback is not None:
            if (
                not isinstance(callback, dict)
                or not isinstance(callback.get("url"), str)
                or not callback["url"].startswith(("http://", "https://"))
            ):
                raise bulk_error("INVALID_CALLBACK_URL", "the callback url is invalid", api_name="callback")
            if str(callback.get("method", "")).lower() != "post":
                raise bulk_error(
                    "INVALID_CALLBACK_METHOD", "only post is allowed as the callback method", api_name="method"
                )
            callback_url = callback["url"]
        file_type = body.get("file_type", "csv")
        if file_type not in ("csv", "ics"):
            raise bulk_error("INVALID_DATA", "the file type is invalid", api_name="file_type")
        if file_type == "ics" and module_name != "Events":
            raise bulk_error("NOT_SUPPORTED_FEATURE", "ics files are available for Events only", api_name="file_type")
        job = Job(
            id=self.ids(),
            module=module_name,
            query=dict(query, page=page),
            columns=columns,
            criteria=criteria,
            cvid=cvid,
            page=page,
            callback_url=callback_url,
            file_type=file_type,
            created_by=user_id,
            created=self.backend.clock.timestamp(),
        )
        self.jobs[job.id] = job
        return job

    def _columns(self, module: ModuleDef | None, fields: Any) -> list[str]:
        if module is None:
            return list(USER_COLUMNS)
        exportable = [f.api_name for f in module.fields if f.data_type != "subform" and f.api_name != "Tag"]
        if fields is None or (isinstance(fields, list) and (not fields or len(fields) > MAX_FIELDS)):
            return ["Id", *exportable]
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise bulk_error("FIELD_NOT_AVAILABLE", "the fields must be a list of field API names", api_name="fields")
        columns = ["Id"]
        for name in fields:
            base = name.split(".")[0]
            spec = module.field(base)
            if name == "id" or name == "Id":
                continue
            if spec is None:
                raise bulk_error("FIELD_NOT_AVAILABLE", "the field is not available", api_name=name)
            if spec.data_type == "subform":
                raise bulk_error("FIELD_NOT_SUPPORTED", "the field is not supported for bulk read", api_name=name)
            if name not in columns:
                columns.append(name)
        return columns

    def _check_criteria(self, module: ModuleDef, node: Any) -> int:
        if not isinstance(node, dict):
            raise bulk_error("INVALID_CRITERIA", "the criteria is invalid", api_name="criteria")
        if "group" in node or "group_operator" in node:
            group = node.get("group")
            if node.get("group_operator") not in ("and", "or"):
                raise bulk_error(
                    "GROUP_OPERATOR_NOT_SUPPORTED", "the group operator is not supported", api_name="group_operator"
                )
            if not isinstance(group, list) or len(group) < 2:
                raise bulk_error(
                    "AMBIGUOUS_GROUP_IN_CRITERIA", "a group needs at least two conditions", api_name="group"
                )
            return sum(self._check_criteria(module, child) for child in group)
        api_name, comparator, value = node.get("api_name"), node.get("comparator"), node.get("value")
        if not isinstance(api_name, str) or not api_name:
            raise bulk_error("INVALID_CRITERIA", "the criteria is invalid", api_name="api_name")
        base, _, attribute = api_name.partition(".")
        spec = module.field(base) if base not in ("id", "Id") else FieldDef("id", "Id", "bigint")
        if spec is None:
            raise bulk_error("FIELD_IN_CRITERIA_NOT_AVAILABLE", "the field is not available", api_name=api_name)
        if spec.data_type in ("textarea", "subform") or base == "Tag":
            raise bulk_error(
                "FIELD_IN_CRITERIA_NOT_SUPPORTED", "the field cannot be used in criteria", api_name=api_name
            )
        if attribute and spec.data_type not in ("lookup", "ownerlookup"):
            raise bulk_error("FIELD_IN_CRITERIA_NOT_AVAILABLE", "the field is not available", api_name=api_name)
        if comparator not in COMPARATORS:
            raise bulk_error(
                "FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED",
                "the comparator is not supported",
                api_name=api_name,
                comparator=comparator,
            )
        textual = spec.data_type in ("text", "email", "phone", "website", "picklist", "autonumber")
        if comparator in TEXT_ONLY and not textual:
            raise bulk_error(
                "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE",
                "the comparator does not fit the field",
                api_name=api_name,
                comparator=comparator,
            )
        if comparator in ORDERED and spec.data_type not in (
            "integer",
            "bigint",
            "double",
            "currency",
            "percent",
            "date",
            "datetime",
        ):
            raise bulk_error(
                "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE",
                "the comparator does not fit the field",
                api_name=api_name,
                comparator=comparator,
            )
        if comparator in ("in", "not_in"):
            if not isinstance(value, list) or not value:
                raise bulk_error(
                    "COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE",
                    "in and not_in take a list of values",
                    api_name=api_name,
                )
            if len(value) > MAX_IN_VALUES:
                raise bulk_error(
                    "VALUE_LIMIT_EXCEEDED_IN_CRITERIA",
                    f"at most {MAX_IN_VALUES} values are allowed",
                    api_name=api_name,
                    limit=MAX_IN_VALUES,
                )
        elif comparator in ("between", "not_between"):
            if not isinstance(value, list) or len(value) != 2:
                raise bulk_error(
                    "COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE", "between takes two values", api_name=api_name
                )
        elif isinstance(value, (list, dict)):
            raise bulk_error("VALUE_IN_CRITERIA_NOT_SUPPORTED", "the value is not supported", api_name=api_name)
        for item in value if isinstance(value, list) else [value]:
            if self._key(spec, item) is _BAD:
                raise bulk_error(
                    "FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE",
                    "the value does not fit the field",
                    api_name=api_name,
                    value=item,
                )
        return 1

    # --- progress ----------------------------------------------------------------------------------

    def tick(self, now: datetime) -> None:
        settings = self.backend.settings
        stamp = now.timestamp()
        for job in self.jobs.values():
            if job.state in ("COMPLETED", "FAILED"):
                continue
            elapsed = stamp - job.created
            if elapsed >= settings.bulk_read_queue_seconds + settings.bulk_read_run_seconds:
                done = job.created + settings.bulk_read_queue_seconds + settings.bulk_read_run_seconds
                try:
                    self._complete(job, done)
                except Exception as exc:  # the job fails, not the tick: other jobs and requests go on
                    self._fail(job, done, exc)
            elif elapsed >= settings.bulk_read_queue_seconds:
                job.state = "IN PROGRESS"

    def _complete(self, job: Job, when: float) -> None:
        selected = self._selected(job)
        start = (job.page - 1) * PAGE_SIZE
        chunk = selected[start : start + PAGE_SIZE]
        job.count = len(chunk)
        job.more_records = start + PAGE_SIZE < len(selected)
        job.archive = self._archive(job, chunk)
        job.state = "COMPLETED"
        job.completed = when
        if job.callback_url:
            payload = {
                "job_id": job.id,
                "operation": "read",
                "state": "COMPLETED",
                "query": job.query,
                "result": self.result(job),
            }
            self.backend.outbound.post(job.callback_url, payload, kind="bulk_read_callback")

    def _fail(self, job: Job, when: float, exc: Exception) -> None:
        """Mark ``job`` FAILED with the reason, keep nothing of its half-written export and tell
        its callback."""
        log.warning("bulk read job %s failed", job.id, exc_info=exc)
        job.state = "FAILED"
        job.completed = when
        job.archive = b""
        job.count = 0
        job.more_records = False
        job.extra["failure_reason"] = f"the export could not be written ({type(exc).__name__})"
        if job.callback_url:
            payload = {"job_id": job.id, "operation": "read", "state": "FAILED", "query": job.query}
            self.backend.outbound.post(job.callback_url, payload, kind="bulk_read_callback")

    def _archive(self, job: Job, chunk: list[Any]) -> bytes:
        """The zipped CSV. Rows are written one by one straight into the compressor, so a
        200,000-row export holds the compressed archive in memory, never the whole table."""
        row = self._row_writer(job)
        archive = io.BytesIO()
        with (
            zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle,
            bundle.open(f"{job.id}.{job.file_type}", "w") as member,
            io.TextIOWrapper(member, encoding="utf-8", newline="") as text,
        ):
            writer = csv.writer(text, lineterminator="\n")
            writer.writerow(job.columns)
            writer.writerows(row(item) for item in chunk)
        return archive.getvalue()

    def _selected(self, job: Job) -> list[Any]:
        """The users or records the job exports, in order."""
        if job.module == "Users":
            return list(directory.USERS)
        crm = self.crm
        module = crm.modules[job.module]
        records = sorted(crm.records[job.module].values(), key=lambda r: r.id)
        if job.module == "Leads":
            records = [r for r in records if not r.converted]
        if job.cvid:
            keep = crm.custom_view_filter(job.module, job.cvid, job.created_by)
            records = [r for r in records if keep(r)]
        if job.criteria is not None:
            records = [r for r in records if self._matches(module, r, job.criteria)]
        return records

    def _row_writer(self, job: Job) -> Callable[[Any], list[str]]:
        """One CSV row per user or record; each column's reader is resolved once per job."""
        if job.module == "Users":
            return lambda u: [
                u.id,
                u.first_name,
                u.last_name,
                u.full_name,
                u.email,
                u.status,
                u.role,
                u.profile,
                "true" if u.confirm else "false",
            ]
        module = self.crm.modules[job.module]
        readers = [self._column_reader(module, column) for column in job.columns]
        return lambda rec: [read(rec) for read in readers]

    def _column_reader(self, module: ModuleDef, column: str) -> Callable[[Record], str]:
        """``_cell`` for one column, with short paths for ids, owners, timestamps and plain fields
        (an export reads millions of cells); lookups and ``.name`` columns go through ``_cell``."""
        base, _, attribute = column.partition(".")
        if not attribute:
            if base in ("Id", "id"):
                return lambda rec: rec.id
            if base in USER_COLUMNS_OF_RECORD:
                user_of = USER_COLUMNS_OF_RECORD[base]
                return lambda rec: _text(user_of(rec))
            if base in TIME_COLUMNS:
                time_of = TIME_COLUMNS[base]
                return lambda rec: _second(math.floor(time_of(rec)))
        spec = module.field(base)
        if attribute or spec is None or spec.data_type in ("lookup", "ownerlookup"):
            return lambda rec: self._cell(module, rec, column)

        def read(rec: Record) -> str:
            values = rec.values
            value = values[base] if base in values else rec.extra.get(base)
            return self._cell(module, rec, column) if isinstance(value, Link) else _text(value)

        return read

    # --- values ---------------------------------------------------------------------------------------

    def _raw(self, module: ModuleDef, rec: Record, name: str) -> Any:
        base, _, attribute = name.partition(".")
        if base in ("Id", "id"):
            return rec.id
        if base in TIME_COLUMNS:
            return _second(math.floor(TIME_COLUMNS[base](rec)))
        value: Any = (
            USER_COLUMNS_OF_RECORD[base](rec)
            if base in USER_COLUMNS_OF_RECORD
            else rec.values.get(base, rec.extra.get(base))
        )
        if isinstance(value, Link):
            if attribute == "name":
                return self.crm.link_name(value)
            return value.id
        spec = module.field(base)
        if spec is not None and spec.data_type == "ownerlookup" and isinstance(value, str):
            if attribute == "name":
                user = directory.user_by_id(value)
                return user.full_name if user else None
            return value
        return value

    def _cell(self, module: ModuleDef, rec: Record, column: str) -> str:
        return _text(self._raw(module, rec, column))

    def _key(self, spec: FieldDef, value: Any) -> Any:
        if value is None:
            return None
        kind = spec.data_type
        if kind in ("integer", "bigint", "double", "currency", "percent"):
            if isinstance(value, bool):
                return _BAD
            try:
                return float(value)
            except (TypeError, ValueError):
                return _BAD
        if kind == "date":
            return value if isinstance(value, str) and len(value) == 10 and value[4] == "-" else _BAD
        if kind == "datetime":
            parsed = parse_datetime(value) if isinstance(value, str) else None
            return parsed.timestamp() if parsed else _BAD
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("true", "false"):
                return value.lower() == "true"
            return _BAD
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return str(value).lower()
        return _BAD

    def _matches(self, module: ModuleDef, rec: Record, node: dict[str, Any]) -> bool:
        if "group" in node:
            results = (self._matches(module, rec, child) for child in node["group"])
            return all(results) if node["group_operator"] == "and" else any(results)
        name, comparator, value = node["api_name"], node["comparator"], node.get("value")
        base = name.split(".")[0]
        spec = module.field(base) if base not in ("id", "Id") else FieldDef("id", "Id", "bigint")
        assert spec is not None
        if spec.data_type in ("lookup", "ownerlookup"):
            spec = FieldDef(name, name, "text")
        actual = self._raw(module, rec, name)
        if spec.data_type == "multiselectpicklist":
            items = {str(v).lower() for v in actual or []}
            wanted = {str(v).lower() for v in (value if isinstance(value, list) else [value])}
            hit = bool(items & wanted)
            return not hit if comparator in ("not_equal", "not_in", "not_contains") else hit
        key = self._key(spec, actual)
        if key is _BAD:
            key = None
        values = [self._key(spec, v) for v in (value if isinstance(value, list) else [value])]
        return compare(comparator, key, values)

    # --- reading -------------------------------------------------------------------------------------

    def _expired(self, job: Job) -> bool:
        return job.completed is not None and self.backend.clock.timestamp() > job.completed + DOWNLOAD_DAYS * 86400

    def job(self, job_id: str) -> Job:
        job = self.jobs.get(job_id)
        if job is None or self._expired(job):
            raise ZohoError(404, "RESOURCE_NOT_FOUND", "The requested resource doesn't exist.", {"id": job_id})
        return job

    def result(self, job: Job) -> dict[str, Any] | None:
        if job.state != "COMPLETED":
            return None
        return {
            "page": job.page,
            "count": job.count,
            "download_url": f"/crm/bulk/v2/read/{job.id}/result",
            "per_page": PAGE_SIZE,
            "more_records": job.more_records,
        }

    def download(self, job_id: str) -> Job:
        """The completed job whose archive may be downloaded now (counts against the rate limit)."""
        job = self.job(job_id)
        wait = self.downloads.hit("org", self.backend.settings.bulk_read_downloads_per_minute)
        if wait is not None:
            raise ZohoError(
                429,
                "TOO_MANY_REQUESTS",
                "too many download requests; retry after a minute",
                {"limit": self.backend.settings.bulk_read_downloads_per_minute},
                {"Retry-After": str(max(1, int(wait + 0.999)))},
            )
        if job.state != "COMPLETED":
            raise ZohoError(
                404, "RESOURCE_NOT_FOUND", "The requested resource doesn't exist.", {"id": job.id, "state": job.state}
            )
        return job


@functools.lru_cache(maxsize=4096)
def _second(stamp: int) -> str:
    """A Zoho timestamp for a whole second (cached: an export's records share few seconds)."""
    return format_time(datetime.fromtimestamp(stamp, tz=UTC))


def _text(value: Any) -> str:
    """A CSV cell: empty for null, ``true``/``false``, multi-select values joined by ``;``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


class _Bad:
    pass


_BAD: Any = _Bad()
