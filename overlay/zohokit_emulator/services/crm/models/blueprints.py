"""Blueprints: the org's processes on a picklist field and the transitions a record can take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ....core.errors import ZohoError, invalid_data
from ...accounts import directory
from .notes import Notes
from .state import Record


@dataclass(frozen=True)
class Transition:
    id: str
    name: str
    from_value: str
    to_value: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Blueprint:
    id: str
    name: str
    module: str
    field: str
    transitions: tuple[Transition, ...]


def standard_blueprints() -> dict[str, Blueprint]:
    """The org's blueprints: lead qualification on Leads.Lead_Status and the sales process on Deals.Stage."""

    def tid(n: int) -> str:
        return f"{directory.ORG_ID}{60000 + n:012d}"

    leads = Blueprint(
        id=f"{directory.ORG_ID}000000059001",
        name="Lead Qualification",
        module="Leads",
        field="Lead_Status",
        transitions=(
            Transition(tid(1), "Attempt Contact", "Not Contacted", "Attempted to Contact"),
            Transition(tid(2), "Make Contact", "Not Contacted", "Contacted", ("Phone",)),
            Transition(tid(3), "Make Contact", "Attempted to Contact", "Contacted", ("Phone",)),
            Transition(tid(4), "Mark as Junk", "Attempted to Contact", "Junk Lead"),
            Transition(tid(5), "Qualify", "Contacted", "Pre-Qualified", ("Annual_Revenue",)),
            Transition(tid(6), "Disqualify", "Contacted", "Not Qualified", ("Description",)),
        ),
    )
    deals = Blueprint(
        id=f"{directory.ORG_ID}000000059002",
        name="Sales Process",
        module="Deals",
        field="Stage",
        transitions=(
            Transition(tid(11), "Analyse Needs", "Qualification", "Needs Analysis"),
            Transition(tid(12), "Propose Value", "Needs Analysis", "Value Proposition"),
            Transition(tid(13), "Identify Decision Makers", "Value Proposition", "Id. Decision Makers"),
            Transition(tid(14), "Send Quote", "Id. Decision Makers", "Proposal/Price Quote", ("Amount",)),
            Transition(tid(15), "Negotiate", "Proposal/Price Quote", "Negotiation/Review"),
            Transition(tid(16), "Win", "Negotiation/Review", "Closed Won", ("Amount", "Closing_Date")),
            Transition(tid(17), "Lose", "Negotiation/Review", "Closed Lost", ("Description",)),
            Transition(tid(18), "Lose", "Needs Analysis", "Closed Lost", ("Description",)),
        ),
    )
    return {"Leads": leads, "Deals": deals}


class BlueprintProcess(Notes):
    """A record's blueprint state and running its transitions (with notes)."""

    def blueprint_state(self, rec: Record) -> tuple[Blueprint, list[Transition]]:
        blueprint = self.blueprints.get(rec.module)
        if blueprint is None:
            raise ZohoError(400, "RECORD_NOT_IN_PROCESS", "record not in process", {"id": rec.id})
        current = rec.values.get(blueprint.field)
        states = {t.from_value for t in blueprint.transitions} | {t.to_value for t in blueprint.transitions}
        if current not in states:
            raise ZohoError(400, "RECORD_NOT_IN_PROCESS", "record not in process", {"id": rec.id})
        return blueprint, [t for t in blueprint.transitions if t.from_value == current]

    def run_transition(self, rec: Record, transition_id: str, data: dict[str, Any], user_id: str) -> bool:
        """Perform (True) or partially save (False) a transition; raise when it cannot run."""
        blueprint, available = self.blueprint_state(rec)
        transition = next((t for t in blueprint.transitions if t.id == transition_id), None)
        if transition is None:
            raise invalid_data("invalid transition", api_name="transition_id", id=transition_id)
        if transition not in available:
            raise ZohoError(
                400,
                "RECORD_NOT_IN_PROCESS",
                "record not in the transition's state",
                {"id": rec.id, "transition_id": transition_id},
            )
        field_input = {k: v for k, v in data.items() if k not in ("Notes", "Attachments", "CheckLists", "Tasks")}
        module = self.modules[rec.module]
        try:
            changes = self._prepare(module, field_input, user_id, rec, 0)
        except ZohoError as err:
            raise ZohoError(400, err.code, err.message, err.details) from None
        notes = data.get("Notes")
        note_items = []
        if notes is not None:
            entries = notes if isinstance(notes, list) else [notes]
            for entry in entries:
                if not isinstance(entry, dict) or not entry.get("Note_Content"):
                    raise invalid_data(api_name="Notes")
                note_items.append(entry)
        merged = {**rec.values, **changes["values"]}
        complete = all(merged.get(f) not in (None, "") for f in transition.fields)
        if complete:
            changes["values"][blueprint.field] = transition.to_value
        touched = self._update_record(rec, changes, user_id)
        if note_items:
            self.create_notes(note_items, user_id, parent=rec)
        self.notify(rec.module, "edit", [rec.id], {rec.id: touched})
        return complete
