import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The built web app (`vite build` into dist/web): its page and its hashed assets. */
export interface WebBuild {
  /** index.html, with `{{demoEmail}}`/`{{demoPassword}}` placeholders for the server to fill. */
  page: string;
  assetsDir: string;
  /** The file names under assets/, so a request names one of them or gets a 404 (no path tricks). */
  assets: ReadonlySet<string>;
}

/** dist/web, found upwards from here: this file runs from libs/ (tests) or dist/libs/ (npm start). */
export function findWebBuild(from: string = __dirname): WebBuild | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const root = join(dir, 'dist', 'web');
    if (existsSync(join(root, 'index.html'))) {
      const assetsDir = join(root, 'assets');
      return { page: readFileSync(join(root, 'index.html'), 'utf8'), assetsDir, assets: new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []) };
    }
    if (dirname(dir) === dir) return null;
  }
}
