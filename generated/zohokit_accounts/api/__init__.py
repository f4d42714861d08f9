# generated from spec/dist/accounts.yaml by make generate — do not edit
"""Contains methods for accessing the API"""
