from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazily_built

T = TypeVar("T", bound="VariablesBulkUpdateRequest")


@_attrs_define
class VariablesBulkUpdateRequest(LazyModel):
    """Body of `PUT /settings/variables`; each item names its variable by `id`."""

    variables: list[VariableBulkUpdate]

    def to_dict(self) -> dict[str, Any]:
        variables = []
        for variables_item_data in self.variables:
            variables_item = variables_item_data.to_dict()
            variables.append(variables_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "variables": variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        if "variables" not in d:
            raise KeyError("variables")
        return lazily_built(cls, d)

    @staticmethod
    def _read_variables(_src: dict[str, Any]) -> list[VariableBulkUpdate]:
        variables = []
        _variables = _src["variables"]
        for variables_item_data in _variables:
            variables_item = VariableBulkUpdate.from_dict(variables_item_data)

            variables.append(variables_item)

        return variables


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.variable_bulk_update import VariableBulkUpdate  # noqa: E402
