"""Reference ModuleFacts computed with CPython's own `ast`, for the differential tests.

Reads file paths (one per line) on stdin and prints one JSON object per line, in the same shape as
the TypeScript side's normalized facts. The semantics written here are the definition that
src/python/facts.ts must meet: see the docstrings of each part.
"""
import ast
import io
import json
import re
import sys
import tokenize
from importlib.util import decode_source

IMPORT_ERRORS = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}
LINE_SPLIT = re.compile(r"\r\n|\r|\n")
# The lines of ast.get_source_segment, ends kept (only \r\n, \r and \n end one: not \f or \v).
SEGMENT_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class Ctx:
    def __init__(self, scope="module", tries=(), type_checking=False, conditional=False, in_loop=False, in_block=False, runtime_only=False):
        self.scope = scope
        self.tries = tries
        self.type_checking = type_checking
        self.conditional = conditional
        self.in_loop = in_loop
        self.in_block = in_block
        # Code type checkers take as never run: the orelse of `if TYPE_CHECKING:`, the body of `if not TYPE_CHECKING:`.
        self.runtime_only = runtime_only

    def but(self, **kw):
        c = Ctx(self.scope, self.tries, self.type_checking, self.conditional, self.in_loop, self.in_block, self.runtime_only)
        for k, v in kw.items():
            setattr(c, k, v)
        return c


