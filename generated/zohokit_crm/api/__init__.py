# generated from spec/dist/crm.yaml by make generate — do not edit
"""Contains methods for accessing the API"""
