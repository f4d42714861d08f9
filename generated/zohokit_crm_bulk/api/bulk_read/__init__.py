# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
"""Contains endpoint functions for accessing the API"""
