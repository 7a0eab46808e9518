"""Prints the top-level module names of this Python's standard library, one per line.

Run by every supported CPython to regenerate stdlib-modules.ts (see the header there). Python 3.10+
has sys.stdlib_module_names; older versions list the stdlib folders and the built-in modules.

With `--unshadowable DIR`, prints instead the top-level names a module on sys.path can never
replace in a script: built-in modules (BuiltinImporter precedes PathFinder), frozen ones
(FrozenImporter too), and those already imported when the script starts, which CPython does before
it puts the script's folder on sys.path: what the interpreter and `site` import, reading a site
folder DIR that holds one .pth file of comments only (most environments have some .pth file).
Run it with -S, so that the .pth files of this installation add nothing of their own.
"""
import sys

if "--unshadowable" in sys.argv:
    import site

    site.addsitedir(sys.argv[sys.argv.index("--unshadowable") + 1])

    names = set(sys.builtin_module_names) | {n for n in sys.modules if "." not in n}
    try:
        import _imp

        names |= set(_imp._frozen_module_names())
    except AttributeError:  # before 3.11: only importlib's own bootstrap is frozen
        pass
    names = {n for n in names if "." not in n and n != "__main__" and not n.startswith("__hello") and not n.startswith("__phello")}
elif hasattr(sys, "stdlib_module_names"):
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
