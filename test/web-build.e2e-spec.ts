import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** The web app's build inputs: typed operations current with the schema. */
describe('web app build', () => {
  it('has current generated operation types (run `npm run codegen:web` when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'web-codegen-'));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'apps/web/codegen.ts', '--silent'], {
        cwd: root,
        env: { ...process.env, WEB_CODEGEN_OUT: `${out}/` },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const committed = join(root, 'apps', 'web', 'src', 'gql');
      const files = readdirSync(out).sort();
      expect(readdirSync(committed).sort()).toEqual(files);
      for (const file of files) expect([file, readFileSync(join(committed, file), 'utf8')]).toEqual([file, readFileSync(join(out, file), 'utf8')]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
