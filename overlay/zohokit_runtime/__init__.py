"""The runtime every generated client package (``zohokit_crm``, ``zohokit_recruit``, ...) imports.

openapi-python-client writes ``types.py``, ``client.py`` and ``errors.py`` into each package it
generates, and those files are the same for every API. The kit's templates
(``scripts/templates/``) make each of them a few lines that import from here, so the lazily
converting models, ``Response`` and the httpx client plumbing exist once:

* :mod:`zohokit_runtime.types`: ``Unset``/``UNSET``, ``File``, ``Response`` (which carries its request);
* :mod:`zohokit_runtime.lazy_models`: ``LazyModel``, the base of every generated model;
* :mod:`zohokit_runtime.client`: the bases of each package's ``Client`` and ``AuthenticatedClient``;
* :mod:`zohokit_runtime.errors`: ``UnexpectedStatus``.

Why a package of its own rather than a module of :mod:`zohokit`: the generated packages must stay
usable without the overlay (they depend on httpx and attrs only), and :mod:`zohokit` imports the
generated packages, so a generated package importing ``zohokit.<anything>`` would run the whole
overlay's ``__init__`` in the middle of its own import and make the two import each other. This
package imports neither. It ships in the kit's wheel beside the generated packages and, in a
checkout, is importable with ``overlay/`` on the path (as pytest, mypy and ``make`` set it).

Each generated package still defines its own ``Client`` and ``AuthenticatedClient`` (thin
subclasses of the bases here), so a client of one API passed to another API's operation remains
a type error.
"""
