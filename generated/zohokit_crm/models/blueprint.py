# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Blueprint")


@_attrs_define(on_setattr=load_before_assignment)
class Blueprint(LazyModel):
    """A record's blueprint state and the transitions available from it."""

    process_info: BlueprintProcessInfo | None | Unset = UNSET
    """ The blueprint the record is in, and the field (usually a picklist) whose value marks its state. """
    transitions: list[BlueprintTransition] | None | Unset = UNSET
    """ The transitions the record can go through now, with the fields each asks for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_info: dict[str, Any] | None | Unset
        if isinstance(self.process_info, Unset):
            process_info = UNSET
        elif isinstance(self.process_info, BlueprintProcessInfo):
            process_info = self.process_info.to_dict()
        else:
            process_info = self.process_info

        transitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transitions, Unset):
            transitions = UNSET
        elif isinstance(self.transitions, list):
            transitions = []
            for transitions_type_0_item_data in self.transitions:
                transitions_type_0_item = transitions_type_0_item_data.to_dict()
                transitions.append(transitions_type_0_item)

        else:
            transitions = self.transitions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process_info is not UNSET:
            field_dict["process_info"] = process_info
        if transitions is not UNSET:
            field_dict["transitions"] = transitions

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
        _process_info = d.pop("process_info", UNSET)
        process_info: BlueprintProcessInfo | None | Unset
        if isinstance(_process_info, dict):
            try:
                componentsschemas_blueprint_process_info_type_0 = BlueprintProcessInfo._built_whole(_process_info)
                process_info = componentsschemas_blueprint_process_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                process_info = cast(BlueprintProcessInfo | None | Unset, _process_info)
        else:
            process_info = _process_info

        _transitions = d.pop("transitions", UNSET)
        transitions: list[BlueprintTransition] | None | Unset
        if isinstance(_transitions, list):
            try:
                transitions_type_0 = []
                _transitions_type_0 = _transitions
                for transitions_type_0_item_data in _transitions_type_0:
                    transitions_type_0_item = BlueprintTransition._from_nested_json(transitions_type_0_item_data)

                    transitions_type_0.append(transitions_type_0_item)

                for transitions_type_0_item in transitions_type_0:
                    transitions_type_0_item._load_all_fields()
                transitions = transitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                transitions = cast(list[BlueprintTransition] | None | Unset, _transitions)
        else:
            transitions = _transitions

        additional_properties = d
        _set = object.__setattr__
        _set(self, "process_info", process_info)
        _set(self, "transitions", transitions)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.process_info)
        load_nested(self.transitions)

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
from ..models.blueprint_process_info import BlueprintProcessInfo  # noqa: E402
from ..models.blueprint_transition import BlueprintTransition  # noqa: E402
