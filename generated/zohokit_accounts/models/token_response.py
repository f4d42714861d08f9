# generated from spec/dist/accounts.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="TokenResponse")


@_attrs_define(on_setattr=load_before_assignment)
class TokenResponse(LazyModel):
    """What `POST /token` returns: the tokens on success, or an OAuth error, in both cases usually with HTTP 200. Check
    `error` first: when present, the request was refused and the token fields are absent. Every field is optional so
    that both shapes fit.

    """

    access_token: None | str | Unset = UNSET
    """ The access token. Send it as `Authorization: Zoho-oauthtoken {access_token}`; it is valid for one hour and
    only for the scopes granted. """
    refresh_token: None | str | Unset = UNSET
    """ The refresh token: returned only for the `authorization_code` grant, and only when the authorization asked
    for `access_type=offline`. Valid until revoked. Refresh answers do not carry it; keep the one you have. """
    expires_in_sec: int | None | Unset = UNSET
    """ Lifetime of the access token in seconds (3600). Sent by Zoho's older token format; the current server leaves
    it out. """
    api_domain: None | str | Unset = UNSET
    """ The API domain of the user's data centre, for example `https://www.zohoapis.com` or
    `https://www.zohoapis.eu`: call the Zoho APIs there. """
    token_type: None | str | Unset = UNSET
    """ `Bearer`. """
    expires_in: int | None | Unset = UNSET
    """ Lifetime of the access token. In Zoho's older token format this is in milliseconds (`3600000`, beside
    `expires_in_sec: 3600`); Zoho's current server returns seconds (`3600`) and no `expires_in_sec`. Prefer
    `expires_in_sec` when present; otherwise a value above 86400 is milliseconds. """
    scope: None | str | Unset = UNSET
    """ The granted scopes, comma-separated (for example `ZohoCRM.modules.ALL,ZohoCRM.settings.READ`). Returned by
    Zoho's current server; absent in the older token format. """
    error: None | str | Unset = UNSET
    """ Present only when Zoho refused the request: `invalid_client`, `invalid_client_secret`, `invalid_code`,
    `invalid_redirect_uri`, `unsupported_grant_type`, or, with HTTP 400, `Access Denied` when token requests were
    too frequent. """
    error_description: None | str | Unset = UNSET
    """ Human-readable explanation that Zoho adds to some errors (the throttling error). """
    status: None | str | Unset = UNSET
    """ `failure` on the throttling error; absent otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        expires_in_sec: int | None | Unset
        if isinstance(self.expires_in_sec, Unset):
            expires_in_sec = UNSET
        else:
            expires_in_sec = self.expires_in_sec

        api_domain: None | str | Unset
        if isinstance(self.api_domain, Unset):
            api_domain = UNSET
        else:
            api_domain = self.api_domain

        token_type: None | str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        else:
            token_type = self.token_type

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if expires_in_sec is not UNSET:
            field_dict["expires_in_sec"] = expires_in_sec
        if api_domain is not UNSET:
            field_dict["api_domain"] = api_domain
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if status is not UNSET:
            field_dict["status"] = status

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
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        access_token: None | str | Unset = d.pop("access_token", UNSET)

        refresh_token: None | str | Unset = d.pop("refresh_token", UNSET)

        expires_in_sec: int | None | Unset = d.pop("expires_in_sec", UNSET)

        api_domain: None | str | Unset = d.pop("api_domain", UNSET)

        token_type: None | str | Unset = d.pop("token_type", UNSET)

        expires_in: int | None | Unset = d.pop("expires_in", UNSET)

        scope: None | str | Unset = d.pop("scope", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        error_description: None | str | Unset = d.pop("error_description", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "access_token", access_token)
        _set(self, "refresh_token", refresh_token)
        _set(self, "expires_in_sec", expires_in_sec)
        _set(self, "api_domain", api_domain)
        _set(self, "token_type", token_type)
        _set(self, "expires_in", expires_in)
        _set(self, "scope", scope)
        _set(self, "error", error)
        _set(self, "error_description", error_description)
        _set(self, "status", status)
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
