from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazily_built

T = TypeVar("T", bound="RevokeTokenRequest")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "token",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class RevokeTokenRequest(LazyModel):
    """The form body of `POST /token/revoke`, the alternative to the `token` query parameter."""

    token: str
    """ The refresh token to revoke. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        if "token" not in d:
            raise KeyError("token")
        return lazily_built(cls, d)

    @staticmethod
    def _read_token(_src: dict[str, Any]) -> str:
        token: str = _src["token"]
        return token

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
