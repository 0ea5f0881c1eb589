#!/usr/bin/env python3
"""Reads Java declarations (no bodies) and prints them in the normalised one-line form that
StubSignaturesMatchRealApiTest renders by reflection.

Usage (see README.md next to this file):

  real_api_signatures.py --stubs jenkins-api-stubs/src/main/java \
      --real GITDIR@REF[:SUBDIR,...] ... > jenkins-api-stubs/src/test/resources/real-api-signatures.txt

  --audit   print, for every stub member, the stub's own line and the real candidates (with nullness
            annotations), and mark the differences.

For every type declared under --stubs, the real source of the same type is looked up in the --real
checkouts (a git directory and a tag or commit; only */src/main/java/ trees are indexed). For every
member the stub declares, the real members of that type with the same kind, name and number of
parameters are printed. Types are resolved to binary names (nested types with '$') through imports,
the package, nested and inherited member types, java.lang and the JDK.
"""
import argparse
import os
import re
import subprocess
import sys
import zipfile

# ---------------------------------------------------------------- tokenizer

TOKEN = re.compile(r'''
    (?P<ws>\s+)
  | (?P<lc>//[^\n]*)
  | (?P<bc>/\*.*?\*/)
  | (?P<tb>"""(?:\\.|[^\\])*?""")
  | (?P<str>"(?:\\.|[^"\\\n])*")
  | (?P<chr>'(?:\\.|[^'\\\n])+')
  | (?P<id>[A-Za-z_$][A-Za-z0-9_$]*)
  | (?P<num>\d[\w.]*)
  | (?P<ell>\.\.\.)
  | (?P<p>.)
''', re.S | re.X)


def tokenize(text):
    out = []
    for m in TOKEN.finditer(text):
        k = m.lastgroup
        if k == 'bc' and m.group().startswith('/**') and re.search(r'^[\s*]*@deprecated\b', m.group(), re.M):
            # javac marks a member deprecated for a javadoc @deprecated tag, too
            out.append('@@deprecated')
            continue
        if k in ('ws', 'lc', 'bc'):
            continue
        v = m.group()
        if k in ('str', 'chr', 'tb', 'num'):
            v = '"lit"'
        out.append(v)
    out.append('<EOF>')
    return out


MODIFIERS = {'public', 'protected', 'private', 'static', 'final', 'abstract', 'native', 'synchronized',
             'transient', 'volatile', 'strictfp', 'default', 'sealed'}
PRIMITIVES = {'boolean', 'byte', 'short', 'int', 'long', 'char', 'float', 'double', 'void'}
NULLNESS = {'NonNull', 'CheckForNull', 'Nullable', 'Nonnull'}


class TypeRef:
    """A type as written: segments [(name, [args])], dims, varargs; or a wildcard / primitive."""

    def __init__(self, segs=None, dims=0, varargs=False, wildcard=None, bound=None, annots=()):
        self.segs = segs or []
        self.dims = dims
        self.varargs = varargs
        self.wildcard = wildcard  # None, '?', 'extends', 'super'
        self.bound = bound
        self.annots = list(annots)


class Member:
    def __init__(self, kind, name):
        self.kind = kind  # method, ctor, field
        self.name = name
        self.mods = []
        self.annots = []  # (name, argtokens)
        self.tparams = []  # (name, [bounds])
        self.type = None
        self.params = []  # TypeRef (with annots)
        self.throws = []
        self.has_default = False


