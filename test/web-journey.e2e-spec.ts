import { Browser, BrowserContext, Page } from 'playwright-core';
import { Clock } from '@app/common';
import { FollowUpSweep } from '@app/follow-ups';
import { formatMoment } from '../apps/web/src/ui/time';
import { collectPageErrors, eventually, launchBrowser, newContext, screenshot, seriousAccessibilityProblems } from './utils/browser';
import { FeedServer, startFeedServer } from './utils/feed-server';
import { startTestApp, TEST_PASSWORD, TestApp } from './utils/test-app';

/*
 * A job seeker's whole loop in a real browser, against the real server on a
 * fresh database, on a controlled clock (the server's Clock and the page's
 * Date agree): sign up, set the zone, add a feed served from loopback, see
 * its events at the right local times, add the company and the person an
 * event names, see the match and its evidence, open the plan and copy a
 * draft, mark the event Going, let it end, record who you met, complete a
 * follow-up, see the person's cadence reset, sign out.
 *
 * The event: Friday 15 Jan 2027, 17:00–19:00 UTC, which the user (New York)
 * reads as 12:00–14:00 while the browser itself is in Berlin.
 */
const BEFORE = new Date('2027-01-11T14:00:00Z'); // Monday morning in New York
const AFTER = new Date('2027-01-15T21:00:00Z'); // Friday 16:00 in New York, the event over
const ZONE = 'America/New_York';
const EMAIL = 'journey@example.com';

