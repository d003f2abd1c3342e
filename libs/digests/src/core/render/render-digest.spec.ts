import type { DigestAction, DigestContent, DigestEvent } from '../types';
import { APP_URL, UNSUBSCRIBE_URL, digestContent } from './__fixtures__/digest-content';
import { escapeHtml } from './escape-html';
import { renderDigest } from './render-digest';
import { digestSubject, isEmptyDigest } from './subject';

const render = (overrides: Partial<DigestContent> = {}) => renderDigest(digestContent(overrides));
const lines = (text: string) => text.split('\n');
/** Every href in the HTML, unescaped. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
/** The HTML's visible text, roughly: tags dropped, entities read. */
const visible = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function event(overrides: Partial<DigestEvent> = {}): DigestEvent {
  return {
    id: 'e9',
    title: 'Event',
    startsAt: new Date('2026-12-10T17:30:00Z'),
    allDay: false,
    timeZone: null,
    location: null,
    url: null,
    attendance: null,
    reasons: [],
    people: [],
    ...overrides,
  };
}

function action(overrides: Partial<DigestAction> = {}): DigestAction {
  return {
    id: 'a',
    source: 'FOLLOW_UP',
    contactId: null,
    contactName: null,
    text: 'Do it',
    dueAt: new Date('2026-12-10T09:00:00Z'),
    overdue: false,
    draftFirstLine: null,
    eventId: null,
    ...overrides,
  };
}

describe('renderDigest: the plain-text part', () => {
  it('says everything in readable lines (golden)', () => {
    expect(lines(render().text)).toEqual([
      'Your week',
      'Week of Mon 7 Dec · times in Europe/Berlin',
      '',
      'Coming up',
      '---------',
      '',
      '- Rust Berlin: async in production',
      '  Thu 10 Dec, 18:30 · Factory Görlitzer Park · Going',
      '  Priya Shah (Stripe) is speaking',
      '  * Priya Shah: Priya is speaking (hiring manager at Stripe)',
      '    Talking point: Ask how the payments team moved to async Rust',
      '  Event page: https://www.meetup.com/rust-berlin/events/1',
      '  https://app.topofmind.example/events/e1',
      '',
      '- Remote: Go at scale',
      '  Fri 11 Dec, 18:00 (12:00 America/New_York)',
      '  https://app.topofmind.example/events/e3',
      '',
      '- KubeCon EU watch party',
      '  Sat 12 Dec (all day) · Maybe going',
      '  https://app.topofmind.example/events/e2',
      '',
      'What changed',
      '------------',
      '',
      '- Data Council',
      '  Moved: Tue 15 Dec, 18:00 → Wed 16 Dec, 19:00',
      '  https://app.topofmind.example/events/e4',
      '',
      '- Berlin.js',
      '  Cancelled (was Thu 17 Dec, 19:00)',
      '  https://app.topofmind.example/events/e5',
      '',
      'To do',
      '-----',
      '',
      '- [Overdue] Jonas Weber: Send Jonas a project update',
      '  Due Sat 5 Dec, 10:00',
      '  https://app.topofmind.example/people/c2',
      '',
      '- Priya Shah: Thank Priya for the talk at “Rust Berlin”',
      '  Due Fri 11 Dec, 21:00',
      '  Draft: “Thanks again for the talk on Thursday.”',
      '  https://app.topofmind.example/follow-ups#f1',
      '',
      'Sources that need attention',
      '---------------------------',
      '',
      '- Meetup: Rust Berlin',
      '  HTTP 404 Not Found',
      '  https://app.topofmind.example/sources/s1',
      '',
      '-- ',
      'Your weekly topofmind digest, sent to sam@example.com because digests are on in your settings.',
      `Unsubscribe: ${UNSUBSCRIBE_URL}`,
      'Settings: https://app.topofmind.example/settings',
      '',
    ]);
  });

  it('says "daily" and "Your day" for a daily digest', () => {
    const { text } = render({
      period: { key: 'DAILY:2026-12-07', frequency: 'DAILY', start: new Date('2026-12-06T23:00:00Z'), sendAt: new Date('2026-12-07T06:00:00Z') },
    });
    expect(lines(text).slice(0, 2)).toEqual(['Your day', 'Mon 7 Dec · times in Europe/Berlin']);
    expect(text).toContain('\nYour daily topofmind digest, sent to sam@example.com');
  });
});

