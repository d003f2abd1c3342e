import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';

// The rule and its map are ES modules without type declarations; jest's
// transform loads them as CommonJS.
const {
  default: libBoundaries,
  findCycle,
  upwardEdges,
} = jest.requireActual<{
  default: Rule.RuleModule;
  findCycle: (map: Record<string, string[]>) => string[] | null;
  upwardEdges: (map: Record<string, string[]>) => string[];
}>('../eslint/rules/lib-boundaries.mjs');
const { allowedLibImports, allowedLibFolders } = jest.requireActual<{
  allowedLibImports: Record<string, string[]>;
  allowedLibFolders: Record<string, string[]>;
}>('../eslint/boundaries.mjs');

const root = join(__dirname, '..');

// The boundary rule alone, on a parser without type information: fast, and
// the files linted need not exist.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    {
      files: ['**/*.ts'],
      plugins: { local: { rules: { 'lib-boundaries': libBoundaries } } },
      rules: { 'local/lib-boundaries': ['error', { allowed: allowedLibImports, libFolders: allowedLibFolders }] },
    },
  ],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.line}: ${m.ruleId === 'local/lib-boundaries' ? m.message : `${m.ruleId}: ${m.message}`}`);
}

describe('lib boundaries (eslint/rules/lib-boundaries.mjs)', () => {
  it('lets a lib import the libs below it through their index, and its own files relatively', async () => {
    const code = [
      "import { DEFAULT_LIMITS } from '@app/ingestion';",
      "import type { Contact } from '@app/tracking';",
      "import { tokenise } from './core/tokenise';",
      "export { clip } from './core/evidence';",
    ].join('\n');
    expect(await problems('libs/matching/src/x.ts', code)).toEqual([]);
  });

  it('rejects a deep import, from a lib and from a test', async () => {
    expect(await problems('libs/matching/src/x.ts', "import { DEFAULT_LIMITS } from '@app/ingestion/src/core';")).toEqual([
      "1: Import '@app/ingestion/src/core' through the lib's public index '@app/ingestion'.",
    ]);
    expect(await problems('test/x.e2e-spec.ts', "jest.mock('@app/ingestion/src/ical');")).toEqual([
      "1: Import '@app/ingestion/src/ical' through the lib's public index '@app/ingestion'.",
    ]);
  });

  it('rejects an import against the declared direction, however it is written', async () => {
    const code = [
      "import { PlannerService } from '@app/planner';",
      "export * from '@app/planner';",
      "const lazy = () => import('@app/planner');",
      "type P = import('@app/planner').PlannerService;",
    ].join('\n');
    const message = `Lib 'matching' may not import '@app/planner' (eslint/boundaries.mjs allows: ${allowedLibImports.matching.join(', ')}).`;
    expect(await problems('libs/matching/src/x.ts', code)).toEqual([`1: ${message}`, `2: ${message}`, `3: ${message}`, `4: ${message}`]);
  });

  it('rejects a relative import into another lib, from a lib, an app or a test', async () => {
    expect(await problems('libs/matching/src/x.ts', "import { parseIcs } from '../../ingestion/src/ical';")).toEqual([
      "1: Relative import '../../ingestion/src/ical' reaches into lib 'ingestion': import '@app/ingestion'.",
    ]);
    expect(await problems('apps/cli/src/x.ts', "import { parseIcs } from '../../../libs/ingestion/src/ical';")).toEqual([
      "1: Relative import '../../../libs/ingestion/src/ical' reaches into lib 'ingestion': import '@app/ingestion'.",
    ]);
    expect(await problems('test/x.e2e-spec.ts', "const { parseIcs } = require('../libs/ingestion/src/ical');")).toEqual([
      "1: Relative import '../libs/ingestion/src/ical' reaches into lib 'ingestion': import '@app/ingestion'.",
    ]);
  });

  it('rejects an app imported by a lib or by another app, and lets an e2e test boot one', async () => {
    expect(await problems('libs/matching/src/x.ts', "import { ApiModule } from '../../../apps/api/src/api.module';")).toEqual([
      "1: '../../../apps/api/src/api.module' imports app 'api': apps are never imported (only tests under test/ boot an app's module).",
    ]);
    expect(await problems('apps/worker/src/x.ts', "import { ApiModule } from '../../api/src/api.module';")).toEqual([
      "1: '../../api/src/api.module' imports app 'api': apps are never imported (only tests under test/ boot an app's module).",
    ]);
    expect(
      await problems('test/utils/x.ts', "import { ApiModule } from '../../apps/api/src/api.module';\nimport { PlannerService } from '@app/planner';"),
    ).toEqual([]);
  });

  it('rejects a lib importing its own index, an undeclared lib, or a folder outside libs/ not granted to it', async () => {
    expect(await problems('libs/matching/src/x.ts', "import { Matcher } from '@app/matching';")).toEqual([
      "1: Lib 'matching' imports its own public index: import the file relatively.",
    ]);
    expect(await problems('apps/api/src/x.ts', "import { x } from '@app/no-such-lib';")).toEqual([
      "1: Lib 'no-such-lib' is not declared in eslint/boundaries.mjs.",
    ]);
    expect(await problems('libs/matching/src/x.ts', "import { MIGRATIONS } from '../../../migrations';")).toEqual([
      "1: Lib 'matching' reaches 'migrations/' outside libs/ (eslint/boundaries.mjs allows: none).",
    ]);
    expect(await problems('libs/persistence/src/x.ts', "import { MIGRATIONS } from '../../../migrations';")).toEqual([]);
  });

  it("lets a lib's tests use any lib's index and test/'s helpers, but still not a lib's inner files", async () => {
    const code = [
      "import { createAppDataSource } from '@app/persistence';",
      "import { TrackingModule } from '@app/tracking';",
      "import { createIntegrationDatabase } from '../../../test/utils/integration-database';",
    ].join('\n');
    expect(await problems('libs/tracking/src/x.integration-spec.ts', code)).toEqual([]);
    expect(await problems('libs/tracking/src/x.spec.ts', code)).toEqual([]);
    expect(await problems('libs/tracking/src/x.ts', code)).toEqual([
      `1: Lib 'tracking' may not import '@app/persistence' (eslint/boundaries.mjs allows: ${allowedLibImports.tracking.join(', ')}).`,
      "2: Lib 'tracking' imports its own public index: import the file relatively.",
      "3: Lib 'tracking' reaches 'test/' outside libs/ (eslint/boundaries.mjs allows: none).",
    ]);
    expect(await problems('libs/tracking/src/x.spec.ts', "import { syncOwnerIn } from '../../ingestion/src/catalogue/store/catalogue-writer';")).toEqual([
      "1: Relative import '../../ingestion/src/catalogue/store/catalogue-writer' reaches into lib 'ingestion': import '@app/ingestion'.",
    ]);
  });
});

describe('the allowed map (eslint/boundaries.mjs)', () => {
  it('declares exactly the libs in libs/', () => {
    expect(Object.keys(allowedLibImports).sort()).toEqual(readdirSync(join(root, 'libs')).sort());
  });

  it('lets each lib import only libs listed above it, so it holds no cycle', () => {
    expect(upwardEdges(allowedLibImports)).toEqual([]);
    expect(findCycle(allowedLibImports)).toBeNull();
    expect(findCycle({ a: ['b'], b: ['c'], c: ['a'] })).toEqual(['a', 'b', 'c', 'a']);
    expect(upwardEdges({ a: [], b: ['a', 'c'], c: [] })).toEqual(['b -> c']);
  });

  it('is switched on by eslint.config.mjs for libs, apps, tests and benchmarks', () => {
    // eslint.config.mjs is an ES module, which jest's CommonJS runtime cannot load: ask the CLI.
    const files = [
      'libs/matching/src/matcher.service.ts',
      'apps/api/src/main.ts',
      'test/planner.e2e-spec.ts',
      'bench/plan.bench.ts',
      'test/setup/global-setup.mjs',
    ];
    const script = `
      const { ESLint } = require('eslint');
      const eslint = new ESLint({ cwd: process.argv[1] });
      Promise.all(process.argv.slice(2).map((f) => eslint.calculateConfigForFile(f)))
        .then((configs) => console.log(JSON.stringify(configs.map((c) => c.rules['local/lib-boundaries']?.[0] ?? null))));`;
    const severities = JSON.parse(execFileSync(process.execPath, ['-e', script, root, ...files], { cwd: root, encoding: 'utf8' })) as unknown[];
    expect(severities).toEqual(files.map(() => 2));
  });
});