const FEED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//tests//EN',
  'BEGIN:VEVENT',
  'UID:payments@journey',
  'DTSTAMP:20261201T000000Z',
  'DTSTART:20270115T170000Z',
  'DTEND:20270115T190000Z',
  'SUMMARY:Payments Engineering Night',
  'DESCRIPTION:Priya Raman (Engineering Manager at Stripe) on idempotency keys at scale.',
  'LOCATION:Brooklyn',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:rust@journey',
  'DTSTAMP:20261201T000000Z',
  'DTSTART:20270114T230000Z',
  'DTEND:20270115T010000Z',
  'SUMMARY:Rust Meetup',
  'DESCRIPTION:Async Rust in production.',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('the web app, end to end in a browser', () => {
  let t: TestApp;
  let feeds: FeedServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let now = BEFORE;

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  const go = async (name: string) => {
    await nav(name).click();
    await page.waitForLoadState('networkidle');
  };
  const expectAccessible = async (name: string) => {
    await screenshot(page, `journey-${name}`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  };
  const eventCard = () =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Payments Engineering Night', level: 3 }) })
      .first();

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/meetups.ics', { body: FEED });
    t = await startTestApp('web-journey', { FETCH_ALLOW_HOSTS: '127.0.0.1', RUN_WORKER: 'true' });
    t.app.get(Clock).now = () => now;
    browser = await launchBrowser();
    context = await newContext(browser, 'desktop', 'Europe/Berlin');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.baseUrl });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.clock.setFixedTime(BEFORE);
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
    await feeds.close();
  });

  it('signs up and sets the time zone on the first-run page', async () => {
    await page.goto(`${t.baseUrl}/sign-up`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    const zone = page.getByLabel('Time zone');
    await eventually(async () => expect(await zone.inputValue()).toBe('Europe/Berlin')); // detected from the browser
    await zone.fill(ZONE);
    await page.getByLabel('Target roles').fill('Staff Engineer');
    await page.getByLabel('Interests').fill('payments, idempotency');
    await expectAccessible('welcome');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('Feed or page URL').waitFor();
  });

  it('adds a feed served from loopback and shows its events in the user zone', async () => {
    await page.getByLabel('Feed or page URL').fill(feeds.url('/meetups.ics'));
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByText('2 events').first().waitFor();
    await expectAccessible('sources');

    await go('Events');
    await page.getByText('Payments Engineering Night').first().waitFor();
    // 17:00 UTC is 12:00 in New York (the browser, in Berlin, would say 18:00).
    await eventually(async () => expect(await eventCard().innerText()).toContain(formatMoment('2027-01-15T17:00:00Z', ZONE, BEFORE))); // "Fri 15 Jan, 12:00"
    // 23:00 UTC on Thursday is still Thursday in New York: grouped under Thursday.
    await page.getByRole('heading', { name: 'Thursday 14 January' }).waitFor();
    await expectAccessible('events');
  });

  it('adds the company and the person the event names, and shows the match with its evidence', async () => {
    await go('Companies');
    await page.getByRole('button', { name: 'Add company' }).click();
    await page.getByLabel('Company name').fill('Stripe');
    await page.getByRole('button', { name: 'Save company' }).click();
    await page.getByRole('link', { name: 'Stripe' }).first().waitFor();

    await go('People');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Priya Raman');
    await page.getByLabel('Company', { exact: true }).fill('Stripe');
    await page.getByLabel('Title', { exact: true }).fill('Engineering Manager');
    await page.getByRole('button', { name: 'Save person' }).click();
    await page.getByRole('link', { name: 'Priya Raman' }).first().waitFor();
    await expectAccessible('people');

    await go('Events');
    await eventCard().getByRole('link', { name: 'Priya Raman' }).first().waitFor();
    expect(await eventCard().locator('blockquote.evidence').first().innerText()).toContain('Priya Raman');
  });

  it('opens the plan and copies a draft', async () => {
    await go('Plan');
    await page.getByText('Payments Engineering Night').first().waitFor();
    // The event's own draft: the next touches above the events may render first and move what is "first".
    const block = page.locator('.draft-block').filter({ hasText: 'Payments Engineering Night' }).first();
    await block.getByRole('button', { name: 'Copy draft' }).click();
    const draft = (await block.locator('.draft').innerText()).trim();
    expect(draft.length).toBeGreaterThan(20);
    expect((await page.evaluate<string>('navigator.clipboard.readText()')).trim()).toBe(draft);
    await expectAccessible('plan');
  });

  it('marks the event Going from the keyboard', async () => {
    await go('Events');
    const going = eventCard().getByRole('button', { name: 'Going', exact: true });
    await going.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await going.getAttribute('aria-pressed')).toBe('true'));
  });

  it('lets the event end, records who was met and completes a follow-up; the person’s cadence resets', async () => {
    now = AFTER;
    await page.clock.setFixedTime(AFTER);
    await t.app.get(FollowUpSweep).sweep();

    await go('Follow-ups');
    await page.getByText('Payments Engineering Night').first().waitFor();
    await page.getByRole('checkbox', { name: 'Priya Raman' }).check();
    await page.getByRole('button', { name: 'Save who I met' }).click();
    const complete = page.getByRole('button', { name: 'Complete', exact: true }).first();
    await complete.waitFor();
    await expectAccessible('follow-ups');
    const itemsBefore = await page.getByRole('button', { name: 'Complete', exact: true }).count();
    await complete.click();
    await eventually(async () => expect(await page.getByRole('button', { name: 'Complete', exact: true }).count()).toBe(itemsBefore - 1));

    // The touch is logged at the (controlled) time it was completed, and the next touch is timed from it.
    const api = await context.request.post(`${t.baseUrl}/graphql`, {
      headers: { 'content-type': 'application/json', 'x-topofmind-csrf': '1' },
      data: { query: '{ nextTouches(limit: 20) { dueAt contact { name } } }' },
    });
    const next = ((await api.json()) as { data: { nextTouches: { dueAt: string; contact: { name: string } }[] } }).data.nextTouches.find(
      (touch) => touch.contact.name === 'Priya Raman',
    );
    expect(next).toBeDefined();
    expect(new Date(next!.dueAt).getTime()).toBeGreaterThan(AFTER.getTime());

    await go('People');
    await page.getByRole('link', { name: 'Priya Raman' }).first().click();
    await page.getByRole('heading', { name: 'Priya Raman', level: 1 }).waitFor();
    await eventually(async () => expect(await page.locator('main').innerText()).toContain(formatMoment(AFTER.toISOString(), ZONE, AFTER))); // the touch: "Fri 15 Jan, 16:00"
    await eventually(async () => expect(await page.locator('main').innerText()).toContain(formatMoment(next!.dueAt, ZONE, AFTER))); // when the next one is due
    await expectAccessible('person');
  });

  it('signs out, and the session is gone', async () => {
    const [session] = await context.cookies();
    expect(session).toMatchObject({ name: 'topofmind_session', httpOnly: true, sameSite: 'Lax' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await context.cookies()).toEqual([]);
    const replay = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-topofmind-csrf': '1', cookie: `${session.name}=${session.value}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(((await replay.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(errors).toEqual([]);
  });
});