describe('renderDigest: both parts', () => {
  it('hold every item, each with its link: as an href in HTML and on a line of its own in text', () => {
    const { html, text } = render();
    const titles = [
      'Rust Berlin: async in production',
      'Remote: Go at scale',
      'KubeCon EU watch party',
      'Data Council',
      'Berlin.js',
      'Jonas Weber: Send Jonas a project update',
      'Priya Shah: Thank Priya for the talk at “Rust Berlin”',
      'Meetup: Rust Berlin',
    ];
    const links = ['/events/e1', '/events/e3', '/events/e2', '/events/e4', '/events/e5', '/people/c2', '/follow-ups#f1', '/sources/s1'].map((p) => APP_URL + p);
    for (const title of titles) {
      expect(html).toContain(`>${escapeHtml(title)}</a>`);
      expect(lines(text).filter((line) => line === `- ${title}` || line === `- [Overdue] ${title}`)).toHaveLength(1);
    }
    for (const link of links) {
      expect(hrefs(html)).toContain(link);
      expect(lines(text)).toContain(`  ${link}`);
    }
    for (const detail of [
      'Priya is speaking (hiring manager at Stripe)',
      'Ask how the payments team moved to async Rust',
      'HTTP 404 Not Found',
      'Thanks again for the talk on Thursday.',
    ]) {
      expect(visible(html)).toContain(detail);
      expect(text).toContain(detail);
    }
    expect(hrefs(html)).toEqual(
      expect.arrayContaining([`${APP_URL}/people/c1`, 'https://www.meetup.com/rust-berlin/events/1', UNSUBSCRIBE_URL, `${APP_URL}/settings`]),
    );
  });

  it('link only to http(s) URLs: the app, the event pages, the unsubscribe URL', () => {
    const { html } = render();
    for (const href of hrefs(html)) expect(href).toMatch(/^https:\/\/(app\.topofmind\.example\/|www\.meetup\.com\/)/);
  });

  it('build app links from an app URL with a trailing slash, and encode ids', () => {
    const { html, text } = render({ appUrl: `${APP_URL}/`, events: [event({ id: 'a/b?c#d' })], actions: [action({ id: 'x y' })] });
    expect(hrefs(html)).toEqual(expect.arrayContaining([`${APP_URL}/events/a%2Fb%3Fc%23d`, `${APP_URL}/follow-ups#x%20y`, `${APP_URL}/settings`]));
    expect(text).toContain(`\n  ${APP_URL}/events/a%2Fb%3Fc%23d\n`);
  });

  it('show times in the recipient zone: the same instant reads differently in Berlin, Los Angeles and Kiritimati', () => {
    const zoned = (timeZone: string) => render({ recipient: { email: 'sam@example.com', name: null, timeZone }, changes: null, actions: null, sources: null });
    const berlin = zoned('Europe/Berlin');
    const la = zoned('America/Los_Angeles');
    const kiritimati = zoned('Pacific/Kiritimati');
    // The Rust Berlin event is in Berlin's zone, so elsewhere its own local time is added.
    expect(berlin.text).toContain('\n  Thu 10 Dec, 18:30 · Factory Görlitzer Park · Going\n');
    expect(la.text).toContain('\n  Thu 10 Dec, 09:30 (18:30 Europe/Berlin) · Factory Görlitzer Park · Going\n');
    expect(kiritimati.text).toContain('\n  Fri 11 Dec, 07:30 (Thu 10 Dec, 18:30 Europe/Berlin) · Factory Görlitzer Park · Going\n');
    expect(la.text).toContain('\n  Fri 11 Dec, 09:00 (12:00 America/New_York)\n');
    for (const { html, text } of [berlin, la, kiritimati]) {
      // An all-day event keeps its date everywhere.
      expect(text).toContain('\n  Sat 12 Dec (all day) · Maybe going\n');
      expect(visible(html)).toContain('Sat 12 Dec (all day) · Maybe going');
    }
    expect(visible(la.html)).toContain('Thu 10 Dec, 09:30 (18:30 Europe/Berlin)');
    expect(la.text).toContain('times in America/Los_Angeles');
  });

  it('add the event zone only when its clock differs, and never a zone it does not know', () => {
    const when = (timeZone: string | null, allDay = false) => lines(render({ events: [event({ timeZone, allDay })] }).text)[7];
    expect(when('Europe/Paris')).toBe('  Thu 10 Dec, 18:30'); // another name, same clock
    expect(when('Not/AZone')).toBe('  Thu 10 Dec, 18:30');
    expect(when('Europe/London')).toBe('  Thu 10 Dec, 18:30 (17:30 Europe/London)');
    expect(when('Europe/London', true)).toBe('  Thu 10 Dec (all day)');
  });

  it('give the year only when it is not this year', () => {
    const { text } = render({
      changes: [{ eventId: 'e', title: 'NYE', kind: 'MOVED', oldStart: null, newStart: new Date('2027-01-05T18:00:00Z'), detectedAt: new Date() }],
    });
    expect(text).toContain('\n  Moved to Tue 5 Jan 2027, 19:00\n');
  });

  it('list to-dos overdue first, then by due time', () => {
    const actions = [
      action({ id: 'late', text: 'Later', dueAt: new Date('2026-12-12T09:00:00Z') }),
      action({ id: 'old', text: 'Long overdue', dueAt: new Date('2026-11-30T09:00:00Z'), overdue: true }),
      action({ id: 'soon', text: 'Soon', dueAt: new Date('2026-12-08T09:00:00Z') }),
      action({ id: 'over', text: 'Overdue', dueAt: new Date('2026-12-06T09:00:00Z'), overdue: true }),
    ];
    const { text, html } = render({ events: null, changes: null, sources: null, actions });
    expect(lines(text).filter((l) => l.startsWith('- '))).toEqual(['- [Overdue] Long overdue', '- [Overdue] Overdue', '- Soon', '- Later']);
    expect(html.match(/Overdue<\/span>/g)).toHaveLength(2);
  });

  it('link a next touch to its person, and a follow-up item to its place in the checklist', () => {
    const { html } = render({
      events: null,
      actions: [
        action({ id: 't2', source: 'NEXT_TOUCH', contactId: 'c7', contactName: 'Ana' }),
        action({ id: 't3', source: 'NEXT_TOUCH', contactId: null, text: 'Nobody in particular' }),
        action({ id: 'f2', source: 'FOLLOW_UP', contactId: 'c7' }),
      ],
    });
    expect(hrefs(html)).toEqual(expect.arrayContaining([`${APP_URL}/people/c7`, `${APP_URL}/follow-ups#f2`]));
    expect(html).toContain('>Nobody in particular</div>'); // no link rather than a guessed one
  });

  it('put each user value on one line, and clip runaway ones', () => {
    const { text } = render({
      events: [event({ title: 'Two\nlines\r\n\tand\u202Ereversed\u0007' })],
      sources: [{ id: 's', name: 'Feed', lastError: `Error: ${'x'.repeat(5_000)}\n    at parse (feed.ts:1)` }],
    });
    expect(text).toContain('\n- Two lines andreversed\n');
    const error = lines(text).find((l) => l.startsWith('  Error: '));
    expect(error).toHaveLength(2 + 300);
    expect(error?.endsWith('x…')).toBe(true);
  });
});

