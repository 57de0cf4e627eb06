var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// ../../node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "../../node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// ../../node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "../../node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment3 of segments) {
        if (segment3) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment3))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// ../../node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "../../node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment3 = segments[i];
        if (segment3 === "." || segment3 === "..") {
          if (segment3 === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment3);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// ../../node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "../../node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// ../../node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "../../node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !/\P{ASCII}/u.test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// ../../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "../../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// fscan.tmp.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/lexicon/formulations.ts
import { confusionKindOf as confusionKindOf2, segment as segment2 } from "@report-lint/core";

// src/lexicon/distance.ts
function* closestWindows(pattern, text, from, to, max) {
  const m = pattern.length;
  const w = to - from;
  if (m === 0 || w <= 0) return;
  const cols = w + 1;
  const d = new Int32Array((m + 1) * cols);
  for (let i = 1; i <= m; i++) d[i * cols] = i;
  for (let i = 1; i <= m; i++) {
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= w; j++) {
      const t = text.charCodeAt(from + j - 1);
      let v = Math.min(d[(i - 1) * cols + j - 1] + (p === t ? 0 : 1), d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1);
      if (i > 1 && j > 1 && p === text.charCodeAt(from + j - 2) && pattern.charCodeAt(i - 2) === t) v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = v;
    }
  }
  const ends = [];
  for (let j = 1; j <= w; j++) if (d[m * cols + j] <= max && !splitsPair(text, from + j)) ends.push(j);
  ends.sort((a, b) => d[m * cols + a] - d[m * cols + b] || b - a);
  for (const j of ends) {
    const ops = [];
    let i = m;
    let k = j;
    while (i > 0) {
      const here = d[i * cols + k];
      const p = pattern.charCodeAt(i - 1);
      const t = k > 0 ? text.charCodeAt(from + k - 1) : -1;
      if (k > 0 && p === t && d[(i - 1) * cols + k - 1] === here) {
        ops.push("match");
        i--;
        k--;
      } else if (i > 1 && k > 1 && p === text.charCodeAt(from + k - 2) && pattern.charCodeAt(i - 2) === t && d[(i - 2) * cols + k - 2] + 1 === here) {
        ops.push("swap", "swap");
        i -= 2;
        k -= 2;
      } else if (k > 0 && d[(i - 1) * cols + k - 1] + 1 === here) {
        ops.push("sub");
        i--;
        k--;
      } else if (d[(i - 1) * cols + k] + 1 === here) {
        ops.push("del");
        i--;
      } else {
        ops.push("ins");
        k--;
      }
    }
    if (splitsPair(text, from + k)) continue;
    yield { start: from + k, end: from + j, distance: d[m * cols + j], ops: ops.reverse() };
  }
}
function splitsPair(text, i) {
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return i > 0 && lo >= 56320 && lo <= 57343 && hi >= 55296 && hi <= 56319;
}

// ../schema/dist/index.js
var import__ = __toESM(require__(), 1);
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var lexicon_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://report-lint.dev/schemas/lexicon.schema.json",
  title: "Lexicon",
  description: "\u7528\u8BED\u8BCD\u8868\uFF1A\u6613\u6DF7\u8BCD\uFF08confusable\uFF09\u3001\u8FC7\u65F6\u7528\u8BED\uFF08outdated\uFF09\u3001\u89C4\u8303\u8868\u8FF0\u4E0E\u6587\u4EF6\u540D\u79F0\uFF08formulations\uFF09\u3001\u6CD5\u5F8B\u540D\u79F0\uFF08law-names\uFF09\u3002\u5185\u7F6E\u8BCD\u8868\u3001\u7528\u6237\u5728\u89C4\u5219\u9009\u9879 add \u4E2D\u8FFD\u52A0\u7684\u6761\u76EE\u548C extraFiles \u6307\u5B9A\u7684\u5730\u65B9\u8BCD\u8868\u90FD\u7528\u8FD9\u4E00\u683C\u5F0F\u3002",
  anyOf: [
    { $ref: "#/$defs/ConfusableFile" },
    { $ref: "#/$defs/OutdatedFile" },
    { $ref: "#/$defs/FormulationFile" },
    { $ref: "#/$defs/LawNamesFile" }
  ],
  $defs: {
    ConfusableEntry: {
      type: "object",
      description: "\u4E00\u4E2A\u53EA\u5728\u7279\u5B9A\u4E0A\u4E0B\u6587\u4E2D\u624D\u7B97\u9519\u7684\u6613\u6DF7\u8BCD\uFF08\u5982\u201C\u8BBE\u65BD\u884C\u653F\u5904\u7F5A\u201D\u4E2D\u7684\u201C\u8BBE\u65BD\u201D\uFF09",
      additionalProperties: false,
      required: ["id", "match", "replacement", "reason", "invalid", "valid"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", description: "\u6761\u76EE id\uFF1A\u9009\u9879 disable \u7528\u5B83\u5173\u95ED\u6761\u76EE" },
        match: { type: "string", minLength: 1, description: "JavaScript \u6B63\u5219\uFF08u \u6807\u5FD7\uFF09\uFF1B\u6574\u4E2A\u5339\u914D\u5C31\u662F\u9519\u8BEF\u7684\u6587\u5B57\uFF0C\u4E0A\u4E0B\u6587\u7528\u524D\u540E\u65AD\u8A00\u8868\u8FBE" },
        replacement: { type: "string", minLength: 1, description: "\u5E94\u6539\u4E3A\u7684\u6587\u5B57" },
        reason: { type: "string", minLength: 1, description: "\u7B80\u77ED\u7684\u7406\u7531\uFF0C\u62FC\u5728\u63D0\u793A\u4FE1\u606F\u7684\u62EC\u53F7\u4E2D" },
        invalid: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "\u542B\u6709\u9519\u8BEF\u7684\u4F8B\u53E5\uFF1A\u6BCF\u53E5\u6070\u597D\u62A5\u544A\u4E00\u5904" },
        valid: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "\u6B63\u786E\u7684\u4F8B\u53E5\uFF1A\u4E00\u5904\u4E5F\u4E0D\u62A5\u544A" }
      }
    },
    OutdatedEntry: {
      type: "object",
      description: "\u4E00\u4E2A\u5DF2\u7ECF\u66F4\u540D\u6216\u4E0D\u518D\u4F7F\u7528\u7684\u65E7\u63D0\u6CD5\u3001\u65E7\u673A\u6784\u540D\uFF08\u5982\u201C\u6CD5\u5236\u526F\u6821\u957F\u201D\uFF09",
      additionalProperties: false,
      required: ["id", "match", "replacement", "reason", "invalid", "valid"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", description: "\u6761\u76EE id\uFF1A\u9009\u9879 disable \u7528\u5B83\u5173\u95ED\u6761\u76EE" },
        match: { type: "string", minLength: 1, description: "JavaScript \u6B63\u5219\uFF08u \u6807\u5FD7\uFF09\uFF1B\u6574\u4E2A\u5339\u914D\u5C31\u662F\u8FC7\u65F6\u7684\u6587\u5B57" },
        replacement: { type: "string", minLength: 1, description: "\u73B0\u884C\u7684\u8BF4\u6CD5" },
        reason: { type: "string", minLength: 1, description: "\u7B80\u77ED\u7684\u7406\u7531\uFF08\u66F4\u540D\u4F9D\u636E\uFF09\uFF0C\u62FC\u5728\u63D0\u793A\u4FE1\u606F\u7684\u62EC\u53F7\u4E2D" },
        since: { type: "integer", minimum: 1949, maximum: 2100, description: "\u65E7\u8BF4\u6CD5\u505C\u6B62\u4F7F\u7528\u7684\u5E74\u4EFD" },
        invalid: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "\u542B\u6709\u65E7\u8BF4\u6CD5\u7684\u4F8B\u53E5\uFF1A\u6BCF\u53E5\u6070\u597D\u62A5\u544A\u4E00\u5904" },
        valid: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "\u6B63\u786E\u7684\u4F8B\u53E5\uFF1A\u4E00\u5904\u4E5F\u4E0D\u62A5\u544A" }
      }
    },
    FormulationEntry: {
      type: "object",
      description: "\u4E00\u6761\u987B\u539F\u6587\u7167\u5F55\u7684\u89C4\u8303\u8868\u8FF0\u6216\u4E2D\u592E\u6587\u4EF6\u540D\u79F0",
      additionalProperties: false,
      required: ["id", "canonical", "kind", "reason", "invalid", "valid"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", description: "\u6761\u76EE id\uFF1A\u9009\u9879 disable \u7528\u5B83\u5173\u95ED\u6761\u76EE" },
        canonical: { type: "string", minLength: 4, description: "\u89C4\u8303\u7684\u539F\u6587\uFF1B\u6587\u4EF6\u540D\u79F0\u4E0D\u542B\u4E66\u540D\u53F7" },
        kind: { enum: ["formulation", "document-title"], description: "formulation\uFF1A\u89C4\u8303\u8868\u8FF0\uFF1Bdocument-title\uFF1A\u6587\u4EF6\u540D\u79F0" },
        reason: { type: "string", minLength: 1, description: "\u51FA\u5904\u6216\u8BF4\u660E" },
        localAdaptations: { type: "array", items: { type: "string", minLength: 1 }, description: "\u53EF\u4EE5\u63A5\u53D7\u7684\u53D8\u4F53\uFF08JavaScript \u6B63\u5219\uFF0Cu \u6807\u5FD7\uFF09\uFF0C\u5982\u628A\u201C\u4F9D\u6CD5\u6CBB\u56FD\u201D\u6362\u6210\u201C\u4F9D\u6CD5\u6CBB\u53BF\u201D\uFF1B\u5339\u914D\u524D\u6587\u672C\u5DF2\u7EDF\u4E00\uFF1A\u201C\uFF0C\u201D\u201C\u548C\u201D\u201C\u53CA\u201D\u201C\u4E0E\u201D\u89C6\u540C\u201C\u3001\u201D\uFF0C\u534A\u89D2\u62EC\u53F7\u3001\u8FDE\u5B57\u7B26\u3001\u5F15\u53F7\u89C6\u540C\u5168\u89D2\u5F62\u5F0F" },
        invalid: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "\u5F15\u7528\u6709\u8BEF\u7684\u4F8B\u53E5\uFF1A\u6BCF\u53E5\u81F3\u5C11\u62A5\u544A\u4E00\u5904" },
        valid: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "\u6B63\u786E\u7684\u4F8B\u53E5\uFF1A\u4E00\u5904\u4E5F\u4E0D\u62A5\u544A" }
      }
    },
    Law: {
      type: "object",
      description: "\u4E00\u90E8\u73B0\u884C\u6CD5\u5F8B",
      additionalProperties: false,
      required: ["name", "short"],
      properties: {
        name: { type: "string", minLength: 2, description: "\u6B63\u5F0F\u540D\u79F0\uFF0C\u5982\u201C\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u884C\u653F\u590D\u8BAE\u6CD5\u201D" },
        short: { type: "array", items: { type: "string", minLength: 2 }, description: "\u53EF\u4EE5\u63A5\u53D7\u7684\u7B80\u79F0\uFF0C\u5982\u201C\u884C\u653F\u590D\u8BAE\u6CD5\u201D" }
      }
    },
    LawMistake: {
      type: "object",
      description: "\u4E00\u4E2A\u5E38\u89C1\u7684\u9519\u8BEF\u6CD5\u5F8B\u540D\u79F0\u53CA\u5176\u6B63\u786E\u540D\u79F0",
      additionalProperties: false,
      required: ["wrong", "correct"],
      properties: {
        wrong: { type: "string", minLength: 2 },
        correct: { type: "string", minLength: 2 }
      }
    },
    RepealedLaw: {
      type: "object",
      description: "\u4E00\u90E8\u5DF2\u5E9F\u6B62\u7684\u6CD5\u5F8B\uFF08\u6216\u6761\u4F8B\uFF09\u53CA\u53D6\u4EE3\u5B83\u7684\u6CD5\u5F8B",
      additionalProperties: false,
      required: ["name", "replacedBy", "since"],
      properties: {
        name: { type: "string", minLength: 2 },
        replacedBy: { type: "string", minLength: 2 },
        since: { type: "integer", minimum: 1949, maximum: 2100, description: "\u5E9F\u6B62\u7684\u5E74\u4EFD" }
      }
    },
    LawNamesEntry: {
      description: "\u6CD5\u5F8B\u540D\u79F0\u8BCD\u8868\u4E2D\u7684\u4E00\u4E2A\u6761\u76EE\uFF1A\u6709 wrong \u7684\u662F\u5E38\u89C1\u9519\u8BEF\u540D\u79F0\uFF0C\u6709 replacedBy \u7684\u662F\u5DF2\u5E9F\u6B62\u7684\u6CD5\u5F8B\uFF0C\u5176\u4F59\u662F\u73B0\u884C\u6CD5\u5F8B",
      type: "object",
      if: { type: "object", properties: { wrong: true }, required: ["wrong"] },
      then: { $ref: "#/$defs/LawMistake" },
      else: {
        if: { type: "object", properties: { replacedBy: true }, required: ["replacedBy"] },
        then: { $ref: "#/$defs/RepealedLaw" },
        else: { $ref: "#/$defs/Law" }
      }
    },
    ConfusableFile: { type: "array", items: { $ref: "#/$defs/ConfusableEntry" } },
    OutdatedFile: { type: "array", items: { $ref: "#/$defs/OutdatedEntry" } },
    FormulationFile: { type: "array", items: { $ref: "#/$defs/FormulationEntry" } },
    LawNamesFile: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        $schema: { type: "string" },
        laws: { type: "array", items: { $ref: "#/$defs/Law" } },
        commonMistakes: { type: "array", items: { $ref: "#/$defs/LawMistake" } },
        repealed: { type: "array", items: { $ref: "#/$defs/RepealedLaw" } }
      }
    }
  }
};
function didYouMean(word, candidates) {
  const list = [...candidates].filter((c) => c !== word);
  if (word.length === 0 || list.length === 0) return void 0;
  const lower = word.toLowerCase();
  const sameCase = list.find((c) => c.toLowerCase() === lower);
  if (sameCase !== void 0) return sameCase;
  const most = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best;
  let bestDistance = most + 1;
  for (const c of list) {
    const d = (0, import_fastest_levenshtein.distance)(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== void 0) return best;
  if (lower.length < 3) return void 0;
  const begun = list.filter((c) => c.toLowerCase().startsWith(lower));
  return begun.length === 1 ? begun[0] : void 0;
}
var compilers = { strict: null, lenient: null };
var compiled = { strict: /* @__PURE__ */ new WeakMap(), lenient: /* @__PURE__ */ new WeakMap() };
function compiler(mode) {
  return compilers[mode] ??= mode === "strict" ? new import__.Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false }) : new import__.Ajv2020({ allErrors: true, verbose: true, strict: false, validateSchema: false });
}
function compileSchema(schema, mode = "strict") {
  let v = compiled[mode].get(schema);
  if (v === void 0) {
    v = compiler(mode).compile(schema);
    compiled[mode].set(schema, v);
  }
  return v;
}
function run(schema, data) {
  const v = compileSchema(schema);
  if (v(data)) return { ok: true, value: data };
  return { ok: false, issues: toIssues(v.errors ?? []) };
}
var LEXICON_DEFS = {
  confusable: { file: "ConfusableFile", entry: "ConfusableEntry" },
  outdated: { file: "OutdatedFile", entry: "OutdatedEntry" },
  formulations: { file: "FormulationFile", entry: "FormulationEntry" },
  "law-names": { file: "LawNamesFile", entry: "LawNamesEntry" }
};
var lexiconSchemas = /* @__PURE__ */ new Map();
function lexiconRef(kind, what) {
  const key = `${kind}:${what}`;
  let schema = lexiconSchemas.get(key);
  if (schema === void 0) {
    const ref = (def) => ({ $ref: `${lexicon_schema_default.$id}#/$defs/${def}` });
    schema = what === "file" ? ref(LEXICON_DEFS[kind].file) : { type: "array", items: ref(LEXICON_DEFS[kind].entry) };
    lexiconSchemas.set(key, schema);
  }
  const ajv = compiler("strict");
  if (ajv.getSchema(lexicon_schema_default.$id) === void 0) ajv.addSchema(lexicon_schema_default);
  return schema;
}
function validateLexicon(kind, data) {
  return run(lexiconRef(kind, "file"), data);
}
function validateLexiconEntries(kind, data) {
  return run(lexiconRef(kind, "entries"), data);
}
var TYPE_NAMES = {
  string: "\u5B57\u7B26\u4E32",
  number: "\u6570\u5B57",
  integer: "\u6574\u6570",
  boolean: "\u5E03\u5C14\u503C\uFF08true/false\uFF09",
  object: "\u5BF9\u8C61",
  array: "\u6570\u7EC4",
  null: "null"
};
var TYPE_NAMES_EN = { boolean: "boolean (true/false)" };
function describeType(t, en = false) {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => en ? TYPE_NAMES_EN[String(x)] ?? String(x) : TYPE_NAMES[String(x)] ?? String(x)).join(en ? " or " : "\u6216");
}
function toIssues(errors) {
  const byPointer = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const pointer = e.keyword === "additionalProperties" ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.instancePath;
    const list = byPointer.get(pointer) ?? [];
    list.push(e);
    byPointer.set(pointer, list);
  }
  const issues = [];
  for (const [pointer, list] of byPointer) {
    const specific = list.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
    const chosen = specific.find((e) => e.keyword === "additionalProperties" || e.keyword === "required") ?? specific[0] ?? list[0];
    const [message, en] = messageOf(chosen, specific.length > 1 ? specific : [chosen]);
    issues.push({ pointer: pointer === "" ? "/" : pointer, message, en });
  }
  return issues;
}
function givenValue(data) {
  if (typeof data === "string" && data.length <= 40) return `\u53D6\u503C\u201C${data}\u201D`;
  if (typeof data === "number" || typeof data === "boolean" || data === null) return `\u53D6\u503C\u201C${String(data)}\u201D`;
  return "\u53D6\u503C";
}
function givenValueEn(data) {
  if (typeof data === "string" && data.length <= 40) return `value "${data}"`;
  if (typeof data === "number" || typeof data === "boolean" || data === null) return `value ${String(data)}`;
  return "the value";
}
function messageOf(e, alternatives) {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return [`\u7F3A\u5C11\u5FC5\u586B\u9879\u201C${String(p.missingProperty)}\u201D`, `missing required key "${String(p.missingProperty)}"`];
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const meant = didYouMean(key, known);
      return meant === void 0 ? [`\u4E0D\u8BA4\u8BC6\u7684\u914D\u7F6E\u9879\u201C${key}\u201D\uFF0C\u5E94\u5220\u9664\u6216\u68C0\u67E5\u62FC\u5199`, `unknown key "${key}"; remove it or check the spelling`] : [`\u4E0D\u8BA4\u8BC6\u7684\u914D\u7F6E\u9879\u201C${key}\u201D\uFF0C\u60A8\u662F\u5426\u8981\u8F93\u5165\u201C${meant}\u201D\uFF1F`, `unknown key "${key}"; did you mean "${meant}"?`];
    }
    case "type":
    case "enum": {
      const allowed = [];
      const allowedEn = [];
      for (const a of alternatives) {
        const ap = a.params;
        if (a.keyword === "type") {
          allowed.push(describeType(ap.type));
          allowedEn.push(describeType(ap.type, true));
        }
        if (a.keyword === "enum") {
          const values = ap.allowedValues.map((v) => JSON.stringify(v));
          allowed.push(...values);
          allowedEn.push(...values);
        }
      }
      const words = alternatives.flatMap((a) => a.keyword === "enum" ? a.params.allowedValues.filter((v) => typeof v === "string") : []);
      const meant = typeof e.data === "string" ? didYouMean(e.data, words) : void 0;
      return [
        `${givenValue(e.data)}\u4E0D\u7B26\u5408\u8981\u6C42\uFF0C\u5E94\u4E3A${[...new Set(allowed)].join("\u3001")}${meant === void 0 ? "" : `\uFF1B\u60A8\u662F\u5426\u8981\u8F93\u5165\u201C${meant}\u201D\uFF1F`}`,
        `${givenValueEn(e.data)} is not allowed; expected ${[...new Set(allowedEn)].join(", ")}${meant === void 0 ? "" : `; did you mean "${meant}"?`}`
      ];
    }
    case "minimum":
      return [`\u6570\u503C\u5E94\u4E0D\u5C0F\u4E8E ${String(p.limit)}`, `must be at least ${String(p.limit)}`];
    case "maximum":
      return [`\u6570\u503C\u5E94\u4E0D\u5927\u4E8E ${String(p.limit)}`, `must be at most ${String(p.limit)}`];
    case "minLength":
      return [`\u5B57\u7B26\u4E32\u957F\u5EA6\u5E94\u4E0D\u5C11\u4E8E ${String(p.limit)}`, `must be at least ${String(p.limit)} characters long`];
    case "minItems":
      return [`\u81F3\u5C11\u5E94\u6709 ${String(p.limit)} \u9879`, `needs at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`];
    case "maxItems":
      return [`\u81F3\u591A\u5E94\u6709 ${String(p.limit)} \u9879`, `takes at most ${String(p.limit)} items`];
    case "pattern":
      return [`\u683C\u5F0F\u4E0D\u6B63\u786E\uFF0C\u5E94\u5339\u914D ${String(p.pattern)}`, `should match ${String(p.pattern)}`];
    default:
      return [`\u4E0D\u7B26\u5408\u89C4\u5219\uFF08${e.keyword}\uFF09`, `does not meet the schema (${e.keyword})`];
  }
}
var fazhi_zhengfu_annual_default = {
  $schema: "../schemas/profile.schema.json",
  id: "fazhi-zhengfu-annual",
  name: "\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5E74\u5EA6\u62A5\u544A",
  description: "\u5730\u65B9\u5404\u7EA7\u653F\u5E9C\uFF08\u542B\u4E61\u9547\u3001\u8857\u9053\uFF09\u53CA\u515A\u59D4\u653F\u5E9C\u8054\u5408\u62A5\u9001\u7684\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5E74\u5EA6\u62A5\u544A",
  basis: "\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u4E0E\u8D23\u4EFB\u843D\u5B9E\u7763\u5BDF\u5DE5\u4F5C\u89C4\u5B9A\u300B\u7B2C\u4E8C\u5341\u4E94\u6761",
  titlePattern: "\u6CD5\u6CBB(\u653F\u5E9C)?\u5EFA\u8BBE.*(\u62A5\u544A|\u60C5\u51B5)",
  items: [
    {
      id: "measures",
      name: "\u4E0A\u4E00\u5E74\u5EA6\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u4E3E\u63AA\u548C\u6210\u6548",
      required: true,
      severity: "error",
      patterns: ["\u4E3E\u63AA", "\u6210\u6548", "\u4E3B\u8981\u505A\u6CD5", "\u5DE5\u4F5C\u63AA\u65BD", "\u5F00\u5C55\u60C5\u51B5", "\u5DE5\u4F5C\u60C5\u51B5", "\u63A8\u8FDB.*\u60C5\u51B5", "\u5EFA\u8BBE\u60C5\u51B5"],
      excludePatterns: ["\u7B2C\u4E00\u8D23\u4EFB\u4EBA", "\u4E3B\u8981\u8D1F\u8D23\u4EBA", "\u4E0D\u8DB3", "\u95EE\u9898", "\u8BA1\u5212", "\u5B89\u6392", "\u6253\u7B97"],
      headingLevel: 1,
      spread: true,
      fallbackSection: true,
      template: {
        heading: "{year}\u5E74\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u4E3E\u63AA\u548C\u6210\u6548",
        guidance: "\u5206\u6761\u5199\u660E\u672C\u5E74\u5EA6\u5728\u4F9D\u6CD5\u51B3\u7B56\u3001\u4E25\u683C\u89C4\u8303\u516C\u6B63\u6587\u660E\u6267\u6CD5\u3001\u666E\u6CD5\u4F9D\u6CD5\u6CBB\u7406\u3001\u77DB\u76FE\u7EA0\u7EB7\u5316\u89E3\u3001\u884C\u653F\u6743\u529B\u76D1\u7763\u7B49\u65B9\u9762\u7684\u4E3B\u8981\u4E3E\u63AA\u548C\u53D6\u5F97\u7684\u6210\u6548\uFF0C\u5C3D\u91CF\u7528\u6570\u636E\u8BF4\u660E\u3002"
      }
    },
    {
      id: "responsibility",
      name: "\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u3001\u52A0\u5F3A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u6709\u5173\u60C5\u51B5",
      required: true,
      severity: "error",
      patterns: ["\u7B2C\u4E00\u8D23\u4EFB\u4EBA", "\u4E3B\u8981\u8D1F\u8D23\u4EBA", "\u4E3B\u8981\u9886\u5BFC", "\u5C65\u804C", "\u5C65\u884C.*\u804C\u8D23", "\u7EC4\u7EC7\u9886\u5BFC", "\u7EDF\u4E00\u9886\u5BFC", "\u52A0\u5F3A\u9886\u5BFC", "\u515A\u7684\u9886\u5BFC"],
      headingLevel: 1,
      template: {
        heading: "{year}\u5E74\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u3001\u52A0\u5F3A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u6709\u5173\u60C5\u51B5",
        guidance: "\u5199\u660E\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5982\u4F55\u7814\u7A76\u90E8\u7F72\u3001\u5E26\u5934\u5C0A\u6CD5\u5B66\u6CD5\u5B88\u6CD5\u7528\u6CD5\u3001\u7763\u4FC3\u843D\u5B9E\u6CD5\u6CBB\u5EFA\u8BBE\u4EFB\u52A1\uFF0C\u4EE5\u53CA\u8FF0\u6CD5\u60C5\u51B5\u3002"
      }
    },
    {
      id: "shortcomings",
      name: "\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B58\u5728\u7684\u4E0D\u8DB3\u548C\u539F\u56E0",
      required: true,
      severity: "error",
      patterns: ["\u4E0D\u8DB3", "\u5B58\u5728.*\u95EE\u9898", "\u95EE\u9898\u548C", "\u95EE\u9898\u4E0E", "\u95EE\u9898\u53CA", "\u56F0\u96BE\u548C\u95EE\u9898", "\u77ED\u677F", "\u5F31\u9879", "\u5DEE\u8DDD", "\u8584\u5F31"],
      headingLevel: 1,
      template: {
        heading: "{year}\u5E74\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B58\u5728\u7684\u4E0D\u8DB3\u548C\u539F\u56E0",
        guidance: "\u5B9E\u4E8B\u6C42\u662F\u5730\u5199\u660E\u5B58\u5728\u7684\u4E0D\u8DB3\uFF0C\u5E76\u5206\u6790\u5176\u539F\u56E0\uFF1B\u4E0D\u8DB3\u4E0E\u539F\u56E0\u5E94\u4E00\u4E00\u5BF9\u5E94\u3002"
      }
    },
    {
      id: "plans",
      name: "\u4E0B\u4E00\u5E74\u5EA6\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u5B89\u6392",
      required: true,
      severity: "error",
      patterns: ["\u6253\u7B97", "\u8BA1\u5212", "\u5B89\u6392", "\u601D\u8DEF", "\u4E0B\u4E00\u6B65", "\u4E0B\u6B65", "\u4E0B\u4E00\u9636\u6BB5", "\u4ECA\u540E", "\u660E\u5E74", "\u4E0B\u4E00\u5E74", "\u5DE5\u4F5C\u91CD\u70B9", "\u52AA\u529B\u65B9\u5411", "\u5C55\u671B"],
      headingLevel: 1,
      template: {
        heading: "{nextYear}\u5E74\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u5B89\u6392",
        guidance: "\u9488\u5BF9\u4E0A\u8FF0\u4E0D\u8DB3\uFF0C\u5199\u660E\u4E0B\u4E00\u5E74\u5EA6\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u4EFB\u52A1\u548C\u63AA\u65BD\u3002"
      }
    },
    {
      id: "other",
      name: "\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u60C5\u51B5",
      required: false,
      severity: "info",
      patterns: ["\u5176\u4ED6\u9700\u8981\u62A5\u544A", "\u5176\u5B83\u9700\u8981\u62A5\u544A", "\u5176\u4ED6\u60C5\u51B5"],
      headingLevel: 1,
      template: {
        heading: "\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u60C5\u51B5",
        guidance: "\u5982\u65E0\u5176\u4ED6\u9700\u8981\u62A5\u544A\u7684\u60C5\u51B5\uFF0C\u53EF\u5220\u9664\u672C\u90E8\u5206\u3002"
      }
    }
  ]
};
var fazhi_zhengfu_department_default = {
  $schema: "../schemas/profile.schema.json",
  id: "fazhi-zhengfu-department",
  name: "\u53BF\u7EA7\u653F\u5E9C\u90E8\u95E8\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5E74\u5EA6\u62A5\u544A",
  description: "\u53BF\u7EA7\u653F\u5E9C\u5DE5\u4F5C\u90E8\u95E8\uFF08\u5C40\u3001\u529E\u3001\u59D4\uFF09\u62A5\u9001\u672C\u7EA7\u515A\u59D4\u3001\u653F\u5E9C\u7684\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5E74\u5EA6\u62A5\u544A\uFF1B\u7531\u90E8\u95E8\u4E3B\u8981\u8D1F\u8D23\u4EBA\u800C\u975E\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23",
  basis: "\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u4E0E\u8D23\u4EFB\u843D\u5B9E\u7763\u5BDF\u5DE5\u4F5C\u89C4\u5B9A\u300B\u7B2C\u4E8C\u5341\u516D\u6761",
  titlePattern: "\u6CD5\u6CBB(\u653F\u5E9C)?\u5EFA\u8BBE.*(\u62A5\u544A|\u60C5\u51B5)",
  items: [
    {
      id: "measures",
      name: "\u4E0A\u4E00\u5E74\u5EA6\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u4E3E\u63AA\u548C\u6210\u6548",
      required: true,
      severity: "error",
      patterns: ["\u4E3E\u63AA", "\u6210\u6548", "\u4E3B\u8981\u505A\u6CD5", "\u5DE5\u4F5C\u63AA\u65BD", "\u5F00\u5C55\u60C5\u51B5", "\u5DE5\u4F5C\u60C5\u51B5", "\u63A8\u8FDB.*\u60C5\u51B5", "\u5EFA\u8BBE\u60C5\u51B5"],
      excludePatterns: ["\u7B2C\u4E00\u8D23\u4EFB\u4EBA", "\u4E3B\u8981\u8D1F\u8D23\u4EBA", "\u4E0D\u8DB3", "\u95EE\u9898", "\u8BA1\u5212", "\u5B89\u6392", "\u6253\u7B97"],
      headingLevel: 1,
      spread: true,
      fallbackSection: true,
      template: { heading: "{year}\u5E74\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u4E3E\u63AA\u548C\u6210\u6548", guidance: "\u5199\u660E\u672C\u90E8\u95E8\u5728\u4F9D\u6CD5\u5C65\u804C\u3001\u884C\u653F\u6267\u6CD5\u3001\u89C4\u8303\u6027\u6587\u4EF6\u7BA1\u7406\u3001\u666E\u6CD5\uFF08\u201C\u8C01\u6267\u6CD5\u8C01\u666E\u6CD5\u201D\uFF09\u7B49\u65B9\u9762\u7684\u4E3E\u63AA\u548C\u6210\u6548\u3002" }
    },
    {
      id: "responsibility",
      name: "\u90E8\u95E8\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u7684\u60C5\u51B5",
      required: true,
      severity: "error",
      patterns: ["\u7B2C\u4E00\u8D23\u4EFB\u4EBA", "\u4E3B\u8981\u8D1F\u8D23\u4EBA", "\u4E3B\u8981\u9886\u5BFC", "\u5C65\u804C", "\u5C65\u884C.*\u804C\u8D23", "\u7EC4\u7EC7\u9886\u5BFC", "\u52A0\u5F3A\u9886\u5BFC"],
      headingLevel: 1,
      template: { heading: "{year}\u5E74\u90E8\u95E8\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u60C5\u51B5", guidance: "\u5199\u660E\u90E8\u95E8\u4E3B\u8981\u8D1F\u8D23\u4EBA\u7814\u7A76\u90E8\u7F72\u6CD5\u6CBB\u5DE5\u4F5C\u3001\u5E26\u5934\u5B66\u6CD5\u7528\u6CD5\u3001\u8FF0\u6CD5\u7B49\u60C5\u51B5\u3002" }
    },
    {
      id: "shortcomings",
      name: "\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B58\u5728\u7684\u4E0D\u8DB3\u548C\u539F\u56E0",
      required: true,
      severity: "error",
      patterns: ["\u4E0D\u8DB3", "\u5B58\u5728.*\u95EE\u9898", "\u95EE\u9898\u548C", "\u95EE\u9898\u4E0E", "\u95EE\u9898\u53CA", "\u56F0\u96BE\u548C\u95EE\u9898", "\u77ED\u677F", "\u5F31\u9879", "\u5DEE\u8DDD", "\u8584\u5F31"],
      headingLevel: 1,
      template: { heading: "{year}\u5E74\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B58\u5728\u7684\u4E0D\u8DB3\u548C\u539F\u56E0", guidance: "\u5199\u660E\u5B58\u5728\u7684\u4E0D\u8DB3\u5E76\u5206\u6790\u539F\u56E0\u3002" }
    },
    {
      id: "plans",
      name: "\u4E0B\u4E00\u5E74\u5EA6\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u5B89\u6392",
      required: true,
      severity: "error",
      patterns: ["\u6253\u7B97", "\u8BA1\u5212", "\u5B89\u6392", "\u601D\u8DEF", "\u4E0B\u4E00\u6B65", "\u4E0B\u6B65", "\u4E0B\u4E00\u9636\u6BB5", "\u4ECA\u540E", "\u660E\u5E74", "\u4E0B\u4E00\u5E74", "\u5DE5\u4F5C\u91CD\u70B9", "\u52AA\u529B\u65B9\u5411"],
      headingLevel: 1,
      template: { heading: "{nextYear}\u5E74\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u7684\u4E3B\u8981\u5B89\u6392", guidance: "\u5199\u660E\u4E0B\u4E00\u5E74\u5EA6\u7684\u4E3B\u8981\u4EFB\u52A1\u548C\u63AA\u65BD\u3002" }
    }
  ]
};
var builtinProfiles = {
  [fazhi_zhengfu_annual_default.id]: fazhi_zhengfu_annual_default,
  [fazhi_zhengfu_department_default.id]: fazhi_zhengfu_department_default
};

// data/confusable.json
var confusable_default = [
  {
    id: "su-zhi",
    match: "(?<![\u6295\u7533\u544A\u8D77\u4E0A\u63A7\u516C\u81EA\u5E94\u80DC\u8D25\u64A4\u53CD\u503E\u54ED\u9648\u6CE3\u8BBC])\u8BC9\u804C(?![\u80FD\u8D23\u6743\u52A1\u5DE5\u5458\u4F4D\u5B88\u4E1A\u79F0\u7EA7])",
    replacement: "\u8FF0\u804C",
    reason: "\u522B\u5B57",
    invalid: [
      "\u575A\u6301\u5C06\u6CD5\u6CBB\u5DE5\u4F5C\u7EB3\u5165\u5E74\u5EA6\u8BC9\u804C\u5185\u5BB9\uFF0C\u6709\u529B\u786E\u4FDD\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5DE5\u4F5C\u6709\u5E8F\u63A8\u8FDB\u3002",
      "\u5E74\u5E95\u5F00\u5C55\u79D1\u7EA7\u9886\u5BFC\u548C\u90E8\u95E8\u8FF0\u6CD5\u8BC9\u804C\u6D3B\u52A8\u3002"
    ],
    valid: [
      "\u575A\u6301\u5C06\u6CD5\u6CBB\u5DE5\u4F5C\u7EB3\u5165\u5E74\u5EA6\u8FF0\u804C\u5185\u5BB9\uFF0C\u6709\u529B\u786E\u4FDD\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5DE5\u4F5C\u6709\u5E8F\u63A8\u8FDB\u3002",
      "\u7763\u4FC3\u5404\u804C\u80FD\u90E8\u95E8\u8BA4\u771F\u5C65\u884C\u6295\u8BC9\u804C\u8D23\uFF0C\u53CA\u65F6\u529E\u7406\u7FA4\u4F17\u8BC9\u6C42\u3002",
      "\u68C0\u5BDF\u673A\u5173\u4F9D\u6CD5\u5C65\u884C\u516C\u8BC9\u804C\u80FD\u3002"
    ]
  },
  {
    id: "she-shi-xing-zheng",
    match: "(?<![\u7840\u5957\u9632\u5171\u5229\u901A\u4F53\u52A1\u5316\u751F\u4FDD\u5168\u7597\u5065\u8001\u653F\u5C5E\u96BE\u6025\u8F66\u574F\u635F\u6BC1\u5360\u7535\u6C34\u6C14\u8DEF\u9053\u7AD9\u573A])\u8BBE\u65BD(?=\u884C\u653F\u5904\u7F5A|\u884C\u653F\u8BB8\u53EF|\u884C\u653F\u5F3A\u5236|\u884C\u653F\u68C0\u67E5)",
    replacement: "\u5B9E\u65BD",
    reason: "\u201C\u8BBE\u65BD\u201D\u662F\u540D\u8BCD\uFF0C\u6B64\u5904\u5E94\u4E3A\u52A8\u8BCD",
    invalid: [
      "\u627F\u63A5\u6267\u6CD5\u4E8B\u987991\u9879\uFF0C\u5F00\u5C55\u7EFC\u5408\u67E5\u4E00\u6B215\u6B21\uFF0C\u884C\u653F\u68C0\u67E5114\u6B21\uFF0C\u8BBE\u65BD\u884C\u653F\u5904\u7F5A6\u6B21\u3002",
      "\u5168\u5E74\u4F9D\u6CD5\u8BBE\u65BD\u884C\u653F\u8BB8\u53EF32\u4EF6\u3002"
    ],
    valid: [
      "\u627F\u63A5\u6267\u6CD5\u4E8B\u987991\u9879\uFF0C\u5F00\u5C55\u7EFC\u5408\u67E5\u4E00\u6B215\u6B21\uFF0C\u884C\u653F\u68C0\u67E5114\u6B21\uFF0C\u5B9E\u65BD\u884C\u653F\u5904\u7F5A6\u6B21\u3002",
      "\u5BF9\u635F\u574F\u516C\u5171\u8BBE\u65BD\u884C\u4E3A\u4F9D\u6CD5\u5B9E\u65BD\u884C\u653F\u5904\u7F5A\u3002",
      "\u52A0\u5FEB\u63A8\u8FDB\u519C\u6751\u57FA\u7840\u8BBE\u65BD\u5EFA\u8BBE\u3002"
    ]
  },
  {
    id: "she-shi-fang-an",
    match: "(?<=\u5DE5\u4F5C|\u4E13\u9879|\u884C\u52A8|\u6574\u6CBB|\u6539\u9769|\u8003\u6838|\u666E\u6CD5|\u8BD5\u70B9)\u8BBE\u65BD(?=\u65B9\u6848|\u7EC6\u5219|\u529E\u6CD5)",
    replacement: "\u5B9E\u65BD",
    reason: "\u201C\u8BBE\u65BD\u201D\u662F\u540D\u8BCD\uFF0C\u6587\u4EF6\u540D\u79F0\u4E2D\u5E94\u4E3A\u52A8\u8BCD\u201C\u5B9E\u65BD\u201D",
    invalid: [
      "\u5370\u53D1\u300A2024\u5E74\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5DE5\u4F5C\u8BBE\u65BD\u65B9\u6848\u300B\u3002",
      "\u5236\u5B9A\u300A\u201C\u516B\u4E94\u201D\u666E\u6CD5\u8BBE\u65BD\u65B9\u6848\u300B\u5E76\u7EC4\u7EC7\u5B9E\u65BD\u3002"
    ],
    valid: [
      "\u5370\u53D1\u300A2024\u5E74\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5DE5\u4F5C\u5B9E\u65BD\u65B9\u6848\u300B\u3002",
      "\u7F16\u5236\u9547\u533A\u516C\u5171\u670D\u52A1\u8BBE\u65BD\u65B9\u6848\u5E76\u62A5\u53BF\u4F4F\u5EFA\u5C40\u5BA1\u6838\u3002"
    ]
  },
  {
    id: "bu-shu",
    match: "(?<![\u516C\u53D1\u9881\u5BA3\u6563\u5206])\u5E03\u7F72(?![\u540D\u7406])",
    replacement: "\u90E8\u7F72",
    reason: "\u522B\u5B57",
    invalid: [
      "\u575A\u6301\u5BF9\u6CD5\u6CBB\u653F\u5E9C\u5DE5\u4F5C\u4EB2\u81EA\u5E03\u7F72\u3001\u4EB2\u81EA\u534F\u8C03\u3001\u4EB2\u81EA\u7763\u529E\u3002",
      "\u6309\u7167\u53BF\u59D4\u7EDF\u4E00\u5E03\u7F72\uFF0C\u624E\u5B9E\u5F00\u5C55\u4E13\u9879\u6574\u6CBB\u884C\u52A8\u3002"
    ],
    valid: [
      "\u575A\u6301\u5BF9\u6CD5\u6CBB\u653F\u5E9C\u5DE5\u4F5C\u4EB2\u81EA\u90E8\u7F72\u3001\u4EB2\u81EA\u534F\u8C03\u3001\u4EB2\u81EA\u7763\u529E\u3002",
      "\u5728\u653F\u5E9C\u7F51\u7AD9\u53D1\u5E03\u7F72\u540D\u6587\u7AE02\u7BC7\u3002"
    ]
  },
  {
    id: "jie-zhi-mu-qian",
    match: "\u622A\u6B62(?=\u76EE\u524D|\u5F53\u524D|\u4ECA\u5E74|\u53BB\u5E74|\u672C\u5E74|\u4E0A\u5E74|\u5E74\u5E95|\u5E74\u672B|\u672C\u6708|\u4E0A\u6708|\u4ECA\u65E5|\u53D1\u7A3F|[0-9\uFF10-\uFF19])",
    replacement: "\u622A\u81F3",
    reason: "\u8868\u793A\u201C\u5230\u67D0\u65F6\u4E3A\u6B62\u201D\u5E94\u7528\u201C\u622A\u81F3\u201D\uFF0C\u201C\u622A\u6B62\u201D\u540E\u4E0D\u5E26\u65F6\u95F4\u5BBE\u8BED",
    invalid: [
      "\u622A\u6B62\u76EE\u524D\uFF0C\u5168\u9547\u5171\u8C03\u5904\u77DB\u76FE\u7EA0\u7EB758\u4EF6\u3002",
      "\u622A\u6B622024\u5E74\u5E95\uFF0C\u5168\u9547\u884C\u653F\u89C4\u8303\u6027\u6587\u4EF6\u5907\u6848\u7387\u8FBE100%\u3002"
    ],
    valid: [
      "\u622A\u81F3\u76EE\u524D\uFF0C\u5168\u9547\u5171\u8C03\u5904\u77DB\u76FE\u7EA0\u7EB758\u4EF6\u3002",
      "\u7533\u62A5\u622A\u6B62\u65E5\u671F\u4E3A2024\u5E743\u670831\u65E5\u3002",
      "\u62A5\u540D\u5DF2\u4E8E3\u6708\u5E95\u622A\u6B62\u3002",
      "\u622A\u6B62\u5230\u76EE\u524D\uFF0C\u5DF2\u5B8C\u6210\u6574\u653912\u9879\u3002"
    ]
  },
  {
    id: "bi-xu",
    match: "\u5FC5\u9700(?=\u575A\u6301|\u505A\u5230|\u52A0\u5F3A|\u843D\u5B9E|\u4E25\u683C|\u8BA4\u771F|\u4F9D\u6CD5|\u6309\u7167|\u9075\u5B88|\u6267\u884C|\u5C65\u884C|\u7ECF\u8FC7|\u628A|\u5C06|\u8FDB\u4E00\u6B65|\u59CB\u7EC8|\u7262\u56FA|\u9AD8\u5EA6|\u5207\u5B9E)",
    replacement: "\u5FC5\u987B",
    reason: "\u8868\u793A\u201C\u4E00\u5B9A\u8981\u201D\u5E94\u7528\u526F\u8BCD\u201C\u5FC5\u987B\u201D\uFF0C\u201C\u5FC5\u9700\u201D\u6307\u5FC5\u4E0D\u53EF\u5C11",
    invalid: [
      "\u5FC5\u9700\u575A\u6301\u4EE5\u4E60\u8FD1\u5E73\u6CD5\u6CBB\u601D\u60F3\u4E3A\u6307\u5BFC\u3002",
      "\u91CD\u5927\u884C\u653F\u51B3\u7B56\u5FC5\u9700\u7ECF\u8FC7\u5408\u6CD5\u6027\u5BA1\u67E5\u3002"
    ],
    valid: [
      "\u5FC5\u987B\u575A\u6301\u4EE5\u4E60\u8FD1\u5E73\u6CD5\u6CBB\u601D\u60F3\u4E3A\u6307\u5BFC\u3002",
      "\u4FDD\u969C\u56F0\u96BE\u7FA4\u4F17\u57FA\u672C\u751F\u6D3B\u5FC5\u9700\u54C1\u4F9B\u5E94\u3002",
      "\u5C06\u6CD5\u6CBB\u5EFA\u8BBE\u5FC5\u9700\u7ECF\u8D39\u7EB3\u5165\u8D22\u653F\u9884\u7B97\u3002"
    ]
  },
  {
    id: "xing-zheng-quan-li",
    match: "(?<=\u89C4\u8303|\u5236\u7EA6|\u76D1\u7763|\u7EA6\u675F|\u5236\u8861)\u884C\u653F\u6743\u5229|\u884C\u653F\u6743\u5229(?=(?:\u7684)?(?:\u89C4\u8303)?(?:\u8FD0\u884C|\u5236\u7EA6|\u76D1\u7763|\u914D\u7F6E|\u6E05\u5355))",
    replacement: "\u884C\u653F\u6743\u529B",
    reason: "\u884C\u653F\u673A\u5173\u7684\u804C\u6743\u662F\u201C\u6743\u529B\u201D\uFF0C\u201C\u6743\u5229\u201D\u6307\u4F9D\u6CD5\u4EAB\u6709\u7684\u6743\u76CA",
    invalid: [
      "\u5F00\u5C55\u89C4\u8303\u884C\u653F\u5904\u7F5A\u81EA\u7531\u88C1\u91CF\u6743\u5DE5\u4F5C\uFF0C\u4FC3\u8FDB\u884C\u653F\u6743\u5229\u89C4\u8303\u8FD0\u884C\u3002",
      "\u5F3A\u5316\u5BF9\u884C\u653F\u6743\u5229\u7684\u5236\u7EA6\u548C\u76D1\u7763\u3002",
      "\u5207\u5B9E\u89C4\u8303\u884C\u653F\u6743\u5229\uFF0C\u9632\u6B62\u6743\u529B\u6EE5\u7528\u3002"
    ],
    valid: [
      "\u5F00\u5C55\u89C4\u8303\u884C\u653F\u5904\u7F5A\u81EA\u7531\u88C1\u91CF\u6743\u5DE5\u4F5C\uFF0C\u4FC3\u8FDB\u884C\u653F\u6743\u529B\u89C4\u8303\u8FD0\u884C\u3002",
      "\u4F9D\u6CD5\u4FDD\u969C\u516C\u6C11\u6743\u5229\u3002",
      "\u5E7F\u5927\u7FA4\u4F17\u79EF\u6781\u884C\u4F7F\u5408\u6CD5\u6743\u5229\uFF0C\u81EA\u89C9\u5C65\u884C\u6CD5\u5B9A\u4E49\u52A1\u3002",
      "\u660E\u786E\u884C\u653F\u76F8\u5BF9\u4EBA\u7684\u6743\u5229\u4E49\u52A1\u3002"
    ]
  },
  {
    id: "quan-li-qing-dan",
    match: "\u6743\u5229(?=\u6E05\u5355(?:\u548C|\u3001|\u4E0E|\u53CA)\u8D23\u4EFB\u6E05\u5355)",
    replacement: "\u6743\u529B",
    reason: "\u4E0E\u201C\u8D23\u4EFB\u6E05\u5355\u201D\u5E76\u5217\u7684\u662F\u201C\u6743\u529B\u6E05\u5355\u201D",
    invalid: [
      "\u5168\u9762\u516C\u5E03\u653F\u5E9C\u90E8\u95E8\u6743\u5229\u6E05\u5355\u548C\u8D23\u4EFB\u6E05\u5355\u3002"
    ],
    valid: [
      "\u5168\u9762\u516C\u5E03\u653F\u5E9C\u90E8\u95E8\u6743\u529B\u6E05\u5355\u548C\u8D23\u4EFB\u6E05\u5355\u3002",
      "\u5236\u5B9A\u5E76\u516C\u793A\u60A3\u8005\u6743\u5229\u6E05\u5355\u3002"
    ]
  },
  {
    id: "qi-ta",
    match: "\u5176\u5B83",
    replacement: "\u5176\u4ED6",
    reason: "\u516C\u6587\u4E2D\u7EDF\u4E00\u4F7F\u7528\u201C\u5176\u4ED6\u201D",
    invalid: [
      "\u5176\u5B83\u73ED\u5B50\u6210\u5458\u6309\u7167\u5206\u5DE5\u6293\u597D\u843D\u5B9E\u3002"
    ],
    valid: [
      "\u5176\u4ED6\u73ED\u5B50\u6210\u5458\u6309\u7167\u5206\u5DE5\u6293\u597D\u843D\u5B9E\u3002"
    ]
  },
  {
    id: "zuo-wei",
    match: "(?<=[\u5C06\u628A][^\uFF0C\u3002\uFF1B\uFF1A\uFF01\uFF1F\\n]{1,15})\u505A\u4E3A(?!\u6C11|\u4EBA\u6C11|\u7FA4\u4F17|\u767E\u59D3|\u4F01\u4E1A|\u57FA\u5C42|\u793E\u4F1A|\u5927\u5BB6)|(?<=^|[\uFF0C\u3002\uFF1B\uFF1A\\n])\u505A\u4E3A(?=\u4E00\u540D|\u4E00\u4E2A|\u4E00\u4F4D|\u515A\u5458|\u9886\u5BFC\u5E72\u90E8|\u9547\u515A\u59D4|\u9547\u653F\u5E9C|\u53BF\u59D4|\u53BF\u653F\u5E9C|\u4E61\u9547|\u53F8\u6CD5\u6240|\u6CD5\u6CBB\u653F\u5E9C|\u6211\u9547|\u6211\u53BF|\u6211\u4E61)",
    replacement: "\u4F5C\u4E3A",
    reason: "\u8868\u793A\u8EAB\u4EFD\u3001\u8D44\u683C\u6216\u201C\u5F53\u4F5C\u201D\u5E94\u4E3A\u201C\u4F5C\u4E3A\u201D",
    invalid: [
      "\u5C06\u6CD5\u6CBB\u5EFA\u8BBE\u505A\u4E3A\u5E74\u5EA6\u91CD\u70B9\u5DE5\u4F5C\u6765\u6293\u3002",
      "\u505A\u4E3A\u4E00\u540D\u57FA\u5C42\u53F8\u6CD5\u6240\u957F\uFF0C\u8981\u5E26\u5934\u5B66\u6CD5\u7528\u6CD5\u3002"
    ],
    valid: [
      "\u5C06\u6CD5\u6CBB\u5EFA\u8BBE\u4F5C\u4E3A\u5E74\u5EA6\u91CD\u70B9\u5DE5\u4F5C\u6765\u6293\u3002",
      "\u5F15\u5BFC\u515A\u5458\u5E72\u90E8\u4E3B\u52A8\u4F5C\u4E3A\u3001\u6709\u6240\u4F5C\u4E3A\u3002",
      "\u628A\u7FA4\u4F17\u7684\u4E8B\u5F53\u6210\u81EA\u5DF1\u7684\u4E8B\uFF0C\u591A\u505A\u4E3A\u6C11\u529E\u5B9E\u4E8B\u7684\u5DE5\u4F5C\u3002",
      "\u8981\u591A\u505A\u4E3A\u7FA4\u4F17\u6392\u5FE7\u89E3\u96BE\u7684\u5B9E\u4E8B\u3002"
    ]
  },
  {
    id: "zhang-hao",
    match: "\u5E10\u53F7",
    replacement: "\u8D26\u53F7",
    reason: "\u4E0E\u94B1\u8D22\u3001\u8BB0\u5F55\u6709\u5173\u7684\u5E94\u7528\u201C\u8D26\u201D",
    invalid: [
      "\u5F00\u901A\u653F\u52A1\u670D\u52A1\u5E73\u53F0\u5E10\u53F7120\u4E2A\u3002"
    ],
    valid: [
      "\u5F00\u901A\u653F\u52A1\u670D\u52A1\u5E73\u53F0\u8D26\u53F7120\u4E2A\u3002"
    ]
  },
  {
    id: "zhang-hu",
    match: "\u5E10\u6237",
    replacement: "\u8D26\u6237",
    reason: "\u4E0E\u94B1\u8D22\u3001\u8BB0\u5F55\u6709\u5173\u7684\u5E94\u7528\u201C\u8D26\u201D",
    invalid: [
      "\u5C06\u8865\u52A9\u8D44\u91D1\u76F4\u63A5\u62E8\u4ED8\u81F3\u7FA4\u4F17\u94F6\u884C\u5E10\u6237\u3002"
    ],
    valid: [
      "\u5C06\u8865\u52A9\u8D44\u91D1\u76F4\u63A5\u62E8\u4ED8\u81F3\u7FA4\u4F17\u94F6\u884C\u8D26\u6237\u3002"
    ]
  },
  {
    id: "tai-zhang",
    match: "(?<!\u5E73)\u53F0\u5E10(?![\u7BF7\u5E55\u53F7\u6237])",
    replacement: "\u53F0\u8D26",
    reason: "\u4E0E\u94B1\u8D22\u3001\u8BB0\u5F55\u6709\u5173\u7684\u5E94\u7528\u201C\u8D26\u201D",
    invalid: [
      "\u5EFA\u7ACB\u6267\u6CD5\u4EBA\u5458\u7BA1\u7406\u53F0\u5E10\uFF0C\u5B9E\u884C\u52A8\u6001\u7BA1\u7406\u3002"
    ],
    valid: [
      "\u5EFA\u7ACB\u6267\u6CD5\u4EBA\u5458\u7BA1\u7406\u53F0\u8D26\uFF0C\u5B9E\u884C\u52A8\u6001\u7BA1\u7406\u3002",
      "\u4E3A\u9632\u6C5B\u503C\u5B88\u4EBA\u5458\u642D\u8BBE\u4E34\u65F6\u5E10\u7BF7\u3002"
    ]
  },
  {
    id: "zhang-accounting",
    match: "(?<=[\u8BB0\u5BF9\u8F6C\u62A5\u67E5\u7ED3\u6302\u9500\u7B97])\u5E10(?![\u7BF7\u5E55\u5E54\u5B50\u5185])|\u5E10(?=\u76EE|\u672C|\u7C3F|\u52A1|\u6B3E)",
    replacement: "\u8D26",
    reason: "\u4E0E\u94B1\u8D22\u3001\u8BB0\u5F55\u6709\u5173\u7684\u5E94\u7528\u201C\u8D26\u201D",
    invalid: [
      "\u4E25\u683C\u6267\u884C\u6751\u7EA7\u8D22\u52A1\u62A5\u5E10\u5236\u5EA6\u3002",
      "\u5B9A\u671F\u516C\u5F00\u6751\u96C6\u4F53\u5E10\u76EE\u3002"
    ],
    valid: [
      "\u4E25\u683C\u6267\u884C\u6751\u7EA7\u8D22\u52A1\u62A5\u8D26\u5236\u5EA6\u3002",
      "\u5B9A\u671F\u516C\u5F00\u6751\u96C6\u4F53\u8D26\u76EE\u3002",
      "\u68C0\u67E5\u5E10\u7BF7\u642D\u5EFA\u662F\u5426\u7262\u56FA\u3002"
    ]
  },
  {
    id: "de-di-le",
    match: "(?<=\u8BA4\u771F|\u79EF\u6781|\u4E3B\u52A8|\u624E\u5B9E|\u6DF1\u5165|\u5E7F\u6CDB|\u5168\u9762|\u5927\u529B|\u5207\u5B9E|\u7A33\u6B65|\u6709\u5E8F|\u4E25\u683C|\u53CA\u65F6)\u7684(?=(?:\u5F00\u5C55|\u63A8\u8FDB|\u843D\u5B9E|\u8D2F\u5F7B|\u5B66\u4E60|\u5BA3\u4F20|\u7EC4\u7EC7|\u63A8\u52A8|\u5B8C\u6210|\u53C2\u52A0|\u53C2\u4E0E)[\u4E86\u7740])",
    replacement: "\u5730",
    reason: "\u72B6\u8BED\u4FEE\u9970\u52A8\u8BCD\u5E94\u7528\u201C\u5730\u201D",
    invalid: [
      "\u5168\u9547\u5E72\u90E8\u8BA4\u771F\u7684\u5B66\u4E60\u4E86\u300A\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BAA\u6CD5\u300B\u3002",
      "\u5404\u6751\u79EF\u6781\u7684\u5F00\u5C55\u4E86\u6CD5\u6CBB\u5BA3\u4F20\u6D3B\u52A8\u3002"
    ],
    valid: [
      "\u5168\u9547\u5E72\u90E8\u8BA4\u771F\u5730\u5B66\u4E60\u4E86\u300A\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BAA\u6CD5\u300B\u3002",
      "\u6811\u7ACB\u8BA4\u771F\u7684\u5B66\u4E60\u6001\u5EA6\u3002",
      "\u5F62\u6210\u4E86\u79EF\u6781\u7684\u5DE5\u4F5C\u6C1B\u56F4\u3002"
    ]
  },
  {
    id: "de-di-hao",
    match: "(?<=\u8BA4\u771F|\u79EF\u6781|\u4E3B\u52A8|\u624E\u5B9E|\u6DF1\u5165|\u5207\u5B9E|\u5168\u9762|\u5927\u529B|\u52AA\u529B|\u53CA\u65F6|\u4E25\u683C)\u7684(?=\u505A\u597D|\u6293\u597D|\u843D\u5B9E\u597D|\u5F00\u5C55\u597D|\u63A8\u8FDB\u597D|\u5B8C\u6210\u597D)",
    replacement: "\u5730",
    reason: "\u72B6\u8BED\u4FEE\u9970\u52A8\u8BCD\u5E94\u7528\u201C\u5730\u201D",
    invalid: [
      "\u5207\u5B9E\u7684\u505A\u597D\u77DB\u76FE\u7EA0\u7EB7\u6392\u67E5\u8C03\u5904\u5DE5\u4F5C\u3002"
    ],
    valid: [
      "\u5207\u5B9E\u5730\u505A\u597D\u77DB\u76FE\u7EA0\u7EB7\u6392\u67E5\u8C03\u5904\u5DE5\u4F5C\u3002",
      "\u5207\u5B9E\u505A\u597D\u77DB\u76FE\u7EA0\u7EB7\u6392\u67E5\u8C03\u5904\u5DE5\u4F5C\u3002"
    ]
  },
  {
    id: "di-de",
    match: "(?<=\u663E\u8457|\u660E\u663E|\u826F\u597D|\u53EF\u559C|\u7A81\u51FA|\u79EF\u6781)\u5730(?=\u6210\u6548|\u6548\u679C|\u6210\u7EE9|\u8FDB\u5C55|\u793E\u4F1A\u6548\u679C)",
    replacement: "\u7684",
    reason: "\u5B9A\u8BED\u4FEE\u9970\u540D\u8BCD\u5E94\u7528\u201C\u7684\u201D",
    invalid: [
      "\u666E\u6CD5\u5BA3\u4F20\u5DE5\u4F5C\u53D6\u5F97\u4E86\u663E\u8457\u5730\u6210\u6548\u3002"
    ],
    valid: [
      "\u666E\u6CD5\u5BA3\u4F20\u5DE5\u4F5C\u53D6\u5F97\u4E86\u663E\u8457\u7684\u6210\u6548\u3002",
      "\u77DB\u76FE\u7EA0\u7EB7\u5316\u89E3\u7387\u663E\u8457\u63D0\u5347\u3002",
      "\u79EF\u6781\u5730\u5F00\u5C55\u6CD5\u6CBB\u5BA3\u4F20\u3002"
    ]
  },
  {
    id: "zuo-chu",
    match: "\u505A\u51FA(?=(?:\u4E86|\u8FC7)?(?:\u5177\u4F53|\u91CD\u8981|\u91CD\u5927|\u660E\u786E|\u5168\u9762|\u4E13\u95E8|\u7EDF\u4E00|\u5468\u5BC6|\u76F8\u5E94|\u6B63\u786E|\u79D1\u5B66|\u884C\u653F)?(?:\u51B3\u5B9A|\u51B3\u7B56|\u90E8\u7F72|\u5B89\u6392|\u6279\u793A|\u5224\u51B3|\u88C1\u5B9A|\u88C1\u51B3|\u7B54\u590D|\u89E3\u91CA|\u5904\u7406\u51B3\u5B9A|\u5904\u7F5A\u51B3\u5B9A|\u590D\u8BAE\u51B3\u5B9A|\u89C4\u5B9A))",
    replacement: "\u4F5C\u51FA",
    reason: "\u516C\u6587\u4E2D\u201C\u4F5C\u51FA\u51B3\u5B9A\u3001\u90E8\u7F72\u3001\u5B89\u6392\u201D\u7B49\u89C4\u8303\u5199\u4F5C\u201C\u4F5C\u51FA\u201D",
    invalid: [
      "\u5BF9\u5168\u95472021\u5E74\u5EA6\u9886\u5BFC\u5E72\u90E8\u5B66\u6CD5\u7528\u6CD5\u5DE5\u4F5C\u505A\u51FA\u4E86\u5177\u4F53\u5B89\u6392\u3002",
      "\u4F9D\u6CD5\u505A\u51FA\u884C\u653F\u5904\u7F5A\u51B3\u5B9A12\u4EF6\u3002"
    ],
    valid: [
      "\u4F9D\u6CD5\u4F5C\u51FA\u884C\u653F\u5904\u7F5A\u51B3\u5B9A12\u4EF6\u3002",
      "\u5BF9\u5168\u5E74\u5DE5\u4F5C\u4F5C\u51FA\u5177\u4F53\u5B89\u6392\u3002",
      "\u6253\u9020\u4E00\u6279\u793A\u8303\u70B9\uFF0C\u505A\u51FA\u6837\u677F\u3002"
    ]
  },
  {
    id: "ping-zheng",
    match: "(?<=\u8BB0\u8D26|\u4F1A\u8BA1|\u539F\u59CB|\u62A5\u9500|\u7F34\u6B3E|\u6536\u6B3E|\u4ED8\u6B3E|\u5B8C\u7A0E|\u7968\u636E|\u8D22\u52A1|\u6709\u6548)\u51ED\u6B63",
    replacement: "\u51ED\u8BC1",
    reason: "\u522B\u5B57",
    invalid: [
      "\u89C4\u8303\u4F1A\u8BA1\u51ED\u6B63\u7BA1\u7406\u3002"
    ],
    valid: [
      "\u89C4\u8303\u4F1A\u8BA1\u51ED\u8BC1\u7BA1\u7406\u3002",
      "\u51ED\u6B63\u5F0F\u53D1\u7968\u529E\u7406\u62A5\u9500\u3002"
    ]
  },
  {
    id: "an-bu-jiu-ban",
    match: "\u6309\u6B65\u5C31\u73ED",
    replacement: "\u6309\u90E8\u5C31\u73ED",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u90E8\u5206\u5E72\u90E8\u6309\u6B65\u5C31\u73ED\uFF0C\u5DE5\u4F5C\u7F3A\u4E4F\u521B\u65B0\u3002"
    ],
    valid: [
      "\u90E8\u5206\u5E72\u90E8\u6309\u90E8\u5C31\u73ED\uFF0C\u5DE5\u4F5C\u7F3A\u4E4F\u521B\u65B0\u3002"
    ]
  },
  {
    id: "ji-wang-bu-jiu",
    match: "\u65E2\u5F80\u4E0D\u7A76",
    replacement: "\u65E2\u5F80\u4E0D\u548E",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5BF9\u4E3B\u52A8\u7EA0\u6B63\u7684\u8F7B\u5FAE\u95EE\u9898\u65E2\u5F80\u4E0D\u7A76\u3002"
    ],
    valid: [
      "\u5BF9\u4E3B\u52A8\u7EA0\u6B63\u7684\u8F7B\u5FAE\u95EE\u9898\u65E2\u5F80\u4E0D\u548E\u3002"
    ]
  },
  {
    id: "zai-jie-zai-li",
    match: "\u518D\u63A5\u518D[\u52B1\u5386]",
    replacement: "\u518D\u63A5\u518D\u5389",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6211\u4EEC\u5C06\u518D\u63A5\u518D\u52B1\uFF0C\u63A8\u52A8\u6CD5\u6CBB\u5EFA\u8BBE\u518D\u4E0A\u65B0\u53F0\u9636\u3002"
    ],
    valid: [
      "\u6211\u4EEC\u5C06\u518D\u63A5\u518D\u5389\uFF0C\u63A8\u52A8\u6CD5\u6CBB\u5EFA\u8BBE\u518D\u4E0A\u65B0\u53F0\u9636\u3002"
    ]
  },
  {
    id: "yi-ru-ji-wang",
    match: "\u4E00\u5982[\u7EE7\u5373]\u5F80",
    replacement: "\u4E00\u5982\u65E2\u5F80",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E00\u5982\u7EE7\u5F80\u5730\u652F\u6301\u57FA\u5C42\u6CD5\u6CBB\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u4E00\u5982\u65E2\u5F80\u5730\u652F\u6301\u57FA\u5C42\u6CD5\u6CBB\u5EFA\u8BBE\u3002"
    ]
  },
  {
    id: "po-zai-mei-jie",
    match: "\u8FEB\u5728\u7709[\u6377\u8282]",
    replacement: "\u8FEB\u5728\u7709\u776B",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u63D0\u5347\u6267\u6CD5\u4EBA\u5458\u4E13\u4E1A\u7D20\u517B\u8FEB\u5728\u7709\u6377\u3002"
    ],
    valid: [
      "\u63D0\u5347\u6267\u6CD5\u4EBA\u5458\u4E13\u4E1A\u7D20\u517B\u8FEB\u5728\u7709\u776B\u3002"
    ]
  },
  {
    id: "bu-rong-zhi-yi",
    match: "\u4E0D\u5BB9\u8D28\u7591",
    replacement: "\u4E0D\u5BB9\u7F6E\u7591",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u5F8B\u7684\u6743\u5A01\u4E0D\u5BB9\u8D28\u7591\u3002"
    ],
    valid: [
      "\u6CD5\u5F8B\u7684\u6743\u5A01\u4E0D\u5BB9\u7F6E\u7591\u3002"
    ]
  },
  {
    id: "guan-che",
    match: "(?<!\u4E60)\u60EF\u5F7B(?![\u5E95\u591C\u9AA8])",
    replacement: "\u8D2F\u5F7B",
    reason: "\u522B\u5B57",
    invalid: [
      "\u8BA4\u771F\u60EF\u5F7B\u843D\u5B9E\u53BF\u59D4\u4F9D\u6CD5\u6CBB\u53BF\u4F1A\u8BAE\u7CBE\u795E\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u8D2F\u5F7B\u843D\u5B9E\u53BF\u59D4\u4F9D\u6CD5\u6CBB\u53BF\u4F1A\u8BAE\u7CBE\u795E\u3002",
      "\u5F15\u5BFC\u7FA4\u4F17\u517B\u6210\u9047\u4E8B\u627E\u6CD5\u7684\u4E60\u60EF\u5F7B\u5E95\u6539\u53D8\u201C\u4FE1\u8BBF\u4E0D\u4FE1\u6CD5\u201D\u89C2\u5FF5\u3002"
    ]
  },
  {
    id: "jian-chi-bu-xie",
    match: "\u575A\u6301\u4E0D(?:\u6CC4(?![\u9732\u6F0F\u5BC6\u6C14])|\u8C22(?!\u7EDD))",
    replacement: "\u575A\u6301\u4E0D\u61C8",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u575A\u6301\u4E0D\u6CC4\u6293\u597D\u666E\u6CD5\u5BA3\u4F20\u6559\u80B2\u3002"
    ],
    valid: [
      "\u575A\u6301\u4E0D\u61C8\u6293\u597D\u666E\u6CD5\u5BA3\u4F20\u6559\u80B2\u3002",
      "\u575A\u6301\u4E0D\u6CC4\u9732\u56FD\u5BB6\u79D8\u5BC6\u3002"
    ]
  },
  {
    id: "yan-li-da-ji",
    match: "\u4E25[\u5386\u52B1](?=\u6253\u51FB|\u60E9\u5904|\u67E5\u5904|\u6574\u6CBB|\u5904\u7F5A|\u60E9\u6CBB|\u8FFD\u7A76|\u95EE\u8D23)",
    replacement: "\u4E25\u5389",
    reason: "\u201C\u4E25\u5389\u6253\u51FB\u201D\u7684\u201C\u5389\u201D\u4E3A\u201C\u4E25\u5389\u201D\u4E4B\u201C\u5389\u201D",
    invalid: [
      "\u4E25\u5386\u6253\u51FB\u7535\u4FE1\u7F51\u7EDC\u8BC8\u9A97\u8FDD\u6CD5\u72AF\u7F6A\u3002"
    ],
    valid: [
      "\u4E25\u5389\u6253\u51FB\u7535\u4FE1\u7F51\u7EDC\u8BC8\u9A97\u8FDD\u6CD5\u72AF\u7F6A\u3002",
      "\u6DF1\u5165\u6316\u6398\u5E84\u4E25\u5386\u53F2\u6587\u5316\u8D44\u6E90\u3002"
    ]
  },
  {
    id: "tuo-shan-chu-zhi",
    match: "(?<=\u59A5\u5584|\u4F9D\u6CD5|\u53CA\u65F6|\u5FEB\u901F|\u7A33\u59A5|\u6709\u6548|\u79D1\u5B66)\u5904\u81F3",
    replacement: "\u5904\u7F6E",
    reason: "\u522B\u5B57",
    invalid: [
      "\u59A5\u5584\u5904\u81F3\u5404\u7C7B\u7A81\u53D1\u4E8B\u4EF6\u3002"
    ],
    valid: [
      "\u59A5\u5584\u5904\u7F6E\u5404\u7C7B\u7A81\u53D1\u4E8B\u4EF6\u3002",
      "\u4ECE\u9547\u653F\u5E9C\u9A7B\u5730\u6B64\u5904\u81F3\u53BF\u57CE\u7EA620\u516C\u91CC\u3002"
    ]
  },
  {
    id: "pai-cha",
    match: "(?<![\u5B89\u7F16\u5F69\u5E76\u4E3B\u5217])\u6392\u5BDF(?!\u770B)",
    replacement: "\u6392\u67E5",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5F00\u5C55\u77DB\u76FE\u7EA0\u7EB7\u6392\u5BDF\u8C03\u5904\u5DE5\u4F5C\u3002"
    ],
    valid: [
      "\u5F00\u5C55\u77DB\u76FE\u7EA0\u7EB7\u6392\u67E5\u8C03\u5904\u5DE5\u4F5C\u3002",
      "\u7EDF\u4E00\u5B89\u6392\u5BDF\u770B\u73B0\u573A\u3002"
    ]
  },
  {
    id: "hua-jie",
    match: "(?<=\u77DB\u76FE|\u7EA0\u7EB7|\u98CE\u9669|\u6709\u6548|\u53CA\u65F6|\u4F9D\u6CD5|\u5C31\u5730|\u6210\u529F|\u8C03\u5904|\u79EF\u6781|\u96BE\u4EE5)\u5316\u4ECB|\u5316\u4ECB(?=\u77DB\u76FE|\u7EA0\u7EB7|\u98CE\u9669|\u7387|\u5DE5\u4F5C|\u5728)",
    replacement: "\u5316\u89E3",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5168\u5E74\u6210\u529F\u5316\u4ECB\u77DB\u76FE\u7EA0\u7EB767\u4EF6\u3002",
      "\u5C06\u77DB\u76FE\u5316\u4ECB\u5728\u840C\u82BD\u72B6\u6001\u3002"
    ],
    valid: [
      "\u5168\u5E74\u6210\u529F\u5316\u89E3\u77DB\u76FE\u7EA0\u7EB767\u4EF6\u3002",
      "\u5F00\u5C55\u6CD5\u6CBB\u6587\u5316\u4ECB\u7ECD\u6D3B\u52A8\u3002"
    ]
  },
  {
    id: "xuan-fu",
    match: "\u5BA3\u4ED8",
    replacement: "\u5BA3\u4F20",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5F00\u5C55\u5BAA\u6CD5\u5BA3\u4ED8\u5468\u7CFB\u5217\u6D3B\u52A8\u3002"
    ],
    valid: [
      "\u5F00\u5C55\u5BAA\u6CD5\u5BA3\u4F20\u5468\u7CFB\u5217\u6D3B\u52A8\u3002"
    ]
  },
  {
    id: "jiu-fen",
    match: "\u7EA0\u5206",
    replacement: "\u7EA0\u7EB7",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5168\u5E74\u6392\u67E5\u5316\u89E3\u77DB\u76FE\u7EA0\u520658\u4EF6\u3002"
    ],
    valid: [
      "\u5168\u5E74\u6392\u67E5\u5316\u89E3\u77DB\u76FE\u7EA0\u7EB758\u4EF6\u3002"
    ]
  },
  {
    id: "tiao-jie",
    match: "(?<=\u4EBA\u6C11|\u7EA0\u7EB7|\u8BC9\u524D)\u8C03\u8282",
    replacement: "\u8C03\u89E3",
    reason: "\u8C03\u5904\u7EA0\u7EB7\u5E94\u4E3A\u201C\u8C03\u89E3\u201D",
    invalid: [
      "\u5168\u5E74\u5B8C\u6210\u4EBA\u6C11\u8C03\u8282\u6848\u4EF6120\u4EF6\u3002",
      "\u52A0\u5F3A\u4EBA\u6C11\u8C03\u8282\u59D4\u5458\u4F1A\u89C4\u8303\u5316\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u5168\u5E74\u5B8C\u6210\u4EBA\u6C11\u8C03\u89E3\u6848\u4EF6120\u4EF6\u3002",
      "\u53D1\u6325\u4EF7\u683C\u6760\u6746\u7684\u8C03\u8282\u4F5C\u7528\u3002"
    ]
  },
  {
    id: "gong-zheng-si-fa",
    match: "(?<=\u4E25\u683C\u6267\u6CD5\u3001)\u516C\u8BC1(?=\u53F8\u6CD5)",
    replacement: "\u516C\u6B63",
    reason: "\u5341\u516D\u5B57\u65B9\u9488\u4E3A\u201C\u79D1\u5B66\u7ACB\u6CD5\u3001\u4E25\u683C\u6267\u6CD5\u3001\u516C\u6B63\u53F8\u6CD5\u3001\u5168\u6C11\u5B88\u6CD5\u201D",
    invalid: [
      "\u575A\u6301\u79D1\u5B66\u7ACB\u6CD5\u3001\u4E25\u683C\u6267\u6CD5\u3001\u516C\u8BC1\u53F8\u6CD5\u3001\u5168\u6C11\u5B88\u6CD5\u3002"
    ],
    valid: [
      "\u575A\u6301\u79D1\u5B66\u7ACB\u6CD5\u3001\u4E25\u683C\u6267\u6CD5\u3001\u516C\u6B63\u53F8\u6CD5\u3001\u5168\u6C11\u5B88\u6CD5\u3002",
      "\u63A8\u52A8\u516C\u8BC1\u3001\u53F8\u6CD5\u9274\u5B9A\u7B49\u6CD5\u5F8B\u670D\u52A1\u5411\u57FA\u5C42\u5EF6\u4F38\u3002"
    ]
  },
  {
    id: "jian-cha-yuan",
    match: "(?<=\u4EBA\u6C11)\u68C0\u67E5(?=\u9662)",
    replacement: "\u68C0\u5BDF",
    reason: "\u673A\u5173\u540D\u79F0\u4E3A\u201C\u4EBA\u6C11\u68C0\u5BDF\u9662\u201D",
    invalid: [
      "\u914D\u5408\u53BF\u4EBA\u6C11\u68C0\u67E5\u9662\u5F00\u5C55\u516C\u76CA\u8BC9\u8BBC\u5DE5\u4F5C\u3002"
    ],
    valid: [
      "\u914D\u5408\u53BF\u4EBA\u6C11\u68C0\u5BDF\u9662\u5F00\u5C55\u516C\u76CA\u8BC9\u8BBC\u5DE5\u4F5C\u3002",
      "\u7EC4\u7EC7\u5BF9\u656C\u8001\u9662\u3001\u536B\u751F\u9662\u5F00\u5C55\u6D88\u9632\u5B89\u5168\u68C0\u67E5\u3002"
    ]
  },
  {
    id: "gong-jian",
    match: "(?<=\u8131\u8D2B)\u529F\u575A|\u529F\u575A(?=\u6218|\u514B\u96BE)",
    replacement: "\u653B\u575A",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5DE9\u56FA\u62D3\u5C55\u8131\u8D2B\u529F\u575A\u6210\u679C\u3002",
      "\u6253\u597D\u77DB\u76FE\u7EA0\u7EB7\u5316\u89E3\u529F\u575A\u6218\u3002"
    ],
    valid: [
      "\u5DE9\u56FA\u62D3\u5C55\u8131\u8D2B\u653B\u575A\u6210\u679C\u3002",
      "\u6210\u529F\u575A\u5B88\u9632\u6C5B\u4E00\u7EBF\u3002"
    ]
  },
  {
    id: "lv-xing",
    match: "(?<=\u8BA4\u771F|\u4F9D\u6CD5|\u5207\u5B9E|\u5168\u9762|\u79EF\u6781|\u4E25\u683C|\u6B63\u786E|\u5FE0\u5B9E|\u5145\u5206|\u672A|\u4E0D)\u5C61\u884C|\u5C61\u884C(?=\u804C\u8D23|\u4E49\u52A1|\u6CD5\u5B9A|\u7B2C\u4E00\u8D23\u4EFB\u4EBA|\u5408\u540C|\u627F\u8BFA|\u7A0B\u5E8F)",
    replacement: "\u5C65\u884C",
    reason: "\u522B\u5B57",
    invalid: [
      "\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u8BA4\u771F\u5C61\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u3002"
    ],
    valid: [
      "\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u8BA4\u771F\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u3002"
    ]
  },
  {
    id: "lv-zhi",
    match: "\u5C61\u804C",
    replacement: "\u5C65\u804C",
    reason: "\u522B\u5B57",
    invalid: [
      "\u7763\u4FC3\u6267\u6CD5\u4EBA\u5458\u4F9D\u6CD5\u5C61\u804C\u5C3D\u8D23\u3002"
    ],
    valid: [
      "\u7763\u4FC3\u6267\u6CD5\u4EBA\u5458\u4F9D\u6CD5\u5C65\u804C\u5C3D\u8D23\u3002"
    ]
  },
  {
    id: "bian-ben-jia-li",
    match: "\u53D8\u672C\u52A0\u5229",
    replacement: "\u53D8\u672C\u52A0\u5389",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u9632\u6B62\u8FDD\u6CD5\u884C\u4E3A\u53D8\u672C\u52A0\u5229\u3002"
    ],
    valid: [
      "\u9632\u6B62\u8FDD\u6CD5\u884C\u4E3A\u53D8\u672C\u52A0\u5389\u3002"
    ]
  },
  {
    id: "fa-ren-shen-xing",
    match: "\u53D1\u4EBA\u6DF1\u9192",
    replacement: "\u53D1\u4EBA\u6DF1\u7701",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4EE5\u6848\u91CA\u6CD5\uFF0C\u6848\u4F8B\u53D1\u4EBA\u6DF1\u9192\u3002"
    ],
    valid: [
      "\u4EE5\u6848\u91CA\u6CD5\uFF0C\u6848\u4F8B\u53D1\u4EBA\u6DF1\u7701\u3002"
    ]
  },
  {
    id: "xiang-fu-xiang-cheng",
    match: "\u76F8\u8F85\u76F8\u627F",
    replacement: "\u76F8\u8F85\u76F8\u6210",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4FC3\u4F7F\u515A\u98CE\u5EC9\u653F\u5EFA\u8BBE\u4E0E\u4F9D\u6CD5\u884C\u653F\u5DE5\u4F5C\u76F8\u8F85\u76F8\u627F\u3002"
    ],
    valid: [
      "\u4FC3\u4F7F\u515A\u98CE\u5EC9\u653F\u5EFA\u8BBE\u4E0E\u4F9D\u6CD5\u884C\u653F\u5DE5\u4F5C\u76F8\u8F85\u76F8\u6210\u3002"
    ]
  },
  {
    id: "shi-bi-gong-qin",
    match: "\u4E8B\u5FC5\u606D\u4EB2",
    replacement: "\u4E8B\u5FC5\u8EAC\u4EB2",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E3B\u8981\u9886\u5BFC\u4E8B\u5FC5\u606D\u4EB2\uFF0C\u9760\u524D\u6307\u6325\u3002"
    ],
    valid: [
      "\u4E3B\u8981\u9886\u5BFC\u4E8B\u5FC5\u8EAC\u4EB2\uFF0C\u9760\u524D\u6307\u6325\u3002"
    ]
  },
  {
    id: "zhi-jie-liao-dang",
    match: "\u76F4\u63A5\u4E86\u5F53",
    replacement: "\u76F4\u622A\u4E86\u5F53",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u76F4\u63A5\u4E86\u5F53\u5730\u6307\u51FA\u5B58\u5728\u7684\u95EE\u9898\u3002"
    ],
    valid: [
      "\u76F4\u622A\u4E86\u5F53\u5730\u6307\u51FA\u5B58\u5728\u7684\u95EE\u9898\u3002"
    ]
  },
  {
    id: "ge-xing-qi-shi",
    match: "\u5404\u884C\u5176\u4E8B",
    replacement: "\u5404\u884C\u5176\u662F",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u907F\u514D\u5404\u90E8\u95E8\u5404\u884C\u5176\u4E8B\u3002"
    ],
    valid: [
      "\u907F\u514D\u5404\u90E8\u95E8\u5404\u884C\u5176\u662F\u3002"
    ]
  },
  {
    id: "yi-chou-mo-zhan",
    match: "\u4E00\u6101\u83AB\u5C55",
    replacement: "\u4E00\u7B79\u83AB\u5C55",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u9762\u5BF9\u590D\u6742\u7EA0\u7EB7\u4E0D\u80FD\u4E00\u6101\u83AB\u5C55\u3002"
    ],
    valid: [
      "\u9762\u5BF9\u590D\u6742\u7EA0\u7EB7\u4E0D\u80FD\u4E00\u7B79\u83AB\u5C55\u3002"
    ]
  },
  {
    id: "li-jing-tu-zhi",
    match: "\u5389\u7CBE\u56FE\u6CBB",
    replacement: "\u52B1\u7CBE\u56FE\u6CBB",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5168\u9547\u5E72\u90E8\u5389\u7CBE\u56FE\u6CBB\u3001\u62C5\u5F53\u4F5C\u4E3A\u3002"
    ],
    valid: [
      "\u5168\u9547\u5E72\u90E8\u52B1\u7CBE\u56FE\u6CBB\u3001\u62C5\u5F53\u4F5C\u4E3A\u3002"
    ]
  },
  {
    id: "you-di-fang-shi",
    match: "\u6709\u7684\u653E\u5931",
    replacement: "\u6709\u7684\u653E\u77E2",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6709\u7684\u653E\u5931\u5F00\u5C55\u7CBE\u51C6\u666E\u6CD5\u3002"
    ],
    valid: [
      "\u6709\u7684\u653E\u77E2\u5F00\u5C55\u7CBE\u51C6\u666E\u6CD5\u3002"
    ]
  },
  {
    id: "yan-jian-yi-gai",
    match: "\u8A00\u7B80\u610F[\u9A87\u8BE5]",
    replacement: "\u8A00\u7B80\u610F\u8D45",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u7F16\u5370\u8A00\u7B80\u610F\u9A87\u7684\u666E\u6CD5\u624B\u518C\u3002"
    ],
    valid: [
      "\u7F16\u5370\u8A00\u7B80\u610F\u8D45\u7684\u666E\u6CD5\u624B\u518C\u3002"
    ]
  },
  {
    id: "sheng-zhi-yi-fa",
    match: "\u7EF3\u4E4B\u4E8E\u6CD5",
    replacement: "\u7EF3\u4E4B\u4EE5\u6CD5",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5C06\u8FDD\u6CD5\u72AF\u7F6A\u5206\u5B50\u7EF3\u4E4B\u4E8E\u6CD5\u3002"
    ],
    valid: [
      "\u5C06\u8FDD\u6CD5\u72AF\u7F6A\u5206\u5B50\u7EF3\u4E4B\u4EE5\u6CD5\u3002"
    ]
  },
  {
    id: "yi-jing-xiao-you",
    match: "\u4EE5\u8B66\u6548\u5C24",
    replacement: "\u4EE5\u5106\u6548\u5C24",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u516C\u5F00\u66DD\u5149\u5178\u578B\u6848\u4F8B\uFF0C\u4EE5\u8B66\u6548\u5C24\u3002"
    ],
    valid: [
      "\u516C\u5F00\u66DD\u5149\u5178\u578B\u6848\u4F8B\uFF0C\u4EE5\u5106\u6548\u5C24\u3002"
    ]
  },
  {
    id: "bu-jing-er-zou",
    match: "\u4E0D\u5F84\u800C\u8D70",
    replacement: "\u4E0D\u80EB\u800C\u8D70",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u8C23\u8A00\u4E0D\u5F84\u800C\u8D70\uFF0C\u9700\u53CA\u65F6\u56DE\u5E94\u3002"
    ],
    valid: [
      "\u8C23\u8A00\u4E0D\u80EB\u800C\u8D70\uFF0C\u9700\u53CA\u65F6\u56DE\u5E94\u3002"
    ]
  },
  {
    id: "yuan-yuan-liu-chang",
    match: "\u6E0A\u8FDC\u6D41\u957F",
    replacement: "\u6E90\u8FDC\u6D41\u957F",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6211\u9547\u8C03\u89E3\u6587\u5316\u6E0A\u8FDC\u6D41\u957F\u3002"
    ],
    valid: [
      "\u6211\u9547\u8C03\u89E3\u6587\u5316\u6E90\u8FDC\u6D41\u957F\u3002"
    ]
  },
  {
    id: "chu-mou-hua-ce",
    match: "\u51FA\u8C0B\u5316\u7B56",
    replacement: "\u51FA\u8C0B\u5212\u7B56",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u5F8B\u987E\u95EE\u4E3A\u91CD\u5927\u51B3\u7B56\u51FA\u8C0B\u5316\u7B56\u3002"
    ],
    valid: [
      "\u6CD5\u5F8B\u987E\u95EE\u4E3A\u91CD\u5927\u51B3\u7B56\u51FA\u8C0B\u5212\u7B56\u3002"
    ]
  },
  {
    id: "ju-gong-jin-cui",
    match: "\u97A0\u8EAC\u5C3D\u7CB9",
    replacement: "\u97A0\u8EAC\u5C3D\u7601",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u8001\u515A\u5458\u97A0\u8EAC\u5C3D\u7CB9\u670D\u52A1\u7FA4\u4F17\u3002"
    ],
    valid: [
      "\u8001\u515A\u5458\u97A0\u8EAC\u5C3D\u7601\u670D\u52A1\u7FA4\u4F17\u3002"
    ]
  },
  {
    id: "yi-gu-zuo-qi",
    match: "\u4E00\u80A1\u4F5C\u6C14",
    replacement: "\u4E00\u9F13\u4F5C\u6C14",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E00\u80A1\u4F5C\u6C14\u5B8C\u6210\u6574\u6539\u4EFB\u52A1\u3002"
    ],
    valid: [
      "\u4E00\u9F13\u4F5C\u6C14\u5B8C\u6210\u6574\u6539\u4EFB\u52A1\u3002"
    ]
  },
  {
    id: "chong-dao-fu-zhe",
    match: "\u91CD\u8E48\u590D\u8F99",
    replacement: "\u91CD\u8E48\u8986\u8F99",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u9632\u6B62\u7C7B\u4F3C\u95EE\u9898\u91CD\u8E48\u590D\u8F99\u3002"
    ],
    valid: [
      "\u9632\u6B62\u7C7B\u4F3C\u95EE\u9898\u91CD\u8E48\u8986\u8F99\u3002"
    ]
  },
  {
    id: "chuan-liu-bu-xi",
    match: "\u7A7F\u6D41\u4E0D\u606F",
    replacement: "\u5DDD\u6D41\u4E0D\u606F",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4FBF\u6C11\u670D\u52A1\u5927\u5385\u529E\u4E8B\u7FA4\u4F17\u7A7F\u6D41\u4E0D\u606F\u3002"
    ],
    valid: [
      "\u4FBF\u6C11\u670D\u52A1\u5927\u5385\u529E\u4E8B\u7FA4\u4F17\u5DDD\u6D41\u4E0D\u606F\u3002"
    ]
  },
  {
    id: "mei-lun-mei-huan",
    match: "\u7F8E\u4ED1\u7F8E\u5942",
    replacement: "\u7F8E\u8F6E\u7F8E\u5942",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u6CBB\u6587\u5316\u5E7F\u573A\u5EFA\u8BBE\u5F97\u7F8E\u4ED1\u7F8E\u5942\u3002"
    ],
    valid: [
      "\u6CD5\u6CBB\u6587\u5316\u5E7F\u573A\u5EFA\u8BBE\u5F97\u7F8E\u8F6E\u7F8E\u5942\u3002"
    ]
  },
  {
    id: "po-bu-ji-dai",
    match: "\u8FEB\u4E0D\u6025\u5F85",
    replacement: "\u8FEB\u4E0D\u53CA\u5F85",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u7FA4\u4F17\u8FEB\u4E0D\u6025\u5F85\u5730\u60F3\u4E86\u89E3\u65B0\u653F\u7B56\u3002"
    ],
    valid: [
      "\u7FA4\u4F17\u8FEB\u4E0D\u53CA\u5F85\u5730\u60F3\u4E86\u89E3\u65B0\u653F\u7B56\u3002"
    ]
  },
  {
    id: "yin-di-zhi-yi",
    match: "\u56E0\u5730[\u6CBB\u7F6E]\u5B9C",
    replacement: "\u56E0\u5730\u5236\u5B9C",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u56E0\u5730\u6CBB\u5B9C\u6253\u9020\u6CD5\u6CBB\u6587\u5316\u9635\u5730\u3002"
    ],
    valid: [
      "\u56E0\u5730\u5236\u5B9C\u6253\u9020\u6CD5\u6CBB\u6587\u5316\u9635\u5730\u3002"
    ]
  },
  {
    id: "ji-si-guang-yi",
    match: "\u96C6\u601D\u5E7F\u8BAE",
    replacement: "\u96C6\u601D\u5E7F\u76CA",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u53EC\u5F00\u5EA7\u8C08\u4F1A\u96C6\u601D\u5E7F\u8BAE\u3002"
    ],
    valid: [
      "\u53EC\u5F00\u5EA7\u8C08\u4F1A\u96C6\u601D\u5E7F\u76CA\u3002"
    ]
  },
  {
    id: "bu-yan-er-yu",
    match: "\u4E0D\u8A00\u800C\u8C15",
    replacement: "\u4E0D\u8A00\u800C\u55BB",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u6CBB\u5EFA\u8BBE\u7684\u91CD\u8981\u6027\u4E0D\u8A00\u800C\u8C15\u3002"
    ],
    valid: [
      "\u6CD5\u6CBB\u5EFA\u8BBE\u7684\u91CD\u8981\u6027\u4E0D\u8A00\u800C\u55BB\u3002"
    ]
  },
  {
    id: "bu-ke-si-yi",
    match: "\u4E0D\u53EF\u601D\u610F",
    replacement: "\u4E0D\u53EF\u601D\u8BAE",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u8FD9\u79CD\u53D8\u5316\u5728\u8FC7\u53BB\u662F\u4E0D\u53EF\u601D\u610F\u7684\u3002"
    ],
    valid: [
      "\u8FD9\u79CD\u53D8\u5316\u5728\u8FC7\u53BB\u662F\u4E0D\u53EF\u601D\u8BAE\u7684\u3002"
    ]
  },
  {
    id: "you-tiao-bu-wen",
    match: "\u6709\u6761\u4E0D[\u7D6E\u7A33]",
    replacement: "\u6709\u6761\u4E0D\u7D0A",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5404\u9879\u5DE5\u4F5C\u6709\u6761\u4E0D\u7D6E\u63A8\u8FDB\u3002"
    ],
    valid: [
      "\u5404\u9879\u5DE5\u4F5C\u6709\u6761\u4E0D\u7D0A\u63A8\u8FDB\u3002"
    ]
  },
  {
    id: "jing-jing-ye-ye",
    match: "\u7ADE\u7ADE\u4E1A\u4E1A",
    replacement: "\u5162\u5162\u4E1A\u4E1A",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u8C03\u89E3\u5458\u7ADE\u7ADE\u4E1A\u4E1A\u670D\u52A1\u7FA4\u4F17\u3002"
    ],
    valid: [
      "\u8C03\u89E3\u5458\u5162\u5162\u4E1A\u4E1A\u670D\u52A1\u7FA4\u4F17\u3002"
    ]
  },
  {
    id: "shi-shi-qiu-shi",
    match: "\u5B9E\u662F\u6C42\u662F",
    replacement: "\u5B9E\u4E8B\u6C42\u662F",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u575A\u6301\u5B9E\u662F\u6C42\u662F\uFF0C\u5982\u5B9E\u62A5\u544A\u5DE5\u4F5C\u60C5\u51B5\u3002"
    ],
    valid: [
      "\u575A\u6301\u5B9E\u4E8B\u6C42\u662F\uFF0C\u5982\u5B9E\u62A5\u544A\u5DE5\u4F5C\u60C5\u51B5\u3002"
    ]
  },
  {
    id: "yu-shi-ju-jin",
    match: "\u4E0E\u65F6[\u5177\u5267\u5DE8]\u8FDB",
    replacement: "\u4E0E\u65F6\u4FF1\u8FDB",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E0E\u65F6\u5177\u8FDB\u521B\u65B0\u666E\u6CD5\u65B9\u5F0F\u3002"
    ],
    valid: [
      "\u4E0E\u65F6\u4FF1\u8FDB\u521B\u65B0\u666E\u6CD5\u65B9\u5F0F\u3002"
    ]
  },
  {
    id: "chi-er-bu-xi",
    match: "(?<!\u575A)\u6301\u800C\u4E0D\u606F",
    replacement: "\u9A70\u800C\u4E0D\u606F",
    reason: "\u522B\u5B57",
    invalid: [
      "\u9532\u800C\u4E0D\u820D\u3001\u6301\u800C\u4E0D\u606F\u7EA0\u6CBB\u201C\u56DB\u98CE\u201D\u3002"
    ],
    valid: [
      "\u9532\u800C\u4E0D\u820D\u3001\u9A70\u800C\u4E0D\u606F\u7EA0\u6CBB\u201C\u56DB\u98CE\u201D\u3002"
    ]
  },
  {
    id: "qie-er-bu-she",
    match: "\u5951\u800C\u4E0D\u820D",
    replacement: "\u9532\u800C\u4E0D\u820D",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5951\u800C\u4E0D\u820D\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u9532\u800C\u4E0D\u820D\u63A8\u8FDB\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u3002"
    ]
  },
  {
    id: "ti-ji-bu-wen",
    match: "\u8E44\u6025\u6B65\u7A33",
    replacement: "\u8E44\u75BE\u6B65\u7A33",
    reason: "\u522B\u5B57",
    invalid: [
      "\u63A8\u52A8\u5404\u9879\u6539\u9769\u8E44\u6025\u6B65\u7A33\u3002"
    ],
    valid: [
      "\u63A8\u52A8\u5404\u9879\u6539\u9769\u8E44\u75BE\u6B65\u7A33\u3002"
    ]
  },
  {
    id: "xing-wen-zhi-yuan",
    match: "\u884C\u7A33\u81F3\u8FDC",
    replacement: "\u884C\u7A33\u81F4\u8FDC",
    reason: "\u522B\u5B57",
    invalid: [
      "\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u5DE5\u4F5C\u884C\u7A33\u81F3\u8FDC\u3002"
    ],
    valid: [
      "\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u5DE5\u4F5C\u884C\u7A33\u81F4\u8FDC\u3002"
    ]
  },
  {
    id: "di-li-qian-xing",
    match: "\u62B5\u783A|\u7825\u52B1",
    replacement: "\u7825\u783A",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5168\u9547\u4E0A\u4E0B\u62B5\u783A\u524D\u884C\u3002",
      "\u7825\u52B1\u594B\u8FDB\u65B0\u5F81\u7A0B\u3002"
    ],
    valid: [
      "\u5168\u9547\u4E0A\u4E0B\u7825\u783A\u524D\u884C\u3002"
    ]
  },
  {
    id: "yi-yi-guan-zhi",
    match: "\u4E00\u4EE5\u60EF\u4E4B",
    replacement: "\u4E00\u4EE5\u8D2F\u4E4B",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E00\u4EE5\u60EF\u4E4B\u6293\u597D\u666E\u6CD5\u5DE5\u4F5C\u3002"
    ],
    valid: [
      "\u4E00\u4EE5\u8D2F\u4E4B\u6293\u597D\u666E\u6CD5\u5DE5\u4F5C\u3002"
    ]
  },
  {
    id: "bai-chi-gan-tou",
    match: "\u767E\u5C3A\u6746\u5934",
    replacement: "\u767E\u5C3A\u7AFF\u5934",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u767E\u5C3A\u6746\u5934\u66F4\u8FDB\u4E00\u6B65\u3002"
    ],
    valid: [
      "\u767E\u5C3A\u7AFF\u5934\u66F4\u8FDB\u4E00\u6B65\u3002"
    ]
  },
  {
    id: "nong-xu-zuo-jia",
    match: "\u5F04\u865A\u505A\u5047",
    replacement: "\u5F04\u865A\u4F5C\u5047",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E25\u7981\u5728\u8003\u6838\u4E2D\u5F04\u865A\u505A\u5047\u3002"
    ],
    valid: [
      "\u4E25\u7981\u5728\u8003\u6838\u4E2D\u5F04\u865A\u4F5C\u5047\u3002"
    ]
  },
  {
    id: "er-shu-neng-xiang",
    match: "\u8033\u719F\u80FD\u7965",
    replacement: "\u8033\u719F\u80FD\u8BE6",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u7F16\u6392\u7FA4\u4F17\u8033\u719F\u80FD\u7965\u7684\u666E\u6CD5\u8282\u76EE\u3002"
    ],
    valid: [
      "\u7F16\u6392\u7FA4\u4F17\u8033\u719F\u80FD\u8BE6\u7684\u666E\u6CD5\u8282\u76EE\u3002"
    ]
  },
  {
    id: "jia-yu-hu-xiao",
    match: "\u5BB6\u8C15\u6237\u6653",
    replacement: "\u5BB6\u55BB\u6237\u6653",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u8BA9\u6C11\u6CD5\u5178\u5BB6\u8C15\u6237\u6653\u3002"
    ],
    valid: [
      "\u8BA9\u6C11\u6CD5\u5178\u5BB6\u55BB\u6237\u6653\u3002"
    ]
  },
  {
    id: "qian-yi-mo-hua",
    match: "\u6F5C\u79FB\u58A8\u5316",
    replacement: "\u6F5C\u79FB\u9ED8\u5316",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5728\u6F5C\u79FB\u58A8\u5316\u4E2D\u589E\u5F3A\u6CD5\u6CBB\u89C2\u5FF5\u3002"
    ],
    valid: [
      "\u5728\u6F5C\u79FB\u9ED8\u5316\u4E2D\u589E\u5F3A\u6CD5\u6CBB\u89C2\u5FF5\u3002"
    ]
  },
  {
    id: "yu-jiao-yu-le",
    match: "[\u80B2\u5A31]\u6559\u4E8E\u4E50",
    replacement: "\u5BD3\u6559\u4E8E\u4E50",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4EE5\u6587\u827A\u6F14\u51FA\u5F62\u5F0F\u80B2\u6559\u4E8E\u4E50\u3002"
    ],
    valid: [
      "\u4EE5\u6587\u827A\u6F14\u51FA\u5F62\u5F0F\u5BD3\u6559\u4E8E\u4E50\u3002"
    ]
  },
  {
    id: "you-mu-gong-du",
    match: "\u6709\u76EE\u5171[\u8D4C\u5835]",
    replacement: "\u6709\u76EE\u5171\u7779",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u6CBB\u5EFA\u8BBE\u6210\u6548\u6709\u76EE\u5171\u8D4C\u3002"
    ],
    valid: [
      "\u6CD5\u6CBB\u5EFA\u8BBE\u6210\u6548\u6709\u76EE\u5171\u7779\u3002"
    ]
  },
  {
    id: "lei-li-feng-xing",
    match: "\u96F7[\u52B1\u5386]\u98CE\u884C",
    replacement: "\u96F7\u5389\u98CE\u884C",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u53D1\u626C\u96F7\u52B1\u98CE\u884C\u7684\u5DE5\u4F5C\u4F5C\u98CE\u3002"
    ],
    valid: [
      "\u53D1\u626C\u96F7\u5389\u98CE\u884C\u7684\u5DE5\u4F5C\u4F5C\u98CE\u3002"
    ]
  },
  {
    id: "li-gan-jian-ying",
    match: "\u7ACB\u6746\u89C1\u5F71",
    replacement: "\u7ACB\u7AFF\u89C1\u5F71",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6574\u6539\u63AA\u65BD\u7ACB\u6746\u89C1\u5F71\u3002"
    ],
    valid: [
      "\u6574\u6539\u63AA\u65BD\u7ACB\u7AFF\u89C1\u5F71\u3002"
    ]
  },
  {
    id: "wei-yu-chou-mou",
    match: "\u672A\u96E8(?:\u7B79\u7F2A|\u7A20\u7F2A|\u7EF8\u8C0B)",
    replacement: "\u672A\u96E8\u7EF8\u7F2A",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u672A\u96E8\u7B79\u7F2A\u505A\u597D\u98CE\u9669\u9632\u8303\u3002"
    ],
    valid: [
      "\u672A\u96E8\u7EF8\u7F2A\u505A\u597D\u98CE\u9669\u9632\u8303\u3002"
    ]
  },
  {
    id: "fang-huan-yu-wei-ran",
    match: "\u9632\u8303(?=\u4E8E\u672A\u7136)",
    replacement: "\u9632\u60A3",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u505A\u5230\u9632\u8303\u4E8E\u672A\u7136\u3002"
    ],
    valid: [
      "\u505A\u5230\u9632\u60A3\u4E8E\u672A\u7136\u3002",
      "\u9632\u8303\u5316\u89E3\u91CD\u5927\u98CE\u9669\u3002"
    ]
  },
  {
    id: "biao-ben-jian-zhi",
    match: "\u6807\u672C\u517C\u5236",
    replacement: "\u6807\u672C\u517C\u6CBB",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u575A\u6301\u6807\u672C\u517C\u5236\u3001\u7EFC\u5408\u6CBB\u7406\u3002"
    ],
    valid: [
      "\u575A\u6301\u6807\u672C\u517C\u6CBB\u3001\u7EFC\u5408\u6CBB\u7406\u3002"
    ]
  },
  {
    id: "zun-ji-shou-fa",
    match: "\u5C0A\u7EAA\u5B88\u6CD5",
    replacement: "\u9075\u7EAA\u5B88\u6CD5",
    reason: "\u522B\u5B57",
    invalid: [
      "\u6559\u80B2\u5F15\u5BFC\u7FA4\u4F17\u5C0A\u7EAA\u5B88\u6CD5\u3002"
    ],
    valid: [
      "\u6559\u80B2\u5F15\u5BFC\u7FA4\u4F17\u9075\u7EAA\u5B88\u6CD5\u3002"
    ]
  },
  {
    id: "zun-fa-xue-fa",
    match: "\u9075\u6CD5(?=\u5B66\u6CD5)",
    replacement: "\u5C0A\u6CD5",
    reason: "\u89C4\u8303\u8868\u8FF0\u4E3A\u201C\u5C0A\u6CD5\u5B66\u6CD5\u5B88\u6CD5\u7528\u6CD5\u201D",
    invalid: [
      "\u81EA\u89C9\u505A\u9075\u6CD5\u5B66\u6CD5\u5B88\u6CD5\u7528\u6CD5\u7684\u6A21\u8303\u3002"
    ],
    valid: [
      "\u81EA\u89C9\u505A\u5C0A\u6CD5\u5B66\u6CD5\u5B88\u6CD5\u7528\u6CD5\u7684\u6A21\u8303\u3002"
    ]
  },
  {
    id: "xiang-de-yi-zhang",
    match: "\u76F8\u5F97\u76CA\u7AE0",
    replacement: "\u76F8\u5F97\u76CA\u5F70",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u81EA\u6CBB\u3001\u6CD5\u6CBB\u3001\u5FB7\u6CBB\u76F8\u5F97\u76CA\u7AE0\u3002"
    ],
    valid: [
      "\u81EA\u6CBB\u3001\u6CD5\u6CBB\u3001\u5FB7\u6CBB\u76F8\u5F97\u76CA\u5F70\u3002"
    ]
  },
  {
    id: "ge-si-qi-zhi",
    match: "\u5404[\u65BD\u601D]\u5176\u804C",
    replacement: "\u5404\u53F8\u5176\u804C",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5404\u90E8\u95E8\u5404\u65BD\u5176\u804C\u3001\u5BC6\u5207\u914D\u5408\u3002"
    ],
    valid: [
      "\u5404\u90E8\u95E8\u5404\u53F8\u5176\u804C\u3001\u5BC6\u5207\u914D\u5408\u3002"
    ]
  },
  {
    id: "quan-li-yi-fu",
    match: "\u5168\u529B\u4EE5\u4ED8",
    replacement: "\u5168\u529B\u4EE5\u8D74",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5168\u529B\u4EE5\u4ED8\u505A\u597D\u4FE1\u8BBF\u7EF4\u7A33\u5DE5\u4F5C\u3002"
    ],
    valid: [
      "\u5168\u529B\u4EE5\u8D74\u505A\u597D\u4FE1\u8BBF\u7EF4\u7A33\u5DE5\u4F5C\u3002"
    ]
  },
  {
    id: "chu-lei-ba-cui",
    match: "\u51FA\u7C7B\u62D4\u7CB9",
    replacement: "\u51FA\u7C7B\u62D4\u8403",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u57F9\u517B\u4E00\u6279\u51FA\u7C7B\u62D4\u7CB9\u7684\u6CD5\u6CBB\u4EBA\u624D\u3002"
    ],
    valid: [
      "\u57F9\u517B\u4E00\u6279\u51FA\u7C7B\u62D4\u8403\u7684\u6CD5\u6CBB\u4EBA\u624D\u3002"
    ]
  },
  {
    id: "ru-huo-ru-tu",
    match: "\u5982\u706B\u5982\u8336",
    replacement: "\u5982\u706B\u5982\u837C",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u201C\u6CD5\u5F8B\u660E\u767D\u4EBA\u201D\u57F9\u517B\u5DE5\u7A0B\u5982\u706B\u5982\u8336\u5F00\u5C55\u3002"
    ],
    valid: [
      "\u201C\u6CD5\u5F8B\u660E\u767D\u4EBA\u201D\u57F9\u517B\u5DE5\u7A0B\u5982\u706B\u5982\u837C\u5F00\u5C55\u3002"
    ]
  },
  {
    id: "xun-xu-jian-jin",
    match: "\u5FAA\u5E8F\u6E10\u8FD1",
    replacement: "\u5FAA\u5E8F\u6E10\u8FDB",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5FAA\u5E8F\u6E10\u8FD1\u63A8\u8FDB\u7EFC\u5408\u884C\u653F\u6267\u6CD5\u6539\u9769\u3002"
    ],
    valid: [
      "\u5FAA\u5E8F\u6E10\u8FDB\u63A8\u8FDB\u7EFC\u5408\u884C\u653F\u6267\u6CD5\u6539\u9769\u3002"
    ]
  },
  {
    id: "chi-zhi-yi-heng",
    match: "\u6301\u4E4B\u4EE5\u8861",
    replacement: "\u6301\u4E4B\u4EE5\u6052",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6301\u4E4B\u4EE5\u8861\u6293\u597D\u4F5C\u98CE\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u6301\u4E4B\u4EE5\u6052\u6293\u597D\u4F5C\u98CE\u5EFA\u8BBE\u3002"
    ]
  },
  {
    id: "lin-li-jin-zhi",
    match: "\u6DCB\u6F13\u5C3D\u81F3",
    replacement: "\u6DCB\u6F13\u5C3D\u81F4",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5C55\u73B0\u5F97\u6DCB\u6F13\u5C3D\u81F3\u3002"
    ],
    valid: [
      "\u5C55\u73B0\u5F97\u6DCB\u6F13\u5C3D\u81F4\u3002"
    ]
  },
  {
    id: "yu-ri-ju-zeng",
    match: "\u4E0E\u65E5[\u5177\u5267\u5DE8]\u589E",
    replacement: "\u4E0E\u65E5\u4FF1\u589E",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u7FA4\u4F17\u6CD5\u5F8B\u670D\u52A1\u9700\u6C42\u4E0E\u65E5\u5177\u589E\u3002"
    ],
    valid: [
      "\u7FA4\u4F17\u6CD5\u5F8B\u670D\u52A1\u9700\u6C42\u4E0E\u65E5\u4FF1\u589E\u3002"
    ]
  },
  {
    id: "ri-xin-yue-yi",
    match: "\u65E5\u65B0\u6708\u610F",
    replacement: "\u65E5\u65B0\u6708\u5F02",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u9547\u6751\u9762\u8C8C\u65E5\u65B0\u6708\u610F\u3002"
    ],
    valid: [
      "\u9547\u6751\u9762\u8C8C\u65E5\u65B0\u6708\u5F02\u3002"
    ]
  },
  {
    id: "cheng-qian-bi-hou",
    match: "\u60E9\u524D[\u5FC5\u6BD9]\u540E",
    replacement: "\u60E9\u524D\u6BD6\u540E",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u575A\u6301\u60E9\u524D\u5FC5\u540E\u3001\u6CBB\u75C5\u6551\u4EBA\u3002"
    ],
    valid: [
      "\u575A\u6301\u60E9\u524D\u6BD6\u540E\u3001\u6CBB\u75C5\u6551\u4EBA\u3002"
    ]
  },
  {
    id: "kuan-yan-xiang-ji",
    match: "\u5BBD\u4E25\u76F8[\u7EE7\u5242]",
    replacement: "\u5BBD\u4E25\u76F8\u6D4E",
    reason: "\u522B\u5B57",
    invalid: [
      "\u8D2F\u5F7B\u5BBD\u4E25\u76F8\u7EE7\u5211\u4E8B\u653F\u7B56\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u5BBD\u4E25\u76F8\u6D4E\u5211\u4E8B\u653F\u7B56\u3002"
    ]
  },
  {
    id: "wei-fa-bi-jiu",
    match: "\u8FDD\u6CD5\u5FC5\u7EA0",
    replacement: "\u8FDD\u6CD5\u5FC5\u7A76",
    reason: "\u5341\u516D\u5B57\u65B9\u9488\u4E3A\u201C\u6709\u6CD5\u53EF\u4F9D\u3001\u6709\u6CD5\u5FC5\u4F9D\u3001\u6267\u6CD5\u5FC5\u4E25\u3001\u8FDD\u6CD5\u5FC5\u7A76\u201D",
    invalid: [
      "\u505A\u5230\u6267\u6CD5\u5FC5\u4E25\u3001\u8FDD\u6CD5\u5FC5\u7EA0\u3002"
    ],
    valid: [
      "\u505A\u5230\u6267\u6CD5\u5FC5\u4E25\u3001\u8FDD\u6CD5\u5FC5\u7A76\u3002",
      "\u575A\u6301\u6709\u9519\u5FC5\u7EA0\u3002"
    ]
  },
  {
    id: "deng-lu",
    match: "\u767B\u9646(?=(?:\u4E86|\u8FC7)?(?:\u7F51\u7AD9|\u5B98\u7F51|\u7F51\u9875|\u5BA2\u6237\u7AEF|\u5C0F\u7A0B\u5E8F|APP|App|app|\u8D26\u53F7|\u8D26\u6237|\u7CFB\u7EDF|\u5E73\u53F0|\u5B66\u4E60\u5F3A\u56FD))",
    replacement: "\u767B\u5F55",
    reason: "\u8FDB\u5165\u7F51\u7AD9\u3001\u7CFB\u7EDF\u5E94\u4E3A\u201C\u767B\u5F55\u201D",
    invalid: [
      "\u7EC4\u7EC7\u5E72\u90E8\u767B\u9646\u5E73\u53F0\u53C2\u52A0\u5E74\u5EA6\u5B66\u6CD5\u8003\u8BD5\u3002"
    ],
    valid: [
      "\u7EC4\u7EC7\u5E72\u90E8\u767B\u5F55\u5E73\u53F0\u53C2\u52A0\u5E74\u5EA6\u5B66\u6CD5\u8003\u8BD5\u3002",
      "\u53F0\u98CE\u767B\u9646\u524D\u5B8C\u6210\u4EBA\u5458\u8F6C\u79FB\u3002"
    ]
  },
  {
    id: "fan-ying",
    match: "(?<![\u654F\u5B66\u826F\u6FC0\u9501\u4EF6\u5F02\u5316])\u53CD\u5E94(?=\u8BC9\u6C42|\u793E\u60C5\u6C11\u610F|\u6C11\u610F|\u95EE\u9898)|(?<=\u7FA4\u4F17|\u4F01\u4E1A|\u5E02\u573A\u4E3B\u4F53|\u793E\u4F1A\u5404\u754C|\u5E72\u90E8\u804C\u5DE5)\u53CD\u5E94(?=(?:\u5F3A\u70C8|\u96C6\u4E2D|\u7A81\u51FA|\u8F83\u591A)?\u7684[^\uFF0C\u3002\uFF1B\uFF1A\uFF01\uFF1F\\n]{0,4}(?:\u95EE\u9898|\u4E8B\u9879|\u8BC9\u6C42|\u610F\u89C1|\u5EFA\u8BAE|\u70ED\u70B9|\u96BE\u70B9|\u5835\u70B9|\u75DB\u70B9))",
    replacement: "\u53CD\u6620",
    reason: "\u8868\u8FBE\u610F\u89C1\u3001\u8BC9\u6C42\u5E94\u4E3A\u201C\u53CD\u6620\u201D",
    invalid: [
      "\u5F15\u5BFC\u7FA4\u4F17\u7406\u6027\u53CD\u5E94\u8BC9\u6C42\u3002",
      "\u5BF9\u7FA4\u4F17\u53CD\u5E94\u7684\u95EE\u9898\u53CA\u65F6\u5904\u7406\u3002",
      "\u7740\u529B\u89E3\u51B3\u4EBA\u6C11\u7FA4\u4F17\u53CD\u5E94\u5F3A\u70C8\u7684\u7A81\u51FA\u95EE\u9898\u3002",
      "\u53CA\u65F6\u5411\u4E0A\u7EA7\u90E8\u95E8\u53CD\u5E94\u95EE\u9898\u3002"
    ],
    valid: [
      "\u5F15\u5BFC\u7FA4\u4F17\u7406\u6027\u53CD\u6620\u8BC9\u6C42\u3002",
      "\u5BF9\u7FA4\u4F17\u8BC9\u6C42\u4F5C\u51FA\u5FEB\u901F\u53CD\u5E94\u3002",
      "\u89E3\u51B3\u7FA4\u4F17\u53CD\u6620\u5F3A\u70C8\u7684\u7A81\u51FA\u95EE\u9898\u3002",
      "\u6D3B\u52A8\u5F00\u5C55\u540E\u7FA4\u4F17\u53CD\u5E94\u70ED\u70C8\u3002",
      "\u4E25\u5BC6\u76D1\u6D4B\u75AB\u82D7\u4E0D\u826F\u53CD\u5E94\u95EE\u9898\u3002"
    ]
  },
  {
    id: "qian-ding",
    match: "\u7B7E\u5B9A",
    replacement: "\u7B7E\u8BA2",
    reason: "\u89C4\u8303\u8BCD\u5F62\u4E3A\u201C\u7B7E\u8BA2\u201D\uFF0C\u5982\u7B7E\u8BA2\u5408\u540C\u3001\u534F\u8BAE\u3001\u8D23\u4EFB\u4E66",
    invalid: [
      "\u4E0E\u5404\u4E61\u9547\u7B7E\u5B9A\u6CD5\u6CBB\u5EFA\u8BBE\u76EE\u6807\u8D23\u4EFB\u4E66\u3002",
      "\u4F9D\u6CD5\u7B7E\u5B9A\u884C\u653F\u534F\u8BAE12\u4EFD\u3002"
    ],
    valid: [
      "\u4E0E\u5404\u4E61\u9547\u7B7E\u8BA2\u6CD5\u6CBB\u5EFA\u8BBE\u76EE\u6807\u8D23\u4EFB\u4E66\u3002",
      "\u59D4\u6258\u53F8\u6CD5\u9274\u5B9A\u673A\u6784\u8FDB\u884C\u9274\u5B9A\u3002"
    ]
  },
  {
    id: "xi-zong-shu-ji",
    match: "\u4E60\u603B\u4E66\u8BB0",
    replacement: "\u4E60\u8FD1\u5E73\u603B\u4E66\u8BB0",
    reason: "\u516C\u6587\u4E2D\u79F0\u201C\u4E60\u8FD1\u5E73\u603B\u4E66\u8BB0\u201D\uFF0C\u4E0D\u7528\u201C\u4E60\u603B\u4E66\u8BB0\u201D\u8FD9\u7C7B\u7B80\u79F0",
    invalid: [
      "\u8BA4\u771F\u5B66\u4E60\u8D2F\u5F7B\u4E60\u603B\u4E66\u8BB0\u91CD\u8981\u8BB2\u8BDD\u7CBE\u795E\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u5B66\u4E60\u8D2F\u5F7B\u4E60\u8FD1\u5E73\u603B\u4E66\u8BB0\u91CD\u8981\u8BB2\u8BDD\u7CBE\u795E\u3002",
      "\u6DF1\u5165\u5B66\u4E60\u4E60\u8FD1\u5E73\u603B\u4E66\u8BB0\u5173\u4E8E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u7684\u91CD\u8981\u8BBA\u8FF0\u3002"
    ]
  },
  {
    id: "chi-zheng",
    match: "\u6267\u8BC1(?=\u4E0A\u5C97)",
    replacement: "\u6301\u8BC1",
    reason: "\u6307\u6301\u6709\u6267\u6CD5\u8BC1\u4EF6\u4E0A\u5C97",
    invalid: [
      "\uFF08\u56DB\uFF09\u5F3A\u5316\u6267\u8BC1\u4E0A\u5C97\uFF0C\u89C4\u8303\u6587\u660E\u6267\u6CD5\u3002"
    ],
    valid: [
      "\u575A\u51B3\u6267\u884C\u884C\u653F\u6267\u6CD5\u4EBA\u5458\u6301\u8BC1\u4E0A\u5C97\u548C\u8D44\u683C\u7BA1\u7406\u5236\u5EA6\u3002"
    ]
  },
  {
    id: "bu-ke-huo-que",
    match: "\u4E0D\u53EF\u83B7\u7F3A",
    replacement: "\u4E0D\u53EF\u6216\u7F3A",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u5F8B\u987E\u95EE\u662F\u4F9D\u6CD5\u51B3\u7B56\u4E0D\u53EF\u83B7\u7F3A\u7684\u529B\u91CF\u3002"
    ],
    valid: [
      "\u6CD5\u5F8B\u987E\u95EE\u662F\u4F9D\u6CD5\u51B3\u7B56\u4E0D\u53EF\u6216\u7F3A\u7684\u529B\u91CF\u3002"
    ]
  },
  {
    id: "mo-shou-cheng-gui",
    match: "\u9ED8\u5B88\u6210\u89C4",
    replacement: "\u58A8\u5B88\u6210\u89C4",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u666E\u6CD5\u65B9\u5F0F\u4E0D\u80FD\u9ED8\u5B88\u6210\u89C4\u3002"
    ],
    valid: [
      "\u666E\u6CD5\u65B9\u5F0F\u4E0D\u80FD\u58A8\u5B88\u6210\u89C4\u3002"
    ]
  },
  {
    id: "ke-bu-rong-huan",
    match: "\u514B\u4E0D\u5BB9\u7F13",
    replacement: "\u523B\u4E0D\u5BB9\u7F13",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u5B89\u5168\u9690\u60A3\u6574\u6CBB\u514B\u4E0D\u5BB9\u7F13\u3002"
    ],
    valid: [
      "\u5B89\u5168\u9690\u60A3\u6574\u6CBB\u523B\u4E0D\u5BB9\u7F13\u3002"
    ]
  },
  {
    id: "zha-shi",
    match: "(?<![\u4E66\u624B\u4FE1\u7B14])\u672D\u5B9E",
    replacement: "\u624E\u5B9E",
    reason: "\u522B\u5B57",
    invalid: [
      "\u672D\u5B9E\u63A8\u8FDB\u6CD5\u6CBB\u4E61\u6751\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u624E\u5B9E\u63A8\u8FDB\u6CD5\u6CBB\u4E61\u6751\u5EFA\u8BBE\u3002"
    ]
  },
  {
    id: "zhen-she",
    match: "\u9707\u6444",
    replacement: "\u9707\u6151",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5F62\u6210\u6709\u529B\u9707\u6444\u3002"
    ],
    valid: [
      "\u5F62\u6210\u6709\u529B\u9707\u6151\u3002"
    ]
  },
  {
    id: "jun-gong",
    match: "\u5CFB\u5DE5(?=\u9A8C\u6536|\u6295\u4EA7|\u6295\u7528|\u51B3\u7B97|\u5907\u6848)",
    replacement: "\u7AE3\u5DE5",
    reason: "\u522B\u5B57",
    invalid: [
      "\u9879\u76EE\u5DF2\u901A\u8FC7\u5CFB\u5DE5\u9A8C\u6536\u3002"
    ],
    valid: [
      "\u9879\u76EE\u5DF2\u901A\u8FC7\u7AE3\u5DE5\u9A8C\u6536\u3002",
      "\u9762\u5BF9\u4E25\u5CFB\u5DE5\u4F5C\u5F62\u52BF\uFF0C\u8FCE\u96BE\u800C\u4E0A\u3002"
    ]
  },
  {
    id: "an-zhi-bang-jiao",
    match: "\u6309\u7F6E(?=\u5E2E\u6559)",
    replacement: "\u5B89\u7F6E",
    reason: "\u522B\u5B57",
    invalid: [
      "\u505A\u597D\u5211\u6EE1\u91CA\u653E\u4EBA\u5458\u6309\u7F6E\u5E2E\u6559\u5DE5\u4F5C\u3002"
    ],
    valid: [
      "\u505A\u597D\u5211\u6EE1\u91CA\u653E\u4EBA\u5458\u5B89\u7F6E\u5E2E\u6559\u5DE5\u4F5C\u3002"
    ]
  },
  {
    id: "she-qu-jiao-zheng",
    match: "(?<=\u793E\u533A)[\u6821\u8F83]\u6B63",
    replacement: "\u77EB\u6B63",
    reason: "\u522B\u5B57",
    invalid: [
      "\u52A0\u5F3A\u793E\u533A\u6821\u6B63\u5BF9\u8C61\u65E5\u5E38\u7BA1\u7406\u3002"
    ],
    valid: [
      "\u52A0\u5F3A\u793E\u533A\u77EB\u6B63\u5BF9\u8C61\u65E5\u5E38\u7BA1\u7406\u3002"
    ]
  },
  {
    id: "pei-chang",
    match: "\u966A\u507F",
    replacement: "\u8D54\u507F",
    reason: "\u522B\u5B57",
    invalid: [
      "\u4F9D\u6CD5\u529E\u7406\u56FD\u5BB6\u966A\u507F\u6848\u4EF6\u3002"
    ],
    valid: [
      "\u4F9D\u6CD5\u529E\u7406\u56FD\u5BB6\u8D54\u507F\u6848\u4EF6\u3002"
    ]
  },
  {
    id: "pei-shen",
    match: "\u8D54\u5BA1",
    replacement: "\u966A\u5BA1",
    reason: "\u522B\u5B57",
    invalid: [
      "\u4EBA\u6C11\u8D54\u5BA1\u5458\u53C2\u5BA1\u6848\u4EF632\u4EF6\u3002"
    ],
    valid: [
      "\u4EBA\u6C11\u966A\u5BA1\u5458\u53C2\u5BA1\u6848\u4EF632\u4EF6\u3002"
    ]
  },
  {
    id: "feng-qiao",
    match: "[\u5CF0\u950B\u4E30]\u6865(?=\u7ECF\u9A8C)|\u67AB\u4FA8(?=\u7ECF\u9A8C)",
    replacement: "\u67AB\u6865",
    reason: "\u201C\u67AB\u6865\u7ECF\u9A8C\u201D\u5F97\u540D\u4E8E\u6D59\u6C5F\u8BF8\u66A8\u67AB\u6865\u9547",
    invalid: [
      "\u575A\u6301\u548C\u53D1\u5C55\u65B0\u65F6\u4EE3\u201C\u5CF0\u6865\u7ECF\u9A8C\u201D\u3002"
    ],
    valid: [
      "\u575A\u6301\u548C\u53D1\u5C55\u65B0\u65F6\u4EE3\u201C\u67AB\u6865\u7ECF\u9A8C\u201D\u3002"
    ]
  },
  {
    id: "jian-quan",
    match: "(?<=\u5EFA\u7ACB)\u5EFA\u5168",
    replacement: "\u5065\u5168",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5EFA\u7ACB\u5EFA\u5168\u91CD\u5927\u884C\u653F\u51B3\u7B56\u5408\u6CD5\u6027\u5BA1\u67E5\u673A\u5236\u3002"
    ],
    valid: [
      "\u5EFA\u7ACB\u5065\u5168\u91CD\u5927\u884C\u653F\u51B3\u7B56\u5408\u6CD5\u6027\u5BA1\u67E5\u673A\u5236\u3002"
    ]
  },
  {
    id: "ji-yao",
    match: "(?<=\u4F1A\u8BAE)\u8BB0\u8981",
    replacement: "\u7EAA\u8981",
    reason: "\u516C\u6587\u6587\u79CD\u540D\u79F0\u4E3A\u201C\u7EAA\u8981\u201D",
    invalid: [
      "\u5370\u53D1\u4E13\u9898\u4F1A\u8BAE\u8BB0\u8981\u3002"
    ],
    valid: [
      "\u5370\u53D1\u4E13\u9898\u4F1A\u8BAE\u7EAA\u8981\u3002"
    ]
  },
  {
    id: "an-zhao",
    match: "\u5B89\u7167(?=[\u300A\u201C]|\u4E0A\u7EA7|\u8981\u6C42|\u89C4\u5B9A|\u6CD5\u5F8B|\u6709\u5173|\u53BF\u59D4|\u5E02\u59D4|\u7701\u59D4|\u515A\u59D4)",
    replacement: "\u6309\u7167",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5B89\u7167\u53BF\u59D4\u8981\u6C42\uFF0C\u5236\u5B9A\u5E74\u5EA6\u666E\u6CD5\u8BA1\u5212\u3002"
    ],
    valid: [
      "\u6309\u7167\u53BF\u59D4\u8981\u6C42\uFF0C\u5236\u5B9A\u5E74\u5EA6\u666E\u6CD5\u8BA1\u5212\u3002",
      "\u6253\u9020\u5E73\u5B89\u7167\u660E\u793A\u8303\u8DEF\u6BB5\u3002"
    ]
  },
  {
    id: "duan-ban",
    match: "(?<=(?:\u8865\u9F50|\u8865\u8DB3|\u8865\u4E0A|\u5F25\u8865|\u5F31\u9879|\u5B58\u5728)[\\u4e00-\\u9fff]{0,6})\u77ED\u7248(?![\u4E0A\u8863\u88D9\u88C5\u6B3E\u5370\u5237\u4E66])",
    replacement: "\u77ED\u677F",
    reason: "\u522B\u5B57",
    invalid: [
      "\u7740\u529B\u8865\u9F50\u6CD5\u6CBB\u4EBA\u624D\u77ED\u7248\u3002",
      "\u4ECD\u7136\u5B58\u5728\u4E00\u4E9B\u5F31\u9879\u548C\u77ED\u7248\u3002"
    ],
    valid: [
      "\u7740\u529B\u8865\u9F50\u6CD5\u6CBB\u4EBA\u624D\u77ED\u677F\u3002",
      "\u8865\u9F50\u7269\u8D44\u50A8\u5907\u77ED\u677F\uFF0C\u91C7\u8D2D\u77ED\u7248\u4E0A\u8863200\u4EF6\u3002"
    ]
  },
  {
    id: "ping-jing",
    match: "\u74F6\u52B2",
    replacement: "\u74F6\u9888",
    reason: "\u522B\u5B57",
    invalid: [
      "\u7834\u89E3\u57FA\u5C42\u6267\u6CD5\u529B\u91CF\u4E0D\u8DB3\u7684\u74F6\u52B2\u3002"
    ],
    valid: [
      "\u7834\u89E3\u57FA\u5C42\u6267\u6CD5\u529B\u91CF\u4E0D\u8DB3\u7684\u74F6\u9888\u3002"
    ]
  },
  {
    id: "che-zhou",
    match: "\u5236\u8098",
    replacement: "\u63A3\u8098",
    reason: "\u522B\u5B57",
    invalid: [
      "\u6CD5\u6CBB\u4EBA\u624D\u532E\u4E4F\u5236\u8098\u4E86\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u6CD5\u6CBB\u4EBA\u624D\u532E\u4E4F\u63A3\u8098\u4E86\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u3002",
      "\u5B8C\u5584\u4F53\u5236\u673A\u5236\u3002"
    ]
  },
  {
    id: "zuo-yong",
    match: "(?<=\u53D1\u6325|\u8D77\u5230|\u8D77\u7740|\u91CD\u8981|\u5173\u952E|\u6865\u6881|\u6838\u5FC3|\u7EBD\u5E26|\u5821\u5792|\u7684)\u505A\u7528(?![\u6237\u54C1])",
    replacement: "\u4F5C\u7528",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5145\u5206\u53D1\u6325\u6CD5\u5F8B\u987E\u95EE\u7684\u505A\u7528\u3002",
      "\u201C\u6CD5\u5F8B\u660E\u767D\u4EBA\u201D\u5728\u77DB\u76FE\u5316\u89E3\u4E2D\u8D77\u5230\u4E86\u91CD\u8981\u505A\u7528\u3002"
    ],
    valid: [
      "\u5145\u5206\u53D1\u6325\u6CD5\u5F8B\u987E\u95EE\u7684\u4F5C\u7528\u3002",
      "\u79EF\u6781\u505A\u7528\u6237\u6EE1\u610F\u7684\u670D\u52A1\u7A97\u53E3\u3002"
    ]
  },
  {
    id: "zuo-feng",
    match: "\u505A\u98CE(?=\u5EFA\u8BBE|\u95EE\u9898|\u8F6C\u53D8|\u7EAA\u5F8B|\u6574\u987F)",
    replacement: "\u4F5C\u98CE",
    reason: "\u522B\u5B57",
    invalid: [
      "\u52A0\u5F3A\u6267\u6CD5\u961F\u4F0D\u505A\u98CE\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u52A0\u5F3A\u6267\u6CD5\u961F\u4F0D\u4F5C\u98CE\u5EFA\u8BBE\u3002"
    ]
  },
  {
    id: "can-yu",
    match: "\u53C2\u4E88",
    replacement: "\u53C2\u4E0E",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5F15\u5BFC\u7FA4\u4F17\u79EF\u6781\u53C2\u4E88\u57FA\u5C42\u6CBB\u7406\u3002"
    ],
    valid: [
      "\u5F15\u5BFC\u7FA4\u4F17\u79EF\u6781\u53C2\u4E0E\u57FA\u5C42\u6CBB\u7406\u3002"
    ]
  },
  {
    id: "wu-yong-zhi-yi",
    match: "\u6BCB\u5BB9\u7F6E\u7591",
    replacement: "\u6BCB\u5EB8\u7F6E\u7591",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u6CBB\u7684\u4F5C\u7528\u6BCB\u5BB9\u7F6E\u7591\u3002"
    ],
    valid: [
      "\u6CD5\u6CBB\u7684\u4F5C\u7528\u6BCB\u5EB8\u7F6E\u7591\u3002"
    ]
  },
  {
    id: "zuo-tan",
    match: "\u5750\u8C08(?=\u4F1A)",
    replacement: "\u5EA7\u8C08",
    reason: "\u522B\u5B57",
    invalid: [
      "\u53EC\u5F00\u6CD5\u6CBB\u5EFA\u8BBE\u5750\u8C08\u4F1A\u3002"
    ],
    valid: [
      "\u53EC\u5F00\u6CD5\u6CBB\u5EFA\u8BBE\u5EA7\u8C08\u4F1A\u3002"
    ]
  },
  {
    id: "ji-ran",
    match: "\u5373\u7136",
    replacement: "\u65E2\u7136",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5373\u7136\u53D1\u73B0\u95EE\u9898\uFF0C\u5C31\u8981\u7ACB\u884C\u7ACB\u6539\u3002"
    ],
    valid: [
      "\u65E2\u7136\u53D1\u73B0\u95EE\u9898\uFF0C\u5C31\u8981\u7ACB\u884C\u7ACB\u6539\u3002"
    ]
  },
  {
    id: "yi-cu-er-jiu",
    match: "\u4E00\u4FC3\u800C\u5C31",
    replacement: "\u4E00\u8E74\u800C\u5C31",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u6CD5\u6CBB\u5EFA\u8BBE\u4E0D\u53EF\u80FD\u4E00\u4FC3\u800C\u5C31\u3002"
    ],
    valid: [
      "\u6CD5\u6CBB\u5EFA\u8BBE\u4E0D\u53EF\u80FD\u4E00\u8E74\u800C\u5C31\u3002"
    ]
  },
  {
    id: "song-chi",
    match: "\u677E\u9A70(?![\u9A8B\u63F4\u540D])",
    replacement: "\u677E\u5F1B",
    reason: "\u522B\u5B57",
    invalid: [
      "\u9632\u6B62\u7EAA\u5F8B\u677E\u9A70\u3002"
    ],
    valid: [
      "\u9632\u6B62\u7EAA\u5F8B\u677E\u5F1B\u3002"
    ]
  },
  {
    id: "cu-guang",
    match: "\u7C97\u65F7",
    replacement: "\u7C97\u72B7",
    reason: "\u522B\u5B57",
    invalid: [
      "\u6539\u53D8\u7C97\u65F7\u5F0F\u7BA1\u7406\u65B9\u5F0F\u3002"
    ],
    valid: [
      "\u6539\u53D8\u7C97\u72B7\u5F0F\u7BA1\u7406\u65B9\u5F0F\u3002"
    ]
  },
  {
    id: "zhen-bian",
    match: "\u9488\u8D2C",
    replacement: "\u9488\u782D",
    reason: "\u522B\u5B57",
    invalid: [
      "\u9488\u8D2C\u65F6\u5F0A\uFF0C\u5207\u4E2D\u8981\u5BB3\u3002"
    ],
    valid: [
      "\u9488\u782D\u65F6\u5F0A\uFF0C\u5207\u4E2D\u8981\u5BB3\u3002"
    ]
  },
  {
    id: "bian-zuan",
    match: "\u7F16\u7BE1",
    replacement: "\u7F16\u7E82",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5B66\u4E60\u6C11\u6CD5\u5178\u7F16\u7BE1\u7684\u91CD\u5927\u610F\u4E49\u3002"
    ],
    valid: [
      "\u5B66\u4E60\u6C11\u6CD5\u5178\u7F16\u7E82\u7684\u91CD\u5927\u610F\u4E49\u3002"
    ]
  },
  {
    id: "zuo-zhen",
    match: "\u5750\u9635",
    replacement: "\u5750\u9547",
    reason: "\u522B\u5B57",
    invalid: [
      "\u4E3B\u8981\u9886\u5BFC\u5750\u9635\u6307\u6325\u3002"
    ],
    valid: [
      "\u4E3B\u8981\u9886\u5BFC\u5750\u9547\u6307\u6325\u3002"
    ]
  },
  {
    id: "qi-gai",
    match: "\u6C14\u6168",
    replacement: "\u6C14\u6982",
    reason: "\u522B\u5B57",
    invalid: [
      "\u5C55\u73B0\u6562\u4E8E\u6597\u4E89\u7684\u82F1\u96C4\u6C14\u6168\u3002"
    ],
    valid: [
      "\u5C55\u73B0\u6562\u4E8E\u6597\u4E89\u7684\u82F1\u96C4\u6C14\u6982\u3002"
    ]
  },
  {
    id: "tan-zang",
    match: "\u8D2A\u810F",
    replacement: "\u8D2A\u8D43",
    reason: "\u522B\u5B57",
    invalid: [
      "\u4E25\u8083\u67E5\u5904\u8D2A\u810F\u6789\u6CD5\u884C\u4E3A\u3002"
    ],
    valid: [
      "\u4E25\u8083\u67E5\u5904\u8D2A\u8D43\u6789\u6CD5\u884C\u4E3A\u3002"
    ]
  },
  {
    id: "xun-si",
    match: "(?<!\u9075)\u5FAA\u79C1",
    replacement: "\u5F87\u79C1",
    reason: "\u522B\u5B57",
    invalid: [
      "\u4E25\u9632\u6267\u6CD5\u4EBA\u5458\u5FAA\u79C1\u6789\u6CD5\u3002"
    ],
    valid: [
      "\u4E25\u9632\u6267\u6CD5\u4EBA\u5458\u5F87\u79C1\u6789\u6CD5\u3002",
      "\u9075\u5FAA\u79C1\u6CD5\u81EA\u6CBB\u539F\u5219\u3002"
    ]
  },
  {
    id: "qu-di",
    match: "\u53D6\u8C1B",
    replacement: "\u53D6\u7F14",
    reason: "\u522B\u5B57",
    invalid: [
      "\u4F9D\u6CD5\u53D6\u8C1B\u975E\u6CD5\u7ECF\u8425\u573A\u6240\u3002"
    ],
    valid: [
      "\u4F9D\u6CD5\u53D6\u7F14\u975E\u6CD5\u7ECF\u8425\u573A\u6240\u3002"
    ]
  },
  {
    id: "si-wu-ji-dan",
    match: "\u8086\u65E0\u5FCC\u5F39",
    replacement: "\u8086\u65E0\u5FCC\u60EE",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E25\u60E9\u8086\u65E0\u5FCC\u5F39\u7684\u8FDD\u6CD5\u884C\u4E3A\u3002"
    ],
    valid: [
      "\u4E25\u60E9\u8086\u65E0\u5FCC\u60EE\u7684\u8FDD\u6CD5\u884C\u4E3A\u3002"
    ]
  },
  {
    id: "you-shi-wu-kong",
    match: "\u6709\u6301\u65E0\u6050",
    replacement: "\u6709\u6043\u65E0\u6050",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u8BA9\u8FDD\u6CD5\u8005\u4E0D\u518D\u6709\u6301\u65E0\u6050\u3002"
    ],
    valid: [
      "\u8BA9\u8FDD\u6CD5\u8005\u4E0D\u518D\u6709\u6043\u65E0\u6050\u3002"
    ]
  },
  {
    id: "ming-huo-zhi-zhang",
    match: "\u660E\u706B\u6267\u6756",
    replacement: "\u660E\u706B\u6267\u4ED7",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u4E25\u5389\u6253\u51FB\u660E\u706B\u6267\u6756\u7684\u62A2\u52AB\u72AF\u7F6A\u3002"
    ],
    valid: [
      "\u4E25\u5389\u6253\u51FB\u660E\u706B\u6267\u4ED7\u7684\u62A2\u52AB\u72AF\u7F6A\u3002"
    ]
  },
  {
    id: "sha-yi-jing-bai",
    match: "\u6740\u4E00\u8B66\u767E",
    replacement: "\u6740\u4E00\u5106\u767E",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u53D1\u6325\u6740\u4E00\u8B66\u767E\u7684\u9707\u6151\u4F5C\u7528\u3002"
    ],
    valid: [
      "\u53D1\u6325\u6740\u4E00\u5106\u767E\u7684\u9707\u6151\u4F5C\u7528\u3002"
    ]
  },
  {
    id: "po-bu-de-yi",
    match: "\u8FEB\u4E0D\u5F97\u4EE5",
    replacement: "\u8FEB\u4E0D\u5F97\u5DF2",
    reason: "\u6210\u8BED\u8BEF\u5199",
    invalid: [
      "\u8FEB\u4E0D\u5F97\u4EE5\u624D\u91C7\u53D6\u5F3A\u5236\u63AA\u65BD\u3002"
    ],
    valid: [
      "\u8FEB\u4E0D\u5F97\u5DF2\u624D\u91C7\u53D6\u5F3A\u5236\u63AA\u65BD\u3002"
    ]
  },
  {
    id: "han-xuan",
    match: "\u5BD2\u55A7",
    replacement: "\u5BD2\u6684",
    reason: "\u522B\u5B57",
    invalid: [
      "\u8D70\u8BBF\u4E2D\u4E0D\u641E\u5BD2\u55A7\u5BA2\u5957\u3002"
    ],
    valid: [
      "\u8D70\u8BBF\u4E2D\u4E0D\u641E\u5BD2\u6684\u5BA2\u5957\u3002"
    ]
  }
];

// data/outdated.json
var outdated_default = [
  {
    id: "fa-zhi-jian-she",
    match: "\u6CD5\u5236\u5EFA\u8BBE",
    replacement: "\u6CD5\u6CBB\u5EFA\u8BBE",
    reason: "\u201C\u6CD5\u5236\u201D\u6307\u6CD5\u5F8B\u5236\u5EA6\uFF0C\u4F9D\u6CD5\u6CBB\u7406\u7684\u5EFA\u8BBE\u8FC7\u7A0B\u79F0\u201C\u6CD5\u6CBB\u5EFA\u8BBE\u201D",
    invalid: [
      "\u6CD5\u5236\u5EFA\u8BBE\u5DE5\u4F5C\u4EFB\u52A1\u5341\u5206\u8270\u5DE8\uFF0C\u8D23\u4EFB\u91CD\u5927\uFF0C\u4F7F\u547D\u5149\u8363\u3002",
      "\u628A\u6CD5\u5236\u5EFA\u8BBE\u5217\u5165\u5168\u9547\u5E74\u5EA6\u5DE5\u4F5C\u8981\u70B9\u3002"
    ],
    valid: [
      "\u6CD5\u6CBB\u5EFA\u8BBE\u5DE5\u4F5C\u4EFB\u52A1\u5341\u5206\u8270\u5DE8\uFF0C\u8D23\u4EFB\u91CD\u5927\uFF0C\u4F7F\u547D\u5149\u8363\u3002",
      "\u91CD\u5927\u6267\u6CD5\u51B3\u5B9A\u5B9E\u884C\u6CD5\u5236\u5BA1\u6838\u3002",
      "\u53F8\u6CD5\u6240\u627F\u62C5\u9547\u653F\u5E9C\u6CD5\u5236\u673A\u6784\u804C\u8D23\u3002",
      "\u56FD\u5BB6\u7EF4\u62A4\u793E\u4F1A\u4E3B\u4E49\u6CD5\u5236\u7684\u7EDF\u4E00\u548C\u5C0A\u4E25\u3002"
    ]
  },
  {
    id: "fa-zhi-xuan-chuan",
    match: "(?<!\u5168\u56FD)\u6CD5\u5236(?=\u5BA3\u4F20(?!\u65E5))",
    replacement: "\u6CD5\u6CBB",
    reason: "\u81EA\u201C\u4E03\u4E94\u201D\u666E\u6CD5\u89C4\u5212\u8D77\u79F0\u201C\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u201D",
    since: 2016,
    invalid: [
      "\u5F00\u5C55\u4E30\u5BCC\u591A\u5F69\u7684\u6CD5\u5236\u5BA3\u4F20\u6559\u80B2\u6D3B\u52A8\u3002",
      "\u5728\u5404\u884C\u653F\u6751\u8BBE\u7ACB\u6CD5\u5236\u5BA3\u4F20\u680F\u3002"
    ],
    valid: [
      "\u5F00\u5C55\u4E30\u5BCC\u591A\u5F69\u7684\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u6D3B\u52A8\u3002",
      "\u5BF9\u89C4\u8303\u6027\u6587\u4EF6\u8FDB\u884C\u6CD5\u5236\u5BA1\u6838\u3002"
    ]
  },
  {
    id: "quan-guo-fa-zhi-xuan-chuan-ri",
    match: "(?:\u5168\u56FD)?\u6CD5\u5236\u5BA3\u4F20\u65E5",
    replacement: "\u56FD\u5BB6\u5BAA\u6CD5\u65E5",
    reason: "\u5168\u56FD\u4EBA\u5927\u5E38\u59D4\u4F1A\u51B3\u5B9A\u5C0612\u67084\u65E5\u8BBE\u7ACB\u4E3A\u56FD\u5BB6\u5BAA\u6CD5\u65E5",
    since: 2014,
    invalid: [
      "\u5728\u201C12.4\u201D\u5168\u56FD\u6CD5\u5236\u5BA3\u4F20\u65E5\u6D3B\u52A8\u671F\u95F4\uFF0C\u96C6\u4E2D\u5F00\u5C55\u6CD5\u5F8B\u54A8\u8BE2\u3002"
    ],
    valid: [
      "\u5728\u201C12\xB74\u201D\u56FD\u5BB6\u5BAA\u6CD5\u65E5\u6D3B\u52A8\u671F\u95F4\uFF0C\u96C6\u4E2D\u5F00\u5C55\u6CD5\u5F8B\u54A8\u8BE2\u3002",
      "\u7EC4\u7EC7\u5F00\u5C55\u201C\u5BAA\u6CD5\u5BA3\u4F20\u5468\u201D\u7CFB\u5217\u6D3B\u52A8\u3002"
    ]
  },
  {
    id: "fa-zhi-fu-xiao-zhang",
    match: "\u6CD5\u5236\u526F\u6821\u957F",
    replacement: "\u6CD5\u6CBB\u526F\u6821\u957F",
    reason: "\u300A\u4E2D\u5C0F\u5B66\u6CD5\u6CBB\u526F\u6821\u957F\u8058\u4EFB\u4E0E\u7BA1\u7406\u529E\u6CD5\u300B\u89C4\u5B9A\u7684\u540D\u79F0",
    since: 2021,
    invalid: [
      "\u5145\u5206\u53D1\u6325\u517C\u804C\u6CD5\u5236\u526F\u6821\u957F\u4F5C\u7528\u3002"
    ],
    valid: [
      "\u5145\u5206\u53D1\u6325\u517C\u804C\u6CD5\u6CBB\u526F\u6821\u957F\u4F5C\u7528\u3002"
    ]
  },
  {
    id: "fa-zhi-jiao-yu",
    match: "\u6CD5\u5236\u6559\u80B2",
    replacement: "\u6CD5\u6CBB\u6559\u80B2",
    reason: "\u300A\u9752\u5C11\u5E74\u6CD5\u6CBB\u6559\u80B2\u5927\u7EB2\u300B\u8D77\u79F0\u201C\u6CD5\u6CBB\u6559\u80B2\u201D",
    since: 2016,
    invalid: [
      "\u8FDB\u4E00\u6B65\u6293\u597D\u5728\u6821\u9752\u5C11\u5E74\u5B66\u751F\u6CD5\u5236\u6559\u80B2\u3002"
    ],
    valid: [
      "\u8FDB\u4E00\u6B65\u6293\u597D\u5728\u6821\u9752\u5C11\u5E74\u5B66\u751F\u6CD5\u6CBB\u6559\u80B2\u3002"
    ]
  },
  {
    id: "fa-zhi-zheng-fu",
    match: "\u6CD5\u5236\u653F\u5E9C",
    replacement: "\u6CD5\u6CBB\u653F\u5E9C",
    reason: "\u5EFA\u8BBE\u76EE\u6807\u662F\u201C\u6CD5\u6CBB\u653F\u5E9C\u201D\uFF0C\u201C\u6CD5\u5236\u201D\u6307\u6CD5\u5F8B\u5236\u5EA6",
    invalid: [
      "\u52A0\u5FEB\u5EFA\u8BBE\u6CD5\u5236\u653F\u5E9C\u3002"
    ],
    valid: [
      "\u52A0\u5FEB\u5EFA\u8BBE\u6CD5\u6CBB\u653F\u5E9C\u3002"
    ]
  },
  {
    id: "fa-zhi-she-hui",
    match: "\u6CD5\u5236\u793E\u4F1A",
    replacement: "\u6CD5\u6CBB\u793E\u4F1A",
    reason: "\u515A\u7684\u5341\u516B\u5C4A\u56DB\u4E2D\u5168\u4F1A\u63D0\u51FA\u201C\u6CD5\u6CBB\u56FD\u5BB6\u3001\u6CD5\u6CBB\u653F\u5E9C\u3001\u6CD5\u6CBB\u793E\u4F1A\u4E00\u4F53\u5EFA\u8BBE\u201D",
    invalid: [
      "\u63A8\u8FDB\u6CD5\u5236\u793E\u4F1A\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u63A8\u8FDB\u6CD5\u6CBB\u793E\u4F1A\u5EFA\u8BBE\u3002"
    ]
  },
  {
    id: "fa-zhi-guo-jia",
    match: "\u6CD5\u5236\u56FD\u5BB6",
    replacement: "\u6CD5\u6CBB\u56FD\u5BB6",
    reason: "\u515A\u7684\u5341\u4E94\u5927\u63D0\u51FA\u201C\u5EFA\u8BBE\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u56FD\u5BB6\u201D",
    since: 1997,
    invalid: [
      "\u5EFA\u8BBE\u793E\u4F1A\u4E3B\u4E49\u6CD5\u5236\u56FD\u5BB6\u3002"
    ],
    valid: [
      "\u5EFA\u8BBE\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u56FD\u5BB6\u3002"
    ]
  },
  {
    id: "fa-zhi-si-wei",
    match: "\u6CD5\u5236\u601D\u7EF4",
    replacement: "\u6CD5\u6CBB\u601D\u7EF4",
    reason: "\u515A\u7684\u5341\u516B\u5927\u63D0\u51FA\u201C\u8FD0\u7528\u6CD5\u6CBB\u601D\u7EF4\u548C\u6CD5\u6CBB\u65B9\u5F0F\u201D",
    invalid: [
      "\u63D0\u9AD8\u8FD0\u7528\u6CD5\u5236\u601D\u7EF4\u548C\u6CD5\u6CBB\u65B9\u5F0F\u89E3\u51B3\u95EE\u9898\u7684\u80FD\u529B\u3002"
    ],
    valid: [
      "\u63D0\u9AD8\u8FD0\u7528\u6CD5\u6CBB\u601D\u7EF4\u548C\u6CD5\u6CBB\u65B9\u5F0F\u89E3\u51B3\u95EE\u9898\u7684\u80FD\u529B\u3002"
    ]
  },
  {
    id: "fa-zhi-guan-nian",
    match: "\u6CD5\u5236\u89C2\u5FF5",
    replacement: "\u6CD5\u6CBB\u89C2\u5FF5",
    reason: "\u515A\u7684\u5341\u516B\u5C4A\u56DB\u4E2D\u5168\u4F1A\u63D0\u51FA\u201C\u589E\u5F3A\u5168\u6C11\u6CD5\u6CBB\u89C2\u5FF5\u201D",
    invalid: [
      "\u589E\u5F3A\u519C\u6C11\u7FA4\u4F17\u7684\u6CD5\u5236\u89C2\u5FF5\u3002"
    ],
    valid: [
      "\u589E\u5F3A\u519C\u6C11\u7FA4\u4F17\u7684\u6CD5\u6CBB\u89C2\u5FF5\u3002"
    ]
  },
  {
    id: "fa-zhi-wen-hua",
    match: "\u6CD5\u5236\u6587\u5316",
    replacement: "\u6CD5\u6CBB\u6587\u5316",
    reason: "\u89C1\u300A\u5173\u4E8E\u52A0\u5F3A\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u6587\u5316\u5EFA\u8BBE\u7684\u610F\u89C1\u300B",
    invalid: [
      "\u5EFA\u8BBE\u6CD5\u5236\u6587\u5316\u5E7F\u573A\u3002"
    ],
    valid: [
      "\u5EFA\u8BBE\u6CD5\u6CBB\u6587\u5316\u5E7F\u573A\u3002"
    ]
  },
  {
    id: "fa-zhi-huan-jing",
    match: "\u6CD5\u5236\u73AF\u5883",
    replacement: "\u6CD5\u6CBB\u73AF\u5883",
    reason: "\u73B0\u884C\u6587\u4EF6\u7EDF\u4E00\u4F7F\u7528\u201C\u6CD5\u6CBB\u201D",
    invalid: [
      "\u8425\u9020\u826F\u597D\u7684\u6CD5\u5236\u73AF\u5883\u3002"
    ],
    valid: [
      "\u8425\u9020\u826F\u597D\u7684\u6CD5\u6CBB\u73AF\u5883\u3002"
    ]
  },
  {
    id: "fa-zhi-yi-shi",
    match: "\u6CD5\u5236\u610F\u8BC6",
    replacement: "\u6CD5\u6CBB\u610F\u8BC6",
    reason: "\u73B0\u884C\u6587\u4EF6\u7EDF\u4E00\u4F7F\u7528\u201C\u6CD5\u6CBB\u201D",
    invalid: [
      "\u63D0\u9AD8\u7BA1\u7406\u4EBA\u5458\u548C\u6267\u6CD5\u4EBA\u5458\u6CD5\u5236\u610F\u8BC6\u3002"
    ],
    valid: [
      "\u63D0\u9AD8\u7BA1\u7406\u4EBA\u5458\u548C\u6267\u6CD5\u4EBA\u5458\u6CD5\u6CBB\u610F\u8BC6\u3002"
    ]
  },
  {
    id: "fa-zhi-jiang-zuo",
    match: "\u6CD5\u5236\u8BB2\u5EA7",
    replacement: "\u6CD5\u6CBB\u8BB2\u5EA7",
    reason: "\u73B0\u884C\u6587\u4EF6\u7EDF\u4E00\u4F7F\u7528\u201C\u6CD5\u6CBB\u201D",
    invalid: [
      "\u575A\u6301\u9886\u5BFC\u5E72\u90E8\u6CD5\u5236\u8BB2\u5EA7\u5236\u5EA6\u3002"
    ],
    valid: [
      "\u575A\u6301\u9886\u5BFC\u5E72\u90E8\u6CD5\u6CBB\u8BB2\u5EA7\u5236\u5EA6\u3002"
    ]
  },
  {
    id: "min-zhu-fa-zhi-cun",
    match: "\u6C11\u4E3B\u6CD5\u5236(?=\u793A\u8303\u6751|\u793A\u8303\u793E\u533A|\u6751|\u793E\u533A)",
    replacement: "\u6C11\u4E3B\u6CD5\u6CBB",
    reason: "\u201C\u6C11\u4E3B\u6CD5\u6CBB\u793A\u8303\u6751\uFF08\u793E\u533A\uFF09\u201D\u662F\u73B0\u884C\u7684\u521B\u5EFA\u540D\u79F0",
    invalid: [
      "\u5168\u9547\u521B\u5EFA\u7701\u7EA7\u6C11\u4E3B\u6CD5\u5236\u793A\u8303\u67512\u4E2A\u3002"
    ],
    valid: [
      "\u5168\u9547\u521B\u5EFA\u7701\u7EA7\u6C11\u4E3B\u6CD5\u6CBB\u793A\u8303\u67512\u4E2A\u3002"
    ]
  },
  {
    id: "fa-zhi-ri-bao",
    match: "(?<!\u539F)\u6CD5\u5236\u65E5\u62A5",
    replacement: "\u6CD5\u6CBB\u65E5\u62A5",
    reason: "\u8BE5\u62A5\u4E8E2020\u5E748\u67081\u65E5\u66F4\u540D",
    since: 2020,
    invalid: [
      "\u6211\u9547\u7ECF\u9A8C\u505A\u6CD5\u88AB\u300A\u6CD5\u5236\u65E5\u62A5\u300B\u520A\u53D1\u63A8\u5E7F\u3002"
    ],
    valid: [
      "\u6211\u9547\u7ECF\u9A8C\u505A\u6CD5\u88AB\u300A\u6CD5\u6CBB\u65E5\u62A5\u300B\u520A\u53D1\u63A8\u5E7F\u3002"
    ]
  },
  {
    id: "zheng-fu-fa-zhi-ban",
    match: "(?<!\u539F[\u53BF\u5E02\u533A\u5DDE\u65D7\u76DF])(?<=[\u53BF\u5E02\u533A\u5DDE\u65D7\u76DF])(?:\u4EBA\u6C11\u653F\u5E9C|\u653F\u5E9C)?\u6CD5\u5236\u529E(?:\u516C\u5BA4)?",
    replacement: "\u53F8\u6CD5\u5C40",
    reason: "\u673A\u6784\u6539\u9769\u540E\u653F\u5E9C\u6CD5\u5236\u529E\u7684\u804C\u8D23\u5E76\u5165\u53F8\u6CD5\u884C\u653F\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u89C4\u8303\u6027\u6587\u4EF6\u62A5\u53BF\u653F\u5E9C\u6CD5\u5236\u529E\u5907\u6848\u5BA1\u67E5\u3002",
      "\u9080\u8BF7\u5E02\u6CD5\u5236\u529E\u516C\u5BA4\u4E13\u5BB6\u6388\u8BFE\u3002"
    ],
    valid: [
      "\u89C4\u8303\u6027\u6587\u4EF6\u62A5\u53BF\u53F8\u6CD5\u5C40\u5907\u6848\u5BA1\u67E5\u3002",
      "\u539F\u53BF\u653F\u5E9C\u6CD5\u5236\u529E\u804C\u8D23\u5DF2\u5212\u5165\u53BF\u53F8\u6CD5\u5C40\u3002",
      "\u53BF\u516C\u5B89\u5C40\u6CD5\u5236\u5927\u961F\u5F00\u5C55\u6267\u6CD5\u6848\u5377\u8BC4\u67E5\u3002"
    ]
  },
  {
    id: "guo-wu-yuan-fa-zhi-ban",
    match: "(?<!\u539F)\u56FD\u52A1\u9662\u6CD5\u5236\u529E(?:\u516C\u5BA4)?",
    replacement: "\u53F8\u6CD5\u90E8",
    reason: "\u673A\u6784\u6539\u9769\u540E\u56FD\u52A1\u9662\u6CD5\u5236\u529E\u516C\u5BA4\u7684\u804C\u8D23\u5E76\u5165\u53F8\u6CD5\u90E8",
    since: 2018,
    invalid: [
      "\u8BA4\u771F\u5B66\u4E60\u56FD\u52A1\u9662\u6CD5\u5236\u529E\u6709\u5173\u6587\u4EF6\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u5B66\u4E60\u53F8\u6CD5\u90E8\u6709\u5173\u6587\u4EF6\u3002"
    ]
  },
  {
    id: "gong-shang-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})\u5DE5\u5546(?:\u884C\u653F\u7BA1\u7406)?\u5C40",
    replacement: "\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40",
    reason: "\u673A\u6784\u6539\u9769\u540E\u5DE5\u5546\u884C\u653F\u7BA1\u7406\u90E8\u95E8\u7684\u804C\u8D23\u5E76\u5165\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u8054\u5408\u53BF\u5DE5\u5546\u5C40\u5F00\u5C55\u65E0\u7167\u7ECF\u8425\u4E13\u9879\u6574\u6CBB\u3002"
    ],
    valid: [
      "\u8054\u5408\u53BF\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40\u5F00\u5C55\u65E0\u7167\u7ECF\u8425\u4E13\u9879\u6574\u6CBB\u3002",
      "\u539F\u53BF\u5DE5\u5546\u5C40\u529E\u516C\u697C\u73B0\u7531\u53BF\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40\u4F7F\u7528\u3002"
    ]
  },
  {
    id: "gong-shang-zong-ju",
    match: "(?<!\u539F)(?:\u56FD\u5BB6)?\u5DE5\u5546(?:\u884C\u653F\u7BA1\u7406)?\u603B\u5C40",
    replacement: "\u56FD\u5BB6\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u603B\u5C40",
    reason: "\u673A\u6784\u6539\u9769\u540E\u56FD\u5BB6\u5DE5\u5546\u884C\u653F\u7BA1\u7406\u603B\u5C40\u7684\u804C\u8D23\u5E76\u5165\u56FD\u5BB6\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u603B\u5C40",
    since: 2018,
    invalid: [
      "\u6309\u7167\u56FD\u5BB6\u5DE5\u5546\u603B\u5C40\u6709\u5173\u89C4\u5B9A\u6267\u884C\u3002"
    ],
    valid: [
      "\u6309\u7167\u56FD\u5BB6\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u603B\u5C40\u6709\u5173\u89C4\u5B9A\u6267\u884C\u3002"
    ]
  },
  {
    id: "shi-yao-jian-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})(?:\u98DF\u54C1\u836F\u54C1\u76D1\u7763\u7BA1\u7406\u5C40|\u98DF\u836F\u76D1\u5C40)",
    replacement: "\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40",
    reason: "\u673A\u6784\u6539\u9769\u540E\u98DF\u54C1\u836F\u54C1\u76D1\u7BA1\u804C\u8D23\u5E76\u5165\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u53BF\u98DF\u836F\u76D1\u5C40\u5F00\u5C55\u6821\u56ED\u5468\u8FB9\u98DF\u54C1\u5B89\u5168\u68C0\u67E5\u3002"
    ],
    valid: [
      "\u53BF\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40\u5F00\u5C55\u6821\u56ED\u5468\u8FB9\u98DF\u54C1\u5B89\u5168\u68C0\u67E5\u3002",
      "\u7701\u836F\u54C1\u76D1\u7763\u7BA1\u7406\u5C40\u5F00\u5C55\u836F\u54C1\u5B89\u5168\u4E13\u9879\u6574\u6CBB\u3002"
    ]
  },
  {
    id: "zhi-jian-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})(?:\u8D28\u91CF\u6280\u672F\u76D1\u7763\u5C40|(?<![\u901A\u5229\u8BBE\u7A0B\u7B51])\u8D28\u76D1\u5C40)",
    replacement: "\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40",
    reason: "\u673A\u6784\u6539\u9769\u540E\u8D28\u91CF\u6280\u672F\u76D1\u7763\u90E8\u95E8\u7684\u804C\u8D23\u5E76\u5165\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u914D\u5408\u53BF\u8D28\u76D1\u5C40\u5F00\u5C55\u7279\u79CD\u8BBE\u5907\u5B89\u5168\u68C0\u67E5\u3002"
    ],
    valid: [
      "\u914D\u5408\u53BF\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40\u5F00\u5C55\u7279\u79CD\u8BBE\u5907\u5B89\u5168\u68C0\u67E5\u3002",
      "\u539F\u53BF\u5DE5\u5546\u5C40\u3001\u53BF\u8D28\u76D1\u5C40\u3001\u53BF\u98DF\u836F\u76D1\u5C40\u7684\u6267\u6CD5\u4EBA\u5458\u5DF2\u5168\u90E8\u5212\u8F6C\u81F3\u53BF\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40\u3002"
    ]
  },
  {
    id: "an-jian-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})(?:\u5B89\u5168\u751F\u4EA7\u76D1\u7763\u7BA1\u7406\u5C40|(?<![\u7B51\u8BBE])\u5B89\u76D1\u5C40)",
    replacement: "\u5E94\u6025\u7BA1\u7406\u5C40",
    reason: "\u673A\u6784\u6539\u9769\u540E\u5B89\u5168\u751F\u4EA7\u76D1\u7763\u7BA1\u7406\u90E8\u95E8\u7684\u804C\u8D23\u5E76\u5165\u5E94\u6025\u7BA1\u7406\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u914D\u5408\u53BF\u5B89\u76D1\u5C40\u5F00\u5C55\u5B89\u5168\u751F\u4EA7\u6267\u6CD5\u68C0\u67E5\u3002"
    ],
    valid: [
      "\u914D\u5408\u53BF\u5E94\u6025\u7BA1\u7406\u5C40\u5F00\u5C55\u5B89\u5168\u751F\u4EA7\u6267\u6CD5\u68C0\u67E5\u3002"
    ]
  },
  {
    id: "an-jian-zong-ju",
    match: "(?<!\u539F)(?:\u56FD\u5BB6)?\u5B89(?:\u5168\u751F\u4EA7)?\u76D1(?:\u7763\u7BA1\u7406)?\u603B\u5C40",
    replacement: "\u5E94\u6025\u7BA1\u7406\u90E8",
    reason: "\u673A\u6784\u6539\u9769\u540E\u56FD\u5BB6\u5B89\u5168\u751F\u4EA7\u76D1\u7763\u7BA1\u7406\u603B\u5C40\u7684\u804C\u8D23\u5E76\u5165\u5E94\u6025\u7BA1\u7406\u90E8",
    since: 2018,
    invalid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u56FD\u5BB6\u5B89\u76D1\u603B\u5C40\u90E8\u7F72\u8981\u6C42\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u5E94\u6025\u7BA1\u7406\u90E8\u90E8\u7F72\u8981\u6C42\u3002"
    ]
  },
  {
    id: "guo-tu-zi-yuan",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})\u56FD\u571F\u8D44\u6E90(?=\u5C40|\u5385|\u90E8|\u6240)",
    replacement: "\u81EA\u7136\u8D44\u6E90",
    reason: "\u673A\u6784\u6539\u9769\u540E\u56FD\u571F\u8D44\u6E90\u90E8\u95E8\u6539\u7EC4\u4E3A\u81EA\u7136\u8D44\u6E90\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u8054\u5408\u53BF\u56FD\u571F\u8D44\u6E90\u5C40\u5F00\u5C55\u8FDD\u6CD5\u5360\u5730\u6574\u6CBB\u3002"
    ],
    valid: [
      "\u8054\u5408\u53BF\u81EA\u7136\u8D44\u6E90\u5C40\u5F00\u5C55\u8FDD\u6CD5\u5360\u5730\u6574\u6CBB\u3002",
      "\u539F\u56FD\u571F\u8D44\u6E90\u5C40\u6863\u6848\u5DF2\u79FB\u4EA4\u3002"
    ]
  },
  {
    id: "huan-bao-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})(?:\u73AF\u5883\u4FDD\u62A4|\u73AF\u4FDD)(?=\u5C40|\u5385|\u90E8(?![\u95E8\u7F72\u5206\u4F4D\u961F]))",
    replacement: "\u751F\u6001\u73AF\u5883",
    reason: "\u673A\u6784\u6539\u9769\u540E\u73AF\u5883\u4FDD\u62A4\u90E8\u95E8\u6539\u7EC4\u4E3A\u751F\u6001\u73AF\u5883\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u914D\u5408\u53BF\u73AF\u4FDD\u5C40\u5F00\u5C55\u73AF\u5883\u6267\u6CD5\u68C0\u67E5\u3002",
      "\u6309\u7167\u7701\u73AF\u5883\u4FDD\u62A4\u5385\u8981\u6C42\u5F00\u5C55\u7763\u5BDF\u6574\u6539\u3002"
    ],
    valid: [
      "\u914D\u5408\u5E02\u751F\u6001\u73AF\u5883\u5C40\u5F00\u5C55\u73AF\u5883\u6267\u6CD5\u68C0\u67E5\u3002",
      "\u4F1A\u540C\u73AF\u4FDD\u90E8\u95E8\u5F00\u5C55\u8054\u5408\u6267\u6CD5\u3002"
    ]
  },
  {
    id: "xin-fang-tiao-li",
    match: "(?<=\u300A)\u4FE1\u8BBF\u6761\u4F8B(?=\u300B)",
    replacement: "\u4FE1\u8BBF\u5DE5\u4F5C\u6761\u4F8B",
    reason: "\u300A\u4FE1\u8BBF\u5DE5\u4F5C\u6761\u4F8B\u300B\u81EA2022\u5E745\u67081\u65E5\u8D77\u65BD\u884C",
    since: 2022,
    invalid: [
      "\u8BA4\u771F\u8D2F\u5F7B\u843D\u5B9E\u300A\u4FE1\u8BBF\u6761\u4F8B\u300B\uFF0C\u4F9D\u6CD5\u5904\u7406\u4FE1\u8BBF\u4E8B\u9879\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u8D2F\u5F7B\u843D\u5B9E\u300A\u4FE1\u8BBF\u5DE5\u4F5C\u6761\u4F8B\u300B\uFF0C\u4F9D\u6CD5\u5904\u7406\u4FE1\u8BBF\u4E8B\u9879\u3002",
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u5C71\u4E1C\u7701\u4FE1\u8BBF\u6761\u4F8B\u300B\u3002"
    ]
  },
  {
    id: "wei-ji-wei",
    match: "\u536B\u8BA1(?=\u59D4|\u5C40)",
    replacement: "\u536B\u5065",
    reason: "\u673A\u6784\u6539\u9769\u540E\u536B\u751F\u8BA1\u751F\u90E8\u95E8\u6539\u7EC4\u4E3A\u536B\u751F\u5065\u5EB7\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u8054\u5408\u53BF\u536B\u8BA1\u5C40\u5F00\u5C55\u533B\u7597\u536B\u751F\u76D1\u7763\u6267\u6CD5\u3002"
    ],
    valid: [
      "\u8054\u5408\u53BF\u536B\u5065\u5C40\u5F00\u5C55\u533B\u7597\u536B\u751F\u76D1\u7763\u6267\u6CD5\u3002"
    ]
  },
  {
    id: "wei-sheng-ji-sheng",
    match: "(?:\u536B\u751F\u548C\u8BA1\u5212\u751F\u80B2|\u536B\u751F\u8BA1\u751F)(?=\u59D4\u5458\u4F1A|\u59D4|\u5C40)",
    replacement: "\u536B\u751F\u5065\u5EB7",
    reason: "\u673A\u6784\u6539\u9769\u540E\u536B\u751F\u8BA1\u751F\u90E8\u95E8\u6539\u7EC4\u4E3A\u536B\u751F\u5065\u5EB7\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u53BF\u536B\u751F\u548C\u8BA1\u5212\u751F\u80B2\u5C40\u5F00\u5C55\u4E13\u9879\u68C0\u67E5\u3002"
    ],
    valid: [
      "\u53BF\u536B\u751F\u5065\u5EB7\u5C40\u5F00\u5C55\u4E13\u9879\u68C0\u67E5\u3002"
    ]
  },
  {
    id: "nong-ye-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})(?<![\u755C])\u519C\u4E1A\u5C40",
    replacement: "\u519C\u4E1A\u519C\u6751\u5C40",
    reason: "\u673A\u6784\u6539\u9769\u540E\u519C\u4E1A\u90E8\u95E8\u6539\u7EC4\u4E3A\u519C\u4E1A\u519C\u6751\u90E8\u95E8",
    since: 2018,
    invalid: [
      "\u4F1A\u540C\u53BF\u519C\u4E1A\u5C40\u5F00\u5C55\u519C\u8D44\u6253\u5047\u4E13\u9879\u884C\u52A8\u3002"
    ],
    valid: [
      "\u4F1A\u540C\u53BF\u519C\u4E1A\u519C\u6751\u5C40\u5F00\u5C55\u519C\u8D44\u6253\u5047\u4E13\u9879\u884C\u52A8\u3002"
    ]
  },
  {
    id: "jian-cha-ju",
    match: "(?<!\u539F[\u53BF\u5E02\u533A\u5DDE\u65D7\u76DF])(?<=[\u53BF\u5E02\u533A\u5DDE\u65D7\u76DF])\u76D1\u5BDF\u5C40",
    replacement: "\u76D1\u5BDF\u59D4\u5458\u4F1A",
    reason: "\u56FD\u5BB6\u76D1\u5BDF\u4F53\u5236\u6539\u9769\u540E\u884C\u653F\u76D1\u5BDF\u673A\u5173\u5E76\u5165\u76D1\u5BDF\u59D4\u5458\u4F1A",
    since: 2018,
    invalid: [
      "\u4E3B\u52A8\u63A5\u53D7\u53BF\u76D1\u5BDF\u5C40\u76D1\u7763\u3002"
    ],
    valid: [
      "\u4E3B\u52A8\u63A5\u53D7\u53BF\u76D1\u5BDF\u59D4\u5458\u4F1A\u76D1\u7763\u3002",
      "\u56FD\u5BB6\u77FF\u5C71\u5B89\u5168\u76D1\u5BDF\u5C40\u5F00\u5C55\u4E13\u9879\u68C0\u67E5\u3002"
    ]
  },
  {
    id: "di-shui-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})(?:\u5730\u65B9\u7A0E\u52A1\u5C40|\u5730\u7A0E\u5C40)",
    replacement: "\u7A0E\u52A1\u5C40",
    reason: "\u56FD\u7A0E\u5730\u7A0E\u5F81\u7BA1\u4F53\u5236\u6539\u9769\u540E\u7EDF\u4E00\u4E3A\u7A0E\u52A1\u5C40",
    since: 2018,
    invalid: [
      "\u914D\u5408\u53BF\u5730\u7A0E\u5C40\u5F00\u5C55\u7A0E\u6CD5\u5BA3\u4F20\u3002"
    ],
    valid: [
      "\u914D\u5408\u53BF\u7A0E\u52A1\u5C40\u5F00\u5C55\u7A0E\u6CD5\u5BA3\u4F20\u3002"
    ]
  },
  {
    id: "guo-shui-ju",
    match: "(?<!\u539F[^\uFF0C\u3002\uFF1B\\s]{0,12})(?:\u56FD\u5BB6\u7A0E\u52A1\u5C40|\u56FD\u7A0E\u5C40)",
    replacement: "\u7A0E\u52A1\u5C40",
    reason: "\u56FD\u7A0E\u5730\u7A0E\u5F81\u7BA1\u4F53\u5236\u6539\u9769\u540E\u7EDF\u4E00\u4E3A\u7A0E\u52A1\u5C40",
    since: 2018,
    invalid: [
      "\u914D\u5408\u53BF\u56FD\u7A0E\u5C40\u5F00\u5C55\u7A0E\u6CD5\u5BA3\u4F20\u6708\u6D3B\u52A8\u3002"
    ],
    valid: [
      "\u914D\u5408\u53BF\u7A0E\u52A1\u5C40\u5F00\u5C55\u7A0E\u6CD5\u5BA3\u4F20\u6708\u6D3B\u52A8\u3002",
      "\u56FD\u5BB6\u7A0E\u52A1\u603B\u5C40\u53D1\u5E03\u516C\u544A\u3002"
    ]
  },
  {
    id: "quan-guo-ren-da-fa-lv-wei",
    match: "(?<=\u5168\u56FD\u4EBA\u5927|\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A)\u6CD5\u5F8B\u59D4\u5458\u4F1A",
    replacement: "\u5BAA\u6CD5\u548C\u6CD5\u5F8B\u59D4\u5458\u4F1A",
    reason: "\u5BAA\u6CD5\u4FEE\u6B63\u6848\u5C06\u5168\u56FD\u4EBA\u5927\u6CD5\u5F8B\u59D4\u5458\u4F1A\u66F4\u540D\u4E3A\u5BAA\u6CD5\u548C\u6CD5\u5F8B\u59D4\u5458\u4F1A",
    since: 2018,
    invalid: [
      "\u5168\u56FD\u4EBA\u5927\u6CD5\u5F8B\u59D4\u5458\u4F1A\u5BA1\u8BAE\u4E86\u8349\u6848\u3002"
    ],
    valid: [
      "\u5168\u56FD\u4EBA\u5927\u5BAA\u6CD5\u548C\u6CD5\u5F8B\u59D4\u5458\u4F1A\u5BA1\u8BAE\u4E86\u8349\u6848\u3002"
    ]
  }
];

// data/formulations.json
var formulations_default = [
  {
    id: "xi-thought",
    canonical: "\u4E60\u8FD1\u5E73\u65B0\u65F6\u4EE3\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u601D\u60F3",
    kind: "formulation",
    reason: "\u515A\u7684\u6307\u5BFC\u601D\u60F3\uFF0C\u987B\u5B8C\u6574\u51C6\u786E\u8868\u8FF0",
    invalid: [
      "\u575A\u6301\u4EE5\u4E60\u8FD1\u5E73\u65B0\u65F6\u4EE3\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u601D\u60F3\u4E3A\u6307\u5BFC\u3002",
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u4E60\u8FD1\u5E73\u65B0\u65F6\u4EE3\u4E2D\u56FD\u7279\u8272\u4E3B\u4E49\u601D\u60F3\u3002"
    ],
    valid: [
      "\u575A\u6301\u4EE5\u4E60\u8FD1\u5E73\u65B0\u65F6\u4EE3\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u601D\u60F3\u4E3A\u6307\u5BFC\u3002"
    ],
    localAdaptations: [
      "\u4E60\u8FD1\u5E73\u65B0\u65F6\u4EE3\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49(?:\u7ECF\u6D4E|\u5916\u4EA4|\u5F3A\u519B)\u601D\u60F3"
    ]
  },
  {
    id: "xi-rule-of-law-thought",
    canonical: "\u4E60\u8FD1\u5E73\u6CD5\u6CBB\u601D\u60F3",
    kind: "formulation",
    reason: "\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u7684\u6839\u672C\u9075\u5FAA\u548C\u884C\u52A8\u6307\u5357\uFF0C\u987B\u51C6\u786E\u8868\u8FF0",
    invalid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u4E60\u8FD1\u5E73\u6CD5\u5236\u601D\u60F3\u3002"
    ],
    valid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u4E60\u8FD1\u5E73\u6CD5\u6CBB\u601D\u60F3\u3002"
    ]
  },
  {
    id: "comprehensive-law-based-governance",
    canonical: "\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u516B\u5927\u4EE5\u6765\u7684\u89C4\u8303\u8868\u8FF0",
    localAdaptations: [
      "\u5168\u9762\u4F9D\u6CD5\u6CBB(?!\u56FD)[\\u4e00-\\u9fff]"
    ],
    invalid: [
      "\u6DF1\u5165\u5B66\u4E60\u4E60\u8FD1\u5E73\u603B\u4E66\u8BB0\u5173\u4E8E\u5168\u9762\u4F9D\u6CD5\u51B6\u56FD\u7684\u91CD\u8981\u8BBA\u8FF0\u3002"
    ],
    valid: [
      "\u6DF1\u5165\u5B66\u4E60\u4E60\u8FD1\u5E73\u603B\u4E66\u8BB0\u5173\u4E8E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u7684\u91CD\u8981\u8BBA\u8FF0\u3002",
      "\u627F\u62C5\u5168\u9762\u4F9D\u6CD5\u6CBB\u9547\u5177\u4F53\u5DE5\u4F5C\u3002",
      "\u575A\u6301\u5168\u9762\u4F9D\u6CD5\u6CBB\u6821\uFF0C\u63A8\u8FDB\u5168\u9762\u4F9D\u6CD5\u6CBB\u7406\u3002"
    ]
  },
  {
    id: "organic-unity",
    canonical: "\u515A\u7684\u9886\u5BFC\u3001\u4EBA\u6C11\u5F53\u5BB6\u4F5C\u4E3B\u3001\u4F9D\u6CD5\u6CBB\u56FD\u6709\u673A\u7EDF\u4E00",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u4E5D\u5927\u62A5\u544A\u8868\u8FF0\uFF0C\u201C\u5F53\u5BB6\u4F5C\u4E3B\u201D\u4E0D\u4F5C\u201C\u5F53\u5BB6\u505A\u4E3B\u201D\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u575A\u6301\u515A\u7684\u9886\u5BFC\u3001\u4EBA\u6C11\u5F53\u5BB6\u505A\u4E3B\u3001\u4F9D\u6CD5\u6CBB\u56FD\u6709\u673A\u7EDF\u4E00\u3002",
      "\u575A\u6301\u515A\u7684\u9886\u5BFC\u3001\u4F9D\u6CD5\u6CBB\u56FD\u3001\u4EBA\u6C11\u5F53\u5BB6\u4F5C\u4E3B\u6709\u673A\u7EDF\u4E00\u3002"
    ],
    valid: [
      "\u59CB\u7EC8\u575A\u6301\u515A\u7684\u9886\u5BFC\u3001\u4EBA\u6C11\u5F53\u5BB6\u4F5C\u4E3B\u3001\u4F9D\u6CD5\u6CBB\u56FD\u6709\u673A\u7EDF\u4E00\u3002"
    ]
  },
  {
    id: "three-in-one-construction",
    canonical: "\u6CD5\u6CBB\u56FD\u5BB6\u3001\u6CD5\u6CBB\u653F\u5E9C\u3001\u6CD5\u6CBB\u793E\u4F1A\u4E00\u4F53\u5EFA\u8BBE",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u516B\u5C4A\u56DB\u4E2D\u5168\u4F1A\u4EE5\u6765\u7684\u89C4\u8303\u8868\u8FF0\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u575A\u6301\u6CD5\u6CBB\u56FD\u5BB6\u3001\u6CD5\u6CBB\u793E\u4F1A\u3001\u6CD5\u6CBB\u653F\u5E9C\u4E00\u4F53\u5EFA\u8BBE\u3002"
    ],
    valid: [
      "\u575A\u6301\u6CD5\u6CBB\u56FD\u5BB6\u3001\u6CD5\u6CBB\u653F\u5E9C\u3001\u6CD5\u6CBB\u793E\u4F1A\u4E00\u4F53\u5EFA\u8BBE\u3002",
      "\u575A\u6301\u6CD5\u6CBB\u9752\u57CE\u3001\u6CD5\u6CBB\u8857\u9053\u3001\u6CD5\u6CBB\u793E\u4F1A\u4E00\u4F53\u5EFA\u8BBE\u3002"
    ],
    localAdaptations: [
      "\u6CD5\u6CBB(?:\u56FD\u5BB6|\u4E2D\u56FD|[\\u4e00-\\u9fff]{2,4})\u3001\u6CD5\u6CBB(?:\u653F\u5E9C|\u4E61\u9547|\u4E61\u6751|\u8857\u9053)\u3001\u6CD5\u6CBB\u793E\u4F1A(?:\u4E00\u4F53)?\u5EFA\u8BBE"
    ]
  },
  {
    id: "joint-advancement",
    canonical: "\u4F9D\u6CD5\u6CBB\u56FD\u3001\u4F9D\u6CD5\u6267\u653F\u3001\u4F9D\u6CD5\u884C\u653F\u5171\u540C\u63A8\u8FDB",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u516B\u5C4A\u56DB\u4E2D\u5168\u4F1A\u4EE5\u6765\u7684\u89C4\u8303\u8868\u8FF0\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    localAdaptations: [
      "\u4F9D\u6CD5\u6CBB(?:[\u7701\u5E02\u53BF\u533A\u5DDE\u76DF\u65D7\u9547\u4E61]|[\u4EAC\u6D25\u6CAA\u6E1D\u5180\u8C6B\u4E91\u8FBD\u9ED1\u6E58\u7696\u9C81\u65B0\u82CF\u6D59\u8D63\u9102\u6842\u7518\u664B\u8499\u9655\u5409\u95FD\u8D35\u7CA4\u9752\u85CF\u5DDD\u5B81\u743C])\u3001\u4F9D\u6CD5\u6267\u653F\u3001\u4F9D\u6CD5\u884C\u653F\u5171\u540C\u63A8\u8FDB"
    ],
    invalid: [
      "\u575A\u6301\u4F9D\u6CD5\u6CBB\u56FD\u3001\u4F9D\u6CD5\u884C\u653F\u3001\u4F9D\u6CD5\u6267\u653F\u5171\u540C\u63A8\u8FDB\u3002"
    ],
    valid: [
      "\u575A\u6301\u4F9D\u6CD5\u6CBB\u56FD\u3001\u4F9D\u6CD5\u6267\u653F\u3001\u4F9D\u6CD5\u884C\u653F\u5171\u540C\u63A8\u8FDB\u3002",
      "\u575A\u6301\u4F9D\u6CD5\u6CBB\u53BF\u3001\u4F9D\u6CD5\u6267\u653F\u3001\u4F9D\u6CD5\u884C\u653F\u5171\u540C\u63A8\u8FDB\u3002",
      "\u575A\u6301\u4F9D\u6CD5\u6CBB\u85CF\u3001\u4F9D\u6CD5\u6267\u653F\u3001\u4F9D\u6CD5\u884C\u653F\u5171\u540C\u63A8\u8FDB\u3002"
    ]
  },
  {
    id: "sixteen-characters",
    canonical: "\u79D1\u5B66\u7ACB\u6CD5\u3001\u4E25\u683C\u6267\u6CD5\u3001\u516C\u6B63\u53F8\u6CD5\u3001\u5168\u6C11\u5B88\u6CD5",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u516B\u5927\u63D0\u51FA\u7684\u6CD5\u6CBB\u5EFA\u8BBE\u65B0\u5341\u516D\u5B57\u65B9\u9488",
    invalid: [
      "\u63A8\u8FDB\u79D1\u5B66\u7ACB\u6CD5\u3001\u4E25\u683C\u6267\u6CD5\u3001\u516C\u8BC1\u53F8\u6CD5\u3001\u5168\u6C11\u5B88\u6CD5\u3002",
      "\u63A8\u8FDB\u79D1\u5B66\u7ACB\u6CD5\u3001\u516C\u6B63\u53F8\u6CD5\u3001\u4E25\u683C\u6267\u6CD5\u3001\u5168\u6C11\u5B88\u6CD5\u3002"
    ],
    valid: [
      "\u63A8\u8FDB\u79D1\u5B66\u7ACB\u6CD5\u3001\u4E25\u683C\u6267\u6CD5\u3001\u516C\u6B63\u53F8\u6CD5\u3001\u5168\u6C11\u5B88\u6CD5\u3002"
    ]
  },
  {
    id: "old-sixteen-characters",
    canonical: "\u6709\u6CD5\u53EF\u4F9D\u3001\u6709\u6CD5\u5FC5\u4F9D\u3001\u6267\u6CD5\u5FC5\u4E25\u3001\u8FDD\u6CD5\u5FC5\u7A76",
    kind: "formulation",
    reason: "\u793E\u4F1A\u4E3B\u4E49\u6CD5\u5236\u5EFA\u8BBE\u5341\u516D\u5B57\u65B9\u9488",
    invalid: [
      "\u505A\u5230\u6709\u6CD5\u53EF\u4F9D\u3001\u6709\u6CD5\u5FC5\u4F9D\u3001\u6267\u6CD5\u5FC5\u4E25\u3001\u8FDD\u6CD5\u5FC5\u7EA0\u3002"
    ],
    valid: [
      "\u505A\u5230\u6709\u6CD5\u53EF\u4F9D\u3001\u6709\u6CD5\u5FC5\u4F9D\u3001\u6267\u6CD5\u5FC5\u4E25\u3001\u8FDD\u6CD5\u5FC5\u7A76\u3002"
    ]
  },
  {
    id: "who-enforces-educates",
    canonical: "\u8C01\u6267\u6CD5\u8C01\u666E\u6CD5",
    kind: "formulation",
    reason: "\u56FD\u5BB6\u673A\u5173\u666E\u6CD5\u8D23\u4EFB\u5236\u7684\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u843D\u5B9E\u8C01\u6267\u6CD5\u666E\u6CD5\u8D23\u4EFB\u5236\u3002"
    ],
    valid: [
      "\u843D\u5B9E\u201C\u8C01\u6267\u6CD5\u8C01\u666E\u6CD5\u201D\u666E\u6CD5\u8D23\u4EFB\u5236\u3002"
    ]
  },
  {
    id: "fengqiao-experience",
    canonical: "\u65B0\u65F6\u4EE3\u201C\u67AB\u6865\u7ECF\u9A8C\u201D",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\u4E3A\u575A\u6301\u548C\u53D1\u5C55\u65B0\u65F6\u4EE3\u201C\u67AB\u6865\u7ECF\u9A8C\u201D",
    localAdaptations: [
      "\u65B0\u65F6\u4EE3\u2018\u67AB\u6865\u7ECF\u9A8C\u2019"
    ],
    invalid: [
      "\u575A\u6301\u548C\u53D1\u5C55\u65B0\u65F6\u671F\u201C\u67AB\u6865\u7ECF\u9A8C\u201D\u3002",
      "\u575A\u6301\u548C\u53D1\u5C55\u65B0\u65F6\u4EE3\u201C\u5CF0\u6865\u7ECF\u9A8C\u201D\u3002"
    ],
    valid: [
      "\u575A\u6301\u548C\u53D1\u5C55\u65B0\u65F6\u4EE3\u201C\u67AB\u6865\u7ECF\u9A8C\u201D\u3002",
      "\u4ED6\u8BF4\uFF1A\u201C\u8981\u575A\u6301\u548C\u53D1\u5C55\u65B0\u65F6\u4EE3\u2018\u67AB\u6865\u7ECF\u9A8C\u2019\u3002\u201D"
    ]
  },
  {
    id: "rule-of-law-system",
    canonical: "\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u4F53\u7CFB",
    kind: "formulation",
    reason: "\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u7684\u603B\u6293\u624B",
    invalid: [
      "\u52A0\u5FEB\u5EFA\u8BBE\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u6CD5\u5236\u4F53\u7CFB\u3002"
    ],
    valid: [
      "\u52A0\u5FEB\u5EFA\u8BBE\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u4F53\u7CFB\u3002"
    ],
    localAdaptations: [
      "\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49(?:\u6CD5\u6CBB(?:\u9053\u8DEF|\u7406\u8BBA|\u4F53\u7CFB|\u6587\u5316)|\u6CD5\u5F8B\u4F53\u7CFB|\u7406\u8BBA\u4F53\u7CFB|\u5236\u5EA6\u4F53\u7CFB|\u9053\u8DEF|\u5236\u5EA6|\u7406\u8BBA|\u6587\u5316)"
    ]
  },
  {
    id: "rule-of-law-road",
    canonical: "\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u9053\u8DEF",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u575A\u5B9A\u4E0D\u79FB\u8D70\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u6CD5\u5236\u9053\u8DEF\u3002"
    ],
    valid: [
      "\u575A\u5B9A\u4E0D\u79FB\u8D70\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u9053\u8DEF\u3002"
    ],
    localAdaptations: [
      "\u4E2D\u56FD\u7279\u8272\u793E\u4F1A\u4E3B\u4E49(?:\u6CD5\u6CBB(?:\u9053\u8DEF|\u7406\u8BBA|\u4F53\u7CFB|\u6587\u5316)|\u6CD5\u5F8B\u4F53\u7CFB|\u7406\u8BBA\u4F53\u7CFB|\u5236\u5EA6\u4F53\u7CFB|\u9053\u8DEF|\u5236\u5EA6|\u7406\u8BBA|\u6587\u5316)"
    ]
  },
  {
    id: "strict-enforcement",
    canonical: "\u4E25\u683C\u89C4\u8303\u516C\u6B63\u6587\u660E\u6267\u6CD5",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u516B\u5C4A\u56DB\u4E2D\u5168\u4F1A\u4EE5\u6765\u7684\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u575A\u6301\u4E25\u683C\u89C4\u8303\u6587\u660E\u516C\u6B63\u6267\u6CD5\u3002"
    ],
    valid: [
      "\u5168\u9762\u63A8\u8FDB\u4E25\u683C\u89C4\u8303\u516C\u6B63\u6587\u660E\u6267\u6CD5\u3002"
    ]
  },
  {
    id: "law-based-government-goal",
    canonical: "\u804C\u80FD\u79D1\u5B66\u3001\u6743\u8D23\u6CD5\u5B9A\u3001\u6267\u6CD5\u4E25\u660E\u3001\u516C\u5F00\u516C\u6B63\u3001\u667A\u80FD\u9AD8\u6548\u3001\u5EC9\u6D01\u8BDA\u4FE1\u3001\u4EBA\u6C11\u6EE1\u610F",
    kind: "formulation",
    reason: "\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082021\u20142025\u5E74\uFF09\u300B\u63D0\u51FA\u7684\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u603B\u4F53\u76EE\u6807",
    invalid: [
      "\u5168\u9762\u5EFA\u8BBE\u804C\u80FD\u79D1\u5B66\u3001\u6743\u8D23\u6CD5\u5B9A\u3001\u6267\u6CD5\u4E25\u660E\u3001\u516C\u6B63\u516C\u5F00\u3001\u667A\u80FD\u9AD8\u6548\u3001\u5EC9\u6D01\u8BDA\u4FE1\u3001\u4EBA\u6C11\u6EE1\u610F\u7684\u6CD5\u6CBB\u653F\u5E9C\u3002"
    ],
    valid: [
      "\u5168\u9762\u5EFA\u8BBE\u804C\u80FD\u79D1\u5B66\u3001\u6743\u8D23\u6CD5\u5B9A\u3001\u6267\u6CD5\u4E25\u660E\u3001\u516C\u5F00\u516C\u6B63\u3001\u667A\u80FD\u9AD8\u6548\u3001\u5EC9\u6D01\u8BDA\u4FE1\u3001\u4EBA\u6C11\u6EE1\u610F\u7684\u6CD5\u6CBB\u653F\u5E9C\u3002"
    ]
  },
  {
    id: "fang-guan-fu",
    canonical: "\u201C\u653E\u7BA1\u670D\u201D\u6539\u9769",
    kind: "formulation",
    reason: "\u89C4\u8303\u5199\u6CD5\u4E3A\u5E26\u5F15\u53F7\u7684\u201C\u653E\u7BA1\u670D\u201D\u6539\u9769",
    invalid: [
      "\u6301\u7EED\u6DF1\u5316\u201C\u7BA1\u653E\u670D\u201D\u6539\u9769\u3002"
    ],
    valid: [
      "\u6301\u7EED\u6DF1\u5316\u201C\u653E\u7BA1\u670D\u201D\u6539\u9769\u3002"
    ]
  },
  {
    id: "fang-guan-fu-full",
    canonical: "\u7B80\u653F\u653E\u6743\u3001\u653E\u7BA1\u7ED3\u5408\u3001\u4F18\u5316\u670D\u52A1",
    kind: "formulation",
    reason: "\u201C\u653E\u7BA1\u670D\u201D\u6539\u9769\u7684\u5B8C\u6574\u8868\u8FF0",
    invalid: [
      "\u575A\u6301\u7B80\u653F\u653E\u6743\u3001\u653E\u7BA1\u7ED3\u5408\u3001\u670D\u52A1\u4F18\u5316\u3002"
    ],
    valid: [
      "\u575A\u6301\u7B80\u653F\u653E\u6743\u3001\u653E\u7BA1\u7ED3\u5408\u3001\u4F18\u5316\u670D\u52A1\u3002"
    ]
  },
  {
    id: "four-two",
    canonical: "\u589E\u5F3A\u201C\u56DB\u4E2A\u610F\u8BC6\u201D\u3001\u575A\u5B9A\u201C\u56DB\u4E2A\u81EA\u4FE1\u201D\u3001\u505A\u5230\u201C\u4E24\u4E2A\u7EF4\u62A4\u201D",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\uFF0C\u642D\u914D\u56FA\u5B9A",
    localAdaptations: [
      "(?:\u589E\u5F3A|\u6811\u7262|\u7262\u56FA\u6811\u7ACB)\u201C\u56DB\u4E2A\u610F\u8BC6\u201D[\u3001\uFF0C](?:\u575A\u5B9A|\u575A\u5B9A\u4E0D\u79FB)?\u201C\u56DB\u4E2A\u81EA\u4FE1\u201D[\u3001\uFF0C](?:\u575A\u51B3)?\u505A\u5230\u201C\u4E24\u4E2A\u7EF4\u62A4\u201D"
    ],
    invalid: [
      "\u589E\u5F3A\u201C\u56DB\u4E2A\u81EA\u4FE1\u201D\u3001\u575A\u5B9A\u201C\u56DB\u4E2A\u610F\u8BC6\u201D\u3001\u505A\u5230\u201C\u4E24\u4E2A\u7EF4\u62A4\u201D\u3002"
    ],
    valid: [
      "\u6DF1\u523B\u9886\u609F\u201C\u4E24\u4E2A\u786E\u7ACB\u201D\u7684\u51B3\u5B9A\u6027\u610F\u4E49\uFF0C\u589E\u5F3A\u201C\u56DB\u4E2A\u610F\u8BC6\u201D\u3001\u575A\u5B9A\u201C\u56DB\u4E2A\u81EA\u4FE1\u201D\u3001\u505A\u5230\u201C\u4E24\u4E2A\u7EF4\u62A4\u201D\u3002",
      "\u6811\u7262\u201C\u56DB\u4E2A\u610F\u8BC6\u201D\uFF0C\u575A\u5B9A\u201C\u56DB\u4E2A\u81EA\u4FE1\u201D\uFF0C\u575A\u51B3\u505A\u5230\u201C\u4E24\u4E2A\u7EF4\u62A4\u201D\u3002"
    ]
  },
  {
    id: "two-establishments",
    canonical: "\u201C\u4E24\u4E2A\u786E\u7ACB\u201D\u7684\u51B3\u5B9A\u6027\u610F\u4E49",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u6DF1\u523B\u9886\u609F\u201C\u4E24\u4E2A\u786E\u7ACB\u201D\u7684\u51B3\u5B9A\u610F\u4E49\u3002"
    ],
    valid: [
      "\u6DF1\u523B\u9886\u609F\u201C\u4E24\u4E2A\u786E\u7ACB\u201D\u7684\u51B3\u5B9A\u6027\u610F\u4E49\u3002",
      "\u6DF1\u523B\u8BA4\u8BC6\u201C\u4E24\u4E2A\u786E\u7ACB\u201D\u7684\u51B3\u5B9A\u6027\u610F\u4E49\u3002"
    ]
  },
  {
    id: "five-four",
    canonical: "\u7EDF\u7B79\u63A8\u8FDB\u201C\u4E94\u4F4D\u4E00\u4F53\u201D\u603B\u4F53\u5E03\u5C40\u3001\u534F\u8C03\u63A8\u8FDB\u201C\u56DB\u4E2A\u5168\u9762\u201D\u6218\u7565\u5E03\u5C40",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\uFF0C\u201C\u603B\u4F53\u5E03\u5C40\u201D\u201C\u6218\u7565\u5E03\u5C40\u201D\u4E0D\u53EF\u4E92\u6362",
    invalid: [
      "\u7EDF\u7B79\u63A8\u8FDB\u201C\u4E94\u4F4D\u4E00\u4F53\u201D\u6218\u7565\u5E03\u5C40\u3001\u534F\u8C03\u63A8\u8FDB\u201C\u56DB\u4E2A\u5168\u9762\u201D\u603B\u4F53\u5E03\u5C40\u3002"
    ],
    valid: [
      "\u7EDF\u7B79\u63A8\u8FDB\u201C\u4E94\u4F4D\u4E00\u4F53\u201D\u603B\u4F53\u5E03\u5C40\u3001\u534F\u8C03\u63A8\u8FDB\u201C\u56DB\u4E2A\u5168\u9762\u201D\u6218\u7565\u5E03\u5C40\u3002"
    ]
  },
  {
    id: "twentieth-congress",
    canonical: "\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C\u4E8C\u5341\u6B21\u5168\u56FD\u4EE3\u8868\u5927\u4F1A",
    kind: "formulation",
    reason: "\u515A\u7684\u5168\u56FD\u4EE3\u8868\u5927\u4F1A\u79F0\u201C\u7B2C\xD7\u6B21\u201D\uFF0C\u4E2D\u592E\u59D4\u5458\u4F1A\u79F0\u201C\u7B2C\xD7\u5C4A\u201D",
    invalid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C\u4E8C\u5341\u5C4A\u5168\u56FD\u4EE3\u8868\u5927\u4F1A\u7CBE\u795E\u3002"
    ],
    valid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C\u4E8C\u5341\u6B21\u5168\u56FD\u4EE3\u8868\u5927\u4F1A\u7CBE\u795E\u3002"
    ],
    localAdaptations: [
      "\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C(?:\u5341[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]?|\u4E8C\u5341)\u6B21\u5168\u56FD\u4EE3\u8868\u5927\u4F1A"
    ]
  },
  {
    id: "twentieth-third-plenum",
    canonical: "\u515A\u7684\u4E8C\u5341\u5C4A\u4E09\u4E2D\u5168\u4F1A",
    kind: "formulation",
    reason: "\u4E2D\u592E\u59D4\u5458\u4F1A\u5168\u4F53\u4F1A\u8BAE\u5E94\u79F0\u201C\u4E8C\u5341\u5C4A\xD7\u4E2D\u5168\u4F1A\u201D",
    invalid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u515A\u7684\u4E8C\u5341\u5927\u4E09\u4E2D\u5168\u4F1A\u7CBE\u795E\u3002"
    ],
    valid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u515A\u7684\u4E8C\u5341\u5C4A\u4E09\u4E2D\u5168\u4F1A\u7CBE\u795E\u3002"
    ],
    localAdaptations: [
      "\u515A\u7684(?:\u5341[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]?|\u4E8C\u5341)\u5C4A[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]\u4E2D\u5168\u4F1A"
    ]
  },
  {
    id: "twentieth-third-plenum-full",
    canonical: "\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C\u4E8C\u5341\u5C4A\u4E2D\u592E\u59D4\u5458\u4F1A\u7B2C\u4E09\u6B21\u5168\u4F53\u4F1A\u8BAE",
    kind: "formulation",
    reason: "\u4E2D\u592E\u59D4\u5458\u4F1A\u79F0\u201C\u7B2C\xD7\u5C4A\u201D",
    invalid: [
      "\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C\u4E8C\u5341\u6B21\u4E2D\u592E\u59D4\u5458\u4F1A\u7B2C\u4E09\u6B21\u5168\u4F53\u4F1A\u8BAE\u5BA1\u8BAE\u901A\u8FC7\u4E86\u51B3\u5B9A\u3002"
    ],
    valid: [
      "\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C\u4E8C\u5341\u5C4A\u4E2D\u592E\u59D4\u5458\u4F1A\u7B2C\u4E09\u6B21\u5168\u4F53\u4F1A\u8BAE\u5BA1\u8BAE\u901A\u8FC7\u4E86\u51B3\u5B9A\u3002"
    ],
    localAdaptations: [
      "\u4E2D\u56FD\u5171\u4EA7\u515A\u7B2C(?:\u5341[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]?|\u4E8C\u5341)\u5C4A\u4E2D\u592E\u59D4\u5458\u4F1A\u7B2C[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]\u6B21\u5168\u4F53\u4F1A\u8BAE"
    ]
  },
  {
    id: "twentieth-fourth-plenum",
    canonical: "\u515A\u7684\u4E8C\u5341\u5C4A\u56DB\u4E2D\u5168\u4F1A",
    kind: "formulation",
    reason: "\u4E2D\u592E\u59D4\u5458\u4F1A\u5168\u4F53\u4F1A\u8BAE\u5E94\u79F0\u201C\u4E8C\u5341\u5C4A\xD7\u4E2D\u5168\u4F1A\u201D\uFF082025\u5E7410\u6708\u53EC\u5F00\uFF09",
    invalid: [
      "\u8BA4\u771F\u5B66\u4E60\u8D2F\u5F7B\u515A\u7684\u4E8C\u5341\u5927\u56DB\u4E2D\u5168\u4F1A\u7CBE\u795E\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u5B66\u4E60\u8D2F\u5F7B\u515A\u7684\u4E8C\u5341\u5C4A\u56DB\u4E2D\u5168\u4F1A\u7CBE\u795E\u3002"
    ],
    localAdaptations: [
      "\u515A\u7684(?:\u5341[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]?|\u4E8C\u5341)\u5C4A[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]\u4E2D\u5168\u4F1A"
    ]
  },
  {
    id: "nineteenth-plenums",
    canonical: "\u515A\u7684\u5341\u4E5D\u5927\u548C\u5341\u4E5D\u5C4A\u5386\u6B21\u5168\u4F1A",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u515A\u7684\u5341\u4E5D\u5927\u548C\u5341\u4E5D\u5927\u5386\u6B21\u5168\u4F1A\u7CBE\u795E\u3002"
    ],
    valid: [
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u515A\u7684\u5341\u4E5D\u5927\u548C\u5341\u4E5D\u5C4A\u5386\u6B21\u5168\u4F1A\u7CBE\u795E\u3002",
      "\u6DF1\u5165\u5B66\u4E60\u8D2F\u5F7B\u515A\u7684\u5341\u4E5D\u5927\u548C\u5341\u4E5D\u5C4A\u5386\u6B21\u5168\u4F1A\u3001\u515A\u7684\u4E8C\u5341\u5927\u7CBE\u795E\u3002"
    ],
    localAdaptations: [
      "\u515A\u7684(\u5341[\u516B\u4E5D]|\u4E8C\u5341)\u5927\u3001\\1\u5C4A\u5386\u6B21\u5168\u4F1A"
    ]
  },
  {
    id: "central-work-conference",
    canonical: "\u4E2D\u592E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u5DE5\u4F5C\u4F1A\u8BAE",
    kind: "formulation",
    reason: "2020\u5E7411\u6708\u53EC\u5F00\u7684\u4F1A\u8BAE\u540D\u79F0",
    invalid: [
      "\u8BA4\u771F\u8D2F\u5F7B\u4E2D\u592E\u4F9D\u6CD5\u6CBB\u56FD\u5DE5\u4F5C\u4F1A\u8BAE\u7CBE\u795E\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u8D2F\u5F7B\u4E2D\u592E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u5DE5\u4F5C\u4F1A\u8BAE\u7CBE\u795E\u3002"
    ]
  },
  {
    id: "central-commission",
    canonical: "\u4E2D\u592E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u59D4\u5458\u4F1A",
    kind: "formulation",
    reason: "\u673A\u6784\u540D\u79F0",
    invalid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u4E2D\u592E\u4F9D\u6CD5\u6CBB\u56FD\u59D4\u5458\u4F1A\u90E8\u7F72\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u4E2D\u592E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u59D4\u5458\u4F1A\u90E8\u7F72\u3002"
    ]
  },
  {
    id: "respect-learn-obey-use",
    canonical: "\u5C0A\u6CD5\u5B66\u6CD5\u5B88\u6CD5\u7528\u6CD5",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\u4E3A\u201C\u5C0A\u6CD5\u5B66\u6CD5\u5B88\u6CD5\u7528\u6CD5\u201D",
    invalid: [
      "\u81EA\u89C9\u505A\u5B66\u6CD5\u5C0A\u6CD5\u5B88\u6CD5\u7528\u6CD5\u7684\u6A21\u8303\u3002"
    ],
    valid: [
      "\u81EA\u89C9\u505A\u5C0A\u6CD5\u5B66\u6CD5\u5B88\u6CD5\u7528\u6CD5\u7684\u6A21\u8303\u3002"
    ]
  },
  {
    id: "four-by-law",
    canonical: "\u529E\u4E8B\u4F9D\u6CD5\u3001\u9047\u4E8B\u627E\u6CD5\u3001\u89E3\u51B3\u95EE\u9898\u7528\u6CD5\u3001\u5316\u89E3\u77DB\u76FE\u9760\u6CD5",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u5F62\u6210\u529E\u4E8B\u4F9D\u6CD5\u3001\u9047\u4E8B\u627E\u6CD5\u3001\u89E3\u51B3\u95EE\u9898\u9760\u6CD5\u3001\u5316\u89E3\u77DB\u76FE\u7528\u6CD5\u7684\u6CD5\u6CBB\u73AF\u5883\u3002"
    ],
    valid: [
      "\u5F62\u6210\u529E\u4E8B\u4F9D\u6CD5\u3001\u9047\u4E8B\u627E\u6CD5\u3001\u89E3\u51B3\u95EE\u9898\u7528\u6CD5\u3001\u5316\u89E3\u77DB\u76FE\u9760\u6CD5\u7684\u826F\u597D\u6CD5\u6CBB\u73AF\u5883\u3002"
    ]
  },
  {
    id: "people-centered",
    canonical: "\u4EE5\u4EBA\u6C11\u4E3A\u4E2D\u5FC3\u7684\u53D1\u5C55\u601D\u60F3",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u575A\u6301\u4EE5\u4EBA\u6C11\u4E3A\u6838\u5FC3\u7684\u53D1\u5C55\u601D\u60F3\u3002"
    ],
    valid: [
      "\u575A\u6301\u4EE5\u4EBA\u6C11\u4E3A\u4E2D\u5FC3\u7684\u53D1\u5C55\u601D\u60F3\u3002"
    ]
  },
  {
    id: "whole-process-democracy",
    canonical: "\u5168\u8FC7\u7A0B\u4EBA\u6C11\u6C11\u4E3B",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u79EF\u6781\u53D1\u5C55\u5168\u8FC7\u7A0B\u6C11\u4E3B\u3002"
    ],
    valid: [
      "\u79EF\u6781\u53D1\u5C55\u5168\u8FC7\u7A0B\u4EBA\u6C11\u6C11\u4E3B\u3002"
    ]
  },
  {
    id: "rule-of-law-track",
    canonical: "\u5728\u6CD5\u6CBB\u8F68\u9053\u4E0A\u5168\u9762\u5EFA\u8BBE\u793E\u4F1A\u4E3B\u4E49\u73B0\u4EE3\u5316\u56FD\u5BB6",
    kind: "formulation",
    reason: "\u515A\u7684\u4E8C\u5341\u5927\u62A5\u544A\u8868\u8FF0",
    invalid: [
      "\u5728\u6CD5\u6CBB\u8F68\u9053\u4E0A\u5168\u9762\u5EFA\u6210\u793E\u4F1A\u4E3B\u4E49\u73B0\u4EE3\u5316\u56FD\u5BB6\u3002"
    ],
    valid: [
      "\u5728\u6CD5\u6CBB\u8F68\u9053\u4E0A\u5168\u9762\u5EFA\u8BBE\u793E\u4F1A\u4E3B\u4E49\u73B0\u4EE3\u5316\u56FD\u5BB6\u3002"
    ]
  },
  {
    id: "all-work-rule-of-law",
    canonical: "\u5168\u9762\u63A8\u8FDB\u56FD\u5BB6\u5404\u65B9\u9762\u5DE5\u4F5C\u6CD5\u6CBB\u5316",
    kind: "formulation",
    reason: "\u515A\u7684\u4E8C\u5341\u5927\u62A5\u544A\u8868\u8FF0",
    invalid: [
      "\u5168\u9762\u63A8\u8FDB\u56FD\u5BB6\u5404\u9879\u5DE5\u4F5C\u6CD5\u6CBB\u5316\u3002"
    ],
    valid: [
      "\u5168\u9762\u63A8\u8FDB\u56FD\u5BB6\u5404\u65B9\u9762\u5DE5\u4F5C\u6CD5\u6CBB\u5316\u3002"
    ]
  },
  {
    id: "guarantee-role",
    canonical: "\u6CD5\u6CBB\u56FA\u6839\u672C\u3001\u7A33\u9884\u671F\u3001\u5229\u957F\u8FDC",
    kind: "formulation",
    reason: "\u515A\u7684\u4E8C\u5341\u5927\u62A5\u544A\u8868\u8FF0",
    invalid: [
      "\u66F4\u597D\u53D1\u6325\u6CD5\u6CBB\u56FA\u6839\u672C\u3001\u7A33\u9884\u671F\u3001\u60E0\u957F\u8FDC\u7684\u4FDD\u969C\u4F5C\u7528\u3002"
    ],
    valid: [
      "\u66F4\u597D\u53D1\u6325\u6CD5\u6CBB\u56FA\u6839\u672C\u3001\u7A33\u9884\u671F\u3001\u5229\u957F\u8FDC\u7684\u4FDD\u969C\u4F5C\u7528\u3002"
    ]
  },
  {
    id: "three-governance",
    canonical: "\u81EA\u6CBB\u3001\u6CD5\u6CBB\u3001\u5FB7\u6CBB\u76F8\u7ED3\u5408",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u4E5D\u5927\u62A5\u544A\u8868\u8FF0\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u5065\u5168\u81EA\u6CBB\u3001\u5FB7\u6CBB\u3001\u6CD5\u6CBB\u76F8\u7ED3\u5408\u7684\u4E61\u6751\u6CBB\u7406\u4F53\u7CFB\u3002"
    ],
    valid: [
      "\u5065\u5168\u81EA\u6CBB\u3001\u6CD5\u6CBB\u3001\u5FB7\u6CBB\u76F8\u7ED3\u5408\u7684\u4E61\u6751\u6CBB\u7406\u4F53\u7CFB\u3002"
    ]
  },
  {
    id: "co-governance",
    canonical: "\u5171\u5EFA\u5171\u6CBB\u5171\u4EAB",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u5B8C\u5584\u5171\u5EFA\u5171\u4EAB\u5171\u6CBB\u7684\u793E\u4F1A\u6CBB\u7406\u5236\u5EA6\u3002"
    ],
    valid: [
      "\u5B8C\u5584\u5171\u5EFA\u5171\u6CBB\u5171\u4EAB\u7684\u793E\u4F1A\u6CBB\u7406\u5236\u5EA6\u3002"
    ]
  },
  {
    id: "social-governance-system",
    canonical: "\u515A\u59D4\u9886\u5BFC\u3001\u653F\u5E9C\u8D1F\u8D23\u3001\u6C11\u4E3B\u534F\u5546\u3001\u793E\u4F1A\u534F\u540C\u3001\u516C\u4F17\u53C2\u4E0E\u3001\u6CD5\u6CBB\u4FDD\u969C\u3001\u79D1\u6280\u652F\u6491",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u4E5D\u5C4A\u56DB\u4E2D\u5168\u4F1A\u63D0\u51FA\u7684\u793E\u4F1A\u6CBB\u7406\u4F53\u7CFB\u8868\u8FF0",
    invalid: [
      "\u5B8C\u5584\u515A\u59D4\u9886\u5BFC\u3001\u653F\u5E9C\u8D1F\u8D23\u3001\u6C11\u4E3B\u534F\u5546\u3001\u793E\u4F1A\u534F\u540C\u3001\u516C\u4F17\u53C2\u4E0E\u3001\u79D1\u6280\u652F\u6491\u3001\u6CD5\u6CBB\u4FDD\u969C\u7684\u793E\u4F1A\u6CBB\u7406\u4F53\u7CFB\u3002"
    ],
    valid: [
      "\u5B8C\u5584\u515A\u59D4\u9886\u5BFC\u3001\u653F\u5E9C\u8D1F\u8D23\u3001\u6C11\u4E3B\u534F\u5546\u3001\u793E\u4F1A\u534F\u540C\u3001\u516C\u4F17\u53C2\u4E0E\u3001\u6CD5\u6CBB\u4FDD\u969C\u3001\u79D1\u6280\u652F\u6491\u7684\u793E\u4F1A\u6CBB\u7406\u4F53\u7CFB\u3002"
    ]
  },
  {
    id: "four-governance",
    canonical: "\u7CFB\u7EDF\u6CBB\u7406\u3001\u4F9D\u6CD5\u6CBB\u7406\u3001\u7EFC\u5408\u6CBB\u7406\u3001\u6E90\u5934\u6CBB\u7406",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u575A\u6301\u4F9D\u6CD5\u6CBB\u7406\u3001\u7CFB\u7EDF\u6CBB\u7406\u3001\u7EFC\u5408\u6CBB\u7406\u3001\u6E90\u5934\u6CBB\u7406\u3002"
    ],
    valid: [
      "\u575A\u6301\u7CFB\u7EDF\u6CBB\u7406\u3001\u4F9D\u6CD5\u6CBB\u7406\u3001\u7EFC\u5408\u6CBB\u7406\u3001\u6E90\u5934\u6CBB\u7406\u3002"
    ]
  },
  {
    id: "three-no-corruption",
    canonical: "\u4E0D\u6562\u8150\u3001\u4E0D\u80FD\u8150\u3001\u4E0D\u60F3\u8150",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u4E00\u4F53\u63A8\u8FDB\u4E0D\u6562\u8150\u3001\u4E0D\u60F3\u8150\u3001\u4E0D\u80FD\u8150\u3002"
    ],
    valid: [
      "\u4E00\u4F53\u63A8\u8FDB\u4E0D\u6562\u8150\u3001\u4E0D\u80FD\u8150\u3001\u4E0D\u60F3\u8150\u3002"
    ]
  },
  {
    id: "power-in-cage",
    canonical: "\u628A\u6743\u529B\u5173\u8FDB\u5236\u5EA6\u7684\u7B3C\u5B50\u91CC",
    kind: "formulation",
    reason: "\u6B64\u5904\u4E3A\u201C\u6743\u529B\u201D\uFF0C\u4E0D\u4F5C\u201C\u6743\u5229\u201D",
    invalid: [
      "\u628A\u6743\u5229\u5173\u8FDB\u5236\u5EA6\u7684\u7B3C\u5B50\u91CC\u3002"
    ],
    valid: [
      "\u575A\u6301\u628A\u6743\u529B\u5173\u8FDB\u5236\u5EA6\u7684\u7B3C\u5B50\u91CC\u3002"
    ]
  },
  {
    id: "best-business-environment",
    canonical: "\u6CD5\u6CBB\u662F\u6700\u597D\u7684\u8425\u5546\u73AF\u5883",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u7262\u56FA\u6811\u7ACB\u6CD5\u5236\u662F\u6700\u597D\u7684\u8425\u5546\u73AF\u5883\u7684\u7406\u5FF5\u3002"
    ],
    valid: [
      "\u7262\u56FA\u6811\u7ACB\u6CD5\u6CBB\u662F\u6700\u597D\u7684\u8425\u5546\u73AF\u5883\u7684\u7406\u5FF5\u3002"
    ]
  },
  {
    id: "justice-lifeline",
    canonical: "\u516C\u6B63\u662F\u6CD5\u6CBB\u7684\u751F\u547D\u7EBF",
    kind: "formulation",
    reason: "\u515A\u7684\u5341\u516B\u5C4A\u56DB\u4E2D\u5168\u4F1A\u8868\u8FF0",
    invalid: [
      "\u516C\u5E73\u662F\u6CD5\u6CBB\u7684\u751F\u547D\u7EBF\u3002"
    ],
    valid: [
      "\u516C\u6B63\u662F\u6CD5\u6CBB\u7684\u751F\u547D\u7EBF\u3002"
    ]
  },
  {
    id: "major-decision-procedures",
    canonical: "\u516C\u4F17\u53C2\u4E0E\u3001\u4E13\u5BB6\u8BBA\u8BC1\u3001\u98CE\u9669\u8BC4\u4F30\u3001\u5408\u6CD5\u6027\u5BA1\u67E5\u3001\u96C6\u4F53\u8BA8\u8BBA\u51B3\u5B9A",
    kind: "formulation",
    reason: "\u91CD\u5927\u884C\u653F\u51B3\u7B56\u6CD5\u5B9A\u7A0B\u5E8F\uFF0C\u987A\u5E8F\u56FA\u5B9A",
    invalid: [
      "\u4E25\u683C\u5C65\u884C\u516C\u4F17\u53C2\u4E0E\u3001\u4E13\u5BB6\u8BBA\u8BC1\u3001\u5408\u6CD5\u6027\u5BA1\u67E5\u3001\u98CE\u9669\u8BC4\u4F30\u3001\u96C6\u4F53\u8BA8\u8BBA\u51B3\u5B9A\u7B49\u6CD5\u5B9A\u7A0B\u5E8F\u3002"
    ],
    valid: [
      "\u4E25\u683C\u5C65\u884C\u516C\u4F17\u53C2\u4E0E\u3001\u4E13\u5BB6\u8BBA\u8BC1\u3001\u98CE\u9669\u8BC4\u4F30\u3001\u5408\u6CD5\u6027\u5BA1\u67E5\u3001\u96C6\u4F53\u8BA8\u8BBA\u51B3\u5B9A\u7B49\u6CD5\u5B9A\u7A0B\u5E8F\u3002"
    ]
  },
  {
    id: "three-systems",
    canonical: "\u884C\u653F\u6267\u6CD5\u516C\u793A\u5236\u5EA6\u3001\u6267\u6CD5\u5168\u8FC7\u7A0B\u8BB0\u5F55\u5236\u5EA6\u3001\u91CD\u5927\u6267\u6CD5\u51B3\u5B9A\u6CD5\u5236\u5BA1\u6838\u5236\u5EA6",
    kind: "formulation",
    reason: "\u884C\u653F\u6267\u6CD5\u201C\u4E09\u9879\u5236\u5EA6\u201D\u7684\u89C4\u8303\u540D\u79F0\uFF0C\u5176\u4E2D\u201C\u6CD5\u5236\u5BA1\u6838\u201D\u4E3A\u6CD5\u5B9A\u7528\u8BED",
    invalid: [
      "\u5168\u9762\u63A8\u884C\u884C\u653F\u6267\u6CD5\u516C\u793A\u5236\u5EA6\u3001\u6267\u6CD5\u5168\u8FC7\u7A0B\u8BB0\u5F55\u5236\u5EA6\u3001\u91CD\u5927\u6267\u6CD5\u51B3\u5B9A\u6CD5\u6CBB\u5BA1\u6838\u5236\u5EA6\u3002"
    ],
    valid: [
      "\u5168\u9762\u63A8\u884C\u884C\u653F\u6267\u6CD5\u516C\u793A\u5236\u5EA6\u3001\u6267\u6CD5\u5168\u8FC7\u7A0B\u8BB0\u5F55\u5236\u5EA6\u3001\u91CD\u5927\u6267\u6CD5\u51B3\u5B9A\u6CD5\u5236\u5BA1\u6838\u5236\u5EA6\u3002"
    ]
  },
  {
    id: "fengqiao-slogan",
    canonical: "\u5C0F\u4E8B\u4E0D\u51FA\u6751\u3001\u5927\u4E8B\u4E0D\u51FA\u9547\u3001\u77DB\u76FE\u4E0D\u4E0A\u4EA4",
    kind: "formulation",
    reason: "\u201C\u67AB\u6865\u7ECF\u9A8C\u201D\u7684\u89C4\u8303\u8868\u8FF0",
    localAdaptations: [
      "\u5C0F\u4E8B\u4E0D\u51FA(?:\u6751|\u793E\u533A|\u7EC4|\u6751\uFF08\u793E\u533A\uFF09)[\u3001\uFF0C,]\u5927\u4E8B\u4E0D\u51FA(?:\u9547|\u4E61|\u8857\u9053|\u6751)[\u3001\uFF0C,]\u77DB\u76FE\u4E0D\u4E0A\u4EA4"
    ],
    invalid: [
      "\u771F\u6B63\u505A\u5230\u201C\u5C0F\u4E8B\u4E0D\u51FA\u6751\u3001\u5927\u4E8B\u4E0D\u51FA\u9547\u3001\u77DB\u76FE\u4E0D\u4E0A\u7F34\u201D\u3002"
    ],
    valid: [
      "\u771F\u6B63\u505A\u5230\u201C\u5C0F\u4E8B\u4E0D\u51FA\u6751\u3001\u5927\u4E8B\u4E0D\u51FA\u9547\u3001\u77DB\u76FE\u4E0D\u4E0A\u4EA4\u201D\u3002",
      "\u575A\u6301\u201C\u5C0F\u4E8B\u4E0D\u51FA\u6751\uFF0C\u5927\u4E8B\u4E0D\u51FA\u9547\uFF0C\u77DB\u76FE\u4E0D\u4E0A\u4EA4\u201D\u3002"
    ]
  },
  {
    id: "first-responsible",
    canonical: "\u515A\u653F\u540C\u8D23\u3001\u4E00\u5C97\u53CC\u8D23",
    kind: "formulation",
    reason: "\u89C4\u8303\u8868\u8FF0",
    invalid: [
      "\u6309\u7167\u201C\u515A\u653F\u540C\u8D23\u3001\u4E00\u5C97\u591A\u8D23\u201D\u8981\u6C42\u6293\u597D\u843D\u5B9E\u3002"
    ],
    valid: [
      "\u6309\u7167\u201C\u515A\u653F\u540C\u8D23\u3001\u4E00\u5C97\u53CC\u8D23\u201D\u8981\u6C42\u6293\u597D\u843D\u5B9E\u3002"
    ]
  },
  {
    id: "doc-law-based-government-2021",
    canonical: "\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082021\u20142025\u5E74\uFF09",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u3001\u56FD\u52A1\u96622021\u5E74\u5370\u53D1\uFF0C\u671F\u9650\u4E3A2021\u20142025\u5E74",
    invalid: [
      "\u8BA4\u771F\u8D2F\u5F7B\u843D\u5B9E\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082020\u20142025\u5E74\uFF09\u300B\u3002",
      "\u8BA4\u771F\u8D2F\u5F7B\u843D\u5B9E\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082021\u20142025\uFF09\u300B\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u8D2F\u5F7B\u843D\u5B9E\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082021\u20142025\u5E74\uFF09\u300B\u3002"
    ]
  },
  {
    id: "doc-law-based-government-2015",
    canonical: "\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082015\u20142020\u5E74\uFF09",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u3001\u56FD\u52A1\u96622015\u5E74\u5370\u53D1\uFF0C\u671F\u9650\u4E3A2015\u20142020\u5E74",
    invalid: [
      "\u5BF9\u7167\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082016\u20142020\u5E74\uFF09\u300B\u5F00\u5C55\u603B\u7ED3\u8BC4\u4F30\u3002"
    ],
    valid: [
      "\u5BF9\u7167\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082015\u20142020\u5E74\uFF09\u300B\u5F00\u5C55\u603B\u7ED3\u8BC4\u4F30\u3002"
    ]
  },
  {
    id: "doc-rule-of-law-china",
    canonical: "\u6CD5\u6CBB\u4E2D\u56FD\u5EFA\u8BBE\u89C4\u5212\uFF082020\u20142025\u5E74\uFF09",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E2021\u5E74\u5370\u53D1\uFF0C\u671F\u9650\u4E3A2020\u20142025\u5E74",
    invalid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u6CD5\u6CBB\u4E2D\u56FD\u5EFA\u8BBE\u89C4\u5212\uFF082021\u20142025\u5E74\uFF09\u300B\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u6CD5\u6CBB\u4E2D\u56FD\u5EFA\u8BBE\u89C4\u5212\uFF082020\u20142025\u5E74\uFF09\u300B\u3002"
    ]
  },
  {
    id: "doc-rule-of-law-society",
    canonical: "\u6CD5\u6CBB\u793E\u4F1A\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082020\u20142025\u5E74\uFF09",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E2020\u5E74\u5370\u53D1\uFF0C\u671F\u9650\u4E3A2020\u20142025\u5E74",
    invalid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u6CD5\u6CBB\u793E\u4F1A\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082021\u20142025\u5E74\uFF09\u300B\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u6CD5\u6CBB\u793E\u4F1A\u5EFA\u8BBE\u5B9E\u65BD\u7EB2\u8981\uFF082020\u20142025\u5E74\uFF09\u300B\u3002"
    ]
  },
  {
    id: "doc-inspection-provisions",
    canonical: "\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u4E0E\u8D23\u4EFB\u843D\u5B9E\u7763\u5BDF\u5DE5\u4F5C\u89C4\u5B9A",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u529E\u516C\u5385\u3001\u56FD\u52A1\u9662\u529E\u516C\u53852019\u5E74\u5370\u53D1\uFF0C\u4E3A\u201C\u7763\u5BDF\u201D\u4E0D\u4F5C\u201C\u7763\u67E5\u201D",
    invalid: [
      "\u6839\u636E\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u4E0E\u8D23\u4EFB\u843D\u5B9E\u7763\u67E5\u5DE5\u4F5C\u89C4\u5B9A\u300B\u8981\u6C42\u62A5\u544A\u5982\u4E0B\u3002"
    ],
    valid: [
      "\u6839\u636E\u300A\u6CD5\u6CBB\u653F\u5E9C\u5EFA\u8BBE\u4E0E\u8D23\u4EFB\u843D\u5B9E\u7763\u5BDF\u5DE5\u4F5C\u89C4\u5B9A\u300B\u8981\u6C42\u62A5\u544A\u5982\u4E0B\u3002"
    ]
  },
  {
    id: "doc-major-decision-regulation",
    canonical: "\u91CD\u5927\u884C\u653F\u51B3\u7B56\u7A0B\u5E8F\u6682\u884C\u6761\u4F8B",
    kind: "document-title",
    reason: "\u56FD\u52A1\u96622019\u5E74\u516C\u5E03\u7684\u884C\u653F\u6CD5\u89C4",
    invalid: [
      "\u4E25\u683C\u6267\u884C\u300A\u91CD\u5927\u884C\u653F\u51B3\u7B56\u7A0B\u5E8F\u6761\u4F8B\u300B\u3002"
    ],
    valid: [
      "\u4E25\u683C\u6267\u884C\u300A\u91CD\u5927\u884C\u653F\u51B3\u7B56\u7A0B\u5E8F\u6682\u884C\u6761\u4F8B\u300B\u3002"
    ]
  },
  {
    id: "doc-rural-rule-of-law",
    canonical: "\u5173\u4E8E\u52A0\u5F3A\u6CD5\u6CBB\u4E61\u6751\u5EFA\u8BBE\u7684\u610F\u89C1",
    kind: "document-title",
    reason: "\u4E2D\u592E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u59D4\u5458\u4F1A2020\u5E74\u5370\u53D1",
    invalid: [
      "\u8BA4\u771F\u843D\u5B9E\u300A\u5173\u4E8E\u52A0\u5F3A\u6CD5\u6CBB\u4E61\u6751\u5EFA\u8BBE\u7684\u6307\u5BFC\u610F\u89C1\u300B\u3002"
    ],
    valid: [
      "\u8BA4\u771F\u843D\u5B9E\u300A\u5173\u4E8E\u52A0\u5F3A\u6CD5\u6CBB\u4E61\u6751\u5EFA\u8BBE\u7684\u610F\u89C1\u300B\u3002"
    ]
  },
  {
    id: "doc-enforcement-quality-plan",
    canonical: "\u63D0\u5347\u884C\u653F\u6267\u6CD5\u8D28\u91CF\u4E09\u5E74\u884C\u52A8\u8BA1\u5212\uFF082023\u20142025\u5E74\uFF09",
    kind: "document-title",
    reason: "\u56FD\u52A1\u9662\u529E\u516C\u53852023\u5E74\u5370\u53D1",
    invalid: [
      "\u5168\u9762\u843D\u5B9E\u300A\u63D0\u5347\u884C\u653F\u6267\u6CD5\u8D28\u91CF\u4E09\u5E74\u884C\u52A8\u8BA1\u5212\uFF082022\u20142025\u5E74\uFF09\u300B\u3002"
    ],
    valid: [
      "\u5168\u9762\u843D\u5B9E\u300A\u63D0\u5347\u884C\u653F\u6267\u6CD5\u8D28\u91CF\u4E09\u5E74\u884C\u52A8\u8BA1\u5212\uFF082023\u20142025\u5E74\uFF09\u300B\u3002"
    ]
  },
  {
    id: "doc-eighth-five-year-plan",
    canonical: "\u4E2D\u592E\u5BA3\u4F20\u90E8\u3001\u53F8\u6CD5\u90E8\u5173\u4E8E\u5F00\u5C55\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u7684\u7B2C\u516B\u4E2A\u4E94\u5E74\u89C4\u5212\uFF082021\u20142025\u5E74\uFF09",
    kind: "document-title",
    reason: "\u201C\u516B\u4E94\u201D\u666E\u6CD5\u89C4\u5212\u7684\u6B63\u5F0F\u540D\u79F0\uFF08\u4E0D\u542B\u201C\u5728\u516C\u6C11\u4E2D\u201D\uFF09",
    invalid: [
      "\u6DF1\u5165\u5B9E\u65BD\u300A\u4E2D\u592E\u5BA3\u4F20\u90E8\u3001\u53F8\u6CD5\u90E8\u5173\u4E8E\u5728\u516C\u6C11\u4E2D\u5F00\u5C55\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u7684\u7B2C\u516B\u4E2A\u4E94\u5E74\u89C4\u5212\uFF082021\u20142025\u5E74\uFF09\u300B\u3002"
    ],
    valid: [
      "\u6DF1\u5165\u5B9E\u65BD\u300A\u4E2D\u592E\u5BA3\u4F20\u90E8\u3001\u53F8\u6CD5\u90E8\u5173\u4E8E\u5F00\u5C55\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u7684\u7B2C\u516B\u4E2A\u4E94\u5E74\u89C4\u5212\uFF082021\u20142025\u5E74\uFF09\u300B\u3002"
    ]
  },
  {
    id: "doc-seventh-five-year-plan",
    canonical: "\u4E2D\u592E\u5BA3\u4F20\u90E8\u3001\u53F8\u6CD5\u90E8\u5173\u4E8E\u5728\u516C\u6C11\u4E2D\u5F00\u5C55\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u7684\u7B2C\u4E03\u4E2A\u4E94\u5E74\u89C4\u5212\uFF082016\u20142020\u5E74\uFF09",
    kind: "document-title",
    reason: "\u201C\u4E03\u4E94\u201D\u666E\u6CD5\u89C4\u5212\u7684\u6B63\u5F0F\u540D\u79F0",
    invalid: [
      "\u5BF9\u7167\u300A\u4E2D\u592E\u5BA3\u4F20\u90E8\u3001\u53F8\u6CD5\u90E8\u5173\u4E8E\u5728\u516C\u6C11\u4E2D\u5F00\u5C55\u6CD5\u5236\u5BA3\u4F20\u6559\u80B2\u7684\u7B2C\u4E03\u4E2A\u4E94\u5E74\u89C4\u5212\uFF082016\u20142020\u5E74\uFF09\u300B\u5F00\u5C55\u603B\u7ED3\u9A8C\u6536\u3002"
    ],
    valid: [
      "\u5BF9\u7167\u300A\u4E2D\u592E\u5BA3\u4F20\u90E8\u3001\u53F8\u6CD5\u90E8\u5173\u4E8E\u5728\u516C\u6C11\u4E2D\u5F00\u5C55\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u7684\u7B2C\u4E03\u4E2A\u4E94\u5E74\u89C4\u5212\uFF082016\u20142020\u5E74\uFF09\u300B\u5F00\u5C55\u603B\u7ED3\u9A8C\u6536\u3002"
    ]
  },
  {
    id: "doc-npc-eighth-resolution",
    canonical: "\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u5E38\u52A1\u59D4\u5458\u4F1A\u5173\u4E8E\u5F00\u5C55\u7B2C\u516B\u4E2A\u4E94\u5E74\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u7684\u51B3\u8BAE",
    kind: "document-title",
    reason: "\u5168\u56FD\u4EBA\u5927\u5E38\u59D4\u4F1A2021\u5E74\u901A\u8FC7",
    invalid: [
      "\u8D2F\u5F7B\u300A\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u5E38\u52A1\u59D4\u5458\u4F1A\u5173\u4E8E\u5F00\u5C55\u7B2C\u516B\u4E2A\u4E94\u5E74\u6CD5\u5236\u5BA3\u4F20\u6559\u80B2\u7684\u51B3\u8BAE\u300B\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u300A\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u5E38\u52A1\u59D4\u5458\u4F1A\u5173\u4E8E\u5F00\u5C55\u7B2C\u516B\u4E2A\u4E94\u5E74\u6CD5\u6CBB\u5BA3\u4F20\u6559\u80B2\u7684\u51B3\u8BAE\u300B\u3002"
    ]
  },
  {
    id: "doc-first-responsible-provisions",
    canonical: "\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u89C4\u5B9A",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u529E\u516C\u5385\u3001\u56FD\u52A1\u9662\u529E\u516C\u53852016\u5E74\u5370\u53D1",
    invalid: [
      "\u4E25\u683C\u843D\u5B9E\u300A\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u7684\u89C4\u5B9A\u300B\u3002"
    ],
    valid: [
      "\u4E25\u683C\u843D\u5B9E\u300A\u515A\u653F\u4E3B\u8981\u8D1F\u8D23\u4EBA\u5C65\u884C\u63A8\u8FDB\u6CD5\u6CBB\u5EFA\u8BBE\u7B2C\u4E00\u8D23\u4EFB\u4EBA\u804C\u8D23\u89C4\u5B9A\u300B\u3002"
    ]
  },
  {
    id: "doc-xi-thought-outline",
    canonical: "\u4E60\u8FD1\u5E73\u6CD5\u6CBB\u601D\u60F3\u5B66\u4E60\u7EB2\u8981",
    kind: "document-title",
    reason: "\u4E2D\u592E\u5BA3\u4F20\u90E8\u3001\u4E2D\u592E\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u59D4\u5458\u4F1A\u529E\u516C\u5BA42021\u5E74\u7EC4\u7EC7\u7F16\u5199",
    invalid: [
      "\u7EC4\u7EC7\u5B66\u4E60\u300A\u4E60\u8FD1\u5E73\u6CD5\u6CBB\u601D\u60F3\u5B66\u4E60\u63D0\u7EB2\u300B\u3002"
    ],
    valid: [
      "\u7EC4\u7EC7\u5B66\u4E60\u300A\u4E60\u8FD1\u5E73\u6CD5\u6CBB\u601D\u60F3\u5B66\u4E60\u7EB2\u8981\u300B\u3002"
    ]
  },
  {
    id: "doc-on-comprehensive-governance",
    canonical: "\u8BBA\u575A\u6301\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD",
    kind: "document-title",
    reason: "\u4E60\u8FD1\u5E73\u8457\u4F5C\uFF0C2020\u5E74\u51FA\u7248",
    invalid: [
      "\u6DF1\u5165\u5B66\u4E60\u300A\u8BBA\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u300B\u3002"
    ],
    valid: [
      "\u6DF1\u5165\u5B66\u4E60\u300A\u8BBA\u575A\u6301\u5168\u9762\u4F9D\u6CD5\u6CBB\u56FD\u300B\u3002"
    ]
  },
  {
    id: "doc-fourth-plenum-decision",
    canonical: "\u4E2D\u5171\u4E2D\u592E\u5173\u4E8E\u5168\u9762\u63A8\u8FDB\u4F9D\u6CD5\u6CBB\u56FD\u82E5\u5E72\u91CD\u5927\u95EE\u9898\u7684\u51B3\u5B9A",
    kind: "document-title",
    reason: "\u515A\u7684\u5341\u516B\u5C4A\u56DB\u4E2D\u5168\u4F1A2014\u5E74\u901A\u8FC7",
    invalid: [
      "\u5B66\u4E60\u300A\u4E2D\u5171\u4E2D\u592E\u5173\u4E8E\u5168\u9762\u63A8\u8FDB\u4F9D\u6CD5\u6CBB\u56FD\u82E5\u5E72\u95EE\u9898\u7684\u51B3\u5B9A\u300B\u3002"
    ],
    valid: [
      "\u5B66\u4E60\u300A\u4E2D\u5171\u4E2D\u592E\u5173\u4E8E\u5168\u9762\u63A8\u8FDB\u4F9D\u6CD5\u6CBB\u56FD\u82E5\u5E72\u91CD\u5927\u95EE\u9898\u7684\u51B3\u5B9A\u300B\u3002"
    ]
  },
  {
    id: "doc-who-enforces-opinion",
    canonical: "\u5173\u4E8E\u5B9E\u884C\u56FD\u5BB6\u673A\u5173\u201C\u8C01\u6267\u6CD5\u8C01\u666E\u6CD5\u201D\u666E\u6CD5\u8D23\u4EFB\u5236\u7684\u610F\u89C1",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u529E\u516C\u5385\u3001\u56FD\u52A1\u9662\u529E\u516C\u53852017\u5E74\u5370\u53D1",
    invalid: [
      "\u843D\u5B9E\u300A\u5173\u4E8E\u5B9E\u884C\u56FD\u5BB6\u673A\u5173\u201C\u8C01\u6267\u6CD5\u8C01\u666E\u6CD5\u201D\u8D23\u4EFB\u5236\u7684\u610F\u89C1\u300B\u3002"
    ],
    valid: [
      "\u843D\u5B9E\u300A\u5173\u4E8E\u5B9E\u884C\u56FD\u5BB6\u673A\u5173\u201C\u8C01\u6267\u6CD5\u8C01\u666E\u6CD5\u201D\u666E\u6CD5\u8D23\u4EFB\u5236\u7684\u610F\u89C1\u300B\u3002"
    ]
  },
  {
    id: "doc-rule-of-law-culture",
    canonical: "\u5173\u4E8E\u52A0\u5F3A\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u6587\u5316\u5EFA\u8BBE\u7684\u610F\u89C1",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u529E\u516C\u5385\u3001\u56FD\u52A1\u9662\u529E\u516C\u53852021\u5E74\u5370\u53D1",
    invalid: [
      "\u8D2F\u5F7B\u300A\u5173\u4E8E\u52A0\u5F3A\u793E\u4F1A\u4E3B\u4E49\u6CD5\u5236\u6587\u5316\u5EFA\u8BBE\u7684\u610F\u89C1\u300B\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u300A\u5173\u4E8E\u52A0\u5F3A\u793E\u4F1A\u4E3B\u4E49\u6CD5\u6CBB\u6587\u5316\u5EFA\u8BBE\u7684\u610F\u89C1\u300B\u3002"
    ]
  },
  {
    id: "doc-three-systems-opinion",
    canonical: "\u5173\u4E8E\u5168\u9762\u63A8\u884C\u884C\u653F\u6267\u6CD5\u516C\u793A\u5236\u5EA6\u6267\u6CD5\u5168\u8FC7\u7A0B\u8BB0\u5F55\u5236\u5EA6\u91CD\u5927\u6267\u6CD5\u51B3\u5B9A\u6CD5\u5236\u5BA1\u6838\u5236\u5EA6\u7684\u6307\u5BFC\u610F\u89C1",
    kind: "document-title",
    reason: "\u56FD\u52A1\u9662\u529E\u516C\u53852018\u5E74\u5370\u53D1",
    invalid: [
      "\u843D\u5B9E\u300A\u5173\u4E8E\u5168\u9762\u63A8\u884C\u884C\u653F\u6267\u6CD5\u516C\u793A\u5236\u5EA6\u6267\u6CD5\u5168\u8FC7\u7A0B\u8BB0\u5F55\u5236\u5EA6\u91CD\u5927\u6267\u6CD5\u51B3\u5B9A\u6CD5\u6CBB\u5BA1\u6838\u5236\u5EA6\u7684\u6307\u5BFC\u610F\u89C1\u300B\u3002"
    ],
    valid: [
      "\u843D\u5B9E\u300A\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E\u5168\u9762\u63A8\u884C\u884C\u653F\u6267\u6CD5\u516C\u793A\u5236\u5EA6\u6267\u6CD5\u5168\u8FC7\u7A0B\u8BB0\u5F55\u5236\u5EA6\u91CD\u5927\u6267\u6CD5\u51B3\u5B9A\u6CD5\u5236\u5BA1\u6838\u5236\u5EA6\u7684\u6307\u5BFC\u610F\u89C1\u300B\u3002"
    ]
  },
  {
    id: "doc-youth-outline",
    canonical: "\u9752\u5C11\u5E74\u6CD5\u6CBB\u6559\u80B2\u5927\u7EB2",
    kind: "document-title",
    reason: "\u6559\u80B2\u90E8\u3001\u53F8\u6CD5\u90E8\u3001\u5168\u56FD\u666E\u6CD5\u529E2016\u5E74\u5370\u53D1",
    invalid: [
      "\u843D\u5B9E\u300A\u9752\u5C11\u5E74\u6CD5\u5236\u6559\u80B2\u5927\u7EB2\u300B\u3002"
    ],
    valid: [
      "\u843D\u5B9E\u300A\u9752\u5C11\u5E74\u6CD5\u6CBB\u6559\u80B2\u5927\u7EB2\u300B\u3002"
    ]
  },
  {
    id: "doc-vice-principal-measures",
    canonical: "\u4E2D\u5C0F\u5B66\u6CD5\u6CBB\u526F\u6821\u957F\u8058\u4EFB\u4E0E\u7BA1\u7406\u529E\u6CD5",
    kind: "document-title",
    reason: "\u6559\u80B2\u90E82021\u5E74\u516C\u5E03",
    invalid: [
      "\u4F9D\u636E\u300A\u4E2D\u5C0F\u5B66\u6CD5\u5236\u526F\u6821\u957F\u8058\u4EFB\u4E0E\u7BA1\u7406\u529E\u6CD5\u300B\u9009\u8058\u6CD5\u6CBB\u526F\u6821\u957F\u3002"
    ],
    valid: [
      "\u4F9D\u636E\u300A\u4E2D\u5C0F\u5B66\u6CD5\u6CBB\u526F\u6821\u957F\u8058\u4EFB\u4E0E\u7BA1\u7406\u529E\u6CD5\u300B\u9009\u8058\u6CD5\u6CBB\u526F\u6821\u957F\u3002"
    ]
  },
  {
    id: "doc-petition-regulation",
    canonical: "\u4FE1\u8BBF\u5DE5\u4F5C\u6761\u4F8B",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u3001\u56FD\u52A1\u96622022\u5E74\u5370\u53D1",
    invalid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u4FE1\u8BBF\u5DE5\u4F5C\u89C4\u5B9A\u300B\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u4FE1\u8BBF\u5DE5\u4F5C\u6761\u4F8B\u300B\u3002"
    ]
  },
  {
    id: "doc-business-environment",
    canonical: "\u4F18\u5316\u8425\u5546\u73AF\u5883\u6761\u4F8B",
    kind: "document-title",
    reason: "\u56FD\u52A1\u96622019\u5E74\u516C\u5E03\u7684\u884C\u653F\u6CD5\u89C4",
    invalid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u4F18\u5316\u8425\u5546\u73AF\u5883\u7BA1\u7406\u6761\u4F8B\u300B\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u4F18\u5316\u8425\u5546\u73AF\u5883\u6761\u4F8B\u300B\u3002"
    ]
  },
  {
    id: "doc-political-legal-work",
    canonical: "\u4E2D\u56FD\u5171\u4EA7\u515A\u653F\u6CD5\u5DE5\u4F5C\u6761\u4F8B",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E2019\u5E74\u5370\u53D1",
    invalid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u4E2D\u56FD\u5171\u4EA7\u515A\u653F\u6CD5\u5DE5\u4F5C\u89C4\u5B9A\u300B\u3002"
    ],
    valid: [
      "\u8D2F\u5F7B\u843D\u5B9E\u300A\u4E2D\u56FD\u5171\u4EA7\u515A\u653F\u6CD5\u5DE5\u4F5C\u6761\u4F8B\u300B\u3002"
    ]
  },
  {
    id: "doc-grassroots-governance",
    canonical: "\u5173\u4E8E\u52A0\u5F3A\u57FA\u5C42\u6CBB\u7406\u4F53\u7CFB\u548C\u6CBB\u7406\u80FD\u529B\u73B0\u4EE3\u5316\u5EFA\u8BBE\u7684\u610F\u89C1",
    kind: "document-title",
    reason: "\u4E2D\u5171\u4E2D\u592E\u3001\u56FD\u52A1\u96622021\u5E74\u5370\u53D1",
    invalid: [
      "\u843D\u5B9E\u300A\u5173\u4E8E\u52A0\u5F3A\u57FA\u5C42\u6CBB\u7406\u4F53\u7CFB\u548C\u6CBB\u7406\u80FD\u529B\u73B0\u4EE3\u5316\u7684\u610F\u89C1\u300B\u3002"
    ],
    valid: [
      "\u843D\u5B9E\u300A\u5173\u4E8E\u52A0\u5F3A\u57FA\u5C42\u6CBB\u7406\u4F53\u7CFB\u548C\u6CBB\u7406\u80FD\u529B\u73B0\u4EE3\u5316\u5EFA\u8BBE\u7684\u610F\u89C1\u300B\u3002"
    ]
  }
];

// data/law-names.json
var law_names_default = {
  laws: [
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BAA\u6CD5",
      short: [
        "\u5BAA\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u7EC4\u7EC7\u6CD5",
      short: [
        "\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u7EC4\u7EC7\u6CD5",
        "\u5168\u56FD\u4EBA\u5927\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u52A1\u9662\u7EC4\u7EC7\u6CD5",
      short: [
        "\u56FD\u52A1\u9662\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u548C\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u653F\u5E9C\u7EC4\u7EC7\u6CD5",
      short: [
        "\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u548C\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u653F\u5E9C\u7EC4\u7EC7\u6CD5",
        "\u5730\u65B9\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u548C\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u9009\u4E3E\u6CD5",
      short: [
        "\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u548C\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u9009\u4E3E\u6CD5",
        "\u9009\u4E3E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u548C\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u4EE3\u8868\u6CD5",
      short: [
        "\u5168\u56FD\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u548C\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u4EE3\u8868\u6CD5",
        "\u4EE3\u8868\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u5E38\u52A1\u59D4\u5458\u4F1A\u76D1\u7763\u6CD5",
      short: [
        "\u5404\u7EA7\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u5E38\u52A1\u59D4\u5458\u4F1A\u76D1\u7763\u6CD5",
        "\u76D1\u7763\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7ACB\u6CD5\u6CD5",
      short: [
        "\u7ACB\u6CD5\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C11\u65CF\u533A\u57DF\u81EA\u6CBB\u6CD5",
      short: [
        "\u6C11\u65CF\u533A\u57DF\u81EA\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9999\u6E2F\u7279\u522B\u884C\u653F\u533A\u57FA\u672C\u6CD5",
      short: [
        "\u9999\u6E2F\u7279\u522B\u884C\u653F\u533A\u57FA\u672C\u6CD5",
        "\u9999\u6E2F\u57FA\u672C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6FB3\u95E8\u7279\u522B\u884C\u653F\u533A\u57FA\u672C\u6CD5",
      short: [
        "\u6FB3\u95E8\u7279\u522B\u884C\u653F\u533A\u57FA\u672C\u6CD5",
        "\u6FB3\u95E8\u57FA\u672C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9999\u6E2F\u7279\u522B\u884C\u653F\u533A\u7EF4\u62A4\u56FD\u5BB6\u5B89\u5168\u6CD5",
      short: [
        "\u9999\u6E2F\u7279\u522B\u884C\u653F\u533A\u7EF4\u62A4\u56FD\u5BB6\u5B89\u5168\u6CD5",
        "\u9999\u6E2F\u56FD\u5B89\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9999\u6E2F\u7279\u522B\u884C\u653F\u533A\u9A7B\u519B\u6CD5",
      short: [
        "\u9999\u6E2F\u7279\u522B\u884C\u653F\u533A\u9A7B\u519B\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6FB3\u95E8\u7279\u522B\u884C\u653F\u533A\u9A7B\u519B\u6CD5",
      short: [
        "\u6FB3\u95E8\u7279\u522B\u884C\u653F\u533A\u9A7B\u519B\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6751\u6C11\u59D4\u5458\u4F1A\u7EC4\u7EC7\u6CD5",
      short: [
        "\u6751\u6C11\u59D4\u5458\u4F1A\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u57CE\u5E02\u5C45\u6C11\u59D4\u5458\u4F1A\u7EC4\u7EC7\u6CD5",
      short: [
        "\u57CE\u5E02\u5C45\u6C11\u59D4\u5458\u4F1A\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u7C4D\u6CD5",
      short: [
        "\u56FD\u7C4D\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u65D7\u6CD5",
      short: [
        "\u56FD\u65D7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u5FBD\u6CD5",
      short: [
        "\u56FD\u5FBD\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u6B4C\u6CD5",
      short: [
        "\u56FD\u6B4C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u5BB6\u901A\u7528\u8BED\u8A00\u6587\u5B57\u6CD5",
      short: [
        "\u56FD\u5BB6\u901A\u7528\u8BED\u8A00\u6587\u5B57\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6212\u4E25\u6CD5",
      short: [
        "\u6212\u4E25\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u96C6\u4F1A\u6E38\u884C\u793A\u5A01\u6CD5",
      short: [
        "\u96C6\u4F1A\u6E38\u884C\u793A\u5A01\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7F14\u7ED3\u6761\u7EA6\u7A0B\u5E8F\u6CD5",
      short: [
        "\u7F14\u7ED3\u6761\u7EA6\u7A0B\u5E8F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9886\u6D77\u53CA\u6BD7\u8FDE\u533A\u6CD5",
      short: [
        "\u9886\u6D77\u53CA\u6BD7\u8FDE\u533A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E13\u5C5E\u7ECF\u6D4E\u533A\u548C\u5927\u9646\u67B6\u6CD5",
      short: [
        "\u4E13\u5C5E\u7ECF\u6D4E\u533A\u548C\u5927\u9646\u67B6\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9646\u5730\u56FD\u754C\u6CD5",
      short: [
        "\u9646\u5730\u56FD\u754C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BF9\u5916\u5173\u7CFB\u6CD5",
      short: [
        "\u5BF9\u5916\u5173\u7CFB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5916\u56FD\u56FD\u5BB6\u8C41\u514D\u6CD5",
      short: [
        "\u5916\u56FD\u56FD\u5BB6\u8C41\u514D\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u5916\u56FD\u5236\u88C1\u6CD5",
      short: [
        "\u53CD\u5916\u56FD\u5236\u88C1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9A7B\u5916\u5916\u4EA4\u4EBA\u5458\u6CD5",
      short: [
        "\u9A7B\u5916\u5916\u4EA4\u4EBA\u5458\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5916\u4EA4\u7279\u6743\u4E0E\u8C41\u514D\u6761\u4F8B",
      short: [
        "\u5916\u4EA4\u7279\u6743\u4E0E\u8C41\u514D\u6761\u4F8B"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9886\u4E8B\u7279\u6743\u4E0E\u8C41\u514D\u6761\u4F8B",
      short: [
        "\u9886\u4E8B\u7279\u6743\u4E0E\u8C41\u514D\u6761\u4F8B"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u5BB6\u52CB\u7AE0\u548C\u56FD\u5BB6\u8363\u8A89\u79F0\u53F7\u6CD5",
      short: [
        "\u56FD\u5BB6\u52CB\u7AE0\u548C\u56FD\u5BB6\u8363\u8A89\u79F0\u53F7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u82F1\u96C4\u70C8\u58EB\u4FDD\u62A4\u6CD5",
      short: [
        "\u82F1\u96C4\u70C8\u58EB\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7231\u56FD\u4E3B\u4E49\u6559\u80B2\u6CD5",
      short: [
        "\u7231\u56FD\u4E3B\u4E49\u6559\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u6C11\u6CD5\u9662\u7EC4\u7EC7\u6CD5",
      short: [
        "\u4EBA\u6C11\u6CD5\u9662\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u6C11\u68C0\u5BDF\u9662\u7EC4\u7EC7\u6CD5",
      short: [
        "\u4EBA\u6C11\u68C0\u5BDF\u9662\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6CD5\u5B98\u6CD5",
      short: [
        "\u6CD5\u5B98\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u68C0\u5BDF\u5B98\u6CD5",
      short: [
        "\u68C0\u5BDF\u5B98\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u6C11\u966A\u5BA1\u5458\u6CD5",
      short: [
        "\u4EBA\u6C11\u966A\u5BA1\u5458\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u76D1\u5BDF\u6CD5",
      short: [
        "\u76D1\u5BDF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u76D1\u5BDF\u5B98\u6CD5",
      short: [
        "\u76D1\u5BDF\u5B98\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u804C\u4EBA\u5458\u653F\u52A1\u5904\u5206\u6CD5",
      short: [
        "\u516C\u804C\u4EBA\u5458\u653F\u52A1\u5904\u5206\u6CD5",
        "\u653F\u52A1\u5904\u5206\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u52A1\u5458\u6CD5",
      short: [
        "\u516C\u52A1\u5458\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u9632\u6CD5",
      short: [
        "\u56FD\u9632\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u9632\u52A8\u5458\u6CD5",
      short: [
        "\u56FD\u9632\u52A8\u5458\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u9632\u6559\u80B2\u6CD5",
      short: [
        "\u56FD\u9632\u6559\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u9632\u4EA4\u901A\u6CD5",
      short: [
        "\u56FD\u9632\u4EA4\u901A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5175\u5F79\u6CD5",
      short: [
        "\u5175\u5F79\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u73B0\u5F79\u519B\u5B98\u6CD5",
      short: [
        "\u73B0\u5F79\u519B\u5B98\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9884\u5907\u5F79\u4EBA\u5458\u6CD5",
      short: [
        "\u9884\u5907\u5F79\u4EBA\u5458\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519B\u4EBA\u5730\u4F4D\u548C\u6743\u76CA\u4FDD\u969C\u6CD5",
      short: [
        "\u519B\u4EBA\u5730\u4F4D\u548C\u6743\u76CA\u4FDD\u969C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519B\u4EBA\u4FDD\u9669\u6CD5",
      short: [
        "\u519B\u4EBA\u4FDD\u9669\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5",
      short: [
        "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519B\u4E8B\u8BBE\u65BD\u4FDD\u62A4\u6CD5",
      short: [
        "\u519B\u4E8B\u8BBE\u65BD\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u6C11\u9632\u7A7A\u6CD5",
      short: [
        "\u4EBA\u6C11\u9632\u7A7A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u6C11\u6B66\u88C5\u8B66\u5BDF\u6CD5",
      short: [
        "\u4EBA\u6C11\u6B66\u88C5\u8B66\u5BDF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u8B66\u6CD5",
      short: [
        "\u6D77\u8B66\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u5BB6\u5B89\u5168\u6CD5",
      short: [
        "\u56FD\u5BB6\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u95F4\u8C0D\u6CD5",
      short: [
        "\u53CD\u95F4\u8C0D\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u5BB6\u60C5\u62A5\u6CD5",
      short: [
        "\u56FD\u5BB6\u60C5\u62A5\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u6050\u6016\u4E3B\u4E49\u6CD5",
      short: [
        "\u53CD\u6050\u6016\u4E3B\u4E49\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4FDD\u5B88\u56FD\u5BB6\u79D8\u5BC6\u6CD5",
      short: [
        "\u4FDD\u5B88\u56FD\u5BB6\u79D8\u5BC6\u6CD5",
        "\u4FDD\u5BC6\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7F51\u7EDC\u5B89\u5168\u6CD5",
      short: [
        "\u7F51\u7EDC\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6570\u636E\u5B89\u5168\u6CD5",
      short: [
        "\u6570\u636E\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5",
      short: [
        "\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BC6\u7801\u6CD5",
      short: [
        "\u5BC6\u7801\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u751F\u7269\u5B89\u5168\u6CD5",
      short: [
        "\u751F\u7269\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6838\u5B89\u5168\u6CD5",
      short: [
        "\u6838\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5883\u5916\u975E\u653F\u5E9C\u7EC4\u7EC7\u5883\u5185\u6D3B\u52A8\u7BA1\u7406\u6CD5",
      short: [
        "\u5883\u5916\u975E\u653F\u5E9C\u7EC4\u7EC7\u5883\u5185\u6D3B\u52A8\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u51FA\u5883\u5165\u5883\u7BA1\u7406\u6CD5",
      short: [
        "\u51FA\u5883\u5165\u5883\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u6CD5",
      short: [
        "\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u62A4\u7167\u6CD5",
      short: [
        "\u62A4\u7167\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u6C11\u8B66\u5BDF\u6CD5",
      short: [
        "\u4EBA\u6C11\u8B66\u5BDF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6CBB\u5B89\u7BA1\u7406\u5904\u7F5A\u6CD5",
      short: [
        "\u6CBB\u5B89\u7BA1\u7406\u5904\u7F5A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u67AA\u652F\u7BA1\u7406\u6CD5",
      short: [
        "\u67AA\u652F\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D88\u9632\u6CD5",
      short: [
        "\u6D88\u9632\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9053\u8DEF\u4EA4\u901A\u5B89\u5168\u6CD5",
      short: [
        "\u9053\u8DEF\u4EA4\u901A\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7981\u6BD2\u6CD5",
      short: [
        "\u7981\u6BD2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u6709\u7EC4\u7EC7\u72AF\u7F6A\u6CD5",
      short: [
        "\u53CD\u6709\u7EC4\u7EC7\u72AF\u7F6A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u7535\u4FE1\u7F51\u7EDC\u8BC8\u9A97\u6CD5",
      short: [
        "\u53CD\u7535\u4FE1\u7F51\u7EDC\u8BC8\u9A97\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u6D17\u94B1\u6CD5",
      short: [
        "\u53CD\u6D17\u94B1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u76D1\u72F1\u6CD5",
      short: [
        "\u76D1\u72F1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u793E\u533A\u77EB\u6B63\u6CD5",
      short: [
        "\u793E\u533A\u77EB\u6B63\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u884C\u653F\u5904\u7F5A\u6CD5",
      short: [
        "\u884C\u653F\u5904\u7F5A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u884C\u653F\u8BB8\u53EF\u6CD5",
      short: [
        "\u884C\u653F\u8BB8\u53EF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u884C\u653F\u5F3A\u5236\u6CD5",
      short: [
        "\u884C\u653F\u5F3A\u5236\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u884C\u653F\u590D\u8BAE\u6CD5",
      short: [
        "\u884C\u653F\u590D\u8BAE\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u884C\u653F\u8BC9\u8BBC\u6CD5",
      short: [
        "\u884C\u653F\u8BC9\u8BBC\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u5BB6\u8D54\u507F\u6CD5",
      short: [
        "\u56FD\u5BB6\u8D54\u507F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6CD5\u5F8B\u63F4\u52A9\u6CD5",
      short: [
        "\u6CD5\u5F8B\u63F4\u52A9\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u6C11\u8C03\u89E3\u6CD5",
      short: [
        "\u4EBA\u6C11\u8C03\u89E3\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u8BC1\u6CD5",
      short: [
        "\u516C\u8BC1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5F8B\u5E08\u6CD5",
      short: [
        "\u5F8B\u5E08\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EF2\u88C1\u6CD5",
      short: [
        "\u4EF2\u88C1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u52B3\u52A8\u4E89\u8BAE\u8C03\u89E3\u4EF2\u88C1\u6CD5",
      short: [
        "\u52B3\u52A8\u4E89\u8BAE\u8C03\u89E3\u4EF2\u88C1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u6751\u571F\u5730\u627F\u5305\u7ECF\u8425\u7EA0\u7EB7\u8C03\u89E3\u4EF2\u88C1\u6CD5",
      short: [
        "\u519C\u6751\u571F\u5730\u627F\u5305\u7ECF\u8425\u7EA0\u7EB7\u8C03\u89E3\u4EF2\u88C1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5211\u6CD5",
      short: [
        "\u5211\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5211\u4E8B\u8BC9\u8BBC\u6CD5",
      short: [
        "\u5211\u4E8B\u8BC9\u8BBC\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C11\u4E8B\u8BC9\u8BBC\u6CD5",
      short: [
        "\u6C11\u4E8B\u8BC9\u8BBC\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u4E8B\u8BC9\u8BBC\u7279\u522B\u7A0B\u5E8F\u6CD5",
      short: [
        "\u6D77\u4E8B\u8BC9\u8BBC\u7279\u522B\u7A0B\u5E8F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5F15\u6E21\u6CD5",
      short: [
        "\u5F15\u6E21\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u9645\u5211\u4E8B\u53F8\u6CD5\u534F\u52A9\u6CD5",
      short: [
        "\u56FD\u9645\u5211\u4E8B\u53F8\u6CD5\u534F\u52A9\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C11\u6CD5\u5178",
      short: [
        "\u6C11\u6CD5\u5178"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D89\u5916\u6C11\u4E8B\u5173\u7CFB\u6CD5\u5F8B\u9002\u7528\u6CD5",
      short: [
        "\u6D89\u5916\u6C11\u4E8B\u5173\u7CFB\u6CD5\u5F8B\u9002\u7528\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u53F8\u6CD5",
      short: [
        "\u516C\u53F8\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5408\u4F19\u4F01\u4E1A\u6CD5",
      short: [
        "\u5408\u4F19\u4F01\u4E1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E2A\u4EBA\u72EC\u8D44\u4F01\u4E1A\u6CD5",
      short: [
        "\u4E2A\u4EBA\u72EC\u8D44\u4F01\u4E1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4F01\u4E1A\u7834\u4EA7\u6CD5",
      short: [
        "\u4F01\u4E1A\u7834\u4EA7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5168\u6C11\u6240\u6709\u5236\u5DE5\u4E1A\u4F01\u4E1A\u6CD5",
      short: [
        "\u5168\u6C11\u6240\u6709\u5236\u5DE5\u4E1A\u4F01\u4E1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E61\u9547\u4F01\u4E1A\u6CD5",
      short: [
        "\u4E61\u9547\u4F01\u4E1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4F01\u4E1A\u56FD\u6709\u8D44\u4EA7\u6CD5",
      short: [
        "\u4F01\u4E1A\u56FD\u6709\u8D44\u4EA7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E2D\u5C0F\u4F01\u4E1A\u4FC3\u8FDB\u6CD5",
      short: [
        "\u4E2D\u5C0F\u4F01\u4E1A\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C11\u8425\u7ECF\u6D4E\u4FC3\u8FDB\u6CD5",
      short: [
        "\u6C11\u8425\u7ECF\u6D4E\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u6C11\u4E13\u4E1A\u5408\u4F5C\u793E\u6CD5",
      short: [
        "\u519C\u6C11\u4E13\u4E1A\u5408\u4F5C\u793E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u6751\u96C6\u4F53\u7ECF\u6D4E\u7EC4\u7EC7\u6CD5",
      short: [
        "\u519C\u6751\u96C6\u4F53\u7ECF\u6D4E\u7EC4\u7EC7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5546\u4E1A\u94F6\u884C\u6CD5",
      short: [
        "\u5546\u4E1A\u94F6\u884C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E2D\u56FD\u4EBA\u6C11\u94F6\u884C\u6CD5",
      short: [
        "\u4E2D\u56FD\u4EBA\u6C11\u94F6\u884C\u6CD5",
        "\u4EBA\u6C11\u94F6\u884C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u94F6\u884C\u4E1A\u76D1\u7763\u7BA1\u7406\u6CD5",
      short: [
        "\u94F6\u884C\u4E1A\u76D1\u7763\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4FDD\u9669\u6CD5",
      short: [
        "\u4FDD\u9669\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8BC1\u5238\u6CD5",
      short: [
        "\u8BC1\u5238\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8BC1\u5238\u6295\u8D44\u57FA\u91D1\u6CD5",
      short: [
        "\u8BC1\u5238\u6295\u8D44\u57FA\u91D1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u671F\u8D27\u548C\u884D\u751F\u54C1\u6CD5",
      short: [
        "\u671F\u8D27\u548C\u884D\u751F\u54C1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4FE1\u6258\u6CD5",
      short: [
        "\u4FE1\u6258\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7968\u636E\u6CD5",
      short: [
        "\u7968\u636E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u5546\u6CD5",
      short: [
        "\u6D77\u5546\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7535\u5B50\u7B7E\u540D\u6CD5",
      short: [
        "\u7535\u5B50\u7B7E\u540D\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7535\u5B50\u5546\u52A1\u6CD5",
      short: [
        "\u7535\u5B50\u5546\u52A1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8457\u4F5C\u6743\u6CD5",
      short: [
        "\u8457\u4F5C\u6743\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E13\u5229\u6CD5",
      short: [
        "\u4E13\u5229\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5546\u6807\u6CD5",
      short: [
        "\u5546\u6807\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u4E0D\u6B63\u5F53\u7ADE\u4E89\u6CD5",
      short: [
        "\u53CD\u4E0D\u6B63\u5F53\u7ADE\u4E89\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u5784\u65AD\u6CD5",
      short: [
        "\u53CD\u5784\u65AD\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D88\u8D39\u8005\u6743\u76CA\u4FDD\u62A4\u6CD5",
      short: [
        "\u6D88\u8D39\u8005\u6743\u76CA\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EA7\u54C1\u8D28\u91CF\u6CD5",
      short: [
        "\u4EA7\u54C1\u8D28\u91CF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5E7F\u544A\u6CD5",
      short: [
        "\u5E7F\u544A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EF7\u683C\u6CD5",
      short: [
        "\u4EF7\u683C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u62DB\u6807\u6295\u6807\u6CD5",
      short: [
        "\u62DB\u6807\u6295\u6807\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u653F\u5E9C\u91C7\u8D2D\u6CD5",
      short: [
        "\u653F\u5E9C\u91C7\u8D2D\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u62CD\u5356\u6CD5",
      short: [
        "\u62CD\u5356\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8D44\u4EA7\u8BC4\u4F30\u6CD5",
      short: [
        "\u8D44\u4EA7\u8BC4\u4F30\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5916\u5546\u6295\u8D44\u6CD5",
      short: [
        "\u5916\u5546\u6295\u8D44\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53F0\u6E7E\u540C\u80DE\u6295\u8D44\u4FDD\u62A4\u6CD5",
      short: [
        "\u53F0\u6E7E\u540C\u80DE\u6295\u8D44\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BF9\u5916\u8D38\u6613\u6CD5",
      short: [
        "\u5BF9\u5916\u8D38\u6613\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u51FA\u53E3\u7BA1\u5236\u6CD5",
      short: [
        "\u51FA\u53E3\u7BA1\u5236\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u5173\u6CD5",
      short: [
        "\u6D77\u5173\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8FDB\u51FA\u53E3\u5546\u54C1\u68C0\u9A8C\u6CD5",
      short: [
        "\u8FDB\u51FA\u53E3\u5546\u54C1\u68C0\u9A8C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8FDB\u51FA\u5883\u52A8\u690D\u7269\u68C0\u75AB\u6CD5",
      short: [
        "\u8FDB\u51FA\u5883\u52A8\u690D\u7269\u68C0\u75AB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FD\u5883\u536B\u751F\u68C0\u75AB\u6CD5",
      short: [
        "\u56FD\u5883\u536B\u751F\u68C0\u75AB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u5357\u81EA\u7531\u8D38\u6613\u6E2F\u6CD5",
      short: [
        "\u6D77\u5357\u81EA\u7531\u8D38\u6613\u6E2F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5173\u7A0E\u6CD5",
      short: [
        "\u5173\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9884\u7B97\u6CD5",
      short: [
        "\u9884\u7B97\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BA1\u8BA1\u6CD5",
      short: [
        "\u5BA1\u8BA1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4F1A\u8BA1\u6CD5",
      short: [
        "\u4F1A\u8BA1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6CE8\u518C\u4F1A\u8BA1\u5E08\u6CD5",
      short: [
        "\u6CE8\u518C\u4F1A\u8BA1\u5E08\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7EDF\u8BA1\u6CD5",
      short: [
        "\u7EDF\u8BA1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7A0E\u6536\u5F81\u6536\u7BA1\u7406\u6CD5",
      short: [
        "\u7A0E\u6536\u5F81\u6536\u7BA1\u7406\u6CD5",
        "\u7A0E\u6536\u5F81\u7BA1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E2A\u4EBA\u6240\u5F97\u7A0E\u6CD5",
      short: [
        "\u4E2A\u4EBA\u6240\u5F97\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4F01\u4E1A\u6240\u5F97\u7A0E\u6CD5",
      short: [
        "\u4F01\u4E1A\u6240\u5F97\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u589E\u503C\u7A0E\u6CD5",
      short: [
        "\u589E\u503C\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8F66\u8239\u7A0E\u6CD5",
      short: [
        "\u8F66\u8239\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u73AF\u5883\u4FDD\u62A4\u7A0E\u6CD5",
      short: [
        "\u73AF\u5883\u4FDD\u62A4\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u70DF\u53F6\u7A0E\u6CD5",
      short: [
        "\u70DF\u53F6\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8239\u8236\u5428\u7A0E\u6CD5",
      short: [
        "\u8239\u8236\u5428\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8015\u5730\u5360\u7528\u7A0E\u6CD5",
      short: [
        "\u8015\u5730\u5360\u7528\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8F66\u8F86\u8D2D\u7F6E\u7A0E\u6CD5",
      short: [
        "\u8F66\u8F86\u8D2D\u7F6E\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8D44\u6E90\u7A0E\u6CD5",
      short: [
        "\u8D44\u6E90\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5951\u7A0E\u6CD5",
      short: [
        "\u5951\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u57CE\u5E02\u7EF4\u62A4\u5EFA\u8BBE\u7A0E\u6CD5",
      short: [
        "\u57CE\u5E02\u7EF4\u62A4\u5EFA\u8BBE\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5370\u82B1\u7A0E\u6CD5",
      short: [
        "\u5370\u82B1\u7A0E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u70DF\u8349\u4E13\u5356\u6CD5",
      short: [
        "\u70DF\u8349\u4E13\u5356\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u57CE\u5E02\u623F\u5730\u4EA7\u7BA1\u7406\u6CD5",
      short: [
        "\u57CE\u5E02\u623F\u5730\u4EA7\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u571F\u5730\u7BA1\u7406\u6CD5",
      short: [
        "\u571F\u5730\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u57CE\u4E61\u89C4\u5212\u6CD5",
      short: [
        "\u57CE\u4E61\u89C4\u5212\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5EFA\u7B51\u6CD5",
      short: [
        "\u5EFA\u7B51\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D4B\u7ED8\u6CD5",
      short: [
        "\u6D4B\u7ED8\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u77FF\u4EA7\u8D44\u6E90\u6CD5",
      short: [
        "\u77FF\u4EA7\u8D44\u6E90\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7164\u70AD\u6CD5",
      short: [
        "\u7164\u70AD\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7535\u529B\u6CD5",
      short: [
        "\u7535\u529B\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u80FD\u6E90\u6CD5",
      short: [
        "\u80FD\u6E90\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8282\u7EA6\u80FD\u6E90\u6CD5",
      short: [
        "\u8282\u7EA6\u80FD\u6E90\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53EF\u518D\u751F\u80FD\u6E90\u6CD5",
      short: [
        "\u53EF\u518D\u751F\u80FD\u6E90\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u77F3\u6CB9\u5929\u7136\u6C14\u7BA1\u9053\u4FDD\u62A4\u6CD5",
      short: [
        "\u77F3\u6CB9\u5929\u7136\u6C14\u7BA1\u9053\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u94C1\u8DEF\u6CD5",
      short: [
        "\u94C1\u8DEF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u8DEF\u6CD5",
      short: [
        "\u516C\u8DEF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C11\u7528\u822A\u7A7A\u6CD5",
      short: [
        "\u6C11\u7528\u822A\u7A7A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6E2F\u53E3\u6CD5",
      short: [
        "\u6E2F\u53E3\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u822A\u9053\u6CD5",
      short: [
        "\u822A\u9053\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u4E0A\u4EA4\u901A\u5B89\u5168\u6CD5",
      short: [
        "\u6D77\u4E0A\u4EA4\u901A\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u90AE\u653F\u6CD5",
      short: [
        "\u90AE\u653F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u4E1A\u6CD5",
      short: [
        "\u519C\u4E1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u79CD\u5B50\u6CD5",
      short: [
        "\u79CD\u5B50\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u4EA7\u54C1\u8D28\u91CF\u5B89\u5168\u6CD5",
      short: [
        "\u519C\u4EA7\u54C1\u8D28\u91CF\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u755C\u7267\u6CD5",
      short: [
        "\u755C\u7267\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u52A8\u7269\u9632\u75AB\u6CD5",
      short: [
        "\u52A8\u7269\u9632\u75AB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u6751\u571F\u5730\u627F\u5305\u6CD5",
      short: [
        "\u519C\u6751\u571F\u5730\u627F\u5305\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u4E1A\u6280\u672F\u63A8\u5E7F\u6CD5",
      short: [
        "\u519C\u4E1A\u6280\u672F\u63A8\u5E7F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u519C\u4E1A\u673A\u68B0\u5316\u4FC3\u8FDB\u6CD5",
      short: [
        "\u519C\u4E1A\u673A\u68B0\u5316\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6E14\u4E1A\u6CD5",
      short: [
        "\u6E14\u4E1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E61\u6751\u632F\u5174\u4FC3\u8FDB\u6CD5",
      short: [
        "\u4E61\u6751\u632F\u5174\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7CAE\u98DF\u5B89\u5168\u4FDD\u969C\u6CD5",
      short: [
        "\u7CAE\u98DF\u5B89\u5168\u4FDD\u969C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9ED1\u571F\u5730\u4FDD\u62A4\u6CD5",
      short: [
        "\u9ED1\u571F\u5730\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u98DF\u54C1\u6D6A\u8D39\u6CD5",
      short: [
        "\u53CD\u98DF\u54C1\u6D6A\u8D39\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u68EE\u6797\u6CD5",
      short: [
        "\u68EE\u6797\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8349\u539F\u6CD5",
      short: [
        "\u8349\u539F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C34\u6CD5",
      short: [
        "\u6C34\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9632\u6D2A\u6CD5",
      short: [
        "\u9632\u6D2A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C34\u571F\u4FDD\u6301\u6CD5",
      short: [
        "\u6C34\u571F\u4FDD\u6301\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9632\u6C99\u6CBB\u6C99\u6CD5",
      short: [
        "\u9632\u6C99\u6CBB\u6C99\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u73AF\u5883\u4FDD\u62A4\u6CD5",
      short: [
        "\u73AF\u5883\u4FDD\u62A4\u6CD5",
        "\u73AF\u4FDD\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u73AF\u5883\u5F71\u54CD\u8BC4\u4EF7\u6CD5",
      short: [
        "\u73AF\u5883\u5F71\u54CD\u8BC4\u4EF7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C34\u6C61\u67D3\u9632\u6CBB\u6CD5",
      short: [
        "\u6C34\u6C61\u67D3\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5927\u6C14\u6C61\u67D3\u9632\u6CBB\u6CD5",
      short: [
        "\u5927\u6C14\u6C61\u67D3\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u571F\u58E4\u6C61\u67D3\u9632\u6CBB\u6CD5",
      short: [
        "\u571F\u58E4\u6C61\u67D3\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u56FA\u4F53\u5E9F\u7269\u6C61\u67D3\u73AF\u5883\u9632\u6CBB\u6CD5",
      short: [
        "\u56FA\u4F53\u5E9F\u7269\u6C61\u67D3\u73AF\u5883\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u566A\u58F0\u6C61\u67D3\u9632\u6CBB\u6CD5",
      short: [
        "\u566A\u58F0\u6C61\u67D3\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u653E\u5C04\u6027\u6C61\u67D3\u9632\u6CBB\u6CD5",
      short: [
        "\u653E\u5C04\u6027\u6C61\u67D3\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u6D0B\u73AF\u5883\u4FDD\u62A4\u6CD5",
      short: [
        "\u6D77\u6D0B\u73AF\u5883\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u91CE\u751F\u52A8\u7269\u4FDD\u62A4\u6CD5",
      short: [
        "\u91CE\u751F\u52A8\u7269\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u957F\u6C5F\u4FDD\u62A4\u6CD5",
      short: [
        "\u957F\u6C5F\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9EC4\u6CB3\u4FDD\u62A4\u6CD5",
      short: [
        "\u9EC4\u6CB3\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6E7F\u5730\u4FDD\u62A4\u6CD5",
      short: [
        "\u6E7F\u5730\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9752\u85CF\u9AD8\u539F\u751F\u6001\u4FDD\u62A4\u6CD5",
      short: [
        "\u9752\u85CF\u9AD8\u539F\u751F\u6001\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6E05\u6D01\u751F\u4EA7\u4FC3\u8FDB\u6CD5",
      short: [
        "\u6E05\u6D01\u751F\u4EA7\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5FAA\u73AF\u7ECF\u6D4E\u4FC3\u8FDB\u6CD5",
      short: [
        "\u5FAA\u73AF\u7ECF\u6D4E\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u5C9B\u4FDD\u62A4\u6CD5",
      short: [
        "\u6D77\u5C9B\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6D77\u57DF\u4F7F\u7528\u7BA1\u7406\u6CD5",
      short: [
        "\u6D77\u57DF\u4F7F\u7528\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6DF1\u6D77\u6D77\u5E95\u533A\u57DF\u8D44\u6E90\u52D8\u63A2\u5F00\u53D1\u6CD5",
      short: [
        "\u6DF1\u6D77\u6D77\u5E95\u533A\u57DF\u8D44\u6E90\u52D8\u63A2\u5F00\u53D1\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C14\u8C61\u6CD5",
      short: [
        "\u6C14\u8C61\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9632\u9707\u51CF\u707E\u6CD5",
      short: [
        "\u9632\u9707\u51CF\u707E\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6587\u7269\u4FDD\u62A4\u6CD5",
      short: [
        "\u6587\u7269\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u975E\u7269\u8D28\u6587\u5316\u9057\u4EA7\u6CD5",
      short: [
        "\u975E\u7269\u8D28\u6587\u5316\u9057\u4EA7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u5171\u6587\u5316\u670D\u52A1\u4FDD\u969C\u6CD5",
      short: [
        "\u516C\u5171\u6587\u5316\u670D\u52A1\u4FDD\u969C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u5171\u56FE\u4E66\u9986\u6CD5",
      short: [
        "\u516C\u5171\u56FE\u4E66\u9986\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7535\u5F71\u4EA7\u4E1A\u4FC3\u8FDB\u6CD5",
      short: [
        "\u7535\u5F71\u4EA7\u4E1A\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6863\u6848\u6CD5",
      short: [
        "\u6863\u6848\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4F53\u80B2\u6CD5",
      short: [
        "\u4F53\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6559\u80B2\u6CD5",
      short: [
        "\u6559\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E49\u52A1\u6559\u80B2\u6CD5",
      short: [
        "\u4E49\u52A1\u6559\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5B66\u524D\u6559\u80B2\u6CD5",
      short: [
        "\u5B66\u524D\u6559\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9AD8\u7B49\u6559\u80B2\u6CD5",
      short: [
        "\u9AD8\u7B49\u6559\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u804C\u4E1A\u6559\u80B2\u6CD5",
      short: [
        "\u804C\u4E1A\u6559\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6559\u5E08\u6CD5",
      short: [
        "\u6559\u5E08\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6C11\u529E\u6559\u80B2\u4FC3\u8FDB\u6CD5",
      short: [
        "\u6C11\u529E\u6559\u80B2\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5B66\u4F4D\u6CD5",
      short: [
        "\u5B66\u4F4D\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5BB6\u5EAD\u6559\u80B2\u4FC3\u8FDB\u6CD5",
      short: [
        "\u5BB6\u5EAD\u6559\u80B2\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u79D1\u5B66\u6280\u672F\u8FDB\u6B65\u6CD5",
      short: [
        "\u79D1\u5B66\u6280\u672F\u8FDB\u6B65\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4FC3\u8FDB\u79D1\u6280\u6210\u679C\u8F6C\u5316\u6CD5",
      short: [
        "\u4FC3\u8FDB\u79D1\u6280\u6210\u679C\u8F6C\u5316\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u79D1\u5B66\u6280\u672F\u666E\u53CA\u6CD5",
      short: [
        "\u79D1\u5B66\u6280\u672F\u666E\u53CA\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u52B3\u52A8\u6CD5",
      short: [
        "\u52B3\u52A8\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u52B3\u52A8\u5408\u540C\u6CD5",
      short: [
        "\u52B3\u52A8\u5408\u540C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5C31\u4E1A\u4FC3\u8FDB\u6CD5",
      short: [
        "\u5C31\u4E1A\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u793E\u4F1A\u4FDD\u9669\u6CD5",
      short: [
        "\u793E\u4F1A\u4FDD\u9669\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5B89\u5168\u751F\u4EA7\u6CD5",
      short: [
        "\u5B89\u5168\u751F\u4EA7\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u804C\u4E1A\u75C5\u9632\u6CBB\u6CD5",
      short: [
        "\u804C\u4E1A\u75C5\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u77FF\u5C71\u5B89\u5168\u6CD5",
      short: [
        "\u77FF\u5C71\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7279\u79CD\u8BBE\u5907\u5B89\u5168\u6CD5",
      short: [
        "\u7279\u79CD\u8BBE\u5907\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5DE5\u4F1A\u6CD5",
      short: [
        "\u5DE5\u4F1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6CD5",
      short: [
        "\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u9884\u9632\u672A\u6210\u5E74\u4EBA\u72AF\u7F6A\u6CD5",
      short: [
        "\u9884\u9632\u672A\u6210\u5E74\u4EBA\u72AF\u7F6A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5987\u5973\u6743\u76CA\u4FDD\u969C\u6CD5",
      short: [
        "\u5987\u5973\u6743\u76CA\u4FDD\u969C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5",
      short: [
        "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5",
      short: [
        "\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5F52\u4FA8\u4FA8\u7737\u6743\u76CA\u4FDD\u62A4\u6CD5",
      short: [
        "\u5F52\u4FA8\u4FA8\u7737\u6743\u76CA\u4FDD\u62A4\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u53CD\u5BB6\u5EAD\u66B4\u529B\u6CD5",
      short: [
        "\u53CD\u5BB6\u5EAD\u66B4\u529B\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6148\u5584\u6CD5",
      short: [
        "\u6148\u5584\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7EA2\u5341\u5B57\u4F1A\u6CD5",
      short: [
        "\u7EA2\u5341\u5B57\u4F1A\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u516C\u76CA\u4E8B\u4E1A\u6350\u8D60\u6CD5",
      short: [
        "\u516C\u76CA\u4E8B\u4E1A\u6350\u8D60\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u65E0\u969C\u788D\u73AF\u5883\u5EFA\u8BBE\u6CD5",
      short: [
        "\u65E0\u969C\u788D\u73AF\u5883\u5EFA\u8BBE\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5",
      short: [
        "\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u533B\u5E08\u6CD5",
      short: [
        "\u533B\u5E08\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4E2D\u533B\u836F\u6CD5",
      short: [
        "\u4E2D\u533B\u836F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7CBE\u795E\u536B\u751F\u6CD5",
      short: [
        "\u7CBE\u795E\u536B\u751F\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4F20\u67D3\u75C5\u9632\u6CBB\u6CD5",
      short: [
        "\u4F20\u67D3\u75C5\u9632\u6CBB\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u75AB\u82D7\u7BA1\u7406\u6CD5",
      short: [
        "\u75AB\u82D7\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u836F\u54C1\u7BA1\u7406\u6CD5",
      short: [
        "\u836F\u54C1\u7BA1\u7406\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u98DF\u54C1\u5B89\u5168\u6CD5",
      short: [
        "\u98DF\u54C1\u5B89\u5168\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u732E\u8840\u6CD5",
      short: [
        "\u732E\u8840\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6BCD\u5A74\u4FDD\u5065\u6CD5",
      short: [
        "\u6BCD\u5A74\u4FDD\u5065\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5",
      short: [
        "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u7A81\u53D1\u4E8B\u4EF6\u5E94\u5BF9\u6CD5",
      short: [
        "\u7A81\u53D1\u4E8B\u4EF6\u5E94\u5BF9\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u8BA1\u91CF\u6CD5",
      short: [
        "\u8BA1\u91CF\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u6807\u51C6\u5316\u6CD5",
      short: [
        "\u6807\u51C6\u5316\u6CD5"
      ]
    },
    {
      name: "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u65C5\u6E38\u6CD5",
      short: [
        "\u65C5\u6E38\u6CD5"
      ]
    },
    {
      name: "\u53CD\u5206\u88C2\u56FD\u5BB6\u6CD5",
      short: []
    }
  ],
  commonMistakes: [
    {
      wrong: "\u6CBB\u5B89\u5904\u7F5A\u6CD5",
      correct: "\u6CBB\u5B89\u7BA1\u7406\u5904\u7F5A\u6CD5"
    },
    {
      wrong: "\u672A\u6210\u5E74\u4FDD\u62A4\u6CD5",
      correct: "\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6CD5"
    },
    {
      wrong: "\u672A\u6210\u5E74\u4EBA\u6743\u76CA\u4FDD\u62A4\u6CD5",
      correct: "\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6CD5"
    },
    {
      wrong: "\u9884\u9632\u9752\u5C11\u5E74\u72AF\u7F6A\u6CD5",
      correct: "\u9884\u9632\u672A\u6210\u5E74\u4EBA\u72AF\u7F6A\u6CD5"
    },
    {
      wrong: "\u9884\u9632\u672A\u6210\u5E74\u72AF\u7F6A\u6CD5",
      correct: "\u9884\u9632\u672A\u6210\u5E74\u4EBA\u72AF\u7F6A\u6CD5"
    },
    {
      wrong: "\u9053\u8DEF\u4EA4\u901A\u6CD5",
      correct: "\u9053\u8DEF\u4EA4\u901A\u5B89\u5168\u6CD5"
    },
    {
      wrong: "\u9053\u8DEF\u4EA4\u901A\u7BA1\u7406\u6CD5",
      correct: "\u9053\u8DEF\u4EA4\u901A\u5B89\u5168\u6CD5"
    },
    {
      wrong: "\u6D88\u8D39\u8005\u4FDD\u62A4\u6CD5",
      correct: "\u6D88\u8D39\u8005\u6743\u76CA\u4FDD\u62A4\u6CD5"
    },
    {
      wrong: "\u6D88\u8D39\u8005\u6743\u76CA\u4FDD\u969C\u6CD5",
      correct: "\u6D88\u8D39\u8005\u6743\u76CA\u4FDD\u62A4\u6CD5"
    },
    {
      wrong: "\u5987\u5973\u4FDD\u969C\u6CD5",
      correct: "\u5987\u5973\u6743\u76CA\u4FDD\u969C\u6CD5"
    },
    {
      wrong: "\u5987\u5973\u6743\u76CA\u4FDD\u62A4\u6CD5",
      correct: "\u5987\u5973\u6743\u76CA\u4FDD\u969C\u6CD5"
    },
    {
      wrong: "\u8001\u5E74\u4EBA\u4FDD\u969C\u6CD5",
      correct: "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5"
    },
    {
      wrong: "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u62A4\u6CD5",
      correct: "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5"
    },
    {
      wrong: "\u6B8B\u75BE\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5",
      correct: "\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5"
    },
    {
      wrong: "\u6B8B\u75BE\u4EBA\u6743\u76CA\u4FDD\u62A4\u6CD5",
      correct: "\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5"
    },
    {
      wrong: "\u53CD\u5BB6\u66B4\u6CD5",
      correct: "\u53CD\u5BB6\u5EAD\u66B4\u529B\u6CD5"
    },
    {
      wrong: "\u56FD\u5BB6\u5B89\u5168\u4FDD\u5BC6\u6CD5",
      correct: "\u4FDD\u5B88\u56FD\u5BB6\u79D8\u5BC6\u6CD5"
    },
    {
      wrong: "\u884C\u653F\u5F3A\u5236\u6267\u884C\u6CD5",
      correct: "\u884C\u653F\u5F3A\u5236\u6CD5"
    },
    {
      wrong: "\u884C\u653F\u8BB8\u53EF\u8BC1\u6CD5",
      correct: "\u884C\u653F\u8BB8\u53EF\u6CD5"
    },
    {
      wrong: "\u6D88\u9632\u5B89\u5168\u6CD5",
      correct: "\u6D88\u9632\u6CD5"
    },
    {
      wrong: "\u5B89\u5168\u751F\u4EA7\u7BA1\u7406\u6CD5",
      correct: "\u5B89\u5168\u751F\u4EA7\u6CD5"
    },
    {
      wrong: "\u571F\u5730\u6CD5",
      correct: "\u571F\u5730\u7BA1\u7406\u6CD5"
    },
    {
      wrong: "\u836F\u54C1\u6CD5",
      correct: "\u836F\u54C1\u7BA1\u7406\u6CD5"
    },
    {
      wrong: "\u4F20\u67D3\u75C5\u6CD5",
      correct: "\u4F20\u67D3\u75C5\u9632\u6CBB\u6CD5"
    },
    {
      wrong: "\u75AB\u82D7\u6CD5",
      correct: "\u75AB\u82D7\u7BA1\u7406\u6CD5"
    },
    {
      wrong: "\u5927\u6C14\u6C61\u67D3\u6CD5",
      correct: "\u5927\u6C14\u6C61\u67D3\u9632\u6CBB\u6CD5"
    },
    {
      wrong: "\u6C34\u6C61\u67D3\u6CD5",
      correct: "\u6C34\u6C61\u67D3\u9632\u6CBB\u6CD5"
    },
    {
      wrong: "\u91CE\u751F\u52A8\u7269\u6CD5",
      correct: "\u91CE\u751F\u52A8\u7269\u4FDD\u62A4\u6CD5"
    },
    {
      wrong: "\u519C\u4EA7\u54C1\u5B89\u5168\u6CD5",
      correct: "\u519C\u4EA7\u54C1\u8D28\u91CF\u5B89\u5168\u6CD5"
    },
    {
      wrong: "\u4E2A\u4EBA\u4FE1\u606F\u6CD5",
      correct: "\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5"
    },
    {
      wrong: "\u53CD\u7535\u4FE1\u8BC8\u9A97\u6CD5",
      correct: "\u53CD\u7535\u4FE1\u7F51\u7EDC\u8BC8\u9A97\u6CD5"
    },
    {
      wrong: "\u7535\u4FE1\u7F51\u7EDC\u8BC8\u9A97\u6CD5",
      correct: "\u53CD\u7535\u4FE1\u7F51\u7EDC\u8BC8\u9A97\u6CD5"
    },
    {
      wrong: "\u5BB6\u5EAD\u6559\u80B2\u6CD5",
      correct: "\u5BB6\u5EAD\u6559\u80B2\u4FC3\u8FDB\u6CD5"
    },
    {
      wrong: "\u4E61\u6751\u632F\u5174\u6CD5",
      correct: "\u4E61\u6751\u632F\u5174\u4FC3\u8FDB\u6CD5"
    },
    {
      wrong: "\u6C11\u8425\u7ECF\u6D4E\u6CD5",
      correct: "\u6C11\u8425\u7ECF\u6D4E\u4FC3\u8FDB\u6CD5"
    },
    {
      wrong: "\u82F1\u70C8\u4FDD\u62A4\u6CD5",
      correct: "\u82F1\u96C4\u70C8\u58EB\u4FDD\u62A4\u6CD5"
    },
    {
      wrong: "\u9000\u5F79\u519B\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5",
      correct: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5"
    },
    {
      wrong: "\u6751\u59D4\u4F1A\u7EC4\u7EC7\u6CD5",
      correct: "\u6751\u6C11\u59D4\u5458\u4F1A\u7EC4\u7EC7\u6CD5"
    },
    {
      wrong: "\u5C45\u59D4\u4F1A\u7EC4\u7EC7\u6CD5",
      correct: "\u57CE\u5E02\u5C45\u6C11\u59D4\u5458\u4F1A\u7EC4\u7EC7\u6CD5"
    },
    {
      wrong: "\u52B3\u52A8\u4E89\u8BAE\u4EF2\u88C1\u6CD5",
      correct: "\u52B3\u52A8\u4E89\u8BAE\u8C03\u89E3\u4EF2\u88C1\u6CD5"
    },
    {
      wrong: "\u8BA1\u5212\u751F\u80B2\u6CD5",
      correct: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5"
    },
    {
      wrong: "\u571F\u5730\u627F\u5305\u6CD5",
      correct: "\u519C\u6751\u571F\u5730\u627F\u5305\u6CD5"
    }
  ],
  repealed: [
    {
      name: "\u6C11\u6CD5\u901A\u5219",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u6C11\u6CD5\u603B\u5219",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u5408\u540C\u6CD5",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u7269\u6743\u6CD5",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u62C5\u4FDD\u6CD5",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u5A5A\u59FB\u6CD5",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u7EE7\u627F\u6CD5",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u6536\u517B\u6CD5",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u4FB5\u6743\u8D23\u4EFB\u6CD5",
      replacedBy: "\u6C11\u6CD5\u5178",
      since: 2021
    },
    {
      name: "\u98DF\u54C1\u536B\u751F\u6CD5",
      replacedBy: "\u98DF\u54C1\u5B89\u5168\u6CD5",
      since: 2009
    },
    {
      name: "\u884C\u653F\u76D1\u5BDF\u6CD5",
      replacedBy: "\u76D1\u5BDF\u6CD5",
      since: 2018
    },
    {
      name: "\u6267\u4E1A\u533B\u5E08\u6CD5",
      replacedBy: "\u533B\u5E08\u6CD5",
      since: 2022
    },
    {
      name: "\u4E2D\u5916\u5408\u8D44\u7ECF\u8425\u4F01\u4E1A\u6CD5",
      replacedBy: "\u5916\u5546\u6295\u8D44\u6CD5",
      since: 2020
    },
    {
      name: "\u4E2D\u5916\u5408\u4F5C\u7ECF\u8425\u4F01\u4E1A\u6CD5",
      replacedBy: "\u5916\u5546\u6295\u8D44\u6CD5",
      since: 2020
    },
    {
      name: "\u5916\u8D44\u4F01\u4E1A\u6CD5",
      replacedBy: "\u5916\u5546\u6295\u8D44\u6CD5",
      since: 2020
    },
    {
      name: "\u73AF\u5883\u566A\u58F0\u6C61\u67D3\u9632\u6CBB\u6CD5",
      replacedBy: "\u566A\u58F0\u6C61\u67D3\u9632\u6CBB\u6CD5",
      since: 2022
    },
    {
      name: "\u57CE\u5E02\u89C4\u5212\u6CD5",
      replacedBy: "\u57CE\u4E61\u89C4\u5212\u6CD5",
      since: 2008
    },
    {
      name: "\u9884\u5907\u5F79\u519B\u5B98\u6CD5",
      replacedBy: "\u9884\u5907\u5F79\u4EBA\u5458\u6CD5",
      since: 2023
    },
    {
      name: "\u5B66\u4F4D\u6761\u4F8B",
      replacedBy: "\u5B66\u4F4D\u6CD5",
      since: 2025
    },
    {
      name: "\u6CBB\u5B89\u7BA1\u7406\u5904\u7F5A\u6761\u4F8B",
      replacedBy: "\u6CBB\u5B89\u7BA1\u7406\u5904\u7F5A\u6CD5",
      since: 2006
    },
    {
      name: "\u516C\u6C11\u51FA\u5883\u5165\u5883\u7BA1\u7406\u6CD5",
      replacedBy: "\u51FA\u5883\u5165\u5883\u7BA1\u7406\u6CD5",
      since: 2013
    },
    {
      name: "\u5916\u56FD\u4EBA\u5165\u5883\u51FA\u5883\u7BA1\u7406\u6CD5",
      replacedBy: "\u51FA\u5883\u5165\u5883\u7BA1\u7406\u6CD5",
      since: 2013
    }
  ]
};

// src/lexicon/laws.ts
import { confusionKindOf, segment, wordFrequency } from "@report-lint/core";

// src/chars.ts
function unitTest(re) {
  const table = new Uint8Array(65536);
  return (code) => {
    let v = table[code];
    if (v === 0) table[code] = v = re.test(String.fromCharCode(code)) ? 1 : 2;
    return v === 1;
  };
}
var isHanUnit = unitTest(/\p{Script=Han}/u);
var isGapUnit = unitTest(/[ \u3000\u00a0\u2000-\u200a\u202f\u205f]/u);
var NO_MATCHES = [];
function matchesWhere(text, re, needs) {
  if (typeof needs === "string") return text.includes(needs) ? text.matchAll(re) : NO_MATCHES;
  for (let k = 0; k < needs.length; k++) if (text.includes(needs[k])) return text.matchAll(re);
  return NO_MATCHES;
}

// src/lexicon/laws.ts
var LAW_ENDINGS = /* @__PURE__ */ new Set(["\u6CD5", "\u6CD5\u5178"]);
var TITLE_LAST = new Set([...LAW_ENDINGS].map((e) => e.charCodeAt(e.length - 1)));

// src/platform.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function locateFile(path) {
  return resolve(process.cwd(), path);
}
function readTextFile(abs) {
  return readFileSync(abs, "utf8");
}

// src/lexicon/data.ts
var builtinLexicons = {
  confusable: confusable_default,
  outdated: outdated_default,
  formulations: formulations_default,
  "law-names": law_names_default
};
var lexiconDefaults = { disable: [], add: [], extraFiles: [] };
function issueText(issues) {
  return issues.slice(0, 3).map((i) => `${i.pointer === "/" ? "" : `\u201C${i.pointer.slice(1)}\u201D`}${i.message}`).join("\uFF1B");
}
var files = /* @__PURE__ */ new Map();
function readExtra(ruleId, kind, path) {
  const abs = locateFile(path);
  let data = files.get(`${kind}:${abs}`);
  if (data === void 0) {
    let parsed;
    try {
      parsed = JSON.parse(readTextFile(abs));
    } catch (e) {
      throw new Error(`report-lint \u89C4\u5219\u201C${ruleId}\u201D\u7684\u9009\u9879\u201CextraFiles\u201D\uFF1A\u65E0\u6CD5\u8BFB\u53D6\u8BCD\u8868\u6587\u4EF6 ${abs}\uFF08${e.message}\uFF09`);
    }
    const r = validateLexicon(kind, parsed);
    if (!r.ok) throw new Error(`report-lint \u89C4\u5219\u201C${ruleId}\u201D\u7684\u8BCD\u8868\u6587\u4EF6 ${abs} \u683C\u5F0F\u4E0D\u6B63\u786E\uFF1A${issueText(r.issues)}`);
    data = r.value;
    files.set(`${kind}:${abs}`, data);
  }
  return data;
}
function checkAdd(ruleId, kind, add) {
  if (add.length === 0) return [];
  const r = validateLexiconEntries(kind, add);
  if (!r.ok) {
    const i = r.issues[0];
    throw new Error(`report-lint \u89C4\u5219\u201C${ruleId}\u201D\u7684\u9009\u9879\u201Cadd${i.pointer === "/" ? "" : i.pointer}\u201D\u4E0D\u6B63\u786E\uFF1A${i.message}`);
  }
  return r.value;
}
function compileSource(ruleId, id, source, flags = "u") {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new Error(`report-lint \u89C4\u5219\u201C${ruleId}\u201D\u7684\u8BCD\u6761\u201C${id}\u201D\u4E2D\u7684\u6B63\u5219\u4E0D\u6B63\u786E\uFF1A${source}\uFF08${e.message}\uFF09`);
  }
}
function mergeById(lists, disable) {
  const byId = /* @__PURE__ */ new Map();
  for (const list of lists) for (const e of list) byId.set(e.id, e);
  for (const id of disable) byId.delete(id);
  return [...byId.values()];
}
function listLexicon(ruleId, kind, options, compile) {
  const key = `${ruleId}\0${JSON.stringify([options.disable, options.add, options.extraFiles])}`;
  const hit = compiledCache.get(key);
  if (hit !== void 0) return hit;
  const lists = [
    builtinLexicons[kind],
    ...options.extraFiles.map((f) => readExtra(ruleId, kind, f)),
    checkAdd(ruleId, kind, options.add)
  ];
  const compiled2 = compile(mergeById(lists, options.disable));
  compiledCache.set(key, compiled2);
  return compiled2;
}
var compiledCache = /* @__PURE__ */ new Map();

// src/lexicon/formula-lists.ts
var commas = (text) => text.replace(/[，,]/gu, "\u3001");
var SEGMENT_END = new Uint8Array(65536);
for (const c of "\u3001\u3002\uFF1B;\uFF1A:\uFF01!\uFF1F?\n") SEGMENT_END[c.charCodeAt(0)] = 1;
var CLOSINGS = ["\u6709\u673A\u7EDF\u4E00", "\u4E00\u4F53\u5EFA\u8BBE", "\u5171\u540C\u63A8\u8FDB", "\u76F8\u7ED3\u5408"];
var CONJUNCTION = /^(?:以及|和|及|与)/u;
var ITEM_LIKE = /^[\u4e00-\u9fff“”]{2,8}$/u;
var NONE = [];
var ListFormulas = class {
  lists = [];
  /** Each formulation's first item (and its second, if of four characters or more), by their text: where a run can start. */
  starts = /* @__PURE__ */ new Map();
  /**
   * The same items by their last code unit, longest first (a separator after any other character
   * starts nothing): what ends at a place is found by comparing a few items there, with no string cut out of the text.
   */
  byLastUnit = /* @__PURE__ */ new Map();
  /** 1 for each code unit some of those items ends with. */
  lastUnits = new Uint8Array(65536);
  constructor(ruleId, entries) {
    for (const entry of entries) {
      const items = commas(entry.canonical).split("\u3001");
      if (items.length < 3 || items.some((i) => i.length < 2)) continue;
      const last = items[items.length - 1];
      const closing = CLOSINGS.find((c) => last.endsWith(c) && last.length > c.length) ?? "";
      items[items.length - 1] = last.slice(0, last.length - closing.length);
      const locals = (entry.localAdaptations ?? []).map((src) => compileSource(ruleId, entry.id, src));
      const list = { entry, items, closing, locals };
      this.lists.push(list);
      const fromSecond = items[1].length >= 4 || closing !== "" || items.every((i) => i.length >= 3);
      for (const index of fromSecond ? [0, 1] : [0]) {
        const key = items[index];
        let at = this.starts.get(key);
        if (at === void 0) this.starts.set(key, at = []);
        at.push({ list, index });
      }
    }
    for (const [item, at] of [...this.starts].sort(([a], [b]) => b.length - a.length)) {
      const unit = item.charCodeAt(item.length - 1);
      this.lastUnits[unit] = 1;
      let list = this.byLastUnit.get(unit);
      if (list === void 0) this.byLastUnit.set(unit, list = []);
      list.push({ item, at });
    }
  }
  /** The formulations whose first (or second) item ends at `end` of `text`, with that item's index. */
  startsEndingAt(text, end) {
    if (end === 0 || this.lastUnits[text.charCodeAt(end - 1)] === 0) return NONE;
    let found = null;
    for (const { item, at } of this.byLastUnit.get(text.charCodeAt(end - 1))) {
      if (item.length <= end && text.startsWith(item, end - item.length)) (found ??= []).push(...at);
    }
    return found ?? NONE;
  }
  /** Does a first or second item end right before a 、 or ， somewhere in `text`? */
  startsBeforeSeparator(text) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c === 12289 || c === 65292 || c === 44) && this.startsEndingAt(text, i).length > 0) return true;
    }
    return false;
  }
  /** The faulty runs in a paragraph's text, one per formulation and place. */
  scan(paragraph) {
    if (!this.startsBeforeSeparator(paragraph)) return [];
    const text = commas(paragraph);
    const hits2 = [];
    const segments = [];
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && SEGMENT_END[text.charCodeAt(i)] !== 1) continue;
      if (i > from) segments.push({ start: from, text: text.slice(from, i) });
      from = i + 1;
    }
    const adjacent = (a, b) => b.start === a.start + a.text.length + 1 && text[b.start - 1] === "\u3001";
    const startsAt = segments.map((seg) => this.startsEndingAt(seg.text, seg.text.length));
    const resume = /* @__PURE__ */ new Map();
    for (let s = 0; s < segments.length; s++) {
      if (startsAt[s].length === 0) continue;
      const begins = /* @__PURE__ */ new Map();
      for (const x of startsAt[s]) begins.set(x.list, Math.min(begins.get(x.list) ?? x.index, x.index));
      for (const [f, first] of begins) {
        if ((resume.get(f) ?? 0) > s) continue;
        const n = f.items.length;
        let k = s;
        let at = first;
        let named = 1;
        let stranger = -1;
        let closed = false;
        let lastItems = -1;
        while (k + 1 < segments.length && adjacent(segments[k], segments[k + 1])) {
          const seg = segments[k + 1].text;
          const next = f.items.findIndex((item, i) => i > at && (seg === item || seg.startsWith(item)));
          if (next >= 0 && next <= at + 2) {
            k++;
            at = next;
            named++;
            if (seg !== f.items[next]) {
              let taken = f.items[next].length;
              const conjunction = CONJUNCTION.exec(seg.slice(taken));
              const joined = conjunction === null ? -1 : f.items.findIndex((item, i) => i > at && i <= at + 2 && seg.startsWith(item, taken + conjunction[0].length));
              if (joined >= 0) {
                taken += conjunction[0].length + f.items[joined].length;
                at = joined;
                named++;
              }
              lastItems = taken;
              closed = f.closing !== "" && seg.slice(taken).startsWith(f.closing);
              break;
            }
            if (at === n - 1) break;
            continue;
          }
          if (stranger < 0 && f.closing !== "" && seg.endsWith(f.closing) && ITEM_LIKE.test(seg.slice(0, seg.length - f.closing.length)) && at === n - 2) {
            stranger = ++k;
            closed = true;
            break;
          }
          if (stranger < 0 && ITEM_LIKE.test(seg) && k + 2 < segments.length && adjacent(segments[k + 1], segments[k + 2])) {
            stranger = k + 1;
            k++;
            continue;
          }
          break;
        }
        const runEnd = k;
        const skip = () => resume.set(f, Math.max(s + 1, runEnd));
        if (stranger === k && !closed) {
          skip();
          continue;
        }
        const start = segments[s].start + segments[s].text.length - f.items[first].length;
        const lastText = segments[k].text;
        const end = segments[k].start + (stranger === k ? lastText.length : Math.min(lastText.length, (lastItems >= 0 ? lastItems : f.items[at].length) + (closed ? f.closing.length : 0)));
        const longItems = n === 3 && f.closing === "" && at === n - 1 && f.items.every((i) => i.length >= 3);
        const missing = stranger < 0 && named === n - 1 && (closed || n >= 4 || longItems);
        const replaced = stranger >= 0 && closed && named >= n - 1 && (at === n - 1 || stranger === k);
        const commaJoined = stranger < 0 && named === n && first === 0 && /[，,]/u.test(paragraph.slice(start, end));
        const s0 = s;
        skip();
        if (!missing && !replaced && !commaJoined) continue;
        const from2 = s0 > 0 && adjacent(segments[s0 - 1], segments[s0]) ? segments[s0 - 1].start : segments[s0].start;
        const around = text.slice(from2, Math.min(text.length, end + 8));
        if (f.locals.some((re) => re.test(around))) continue;
        hits2.push({ entry: f.entry, fault: missing || replaced ? "items" : "separator", start, end });
      }
    }
    return hits2;
  }
};

// src/lexicon/formulations.ts
var TITLE_IN_MARKS = /《([^《》\n]{4,80})》/gu;
var NORMAL = new Uint16Array(65536);
for (const c of "\uFF0C,\u548C\u53CA\u4E0E") NORMAL[c.charCodeAt(0)] = 12289;
for (const c of "-\uFF0D\u2013\u2015~\uFF5E") NORMAL[c.charCodeAt(0)] = 8212;
for (const c of `\u2018\u300C"'`) NORMAL[c.charCodeAt(0)] = 8220;
for (const c of "\u2019\u300D") NORMAL[c.charCodeAt(0)] = 8221;
NORMAL[40] = 65288;
NORMAL[41] = 65289;
for (let u = 65296; u <= 65305; u++) NORMAL[u] = u - 65248;
function normalise(text) {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const to = NORMAL[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(to);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
var PUNCT = /[\s、。；;：:“”《》〈〉（）【】[\]—·…！!？?]/gu;
var stripPunct = (s) => s.replace(PUNCT, "");
var SENTENCE_BREAK = /[\n。；！？]/u;
var COMMA = /[，,]/u;
var CENTRAL_TYPES = ["\u6682\u884C\u6761\u4F8B", "\u6307\u5BFC\u610F\u89C1", "\u6761\u4F8B", "\u89C4\u5B9A", "\u610F\u89C1", "\u51B3\u5B9A", "\u51B3\u8BAE", "\u7EB2\u8981", "\u63D0\u7EB2", "\u5927\u7EB2", "\u89C4\u5212", "\u8BA1\u5212"];
var LOCAL_BEFORE = /[省市县区州盟旗镇乡村]|自治|本级|我|本/u;
var LOCAL_TYPE = /(?:方案|要点|细则|制度|办法|实施意见)$/u;
var ORGAN_IN_TITLE = /(?:院|机关|部|委|局|署|厅|办|会)$/u;
var pairKey = (a, b) => (a << 7 ^ b) & 65535;
function charCounts(s) {
  const m = /* @__PURE__ */ new Map();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}
function unitCounts(s) {
  const m = /* @__PURE__ */ new Map();
  for (const c of s) if (c.length === 1) m.set(c.charCodeAt(0), (m.get(c.charCodeAt(0)) ?? 0) + 1);
  return { unitCodes: Uint16Array.from(m.keys()), unitNeeds: Uint16Array.from(m.values()) };
}
function anchorsOf(canonical) {
  const out = /* @__PURE__ */ new Map();
  const size = Math.ceil(canonical.length / 3);
  for (let s = 0; s < canonical.length; s += size) out.set(canonical.slice(s, s + size), s);
  for (const m of canonical.matchAll(/[^、“”（）《》]{2,}/gu)) if (!out.has(m[0])) out.set(m[0], m.index);
  return [...out].filter(([t]) => t.length >= 2).map(([text, offset]) => ({ text, offset }));
}
function acceptable(a, n) {
  if (a.distance === 0 || a.ops[0] !== "match") return false;
  const last = a.ops[a.ops.length - 1];
  const edits = a.ops.filter((o) => o !== "match");
  const kinds = new Set(edits);
  const firstEdit = a.ops.findIndex((o) => o !== "match");
  const block = kinds.size === 1 && (kinds.has("ins") || kinds.has("del")) && a.ops.slice(firstEdit, firstEdit + edits.length).every((o) => o !== "match");
  if (n >= 12) return (last === "match" || last === "sub" && a.distance === 1) && (a.distance <= 2 || n >= 24 && block && edits.length <= 4);
  if (n >= 6) return last === "match" && (a.distance === 1 || n >= 7 && block && edits.length === 2);
  return false;
}
function firstMissing(text, a, n, t) {
  if (a.distance !== 1 || a.ops[0] !== "sub" || n < 6) return false;
  if (!(t.opensWithWord ??= (segment2(t.canonical)[0]?.length ?? 0) >= 2)) return false;
  const from = Math.max(0, a.start - 6);
  let at = from;
  for (const token of segment2(text.slice(from, a.start + 6))) {
    at += token.length;
    if (at >= a.start + 1) return at === a.start + 1;
  }
  return false;
}
function lastMissing(text, a, n, t) {
  if (a.distance !== 1 || a.ops[0] !== "match" || a.ops[a.ops.length - 1] !== "del" || n < 6) return false;
  if (a.end < text.length && /[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(a.end)))) return false;
  return t.closesWithWord ??= (segment2(t.canonical).at(-1)?.length ?? 0) >= 2 || t.canonical.includes("\u3001") && t.canonical.length - t.canonical.lastIndexOf("\u3001") - 1 >= 3;
}
function firstHomophone(text, a, n, t) {
  if (a.distance !== 1 || a.ops[0] !== "sub" || n < 6 || a.end - a.start !== n) return false;
  return confusionKindOf2(t.canonical[0], text[a.start]) === "homophone";
}
var FormulationMatcher = class {
  compiled;
  /**
   * The anchors (two UTF-16 units or more) by their first two units: pairBuckets[pairKey(c1, c2)] is
   * 1 + the place in `buckets` of the anchors starting with such a pair (or 0: none), each bucket
   * in the anchors' order. The scan passes every other place of the text with one array read.
   */
  pairBuckets = new Int32Array(65536);
  /**
   * A bit per code unit that starts an anchor: most of a paragraph's characters start none, and
   * this 8 KB set, unlike the 256 KB of pairBuckets, stays in the processor's nearest cache.
   */
  firstUnits = new Int32Array(65536 >> 5);
  buckets = [];
  /** The longest canonical's length: how far before its anchor a candidate can start. */
  longest;
  constructor(ruleId, entries) {
    this.compiled = entries.map((entry, index) => {
      const canonical = normalise(entry.canonical);
      let core = null;
      let type = null;
      if (entry.kind === "document-title") {
        type = CENTRAL_TYPES.find((t) => canonical.endsWith(t)) ?? null;
        core = type === null ? null : canonical.slice(0, -type.length);
      }
      return {
        index,
        entry,
        canonical,
        counts: charCounts(canonical),
        ...unitCounts(canonical),
        adaptations: (entry.localAdaptations ?? []).map((s) => compileSource(ruleId, entry.id, s, "gu")),
        core,
        type
      };
    });
    this.longest = Math.max(0, ...this.compiled.map((t) => t.canonical.length));
    for (const target of this.compiled) {
      for (const a of anchorsOf(target.canonical)) {
        const key = pairKey(a.text.charCodeAt(0), a.text.charCodeAt(1));
        this.firstUnits[a.text.charCodeAt(0) >> 5] |= 1 << (a.text.charCodeAt(0) & 31);
        if (this.pairBuckets[key] === 0) this.pairBuckets[key] = this.buckets.push([]);
        this.buckets[this.pairBuckets[key] - 1].push({ target, ...a, third: a.text.length > 2 ? a.text.charCodeAt(2) : -1 });
      }
    }
  }
  /** Misquotations in one paragraph (offsets in `raw`); `text` is normalise(raw), if the caller has it. */
  scan(raw, text = normalise(raw)) {
    const hits2 = [];
    const exact = [];
    const seen = /* @__PURE__ */ new Set();
    const bias = this.longest;
    const stride = text.length + bias;
    const candidates = [];
    const { pairBuckets, buckets, firstUnits } = this;
    for (let i = 0; i + 1 < text.length; i++) {
      const first = text.charCodeAt(i);
      if ((firstUnits[first >> 5] & 1 << (first & 31)) === 0) continue;
      const bucket = pairBuckets[pairKey(first, text.charCodeAt(i + 1))];
      if (bucket === 0) continue;
      const anchors = buckets[bucket - 1];
      for (let q = 0; q < anchors.length; q++) {
        const a = anchors[q];
        if (a.third !== -1 && a.third !== text.charCodeAt(i + 2) || !text.startsWith(a.text, i)) continue;
        const start = i - a.offset;
        const key = a.target.index * stride + start + bias;
        if (seen.has(key)) continue;
        seen.add(key);
        if (text.startsWith(a.target.canonical, start)) exact.push([start, start + a.target.canonical.length]);
        else candidates.push({ target: a.target, start, anchorStart: i, anchorEnd: i + a.text.length });
      }
    }
    for (const c of candidates) {
      const hit = null;
      if (hit !== null) hits2.push(hit);
    }
    hits2.push(...this.titleTypes(text));
    if (hits2.length === 0) return [];
    for (const t of this.compiled) for (const re of t.adaptations) for (const m of text.matchAll(re)) exact.push([m.index, m.index + m[0].length]);
    const kept = [];
    for (const h of hits2.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (exact.some(([s, e]) => s < h.end && e > h.start && !(s >= h.start && e <= h.end && e - s < h.end - h.start))) continue;
      if (kept.some((k) => k.start < h.end && k.end > h.start)) continue;
      if (stripPunct(text.slice(h.start, h.end)) === stripPunct(normalise(h.entry.canonical))) continue;
      if (h.entry.kind === "document-title" && this.isLocal(text, h)) continue;
      kept.push(h);
    }
    return kept;
  }
  judge(raw, text, t, start, anchorStart, anchorEnd) {
    const n = t.canonical.length;
    const fault = t.entry.kind === "document-title" ? "title" : "misquoted";
    const lo = Math.max(0, anchorEnd - n);
    const hi = Math.min(anchorStart, text.length - n);
    const max = n >= 24 ? 4 : 2;
    const from = Math.max(0, start - max);
    const to = Math.min(text.length, start + n + max);
    loadNeed(t);
    const aroundAnchor = lo <= hi ? countShared(text, lo, hi + n, n) : 0;
    const aroundStart = countShared(text, from, to, n - max);
    clearNeed(t);
    if (lo <= hi && aroundAnchor >= n) {
      for (let s = lo; s <= hi; s++) {
        const window = text.slice(s, s + n);
        if (window !== t.canonical && !SENTENCE_BREAK.test(window) && sameCounts(window, t.counts) && !(t.entry.kind !== "document-title" && COMMA.test(raw.slice(s, s + n)) && !COMMA.test(t.entry.canonical))) {
          return { entry: t.entry, fault: fault === "title" ? "title" : "order", start: s, end: s + n };
        }
      }
    }
    if (n - aroundStart > max) return null;
    for (const a of closestWindows(t.canonical, text, from, to, max)) {
      if (a.start > anchorStart || a.end < anchorEnd || SENTENCE_BREAK.test(text.slice(a.start, a.end))) continue;
      if (acceptable(a, n)) return { entry: t.entry, fault, start: a.start, end: a.end };
      if (firstMissing(text, a, n, t)) return { entry: t.entry, fault, start: a.start + 1, end: a.end };
      if (lastMissing(text, a, n, t) || firstHomophone(text, a, n, t)) return { entry: t.entry, fault, start: a.start, end: a.end };
    }
    return null;
  }
  /** 《信访工作规定》 for 《信访工作条例》: the right title with another central document type. */
  titleTypes(text) {
    const hits2 = [];
    for (const m of matchesWhere(text, TITLE_IN_MARKS, "\u300A")) {
      const content = m[1];
      const type = CENTRAL_TYPES.find((x) => content.endsWith(x));
      if (type === void 0) continue;
      const body = content.slice(0, -type.length);
      for (const t of this.compiled) {
        if (t.core === null || t.type === type || !body.endsWith(t.core)) continue;
        const start = m.index + 1 + body.length - t.core.length;
        hits2.push({ entry: t.entry, fault: "title", start, end: m.index + 1 + content.length });
      }
    }
    return hits2;
  }
  /** A title of a local document or of an organ's own: a place or own organ named before it, an organ inside the title, or a local document type. */
  isLocal(text, h) {
    const open = text.lastIndexOf("\u300A", h.start);
    const inTitle = open >= 0 && text.indexOf("\u300B", open) >= h.end && !text.slice(open, h.start).includes("\u300B");
    const before = inTitle ? text.slice(open + 1, h.start) : text.slice(Math.max(0, h.start - 6), h.start).split(/[、。；：！？“”]/u).pop();
    const close = inTitle ? text.indexOf("\u300B", h.end) : h.end;
    const withoutPeriod = (t) => t.replace(/（[^（）]*）$/u, "");
    const title = withoutPeriod(text.slice(h.start, close));
    return LOCAL_BEFORE.test(before) || inTitle && ORGAN_IN_TITLE.test(before) || LOCAL_TYPE.test(title) && !LOCAL_TYPE.test(withoutPeriod(normalise(h.entry.canonical)));
  }
};
var used = new Uint8Array(65536);
var need = new Uint16Array(65536);
function loadNeed(t) {
  for (let k = 0; k < t.unitCodes.length; k++) need[t.unitCodes[k]] = t.unitNeeds[k];
}
function clearNeed(t) {
  for (let k = 0; k < t.unitCodes.length; k++) need[t.unitCodes[k]] = 0;
}
function countShared(text, from, to, atLeast) {
  let shared = 0;
  let i = from;
  for (; i < to; i++) {
    if (shared + (to - i) < atLeast) break;
    const code = text.charCodeAt(i);
    if (used[code] < need[code]) {
      used[code]++;
      shared++;
    }
  }
  for (let k = from; k < i; k++) used[text.charCodeAt(k)] = 0;
  return shared;
}
function sameCounts(window, counts) {
  const seen = /* @__PURE__ */ new Map();
  for (const c of window) {
    const k = (seen.get(c) ?? 0) + 1;
    if (k > (counts.get(c) ?? 0)) return false;
    seen.set(c, k);
  }
  return true;
}
function formulationLexicon(options) {
  return listLexicon("formulation", "formulations", options, (entries) => ({
    matcher: new FormulationMatcher("formulation", entries),
    lists: new ListFormulas("formulation", entries)
  }));
}

// fscan.tmp.ts
var texts = JSON.parse(readFileSync2("/tmp/prof/texts16.json", "utf8"));
var paras = [...new Set(texts.flatMap((t) => t.split("\n")).filter((l) => l.trim() !== ""))];
var chars = paras.reduce((a, p) => a + p.length, 0);
var { matcher } = formulationLexicon(lexiconDefaults);
var hits = 0;
for (let r = 0; r < 20; r++) for (const p of paras) hits += matcher.scan(p).length;
var times = [];
for (let r = 0; r < 30; r++) {
  const t = performance.now();
  for (const p of paras) matcher.scan(p);
  times.push((performance.now() - t) * 1e4 / chars);
}
times.sort((a, b) => a - b);
console.log(`${paras.length} paragraphs, ${chars} chars; scan ms/10k median ${times[15].toFixed(3)} min ${times[0].toFixed(3)}; hits ${hits / 20}`);
