# generated from spec/dist/crm.yaml by make generate — do not edit
"""Contains endpoint functions for accessing the API"""
