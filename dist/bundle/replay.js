"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/src/host/git-env.js
var require_git_env = __commonJS({
  "dist/src/host/git-env.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.gitEnv = gitEnv;
    var PATHSPEC_SETTINGS = ["GIT_LITERAL_PATHSPECS", "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS"];
    function gitEnv(literal) {
      const env = { ...process.env };
      for (const name of PATHSPEC_SETTINGS)
        delete env[name];
      if (literal)
        env["GIT_LITERAL_PATHSPECS"] = "1";
      return env;
    }
  }
});

// dist/src/host/user-cache.js
var require_user_cache = __commonJS({
  "dist/src/host/user-cache.js"(exports2) {
    "use strict";
    var __createBinding2 = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault2 = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar2 = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding2(result, mod, k[i]);
        }
        __setModuleDefault2(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.userCacheFolder = userCacheFolder;
    exports2.readTrusted = readTrusted;
    exports2.writeTrusted = writeTrusted;
    exports2.sweepStale = sweepStale;
    var node_crypto_12 = require("node:crypto");
    var fs2 = __importStar2(require("node:fs"));
    var os = __importStar2(require("node:os"));
    var path2 = __importStar2(require("node:path"));
    var DIGEST_BYTES = 32;
    var STALE_MS = 30 * 24 * 3600 * 1e3;
    var digest = (data) => (0, node_crypto_12.createHash)("sha256").update(data).digest();
    function userCacheFolder(name) {
      let base = process.env["XDG_CACHE_HOME"];
      if (!base || !path2.isAbsolute(base)) {
        let home;
        try {
          home = os.homedir();
        } catch {
          return null;
        }
        if (!home)
          return null;
        if (process.platform === "win32")
          base = process.env["LOCALAPPDATA"] || path2.join(home, "AppData", "Local");
        else if (process.platform === "darwin")
          base = path2.join(home, "Library", "Caches");
        else
          base = path2.join(home, ".cache");
      }
      return path2.join(base, "dunderlint", name);
    }
    function readTrusted(file) {
      let fd;
      try {
        fd = fs2.openSync(file, fs2.constants.O_RDONLY | (fs2.constants.O_NOFOLLOW || 0) | (fs2.constants.O_NONBLOCK || 0));
        const st = fs2.fstatSync(fd);
        const uid = process.getuid ? process.getuid() : -1;
        if (!st.isFile() || uid !== -1 && (st.uid !== uid || (st.mode & 18) !== 0))
          return null;
        const bytes = fs2.readFileSync(fd);
        const data = bytes.subarray(DIGEST_BYTES);
        return bytes.length > DIGEST_BYTES && digest(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : null;
      } catch {
        return null;
      } finally {
        if (fd !== void 0)
          fs2.closeSync(fd);
      }
    }
    function writeTrusted(file, data) {
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        fs2.mkdirSync(path2.dirname(file), { recursive: true, mode: 448 });
        fs2.writeFileSync(tmp, Buffer.concat([digest(data), data]), { mode: 384, flag: "wx" });
        fs2.renameSync(tmp, file);
        return true;
      } catch {
        try {
          fs2.rmSync(tmp, { force: true });
        } catch {
        }
        return false;
      }
    }
    function sweepStale(kept) {
      const folder = path2.dirname(kept);
      try {
        const now = Date.now();
        for (const name of fs2.readdirSync(folder)) {
          const other = path2.join(folder, name);
          if (other !== kept && now - fs2.lstatSync(other).mtimeMs > STALE_MS)
            fs2.rmSync(other, { force: true });
        }
      } catch {
      }
    }
  }
});

// dist/src/replay-hook.js
var require_replay_hook = __commonJS({
  "dist/src/replay-hook.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RECORDER = void 0;
    exports2.recorder = recorder;
    exports2.RECORDER = /* @__PURE__ */ Symbol.for("dunderlint.run-recorder");
    function recorder() {
      return globalThis[exports2.RECORDER];
    }
  }
});

