# generated from spec/dist/connect.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .client_recruitment_registration import ClientRecruitmentRegistration
from .connect_error import ConnectError
from .person_name import PersonName
from .premium_preference_set import PremiumPreferenceSet
from .premium_preferences_change import PremiumPreferencesChange
from .recruiter import Recruiter
from .recruitment import Recruitment
from .recruitment_overview import RecruitmentOverview
from .recruitment_premium_preference import RecruitmentPremiumPreference
from .recruitment_premium_preference_input import RecruitmentPremiumPreferenceInput
from .recruitment_registration import RecruitmentRegistration
from .recruitment_status import RecruitmentStatus

__all__ = (
    "Address",
    "ClientRecruitmentRegistration",
    "ConnectError",
    "PersonName",
    "PremiumPreferencesChange",
    "PremiumPreferenceSet",
    "Recruiter",
    "Recruitment",
    "RecruitmentOverview",
    "RecruitmentPremiumPreference",
    "RecruitmentPremiumPreferenceInput",
    "RecruitmentRegistration",
    "RecruitmentStatus",
)
