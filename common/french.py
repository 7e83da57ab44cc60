"""French number agreement: 0 and 1 take the singular (« 0 territoire », « 1 territoire », « 2 territoires »)."""


def is_plural(count: int | float) -> bool:
    return abs(count) >= 2


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 3 territoires », « 1 territoire », « 0 territoire »; ``plural_form`` when it is not the singular plus s."""
    return f"{count} {(plural_form or singular + 's') if is_plural(count) else singular}"