class TypeDecl:
    def __init__(self, kind, name, outer):
        self.kind = kind  # class interface enum annotation record
        self.name = name
        self.outer = outer
        self.mods = []
        self.annots = []
        self.tparams = []
        self.extends = []
        self.implements = []
        self.members = []
        self.nested = []
        self.enum_has_bodies = False
        self.has_abstract = False

    def binary(self, pkg):
        if self.outer:
            return self.outer.binary(pkg) + '$' + self.name
        return (pkg + '.' if pkg else '') + self.name


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self, k=0):
        return self.t[min(self.i + k, len(self.t) - 1)]

    def next_if_marker(self):
        if self.peek() == '@@deprecated':
            self.next()
            return True
        return False

    def drop_marker(self):
        while self.peek() == '@@deprecated':
            self.next()

    def next(self):
        v = self.t[self.i]
        self.i += 1
        return v

    def expect(self, v):
        got = self.next()
        if got != v:
            raise SyntaxError('expected %r got %r at %d: %s' % (v, got, self.i, ' '.join(self.t[self.i - 10:self.i + 10])))

    def skip_balanced(self, open_, close):
        depth = 0
        while True:
            v = self.next()
            if v == open_:
                depth += 1
            elif v == close:
                depth -= 1
                if depth == 0:
                    return
            elif v == '<EOF>':
                raise SyntaxError('eof')

    def skip_to_semicolon_or_comma(self):
        depth = 0
        while True:
            v = self.peek()
            if v in '({[':
                depth += 1
            elif v in ')}]':
                depth -= 1
            elif depth == 0 and v in (';', ','):
                return
            elif v == 'new' and self.peek(1) not in PRIMITIVES:
                self.next()
                if self.peek() == '<':
                    self.type_args()
                self.type_ref()
                continue
            self.next()

    def qualified(self):
        parts = [self.next()]
        while self.peek() == '.' and self.peek(1) != '*':
            self.next()
            parts.append(self.next())
        return '.'.join(parts)

    def annotation(self):
        self.expect('@')
        name = self.qualified()
        args = []
        if self.peek() == '(':
            start = self.i
            self.skip_balanced('(', ')')
            args = self.t[start + 1:self.i - 1]
        return (name.split('.')[-1], args)

    def unit(self):
        pkg = ''
        imports = []
        types = []
        self.drop_marker()
        while self.peek() == '@' and self.peek(1) != 'interface':
            self.annotation()
        self.drop_marker()
        if self.peek() == 'package':
            self.next()
            pkg = self.qualified()
            self.expect(';')
        self.drop_marker()
        while self.peek() == 'import' or self.peek() == '@@deprecated':
            if self.next_if_marker():
                continue
            self.next()
            static = False
            if self.peek() == 'static':
                self.next()
                static = True
            name = self.qualified()
            star = False
            if self.peek() == '.':
                self.next()
                self.expect('*')
                star = True
            self.expect(';')
            if not static:
                imports.append((name, star))
        while self.peek() != '<EOF>':
            if self.peek() == ';':
                self.next()
                continue
            mods, annots = self.modifiers()
            types.append(self.type_decl(mods, annots, None))
        return pkg, imports, types

    def modifiers(self):
        mods, annots = [], []
        while True:
            v = self.peek()
            if v == '@@deprecated':
                self.next()
                annots.append(('Deprecated', []))
            elif v == '@' and self.peek(1) != 'interface':
                annots.append(self.annotation())
            elif v in MODIFIERS:
                mods.append(self.next())
            elif v == 'non' and self.peek(1) == '-' and self.peek(2) == 'sealed':
                self.i += 3
            else:
                return mods, annots

    def type_params(self):
        res = []
        if self.peek() != '<':
            return res
        self.next()
        while True:
            while self.peek() == '@':
                self.annotation()
            name = self.next()
            bounds = []
            if self.peek() == 'extends':
                self.next()
                bounds.append(self.type_ref())
                while self.peek() == '&':
                    self.next()
                    bounds.append(self.type_ref())
            res.append((name, bounds))
            v = self.next()
            if v == '>':
                return res
            assert v == ',', v

    def type_args(self):
        args = []
        self.expect('<')
        if self.peek() == '>':
            self.next()
            return args
        while True:
            args.append(self.type_arg())
            v = self.next()
            if v == '>':
                return args
            assert v == ',', (v, self.t[self.i - 10:self.i + 5])

    def type_arg(self):
        annots = []
        while self.peek() == '@':
            annots.append(self.annotation())
        if self.peek() == '?':
            self.next()
            if self.peek() in ('extends', 'super'):
                kind = self.next()
                return TypeRef(wildcard=kind, bound=self.type_ref(), annots=annots)
            return TypeRef(wildcard='?', annots=annots)
        r = self.type_ref()
        r.annots = annots + r.annots
        return r

    def type_ref(self):
        annots = []
        while self.peek() == '@':
            annots.append(self.annotation())
        segs = []
        while True:
            while self.peek() == '@':
                annots.append(self.annotation())
            name = self.next()
            args = None
            if self.peek() == '<':
                args = self.type_args()
            segs.append((name, args))
            if self.peek() == '.' and self.peek(1) != '.':
                self.next()
                continue
            break
        dims = 0
        while True:
            while self.peek() == '@':
                annots.append(self.annotation())
            if self.peek() == '[' and self.peek(1) == ']':
                self.i += 2
                dims += 1
            else:
                break
        varargs = False
        if self.peek() == '...':
            self.next()
            varargs = True
        return TypeRef(segs, dims, varargs, annots=annots)

    def type_decl(self, mods, annots, outer):
        v = self.next()
        if v == '@':
            self.expect('interface')
            kind = 'annotation'
        else:
            kind = v
        assert kind in ('class', 'interface', 'enum', 'record', 'annotation'), (kind, self.t[self.i - 10:self.i + 10])
        td = TypeDecl(kind, self.next(), outer)
        td.mods, td.annots = mods, annots
        td.tparams = self.type_params()
        if kind == 'record' and self.peek() == '(':
            self.skip_balanced('(', ')')
        while self.peek() in ('extends', 'implements', 'permits'):
            w = self.next()
            lst = []
            while True:
                lst.append(self.type_ref())
                if self.peek() == ',':
                    self.next()
                    continue
                break
            if w == 'extends':
                td.extends = lst
            elif w == 'implements':
                td.implements = lst
        self.class_body(td)
        return td

    def class_body(self, td):
        self.expect('{')
        if td.kind == 'enum':
            self.enum_constants(td)
        while True:
            v = self.peek()
            if v == '}':
                self.next()
                return
            if v == '@@deprecated' and self.peek(1) in ('}', ';', '{', '<EOF>'):
                self.next()
                continue
            if v == ';':
                self.next()
                continue
            if v == '{':
                self.skip_balanced('{', '}')
                continue
            if v == 'static' and self.peek(1) == '{':
                self.next()
                self.skip_balanced('{', '}')
                continue
            mods, annots = self.modifiers()
            if self.peek() in ('class', 'interface', 'enum') or (self.peek() == '@' and self.peek(1) == 'interface') \
                    or (self.peek() == 'record' and self.peek(2) in ('(', '<')):
                td.nested.append(self.type_decl(mods, annots, td))
                continue
            tparams = self.type_params()
            if self.peek() == td.name and self.peek(1) == '(':
                m = Member('ctor', self.next())
            elif td.kind == 'record' and self.peek() == td.name and self.peek(1) == '{':
                self.next()
                self.skip_balanced('{', '}')
                continue
            else:
                typ = self.type_ref()
                name = self.next()
                if self.peek() == '(':
                    m = Member('method', name)
                    m.type = typ
                else:
                    self.field_rest(td, mods, annots, typ, name)
                    continue
            m.mods, m.annots, m.tparams = mods, annots, tparams
            self.method_rest(td, m)
            td.members.append(m)

    def field_rest(self, td, mods, annots, typ, name):
        while True:
            f = Member('field', name)
            f.mods, f.annots = mods, annots
            dims = 0
            while self.peek() == '[':
                self.i += 2
                dims += 1
            f.type = TypeRef(typ.segs, typ.dims + dims, False, annots=typ.annots)
            td.members.append(f)
            if self.peek() == '=':
                self.skip_to_semicolon_or_comma()
            v = self.next()
            if v == ';':
                return
            assert v == ',', v
            name = self.next()

    def method_rest(self, td, m):
        self.expect('(')
        if self.peek() != ')':
            while True:
                pmods, pannots = self.modifiers()
                p = self.type_ref()
                p.annots = pannots + p.annots
                pname = self.next()
                if pname == 'this' or (self.peek() == '.' and self.peek(1) == 'this'):
                    # receiver parameter
                    while self.peek() not in (',', ')'):
                        self.next()
                else:
                    while self.peek() == '[':
                        self.i += 2
                        p.dims += 1
                    m.params.append(p)
                if self.next() == ')':
                    break
        else:
            self.next()
        while self.peek() == '[':
            self.i += 2
            m.type.dims += 1
        if self.peek() == 'throws':
            self.next()
            while True:
                m.throws.append(self.type_ref())
                if self.peek() == ',':
                    self.next()
                    continue
                break
        if self.peek() == 'default':
            self.next()
            m.has_default = True
            self.skip_to_semicolon_or_comma()
            self.expect(';')
        elif self.peek() == '{':
            self.skip_balanced('{', '}')
        else:
            self.expect(';')

    def enum_constants(self, td):
        while True:
            annots = []
            while self.peek() in ('@', '@@deprecated'):
                if self.next_if_marker():
                    annots.append(('Deprecated', []))
                else:
                    annots.append(self.annotation())
            v = self.peek()
            if v == ';':
                self.next()
                return
            if v == '}':
                return
            name = self.next()
            if self.peek() == '(':
                self.skip_balanced('(', ')')
            if self.peek() == '{':
                td.enum_has_bodies = True
                self.skip_balanced('{', '}')
            f = Member('field', name)
            f.mods = ['public', 'static', 'final']
            f.annots = annots
            f.type = TypeRef([(td.name, None)])
            f.enum_constant = True
            td.members.append(f)
            if self.peek() == ',':
                self.next()


