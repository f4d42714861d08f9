"""Zoho Bigin API v1 at ``/bigin/v1``: Update Related Records (products related to contacts,
deals and companies, with the relation's own fields on deals: ``list_price``, ``quantity``).

The API has no read for relations; ``GET /_emulator/bigin/relations`` lists what is stored.
"""
