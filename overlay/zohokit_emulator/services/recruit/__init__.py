"""Zoho Recruit API v2 at ``/recruit/v2``: Get Associated Records and Change Submission Status.

Seeded with a Corporate HR org's job openings, candidates, their associations and submissions
(see ``seed.py``): submissions 1-4 wait for review, 5 was already reviewed, 6 and 7 are archived.
The edition decides the two accepted review outcomes; it starts as ``corporate_hr`` (or as
``ZOHO_EMULATOR_RECRUIT_EDITION``) and is switched with
``PATCH /_emulator/recruit/settings {"edition": "staffing_agency"}`` until the next reset.
"""
