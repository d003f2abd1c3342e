// Prints the lib -> lib edges the code uses today, compares them with the
// allowed map in eslint/boundaries.mjs and checks both for a cycle:
//   node eslint/lib-edges.mjs          (exit 1 on a cycle or an undeclared edge)
// Run it after adding or splitting a lib, then copy the edges you mean to keep.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { allowedLibImports } from './boundaries.mjs';
import { findCycle, ownerOf, TEST_CODE, upwardEdges } from './rules/lib-boundaries.mjs';

const root = resolve(import.meta.dirname, '..');

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name)) yield path;
  }
}

/** lib -> Set of libs it imports, from `@app/<lib>` specifiers and relative paths into libs/. */
export function usedLibEdges() {
  const edges = {};
  for (const lib of readdirSync(join(root, 'libs'))) {
    const used = (edges[lib] = new Set());
    for (const file of sourceFiles(join(root, 'libs', lib))) {
      // A lib's tests are not among its dependencies (the rule lets them use any lib).
      if (TEST_CODE.test(relative(root, file).split(sep).join('/'))) continue;
      for (const { fileName: spec } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        const alias = /^@app\/([^/]+)/.exec(spec);
        const target = alias ? alias[1] : spec.startsWith('.') ? ownerOf(relative(root, resolve(dirname(file), spec))) : null;
        const name = typeof target === 'string' ? target : target?.kind === 'lib' ? target.name : null;
        if (name && name !== lib) used.add(name);
      }
    }
  }
  return edges;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const used = usedLibEdges();
  let problems = 0;
  for (const lib of Object.keys(used).sort()) {
    const edges = [...used[lib]].sort();
    const undeclared = edges.filter((to) => !(allowedLibImports[lib] ?? []).includes(to));
    const unused = (allowedLibImports[lib] ?? []).filter((to) => !used[lib].has(to));
    console.log(`  '${lib}': [${edges.map((e) => `'${e}'`).join(', ')}],`);
    if (!(lib in allowedLibImports)) (console.log(`    ! '${lib}' is not in eslint/boundaries.mjs`), problems++);
    if (undeclared.length) (console.log(`    ! not allowed: ${undeclared.join(', ')}`), problems++);
    if (unused.length) console.log(`    (allowed, unused: ${unused.join(', ')})`);
  }
  for (const lib of Object.keys(allowedLibImports)) if (!(lib in used)) (console.log(`  ! '${lib}' is declared but libs/${lib} does not exist`), problems++);
  const upward = upwardEdges(allowedLibImports);
  if (upward.length) (console.log(`\nedges to a lib not listed above: ${upward.join(', ')}`), problems++);
  const cycle = findCycle(allowedLibImports);
  if (cycle) (console.log(`\ncycle in the allowed map: ${cycle.join(' -> ')}`), problems++);
  const usedCycle = findCycle(Object.fromEntries(Object.entries(used).map(([k, v]) => [k, [...v]])));
  if (usedCycle) (console.log(`\ncycle in the code: ${usedCycle.join(' -> ')}`), problems++);
  process.exitCode = problems ? 1 : 0;
}
