"""Keep Zoho CRM notification channels alive: enable the missing ones, renew the ones about to lapse.

A Zoho CRM notification channel expires at its ``channel_expiry``, at most one day after it was
set (one hour when none, or a later one, is given), after which Zoho stops notifying it.
:class:`ChannelKeeper` (and :class:`AsyncChannelKeeper`) hold the channels you want and, on each
:meth:`~ChannelKeeper.keep`, make Zoho's state match::

    keeper = ChannelKeeper(crm, [ChannelSpec("1000000068001", ["Leads.all"], "https://example.com/hook",
                                             token="a secret of up to 50 characters")])
    while True:
        for report in keeper.keep():          # enabled / renewed / updated / unchanged, per channel
            log.info("%s %s until %s", report.channel_id, report.action, report.expires_at)
        time.sleep(15 * 60)                   # more often than the margin (default one hour)

Each run first reads the channels back from Zoho (``GET /actions/watch``, every page), so a
keeper keeps no state of its own and a restarted process picks up where the last one stopped.
Then, per wanted channel:

* missing (never enabled, disabled, or lapsed) → enabled (``POST``): :attr:`ChannelAction.ENABLED`;
* its events, URL or token differ from the wanted ones → replaced (``PUT``): ``UPDATED``;
* it expires within ``margin`` → its expiry moved ``lifetime`` ahead (``PATCH``): ``RENEWED``;
* otherwise nothing is sent: ``UNCHANGED``.

A channel Zoho refused is reported ``FAILED`` with Zoho's code and message; channels that are not
in the keeper's set are never touched. ``lifetime`` (default 23 hours) stays under Zoho's one-day
cap so that a clock a little ahead of Zoho's does not turn the expiry into Zoho's one-hour default.
Run :meth:`~ChannelKeeper.keep` at intervals shorter than ``margin``, and no channel lapses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from .pagination import aiter_items, iter_items, paged
from .results import RecordResult, record_results

if TYPE_CHECKING:
    # For annotations only: the generated package is imported when a request is made, so zohokit
    # imports without it.
    import zohokit_crm

CrmClient: TypeAlias = "zohokit_crm.AuthenticatedClient"
"""A generated ``zohokit_crm`` client (``zoho_client("crm", auth=...)``)."""

MAX_CHANNEL_LIFETIME: Final = timedelta(days=1)
"""Zoho's cap on ``channel_expiry``: at most one day after the request."""
DEFAULT_LIFETIME: Final = timedelta(hours=23)
"""How far ahead the keeper sets ``channel_expiry``."""
DEFAULT_MARGIN: Final = timedelta(hours=1)
"""A channel expiring sooner than this is renewed."""
MAX_CHANNELS_PER_REQUEST: Final = 100
"""Zoho's limit of channels in one ``/actions/watch`` request."""
MAX_TOKEN_LENGTH: Final = 50
LISTING_PAGE_SIZE: Final = 200
"""Channels asked for per page when reading them back (Zoho's maximum)."""


def utc_now() -> datetime:
    """The current time, timezone-aware (the keeper's default clock)."""
    return datetime.now(UTC)


