# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
"""Contains methods for accessing the API"""
