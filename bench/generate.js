/**
 * Generated Python projects for the benchmarks, in three shapes:
 * - packages: `bench/pkg<p>/mod<m>.py`, about 10 modules per package (the default);
 * - flat: every module in one folder, `bench/mod<m>.py`;
 * - deep: a chain of nested packages `bench/d0/d1/…` (500 levels by default), modules spread evenly.
 * Modules are padded with ordinary code to about 190 lines (6.5 kB), the median module of the
 * CPython standard library, so the share of scanning in a run is what real projects see. Each module
 * imports a sibling and a module elsewhere in the project and defines `__all__`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** Ordinary method bodies: calls, comprehensions, strings, comments, nested blocks. */
function padding(m, lines) {
  const out = [];
  for (let k = 0; out.length < lines; k++) {
    out.push(
      '',
      `    def step_${k}(self, records: dict[str, list[int]], *, limit: int = ${k + 10}) -> list[str]:`,
      `        """Summarise the records of step ${k}; keys longer than limit are cut."""`,
      '        lines = []',
      '        for key, values in sorted(records.items()):',
      '            if not values:',
      '                continue  # nothing to say about an empty list',
      '            shown = key if len(key) <= limit else key[: limit - 1] + "..."',
      `            total = sum(v * ${m % 7 + 1} for v in values if v >= 0)`,
      "            lines.append(f'{shown}: {total} ({len(values)} values)')",
      '        return lines',
    );
  }
  return out;
}

function moduleText(m, imports, lines) {
  return [
    '"""A generated module."""',
    'import os',
    'from typing import Any',
    ...imports,
    '',
    `__all__ = ["func${m}", "Klass${m}", "CONST_${m}"]`,
    `CONST_${m} = ${m}`,
    '',
    `def func${m}(value: Any = None) -> str:`,
    `    text = f"{value!r} in {os.sep}"`,
    '    if value is None:',
    '        return "none"',
    '    return text',
    '',
    `class Klass${m}:`,
    '    """Does nothing, slowly."""',
    '',
    '    def method(self, items: list[int]) -> int:',
    '        total = 0',
    '        for item in items:',
    '            total += item  # accumulate',
    '        return total',
    ...padding(m, lines - 20 - imports.length),
    '',
  ].join('\n');
}

const INIT = 'from .mod0 import func0\n__all__ = ["func0"]\n';

/**
 * Writes a project of `modules` modules into `dir` and returns its numbers.
 * options: shape ('packages' | 'flat' | 'deep'), packages (for 'packages'), depth (for 'deep'), lines.
 */
function generate(dir, { modules, shape = 'packages', packages = Math.max(1, Math.round(modules / 10)), depth = 500, lines = 190 }) {
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "bench"\n');
  // What most projects' .gitignore says (else every run asks git about bytecode in each folder).
  fs.writeFileSync(path.join(dir, '.gitignore'), '__pycache__/\n*.py[cod]\n');
  const write = (folder, name, text) => fs.writeFileSync(path.join(folder, name), text);
  let files = 1;
  if (shape === 'flat') {
    const pkg = path.join(dir, 'bench');
    fs.mkdirSync(pkg, { recursive: true });
    write(pkg, '__init__.py', INIT);
    for (let m = 0; m < modules; m++) {
      write(pkg, `mod${m}.py`, moduleText(m, [`from bench import mod${(m * 7 + 3) % modules}`, `from . import mod${(m + 1) % modules}`], lines));
    }
    files += modules + 1;
  } else if (shape === 'deep') {
    const levels = Math.min(depth, modules);
    const perLevel = Math.ceil(modules / levels);
    let pkg = path.join(dir, 'bench');
    fs.mkdirSync(pkg);
    write(pkg, '__init__.py', INIT);
    files++;
    let made = 0;
    for (let d = 0; d < levels && made < modules; d++) {
      pkg = path.join(pkg, `d${d}`);
      fs.mkdirSync(pkg);
      write(pkg, '__init__.py', INIT);
      files++;
      for (let m = 0; m < perLevel && made < modules; m++, made++) {
        // A sibling, the parent level's module and the top package: relative and absolute lookups
        // that walk the whole chain.
        const imports = [`from . import mod${(m + 1) % perLevel}`, 'from bench import mod0', d > 0 ? `from .. import mod${m}` : 'import bench'];
        write(pkg, `mod${m}.py`, moduleText(m, imports, lines));
        files++;
      }
    }
    // `from bench import mod0` needs a module at the top.
    write(path.join(dir, 'bench'), 'mod0.py', moduleText(0, [], lines));
    files++;
  } else if (shape === 'packages') {
    const perPackage = Math.ceil(modules / packages);
    // The top package is a regular one, as in the other shapes: without it, `bench/` was a folder no
    // import could reach (no `__init__.py`, no namespace packages declared), so every module was
    // data, nothing was live, and a run skipped the model's and the rules' work on all of them.
    fs.mkdirSync(path.join(dir, 'bench'), { recursive: true });
    write(path.join(dir, 'bench'), '__init__.py', '"""Generated modules."""\n');
    files++;
    let made = 0;
    for (let p = 0; p < packages && made < modules; p++) {
      const pkg = path.join(dir, 'bench', `pkg${p}`);
      fs.mkdirSync(pkg, { recursive: true });
      write(pkg, '__init__.py', INIT);
      files++;
      for (let m = 0; m < perPackage && made < modules; m++, made++) {
        let other = (p * 7 + m) % packages;
        if (other === p && packages > 1) other = (p + 1) % packages; // not the module itself
        write(pkg, `mod${m}.py`, moduleText(m, [`from bench.pkg${other} import mod${m % perPackage}`, `from . import mod${(m + 1) % perPackage}`], lines));
        files++;
      }
    }
  } else {
    throw new Error(`unknown shape ${shape} (packages, flat or deep)`);
  }
  return { files, modules, shape };
}

/** Makes `dir` a git repository with everything committed (what --staged and the floor need). */
function commitAll(dir) {
  const git = (...args) => {
    const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'bench');
}

module.exports = { generate, commitAll };