# ---------------------------------------------------------------- sources and resolution

class Source:
    """One checkout: a git dir and a ref, or a plain directory."""

    def __init__(self, spec):
        self.spec = spec
        if '@' in spec:
            self.gitdir, self.ref = spec.rsplit('@', 1)
            out = subprocess.run(['git', '-C', self.gitdir, 'ls-tree', '-r', '--name-only', self.ref],
                                 check=True, capture_output=True, text=True).stdout.split('\n')
        else:
            self.gitdir, self.ref = None, None
            out = []
            for dp, dn, fn in os.walk(spec):
                for f in fn:
                    out.append(os.path.relpath(os.path.join(dp, f), spec))
        self.files = {}
        for p in out:
            m = re.match(r'(?:(.*)/)?src/main/java/(.*)\.java$', p) or \
                (not self.gitdir and re.match(r'()(.*)\.java$', p))
            if m and not m.group(2).endswith(('package-info', 'module-info')):
                self.files.setdefault(m.group(2).replace('/', '.'), p)

    def read(self, path):
        if self.gitdir:
            return subprocess.run(['git', '-C', self.gitdir, 'show', '%s:%s' % (self.ref, path)],
                                  check=True, capture_output=True, text=True).stdout
        with open(os.path.join(self.spec, path), encoding='utf-8') as f:
            return f.read()


