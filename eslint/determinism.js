// A small local ESLint plugin for the consensus profile (eslint.config.js): the checks that the
// built-in no-restricted-* rules cannot express, mainly because they see `Math.sin` but not
// `const { sin } = Math`, `Math["sin"]`, `const M = Math; M.sin` or a namespace import of
// node:crypto. Each rule works on resolved references (scope analysis), so a local variable that
// happens to be called `Math` is not mistaken for the global.

/** The property name of a member access when it is known statically (`a.b`, `a["b"]`, a`b`). */
function staticName(member) {
  if (!member.computed) return member.property.type === "Identifier" ? member.property.name : undefined;
  const p = member.property;
  if (p.type === "Literal" && typeof p.value === "string") return p.value;
  if (p.type === "TemplateLiteral" && p.expressions.length === 0) return p.quasis[0].value.cooked;
  return undefined;
}

/** The key name of a destructuring property (`{ sin }`, `{ sin: s }`, `{ ["sin"]: s }`). */
function patternKeyName(prop) {
  if (prop.type !== "Property") return undefined;
  if (!prop.computed) return prop.key.type === "Identifier" ? prop.key.name : String(prop.key.value);
  if (prop.key.type === "Literal" && typeof prop.key.value === "string") return prop.key.value;
  return undefined;
}

// Parents under which an identifier is a TypeScript type position, not a value use.
const TYPE_PARENTS = new Set(["TSTypeReference", "TSTypeQuery", "TSQualifiedName", "TSInterfaceHeritage", "TSClassImplements"]);

/**
 * Checks every value use of `id` (a reference to a guarded object) against `check(name)`, which
 * returns a message for a forbidden property name or undefined. A use that cannot be checked
 * statically (computed access by a variable, aliasing, passing the object along, spreading it)
 * is reported too, unless `opaqueOk`.
 */
function checkUse(context, id, label, check, opaqueOk) {
  const parent = id.parent;
  if (TYPE_PARENTS.has(parent.type)) return;
  if (parent.type === "MemberExpression" && parent.object === id) {
    const name = staticName(parent);
    if (name === undefined) {
      if (!opaqueOk) context.report({ node: parent, message: `Computed access to ${label} cannot be checked for determinism: name the property.` });
      return;
    }
    const why = check(name);
    if (why) context.report({ node: parent.property, message: `${label}.${name}: ${why}` });
    return;
  }
  if (parent.type === "VariableDeclarator" && parent.init === id && parent.id.type === "ObjectPattern") {
    for (const prop of parent.id.properties) {
      const name = patternKeyName(prop);
      if (name === undefined) {
        if (!opaqueOk) context.report({ node: prop, message: `Destructuring ${label} with a computed or rest key cannot be checked for determinism.` });
        continue;
      }
      const why = check(name);
      if (why) context.report({ node: prop, message: `${label}.${name}: ${why}` });
    }
    return;
  }
  if (opaqueOk) return;
  context.report({ node: id, message: `${label} may only be used as ${label}.<property> in consensus code (an alias or a passed reference cannot be checked).` });
}

/**
 * guarded-globals: a global object may be used only through listed properties (allow list), or
 * everything but listed ones (deny list; then aliasing and calls are allowed).
 * Options: [{ name, allow?: string[], deny?: string[], message }].
 */
const guardedGlobals = {
  meta: { type: "problem", schema: { type: "array", items: { type: "object" } }, docs: { description: "Restrict the properties of global objects (Math, Number) through any spelling" } },
  create(context) {
    const specs = new Map(context.options.map((o) => [o.name, o]));
    return {
      "Program:exit"(node) {
        const scope = context.sourceCode.getScope(node);
        const refs = [...scope.through];
        for (const v of scope.variables) if (v.defs.length === 0) refs.push(...v.references);
        for (const ref of refs) {
          const spec = specs.get(ref.identifier.name);
          if (!spec) continue;
          const check = spec.allow
            ? (name) => (spec.allow.includes(name) ? undefined : spec.message)
            : (name) => (spec.deny.includes(name) ? spec.message : undefined);
          checkUse(context, ref.identifier, spec.name, check, !spec.allow);
        }
      },
    };
  },
};

