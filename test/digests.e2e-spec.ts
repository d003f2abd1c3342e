import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { DigestScheduler, DigestSender } from '@app/digests';
import { MailServer, startMailServer } from './utils/mail-server';
import { startTestApp, TestApp } from './utils/test-app';

/*
 * Email digests through a real SMTP peer, on a controlled clock. The user
 * is in Berlin; Monday 11 Jan 2027, 07:31 there is 06:31 UTC.
 */
const MONDAY = new Date('2027-01-11T06:31:00Z');
const APP_URL = 'https://tom.example.com';
const day = (n: number, from = MONDAY) => new Date(from.getTime() + n * 86_400_000);

/** A header's value as sent (mailparser turns some into objects). */
function header(message: ParsedMail, name: string): string {
  const line = message.headerLines.find((candidate) => candidate.key === name)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).trim();
}

function calendar(events: { uid: string; title: string; start: string; description: string }[]): string {
  const body = events.map((e) =>
    [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20261201T000000Z',
      `DTSTART:${e.start}`,
      'DURATION:PT2H',
      `SUMMARY:${e.title}`,
      `DESCRIPTION:${e.description}`,
      'END:VEVENT',
    ].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

describe('email digests', () => {
  let t: TestApp;
  let mail: MailServer;
  let now = MONDAY;
  let token: string;
  let userId: string;

  const must = async <T>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> => {
    const result = await t.gql<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const tick = () => t.app.get(DigestScheduler).tick(now);
  const deliveries = async () =>
    (
      await must<{
        digestDeliveries: {
          edges: { node: { periodKey: string; status: string; test: boolean; messageId: string; error: string | null; sentAt: string | null } }[];
        };
      }>('{ digestDeliveries(first: 50) { edges { node { periodKey status test messageId error sentAt } } } }')
    ).digestDeliveries.edges.map((e) => e.node);
  const waitForDelivery = async (periodKey: string, status: string[], ms = 20_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = (await deliveries()).find((d) => d.periodKey === periodKey && status.includes(d.status));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${status.join('/')} delivery for ${periodKey}: ${JSON.stringify(await deliveries())}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    mail = await startMailServer();
    t = await startTestApp('digests', {
      RUN_WORKER: 'true',
      SMTP_URL: mail.url,
      PUBLIC_BASE_URL: APP_URL,
      DIGEST_TICK_SECONDS: '3600',
      MAIL_FROM: 'topofmind <digest@tom.example.com>',
    });
    t.app.get(Clock).now = () => now;
    ({ token, userId } = await t.signUp('dana@example.com'));
    await must('mutation { updateProfile(input: {displayName: "Dana Q"}) { id } }');
    const { createCompany } = await must<{ createCompany: { id: string } }>(
      'mutation { createCompany(input: {name: "Stripe", domains: ["stripe.com"]}) { id } }',
    );
    await must(
      'mutation($c: ID!) { createContact(input: {name: "Zoë O\'Brien", companyId: $c, title: "Engineering Manager", role: HIRING_MANAGER, email: "zoe@stripe.example", interests: ["ledgers"]}) { id } }',
      { c: createCompany.id },
    );
    await must('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', {
      i: {
        name: 'Meetups',
        ics: calendar([
          {
            uid: 'pay@x',
            title: '<b>Payments</b> & "Ledgers" Night',
            start: '20270114T170000Z',
            description: "Zoë O'Brien (Engineering Manager at Stripe) on ledgers.",
          },
          { uid: 'past@x', title: 'Last Friday Meetup', start: '20270108T170000Z', description: 'Talks.' },
        ]),
      },
    });
    const { events } = await must<{ events: { edges: { node: { id: string; title: string } }[] } }>('{ events(first: 10) { edges { node { id title } } } }');
    for (const { node } of events.edges) await must('mutation($e: ID!) { setAttendance(eventId: $e, status: GOING) { id } }', { e: node.id });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('has weekly defaults, Monday 08:00 in the user’s zone, and refuses bad values naming the field', async () => {
    const { digestSettings } = await must<{ digestSettings: Record<string, unknown> }>(
      '{ digestSettings { frequency weekday localTime sections skipWhenEmpty paused lastError lastSentAt nextSendAt } }',
    );
    expect(digestSettings).toEqual({
      frequency: 'WEEKLY',
      weekday: 'MONDAY',
      localTime: '08:00',
      sections: ['EVENTS', 'CHANGES', 'FOLLOW_UPS', 'SOURCES'],
      skipWhenEmpty: true,
      paused: false,
      lastError: null,
      lastSentAt: null,
      nextSendAt: '2027-01-11T07:00:00.000Z',
    });
    for (const localTime of ['7:30', '24:00', '07:60', 'noon']) {
      const bad = await t.gql('mutation($t: String!) { updateDigestSettings(input: {localTime: $t}) { localTime } }', { t: localTime }, token);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.localTime' })] });
    }
    const badDay = await t.gql('mutation($w: Weekday!) { updateDigestSettings(input: {weekday: $w}) { weekday } }', { w: 'FUNDAY' }, token);
    expect(badDay.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const { updateDigestSettings } = await must<{ updateDigestSettings: { frequency: string; localTime: string; nextSendAt: string } }>(
      'mutation { updateDigestSettings(input: {frequency: DAILY, localTime: "07:30"}) { frequency localTime nextSendAt } }',
    );
    expect(updateDigestSettings).toEqual({ frequency: 'DAILY', localTime: '07:30', nextSendAt: '2027-01-11T06:30:00.000Z' });
  });

  it('renders a preview without sending', async () => {
    const { digestPreview } = await must<{ digestPreview: { subject: string; text: string; html: string } }>('{ digestPreview { subject text html } }');
    expect(digestPreview.subject).toBeTruthy();
    expect(digestPreview.text).toContain('Payments & "Ledgers" Night');
    expect(digestPreview.html).not.toContain('Payments & "Ledgers"');
    expect(digestPreview.html).toMatch(/Payments &amp; (?:&quot;|&#34;)Ledgers(?:&quot;|&#34;) Night/);
    expect(mail.messages).toHaveLength(0);
  });

  let first: ParsedMail;

  it('sends one digest when the local send time has passed, with list headers, both parts, escaped values and local times', async () => {
    expect(await tick()).toBe(1);
    [first] = await mail.waitFor(1);
    const delivery = await waitForDelivery('DAILY:2027-01-11', ['SENT']);
    expect(first.messageId).toBe(delivery.messageId);
    expect(first.from?.value).toEqual([{ name: 'topofmind', address: 'digest@tom.example.com' }]);
    expect(first.to && 'text' in first.to ? first.to.text : '').toContain('dana@example.com');
    expect(first.date).toBeInstanceOf(Date);
    expect(header(first, 'list-unsubscribe')).toMatch(new RegExp(`^<${APP_URL}/unsubscribe/[A-Za-z0-9_.-]+>$`));
    expect(header(first, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(header(first, 'list-id')).toBe('topofmind digests <digests.tom.example.com>');
    expect(first.text).toContain('Payments & "Ledgers" Night');
    expect(first.text).toContain('Thu 14 Jan, 18:00'); // 17:00 UTC is 18:00 in Berlin
    expect(first.text).toContain(`${APP_URL}/events/`);
    expect(first.text).toContain("Zoë O'Brien");
    expect(first.html).toBeTruthy();
    expect(first.html).toMatch(/Payments &amp; (?:&quot;|&#34;)Ledgers/);
    expect(first.html).toContain(`${APP_URL}/unsubscribe/`);
    expect(first.html).not.toMatch(/<script|<img[^>]+src="https?:/i);
  });

  it('never sends twice for a period: another tick, a new send time or a new zone', async () => {
    expect(await tick()).toBe(0);
    await must('mutation { updateDigestSettings(input: {localTime: "07:00"}) { localTime } }');
    expect(await tick()).toBe(0);
    await must('mutation { updateProfile(input: {timeZone: "America/New_York"}) { id } }');
    now = new Date(MONDAY.getTime() + 7 * 3_600_000); // 13:31 UTC: 08:31 in New York, still Monday 11 Jan there
    expect(await tick()).toBe(0);
    await must('mutation { updateProfile(input: {timeZone: "Europe/Berlin"}) { id } }');
    now = MONDAY;
    await new Promise((r) => setTimeout(r, 3_000)); // a duplicate job would have run by now
    expect(mail.messages).toHaveLength(1);
  });

  it('sends nothing when there is nothing to say, and records it as SKIPPED', async () => {
    const quiet = await t.signUp('quiet@example.com');
    await t.gql('mutation { updateDigestSettings(input: {frequency: DAILY, localTime: "07:00"}) { frequency } }', {}, quiet.token);
    expect(await tick()).toBe(1);
    const deadline = Date.now() + 20_000;
    let delivery: { status: string } | undefined;
    while ((!delivery || delivery.status === 'SENDING') && Date.now() < deadline) {
      const result = await t.gql<{ digestDeliveries: { edges: { node: { status: string } }[] } }>(
        '{ digestDeliveries(first: 5) { edges { node { status } } } }',
        {},
        quiet.token,
      );
      delivery = result.data?.digestDeliveries.edges[0]?.node;
      if (!delivery || delivery.status === 'SENDING') await new Promise((r) => setTimeout(r, 200));
    }
    expect(delivery).toEqual({ status: 'SKIPPED' });
    expect(mail.messages).toHaveLength(1);
    await t.gql('mutation { updateDigestSettings(input: {frequency: OFF}) { frequency } }', {}, quiet.token);
  });

  it('sends the next period’s digest the next day', async () => {
    now = day(1);
    expect(await tick()).toBe(1);
    await mail.waitFor(2);
    await waitForDelivery('DAILY:2027-01-12', ['SENT']);
    expect(mail.messages[1].messageId).not.toBe(first.messageId);
  });

  it('unsubscribes with one POST; a GET only shows a button; bad tokens are refused alike', async () => {
    const link = header(first, 'list-unsubscribe').replace(/^<|>$/g, '').replace(APP_URL, t.baseUrl);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<form[^>]+method="post"/i);
    // The API's default policy forbids forms; this page's allows posting its own.
    expect(page.headers.get('content-security-policy')).toBe(`default-src 'none'; form-action 'self' ${APP_URL}; frame-ancestors 'none'; base-uri 'none'`);
    expect(html).toContain(`action="${APP_URL}/unsubscribe/`);
    expect(html).not.toMatch(/<script/i);
    expect((await must<{ digestSettings: { frequency: string } }>('{ digestSettings { frequency } }')).digestSettings.frequency).toBe('DAILY');

    const tokenPart = link.split('/').pop() as string;
    const other = await t.signUp();
    // Their own digests would go to the same test server: off.
    await t.gql('mutation { updateDigestSettings(input: {frequency: OFF}) { frequency } }', {}, other.token);
    const [, signature] = tokenPart.split('.');
    const forged = [
      `${tokenPart.slice(0, -1)}${tokenPart.endsWith('A') ? 'B' : 'A'}`,
      `${Buffer.from(other.userId).toString('base64url')}.${signature}`,
      'nonsense',
    ];
    const refusals = await Promise.all(
      forged.map((bad) => fetch(`${t.baseUrl}/unsubscribe/${bad}`, { method: 'POST' }).then(async (r) => [r.status, await r.text()] as const)),
    );
    expect(new Set(refusals.map(([status]) => status))).toEqual(new Set([404]));
    expect(new Set(refusals.map(([, body]) => body)).size).toBe(1);

    const post = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(post.status).toBe(200);
    expect((await must<{ digestSettings: { frequency: string } }>('{ digestSettings { frequency } }')).digestSettings.frequency).toBe('OFF');
    now = day(2);
    expect(await tick()).toBe(0);
  });

  it('sends a test digest now, marked as a test, once a minute at most', async () => {
    const { sendTestDigest } = await must<{ sendTestDigest: { status: string; test: boolean; messageId: string } }>(
      'mutation { sendTestDigest { id status test messageId } }',
    );
    expect(sendTestDigest).toMatchObject({ status: 'SENT', test: true });
    const messages = await mail.waitFor(3);
    expect(messages[2].subject).toMatch(/^\[Test\]/);
    expect(messages[2].messageId).toBe(sendTestDigest.messageId);
    const again = await t.gql('mutation { sendTestDigest { id } }', {}, token);
    expect(again.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });

  it('records a refusing server as FAILED, pauses after 5 in a row with the reason, and works again after', async () => {
    await must('mutation { updateDigestSettings(input: {frequency: DAILY, localTime: "07:30"}) { frequency } }');
    mail.refuseWith('550 No such user here');
    for (let i = 3; i < 8; i++) {
      now = day(i);
      expect(await tick()).toBe(1);
      const failed = await waitForDelivery(`DAILY:2027-01-${String(11 + i).padStart(2, '0')}`, ['FAILED']);
      expect(failed.error).toMatch(/refused/);
    }
    const { digestSettings } = await must<{ digestSettings: { paused: boolean; lastError: string } }>('{ digestSettings { paused lastError } }');
    expect(digestSettings.paused).toBe(true);
    expect(digestSettings.lastError).toMatch(/No such user/);
    now = day(8);
    expect(await tick()).toBe(0);

    mail.refuseWith(null);
    await must('mutation { updateDigestSettings(input: {skipWhenEmpty: false}) { paused } }');
    now = day(9);
    expect(await tick()).toBe(1);
    await waitForDelivery('DAILY:2027-01-20', ['SENT']);
  });

  it('keeps a delivery for a server that is down as FAILED and retryable, without crashing, and sends it on retry', async () => {
    const db = t.app.get(DataSource);
    await mail.close();
    now = day(10);
    expect(await tick()).toBe(1);
    const failed = await waitForDelivery('DAILY:2027-01-21', ['FAILED']);
    expect(failed.error).toMatch(/could not be reached/);
    const [row] = await db.query(`SELECT retryable FROM digest_deliveries WHERE owner_id = $1 AND period_key = 'DAILY:2027-01-21'`, [userId]);
    expect(row.retryable).toBe(true);
    expect((await t.gql('{ me { id } }', {}, token)).data).toEqual({ me: { id: userId } });

    // The server is back: the queue's retry (run here directly) claims the same delivery and sends it, with the same Message-ID.
    const port = mail.port;
    mail = await startMailServer(port);
    expect(await t.app.get(DigestSender).deliver(userId, 'DAILY:2027-01-21')).toBe('SENT');
    const [retried] = await mail.waitFor(1);
    const [after] = await db.query(`SELECT status, attempts, message_id FROM digest_deliveries WHERE owner_id = $1 AND period_key = 'DAILY:2027-01-21'`, [
      userId,
    ]);
    expect(after).toMatchObject({ status: 'SENT', message_id: retried.messageId });
    expect(after.attempts).toBeGreaterThanOrEqual(2);
    // Once sent, another retry sends nothing.
    expect(await t.app.get(DigestSender).deliver(userId, 'DAILY:2027-01-21')).toBe('TAKEN');
  });
});