class Facts:
    def __init__(self, source):
        self.source = source
        self.lines = LINE_SPLIT.split(source)
        self.segment_lines = None
        self.imports = []
        self.bindings = []
        self.all_ops = []
        self.dynamic = []
        self.getattr_line = None

    def col(self, lineno, col_offset):
        """ast columns are UTF-8 byte offsets; ours are 1-based code points."""
        line = self.lines[lineno - 1].encode("utf-8")
        return len(line[:col_offset].decode("utf-8", "replace")) + 1

    def pos(self, node):
        return [node.lineno, self.col(node.lineno, node.col_offset)]

    def end(self, node):
        return [node.end_lineno, self.col(node.end_lineno, node.end_col_offset)]

    def segment(self, node):
        """ast.get_source_segment(self.source, node), which splits the whole source again on each
        call: that took most of the time of a run over a standard library."""
        if self.segment_lines is None:
            self.segment_lines = SEGMENT_LINES.findall(self.source)
        lines = self.segment_lines
        first, last = node.lineno - 1, node.end_lineno - 1
        if first == last:
            return lines[first].encode()[node.col_offset : node.end_col_offset].decode()
        head = lines[first].encode()[node.col_offset :].decode()
        return head + "".join(lines[first + 1 : last]) + lines[last].encode()[: node.end_col_offset].decode()

    def bind(self, name, kind, line):
        self.bindings.append([name, kind, line])

    # -- expressions evaluated in the module scope: walrus targets -------------------------------
    def walrus(self, node):
        if node is None:
            return
        if isinstance(node, ast.NamedExpr):
            self.bind(node.target.id, "walrus", node.target.lineno)
        if isinstance(node, ast.Lambda):
            # Defaults run in the enclosing scope; the body is the lambda's own scope.
            for d in node.args.defaults + [d for d in node.args.kw_defaults if d]:
                self.walrus(d)
            return
        for child in ast.iter_child_nodes(node):
            self.walrus(child)

    def targets(self, node, kind):
        if isinstance(node, ast.Name):
            self.bind(node.id, kind, node.lineno)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for e in node.elts:
                self.targets(e, kind)
        elif isinstance(node, ast.Starred):
            self.targets(node.value, kind)

    # -- statements ------------------------------------------------------------------------------
    def stmts(self, body, ctx):
        for s in body:
            self.stmt(s, ctx)

    def stmt(self, s, ctx):
        module = ctx.scope == "module"
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            self.add_import(s, ctx)
            return
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if module:
                self.bind(s.name, "class" if isinstance(s, ast.ClassDef) else "def", s.lineno)
                if s.name == "__getattr__" and not isinstance(s, ast.ClassDef) and self.getattr_line is None:
                    self.getattr_line = s.lineno
                if isinstance(s, ast.ClassDef):
                    for e in s.bases + [k.value for k in s.keywords]:
                        self.walrus(e)
                else:
                    a = s.args
                    for e in a.defaults + [d for d in a.kw_defaults if d] + [s.returns]:
                        self.walrus(e)
                    for arg in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg]:
                        if arg is not None:
                            self.walrus(arg.annotation)
            scope = "class" if isinstance(s, ast.ClassDef) else "function"
            self.stmts(s.body, ctx.but(scope=scope, tries=(), in_loop=False, in_block=True))
            return
        if isinstance(s, ast.If):
            if module:
                self.walrus(s.test)
            cond = ctx.conditional or mentions_sys(s.test)
            negated = isinstance(s.test, ast.UnaryOp) and isinstance(s.test.op, ast.Not) and is_type_checking(s.test.operand)
            self.stmts(s.body, ctx.but(conditional=cond, type_checking=ctx.type_checking or is_type_checking(s.test), in_block=True,
                                       runtime_only=ctx.runtime_only or negated))
            self.stmts(s.orelse, ctx.but(conditional=cond, in_block=True, runtime_only=ctx.runtime_only or is_type_checking(s.test)))
            return
        if isinstance(s, (ast.For, ast.AsyncFor, ast.While)):
            if module:
                if isinstance(s, ast.While):
                    self.walrus(s.test)
                else:
                    self.targets(s.target, "for")
                    self.walrus(s.iter)
            self.stmts(s.body, ctx.but(in_loop=True, in_block=True))
            self.stmts(s.orelse, ctx.but(in_block=True))
            return
        if isinstance(s, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            catches = any(handler_catches(h.type) for h in s.handlers)
            self.stmts(s.body, ctx.but(tries=ctx.tries + (catches,), in_block=True))
            for h in s.handlers:
                if module and h.name:
                    self.bind(h.name, "except", h.lineno)
                self.stmts(h.body, ctx.but(in_block=True))
            self.stmts(s.orelse, ctx.but(in_block=True))
            self.stmts(s.finalbody, ctx.but(in_block=True))
            return
        if isinstance(s, (ast.With, ast.AsyncWith)):
            for item in s.items:
                if module:
                    self.walrus(item.context_expr)
                    if item.optional_vars is not None:
                        self.targets(item.optional_vars, "with")
            self.stmts(s.body, ctx.but(in_block=True))
            return
        if isinstance(s, getattr(ast, "Match", ())):  # Python 3.10+
            if module:
                self.walrus(s.subject)
            for case in s.cases:
                if module:
                    self.captures(case.pattern)
                    self.walrus(case.guard)
                self.stmts(case.body, ctx.but(in_block=True))
            return
        if not module:
            return
        if type(s).__name__ == "TypeAlias":  # Python 3.12+
            self.bind(s.name.id, "type", s.name.lineno)
            return
        if isinstance(s, ast.Global):
            for n in s.names:
                self.bind(n, "global", s.lineno)
            return
        if isinstance(s, ast.Assign):
            for t in s.targets:
                self.targets(t, "assign")
            self.walrus(s.value)
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in s.targets):
                self.add_all("=", False, s.value, s, ctx)
            return
        if isinstance(s, ast.AugAssign):
            if isinstance(s.target, ast.Name):
                self.bind(s.target.id, "augassign", s.target.lineno)
                if s.target.id == "__all__" and isinstance(s.op, ast.Add):
                    self.add_all("+=", False, s.value, s, ctx)
            self.walrus(s.value)
            return
        if isinstance(s, ast.AnnAssign):
            if isinstance(s.target, ast.Name) and s.simple:
                self.bind(s.target.id, "annassign" if s.value is not None else "annotation", s.target.lineno)
                if s.target.id == "__all__" and s.value is not None:
                    self.add_all("=", True, s.value, s, ctx)
            self.walrus(s.annotation)
            self.walrus(s.value)
            return
        if isinstance(s, ast.Expr):
            v = s.value
            if (isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and isinstance(v.func.value, ast.Name)
                    and v.func.value.id == "__all__" and v.func.attr in ("extend", "append", "remove")
                    and len(v.args) == 1 and not v.keywords and not isinstance(v.args[0], ast.Starred)):
                self.add_all(v.func.attr, False, v.args[0], s, ctx)
            self.walrus(v)
            return
        for child in ast.iter_child_nodes(s):
            if isinstance(child, ast.expr):
                self.walrus(child)

    def captures(self, p):
        if isinstance(p, ast.MatchAs):
            if p.name:
                self.bind(p.name, "match", p.lineno if p.pattern is None else p.end_lineno)
            if p.pattern:
                self.captures(p.pattern)
        elif isinstance(p, ast.MatchStar):
            if p.name:
                self.bind(p.name, "match", p.lineno)
        elif isinstance(p, ast.MatchMapping):
            for sub in p.patterns:
                self.captures(sub)
            if p.rest:
                self.bind(p.rest, "match", p.end_lineno)
        elif isinstance(p, (ast.MatchSequence, ast.MatchOr)):
            for sub in p.patterns:
                self.captures(sub)
        elif isinstance(p, ast.MatchClass):
            for sub in p.patterns + p.kwd_patterns:
                self.captures(sub)

    def add_import(self, s, ctx):
        names = []
        for a in s.names:
            if hasattr(a, "lineno"):
                names.append([a.name, a.asname, [a.lineno, self.col(a.lineno, a.col_offset)], [a.end_lineno, self.col(a.end_lineno, a.end_col_offset)]])
            else:  # Python < 3.10: aliases have no positions, which are then not compared
                names.append([a.name, a.asname, None, None])
            if ctx.scope == "module" and a.name != "*":
                self.bind(a.asname or a.name.split(".")[0], "import", getattr(a, "lineno", s.lineno))
        self.imports.append({
            "kind": "import" if isinstance(s, ast.Import) else "from",
            "level": getattr(s, "level", 0) or 0,
            "module": getattr(s, "module", None),
            "names": names,
            "start": self.pos(s),
            "end": self.end(s),
            "scope": ctx.scope,
            "guarded": any(ctx.tries),
            "typeChecking": ctx.type_checking,
            "conditional": ctx.conditional,
        })

    # -- __all__ -----------------------------------------------------------------------------------
    def add_all(self, op, annotated, value, stmt, ctx):
        form, ref, elements = self.classify(value)
        self.all_ops.append({
            "op": op, "annotated": annotated, "form": form, "ref": ref, "elements": elements,
            "line": stmt.lineno, "inLoop": ctx.in_loop, "inBlock": ctx.in_block, "runtimeOnly": ctx.runtime_only,
        })

    def classify(self, v):
        if isinstance(v, ast.List):
            return "list", None, self.elements(v.elts)
        if isinstance(v, ast.Tuple):
            return "tuple", None, self.elements(v.elts)
        if isinstance(v, ast.Set):
            return "set", None, self.elements(v.elts)
        if isinstance(v, (ast.Dict, ast.DictComp)):
            return "dict", None, []
        if isinstance(v, ast.ListComp):
            return "comprehension", "list", []
        if isinstance(v, ast.SetComp):
            return "comprehension", "set", []
        if isinstance(v, ast.GeneratorExp):
            return "comprehension", "generator", []
        if isinstance(v, ast.Constant) and isinstance(v.value, str):
            return "string", None, self.elements([v])
        if isinstance(v, ast.Constant) or isinstance(v, ast.JoinedStr):
            return "other", None, self.elements([v])
        if isinstance(v, ast.Name):
            return "name", v.id, []
        dotted = dotted_name(v)
        if isinstance(v, ast.Attribute) and dotted:
            return "attribute", dotted, []
        if isinstance(v, ast.Call) and dotted_name(v.func):
            callee = dotted_name(v.func)
            # list(x) / tuple(x) of a literal: read as what it makes, the callee kept in ref.
            if callee in ("list", "tuple", "builtins.list", "builtins.tuple") and not v.keywords:
                made = "tuple" if callee.endswith("tuple") else "list"
                if not v.args:
                    return made, callee, []
                if len(v.args) == 1 and not isinstance(v.args[0], ast.Starred):
                    form, ref, elements = self.classify(v.args[0])
                    if form in ("list", "tuple") or (form == "binop" and ref is None and elements):
                        return made, callee, elements
                    if form == "string":
                        return "string", callee, elements
            return "call", callee, []
        if isinstance(v, ast.BinOp):
            if not only_add(v):
                return "binop", None, []
            _, failure = self.add_result(v)
            if failure:
                return "binop", failure, []
            return "binop", None, self.flatten_add(v)
        return "other", None, []

    def add_result(self, v):
        """The type of a `+` of literals (None: unknown) and, when CPython refuses it, `left+right`."""
        if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add):
            left, failure = self.add_result(v.left)
            if failure:
                return None, failure
            right, failure = self.add_result(v.right)
            if failure:
                return None, failure
            if left and right and left != right and left in ("list", "tuple", "str"):
                return None, left + "+" + right
            return (left if left == right else None), None
        form, ref, _ = self.classify(v)
        if ref is not None:
            return None, None
        if form in ("list", "tuple", "set", "dict"):
            return form, None
        if form == "string":
            return "str", None
        if isinstance(v, ast.Constant) and v.value is not Ellipsis:
            return type(v.value).__name__, None
        return None, None

    def flatten_add(self, v):
        if isinstance(v, ast.BinOp):
            return self.flatten_add(v.left) + self.flatten_add(v.right)
        form, _, elements = self.classify(v)
        return elements if form in ("list", "tuple") else []

    def elements(self, elts):
        out = []
        for e in elts:
            strings = self.string_tokens(e)
            if isinstance(e, ast.Starred):
                kind, value = "starred", None
            elif isinstance(e, ast.Constant) and isinstance(e.value, str):
                kind, value = "string", e.value
            else:
                kind, value = "nonstring", None
            out.append([kind, value, strings > 1, self.pos(e), self.end(e)])
        return out

    def string_tokens(self, node):
        if not isinstance(node, (ast.Constant, ast.JoinedStr)):
            return 0
        segment = self.segment(node)
        try:
            starts = (tokenize.STRING, getattr(tokenize, "FSTRING_START", tokenize.STRING))
            return sum(1 for t in tokenize.generate_tokens(io.StringIO(segment).readline) if t.type in starts)
        except (tokenize.TokenError, IndentationError, SyntaxError):
            return 0

    def dynamic_imports(self, tree):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr == "import_module" and isinstance(f.value, ast.Name) and f.value.id == "importlib":
                callee = "importlib.import_module"
            elif isinstance(f, ast.Name) and f.id in ("import_module", "__import__"):
                callee = f.id
            else:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            pkg = None
            if len(node.args) > 1 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                pkg = node.args[1].value
            self.dynamic.append([callee, first.value, pkg, self.pos(node)])


