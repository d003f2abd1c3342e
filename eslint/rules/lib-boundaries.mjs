// Local ESLint rule: libs are reached only through their public index, along
// the edges declared in eslint/boundaries.mjs. Written by hand because the
// plugins that do this (eslint-plugin-boundaries, import-x/no-restricted-paths)
// would need a resolver setup and a zone list per lib, while our layout gives
// the owner of a file from its path alone (`libs/<lib>/`, `apps/<app>/`).
import { dirname, relative, resolve, sep } from 'node:path';

const ALIAS = /^@app\/([^/]+)(\/.*)?$/;

/** Who owns a path (relative to the repository root): a lib, an app, or a top-level folder. */
export function ownerOf(relPath) {
  const parts = relPath.split(sep).join('/').split('/');
  if ((parts[0] === 'libs' || parts[0] === 'apps') && parts.length >= 2) return { kind: parts[0] === 'libs' ? 'lib' : 'app', name: parts[1] };
  return { kind: 'folder', name: parts[0] };
}

/** Edges of a `lib -> libs` map that point to a lib not listed above their source (the order is the layering). */
export function upwardEdges(map) {
  const rank = new Map(Object.keys(map).map((lib, i) => [lib, i]));
  return Object.entries(map).flatMap(([from, tos]) => tos.filter((to) => !(rank.get(to) < rank.get(from))).map((to) => `${from} -> ${to}`));
}

/** A cycle in a `lib -> libs` map, as a list of libs, or null. */
export function findCycle(map) {
  const state = new Map(); // lib -> 'open' | 'done'
  const stack = [];
  const visit = (lib) => {
    if (state.get(lib) === 'done') return null;
    if (state.get(lib) === 'open') return [...stack.slice(stack.indexOf(lib)), lib];
    state.set(lib, 'open');
    stack.push(lib);
    for (const next of map[lib] ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(lib, 'done');
    return null;
  };
  for (const lib of Object.keys(map)) {
    const cycle = visit(lib);
    if (cycle) return cycle;
  }
  return null;
}

const MAP_FILE = 'eslint/boundaries.mjs';
/** Specs, integration specs, test helpers and fixtures inside a lib. */
export const TEST_CODE = /(\.spec\.ts|\.integration-spec\.ts|\.test-helper\.ts)$|\/__fixtures__\//;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Libs are imported only through `@app/<lib>`, along the allowed edges; apps are never imported' },
    schema: [
      {
        type: 'object',
        properties: {
          allowed: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          libFolders: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        required: ['allowed'],
        additionalProperties: false,
      },
    ],
    messages: {
      deep: "Import '{{spec}}' through the lib's public index '@app/{{lib}}'.",
      unknownLib: "Lib '{{lib}}' is not declared in " + MAP_FILE + '.',
      selfIndex: "Lib '{{lib}}' imports its own public index: import the file relatively.",
      direction: "Lib '{{from}}' may not import '@app/{{to}}' ({{file}} allows: {{allowed}}).",
      relativeLib: "Relative import '{{spec}}' reaches into lib '{{lib}}': import '@app/{{lib}}'.",
      appImport: "'{{spec}}' imports app '{{app}}': apps are never imported (only tests under test/ boot an app's module).",
      libFolder: "Lib '{{from}}' reaches '{{folder}}/' outside libs/ (" + MAP_FILE + ' allows: {{allowed}}).',
    },
  },
  create(context) {
    const { allowed, libFolders = {} } = context.options[0];
    const root = context.cwd;
    const fileRel = relative(root, context.filename);
    if (fileRel.startsWith('..')) return {};
    const self = ownerOf(fileRel);
    // A lib's tests are not part of its dependencies: they may use any lib's
    // public index (their own too, to test the public face) and test/'s helpers.
    const testCode = self.kind === 'lib' && TEST_CODE.test(fileRel.split(sep).join('/'));
    const declared = (lib) => Object.hasOwn(allowed, lib);

    const checkAlias = (node, spec, lib, rest) => {
      if (rest) return context.report({ node, messageId: 'deep', data: { spec, lib } });
      if (!declared(lib)) return context.report({ node, messageId: 'unknownLib', data: { lib } });
      if (self.kind !== 'lib' || testCode) return;
      if (!declared(self.name)) return context.report({ node, messageId: 'unknownLib', data: { lib: self.name } });
      if (lib === self.name) return context.report({ node, messageId: 'selfIndex', data: { lib } });
      if (!allowed[self.name].includes(lib)) {
        context.report({ node, messageId: 'direction', data: { from: self.name, to: lib, file: MAP_FILE, allowed: allowed[self.name].join(', ') || 'none' } });
      }
    };

    const checkRelative = (node, spec) => {
      const targetRel = relative(root, resolve(dirname(context.filename), spec));
      if (targetRel.startsWith('..')) return;
      const target = ownerOf(targetRel);
      if (target.kind === self.kind && target.name === self.name) return;
      if (target.kind === 'lib') return context.report({ node, messageId: 'relativeLib', data: { spec, lib: target.name } });
      if (target.kind === 'app') {
        if (self.kind === 'folder' && self.name === 'test') return;
        return context.report({ node, messageId: 'appImport', data: { spec, app: target.name } });
      }
      if (testCode && target.name === 'test') return;
      if (self.kind === 'lib' && !(libFolders[self.name] ?? []).includes(target.name)) {
        context.report({
          node,
          messageId: 'libFolder',
          data: { from: self.name, folder: target.name, allowed: (libFolders[self.name] ?? []).join(', ') || 'none' },
        });
      }
    };

    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      const alias = ALIAS.exec(spec);
      if (alias) checkAlias(source, spec, alias[1], alias[2]);
      else if (spec.startsWith('.')) checkRelative(source, spec);
    };
    const moduleCall = (node) => {
      const { callee } = node;
      const isRequire = callee.type === 'Identifier' && callee.name === 'require';
      const isJest =
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'jest' &&
        callee.property.type === 'Identifier' &&
        /^(mock|doMock|unmock|requireActual|requireMock)$/.test(callee.property.name);
      if (isRequire || isJest) check(node, node.arguments[0]);
    };

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: moduleCall,
      TSExternalModuleReference: (node) => check(node, node.expression),
      // `import('x').T`; typescript-eslint 8.x moves the specifier from `argument` to `source`.
      TSImportType: (node) => check(node, 'source' in node ? node.source : node.argument?.literal),
    };
  },
};
