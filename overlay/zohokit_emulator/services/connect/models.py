"""Connect state: products, campaigns, customers and their points, recruitments, premium preferences,
ConnectID users and tokens, and the per-client rate limit.

Rules kept (from Connect's recruitment API reference):

* A recruitment names a subscription product (at most 12 characters) valid in an existing campaign
  (at most 12 characters); a coupon on a recruited person must belong to that product.
* The recruiter and the recruited persons become Connect customers: an existing customer is
  matched by customer number, e-mail or phone; otherwise one is created. In user mode the
  logged-in ConnectID user's customer is the recruiter (the request's ``recruiter`` is then
  ignored); a user without a customer gets the matched or created recruiter as their customer.
* ``recruitmentPremiumPreferences`` replaces: absent keeps the stored preferences, a list (even an
  empty one) replaces them. ``POST /v1/recruitment/premium/{campaign}`` always replaces.
* A new recruitment is unverified until Connect has processed the order
  (``verification_seconds`` on the emulator clock); verifying it earns the recruiter the
  campaign's points per recruited subscription.
* Every client may make ``requests_per_minute`` calls per 60-second window (and
  ``requests_per_second``); the answers carry ``X-RateLimit-Remaining``/``X-RateLimit-Reset``.

Everything is validated before anything is stored: a refused request changes nothing.
"""

from __future__ import annotations

import copy
import dataclasses
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ...core.clock import format_time
from ...core.rate_window import RateWindow
from . import seed
from .errors import ConnectError, bad_request
from .tokens import TokenStore

if TYPE_CHECKING:
    from ...core.backend import Backend

DOCUMENTED_PER_MINUTE = 2000
RATE_WINDOW = 60.0
FIRST_NEW_CUSTOMER = 40001
FIRST_ORDER_NUMBER = 7000001


@dataclass
class ConnectSettings:
    """Connect's knobs (``PATCH /_emulator/connect/settings``)."""

    verification_seconds: float = 60.0
    """Seconds until a new recruitment is verified (its order processed) and earns points."""
    requests_per_minute: int | None = None
    """Calls a client may make per 60-second window; None: not enforced (Connect's is 2000)."""
    requests_per_second: int | None = None
    """Calls a client may make per second; None: not enforced (Connect's is 100)."""

    def update(self, changes: dict[str, Any]) -> None:
        known = {f.name for f in dataclasses.fields(self)}
        checked: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in known:
                raise bad_request(f"unknown setting {name!r}")
            if value is None and name != "verification_seconds":
                checked[name] = None
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise bad_request(f"{name} must be a non-negative number")
            checked[name] = float(value) if name == "verification_seconds" else int(value)
        for name, value in checked.items():
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Customer:
    number: int
    name: dict[str, Any] | None
    address: dict[str, Any] | None
    phone: str | None
    email: str | None
    points: int = 0


@dataclass
class Recruitment:
    order_number: int
    campaign: str
    product: str
    recruiter: int
    recruited: int
    person: dict[str, Any]
    """The recruited person as registered (name, address, coupon, amount, quantity, contact)."""
    registered_at: float
    verified: bool = False
    verify_at: float | None = None
    """When processing verifies it; None for one that waits for manual verification."""

    def as_json(self) -> dict[str, Any]:
        return {
            **copy.deepcopy(self.person),
            "orderNumber": self.order_number,
            "product": self.product,
            "customerNumber": self.recruited,
            "registeredTime": format_time_ts(self.registered_at),
        }


def format_time_ts(timestamp: float) -> str:
    return format_time(datetime.fromtimestamp(timestamp, tz=UTC))


