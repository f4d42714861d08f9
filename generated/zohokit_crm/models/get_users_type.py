# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class GetUsersType(StrEnum):
    ACTIVECONFIRMEDADMINS = "ActiveConfirmedAdmins"
    ACTIVECONFIRMEDUSERS = "ActiveConfirmedUsers"
    ACTIVEUSERS = "ActiveUsers"
    ADMINUSERS = "AdminUsers"
    ALLUSERS = "AllUsers"
    CONFIRMEDUSERS = "ConfirmedUsers"
    CURRENTUSER = "CurrentUser"
    DEACTIVEUSERS = "DeactiveUsers"
    DELETEDUSERS = "DeletedUsers"
    NOTCONFIRMEDUSERS = "NotConfirmedUsers"

    def __str__(self) -> str:
        return str(self.value)
