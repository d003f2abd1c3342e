import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const GENERATED = resolve(__dirname, 'src', 'gql', 'graphql.ts');
const DOCUMENT = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const EXPORTED = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;

/** The generated documents (`ViewerDocument` → its AST as JSON, fragments included), re-read when codegen rewrites them. */
function generatedDocuments(): Map<string, string> {
  const { mtimeMs } = statSync(GENERATED);
  if (cache?.mtimeMs !== mtimeMs) {
    const source = readFileSync(GENERATED, 'utf8');
    cache = { mtimeMs, documents: new Map([...source.matchAll(EXPORTED)].map(([, name, json]) => [name, json])) };
  }
  return cache.documents;
}

/**
 * What the client preset's Babel plugin does, for Vite 8 (no Babel): each
 * `graphql(`...`)` call becomes its generated document, inlined, so a page's
 * chunk carries its own documents and nothing else. Without it, `graphql()`
 * looks every document up in one map (gql/gql.ts), and even importing the
 * documents from gql/graphql.ts puts them all in one shared chunk: the first
 * load would ship every page's operations (about 65 kB gzip, growing).
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'topofmind:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const documents = generatedDocuments();
      let changed = false;
      const transformed = code.replace(DOCUMENT, (_call, body: string) => {
        const definition = DEFINITION.exec(body);
        const name = definition && (definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`);
        const json = name && documents.get(name);
        if (!json) throw new Error(`${id}: no generated document for this graphql() call: run npm run codegen:web`);
        changed = true;
        return `(${json})`;
      });
      return changed ? { code: transformed, map: null } : null;
    },
  };
}