describe('renderDigest: escaping', () => {
  const hostile = '<script>alert(1)</script> & "Ünïcode" \'q\'';
  const hostileContent = () =>
    digestContent({
      recipient: { email: '"><img src=x onerror=alert(1)>@example.com', name: hostile, timeZone: 'Europe/Berlin' },
      events: [
        event({
          id: '"><b>',
          title: hostile,
          location: hostile,
          url: 'javascript:alert(1)',
          reasons: [hostile],
          people: [{ contactId: '"c', name: hostile, why: hostile, talkingPoint: hostile }],
        }),
      ],
      changes: [{ eventId: 'x', title: hostile, kind: 'CANCELLED', oldStart: null, newStart: null, detectedAt: new Date() }],
      actions: [action({ contactName: hostile, text: hostile, draftFirstLine: hostile })],
      sources: [{ id: 's', name: hostile, lastError: hostile }],
    });

  it('escapes every user value in the HTML and writes it plainly in the text', () => {
    const { html, text } = renderDigest(hostileContent());
    expect(html).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/i);
    const escaped = escapeHtml(hostile);
    expect(escaped).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ünïcode&quot; &#39;q&#39;');
    // Title (twice: the event and the change), location, reason, name, why, talking point, contact name + text, draft, source name and error.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(12);
    expect(text.split(hostile).length - 1).toBeGreaterThanOrEqual(12);
    expect(text).not.toContain('&lt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;@example.com');
  });

  it('refuses URLs that are not http(s): no javascript: link in either part', () => {
    const { html, text } = renderDigest({ ...hostileContent(), unsubscribeUrl: 'javascript:alert(1)' });
    expect(html).not.toMatch(/javascript:/i);
    expect(text).not.toMatch(/javascript:/i);
    expect(html).not.toContain('Event page');
    expect(text).not.toContain('Unsubscribe:');
    for (const href of hrefs(html)) expect(href).toMatch(/^https:\/\/app\.topofmind\.example\//);
    // Ids are path segments: percent-encoded, so they cannot leave the href.
    expect(hrefs(html)).toEqual(expect.arrayContaining([`${APP_URL}/events/%22%3E%3Cb%3E`, `${APP_URL}/people/%22c`]));
  });

  it('keeps the HTML part free of scripts, remote resources and style sheets of its own', () => {
    const { html } = render();
    expect(html).not.toMatch(/<script|<img|<link|<iframe|@import|url\(|\son[a-z]+=/i);
    // The body's markup carries its styles inline.
    const body = html.slice(html.indexOf('<h1'), html.indexOf('</html>'));
    expect(body).not.toMatch(/class="(?!mj-|")/);
  });
});

