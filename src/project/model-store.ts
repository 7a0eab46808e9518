/**
 * The project model kept between runs: each Python file's role and liveness, the folders code
 * imports as packages and those the wheel leaves out (layout.ts), and which linted modules cannot
 * be read whole, stored beside the facts cache with what computing them read.
 *
 * Computing them goes through every import of every live module; a run after a one-file edit (what
 * the pre-commit hook runs) would do it again for one changed file. So the layout records, as it
 * computes, every input it reads: the file list, the config's `src` and `namespace-packages`, each
 * text (pyproject.toml, setup.cfg, conftest.py, …) and each module's facts. A later run whose inputs
 * are the same takes the stored result. A module counts as the same when its content is (git's blob
 * id, or the cache's content id), or when what the layout reads of its facts (`modelView`) is: an
 * edit inside a function leaves the model as it was. A module whose imports alone changed is given
 * to the layout with its earlier imports (`updates`), which updates the model for the difference
 * where it can tell that is all that changes (layout.ts, `updateModel`). Anything else (a file
 * added, a config edited, a file made live) computes the model again, as a run without the store
 * does; the property test in test/project/incremental.property.test.ts holds all three to the same
 * model and findings.
 *
 * The stored file is untrusted input like the facts cache: it is used only when its key matches and
 * every reference in it (file, import, folder) checks out; otherwise the model is computed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERSION } from '../package-info';
import type { DynamicImport, ImportFact, ModuleFacts } from '../python/facts';
import { dirAt, type Directory, type ProjectFile } from './model';
import { isPythonSource, type Project, type PythonModule } from './project';
import { definesTests, type FileUsage, type ModelFacts, type Role } from './usage';

/** Where a run keeps its model: the facts cache's folder (cache.ts), per kind of run (the index or the work tree). */
export interface ModelSlot {
  read(): string | null;
  /** The model to write when the run ends (not with --diff), as parts of the file: made then, with what the run asked of it. */
  keep(parts: () => Uint8Array[]): void;
  /** The facts of a content the cache holds, or null. */
  factsOf(contentId: string): ModuleFacts | null;
  /**
   * Whether the next run finds this content's facts in the cache: a run that scanned only a few
   * files does not write them (cache.ts, `save`).
   */
  kept(contentId: string): boolean;
  /** The content whose facts `module(file)` gives, when known (git's blob id, the cache's id), else null. */
  contentIdOf(file: ProjectFile): string | null;
}

/** An import statement that uses a folder, by its index among its module's imports (layout.ts: PackageUse). */
export interface StoredUse {
  module: PythonModule;
  index: number;
  name: string;
}

/** What the layout computes from the modules' imports (see layout.ts). */
export interface ModelResult {
  roles: ReadonlyMap<ProjectFile, FileUsage>;
  packageUses: Map<Directory, { count: number; fromPackageCode: boolean; uses: StoredUse[] }>;
  shared: Map<Directory, string>;
  /** By the index of the Python project: the folders its wheel omits that its shipped code imports (Layout.wheelOmitted), where a rule asked. */
  omitted: Map<number, Array<{ dir: Directory; uses: StoredUse[] }>>;
}

/**
 * What a restored model knows of the modules the rule engine lints (Layout.moduleProblems): why
 * one cannot be read whole, and which it must read to know (changed, or read without a content id).
 */
export interface ModuleProblems {
  known: ReadonlyMap<ProjectFile, string>;
  ask: ReadonlySet<ProjectFile>;
}

/** The modules the rule engine visits (engine/run.ts): not vendored, and live or a stub. */
export function isLinted(file: ProjectFile, usage: FileUsage): boolean {
  return usage.role !== 'vendored' && (usage.live || file.name.endsWith('.pyi'));
}

/** Why the rule engine cannot read a module whole, as it says so (engine/run.ts), or null. */
export function moduleProblem(module: PythonModule): string | null {
  if (module.readError) return module.readError;
  const error = module.facts.syntaxError;
  return error ? `${error.line}:${error.column}: ${error.message}` : null;
}

