/** One walk over the project model, dispatching to every enabled rule's visitors. */
import type { Directory } from '../project/model';
import { isPythonSource, type Project } from '../project/project';
import type { Diagnostic } from '../types';
import { formatMessage, type ConfiguredRule, type Visitors } from './rule';

export interface RuleCrash {
  rule: string;
  message: string;
}

export interface RunResult {
  diagnostics: Diagnostic[];
  crashes: RuleCrash[];
  /** Rules that did not run because the project is not in a git work tree. */
  skippedForGit: string[];
  /** Python files that could not be read or parsed (their facts are partial or empty). */
  unreadable: Array<{ path: string; message: string }>;
}

interface Active {
  id: string;
  visitors: Visitors;
  dead: boolean;
}

export function runRules(project: Project, rules: readonly ConfiguredRule[]): RunResult {
  const diagnostics: Diagnostic[] = [];
  const crashes: RuleCrash[] = [];
  const skippedForGit: string[] = [];
  const active: Active[] = [];

  // A rule that throws is reported once, naming the rule, and stops; the others go on.
  const guard = (a: Active, what: string, fn: () => void): void => {
    if (a.dead) return;
    try {
      fn();
    } catch (e) {
      a.dead = true;
      const err = e as Error;
      crashes.push({ rule: a.id, message: `${what}: ${err?.stack ?? String(e)}` });
    }
  };

  for (const configured of rules) {
    const { rule, severity, options } = configured;
    if (rule.meta.needs?.includes('git') && !project.git) {
      skippedForGit.push(rule.id);
      continue;
    }
    const a: Active = { id: rule.id, visitors: {}, dead: false };
    guard(a, 'create', () => {
      a.visitors = rule.create({
        project,
        options,
        report(r) {
          const template = rule.meta.messages[r.messageId];
          if (template === undefined) throw new Error(`unknown messageId "${r.messageId}"`);
          diagnostics.push({
            rule: rule.id,
            severity,
            message: formatMessage(template, r.data),
            location: r.at,
            fix: r.fix ?? null,
            related: r.related ?? [],
          });
        },
      });
    });
    active.push(a);
  }

  const each = <K extends keyof Visitors>(
    key: K,
    arg: Parameters<NonNullable<Visitors[K]>>[0],
    label: string,
    arg2?: Parameters<NonNullable<Visitors[K]>>[1],
  ) => {
    for (const a of active) {
      const fn = a.visitors[key] as ((x: typeof arg, y?: typeof arg2) => void) | undefined;
      if (fn) guard(a, label, () => fn.call(a.visitors, arg, arg2));
    }
  };
  const unreadable: RunResult['unreadable'] = [];

  each('project', project, 'project');
  const walkDir = (dir: Directory): void => {
    const label = dir.path || '.';
    each('directory', dir, label);
    for (const file of dir.files.values()) each('file', file, file.path);
    for (const child of dir.dirs.values()) walkDir(child);
    each('directory:exit', dir, label);
  };
  walkDir(project.tree);
  if (project.git) for (const entry of project.git.tracked) each('trackedFile', entry, entry.path);
  // Python files are read and scanned only when some rule looks at modules or imports.
  if (active.some((a) => a.visitors.module || a.visitors.import)) {
    for (const file of project.files) {
      if (!isPythonSource(file.name)) continue;
      const module = project.module(file);
      if (module.readError) unreadable.push({ path: file.path, message: module.readError });
      else if (module.facts.syntaxError) {
        const { line, column, message } = module.facts.syntaxError;
        unreadable.push({ path: file.path, message: `${line}:${column}: ${message}` });
      }
      each('module', module, file.path);
      for (const fact of module.facts.imports) each('import', fact, file.path, module);
    }
  }
  each('project:exit', project, 'project:exit');

  return { diagnostics, crashes, skippedForGit, unreadable };
}