def format_expiry(when: datetime) -> str:
    """``when`` as Zoho reads ``channel_expiry``: ISO 8601 to the second, in UTC with its offset."""
    return when.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_expiry(text: str | None) -> datetime | None:
    """A ``channel_expiry`` as Zoho writes it (``Z`` or ``+hh:mm``), or ``None`` when unreadable."""
    if not text:
        return None
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True)
class ChannelSpec:
    """A channel you want kept alive.

    ``channel_id`` is your numeric id for it; ``events`` are ``{Module}.{create|edit|delete|all}``;
    ``token`` (at most 50 characters) comes back in every notification, which is how
    :func:`~zohokit.notification_events.parse_notification` knows a notification is genuine.
    """

    channel_id: str
    events: Sequence[str]
    notify_url: str
    token: str | None = None
    notify_on_related_action: bool | None = None

    def __post_init__(self) -> None:
        if not self.channel_id.isdigit():
            raise ValueError(f"channel_id must be a number (Zoho's channel ids are longs), not {self.channel_id!r}")
        if not self.events or isinstance(self.events, str):
            raise ValueError("events must be a non-empty list such as ['Leads.create', 'Deals.all']")
        if self.token is not None and not 0 < len(self.token) <= MAX_TOKEN_LENGTH:
            raise ValueError(f"token must have 1 to {MAX_TOKEN_LENGTH} characters")
        if not self.notify_url.startswith(("https://", "http://")):
            raise ValueError("notify_url must be an http(s) URL")

    def watch_item(self, expiry: datetime) -> dict[str, Any]:
        """The channel as an item of ``watch`` in ``POST``/``PUT /actions/watch``."""
        item: dict[str, Any] = {
            "channel_id": self.channel_id,
            "events": list(self.events),
            "notify_url": self.notify_url,
            "channel_expiry": format_expiry(expiry),
        }
        if self.token is not None:
            item["token"] = self.token
        if self.notify_on_related_action is not None:
            item["notify_on_related_action"] = self.notify_on_related_action
        return item


class ChannelAction(StrEnum):
    """What one keeper run did to a channel."""

    ENABLED = "enabled"
    RENEWED = "renewed"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class ChannelReport:
    """The outcome for one channel: its action, and its expiry afterwards as Zoho reported it.

    For ``FAILED``, ``code`` and ``message`` are Zoho's and ``expires_at`` the expiry the channel
    had before the run (``None`` when it had none).
    """

    channel_id: str
    action: ChannelAction
    expires_at: datetime | None
    code: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.action is not ChannelAction.FAILED


@dataclass(frozen=True)
class ListedChannel:
    """A channel as ``GET /actions/watch`` lists it (its per-module entries merged)."""

    channel_id: str
    events: frozenset[str]
    notify_url: str | None
    token: str | None
    expires_at: datetime | None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def merge_listing(entries: Iterable[Any]) -> dict[str, ListedChannel]:
    """The channels of ``GET /actions/watch`` entries (one entry per channel and module) by id."""
    merged: dict[str, ListedChannel] = {}
    for entry in entries:
        channel_id = _text(getattr(entry, "channel_id", None))
        if channel_id is None:
            continue
        events = getattr(entry, "events", None)
        listed = ListedChannel(
            channel_id=channel_id,
            events=frozenset(e for e in events if isinstance(e, str)) if isinstance(events, list) else frozenset(),
            notify_url=_text(getattr(entry, "notify_url", None)),
            token=_text(getattr(entry, "token", None)),
            expires_at=parse_expiry(_text(getattr(entry, "channel_expiry", None))),
        )
        earlier = merged.get(channel_id)
        if earlier is not None:
            # Every module's entry carries the channel's details; only the events differ per module.
            listed = ListedChannel(
                channel_id=channel_id,
                events=earlier.events | listed.events,
                notify_url=earlier.notify_url or listed.notify_url,
                token=earlier.token or listed.token,
                expires_at=min(
                    (when for when in (earlier.expires_at, listed.expires_at) if when is not None), default=None
                ),
            )
        merged[channel_id] = listed
    return merged


def _differs(spec: ChannelSpec, listed: ListedChannel) -> bool:
    # Zoho lists the token it echoes; a listing without one cannot show a difference.
    token_differs = listed.token is not None and listed.token != spec.token
    return listed.events != frozenset(spec.events) or listed.notify_url != spec.notify_url or token_differs