/** What a model was computed from: the texts read (by their SHA-1, null: no such file), and the modules whose facts were read. */
export interface ModelInputs {
  texts: Map<string, string | null>;
  modules: Set<ProjectFile>;
}

/** A project whose reads are recorded: the inputs of the model computed through it. */
export interface Recording extends ModelInputs {
  project: Project;
}

/** `since`: what a stored model was computed from, when it is updated (layout.ts): the reads add to it. */
export function recording(project: Project, since: ModelInputs | null = null): Recording {
  const texts = new Map(since?.texts);
  const modules = new Set(since?.modules);
  const recorded: Project = Object.create(project, {
    readText: {
      value: (p: string): string | null => {
        const text = project.readText(p);
        texts.set(p, text === null ? null : sha1(text));
        return text;
      },
    },
    module: {
      value: (file: ProjectFile): PythonModule => {
        modules.add(file);
        return project.module(file);
      },
    },
    moduleAtHand: {
      value: (file: ProjectFile): PythonModule | null => {
        const module = project.moduleAtHand(file);
        if (module) modules.add(file);
        return module;
      },
    },
  }) as Project;
  return { project: recorded, texts, modules };
}

/**
 * Everything the layout and the usage read of a module's facts, without positions: a PackageUse
 * takes its statement from the module's facts by index (imports are in source order, so the first
 * uses by line are the first by index whatever the lines). Code in layout.ts or usage.ts that reads
 * more of a module's facts must add it here.
 */
export function modelView(facts: ModuleFacts): string {
  // Kept in step with viewFacts below, which reads it back.
  return JSON.stringify([
    facts.imports.map((i) => [i.kind, i.level, i.module, i.names.map((n) => [n.name, n.asname]), i.scope, i.guarded, i.typeChecking, i.conditional, i.mainGuarded, i.inHandler]),
    facts.dynamicImports.map((d) => [d.callee, d.module, d.package]),
    facts.shebang,
    facts.mainGuard,
    facts.scriptBlock !== null,
    definesTests(facts),
  ]);
}

/**
 * What a module's view (modelView) says of its imports, as facts (without positions), and the rest
 * of it as one string; null if it is not a view. How a stored model compares a module's imports
 * before and after an edit when only the view of the earlier content is known.
 */
export function viewFacts(view: string): { facts: ModelFacts; rest: string } | null {
  let v: unknown;
  try {
    v = JSON.parse(view);
  } catch {
    return null;
  }
  if (!Array.isArray(v) || v.length !== 6 || !Array.isArray(v[0]) || !Array.isArray(v[1])) return null;
  const nowhere = { line: 0, column: 0 };
  const imports: ImportFact[] = [];
  for (const i of v[0] as unknown[]) {
    if (!Array.isArray(i) || i.length !== 10) return null;
    const [kind, level, module, names, scope, ...flags] = i as unknown[];
    if ((kind !== 'import' && kind !== 'from') || !isInt(level) || !(module === null || isStr(module)) || !Array.isArray(names) || !isStr(scope) || !flags.every((f) => typeof f === 'boolean')) return null;
    const parsed: ImportFact['names'] = [];
    for (const n of names as unknown[]) {
      if (!Array.isArray(n) || !isStr(n[0]) || !(n[1] === null || isStr(n[1]))) return null;
      parsed.push({ name: n[0], asname: n[1] as string | null, start: nowhere, end: nowhere });
    }
    const [guarded, typeChecking, conditional, mainGuarded, inHandler] = flags as boolean[];
    imports.push({ kind, level, module: module as string | null, names: parsed, start: nowhere, end: nowhere, scope: scope as ImportFact['scope'], guarded: guarded!, typeChecking: typeChecking!, conditional: conditional!, mainGuarded: mainGuarded!, inHandler: inHandler! });
  }
  const dynamicImports: DynamicImport[] = [];
  for (const d of v[1] as unknown[]) {
    if (!Array.isArray(d) || !isStr(d[0]) || !isStr(d[1]) || !(d[2] === null || isStr(d[2]))) return null;
    dynamicImports.push({ callee: d[0] as DynamicImport['callee'], module: d[1], package: d[2] as string | null, start: nowhere });
  }
  return { facts: { imports, dynamicImports }, rest: JSON.stringify(v.slice(2)) };
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
const HASH = 40;
/** Per Python file in `ids`: a tag, then 40 characters. */
const ENTRY = 1 + HASH;
const NOT_READ = '-'.repeat(ENTRY);

declare const DUNDERLINT_MODEL_HASH: string | undefined;
let codeHash: string | null = null;

/**
 * The code that computes the model: any change drops stored models. The bundle knows it from the
 * build (scripts/bundle.js hashes src/); unbundled (ts-jest), the sources are hashed once.
 */
function modelCodeHash(): string {
  if (typeof DUNDERLINT_MODEL_HASH === 'string') return DUNDERLINT_MODEL_HASH;
  codeHash ??= sourceTreeHash(path.join(__dirname, '..'), path.extname(__filename));
  return codeHash;
}

/** A hash of the files ending in `ext` (declarations left out) below `dir`, in name order. */
export function sourceTreeHash(dir: string, ext: string): string {
  const hash = createHash('sha1');
  const visit = (d: string, rel: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(path.join(d, entry.name), r);
      else if (entry.name.endsWith(ext) && !entry.name.endsWith(`.d${ext}`)) {
        const text = fs.readFileSync(path.join(d, entry.name));
        hash.update(`${r} ${text.length}\0`).update(text);
      }
    }
  };
  visit(dir, '');
  return hash.digest('hex');
}

