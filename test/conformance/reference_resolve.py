"""Asks CPython's PathFinder/FileFinder (without importing anything) how dotted names resolve.

stdin: JSON list of {"roots": [abs dirs], "queries": [dotted names]}; stdout: JSON list (per case)
of lists (per query) of the resolved prefixes: [kind, origin or null, [search locations]].
"""
import importlib.machinery as machinery
import json
import sys
import types

KINDS = {
    machinery.SourceFileLoader: "module",
    machinery.SourcelessFileLoader: "bytecode",
    machinery.ExtensionFileLoader: "extension",
}


def resolve(roots, dotted):
    out = []
    search = roots
    parts = dotted.split(".")
    placeholders = []
    try:
        return _resolve(parts, search, out, placeholders)
    finally:
        for name in placeholders:
            sys.modules.pop(name, None)


def _resolve(parts, search, out, placeholders):
    for i in range(len(parts)):
        if i > 0:
            # A namespace path looks its parent up in sys.modules: give it a stand-in, import nothing.
            parent = ".".join(parts[:i])
            stand_in = types.ModuleType(parent)
            stand_in.__path__ = list(search)
            sys.modules[parent] = stand_in
            placeholders.append(parent)
        spec = machinery.PathFinder.find_spec(".".join(parts[: i + 1]), search)
        if spec is None:
            break
        locations = list(spec.submodule_search_locations or [])
        if spec.origin is None or spec.loader is None:
            kind = "namespace"
        elif spec.submodule_search_locations is not None:
            kind = "package"
        else:
            kind = KINDS[type(spec.loader)]
        out.append([kind, spec.origin if kind != "namespace" else None, locations])
        if spec.submodule_search_locations is None:
            break
        search = locations
    return out


def main():
    machinery.PathFinder.invalidate_caches()
    cases = json.load(sys.stdin)
    print(json.dumps([[resolve(c["roots"], q) for q in c["queries"]] for c in cases]))


if __name__ == "__main__":
    main()