@dataclass
class KeeperPlan:
    """What one run will send: channels to enable (POST), replace (PUT) and renew (PATCH)."""

    now: datetime
    expiry: datetime
    enable: list[ChannelSpec] = field(default_factory=list)
    update: list[ChannelSpec] = field(default_factory=list)
    renew: list[ChannelSpec] = field(default_factory=list)
    reports: dict[str, ChannelReport] = field(default_factory=dict)
    previous: dict[str, datetime | None] = field(default_factory=dict)

    def enable_body(self, specs: Sequence[ChannelSpec]) -> dict[str, Any]:
        return {"watch": [spec.watch_item(self.expiry) for spec in specs]}

    def renew_body(self, specs: Sequence[ChannelSpec]) -> dict[str, Any]:
        expiry = format_expiry(self.expiry)
        return {"watch": [{"channel_id": spec.channel_id, "channel_expiry": expiry} for spec in specs]}

    def record(self, specs: Sequence[ChannelSpec], results: Sequence[RecordResult], action: ChannelAction) -> None:
        """Turn Zoho's per-channel results of one request into reports."""
        if len(results) != len(specs):
            raise ValueError(f"Zoho answered {len(results)} results for {len(specs)} channels")
        for spec, result in zip(specs, results, strict=True):
            if result.ok:
                self.reports[spec.channel_id] = ChannelReport(spec.channel_id, action, _result_expiry(result))
            else:
                self.reports[spec.channel_id] = ChannelReport(
                    spec.channel_id,
                    ChannelAction.FAILED,
                    self.previous.get(spec.channel_id),
                    code=result.code,
                    message=result.message,
                )

    def ordered(self, specs: Sequence[ChannelSpec]) -> list[ChannelReport]:
        return [self.reports[spec.channel_id] for spec in specs]


def _result_expiry(result: RecordResult) -> datetime | None:
    events = result.details.get("events")
    if not isinstance(events, list):
        return None
    expiries = [parse_expiry(_text(item.get("channel_expiry"))) for item in events if isinstance(item, Mapping)]
    return min((when for when in expiries if when is not None), default=None)


def chunks(specs: Sequence[ChannelSpec]) -> list[Sequence[ChannelSpec]]:
    return [specs[i : i + MAX_CHANNELS_PER_REQUEST] for i in range(0, len(specs), MAX_CHANNELS_PER_REQUEST)]