const FORMAT = 'dunderlint-model 4';

/** What every model of this project, code and config shares: the key a stored model must carry. */
function modelKey(project: Project, staged: boolean): string {
  const { config } = project;
  const hash = createHash('sha1');
  hash.update(JSON.stringify([FORMAT, VERSION, modelCodeHash(), project.root, staged, config.baseDir, config.src, config.namespacePackages, [...project.buffers].sort()]));
  // The file list, every file: the layout reads folders' contents by name (pyproject.toml, conf.py,
  // cookiecutter.json …), and a VCS file finder ships tracked files. Joined by the engine, a
  // thousand at a time: a string built path by path cost a --staged run of 20,000 modules 8 ms, and
  // all of them at once is megabytes more at the end of a cold run of 100,000.
  const { files } = project;
  for (let i = 0; i < files.length; i += 1000) {
    const some = files.slice(i, i + 1000);
    hash.update(some.map((f) => f.path).join('\0'));
    hash.update(some.map((f) => (f.tracked ? '\u0001' : '\u0002')).join(''));
  }
  return hash.digest('hex');
}

interface Stored {
  texts: Array<[string, string | null]>;
  /** Role, live, why, and the file index of FileUsage.importedBy (-1: none). */
  kinds: Array<[Role, 0 | 1, string, number]>;
  roles: number[];
  /** Folder, count, from package code, uses as [file index, import index, name]. */
  uses: Array<[string, number, 0 | 1, Array<[number, number, string]>]>;
  shared: Array<[string, string]>;
  /** Python project index, then folders and their uses as in `uses`. */
  omitted: Array<[number, Array<[string, Array<[number, number, string]>]>]>;
  /** Linted modules the engine cannot read whole, by file index, and why; null: read it to know. */
  problems: Array<[number, string | null]>;
  /**
   * By index among the Python files, the modelView of modules kept by their view's hash (`v`), and
   * their content id: an edit of their imports can update the model, and the same content is the
   * same module.
   */
  views: Array<[number, string, string | null]>;
}

/** Modules kept by their view whose view is stored too: such a module is one the facts cache will not keep, after a run that scanned few. */
const MAX_VIEWS = 256;
/** Modules whose imports changed that a stored model is updated for; more compute it. */
const MAX_UPDATES = 64;

/**
 * The stored model: its key on the first line, the model as JSON on the second, then the ids: per
 * Python file, in file order, `i` and its content id, `v` and the hash of its modelView, or
 * NOT_READ. Written in parts: the ids alone are 4 MB at 100,000 modules, at the peak of a cold run.
 */
