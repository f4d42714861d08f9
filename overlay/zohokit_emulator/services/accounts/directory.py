"""The people of the emulated organization, shared by every Zoho service (CRM, Recruit, Bigin).

A Zoho organization's users are the same across its services; the accounts server signs them in
and the APIs record them as owners and creators. Ids are fixed so tests and seeds can name them.
"""

from __future__ import annotations

from dataclasses import dataclass

ORG_ID = "3652397"
"""The org's id prefix; every seeded id starts with it, but for the objects that carry the ids of
the documentation's samples (``SAMPLE_USERS``, ``crm/samples.py``)."""


@dataclass(frozen=True)
class OrgUser:
    id: str
    zuid: str
    first_name: str
    last_name: str
    email: str
    role: str
    profile: str
    status: str = "active"
    confirm: bool = True

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


ADMIN = OrgUser(
    "3652397000000186017", "700000001", "Patricia", "Boyle", "patricia.boyle@zylker.com", "CEO", "Administrator"
)
MANAGER = OrgUser(
    "3652397000000186029", "700000002", "Deborah", "Grogan", "deborah.grogan@zylker.com", "Manager", "Standard"
)
SALES_REP = OrgUser(
    "3652397000000186041", "700000003", "James", "Merced", "james.merced@zylker.com", "Sales Representative", "Standard"
)
INACTIVE = OrgUser(
    "3652397000000186053",
    "700000004",
    "Christopher",
    "Brown",
    "christopher.brown@zylker.com",
    "Sales Representative",
    "Standard",
    status="inactive",
)
UNCONFIRMED = OrgUser(
    "3652397000000186065",
    "700000005",
    "Kris",
    "Marrier",
    "kris.marrier@zylker.com",
    "Sales Representative",
    "Standard",
    confirm=False,
)

SAMPLE_USERS: tuple[OrgUser, ...] = (
    OrgUser(
        "4108880000469041", "700000006", "Amelia", "Burrows", "amelia.burrows@zylker.com", "Sales Manager", "Sales"
    ),
    OrgUser("7000000031553", "700000007", "Ted", "Watson", "ted.watson@zylker.com", "Sales Representative", "Sales"),
    OrgUser(
        "410888000000698436", "700000008", "Priya", "Raman", "priya.raman@zylker.com", "Sales Representative", "Sales"
    ),
)
"""The users the CRM documentation's sample requests name, by their ids there: the user of
``GET /users/4108880000469041`` and the owners of the price book samples. Their ids do not start
with ``ORG_ID``: they are the documentation's."""

USERS: tuple[OrgUser, ...] = (ADMIN, MANAGER, SALES_REP, INACTIVE, UNCONFIRMED, *SAMPLE_USERS)


def user_by_id(user_id: str) -> OrgUser | None:
    return next((u for u in USERS if u.id == user_id), None)


ALL_SCOPES: tuple[str, ...] = (
    "ZohoCRM.modules.ALL",
    "ZohoCRM.settings.ALL",
    "ZohoCRM.users.ALL",
    "ZohoCRM.org.ALL",
    "ZohoCRM.bulk.ALL",
    "ZohoCRM.notifications.ALL",
    "ZohoCRM.share.ALL",
    "ZohoCRM.coql.READ",
    "ZohoRecruit.modules.ALL",
    "ZohoRecruit.settings.ALL",
    "ZohoRecruit.users.ALL",
    "ZohoRecruit.org.ALL",
    "ZohoBigin.modules.ALL",
    "ZohoBigin.settings.ALL",
    "ZohoBigin.users.ALL",
    "ZohoBigin.org.ALL",
)
"""The scopes of the default refresh token: everything the emulated services offer."""
