# generated from spec/dist/recruit.yaml by make generate — do not edit
"""Contains shared errors types that can be raised from API functions (defined in ``zohokit_runtime.errors``)"""

from zohokit_runtime.errors import UnexpectedStatus

__all__ = ["UnexpectedStatus"]