export function modelParts(project: Project, slot: ModelSlot, staged: boolean, rec: ModelInputs, result: ModelResult, known: ModuleProblems | null = null): Buffer[] {
  let python = 0;
  for (const file of project.files) if (isPythonSource(file.name)) python++;
  // Indexes of the files that uses and importers name only: a map of every file was 8 MB at 100,000 modules.
  const fileIndex = new Map<ProjectFile, number>();
  for (const e of [...result.packageUses.values(), ...[...result.omitted.values()].flat()]) for (const u of e.uses) fileIndex.set(u.module.file, -1);
  for (const u of result.roles.values()) if (u.importedBy) fileIndex.set(u.importedBy, -1);
  if (fileIndex.size) project.files.forEach((f, i) => fileIndex.has(f) && fileIndex.set(f, i));
  const views: Stored['views'] = [];
  const ids = Buffer.alloc(ENTRY * python);
  let at = 0;
  const problems: Stored['problems'] = [];
  const kinds: Stored['kinds'] = [];
  const kindIndex = new Map<FileUsage, number>();
  const byText = new Map<string, number>();
  const roles: number[] = [];
  for (let i = 0; i < project.files.length; i++) {
    const file = project.files[i]!;
    if (!isPythonSource(file.name)) continue;
    const u = result.roles.get(file)!;
    let k = kindIndex.get(u);
    if (k === undefined) {
      const importer = u.importedBy ? fileIndex.get(u.importedBy)! : -1;
      const text = `${u.role}\0${u.live}\0${u.why}\0${importer}`;
      k = byText.get(text);
      if (k === undefined) {
        byText.set(text, (k = kinds.length));
        kinds.push([u.role, u.live ? 1 : 0, u.why, importer]);
      }
      kindIndex.set(u, k);
    }
    roles.push(k);
    const linted = isLinted(file, u);
    if (!rec.modules.has(file) && !linted) {
      at += ids.write(NOT_READ, at, 'latin1');
      continue;
    }
    // By content where the next run can read that content's facts (to tell whether an edit
    // changed what the model reads), else by what the model reads of it.
    const id = slot.contentIdOf(file);
    const byContent = id !== null && id.length === HASH && slot.kept(id);
    at += ids.write(byContent ? 'i' : 'v', at, 'latin1');
    if (byContent) at += ids.write(id, at, 'latin1');
    else {
      const view = modelView(project.module(file).facts);
      at += ids.write(sha1(view), at, 'latin1');
      if (views.length < MAX_VIEWS) views.push([roles.length - 1, view, id]);
    }
    // What the rule engine says of a module it cannot read whole is its content's: known for the
    // next run where the content is the same (a file that could not be read has none: asked again).
    if (linted) {
      // Where an updated model knew it, as it was: reading every module's facts again for this
      // alone was most of the update's cost.
      if (!byContent) problems.push([i, null]);
      else {
        const problem = known && !known.ask.has(file) ? (known.known.get(file) ?? null) : moduleProblem(project.module(file));
        if (problem) problems.push([i, problem]);
      }
    }
  }
  const uses = (list: readonly StoredUse[]): Array<[number, number, string]> => list.map((u) => [fileIndex.get(u.module.file)!, u.index, u.name]);
  const stored: Stored = {
    texts: [...rec.texts],
    kinds,
    roles,
    uses: [...result.packageUses].map(([dir, e]) => [dir.path, e.count, e.fromPackageCode ? 1 : 0, uses(e.uses)]),
    shared: [...result.shared].map(([dir, why]) => [dir.path, why]),
    omitted: [...result.omitted].map(([i, found]) => [i, found.map((f) => [f.dir.path, uses(f.uses)])]),
    problems,
    views,
  };
  return [Buffer.from(`${modelKey(project, staged)}\n${JSON.stringify(stored)}\n`), ids];
}

const ROLES = new Set<string>(['package', 'test', 'script', 'vendored', 'data']);

/** A module whose imports changed since the stored model: what they were (layout.ts updates the model for the difference). */
export interface ModelUpdate {
  file: ProjectFile;
  before: ModelFacts;
}