def dotted_name(v):
    if isinstance(v, ast.Name):
        return v.id
    if isinstance(v, ast.Attribute):
        base = dotted_name(v.value)
        return base + "." + v.attr if base else None
    return None


def only_add(v):
    if isinstance(v, ast.BinOp):
        return isinstance(v.op, ast.Add) and only_add(v.left) and only_add(v.right)
    return True


def mentions_sys(test):
    for n in ast.walk(test):
        if isinstance(n, ast.Attribute) and n.attr in ("version_info", "platform") and isinstance(n.value, ast.Name) and n.value.id == "sys":
            return True
    return False


def is_type_checking(test):
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING" and dotted_name(test) is not None)


def handler_catches(t):
    if t is None:
        return True
    elts = t.elts if isinstance(t, ast.Tuple) else [t]
    for e in elts:
        name = dotted_name(e)
        if name and name.split(".")[-1] in IMPORT_ERRORS:
            return True
    return False


def facts_of(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = ast.parse(data)
        source = decode_source(data)
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        return {"path": path, "syntaxError": True, "message": str(e)}
    facts = Facts(source)
    facts.stmts(tree.body, Ctx())
    facts.dynamic_imports(tree)
    return {
        "path": path,
        "syntaxError": False,
        "imports": facts.imports,
        "bindings": sorted(facts.bindings, key=lambda b: (b[2], b[0], b[1])),
        "all": facts.all_ops,
        "dynamic": sorted(facts.dynamic, key=lambda d: d[3]),
        "getattr": facts.getattr_line,
    }


def main():
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            print(json.dumps(facts_of(path), ensure_ascii=False))


if __name__ == "__main__":
    main()
