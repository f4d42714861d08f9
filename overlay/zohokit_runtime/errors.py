"""The error the generated operations raise for an undocumented status (the generator's own, kept once)."""


class UnexpectedStatus(Exception):
    """Raised by an operation for a status its API description does not document, when the client
    was made with ``raise_on_unexpected_status=True`` (otherwise the operation parses it to ``None``)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus"]
