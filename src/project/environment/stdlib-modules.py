"""Prints the top-level module names of this Python's standard library, one per line.

Run by every supported CPython to regenerate stdlib-modules.ts (see the header there). Python 3.10+
has sys.stdlib_module_names; older versions list the stdlib folders and the built-in modules.
"""
import sys

if hasattr(sys, "stdlib_module_names"):
    names = set(sys.stdlib_module_names)
else:
    import os
    import pkgutil
    import sysconfig

    stdlib = sysconfig.get_paths()["stdlib"]
    paths = [stdlib, os.path.join(stdlib, "lib-dynload")]
    names = {m.name for m in pkgutil.iter_modules(paths)} | set(sys.builtin_module_names)
    names -= {"site-packages", "dist-packages", "test"} - set(sys.builtin_module_names)
    names.add("test")
print("\n".join(sorted(n for n in names if n.isidentifier())))
