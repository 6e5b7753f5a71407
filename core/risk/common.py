"""What every module of the risk package shares: its translation context, cancellation."""

from ..i18n import translate

ERROR_SHAPE = "{} must have one value per area ({} areas), not {}."
ERROR_CANCELED = "CanceledError."


def translated(text: str) -> str:
    """``text`` (one of the package's marked strings) in the user's language."""
    return translate("Risk", text)


