from ..cart import Cart


def checkout(cart: Cart) -> int:
    return len(cart.items)
