from __future__ import annotations

from shop.cart import Cart

__all__ = ["Cart"]
