"""``python -m bench`` (with ``scripts/`` on ``sys.path``; ``make bench`` does that)."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
