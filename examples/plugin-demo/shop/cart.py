from __future__ import annotations


class Cart:
    def __init__(self) -> None:
        self.items: list[str] = []
