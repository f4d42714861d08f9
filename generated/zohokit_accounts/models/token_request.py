# generated from spec/dist/accounts.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_request_grant_type import TokenRequestGrantType
from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="TokenRequest")


@_attrs_define(on_setattr=load_before_assignment)
class TokenRequest(LazyModel):
    """The form body of `POST /token`. `grant_type`, `client_id` and `client_secret` are always needed; the rest depends on
    `grant_type`: `authorization_code` also needs `code` and `redirect_uri`, `refresh_token` also needs `refresh_token`.
    Zoho ignores other fields.

    """

    grant_type: TokenRequestGrantType
    """ `authorization_code` to exchange a grant code, `refresh_token` to refresh an access token. """
    client_id: str
    """ The client id issued when the application was registered. """
    client_secret: str
    """ The client secret issued when the application was registered. """
    code: str | Unset = UNSET
    """ `authorization_code` grant: the grant code from the authorization redirect (valid about a minute, once). """
    redirect_uri: str | Unset = UNSET
    """ `authorization_code` grant: the redirect URI used in the authorization request. """
    refresh_token: str | Unset = UNSET
    """ `refresh_token` grant: the refresh token to use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        code = self.code

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one); the fields are converted when one is first read."""
        return cls._from_nested_json(dict(src_dict))

    @classmethod
    def _from_nested_json(cls: type[T], d: Any) -> T:
        """As ``from_dict``, but the model keeps ``d`` itself rather than a copy: how a model builds the
        models of the JSON objects nested in its own when it converts its fields. Anything but a
        ``dict`` goes to ``from_dict``, which raises what it always raised."""
        if type(d) is not dict:
            return cls.from_dict(d)
        if "grant_type" not in d:
            raise KeyError("grant_type")
        if "client_id" not in d:
            raise KeyError("client_id")
        if "client_secret" not in d:
            raise KeyError("client_secret")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        grant_type = TokenRequestGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "grant_type", grant_type)
        _set(self, "client_id", client_id)
        _set(self, "client_secret", client_secret)
        _set(self, "code", code)
        _set(self, "redirect_uri", redirect_uri)
        _set(self, "refresh_token", refresh_token)
        _set(self, "additional_properties", additional_properties)

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
