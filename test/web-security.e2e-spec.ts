import { Browser } from 'playwright-core';
import { launchBrowser, newContext, signIn } from './utils/browser';
import { startTestApp, TEST_PASSWORD, TestApp } from './utils/test-app';

/**
 * Values from feeds and from other people's pages are text, never markup:
 * a title, description, place or name carrying a script or an
 * `<img onerror>` shows as those characters and runs nothing. The session
 * never reaches page scripts. The feed arrives as an .ics upload through
 * the Sources page.
 */
const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'">';
/** A feed's text as entities (`&lt;`, with iCalendar's escaped `;`): readers decode them to the characters above. Raw tags they strip. */
const asFeedText = (markup: string) => markup.replace(/</g, '&lt\\;').replace(/>/g, '&gt\\;');

const feed = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//tests//EN',
  'BEGIN:VEVENT',
  'UID:xss@x',
  'DTSTAMP:20261201T000000Z',
  'DTSTART:20270115T170000Z',
  'DURATION:PT2H',
  `SUMMARY:Payments ${asFeedText(SCRIPT)} night`,
  `DESCRIPTION:Priya Raman talks. ${asFeedText(IMG)}`,
  `LOCATION:Hall ${asFeedText(IMG)}`,
  'URL:javascript:alert(1)',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('web app security', () => {
  let t: TestApp;
  let browser: Browser;
  let email: string;
  beforeAll(async () => {
    t = await startTestApp('web-security');
    browser = await launchBrowser();
    const user = await t.signUp();
    email = user.email;
    const must = async (query: string, variables: Record<string, unknown>) => {
      const result = await t.gql(query, variables, user.token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as Record<string, { id: string }>;
    };
    const { createCompany } = await must('mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', { i: { name: `Stripe ${IMG}` } });
    await must('mutation($i: CreateContactInput!) { createContact(input: $i) { id } }', {
      i: { name: 'Priya Raman', companyId: createCompany.id, title: `Manager ${SCRIPT}`, notes: IMG },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('renders feed and user values as text on every page, running none of them', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.clock.setFixedTime(new Date('2027-01-11T09:00:00Z'));
    await signIn(page, t.baseUrl, email, TEST_PASSWORD);
    // The feed comes in as a file upload, from the Sources page.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources', exact: true }).click();
    await page.getByLabel('Calendar file (.ics)').setInputFiles({ name: 'payments.ics', mimeType: 'text/calendar', buffer: Buffer.from(feed) });
    await page.getByRole('button', { name: 'Upload calendar' }).click();
    await page.getByText('1 event', { exact: true }).first().waitFor();
    for (const name of ['Events', 'People', 'Companies', 'Sources', 'Plan']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events', exact: true }).click();
    await page.getByText(`Payments ${SCRIPT} night`).first().waitFor();
    await page
      .getByRole('link', { name: `Payments ${SCRIPT} night` })
      .first()
      .click();
    await page.getByText(IMG).first().waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('link', { name: 'Priya Raman' }).first().click();
    await page.getByText(`Manager ${SCRIPT}`).first().waitFor();
    await page.waitForLoadState('networkidle');

    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await context.close();
  });

  it('keeps the session out of page scripts and storage; the cookie is httpOnly and SameSite=Lax', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, t.baseUrl, email, TEST_PASSWORD);
    expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);
    const cookies = await context.cookies();
    expect(cookies).toEqual([expect.objectContaining({ name: 'topofmind_session', httpOnly: true, sameSite: 'Lax', path: '/', secure: false })]);
    await context.close();
  });
});
