"""JSON objects of a response body that stay undecoded until their model is first read.

A page of 200 CRM records is about 300 kB of JSON; decoding it into dictionaries costs most of
the client's work on the page, and a caller that pages through records often reads few of them.
When msgspec is installed, the kit's transport (``zohokit.json_bodies``) decodes a response body
whose model lists nested models in an array (``RecordsResponse.data``) with those objects left as
``msgspec.Raw``: their JSON text, not decoded. A model built from such a text keeps it and decodes
it when one of its fields is first read (``LazyModel``), with the same result ``json.loads`` gives.
Without msgspec nothing here is ever produced, and the generated packages need nothing from it.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import msgspec
except ImportError:  # pragma: no cover - the kit's speedups extra brings msgspec
    msgspec = None  # type: ignore[assignment]

RAW_JSON: type | None = msgspec.Raw if msgspec is not None else None
"""The type of an undecoded JSON text (``msgspec.Raw``), or None without msgspec."""

_DECODER: Any = msgspec.json.Decoder() if msgspec is not None else None


def is_deferred(value: object) -> bool:
    """Whether ``value`` is an undecoded JSON text (a ``msgspec.Raw``)."""
    return RAW_JSON is not None and type(value) is RAW_JSON


def decode_deferred(value: Any) -> Any:
    """The value of an undecoded JSON text, exactly as ``json.loads`` gives it: msgspec decodes it,
    and whatever msgspec refuses (``NaN``, numbers beyond the float range...) ``json.loads`` does."""
    try:
        return _DECODER.decode(value)
    except msgspec.MsgspecError:
        return json.loads(bytes(value))


def response_json(response: Any, model: type) -> Any:
    """The JSON body of ``response`` for building ``model``: with the objects of the model's arrays
    of models (its ``_deferred_arrays``) left undecoded when the response offers that
    (``json_deferring``, the kit's transport with msgspec), else ``response.json()``."""
    keys: tuple[str, ...] = getattr(model, "_deferred_arrays", ())
    json_deferring = getattr(response, "json_deferring", None)
    if keys and json_deferring is not None:
        return json_deferring(keys)
    return response.json()


__all__ = ["RAW_JSON", "decode_deferred", "is_deferred", "response_json"]