// dist/src/replay.js
var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
  if (k2 === void 0) k2 = k;
  var desc = Object.getOwnPropertyDescriptor(m, k);
  if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
    desc = { enumerable: true, get: function() {
      return m[k];
    } };
  }
  Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
  if (k2 === void 0) k2 = k;
  o[k2] = m[k];
}));
var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
  Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
  o["default"] = v;
});
var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
  var ownKeys = function(o) {
    ownKeys = Object.getOwnPropertyNames || function(o2) {
      var ar = [];
      for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
      return ar;
    };
    return ownKeys(o);
  };
  return function(mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) {
      for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
    }
    __setModuleDefault(result, mod);
    return result;
  };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeTrusted = exports.userCacheFolder = exports.sweepStale = exports.readTrusted = void 0;
exports.allowedGitArgs = allowedGitArgs;
exports.replayable = replayable;
exports.tryReplay = tryReplay;
exports.startRecording = startRecording;
var node_child_process_1 = require("node:child_process");
var node_crypto_1 = require("node:crypto");
var fs = __importStar(require("node:fs"));
var path = __importStar(require("node:path"));
var git_env_1 = require_git_env();
var user_cache_1 = require_user_cache();
Object.defineProperty(exports, "readTrusted", { enumerable: true, get: function() {
  return user_cache_1.readTrusted;
} });
Object.defineProperty(exports, "sweepStale", { enumerable: true, get: function() {
  return user_cache_1.sweepStale;
} });
Object.defineProperty(exports, "userCacheFolder", { enumerable: true, get: function() {
  return user_cache_1.userCacheFolder;
} });
Object.defineProperty(exports, "writeTrusted", { enumerable: true, get: function() {
  return user_cache_1.writeTrusted;
} });
var replay_hook_1 = require_replay_hook();
var FORMAT = 1;
var RACY_MS = 2e3;
var VOLATILE_ENV = /* @__PURE__ */ new Set(["_", "OLDPWD", "SHLVL"]);
var GIT_WORDS = /* @__PURE__ */ new Set([
  "rev-parse",
  "--show-toplevel",
  "check-ignore",
  "ls-files",
  "diff",
  "cat-file",
  "-q",
  "--",
  ".",
  "-z",
  "-t",
  "-v",
  "--cached",
  "--stage",
  "--others",
  "--exclude-standard",
  "--deleted",
  "--modified",
  "--ignored",
  "--directory",
  "--no-index",
  "--stdin",
  "--name-only",
  "--no-renames",
  "--relative",
  "--batch"
]);
var sha = (data) => (0, node_crypto_1.createHash)("sha256").update(data).digest("hex");
var recordFolder = () => (0, user_cache_1.userCacheFolder)("runs");
function requestKey(argv) {
  const env = Object.keys(process.env).filter((k) => !VOLATILE_ENV.has(k)).sort().map((k) => `${k}=${process.env[k]}`);
  const self = ["cli.js", "replay.js", path.join("..", "..", "package.json")].map((f) => signature("s", path.join(__dirname, f)));
  const tty = [process.stdout.isTTY, process.stderr.isTTY, process.stdout.columns, process.stderr.columns];
  const who = [process.getuid?.(), process.getgid?.()];
  return sha(JSON.stringify([FORMAT, process.version, process.arch, process.platform, process.execArgv, self, process.cwd(), argv, env, tty, who]));
}
function statSignature(st) {
  if (st.isDirectory())
    return `dir:${st.dev}:${st.ino}:${st.mode}:${st.uid}`;
  return `${st.dev}:${st.ino}:${st.mode}:${st.uid}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}
var MISSING = "!ENOENT";
function signature(op, p) {
  try {
    switch (op) {
      case "s": {
        const st = fs.statSync(p, { bigint: true, throwIfNoEntry: false });
        return st ? statSignature(st) : MISSING;
      }
      case "l":
      case "x": {
        const st = fs.lstatSync(p, { bigint: true, throwIfNoEntry: false });
        return st ? statSignature(st) : MISSING;
      }
      case "d":
        return entriesSignature(fs.readdirSync(p, { withFileTypes: true }));
      case "r":
        return fs.realpathSync(p);
      case "c": {
        const st = fs.lstatSync(p, { bigint: true, throwIfNoEntry: false });
        return !st ? MISSING : st.isFile() ? statSignature(st) : "!not a file";
      }
    }
  } catch (e) {
    return errorSignature(e);
  }
}
function entriesSignature(entries) {
  return sha(entries.map((e) => `${e.name}/${e.isDirectory() ? "d" : e.isSymbolicLink() ? "l" : e.isFile() ? "f" : "o"}`).sort().join("\0"));
}
var errorSignature = (e) => `!${e.code ?? "error"}`;
function racy(sig, sinceNs) {
  const parts = sig.split(":");
  if (parts.length !== 7)
    return false;
  return BigInt(parts[5]) >= sinceNs || BigInt(parts[6]) >= sinceNs;
}
function isRecord(x) {
  const r = x;
  return typeof r === "object" && r !== null && r.v === FORMAT && Number.isInteger(r.code) && Array.isArray(r.fs) && r.fs.every((o) => Array.isArray(o) && o.length === 3 && "sldrcx".includes(o[0]) && o[0].length === 1 && typeof o[1] === "string" && typeof o[2] === "string") && Array.isArray(r.git) && r.git.every(isGitCall) && Array.isArray(r.out) && r.out.every((o) => Array.isArray(o) && (o[0] === 1 || o[0] === 2) && typeof o[1] === "string");
}
function isGitCall(g) {
  return typeof g === "object" && g !== null && typeof g.cwd === "string" && path.isAbsolute(g.cwd) && Array.isArray(g.args) && allowedGitArgs(g.args) && ["inherit", "literal", "plain"].includes(g.env) && (g.input === null || typeof g.input === "string") && typeof g.out === "string" && typeof g.err === "string" && (g.status === null || Number.isInteger(g.status));
}
function allowedGitArgs(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-c" && args[i + 1] === "core.quotepath=off")
      i++;
    else if (typeof a !== "string" || !GIT_WORDS.has(a))
      return false;
  }
  return true;
}
function answer(error, stdout, stderr, status) {
  if (error)
    return { out: sha(`!${error.code ?? error.message}`), err: "", status: null };
  return { out: sha(stdout), err: sha(stderr), status };
}
function staleness(record) {
  const quick = (op) => op === "c" || op === "x";
  for (const [op, p, sig] of record.fs)
    if (quick(op) && signature(op, p) !== sig)
      return `${p} changed`;
  for (const [op, p, sig] of record.fs)
    if (!quick(op) && signature(op, p) !== sig)
      return `${p} changed`;
  const order = [...record.git].sort((a, b) => Number(!a.args.includes("ls-files")) - Number(!b.args.includes("ls-files")));
  for (const g of order) {
    const env = g.env === "inherit" ? process.env : (0, git_env_1.gitEnv)(g.env === "literal");
    const r = (0, node_child_process_1.spawnSync)("git", g.args, { cwd: g.cwd, env, maxBuffer: 1 << 30, ...g.input !== null ? { input: Buffer.from(g.input, "base64") } : {} });
    const now = answer(r.error, r.stdout ?? "", r.stderr ?? "", r.status);
    if (now.status !== g.status || now.out !== g.out || now.err !== g.err)
      return `git ${g.args.filter((a) => !a.startsWith("-") && a !== "core.quotepath=off")[0]} answers differently`;
  }
  return null;
}
function replayable(argv) {
  try {
    if (process.env["DUNDERLINT_NO_CACHE"])
      return { replay: null, why: "caching is off" };
    const folder = recordFolder();
    if (!folder)
      return { replay: null, why: "no cache folder" };
    const bytes = (0, user_cache_1.readTrusted)(path.join(folder, `${requestKey(argv).slice(0, 32)}.bin`));
    if (!bytes)
      return { replay: null, why: "no record" };
    const record = JSON.parse(bytes.toString("utf8"));
    if (!isRecord(record))
      return { replay: null, why: "not a record" };
    const why = staleness(record);
    return why ? { replay: null, why } : { replay: { code: record.code, out: record.out }, why: "unchanged" };
  } catch (e) {
    return { replay: null, why: `cannot check: ${e.message}` };
  }
}
function tryReplay(argv) {
  const { replay } = replayable(argv);
  if (!replay)
    return false;
  let failed = null;
  process.stdout.on("error", (e) => failed ??= e);
  process.stderr.on("error", () => {
  });
  const wrote = (e) => {
    if (e)
      failed ??= e;
  };
  for (const [fd, text] of replay.out) {
    if (fd === 2)
      process.stderr.write(text);
    else if (!failed)
      process.stdout.write(text, wrote);
  }
  process.stdout.write("", (e) => process.stderr.write("", () => {
    wrote(e);
    if (failed && failed.code !== "EPIPE") {
      process.stderr.write(`dunderlint: error: cannot write to stdout: ${failed.code ?? failed.message}
`, () => process.exit(2));
    } else
      process.exit(replay.code);
  }));
  return true;
}
var WATCHED = [
  ["statSync", "s"],
  ["existsSync", "s"],
  ["accessSync", "s"],
  ["readFileSync", "s"],
  ["openSync", "s"],
  ["lstatSync", "l"],
  ["readdirSync", "d"],
  ["realpathSync", "r"]
];
var pathOf = (p) => typeof p === "string" ? path.resolve(p) : Buffer.isBuffer(p) ? path.resolve(p.toString()) : p instanceof URL ? path.resolve(p.pathname) : null;
function startRecording(argv) {
  const folder = recordFolder();
  if (!folder || process.env["DUNDERLINT_NO_CACHE"])
    return;
  const racyMs = process.env["DUNDERLINT_RACY_MS"] === "0" ? 0 : RACY_MS;
  const startNs = BigInt(Date.now() - racyMs) * 1000000n;
  const key = requestKey(argv);
  const seen = /* @__PURE__ */ new Map();
  let opaque = false;
  const git = [];
  const out = [];
  const mutable = require("node:fs");
  const originals = /* @__PURE__ */ new Map();
  const vouched = /* @__PURE__ */ new Set();
  for (const [name, op] of WATCHED) {
    const original = mutable[name];
    originals.set(name, original);
    const watched = function(...args) {
      if (op === "s" && typeof args[0] === "string" && vouched.has(args[0]))
        return original.apply(this, args);
      const p = pathOf(args[0]);
      if (p === null)
        return original.apply(this, args);
      const key2 = `${op}${p}`;
      if (op === "d") {
        const options = args[1];
        const plain = typeof options === "object" && options !== null ? !options.recursive && (options.encoding ?? "utf8") === "utf8" : (options ?? "utf8") === "utf8";
        if (!plain) {
          opaque = true;
          return original.apply(this, args);
        }
        let entries;
        try {
          entries = original.call(this, args[0], { withFileTypes: true });
        } catch (e) {
          if (!seen.has(key2))
            seen.set(key2, [op, p, errorSignature(e)]);
          throw e;
        }
        if (!seen.has(key2))
          seen.set(key2, [op, p, entriesSignature(entries)]);
        return typeof options === "object" && options?.withFileTypes ? entries : entries.map((e) => e.name);
      }
      if (op === "r") {
        let real;
        try {
          real = original.apply(this, args);
        } catch (e) {
          if (!seen.has(key2))
            seen.set(key2, [op, p, errorSignature(e)]);
          throw e;
        }
        if (!seen.has(key2))
          seen.set(key2, [op, p, String(real)]);
        return real;
      }
      try {
        const result = original.apply(this, args);
        if (!seen.has(key2))
          seen.set(key2, [op, p, null]);
        return result;
      } catch (e) {
        if (!seen.has(key2))
          seen.set(key2, [op, p, e.code === "ENOENT" ? MISSING : null]);
        throw e;
      }
    };
    Object.assign(watched, original);
    mutable[name] = watched;
  }
  let caches = null;
  let gitFolder = null;
  const restore = () => {
    for (const [name, original] of originals)
      mutable[name] = original;
  };
  const rec = {
    git: (c) => {
      const cwd = path.resolve(c.cwd);
      const top = typeof c.stdout === "string" ? c.stdout.replace(/\r?\n$/, "") : null;
      if (c.args.join(" ") === "rev-parse --show-toplevel" && c.status === 0 && top === cwd && fs.lstatSync(path.join(cwd, ".git"), { throwIfNoEntry: false })?.isDirectory()) {
        for (const [op, p] of [["l", path.join(cwd, ".git")], ["s", path.join(cwd, ".git", "config")]])
          seen.set(`${op}${p}`, [op, p, null]);
        gitFolder = path.join(cwd, ".git");
        return;
      }
      const call = {
        cwd,
        args: [...c.args],
        env: c.env,
        input: c.input ? Buffer.from(c.input).toString("base64") : null,
        ...answer(c.error, c.stdout, c.stderr, c.status)
      };
      if (!git.some((g) => JSON.stringify(g) === JSON.stringify(call)))
        git.push(call);
    },
    output: (fd, text) => out.push([fd, text]),
    vouched: (abs) => vouched.add(abs),
    replayable: (cacheFiles) => caches = cacheFiles,
    discard: () => {
      caches = null;
      restore();
      globalThis[replay_hook_1.RECORDER] = void 0;
    },
    finish: (code) => {
      restore();
      globalThis[replay_hook_1.RECORDER] = void 0;
      if (!caches || !caches.length || opaque || git.some((g) => !allowedGitArgs(g.args)))
        return;
      try {
        const excluded = caches.map((f) => path.dirname(f)).concat(path.dirname(folder));
        const within = (p) => excluded.some((d) => p === d || p.startsWith(d + path.sep));
        const observations = [];
        for (const [op, p, seenSig] of seen.values()) {
          if (within(p) || op === "s" && vouched.has(p))
            continue;
          let sig = seenSig ?? signature(op, p);
          if (op === "d" && excluded.some((d) => path.dirname(d) === p)) {
            const now = fs.readdirSync(p, { withFileTypes: true });
            const without = now.filter((e) => !excluded.includes(path.join(p, e.name)));
            if (entriesSignature(now) !== sig && entriesSignature(without) !== sig)
              return;
            sig = entriesSignature(now);
          }
          if ((op === "s" || op === "l") && racy(sig, startNs))
            return;
          observations.push([op, p, sig]);
        }
        for (const c of caches) {
          const sig = signature("c", c);
          if (sig.startsWith("!"))
            return;
          observations.push(["c", c, sig]);
        }
        if (gitFolder && !process.env["GIT_INDEX_FILE"] && git.some((g) => g.args.includes("diff") && g.args.includes("--cached"))) {
          const index = path.join(gitFolder, "index");
          observations.push(["x", index, signature("x", index)]);
        }
        save(folder, key, { v: FORMAT, fs: observations, git, out, code });
      } catch {
      }
    }
  };
  globalThis[replay_hook_1.RECORDER] = rec;
}
function save(folder, key, record) {
  const file = path.join(folder, `${key.slice(0, 32)}.bin`);
  if ((0, user_cache_1.writeTrusted)(file, Buffer.from(JSON.stringify(record))) && Math.random() < 1 / 64)
    (0, user_cache_1.sweepStale)(file);
}
