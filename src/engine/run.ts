/** One walk over the project model, dispatching to every enabled rule's visitors. */
import { layoutOf } from '../project/layout';
import { isLinted, moduleProblem } from '../project/model-store';
import type { Directory } from '../project/model';
import { isPythonSource, type Project } from '../project/project';
import type { Diagnostic } from '../types';
import { pluginOf } from './plugins';
import { formatMessage, type ConfiguredRule, type Rule, type Visitors } from './rule';

export interface RuleCrash {
  rule: string;
  /** The plugin the rule comes from, as the config names it. */
  plugin?: string;
  /** Where it threw and the exception's message: `app/x.py: boom`. */
  message: string;
  /** The file the rule was visiting, if a file (project-relative), for the report's internal-error finding. */
  path?: string;
  /** The exception's stack, shown with --verbose only. */
  stack?: string;
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
  rule: Rule;
  id: string;
  visitors: Visitors;
  dead: boolean;
}

/**
 * `focus`: the run keeps only findings about these files (a finding located in, related to or
 * fixing one of them); for other modules, rules that report only about the module they visit
 * (`meta.moduleLocal`) are not asked.
 */
export function runRules(project: Project, rules: readonly ConfiguredRule[], focus?: (path: string) => boolean): RunResult {
  const diagnostics: Diagnostic[] = [];
  const crashes: RuleCrash[] = [];
  const skippedForGit: string[] = [];
  const active: Active[] = [];

  // A rule that throws is reported once, naming the rule, and stops; the others go on.
  const fail = (a: Active, what: string, e: unknown, file?: string): void => {
    a.dead = true;
    const plugin = pluginOf(a.rule);
    const message = e instanceof Error ? e.message : String(e);
    crashes.push({
      rule: a.id,
      ...(plugin !== undefined ? { plugin } : {}),
      message: `${what}: ${message.split('\n')[0]}`,
      ...(file !== undefined ? { path: file } : {}),
      ...(e instanceof Error && e.stack ? { stack: e.stack } : {}),
    });
  };

  for (const configured of rules) {
    const { rule, severity, options } = configured;
    if (rule.meta.needs?.includes('git') && !project.git) {
      skippedForGit.push(rule.id);
      continue;
    }
    const a: Active = { rule, id: rule.id, visitors: {}, dead: false };
    try {
      a.visitors = rule.create({
        project,
        options,
        ...(focus ? { focus } : {}),
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
    } catch (e) {
      fail(a, 'create', e);
    }
    active.push(a);
  }

  // Per visitor, the rules that have it, listed once: a project of 20,000 files visits each file
  // once per rule otherwise, and most rules look at folders or modules only; and the dispatch runs
  // for every file, folder and import statement, mostly before V8 optimizes anything.
  type Key = keyof Visitors;
  const having = (key: Key, outOfFocus = false): Active[] => active.filter((a) => a.visitors[key] && !(outOfFocus && a.rule.meta.moduleLocal));
  const each = <K extends Key>(
    list: readonly Active[],
    key: K,
    arg: Parameters<NonNullable<Visitors[K]>>[0],
    label: string,
    arg2?: Parameters<NonNullable<Visitors[K]>>[1],
    file?: string,
  ) => {
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.dead) continue;
      const fn = a.visitors[key] as (x: typeof arg, y?: typeof arg2) => void;
      try {
        fn.call(a.visitors, arg, arg2);
      } catch (e) {
        fail(a, label, e, file);
      }
    }
  };
  const unreadable: RunResult['unreadable'] = [];

  each(having('project'), 'project', project, 'project');
  const directory = having('directory');
  const directoryExit = having('directory:exit');
  const fileVisitors = having('file');
  const walkDir = (dir: Directory): void => {
    const label = dir.path || '.';
    if (directory.length) each(directory, 'directory', dir, label);
    if (fileVisitors.length) for (const file of dir.files.values()) each(fileVisitors, 'file', file, file.path, undefined, file.path);
    for (const child of dir.dirs.values()) walkDir(child);
    if (directoryExit.length) each(directoryExit, 'directory:exit', dir, label);
  };
  walkDir(project.tree);
  const tracked = having('trackedFile');
  if (project.git && tracked.length) for (const entry of project.git.tracked) each(tracked, 'trackedFile', entry, entry.path, undefined, entry.path);
  // Python files are read and scanned only when some rule looks at modules or imports.
  if (active.some((a) => a.visitors.module || a.visitors.import)) {
    const modules = { inFocus: having('module'), outOfFocus: having('module', true) };
    const imports = { inFocus: having('import'), outOfFocus: having('import', true) };
    // Modules that never run (test data, fixture trees, vendored code) are not the project's code
    // to lint; stubs are read by type checkers whoever imports them.
    const { usage, moduleProblems } = layoutOf(project);
    // Modules out of focus that no rule visits are read only to tell which cannot be read whole:
    // a reused model knows that of every module whose content it knows (a --staged run need not
    // read the other 20,000).
    const unvisited = modules.outOfFocus.length === 0 && imports.outOfFocus.length === 0 ? moduleProblems : null;
    for (const file of project.files) {
      if (!isPythonSource(file.name)) continue;
      const role = usage.of(file);
      if (!isLinted(file, role)) continue;
      const outOfFocus = focus !== undefined && !focus(file.path);
      if (outOfFocus && unvisited && !unvisited.ask.has(file)) {
        const message = unvisited.known.get(file);
        if (message) unreadable.push({ path: file.path, message });
        continue;
      }
      const module = project.module(file);
      const problem = moduleProblem(module);
      if (problem) unreadable.push({ path: file.path, message: problem });
      const moduleList = outOfFocus ? modules.outOfFocus : modules.inFocus;
      if (moduleList.length) each(moduleList, 'module', module, file.path, undefined, file.path);
      const importList = outOfFocus ? imports.outOfFocus : imports.inFocus;
      if (importList.length === 0) continue;
      for (const fact of module.facts.imports) each(importList, 'import', fact, file.path, module, file.path);
    }
  }
  each(having('project:exit'), 'project:exit', project, 'project:exit');

  return { diagnostics, crashes, skippedForGit, unreadable };
}
