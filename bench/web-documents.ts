import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentNode, print } from 'graphql';

const GENERATED = join(__dirname, '..', '..', 'apps', 'web', 'src', 'gql', 'graphql.ts');
let source: string | undefined;

/**
 * The text of one of the web app's operations (`Plan`, `Events`, …), fragments
 * included, as the page sends it: read from the documents GraphQL Code
 * Generator wrote for apps/web, so a benchmark asks what users' pages ask.
 */
export function webOperation(name: string): string {
  source ??= readFileSync(GENERATED, 'utf8');
  const prefix = `export const ${name}Document = `;
  const start = source.indexOf(prefix);
  const end = source.indexOf(' as unknown as DocumentNode', start);
  if (start < 0 || end < 0) throw new Error(`apps/web has no operation named ${name} (run npm run codegen:web?)`);
  return print(JSON.parse(source.slice(start + prefix.length, end)) as DocumentNode);
}
