"""What a long computation in core/ raises when its caller's ``canceled()`` says stop.

One class for every module (kde, near-repeat, emerging hot spots, risk, experiments), so the
Processing side catches Cancel the same way everywhere.
"""


class CanceledError(Exception):
    """The caller's ``canceled()`` said stop."""