class Universe:
    def __init__(self, sources, jars):
        self.sources = sources
        self.cache = {}
        self.mt_cache = {}
        self.known = set()  # top-level and nested binary names known from outside the sources
        for s in sources:
            self.known.update(s.files.keys())
        self.packages = {}
        for n in self.known:
            self.packages.setdefault(n.rsplit('.', 1)[0], set()).add(n.rsplit('.', 1)[1])
        self.external = set()
        for j in jars:
            self.add_jar(j)
        self.add_jdk()

    def add_jar(self, path):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if n.endswith('.class') and not n.startswith('META-INF') and n != 'module-info.class':
                    self.add_external(n[:-6].replace('/', '.'))

    def add_external(self, name):
        self.external.add(name)
        top = name.split('$')[0]
        self.packages.setdefault(top.rsplit('.', 1)[0], set()).add(top.rsplit('.', 1)[1])

    def add_jdk(self):
        home = os.environ.get('JAVA_HOME') or os.path.dirname(os.path.dirname(os.path.realpath(
            subprocess.run(['which', 'java'], capture_output=True, text=True).stdout.strip())))
        out = subprocess.run([os.path.join(home, 'bin', 'jimage'), 'list', os.path.join(home, 'lib', 'modules')],
                             capture_output=True, text=True).stdout
        for line in out.split('\n'):
            line = line.strip()
            if line.endswith('.class') and '/' in line:
                self.add_external(line[:-6].replace('/', '.'))

    def find(self, fqn_top):
        for s in self.sources:
            if fqn_top in s.files:
                return s
        return None

    def parse(self, fqn_top):
        if fqn_top in self.cache:
            return self.cache[fqn_top]
        s = self.find(fqn_top)
        res = None
        if s:
            p = Parser(tokenize(s.read(s.files[fqn_top])))
            try:
                pkg, imports, types = p.unit()
            except Exception as e:  # noqa
                raise RuntimeError('cannot parse %s: %s' % (fqn_top, e))
            res = CompilationUnit(self, pkg, imports, types, s)
        self.cache[fqn_top] = res
        return res

    def type_exists(self, binary):
        if binary in self.external:
            return True
        top = binary.split('$')[0]
        cu = self.parse(top) if top in self.known else None
        if cu is None:
            return False
        return cu.decl(binary) is not None

    def member_types(self, binary):
        """Simple names of member types of binary (declared or inherited) -> binary name."""
        if binary in self.mt_cache:
            return self.mt_cache[binary]
        self.mt_cache[binary] = {}  # guards against cycles while resolving supertypes
        res = self._member_types(binary)
        self.mt_cache[binary] = res
        return res

    def _member_types(self, binary):
        res = {}
        top = binary.split('$')[0]
        cu = self.parse(top) if top in self.known else None
        if cu is not None:
            td = cu.decl(binary)
            if td is None:
                return res
            for n in td.nested:
                res[n.name] = binary + '$' + n.name
            for sup in td.extends + td.implements:
                sb = cu.resolve_raw(sup, td.outer)
                if sb:
                    for k, v in self.member_types(sb).items():
                        res.setdefault(k, v)
        else:
            prefix = binary + '$'
            for e in self.external:
                if e.startswith(prefix) and '$' not in e[len(prefix):] and not e[len(prefix):][:1].isdigit():
                    res[e[len(prefix):]] = e
        return res


