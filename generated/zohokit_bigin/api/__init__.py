# generated from spec/dist/bigin.yaml by make generate — do not edit
"""Contains methods for accessing the API"""