class _KeeperBase:
    def __init__(
        self,
        client: CrmClient,
        channels: Iterable[ChannelSpec],
        *,
        lifetime: timedelta = DEFAULT_LIFETIME,
        margin: timedelta = DEFAULT_MARGIN,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.client = client
        self.channels: tuple[ChannelSpec, ...] = tuple(channels)
        ids = [spec.channel_id for spec in self.channels]
        if len(set(ids)) != len(ids):
            raise ValueError("each channel_id may appear once")
        if not timedelta(0) < lifetime <= MAX_CHANNEL_LIFETIME:
            raise ValueError("lifetime must be more than zero and at most one day (Zoho's cap)")
        if not timedelta(0) <= margin < lifetime:
            raise ValueError("margin must be at least zero and shorter than lifetime")
        self.lifetime = lifetime
        self.margin = margin
        self.clock = clock

    @property
    def tokens(self) -> dict[str, str]:
        """The token of each channel that has one, by channel id: ``tokens=`` of ``parse_notification``."""
        return {spec.channel_id: spec.token for spec in self.channels if spec.token is not None}

    def plan(self, listing: Iterable[Any]) -> KeeperPlan:
        """Decide, from the current listing, what to send (no I/O)."""
        now = self.clock()
        if now.tzinfo is None:
            raise ValueError("the keeper's clock must return timezone-aware datetimes")
        current = merge_listing(listing)
        plan = KeeperPlan(now=now, expiry=now + self.lifetime)
        for spec in self.channels:
            listed = current.get(spec.channel_id)
            if listed is not None and listed.expires_at is not None and listed.expires_at <= now:
                listed = None  # lapsed: Zoho no longer notifies it, whatever the listing says
            plan.previous[spec.channel_id] = None if listed is None else listed.expires_at
            if listed is None:
                plan.enable.append(spec)
            elif _differs(spec, listed):
                plan.update.append(spec)
            elif listed.expires_at is None or listed.expires_at - now <= self.margin:
                plan.renew.append(spec)
            else:
                plan.reports[spec.channel_id] = ChannelReport(
                    spec.channel_id, ChannelAction.UNCHANGED, listed.expires_at
                )
        return plan


class ChannelKeeper(_KeeperBase):
    """Enables and renews a set of channels with a sync ``zohokit_crm`` client (see the module doc).

    Args:
        client: a ``zohokit_crm`` client (``zoho_client("crm", auth=...)``).
        channels: the channels to keep.
        lifetime: how far ahead each enable or renewal sets the expiry (at most one day).
        margin: a channel expiring within this is renewed.
        clock: the current time (timezone-aware); Zoho's clock is what counts, so keep this one right.
    """

    def keep(self) -> list[ChannelReport]:
        """One run: read the channels back, enable, replace or renew what needs it; one report per
        channel, in the keeper's order. Request-level errors (401, 429 after retries...) raise the
        typed :class:`~zohokit.errors.APIError`."""
        from zohokit_crm.api.notifications import (
            enable_notifications,
            get_notifications,
            patch_notifications,
            update_notifications,
        )
        from zohokit_crm.models import NotificationsPatchRequest, NotificationsRequest

        channels = paged(get_notifications.sync_detailed, items=lambda page: page.watch if page is not None else [])
        listing: list[Any] = list(iter_items(channels, client=self.client, per_page=LISTING_PAGE_SIZE))
        plan = self.plan(listing)
        for batch in chunks(plan.enable):
            body = NotificationsRequest.from_dict(plan.enable_body(batch))
            response = enable_notifications.sync_detailed(client=self.client, body=body)
            plan.record(batch, record_results(response, key="watch"), ChannelAction.ENABLED)
        for batch in chunks(plan.update):
            body = NotificationsRequest.from_dict(plan.enable_body(batch))
            response = update_notifications.sync_detailed(client=self.client, body=body)
            plan.record(batch, record_results(response, key="watch"), ChannelAction.UPDATED)
        for batch in chunks(plan.renew):
            patch = NotificationsPatchRequest.from_dict(plan.renew_body(batch))
            response = patch_notifications.sync_detailed(client=self.client, body=patch)
            plan.record(batch, record_results(response, key="watch"), ChannelAction.RENEWED)
        return plan.ordered(self.channels)


class AsyncChannelKeeper(_KeeperBase):
    """The async twin of :class:`ChannelKeeper` (same arguments; :meth:`keep` is a coroutine)."""

    async def keep(self) -> list[ChannelReport]:
        """One run, as :meth:`ChannelKeeper.keep`."""
        from zohokit_crm.api.notifications import (
            enable_notifications,
            get_notifications,
            patch_notifications,
            update_notifications,
        )
        from zohokit_crm.models import NotificationsPatchRequest, NotificationsRequest

        channels = paged(get_notifications.asyncio_detailed, items=lambda page: page.watch if page is not None else [])
        listing: list[Any] = [
            item async for item in aiter_items(channels, client=self.client, per_page=LISTING_PAGE_SIZE)
        ]
        plan = self.plan(listing)
        for batch in chunks(plan.enable):
            body = NotificationsRequest.from_dict(plan.enable_body(batch))
            response = await enable_notifications.asyncio_detailed(client=self.client, body=body)
            plan.record(batch, record_results(response, key="watch"), ChannelAction.ENABLED)
        for batch in chunks(plan.update):
            body = NotificationsRequest.from_dict(plan.enable_body(batch))
            response = await update_notifications.asyncio_detailed(client=self.client, body=body)
            plan.record(batch, record_results(response, key="watch"), ChannelAction.UPDATED)
        for batch in chunks(plan.renew):
            patch = NotificationsPatchRequest.from_dict(plan.renew_body(batch))
            response = await patch_notifications.asyncio_detailed(client=self.client, body=patch)
            plan.record(batch, record_results(response, key="watch"), ChannelAction.RENEWED)
        return plan.ordered(self.channels)


__all__ = [
    "DEFAULT_LIFETIME",
    "DEFAULT_MARGIN",
    "LISTING_PAGE_SIZE",
    "MAX_CHANNELS_PER_REQUEST",
    "MAX_CHANNEL_LIFETIME",
    "AsyncChannelKeeper",
    "ChannelAction",
    "ChannelKeeper",
    "ChannelReport",
    "ChannelSpec",
    "KeeperPlan",
    "ListedChannel",
    "format_expiry",
    "merge_listing",
    "parse_expiry",
    "utc_now",
]
