# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Role")


@_attrs_define(on_setattr=load_before_assignment)
class Role(LazyModel):
    """A role: a position in the organisation's hierarchy (CEO, Manager, Sales Representative, ...) that decides whose
    records a user can see.

    """

    id: None | str | Unset = UNSET
    """ The role's id. """
    name: None | str | Unset = UNSET
    """ The role's name, for example `Manager`. """
    display_label: None | str | Unset = UNSET
    """ The role's name as displayed (possibly translated). """
    description: None | str | Unset = UNSET
    """ The role's description, or null. """
    admin_user: bool | None | Unset = UNSET
    """ True for the role of the organisation's administrator (the top of the hierarchy). """
    reporting_to: None | RoleReference | Unset = UNSET
    """ A short reference to a role (a position in the organisation's hierarchy: CEO, Manager, ...), as Zoho embeds
    it in users (`role`) and roles (`reporting_to`). """
    share_with_peers: bool | None | Unset = UNSET
    """ Whether users of this role see each other's records. """
    forecast_manager: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        admin_user: bool | None | Unset
        if isinstance(self.admin_user, Unset):
            admin_user = UNSET
        else:
            admin_user = self.admin_user

        reporting_to: dict[str, Any] | None | Unset
        if isinstance(self.reporting_to, Unset):
            reporting_to = UNSET
        elif isinstance(self.reporting_to, RoleReference):
            reporting_to = self.reporting_to.to_dict()
        else:
            reporting_to = self.reporting_to

        share_with_peers: bool | None | Unset
        if isinstance(self.share_with_peers, Unset):
            share_with_peers = UNSET
        else:
            share_with_peers = self.share_with_peers

        forecast_manager: dict[str, Any] | None | Unset
        if isinstance(self.forecast_manager, Unset):
            forecast_manager = UNSET
        elif isinstance(self.forecast_manager, UserReference):
            forecast_manager = self.forecast_manager.to_dict()
        else:
            forecast_manager = self.forecast_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if description is not UNSET:
            field_dict["description"] = description
        if admin_user is not UNSET:
            field_dict["admin_user"] = admin_user
        if reporting_to is not UNSET:
            field_dict["reporting_to"] = reporting_to
        if share_with_peers is not UNSET:
            field_dict["share_with_peers"] = share_with_peers
        if forecast_manager is not UNSET:
            field_dict["forecast_manager"] = forecast_manager

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
        id: None | str | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        admin_user: bool | None | Unset = d.pop("admin_user", UNSET)

        _reporting_to = d.pop("reporting_to", UNSET)
        reporting_to: None | RoleReference | Unset
        if isinstance(_reporting_to, dict):
            try:
                componentsschemas_role_reference_type_0 = RoleReference._built_whole(_reporting_to)
                reporting_to = componentsschemas_role_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reporting_to = cast(None | RoleReference | Unset, _reporting_to)
        else:
            reporting_to = _reporting_to

        share_with_peers: bool | None | Unset = d.pop("share_with_peers", UNSET)

        _forecast_manager = d.pop("forecast_manager", UNSET)
        forecast_manager: None | Unset | UserReference
        if isinstance(_forecast_manager, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_forecast_manager)
                forecast_manager = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                forecast_manager = cast(None | Unset | UserReference, _forecast_manager)
        else:
            forecast_manager = _forecast_manager

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "display_label", display_label)
        _set(self, "description", description)
        _set(self, "admin_user", admin_user)
        _set(self, "reporting_to", reporting_to)
        _set(self, "share_with_peers", share_with_peers)
        _set(self, "forecast_manager", forecast_manager)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.reporting_to)
        load_nested(self.forecast_manager)

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.role_reference import RoleReference  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
