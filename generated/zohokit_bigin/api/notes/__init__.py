# generated from spec/dist/bigin.yaml by make generate — do not edit
"""Contains endpoint functions for accessing the API"""