export interface RestoredModel {
  result: ModelResult & { roles: Map<ProjectFile, FileUsage> };
  /** Modules whose content changed but not their view. */
  changed: number;
  /** Modules whose imports changed, and nothing else the model reads of them: the model must be updated for them, or computed. */
  updates: ModelUpdate[];
  problems: ModuleProblems;
  /** What the stored model was computed from (made when asked: only an update needs it). */
  inputs(): ModelInputs;
}

/**
 * The stored model, if its inputs are this run's: the same key and texts, and the same modules (by
 * content or by view) but for some whose imports alone changed (`updates`). Null: compute it.
 */
export function restoreModel(project: Project, slot: ModelSlot, staged: boolean): RestoredModel | null {
  const text = slot.read();
  if (!text) return null;
  const nl = text.indexOf('\n');
  if (nl !== HASH || text.slice(0, nl) !== modelKey(project, staged)) return null;
  const end = text.indexOf('\n', nl + 1);
  if (end === -1) return null;
  let s: Stored;
  try {
    s = JSON.parse(text.slice(nl + 1, end)) as Stored;
  } catch {
    return null;
  }
  if (!wellFormed(s)) return null;
  const ids = text.slice(end + 1);
  for (const [p, h] of s.texts) {
    const t = project.readText(p);
    if ((t === null ? null : sha1(t)) !== h) return null;
  }
  const { files } = project;
  const python: ProjectFile[] = [];
  for (const f of files) if (isPythonSource(f.name)) python.push(f);
  if (ids.length !== ENTRY * python.length || s.roles.length !== python.length) return null;
  let changed = 0;
  const ask = new Set<ProjectFile>();
  const updates: ModelUpdate[] = [];
  const updated = new Set<ProjectFile>();
  const views = new Map<number, { view: string; id: string | null }>();
  for (const v of Array.isArray(s.views) ? s.views : []) if (Array.isArray(v) && isInt(v[0]) && isStr(v[1]) && (v[2] === null || isStr(v[2]))) views.set(v[0], { view: v[1], id: v[2] });
  for (let k = 0; k < python.length; k++) {
    const at = ENTRY * k;
    const tag = ids.charCodeAt(at);
    if (tag === 45 /* - */) continue;
    const file = python[k]!;
    // Known once the module is read (a file git does not vouch for is found by its stat data or hash).
    let id = slot.contentIdOf(file);
    if (id === null) {
      project.module(file);
      id = slot.contentIdOf(file);
    }
    if (tag === 105 /* i */ && id !== null && id.length === HASH && ids.startsWith(id, at + 1)) continue;
    // A different content: the same model if the layout reads the same of it.
    let before: string;
    let view: string | null = null;
    if (tag === 118 /* v */) {
      before = ids.slice(at + 1, at + ENTRY);
      const stored = views.get(k);
      if (stored && stored.id !== null && stored.id === id) continue;
      view = stored && sha1(stored.view) === before ? stored.view : null;
    } else {
      const old = slot.factsOf(ids.slice(at + 1, at + ENTRY));
      if (!old) return null;
      view = modelView(old);
      before = sha1(view);
    }
    ask.add(file);
    const now = modelView(project.module(file).facts);
    if (sha1(now) === before) {
      changed++;
      continue;
    }
    // Its imports changed, and nothing else the model reads of it: updated for the difference.
    const was = view === null ? null : viewFacts(view);
    if (!was || updates.length === MAX_UPDATES || viewFacts(now)?.rest !== was.rest) return null;
    updates.push({ file, before: was.facts });
    updated.add(file);
  }
  const usages: FileUsage[] = [];
  for (const [role, live, why, importer] of s.kinds) {
    const u: FileUsage = { role, live: live === 1, why };
    if (importer !== -1) {
      // Live because the importer imports it: its why says so (usage.ts), which an update rewrites.
      const by = files[importer];
      if (!by || !isPythonSource(by.name) || !why.endsWith(`; imported by ${by.path}`) || live !== 1) return null;
      u.importedBy = by;
    }
    usages.push(u);
  }
  const roles = new Map<ProjectFile, FileUsage>();
  for (let k = 0; k < python.length; k++) {
    // A role that is no index of `kinds` finds none (roles are not checked one by one beforehand).
    const u = Number.isInteger(s.roles[k]) ? usages[s.roles[k]!] : undefined;
    if (!u) return null;
    roles.set(python[k]!, u);
  }
  const folder = (p: string): Directory | null => {
    const dir = dirAt(project.tree, p);
    return dir && dir.path === p ? dir : null;
  };
  const storedUses = (uses: Array<[number, number, string]>): StoredUse[] | null => {
    const kept: StoredUse[] = [];
    for (const [fi, index, name] of uses) {
      const file = files[fi];
      if (!file || !isPythonSource(file.name)) return null;
      const module = project.module(file);
      // An updated module's uses are its earlier imports': the update replaces them.
      if (!module.facts.imports[index] && !updated.has(file)) return null;
      kept.push({ module, index, name });
    }
    return kept;
  };
  const packageUses: ModelResult['packageUses'] = new Map();
  for (const [p, count, fromPackageCode, list] of s.uses) {
    const dir = folder(p);
    const uses = storedUses(list);
    if (!dir || !uses) return null;
    packageUses.set(dir, { count, fromPackageCode: fromPackageCode === 1, uses });
  }
  const shared = new Map<Directory, string>();
  for (const [p, why] of s.shared) {
    const dir = folder(p);
    if (!dir) return null;
    shared.set(dir, why);
  }
  const omitted: ModelResult['omitted'] = new Map();
  for (const [i, found] of s.omitted) {
    const list: Array<{ dir: Directory; uses: StoredUse[] }> = [];
    for (const [p, stored] of found) {
      const dir = folder(p);
      const uses = storedUses(stored);
      if (!dir || !uses || uses.length === 0) return null;
      list.push({ dir, uses });
    }
    omitted.set(i, list);
  }
  const known = new Map<ProjectFile, string>();
  for (const [i, problem] of s.problems) {
    const file = files[i];
    if (!file || !isPythonSource(file.name)) return null;
    if (problem === null) ask.add(file);
    else if (!ask.has(file)) known.set(file, problem);
  }
  const inputs = (): ModelInputs => {
    const read = new Set<ProjectFile>();
    for (let k = 0; k < python.length; k++) if (ids.charCodeAt(ENTRY * k) !== 45 /* - */) read.add(python[k]!);
    return { texts: new Map(s.texts), modules: read };
  };
  return { result: { roles, packageUses, shared, omitted }, changed, updates, problems: { known, ask }, inputs };
}

const isInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isStr = (x: unknown): x is string => typeof x === 'string';

/** A stored model of the expected shape: the file may be damaged, or crafted. */
function wellFormed(s: Stored): boolean {
  if (typeof s !== 'object' || s === null || !Array.isArray(s.texts) || !Array.isArray(s.kinds) || !Array.isArray(s.roles) || !Array.isArray(s.uses) || !Array.isArray(s.shared)) return false;
  if (!s.texts.every((t) => Array.isArray(t) && isStr(t[0]) && (t[1] === null || isStr(t[1])))) return false;
  if (!s.kinds.every((k) => Array.isArray(k) && ROLES.has(k[0]) && (k[1] === 0 || k[1] === 1) && isStr(k[2]) && (k[3] === -1 || isInt(k[3])))) return false;
  if (!s.shared.every((x) => Array.isArray(x) && isStr(x[0]) && isStr(x[1]))) return false;
  const isUses = (list: unknown): boolean => Array.isArray(list) && list.every((x) => Array.isArray(x) && isInt(x[0]) && isInt(x[1]) && isStr(x[2]));
  if (!Array.isArray(s.omitted) || !s.omitted.every((o) => Array.isArray(o) && isInt(o[0]) && Array.isArray(o[1]) && o[1].every((f) => Array.isArray(f) && isStr(f[0]) && isUses(f[1])))) return false;
  if (!Array.isArray(s.problems) || !s.problems.every((x) => Array.isArray(x) && isInt(x[0]) && (x[1] === null || isStr(x[1])))) return false;
  return s.uses.every((u) => Array.isArray(u) && isStr(u[0]) && isInt(u[1]) && (u[2] === 0 || u[2] === 1) && isUses(u[3]));
}