class CompilationUnit:
    def __init__(self, uni, pkg, imports, types, source):
        self.uni, self.pkg, self.imports, self.types, self.source = uni, pkg, imports, types, source
        self.by_binary = {}
        for t in types:
            self._index(t)

    def _index(self, t):
        self.by_binary[t.binary(self.pkg)] = t
        for n in t.nested:
            self._index(n)

    def decl(self, binary):
        return self.by_binary.get(binary)

    def resolve_simple(self, name, ctx):
        # member types of the enclosing types (declared or inherited), innermost first
        t = ctx
        while t is not None:
            mt = self.uni.member_types(t.binary(self.pkg))
            if name in mt:
                return mt[name]
            t = t.outer
        for t in self.types:
            if t.name == name:
                return t.binary(self.pkg)
        for imp, star in self.imports:
            if not star and imp.split('.')[-1] == name:
                return self.qualified_to_binary(imp)
        if name in self.uni.packages.get(self.pkg, ()):
            return (self.pkg + '.' if self.pkg else '') + name
        for imp, star in self.imports:
            if star:
                if name in self.uni.packages.get(imp, ()):
                    return imp + '.' + name
                b = self.qualified_to_binary(imp)
                if b:
                    mt = self.uni.member_types(b)
                    if name in mt:
                        return mt[name]
        if name in self.uni.packages.get('java.lang', ()):
            return 'java.lang.' + name
        return None

    def qualified_to_binary(self, q):
        parts = q.split('.')
        for i in range(len(parts), 0, -1):
            cand = '.'.join(parts[:i])
            if cand in self.uni.known or cand in self.uni.external:
                b = cand
                for p in parts[i:]:
                    mt = self.uni.member_types(b)
                    b = mt.get(p, b + '$' + p)
                return b
        return q

    def resolve_raw(self, ref, ctx, tvars=()):
        if not ref.segs:
            return None
        first = ref.segs[0][0]
        if len(ref.segs) == 1 and first in tvars:
            return None
        b = self.resolve_simple(first, ctx)
        rest = [s[0] for s in ref.segs[1:]]
        if b is None:
            # a qualified name: find the longest package prefix
            names = [s[0] for s in ref.segs]
            for i in range(len(names), 0, -1):
                cand = '.'.join(names[:i])
                if cand in self.uni.known or cand in self.uni.external:
                    b = cand
                    rest = names[i:]
                    break
            if b is None:
                return '?' + '.'.join(names)
        for r in rest:
            mt = self.uni.member_types(b)
            b = mt.get(r, b + '$' + r)
        return b


