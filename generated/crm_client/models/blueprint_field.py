from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="BlueprintField")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "api_name",
        "field_label",
        "display_label",
        "data_type",
        "json_type",
        "length",
        "mandatory",
        "read_only",
        "transition_sequence",
        "personality_name",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class BlueprintField(LazyModel):
    """A field to fill during a transition, in the field-metadata shape of the fields API (the common keys are listed; the
    rest travel as additional properties).

    """

    id: None | str | Unset = UNSET
    api_name: None | str | Unset = UNSET
    field_label: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    """ The field's data type, for example `text`, `picklist`, `date`, `lookup`. """
    json_type: None | str | Unset = UNSET
    length: int | None | Unset = UNSET
    mandatory: bool | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    transition_sequence: int | None | Unset = UNSET
    """ The field's position in the transition's form. """
    personality_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        field_label: None | str | Unset
        if isinstance(self.field_label, Unset):
            field_label = UNSET
        else:
            field_label = self.field_label

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        json_type: None | str | Unset
        if isinstance(self.json_type, Unset):
            json_type = UNSET
        else:
            json_type = self.json_type

        length: int | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        mandatory: bool | None | Unset
        if isinstance(self.mandatory, Unset):
            mandatory = UNSET
        else:
            mandatory = self.mandatory

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        transition_sequence: int | None | Unset
        if isinstance(self.transition_sequence, Unset):
            transition_sequence = UNSET
        else:
            transition_sequence = self.transition_sequence

        personality_name: None | str | Unset
        if isinstance(self.personality_name, Unset):
            personality_name = UNSET
        else:
            personality_name = self.personality_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if field_label is not UNSET:
            field_dict["field_label"] = field_label
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if json_type is not UNSET:
            field_dict["json_type"] = json_type
        if length is not UNSET:
            field_dict["length"] = length
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if transition_sequence is not UNSET:
            field_dict["transition_sequence"] = transition_sequence
        if personality_name is not UNSET:
            field_dict["personality_name"] = personality_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_api_name(_src: dict[str, Any]) -> None | str | Unset:
        api_name: None | str | Unset = _src.get("api_name", UNSET)

        return api_name

    @staticmethod
    def _read_field_label(_src: dict[str, Any]) -> None | str | Unset:
        field_label: None | str | Unset = _src.get("field_label", UNSET)

        return field_label

    @staticmethod
    def _read_display_label(_src: dict[str, Any]) -> None | str | Unset:
        display_label: None | str | Unset = _src.get("display_label", UNSET)

        return display_label

    @staticmethod
    def _read_data_type(_src: dict[str, Any]) -> None | str | Unset:
        data_type: None | str | Unset = _src.get("data_type", UNSET)

        return data_type

    @staticmethod
    def _read_json_type(_src: dict[str, Any]) -> None | str | Unset:
        json_type: None | str | Unset = _src.get("json_type", UNSET)

        return json_type

    @staticmethod
    def _read_length(_src: dict[str, Any]) -> int | None | Unset:
        length: int | None | Unset = _src.get("length", UNSET)

        return length

    @staticmethod
    def _read_mandatory(_src: dict[str, Any]) -> bool | None | Unset:
        mandatory: bool | None | Unset = _src.get("mandatory", UNSET)

        return mandatory

    @staticmethod
    def _read_read_only(_src: dict[str, Any]) -> bool | None | Unset:
        read_only: bool | None | Unset = _src.get("read_only", UNSET)

        return read_only

    @staticmethod
    def _read_transition_sequence(_src: dict[str, Any]) -> int | None | Unset:
        transition_sequence: int | None | Unset = _src.get("transition_sequence", UNSET)

        return transition_sequence

    @staticmethod
    def _read_personality_name(_src: dict[str, Any]) -> None | str | Unset:
        personality_name: None | str | Unset = _src.get("personality_name", UNSET)

        return personality_name

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