describe('renderDigest: test sends and empty sections', () => {
  it('marks a test send in a banner at the top and in the subject', () => {
    const { subject, text, html } = render({ test: true });
    expect(subject).toBe('[Test] This week: 3 upcoming events, 2 follow-ups due (1 overdue), 2 schedule changes, 1 source failing');
    expect(lines(text)[0]).toMatch(/^Test digest: /);
    // First in the message, after the hidden inbox preview and the brand line.
    const shown = visible(html.slice(html.indexOf('>', html.indexOf('role="article"')) + 1));
    expect(shown.trim()).toMatch(/^topofmind\s+Test digest: /);
    expect(html).toContain('<title>[Test] This week: ');
    expect(render().text).not.toContain('Test digest');
  });

  it('leaves out sections that are off (null) or empty, and keeps the order of the rest', () => {
    const { text, html } = render({ events: [], changes: null });
    for (const part of [text, visible(html)]) {
      expect(part).not.toContain('Coming up');
      expect(part).not.toContain('What changed');
      expect(part.indexOf('To do')).toBeGreaterThan(0);
      expect(part.indexOf('Sources that need attention')).toBeGreaterThan(part.indexOf('To do'));
    }
    const all = render().text;
    const order = ['Coming up', 'What changed', 'To do', 'Sources that need attention'].map((h) => all.indexOf(`\n${h}\n`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it('says there is nothing new when every section is off or empty', () => {
    const empty = render({ events: [], changes: [], actions: null, sources: null });
    expect(empty.subject).toBe('Nothing new this week');
    expect(lines(empty.text).slice(0, 5)).toEqual(['Your week', 'Week of Mon 7 Dec · times in Europe/Berlin', '', 'Nothing new this week.', '']);
    expect(visible(empty.html)).toContain('Nothing new this week.');
    expect(empty.html).toContain(`href="${UNSUBSCRIBE_URL}"`);
  });
});

describe('digestSubject', () => {
  const subject = (overrides: Partial<DigestContent>) => digestSubject(digestContent(overrides));
  const daily = { key: 'DAILY:2026-12-07', frequency: 'DAILY', start: new Date(), sendAt: new Date() } as const;

  it('counts what is in the digest, for the week or the day', () => {
    expect(subject({})).toBe('This week: 3 upcoming events, 2 follow-ups due (1 overdue), 2 schedule changes, 1 source failing');
    expect(subject({ period: daily })).toBe('Today: 3 upcoming events, 2 follow-ups due (1 overdue), 2 schedule changes, 1 source failing');
    expect(subject({ events: [event()], changes: null, actions: null, sources: [] })).toBe('This week: 1 upcoming event');
    expect(subject({ events: null, changes: null, sources: null, actions: [action()] })).toBe('This week: 1 follow-up due');
    expect(subject({ events: null, actions: null, sources: null })).toBe('This week: 2 schedule changes');
    expect(subject({ events: null, changes: null, actions: null })).toBe('This week: 1 source failing');
  });

  it('is never empty', () => {
    const nothing = { events: null, changes: [], actions: [], sources: null };
    expect(subject(nothing)).toBe('Nothing new this week');
    expect(subject({ ...nothing, period: daily })).toBe('Nothing new today');
    expect(subject({ ...nothing, test: true })).toBe('[Test] Nothing new this week');
  });

  it('holds no user text', () => {
    expect(subject({ events: [event({ title: 'Bcc: everyone\r\nX: y' })] })).toBe(
      'This week: 1 upcoming event, 2 follow-ups due (1 overdue), 2 schedule changes, 1 source failing',
    );
  });
});

describe('isEmptyDigest', () => {
  it('is true only when every section is off or empty', () => {
    expect(isEmptyDigest(digestContent({ events: null, changes: null, actions: null, sources: null }))).toBe(true);
    expect(isEmptyDigest(digestContent({ events: [], changes: [], actions: [], sources: [] }))).toBe(true);
    expect(isEmptyDigest(digestContent({ events: [], changes: null, actions: [], sources: null }))).toBe(true);
    expect(isEmptyDigest(digestContent({ events: [], changes: null, actions: [], sources: [{ id: 's', name: 'n', lastError: 'e' }] }))).toBe(false);
    expect(isEmptyDigest(digestContent({ events: null, changes: null, actions: [action()], sources: null }))).toBe(false);
    expect(isEmptyDigest(digestContent())).toBe(false);
  });
});