# ---------------------------------------------------------------- rendering

class Renderer:
    def __init__(self, cu, nullness=False):
        self.cu = cu
        self.nullness = nullness

    def type(self, ref, ctx, tvars, top=True):
        if ref.wildcard:
            if ref.wildcard == '?':
                return '?'
            b = self.type(ref.bound, ctx, tvars, False)
            if ref.wildcard == 'extends' and b == 'java.lang.Object':
                return '?'
            return '? %s %s' % (ref.wildcard, b)
        names = [s[0] for s in ref.segs]
        if len(names) == 1 and names[0] in PRIMITIVES:
            s = names[0]
        elif len(names) == 1 and names[0] in tvars:
            s = names[0]
        else:
            s = self.cu.resolve_raw(ref, ctx, tvars)
            args = [a for (_, a) in ref.segs if a is not None]
            if args:
                s += '<' + ', '.join(self.type(a, ctx, tvars, False) for a in args[-1]) + '>'
        s += '[]' * ref.dims
        if ref.varargs:
            s += '...'
        if self.nullness:
            nn = [a[0] for a in ref.annots if a[0] in NULLNESS]
            if nn:
                s = '@' + nn[0] + ' ' + s
        return s

    def tparams(self, tps, ctx, tvars):
        if not tps:
            return ''
        out = []
        for name, bounds in tps:
            bs = [self.type(b, ctx, tvars, False) for b in bounds]
            bs = [b for b in bs if b != 'java.lang.Object']
            out.append(name + (' extends ' + ' & '.join(bs) if bs else ''))
        return '<' + ', '.join(out) + '>'


def annots_str(annots, nullness, member_annots=True):
    out = []
    for name, args in annots:
        if name == 'Deprecated':
            if '@Deprecated' not in out:
                out.append('@Deprecated')
        elif nullness and name in NULLNESS:
            out.append('@' + name)
    return ' '.join(sorted(out, key=lambda a: a != '@Deprecated'))


def meta_annots(annots):
    """Annotations of an annotation type that are visible at run time and matter."""
    out = []
    for name, args in annots:
        if name in ('Retention', 'Target'):
            vals = sorted(set(a.split('.')[-1] for a in args if re.match(r'[A-Z_]+$', a) and a not in ('RetentionPolicy', 'ElementType')))
            out.append('@%s(%s)' % (name, ','.join(vals)))
        elif name in ('Documented', 'Inherited', 'Indexed', 'Indexable', 'FunctionalInterface'):
            out.append('@' + name)
    return sorted(out)


