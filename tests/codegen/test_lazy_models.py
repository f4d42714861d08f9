"""The contract of models that convert their fields on first read (``LazyModel`` in every generated
``types.py``): what ``from_dict`` still checks at once, what waits for the first read, and that every
whole view of a model equals what an eager parse gave."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest
from zohokit_crm.models import (
    Record,
    RecordsResponse,
    SharingInput,
    SharingInputPermission,
    UserReference,
)
from zohokit_crm.types import UNSET, LazyModel

OWNER = {"id": "4150868000000225013", "name": "Patricia Boyle", "email": "p.boyle@zylker.com"}
RECORD: dict[str, Any] = {
    "id": "4150868000000623001",
    "Owner": OWNER,
    "Last_Name": "Boyle",
    "Tag": [{"id": "1", "name": "VIP"}],
    "$approved": True,
}


def test_every_generated_model_is_lazy() -> None:
    assert issubclass(Record, LazyModel) and issubclass(SharingInput, LazyModel)


def test_from_dict_still_refuses_a_missing_required_key_at_once() -> None:
    with pytest.raises(KeyError, match="permission"):
        SharingInput.from_dict({"user": {"id": "1"}})


def test_from_dict_converts_nothing_until_a_field_is_read() -> None:
    record = Record.from_dict(RECORD)
    assert _filled_slots(record) == set()
    owner = record.owner
    assert isinstance(owner, UserReference) and owner.name == "Patricia Boyle"
    assert _filled_slots(record) == {field.name for field in attrs.fields(Record)}  # all at once
    assert record.owner is owner  # stored: the second read converts nothing


def test_a_nested_model_converts_on_its_own_first_read() -> None:
    sharing = SharingInput.from_dict({"user": {"id": 7}, "permission": "read_only"})
    assert sharing.permission is SharingInputPermission.READ_ONLY
    assert _filled_slots(sharing.user) == set()
    assert sharing.user.id == 7


def test_a_nullable_nested_model_is_converted_whole_as_the_union_member_it_is() -> None:
    owner = Record.from_dict(RECORD).owner
    assert isinstance(owner, UserReference)
    assert _filled_slots(owner) == {field.name for field in attrs.fields(UserReference)}


def test_a_value_that_breaks_the_schema_raises_on_the_first_read_naming_the_model() -> None:
    sharing = SharingInput.from_dict({"user": {"id": "1"}, "permission": "admin"})
    for _ in range(2):  # the model stays unconverted: every read raises the same
        with pytest.raises(ValueError, match="admin") as caught:
            _ = sharing.user
        assert "while converting SharingInput from its JSON object" in caught.value.__notes__


def test_built_whole_raises_what_an_eager_parse_raised_and_otherwise_equals_a_read_model() -> None:
    with pytest.raises(KeyError, match="id"):
        SharingInput._built_whole({"user": {"name": "no id"}, "permission": "read_only"})
    with pytest.raises(ValueError, match="admin"):
        SharingInput._built_whole({"user": {"id": 1}, "permission": "admin"})
    whole = Record._built_whole(RECORD)
    assert _filled_slots(whole) == {field.name for field in attrs.fields(Record)}
    assert whole == Record.from_dict(RECORD)


def test_load_all_fields_raises_what_an_eager_parse_raised() -> None:
    broken_nested = SharingInput.from_dict({"user": {"name": "no id"}, "permission": "read_only"})
    with pytest.raises(KeyError, match="id"):
        broken_nested._load_all_fields()
    fine = SharingInput.from_dict({"user": {"id": 7}, "permission": "read_only"})
    fine._load_all_fields()
    assert fine.permission is SharingInputPermission.READ_ONLY and fine.user.id == 7


def test_a_union_member_that_fails_keeps_the_raw_value_as_the_eager_parse_did() -> None:
    record = Record.from_dict({**RECORD, "Owner": "not an object", "Layout": None})
    owner: object = record.owner  # kept as it came, outside the declared type, as the stock code did
    assert owner == "not an object" and record.layout is None
    assert record.created_by is UNSET


def test_the_model_keeps_its_own_copy_of_the_json_object() -> None:
    source = {**RECORD, "Owner": dict(OWNER)}
    record = Record.from_dict(source)
    source["Last_Name"] = "Changed"
    source["Owner"] = None
    assert record["Last_Name"] == "Boyle" and isinstance(record.owner, UserReference)


def test_nested_models_keep_the_json_objects_of_their_outer_model_without_copying_them() -> None:
    first, second = dict(RECORD), {"id": "2", "Owner": None}
    page = RecordsResponse.from_dict({"data": [first, second]})
    records = page.data
    assert [object.__getattribute__(record, "_source") for record in records] == [first, second]
    assert object.__getattribute__(records[0], "_source") is first  # kept, not copied
    assert records[0] == Record.from_dict(RECORD) and records[1].id == "2"
    assert first == RECORD and second == {"id": "2", "Owner": None}  # and never changed by reading them


def test_a_nested_json_value_checks_required_keys_and_refuses_what_from_dict_refuses() -> None:
    with pytest.raises(KeyError, match="permission"):
        SharingInput._from_nested_json({"user": {"id": "1"}})
    for not_an_object in ("text", 7, None, [("id", "1")]):
        try:
            expected: Any = UserReference.from_dict(not_an_object)  # type: ignore[arg-type]
        except Exception as exc:
            with pytest.raises(type(exc)):
                UserReference._from_nested_json(not_an_object)
        else:  # dict() accepts it (a list of pairs): the same model either way
            assert UserReference._from_nested_json(not_an_object) == expected


def test_assigning_before_reading_replaces_the_json_value_and_keeps_the_rest() -> None:
    record = Record.from_dict(RECORD)
    record.owner = None
    assert record.owner is None and record.id == RECORD["id"] and record.approved is True
    assert record.to_dict()["Owner"] is None
    record = Record.from_dict(RECORD)
    record.id = "replaced"
    assert record.to_dict() == {**RECORD, "id": "replaced"}


def test_a_model_made_by_its_constructor_takes_assignments_as_usual() -> None:
    owner = UserReference(id="1")
    owner.name = "A"
    assert owner.to_dict() == {"id": "1", "name": "A"}


def test_additional_properties_are_the_undeclared_keys() -> None:
    record = Record.from_dict(RECORD)
    assert record.additional_properties == {"Last_Name": "Boyle"}
    record["Company"] = "Zylker"
    assert record.to_dict()["Company"] == "Zylker"


@pytest.mark.parametrize(
    "whole_view",
    [
        lambda m: m.to_dict(),
        repr,
        attrs.asdict,
        lambda m: pickle.loads(pickle.dumps(m)).to_dict(),
        lambda m: copy.deepcopy(m).to_dict(),
        lambda m: copy.copy(m).to_dict(),
    ],
    ids=["to_dict", "repr", "asdict", "pickle", "deepcopy", "copy"],
)
def test_every_whole_view_equals_the_fully_read_model(whole_view: Any) -> None:
    fresh, read = Record.from_dict(RECORD), Record.from_dict(RECORD)
    read._load_all_fields()
    assert whole_view(fresh) == whole_view(read)
    assert fresh == read


def test_to_dict_gives_back_the_json_object() -> None:
    info = {"per_page": 2, "count": 2, "page": 1, "more_records": False}
    page = {"data": [RECORD, {"id": "2", "Owner": None}], "info": info}
    assert RecordsResponse.from_dict(page).to_dict() == page


def test_a_model_made_by_its_constructor_is_a_plain_attrs_instance() -> None:
    owner = UserReference(id="1", name="A")
    assert owner.email is UNSET
    assert not hasattr(owner, "no_such_field")
    with pytest.raises(AttributeError, match="no_such_field"):
        _ = owner.no_such_field  # type: ignore[attr-defined]


def test_an_unknown_attribute_of_a_parsed_model_is_still_an_attribute_error() -> None:
    record = Record.from_dict(RECORD)
    assert not hasattr(record, "last_name")
    assert not hasattr(record, "_read_nothing")


def _filled_slots(model: attrs.AttrsInstance) -> set[str]:
    """The fields of ``model`` that hold a value already (read or assigned)."""
    filled = set()
    for field in attrs.fields(type(model)):
        try:
            object.__getattribute__(model, field.name)
        except AttributeError:
            continue
        filled.add(field.name)
    return filled
