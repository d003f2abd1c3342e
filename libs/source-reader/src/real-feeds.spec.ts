import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceKind } from '@app/event-model';
import { toItemFields } from './items/item-fields';
import { decodeBody } from './decode-body';
import { readSource } from './read-source';

/*
 * The fixtures of test/fixtures/real-feeds read the way the server reads a
 * fetched body (bytes, decodeBody, readSource) and projected to what the
 * catalogue stores (toItemFields): the shown times and zone, and the instants
 * that order and window events.
 */

const FIXTURES = join(__dirname, '../../../test/fixtures/real-feeds');
const WINDOW = { from: new Date('2027-03-15T00:00:00Z'), to: new Date('2027-04-20T00:00:00Z') };

function stored(file: string, contentType: string, defaultTimeZone = 'Europe/Berlin') {
  const text = decodeBody(readFileSync(join(FIXTURES, file)), contentType);
  const { result } = readSource(text, contentType, { kind: SourceKind.AUTO, defaultTimeZone, recipe: null }, WINDOW);
  return { items: result.events.map(toItemFields), warnings: result.warnings };
}

const byUid = (items: ReturnType<typeof stored>['items'], uid: string) => items.filter((item) => item.uid === uid);

describe('real feeds, as the catalogue stores them', () => {
  it('keeps every character of titles and places folded inside a multi-byte character', () => {
    const { items, warnings } = stored('folded-multibyte-utf8.ics', 'text/calendar; charset=utf-8');
    expect(items.map((item) => item.title)).toEqual([
      'Tokyo Fintech Night: 東京フィンテック・ナイト — 決済インフラの未来について語る夕べ',
      'Zahlungsverkehr-Stammtisch in München: Gebühren, Kosten, Tarif, Überweisungen',
      'Ledger launch party with the payments team, drinks and demos 🚀🎉 all welcome',
      'European Payments Summit 2027 — instant payments, open banking — and the road ahead',
    ]);
    expect(JSON.stringify(items)).not.toContain('\uFFFD');
    expect(warnings).toEqual([]);
  });

  it('reads a Latin-1 calendar served without a charset', () => {
    const { items } = stored('latin1-umlauts.ics', 'text/calendar');
    expect(items.map((item) => [item.title, item.location])).toEqual([
      ['Zürcher Fintech-Frühstück: Gebühren, Änderungen und Rückbuchungen im Zahlungsverkehr', 'Café Schön, Bahnhofstraße 5, Zürich'],
      ['Kölner Zahlungsverkehr-Treff: Überweisungen in Echtzeit', 'Brauhaus Früh am Dom, Köln'],
    ]);
  });

  describe('a Google export (UTC times, X-WR-TIMEZONE:Europe/Berlin)', () => {
    const { items } = stored('google-x-wr-timezone.ics', 'text/calendar', 'UTC');

    it('shows single events in the calendar zone, at the same instants', () => {
      const [roundtable] = byUid(items, 'open-banking-roundtable-7@google.com');
      expect(roundtable).toMatchObject({
        startLocal: '2027-01-19T19:00:00+01:00',
        endLocal: '2027-01-19T21:00:00+01:00',
        timeZone: 'Europe/Berlin',
        floating: false,
      });
      expect([roundtable.startsAt.toISOString(), roundtable.endsAt?.toISOString()]).toEqual(['2027-01-19T18:00:00.000Z', '2027-01-19T20:00:00.000Z']);
      expect(byUid(items, 'open-banking-roundtable-12@google.com')[0].startLocal).toBe('2027-06-15T19:00:00+02:00');
    });

    it('keeps the weekly meeting at 10:00 Berlin time across the change to summer time', () => {
      const weekly = byUid(items, 'weekly-ledger-sync@google.com');
      expect(weekly.map((item) => [item.startLocal, item.startsAt.toISOString(), item.recurrenceKey, item.title])).toEqual([
        ['2027-03-17T10:00:00+01:00', '2027-03-17T09:00:00.000Z', '2027-03-17T09:00:00Z', 'Weekly ledger sync'],
        ['2027-03-24T10:00:00+01:00', '2027-03-24T09:00:00.000Z', '2027-03-24T09:00:00Z', 'Weekly ledger sync'],
        ['2027-03-31T10:00:00+02:00', '2027-03-31T08:00:00.000Z', '2027-03-31T08:00:00Z', 'Weekly ledger sync'],
        ['2027-04-07T11:00:00+02:00', '2027-04-07T09:00:00.000Z', '2027-04-07T08:00:00Z', 'Weekly ledger sync (moved to 11:00)'],
        ['2027-04-14T10:00:00+02:00', '2027-04-14T08:00:00.000Z', '2027-04-14T08:00:00Z', 'Weekly ledger sync'],
      ]);
    });

    it('keeps an event’s own TZID and leaves all-day events dates', () => {
      expect(byUid(items, 'new-york-call@google.com')[0]).toMatchObject({ startLocal: '2027-01-20T09:00:00-05:00', timeZone: 'America/New_York' });
      expect(byUid(items, 'fintech-week-day-1@google.com')[0]).toMatchObject({
        startLocal: '2027-03-01',
        endLocal: '2027-03-02',
        timeZone: null,
        allDay: true,
      });
    });
  });

  it('ends a DATE-TIME DTSTART alone at its start and a DATE one after its day', () => {
    const { items } = stored('dtstart-only.ics', 'text/calendar');
    expect(items.map((item) => [item.title, item.startLocal, item.endLocal, item.endsAt?.getTime() === item.startsAt.getTime()])).toEqual([
      ['Call for papers closes', '2027-03-01T22:59:00Z', '2027-03-01T22:59:00Z', true],
      ['Doors open: Open Banking Night', '2027-01-15T18:30:00+01:00', '2027-01-15T18:30:00+01:00', true],
      ['Speaker dinner', '2027-01-20T19:30:00+01:00', '2027-01-20T19:30:00+01:00', true],
      ['Community day', '2027-04-02', '2027-04-03', false],
    ]);
  });

  it('keeps a page’s written offsets, with a zone only where the default zone has that offset', () => {
    const { items } = stored('offset-only-times.html', 'text/html; charset=utf-8');
    expect(items.map((item) => [item.title, item.startLocal, item.endLocal, item.timeZone, item.startsAt.toISOString()])).toEqual([
      ['Payments Evening Berlin', '2027-05-14T18:30:00+02:00', '2027-05-14T21:00:00+02:00', 'Europe/Berlin', '2027-05-14T16:30:00.000Z'],
      ['Nordic Card Schemes Offsite', '2027-01-14T18:30:00+02:00', '2027-01-14T21:00:00+02:00', null, '2027-01-14T16:30:00.000Z'],
      ['São Paulo Pix Night', '2027-05-20T19:00:00-03:00', null, null, '2027-05-20T22:00:00.000Z'],
      ['Mumbai UPI Meetup', '2027-06-03T18:00:00+05:30', '2027-06-03T20:00:00+05:30', null, '2027-06-03T12:30:00.000Z'],
    ]);
  });
});