def effective_type_mods(td):
    mods = set(m for m in td.mods if m in ('public', 'protected', 'private', 'static', 'final', 'abstract'))
    if td.outer is not None and td.outer.kind in ('interface', 'annotation'):
        mods.add('public')
        mods.add('static')
    if td.outer is not None and td.kind in ('interface', 'enum', 'annotation', 'record'):
        mods.add('static')
    if td.kind in ('interface', 'annotation'):
        mods.discard('abstract')
    if td.kind == 'enum':
        if not td.enum_has_bodies:
            mods.add('final')
        if any('abstract' in m.mods for m in td.members if m.kind == 'method'):
            mods.add('abstract')
    if td.kind == 'record':
        mods.add('final')
    return mods


ORDER = ['@Deprecated', 'public', 'protected', 'private', 'abstract', 'default', 'static', 'final']


def mods_str(mods):
    return ' '.join(m for m in ORDER if m in mods)


def render_type(cu, td, nullness=False):
    r = Renderer(cu, nullness)
    pkg = cu.pkg
    tvars = all_tvars(td)
    mods = effective_type_mods(td)
    kind = {'annotation': '@interface'}.get(td.kind, td.kind)
    binary = td.binary(pkg)
    head = ' '.join(x for x in [' '.join(meta_annots(td.annots)) if td.kind == 'annotation' else '',
                                annots_str(td.annots, False), mods_str(mods), kind] if x)
    s = '%s: %s %s%s' % (binary, head, binary, r.tparams(td.tparams, td, tvars))
    if td.kind == 'class':
        s += ' extends ' + (r.type(td.extends[0], td.outer or td, tvars) if td.extends else 'java.lang.Object')
        ifs = td.implements
    elif td.kind == 'enum':
        s += ' extends java.lang.Enum<%s>' % binary
        ifs = td.implements
    elif td.kind == 'record':
        s += ' extends java.lang.Record'
        ifs = td.implements
    elif td.kind == 'annotation':
        ifs = None
        s += ' implements java.lang.annotation.Annotation'
    else:
        ifs = td.extends
    if ifs:
        s += ' implements ' + ', '.join(r.type(i, td.outer or td, tvars) for i in ifs)
    return s


def all_tvars(td, extra=()):
    names = set(extra)
    t = td
    while t is not None:
        names.update(n for n, _ in t.tparams)
        if 'static' in t.mods and t is not td:
            pass
        t = t.outer
    return names


def member_key(binary, kind, name, nparams):
    if kind == 'field':
        return '%s#%s' % (binary, name)
    return '%s#%s(%d)' % (binary, '<init>' if kind == 'ctor' else name, nparams)


def effective_member_mods(td, m):
    mods = set(x for x in m.mods if x in ('public', 'protected', 'private', 'static', 'final', 'abstract', 'default'))
    if td.kind in ('interface', 'annotation'):
        if m.kind == 'field':
            mods.update(('public', 'static', 'final'))
        elif 'private' not in mods:
            mods.add('public')
            if 'default' not in mods and 'static' not in mods:
                mods.add('abstract')
    return mods


def render_member(cu, td, m, nullness=False):
    r = Renderer(cu, nullness)
    binary = td.binary(cu.pkg)
    tvars = all_tvars(td, [n for n, _ in m.tparams])
    mods = effective_member_mods(td, m)
    head = ' '.join(x for x in [annots_str(m.annots, nullness), mods_str(mods)] if x)
    key = member_key(binary, m.kind, m.name, len(m.params))
    if m.kind == 'field':
        return key, '%s: %s %s %s' % (key, head, r.type(m.type, td, tvars), m.name)
    params = ', '.join(r.type(p, td, tvars) for p in m.params)
    tp = r.tparams(m.tparams, td, tvars)
    if m.kind == 'ctor':
        sig = '%s<init>(%s)' % (tp + ' ' if tp else '', params)
    else:
        sig = '%s%s %s(%s)' % (tp + ' ' if tp else '', r.type(m.type, td, tvars), m.name, params)
    s = '%s: %s%s' % (key, head + ' ' if head else '', sig)
    if m.throws:
        s += ' throws ' + ', '.join(r.type(t, td, tvars) for t in m.throws)
    if m.has_default:
        s += ' default'
    return key, s