/**
 * banned-property-names: method names whose result depends on the locale, the ICU or Unicode
 * version, or float formatting, whatever object they are called on (the type is unknown without
 * type information; a string, a number, a Date and an array all have some of them).
 * Options: [{ names: string[], message }].
 */
const bannedPropertyNames = {
  meta: { type: "problem", schema: { type: "array", items: { type: "object" } }, docs: { description: "Ban locale-, ICU- and float-format-dependent methods by name" } },
  create(context) {
    const rules = context.options.map((o) => ({ names: new Set(o.names), message: o.message }));
    const why = (name) => rules.find((r) => r.names.has(name))?.message;
    return {
      MemberExpression(node) {
        const name = staticName(node);
        const m = name !== undefined && why(name);
        if (m) context.report({ node: node.property, message: `.${name}: ${m}` });
      },
      ObjectPattern(node) {
        for (const prop of node.properties) {
          const name = patternKeyName(prop);
          const m = name !== undefined && why(name);
          if (m) context.report({ node: prop, message: `.${name}: ${m}` });
        }
      },
    };
  },
};

/**
 * module-allow-list: from the listed modules only the listed names may be imported, whether
 * by name, or through a default or namespace import (then every use must be a static member
 * access to an allowed name), or re-exported.
 * Options: [{ modules: string[], allow: string[], message }].
 */
const moduleAllowList = {
  meta: { type: "problem", schema: { type: "array", items: { type: "object" } }, docs: { description: "Allow only listed exports of a module (e.g. node:crypto's hashes, not its randomness)" } },
  create(context) {
    const specs = context.options;
    const specFor = (source) => specs.find((s) => s.modules.includes(source));
    const reexport = (node) => {
      const spec = node.source && specFor(node.source.value);
      if (!spec) return;
      if (node.type === "ExportAllDeclaration") {
        context.report({ node, message: `export * from "${node.source.value}": ${spec.message}` });
        return;
      }
      for (const s of node.specifiers) {
        const name = s.local.type === "Identifier" ? s.local.name : s.local.value;
        if (!spec.allow.includes(name)) context.report({ node: s, message: `${name} from "${node.source.value}": ${spec.message}` });
      }
    };
    return {
      ImportDeclaration(node) {
        const spec = specFor(node.source.value);
        if (!spec) return;
        const check = (name) => (spec.allow.includes(name) ? undefined : spec.message);
        for (const s of node.specifiers) {
          if (s.type === "ImportSpecifier") {
            const name = s.imported.type === "Identifier" ? s.imported.name : s.imported.value;
            if (!spec.allow.includes(name)) context.report({ node: s, message: `${name} from "${node.source.value}": ${spec.message}` });
            continue;
          }
          for (const v of context.sourceCode.getDeclaredVariables(s)) {
            for (const ref of v.references) checkUse(context, ref.identifier, `"${node.source.value}"`, check, false);
          }
        }
      },
      ExportNamedDeclaration: reexport,
      ExportAllDeclaration: reexport,
    };
  },
};

/**
 * no-float-literal: a numeric literal that is not an integer. Floating point is deterministic
 * for + − × ÷ in JavaScript, but DESIGN.md keeps it out of consensus code (amounts and weights
 * are bigint fixed-point with explicit rounding); a literal like 0.05 is the usual way it
 * creeps in.
 */
const noFloatLiteral = {
  meta: { type: "problem", schema: [], docs: { description: "Ban non-integer number literals" } },
  create(context) {
    return {
      Literal(node) {
        if (typeof node.value === "number" && !Number.isInteger(node.value)) {
          context.report({ node, message: `Float literal ${node.raw}: no floating point in consensus code; use bigint fixed-point.` });
        }
      },
    };
  },
};

export default {
  meta: { name: "determinism" },
  rules: {
    "guarded-globals": guardedGlobals,
    "banned-property-names": bannedPropertyNames,
    "module-allow-list": moduleAllowList,
    "no-float-literal": noFloatLiteral,
  },
};
