/** CPython as the judge of what a module is: one python3 process for many files. */
import { execFileSync } from 'node:child_process';

export interface PythonVerdict {
  /** The SyntaxError CPython raises compiling the file, or null. */
  error: string | null;
  /** `__all__` after running the module (null: it has none, or it did not compile). */
  all: string[] | null;
}

const SCRIPT = `
import json, sys
run = sys.argv[1] == 'run'
out = []
for p in sys.argv[2:]:
    src = open(p, 'rb').read()
    try:
        code = compile(src, p, 'exec')
    except SyntaxError as e:
        out.append({'error': '%s (line %s)' % (e.msg, e.lineno), 'all': None})
        continue
    if not run:
        out.append({'error': None, 'all': None})
        continue
    ns = {'__name__': 'generated'}
    exec(code, ns)
    a = ns.get('__all__')
    out.append({'error': None, 'all': None if a is None else [str(x) for x in a]})
print(json.dumps(out))
`;

/**
 * Compiles each file with CPython and, with `run`, runs it for its `__all__` (the modules must then
 * be harmless and self-contained: names and `__all__`).
 */
export function judge(files: readonly string[], { run = true } = {}): PythonVerdict[] {
  if (files.length === 0) return [];
  const args = ['-c', SCRIPT, run ? 'run' : 'compile', ...files];
  return JSON.parse(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 64 << 20 })) as PythonVerdict[];
}
