from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="ConnectError")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "error",
        "message",
        "timestamp",
        "path",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class ConnectError(LazyModel):
    """The JSON body Connect returns with an error status (400, 429, 500). Connect's API reference names the statuses but
    not the body's fields, so this schema accepts any JSON object. The properties below are the common error attributes
    a client may find (and the ones this kit's emulator returns): the numeric `status`, a short `error` phrase, a human-
    readable `message`, the `timestamp` and the request `path`. Branch on the HTTP status, not on the body.

    """

    status: int | None | Unset = UNSET
    """ The HTTP status code, repeated. """
    error: None | str | Unset = UNSET
    """ The HTTP reason phrase or a short error name, for example `Bad Request`. """
    message: None | str | Unset = UNSET
    """ What went wrong, for example which field failed validation. """
    timestamp: None | str | Unset = UNSET
    """ When the error happened (an ISO 8601 date-time string). """
    path: None | str | Unset = UNSET
    """ The request path, for example `/v1/recruitment`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_status(_src: dict[str, Any]) -> int | None | Unset:
        status: int | None | Unset = _src.get("status", UNSET)

        return status

    @staticmethod
    def _read_error(_src: dict[str, Any]) -> None | str | Unset:
        error: None | str | Unset = _src.get("error", UNSET)

        return error

    @staticmethod
    def _read_message(_src: dict[str, Any]) -> None | str | Unset:
        message: None | str | Unset = _src.get("message", UNSET)

        return message

    @staticmethod
    def _read_timestamp(_src: dict[str, Any]) -> None | str | Unset:
        timestamp: None | str | Unset = _src.get("timestamp", UNSET)

        return timestamp

    @staticmethod
    def _read_path(_src: dict[str, Any]) -> None | str | Unset:
        path: None | str | Unset = _src.get("path", UNSET)

        return path

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _src.items() if key not in _DECLARED_KEYS}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
