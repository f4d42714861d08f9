from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_query_details import FieldQueryDetails


T = TypeVar("T", bound="FieldLookup")


@_attrs_define
class FieldLookup:
    """The target of a lookup field (`data_type` `lookup`), or `{}` for other fields. In API v2 `module` is the target
    module's API name as a plain string (for example `Accounts`), which is what the official v2 SDKs read; API v2.1 and
    later turned it into an object `{"api_name", "id"}`, so this v2 spec keeps the string.

    """

    module: None | str | Unset = UNSET
    """ API name of the module the lookup points to. """
    api_name: None | str | Unset = UNSET
    """ API name of the lookup field. """
    display_label: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    """ Id of the related list behind the lookup. """
    query_details: FieldQueryDetails | None | Unset = UNSET
    """ Filter applied to the records a lookup offers (lookup filters), or `{}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_query_details import FieldQueryDetails  # noqa: PLC0415

        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        query_details: dict[str, Any] | None | Unset
        if isinstance(self.query_details, Unset):
            query_details = UNSET
        elif isinstance(self.query_details, FieldQueryDetails):
            query_details = self.query_details.to_dict()
        else:
            query_details = self.query_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module is not UNSET:
            field_dict["module"] = module
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if id is not UNSET:
            field_dict["id"] = id
        if query_details is not UNSET:
            field_dict["query_details"] = query_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_query_details import FieldQueryDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_module(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module = _parse_module(d.pop("module", UNSET))

        def _parse_api_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_name = _parse_api_name(d.pop("api_name", UNSET))

        def _parse_display_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_label = _parse_display_label(d.pop("display_label", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_query_details(data: object) -> FieldQueryDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_query_details_type_0 = FieldQueryDetails.from_dict(data)

                return componentsschemas_field_query_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldQueryDetails | None | Unset, data)

        query_details = _parse_query_details(d.pop("query_details", UNSET))

        field_lookup = cls(
            module=module,
            api_name=api_name,
            display_label=display_label,
            id=id,
            query_details=query_details,
        )

        field_lookup.additional_properties = d
        return field_lookup

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
