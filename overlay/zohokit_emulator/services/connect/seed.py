"""The seeded Connect installation: products, campaigns, customers, ConnectID users, recruitments.

The values of Connect's own samples are kept: product ``CO27409``, campaign ``Spring2019``, the
recruiter Kari Nordmann (customer 34272, 50 points), her recruitment of Ola Nordmann with the
``Datanews`` coupon, and premium products ``HS3829``/``HS3830`` of company ``468979834``. So the
documented sample requests work as printed and the listing returns what the spec's example shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

API_VERSION = "1.0.0-emulator"
"""``X-Mediaconnect-Api-Version`` of every answer."""

PREMIUM_COMPANY = "468979834"


@dataclass(frozen=True)
class Coupon:
    code: str
    number: int
    amount: float


@dataclass(frozen=True)
class Product:
    code: str
    name: str
    subscription: bool
    coupons: tuple[Coupon, ...] = ()


@dataclass(frozen=True)
class Premium:
    company_code: str
    product: str


@dataclass(frozen=True)
class Campaign:
    code: str
    name: str
    products: tuple[str, ...]
    """Subscription products valid for recruitment in the campaign."""
    premiums: tuple[Premium, ...]
    """Premium (reward) products a recruiter may state preferences for."""
    points_per_recruitment: int


PRODUCTS: tuple[Product, ...] = (
    Product("CO27409", "Aftenposten Digital", True, (Coupon("Datanews", 1, 100), Coupon("Datanews", 2, 199))),
    Product("CO27410", "Aftenposten Komplett", True, (Coupon("Vennepris", 1, 249),)),
    Product("CO31000", "Aftenposten Helg", True, (Coupon("Helg", 1, 149),)),
    Product("HS3829", "Premie: Kokebok", False),
    Product("HS3830", "Premie: Termokopp", False),
    Product("HS4001", "Premie: Gavekort 500 kr", False),
)

CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign(
        "Spring2019",
        "Verv en venn - våren 2019",
        ("CO27409", "CO27410"),
        (Premium(PREMIUM_COMPANY, "HS3829"), Premium(PREMIUM_COMPANY, "HS3830")),
        50,
    ),
    Campaign(
        "Autumn2025",
        "Verv en venn - høsten 2025",
        ("CO27409", "CO31000"),
        (Premium(PREMIUM_COMPANY, "HS3830"), Premium(PREMIUM_COMPANY, "HS4001")),
        100,
    ),
)


@dataclass
class CustomerSeed:
    number: int
    name: dict[str, Any]
    address: dict[str, Any] | None
    phone: str | None
    email: str | None
    points: int = 0


CUSTOMERS: tuple[CustomerSeed, ...] = (
    CustomerSeed(
        34272,
        {"firstName": "Kari", "middleName": "Snøhaug", "lastName": "Nordmann"},
        {
            "streetAddress": "Osloveien",
            "streetNumber": 12,
            "entrance": "B",
            "floor": 3,
            "postalCode": "0101",
            "postalPlace": "Oslo",
            "postalAddress": "Postboks 6",
            "postalAddressPostalCode": "0216",
            "postalAddressPostalPlace": "Oslo",
            "countryCode": "NO",
        },
        "+4787654321",
        "kari.nordmann@gmail.com",
        points=50,
    ),
    CustomerSeed(
        34273,
        {
            "firstName": "Ola",
            "middleName": "Fjordstrand",
            "lastName": "Nordmann",
            "companyName": "Company International Ltd",
            "departmentName": "Support",
        },
        {
            "streetAddress": "Grubbegata",
            "streetNumber": 6,
            "entrance": "A",
            "floor": 6,
            "postalCode": "0179",
            "postalPlace": "Oslo",
            "postalAddress": "Postboks 265 Økern",
            "postalAddressPostalCode": "0510",
            "postalAddressPostalPlace": "Oslo",
            "countryCode": "NO",
        },
        "+4712345678",
        "ola.nordmann@company.com",
    ),
    CustomerSeed(
        34274,
        {"firstName": "Per", "lastName": "Hansen"},
        {
            "streetAddress": "Storgata",
            "streetNumber": 1,
            "postalCode": "0155",
            "postalPlace": "Oslo",
            "countryCode": "NO",
        },
        "+4791234567",
        "per.hansen@example.no",
    ),
    CustomerSeed(
        34280,
        {"firstName": "Ingrid", "lastName": "Solberg"},
        {
            "streetAddress": "Kongens gate",
            "streetNumber": 20,
            "postalCode": "7011",
            "postalPlace": "Trondheim",
            "countryCode": "NO",
        },
        "+4790011223",
        "ingrid.solberg@example.no",
        points=120,
    ),
)


@dataclass(frozen=True)
class ConnectIdUser:
    id: str
    email: str
    customer_number: int | None
    """The Connect customer the ConnectID user is registered to, if any."""


USERS: tuple[ConnectIdUser, ...] = (
    ConnectIdUser("100001", "kari.nordmann@gmail.com", 34272),
    ConnectIdUser("100002", "ingrid.solberg@example.no", 34280),
    ConnectIdUser("100003", "nils.berg@example.no", None),
)
DEFAULT_USER = USERS[0]
"""The user who logs in at the authorization endpoint unless ``emulator_user`` names another."""


@dataclass(frozen=True)
class RecruitmentSeed:
    recruiter: int
    recruited: int
    campaign: str
    product: str
    registered: str
    verified: bool
    person: dict[str, Any] = field(default_factory=dict)


RECRUITMENTS: tuple[RecruitmentSeed, ...] = (
    RecruitmentSeed(
        34272,
        34273,
        "Spring2019",
        "CO27409",
        "2019-04-02T10:15:00+00:00",
        True,
        {"couponCode": "Datanews", "couponNumber": 1, "amount": 100, "quantity": 1},
    ),
    RecruitmentSeed(
        34272,
        34274,
        "Spring2019",
        "CO27409",
        "2019-04-20T18:40:00+00:00",
        False,
        {"couponCode": "Datanews", "couponNumber": 1, "amount": 100, "quantity": 1},
    ),
)

PREFERENCES: tuple[tuple[int, str, tuple[Premium, ...]], ...] = (
    (34272, "Spring2019", (Premium(PREMIUM_COMPANY, "HS3829"), Premium(PREMIUM_COMPANY, "HS3830"))),
)
"""(customer, campaign, premiums in order of preference)."""
