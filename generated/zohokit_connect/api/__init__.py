# generated from spec/dist/connect.yaml by make generate — do not edit
"""Contains methods for accessing the API"""