def parse_seed_time(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


@dataclass(frozen=True)
class Registration:
    """A registration body after schema validation (both modes)."""

    product: str
    campaign: str
    recruiter: dict[str, Any] | None
    recruitments: list[dict[str, Any]]
    preferences: list[Any] | None
    """None when the key was absent (keep the stored preferences)."""


@dataclass
class _Plan:
    """What a validated registration will do, computed before anything changes."""

    recruiter: Customer | None = None
    new_recruiter: Customer | None = None
    recruited: list[tuple[dict[str, Any], Customer, bool]] = field(default_factory=list)
    preferences: list[dict[str, Any]] | None = None


def _lower(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _has_name(name: Any) -> bool:
    return isinstance(name, dict) and any(
        isinstance(name.get(k), str) and name[k].strip() for k in ("lastName", "companyName")
    )


class ConnectStore:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.tokens = TokenStore(backend)
        self.settings = ConnectSettings()
        self.products: dict[str, seed.Product] = {}
        self.campaigns: dict[str, seed.Campaign] = {}
        self.customers: dict[int, Customer] = {}
        self.users: dict[str, seed.ConnectIdUser] = {}
        self.user_customer: dict[str, int | None] = {}
        self.recruitments: list[Recruitment] = []
        self.preferences: dict[tuple[int, str], list[dict[str, Any]]] = {}
        self.calls_per_minute = RateWindow(backend.clock, RATE_WINDOW, fixed=True)
        self.calls_per_second = RateWindow(backend.clock, 1.0, aligned=True)
        self._next_customer = FIRST_NEW_CUSTOMER
        self._next_order = FIRST_ORDER_NUMBER

    def fixtures(self) -> dict[str, Any]:
        """The campaign and product of Connect's own samples, kept in the seed."""
        return {"campaign": "Spring2019", "product": "CO27409"}

    def reset(self) -> None:
        self.tokens.reset()
        self.settings = ConnectSettings()
        self.products = {p.code: p for p in seed.PRODUCTS}
        self.campaigns = {c.code: c for c in seed.CAMPAIGNS}
        self.customers = {
            c.number: Customer(c.number, copy.deepcopy(c.name), copy.deepcopy(c.address), c.phone, c.email, c.points)
            for c in seed.CUSTOMERS
        }
        self.users = {u.id: u for u in seed.USERS}
        self.user_customer = {u.id: u.customer_number for u in seed.USERS}
        self._next_customer = FIRST_NEW_CUSTOMER
        self._next_order = FIRST_ORDER_NUMBER
        self.recruitments = []
        for r in seed.RECRUITMENTS:
            person = self.customers[r.recruited]
            data: dict[str, Any] = {"name": copy.deepcopy(person.name), "address": copy.deepcopy(person.address)}
            data.update(copy.deepcopy(r.person))
            data.update({"phoneNumber": person.phone, "email": person.email})
            self.recruitments.append(
                Recruitment(
                    self._order_number(),
                    r.campaign,
                    r.product,
                    r.recruiter,
                    r.recruited,
                    data,
                    parse_seed_time(r.registered),
                    verified=r.verified,
                )
            )
        self.preferences = {
            (customer, campaign): [
                {"companyCode": p.company_code, "product": p.product, "preferenceNumber": i}
                for i, p in enumerate(premiums, start=1)
            ]
            for customer, campaign, premiums in seed.PREFERENCES
        }
        self.calls_per_minute.reset()
        self.calls_per_second.reset()

    def tick(self, now: datetime) -> None:
        """Verify the recruitments whose order processing is done, crediting the recruiters' points."""
        timestamp = now.timestamp()
        for recruitment in self.recruitments:
            if not recruitment.verified and recruitment.verify_at is not None and recruitment.verify_at <= timestamp:
                recruitment.verified = True
                quantity = recruitment.person.get("quantity")
                units = quantity if isinstance(quantity, int) and quantity > 0 else 1
                campaign = self.campaigns.get(recruitment.campaign)
                recruiter = self.customers.get(recruitment.recruiter)
                if campaign is not None and recruiter is not None:
                    recruiter.points += campaign.points_per_recruitment * units

    def _order_number(self) -> int:
        number = self._next_order
        self._next_order += 1
        return number

    # --- rate limit ------------------------------------------------------------------------------

    def rate_limit(self, client_id: str) -> dict[str, str]:
        """Count one call of ``client_id``; the rate-limit headers, or 429 beyond the limits."""
        now = self.backend.clock.timestamp()
        minute, second = self.calls_per_minute, self.calls_per_second
        per_minute = self.settings.requests_per_minute
        per_second = self.settings.requests_per_second
        if minute.count(client_id, now) == 0:
            second.forget(client_id)  # a new minute window starts its per-second count afresh too
        reset_in = max(1, math.ceil(minute.ends_in(client_id, now)))
        minute_full = per_minute is not None and minute.count(client_id, now) >= per_minute
        if minute_full or (per_second is not None and second.count(client_id, now) >= per_second):
            wait = reset_in if minute_full else 1
            headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(wait), "Retry-After": str(wait)}
            raise ConnectError(429, "Rate limit exceeded; retry after X-RateLimit-Reset seconds", headers)
        minute.add(client_id, now)
        second.add(client_id, now)
        limit = per_minute if per_minute is not None else DOCUMENTED_PER_MINUTE
        return {
            "X-RateLimit-Remaining": str(max(0, limit - minute.count(client_id, now))),
            "X-RateLimit-Reset": str(reset_in),
            "X-Mediaconnect-Api-Version": seed.API_VERSION,
        }

    # --- lookups ---------------------------------------------------------------------------------

    def campaign(self, code: str) -> seed.Campaign:
        found = self.campaigns.get(code)
        if found is None:
            raise bad_request(f"Unknown campaign: {code!r}")
        return found

    @property
    def default_user_id(self) -> str:
        return seed.DEFAULT_USER.id

    def user(self, user_id: str) -> seed.ConnectIdUser | None:
        return self.users.get(user_id)

    def find_user(self, key: str) -> seed.ConnectIdUser | None:
        wanted = key.strip().lower()
        return next((u for u in self.users.values() if wanted in (u.id, u.email.lower())), None)

    def customer_of(self, user_id: str | None) -> Customer | None:
        number = self.user_customer.get(user_id) if user_id else None
        return self.customers.get(number) if number is not None else None

    def match_customer(self, person: dict[str, Any]) -> Customer | None:
        """An existing customer with the person's e-mail, else phone number."""
        email = _lower(person.get("email"))
        phone = _lower(person.get("phoneNumber"))
        if email is not None:
            found = next((c for c in self.customers.values() if _lower(c.email) == email), None)
            if found is not None:
                return found
        if phone is not None:
            return next((c for c in self.customers.values() if _lower(c.phone) == phone), None)
        return None

    # --- registration ----------------------------------------------------------------------------

    def register(self, registration: Registration, user_id: str | None) -> list[Recruitment]:
        """Register a recruitment (client mode when ``user_id`` is None); all or nothing."""
        plan = self._plan(registration, user_id)
        now = self.backend.clock.timestamp()
        recruiter = plan.recruiter
        if recruiter is None:
            recruiter = self._add_customer(plan.new_recruiter)
        if user_id is not None and self.user_customer.get(user_id) is None:
            self.user_customer[user_id] = recruiter.number
        created = []
        for person, customer, is_new in plan.recruited:
            if is_new and customer.number == 0:
                self._add_customer(customer)
            recruitment = Recruitment(
                order_number=self._order_number(),
                campaign=registration.campaign,
                product=registration.product,
                recruiter=recruiter.number,
                recruited=customer.number,
                person=copy.deepcopy(person),
                registered_at=now,
                verify_at=now + self.settings.verification_seconds,
            )
            self.recruitments.append(recruitment)
            created.append(recruitment)
        if plan.preferences is not None:
            self.preferences[(recruiter.number, registration.campaign)] = plan.preferences
        self.tick(self.backend.clock.now())
        return created

    def _add_customer(self, customer: Customer | None) -> Customer:
        if customer is None:
            raise ConnectError(500, "no recruiter was planned for the registration")
        customer.number = self._next_customer
        self._next_customer += 1
        self.customers[customer.number] = customer
        return customer

    def _plan(self, registration: Registration, user_id: str | None) -> _Plan:
        """Check the whole registration against the state and work out what it creates (no changes)."""
        campaign = self.campaign(registration.campaign)
        product = self.products.get(registration.product)
        if product is None:
            raise bad_request(f"Unknown product: {registration.product!r}")
        if not product.subscription:
            raise bad_request(f"Product {product.code!r} is not a subscription product")
        if product.code not in campaign.products:
            raise bad_request(f"Product {product.code!r} is not valid for recruitment in campaign {campaign.code!r}")
        if not registration.recruitments:
            raise bad_request("recruitments: at least one recruited person is required")
        plan = _Plan()
        plan.recruiter = self.customer_of(user_id)
        recruiter_key: str | None = None
        if plan.recruiter is None:
            plan.recruiter, plan.new_recruiter = self._recruiter(registration.recruiter, user_id is not None)
            if plan.new_recruiter is not None:
                recruiter_key = _lower(plan.new_recruiter.email) or _lower(plan.new_recruiter.phone)
        seen: dict[str, Customer] = {}
        for index, person in enumerate(registration.recruitments):
            where = f"recruitments[{index}]"
            if not isinstance(person, dict):
                raise bad_request(f"{where}: must be an object")
            self._check_coupon(product, person, where)
            existing = self.match_customer(person)
            key = _lower(person.get("email")) or _lower(person.get("phoneNumber"))
            if existing is None and key is not None:
                existing = seen.get(key)
            if (existing is not None and existing is plan.recruiter) or (key is not None and key == recruiter_key):
                raise bad_request(f"{where}: the recruiter cannot recruit themselves")
            if existing is not None:
                plan.recruited.append((person, existing, False))
                continue
            if not _has_name(person.get("name")):
                raise bad_request(f"{where}.name: lastName or companyName is required for a new customer")
            customer = Customer(
                0,
                copy.deepcopy(person.get("name")),
                copy.deepcopy(person.get("address")),
                _text_or_none(person.get("phoneNumber")),
                _text_or_none(person.get("email")),
            )
            if key is not None:
                seen[key] = customer
            plan.recruited.append((person, customer, True))
        if registration.preferences is not None:
            plan.preferences = self.check_preferences(
                campaign, registration.preferences, "recruitmentPremiumPreferences"
            )
        return plan

    def _recruiter(self, recruiter: Any, user_mode: bool) -> tuple[Customer | None, Customer | None]:
        """(existing customer, None) or (None, customer to create) for the request's recruiter."""
        if recruiter is None:
            if user_mode:
                raise bad_request("recruiter: required, the logged-in user is not registered to a customer")
            raise bad_request("Required field missing: recruiter")
        if not isinstance(recruiter, dict):
            raise bad_request("recruiter: must be an object")
        number = recruiter.get("customerNumber")
        if number is not None:
            found = self.customers.get(number) if isinstance(number, int) and not isinstance(number, bool) else None
            if found is None:
                raise bad_request(f"Unknown customer: {number!r} (recruiter.customerNumber)")
            return found, None
        existing = self.match_customer(recruiter)
        if existing is not None:
            return existing, None
        if not _has_name(recruiter.get("name")):
            raise bad_request("recruiter.name: lastName or companyName is required to create the recruiter")
        customer = Customer(
            0,
            copy.deepcopy(recruiter.get("name")),
            copy.deepcopy(recruiter.get("address")),
            _text_or_none(recruiter.get("phoneNumber")),
            _text_or_none(recruiter.get("email")),
        )
        return None, customer

    @staticmethod
    def _check_coupon(product: seed.Product, person: dict[str, Any], where: str) -> None:
        code = person.get("couponCode")
        number = person.get("couponNumber")
        if code is None and number is None:
            pass
        elif code is None:
            raise bad_request(f"{where}.couponCode: required with couponNumber")
        elif not isinstance(code, str) or not any(
            c.code == code and (number is None or c.number == number) for c in product.coupons
        ):
            raise bad_request(f"{where}: coupon {code!r} does not belong to product {product.code!r}")
        if number is not None and not _is_int(number):
            raise bad_request(f"{where}.couponNumber: must be an integer")
        quantity = person.get("quantity")
        if quantity is not None and (not _is_int(quantity) or quantity < 1):
            raise bad_request(f"{where}.quantity: must be an integer of at least 1")
        amount = person.get("amount")
        if amount is not None and (not _is_number(amount) or amount < 0):
            raise bad_request(f"{where}.amount: must be a number, not negative")

    # --- premium preferences ---------------------------------------------------------------------

    @staticmethod
    def check_preferences(campaign: seed.Campaign, items: list[Any], where: str) -> list[dict[str, Any]]:
        """The preferences as stored: checked against the campaign's premiums, ranked 1, 2, ..."""
        premiums = {p.product: p for p in campaign.premiums}
        result: list[dict[str, Any]] = []
        ranks: set[int] = set()
        for index, item in enumerate(items):
            at = f"{where}[{index}]"
            if not isinstance(item, dict):
                raise bad_request(f"{at}: must be an object")
            product = item.get("product")
            if not isinstance(product, str) or not product:
                raise bad_request(f"{at}.product: required")
            premium = premiums.get(product)
            if premium is None:
                raise bad_request(f"{at}.product: {product!r} is not a premium of campaign {campaign.code!r}")
            company = item.get("companyCode")
            if company is not None and company != premium.company_code:
                if not isinstance(company, str):
                    raise bad_request(f"{at}.companyCode: must be a string")
                raise bad_request(f"{at}.companyCode: premium {product!r} is offered by {premium.company_code!r}")
            if any(p["product"] == product for p in result):
                raise bad_request(f"{at}.product: {product!r} is listed twice")
            rank = item.get("preferenceNumber")
            if rank is not None:
                if not _is_int(rank) or rank < 1:
                    raise bad_request(f"{at}.preferenceNumber: must be at least 1")
                if rank in ranks:
                    raise bad_request(f"{at}.preferenceNumber: {rank} is used twice")
                ranks.add(rank)
            result.append({"companyCode": premium.company_code, "product": product, "preferenceNumber": rank})
        next_rank = max(ranks, default=0) + 1
        for preference in result:
            if preference["preferenceNumber"] is None:
                preference["preferenceNumber"] = next_rank
                next_rank += 1
        return sorted(result, key=lambda p: p["preferenceNumber"])

    def premium_preferences(self, campaign_code: str, user_id: str) -> list[dict[str, Any]]:
        self.campaign(campaign_code)
        customer = self.customer_of(user_id)
        if customer is None:
            return []
        return copy.deepcopy(self.preferences.get((customer.number, campaign_code), []))

    def replace_preferences(self, campaign_code: str, user_id: str, items: list[Any]) -> list[dict[str, Any]]:
        campaign = self.campaign(campaign_code)
        customer = self.customer_of(user_id)
        if customer is None:
            raise bad_request("The logged-in user is not registered to a customer; register a recruitment first")
        preferences = self.check_preferences(campaign, items, "recruitmentPremiumPreferences")
        self.preferences[(customer.number, campaign_code)] = preferences
        return copy.deepcopy(preferences)

    # --- listing ---------------------------------------------------------------------------------

    def overview(
        self, campaign_code: str, user_id: str, limit: int, offset: int, ascending: bool | None
    ) -> dict[str, Any]:
        campaign = self.campaign(campaign_code)
        customer = self.customer_of(user_id)
        mine = [
            r
            for r in self.recruitments
            if customer is not None and r.recruiter == customer.number and r.campaign == campaign.code
        ]
        mine.sort(key=lambda r: (r.registered_at, r.order_number), reverse=not ascending)
        verified = [r.as_json() for r in mine if r.verified]
        unverified = [r.as_json() for r in mine if not r.verified]
        return {
            "points": customer.points if customer is not None else 0,
            "products": list(campaign.products),
            "recruitments": verified[offset : offset + limit],
            "unverifiedRecruitments": unverified[offset : offset + limit],
        }
