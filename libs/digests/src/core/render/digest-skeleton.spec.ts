import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mjml2html from 'mjml';
import { DIGEST_SKELETON_HTML } from './digest-skeleton.generated';
import { fillDigestSkeleton } from './digest-skeleton';

/*
 * digest-skeleton.generated.ts is the compiled digest-skeleton.mjml. After
 * changing the .mjml file, write it again and review the diff:
 *   WRITE_DIGEST_SKELETON=1 npx jest libs/digests/src/core/render/digest-skeleton.spec.ts --selectProjects unit
 */

const MJML_FILE = join(__dirname, 'digest-skeleton.mjml');
const GENERATED_FILE = join(__dirname, 'digest-skeleton.generated.ts');

/** MJML's output without its trailing white space and blank lines (a third of it), which no client needs. */
const compact = (html: string) =>
  html
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');

async function compiled(): Promise<string> {
  const { html, errors } = await mjml2html(readFileSync(MJML_FILE, 'utf8'), { validationLevel: 'strict' });
  expect(errors).toEqual([]);
  return compact(html);
}

/** The generated module, formatted by the project's prettier (run as a program: its API needs dynamic import, which jest lacks). */
function generatedFile(html: string): string {
  const source = [
    '// Generated from digest-skeleton.mjml by mjml (digest-skeleton.spec.ts): do not edit. See digest-skeleton.ts.',
    `export const DIGEST_SKELETON_HTML = [\n${html
      .split('\n')
      .map((line) => `  ${JSON.stringify(line)},`)
      .join('\n')}\n].join('\\n');`,
    '',
  ].join('\n');
  const prettier = require.resolve('prettier/bin/prettier.cjs');
  return execFileSync(process.execPath, [prettier, '--stdin-filepath', GENERATED_FILE], { input: source, encoding: 'utf8' });
}

describe('the digest skeleton', () => {
  it('is digest-skeleton.mjml compiled', async () => {
    const html = await compiled();
    if (process.env.WRITE_DIGEST_SKELETON === '1') writeFileSync(GENERATED_FILE, generatedFile(html));
    expect(DIGEST_SKELETON_HTML).toBe(html);
  });

  it('loads nothing remote and runs no script: no links, imports, images or scripts', () => {
    expect(DIGEST_SKELETON_HTML).toMatch(/^<!doctype html>\n<html lang="en"/);
    expect(DIGEST_SKELETON_HTML).not.toMatch(/<script|<link|<img|@import|url\(|src=|javascript:/i);
    // The only URLs are XML namespace names, which are never fetched.
    expect(DIGEST_SKELETON_HTML.match(/https?:\/\/[^"\s]+/g)).toEqual(['http://www.w3.org/1999/xhtml']);
  });

  it('holds each placeholder where it belongs, and fills them without reading $ patterns', () => {
    const filled = fillDigestSkeleton({ subject: 'S & <s>', preview: 'P "p"', body: '<p>$& $1 $$</p>', footer: '<p>F</p>' });
    expect(filled).toContain('<title>S &amp; &lt;s&gt;</title>');
    expect(filled).toContain('aria-label="S &amp; &lt;s&gt;"');
    expect(filled).toMatch(/<div style="display:none;[^"]*">P &quot;p&quot;<\/div>/);
    expect(filled).toMatch(/color:#1f2933;"\s*><p>\$& \$1 \$\$<\/p><\/div>/);
    expect(filled).toMatch(/color:#52606d;"\s*><p>F<\/p><\/div>/);
    expect(filled).not.toContain('TOMDIGEST');
  });
});
