/**
 * Type feedback for the scanner's rarer branches, before a large first pass.
 *
 * A run that turns TurboFan on for its scan (src/host/jit.ts) has the scanner's functions optimized
 * with the feedback of the first files scanned. A branch none of them took (an `async for`, a
 * backslash continuation, `from .. import`, a dynamic import, a rare operator) has none in that
 * code, and its first use throws the optimized function away: it runs unoptimized again until it is
 * recompiled. pip's first pass did that a dozen times. Scanning this sample a few times first,
 * which costs about 2 ms, gives most of those branches feedback: pip's first pass then took
 * 0.85x the CPU (a harness scanning pip's files with the CLI's V8 flags, medians of interleaved runs).
 */
import { scanModule } from './facts';

/** Every statement form the facts builder reads, and the scanner's rarer tokens. */
export const SAMPLE = String.raw`#!/usr/bin/env python3
# -*- coding: utf-8 -*-  # noqa: E501  # pyright: ignore[x]  # dunderlint: disable=all-unsorted
"""Docstring with \\ backslash and 'quotes'."""
from __future__ import annotations
import os, sys as _sys
import a.b.c as abc
from . import x
from .. import y
from ...pkg.mod import (z as zz, w,)
from m import *
import importlib
try:
    import json
except (ImportError, ModuleNotFoundError) as exc:
    json = None
else:
    pass
finally:
    pass
if TYPE_CHECKING:
    from typing import Any
elif sys.version_info >= (3, 8) and sys.platform == "win32":
    import ntpath
else:
    import posixpath
mod = importlib.import_module("x.y", "pkg")
other = __import__('q')
__all__ = ["a", 'b', "c" "d", *other, (x), f"{x}"]
__all__ += ("e",)
__all__.extend(["f"])
__all__.append("g")
__all__.remove("g")
__all__: list[str] = list(("h",)) + ["i"]
n = 0x1F + 0o17 + 0b1 + 1_000 + 1.5e-3 + .5 + 3j + 00 + 1E5
s = r"raw\d" + b'bytes' + rb"\x" + u"u" + f'{n!r:>{n}}' + F"""{ {'k': "v"}["k"] }""" + '''tri\'ple''' + "esc\"aped"
t = f"{n=}" f'{"nested" + f"{n:{n}}"}' rf"\{n}" f"\N{BULLET} {{}}"
v = (n ** 2 // 3 % 4 @ m | 5 & 6 ^ 7 << 1 >> 1) != 1 <= 2 >= 3 < 4 > 5 == 6
n += 1; n -= 1; n *= 2; n /= 2; n //= 2; n %= 2; n **= 2; n >>= 1; n <<= 1; n &= 1; n |= 1; n ^= 1; n @= m
lam = lambda a, *b, c=1, **d: (a, b) if a else ~c
x = y = [i for i in range(3) if (j := i)]
a, (b, *c) = [d, e] = 1, (2, 3)
del a
assert x, "msg"
${'\u00e9'} = ${'\u00f1'} = 1
with open("f") as fh, open("g") as (gh, hh):
    pass
with (open("f") as fh2, open("g") as gh2):
    pass
for k, v2 in {}.items():
    continue
while False:
    break
match v:
    case [1, *rest] | {"k": val, **kw} | Point(x=px) | str() as s2 if s2:
        pass
    case _:
        pass
type Alias[T] = list[T]
@decorator(arg)
class C(Base, metaclass=M):
    attr: int = 1
    def method(self, /, a: int = 1, *args, b, **kw) -> "C":
        global g1, g2
        import inner.mod
        from .rel import thing
        if __debug__:
            return self
        try:
            import fast
        except ImportError:
            fast = None
        yield from a
        raise ValueError() from None
    async def am(self):
        async with a as b:
            await b
        async for i in b:
            pass
def __getattr__(name):
    return globals()[name]
setattr(sys.modules[__name__], "x", 1)
x = 1 if \
    n else 2
if __name__ == "__main__":
    main()
# /// script
# dependencies = []
# ///
`;

/** Scans the sample: a few times, as V8 allocates a function's feedback only after a few calls. */
export function primeScanner(): void {
  for (let i = 0; i < 4; i++) scanModule(SAMPLE);
}
