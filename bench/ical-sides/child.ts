import { readFileSync } from 'node:fs';

/**
 * One side of the iCalendar bench in a process of its own: each side's file
 * imports only its own library, so the peak RSS measured is that library's.
 * Run as `node <side>.js <feed path> <from ISO> <to ISO> [flags]`.
 */
export interface ChildReport {
  /** Parse + normalise + expand, after the file is read (ms). */
  elapsedMs: number;
  occurrences: number;
  peakRssMb: number;
}

function peakRssMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Reads the feed named on the command line, times `count` on it and prints a ChildReport. */
export function runSide(count: (text: string, from: Date, to: Date, flags: string[]) => number): void {
  const [path, from, to, ...flags] = process.argv.slice(2);
  const text = readFileSync(path, 'utf8');
  const started = performance.now();
  const occurrences = count(text, new Date(from), new Date(to), flags);
  const report: ChildReport = { elapsedMs: performance.now() - started, occurrences, peakRssMb: peakRssMb() };
  process.stdout.write(JSON.stringify(report));
}