def implicit_members(td, binary):
    """Members the compiler adds: the default constructor and an enum's values()/valueOf(String)."""
    out = []
    if td.kind == 'class' and not any(m.kind == 'ctor' for m in td.members):
        mods = [x for x in ('public', 'protected', 'private') if x in effective_type_mods(td)]
        key = member_key(binary, 'ctor', '<init>', 0)
        out.append((key, '%s: %s<init>()' % (key, (mods[0] + ' ') if mods else '')))
    if td.kind == 'enum':
        k1 = member_key(binary, 'method', 'values', 0)
        out.append((k1, '%s: public static %s[] values()' % (k1, binary)))
        k2 = member_key(binary, 'method', 'valueOf', 1)
        out.append((k2, '%s: public static %s valueOf(java.lang.String)' % (k2, binary)))
    return out


def all_decls(cu):
    out = []

    def walk(t):
        out.append(t)
        for n in t.nested:
            walk(n)
    for t in cu.types:
        walk(t)
    return out


def lines_of(cu, nullness=False):
    """binary name -> (type line, {key: [member lines]})"""
    res = {}
    for td in all_decls(cu):
        binary = td.binary(cu.pkg)
        members = {}
        for m in td.members:
            k, s = render_member(cu, td, m, nullness)
            members.setdefault(k, []).append(s)
        for k, s in implicit_members(td, binary):
            members.setdefault(k, []).append(s)
        res[binary] = (render_type(cu, td, nullness), members, td)
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--stubs', required=True)
    ap.add_argument('--real', action='append', default=[], help='GITDIR@REF or a directory')
    ap.add_argument('--jar', action='append', default=[], help='a library jar the sources refer to')
    ap.add_argument('--audit', action='store_true')
    a = ap.parse_args()

    real = Universe([Source(s) for s in a.real], a.jar)
    stub_src = Source(a.stubs)
    stubs = Universe([stub_src], a.jar)

    out = []
    problems = []
    for fqn in sorted(stub_src.files):
        scu = stubs.parse(fqn)
        rcu = real.parse(fqn)
        if rcu is None:
            problems.append('NO REAL SOURCE for %s' % fqn)
            continue
        slines = lines_of(scu, a.audit)
        rlines = lines_of(rcu, a.audit)
        for binary, (stype, smembers, std) in sorted(slines.items()):
            if binary not in rlines:
                problems.append('NO REAL TYPE %s' % binary)
                continue
            rtype, rmembers, rtd = rlines[binary]
            out.append(rtype)
            if a.audit and stype != rtype:
                problems.append('TYPE\n  stub: %s\n  real: %s' % (stype, rtype))
            for key, sl in sorted(smembers.items()):
                rl = rmembers.get(key, [])
                out.extend(rl)
                if a.audit:
                    for s in sl:
                        if s not in rl:
                            problems.append('MEMBER\n  stub: %s\n  real: %s' % (s, '\n        '.join(rl) or '(none)'))
    if a.audit:
        print('\n'.join(problems))
        unresolved = sorted(set(x for x in out if '?' in x.replace('<?', '').replace(' ?', '')))
        if unresolved:
            print('\nUNRESOLVED NAMES:\n' + '\n'.join(unresolved))
    else:
        for p in problems:
            print(p, file=sys.stderr)
        print('# Signatures of the stub members as declared by the real sources; generated by')
        print('# src/test/scripts/real_api_signatures.py from:')
        for spec in a.real:
            repo, _, ref = spec.rpartition('@')
            print('#   %s @ %s' % (os.path.basename(os.path.dirname(repo.rstrip('/'))) if repo.endswith('repo') else repo, ref))
        seen = set()
        for line in out:
            if line not in seen:
                seen.add(line)
                print(line)


if __name__ == '__main__':
    main()
