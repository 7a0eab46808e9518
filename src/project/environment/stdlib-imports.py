"""Prints, as JSON, which standard library modules `import X` loads, for each public module X.

Run with -S by each CPython to regenerate stdlib-imports.ts: `python -S stdlib-imports.py DIR
[NAMES]`, where DIR is a site folder holding one .pth file (see stdlib-modules.py) and NAMES the
module list for versions before 3.10 (which lack sys.stdlib_module_names). Each X is imported in a
fresh interpreter started as a script's is (site, then nothing of the script's folder); the
top-level public modules it loads beyond what was already loaded are its entry. GUI and demo
modules (and those that print or open a browser on import) are left out.
"""
import json
import subprocess
import sys

site_dir = sys.argv[1]
names = sys.stdlib_module_names if hasattr(sys, "stdlib_module_names") else sys.argv[2].split()
skip = {"antigravity", "this", "idlelib", "turtledemo", "tkinter", "turtle"}
probe = (
    "import sys, site; site.addsitedir(%r); pre = set(sys.modules); __import__(sys.argv[1]); "
    "print(' '.join(sorted(n for n in set(sys.modules) - pre if '.' not in n and not n.startswith('_'))))"
) % site_dir
out = {}
for name in sorted(n for n in names if not n.startswith("_") and n not in skip):
    r = subprocess.run([sys.executable, "-S", "-c", probe, name], capture_output=True, text=True)
    loaded = [n for n in r.stdout.split() if n != name] if r.returncode == 0 else []
    if loaded:
        out[name] = loaded
print(json.dumps(out, sort_keys=True))
