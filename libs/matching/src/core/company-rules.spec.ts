import { event, keys, TRACKED } from './__fixtures__/tracked';
import { buildMatcher } from './matcher';
import type { MatchableEvent } from './types';

const matcher = buildMatcher(TRACKED);
const companies = (e: MatchableEvent) => keys(matcher.match(e)).filter((k) => k.startsWith('COMPANY:'));
const inTitle = (title: string) => companies(event({ title }));
const inText = (description: string) => companies(event({ title: 'Monthly meetup', description }));

describe('company names in text', () => {
  it('matches accent- and case-insensitively on word boundaries', () => {
    expect(inTitle('Societe Generale tech days')).toEqual(['COMPANY:socgen']);
    expect(inTitle('SOCIÉTÉ GÉNÉRALE hiring day')).toEqual(['COMPANY:socgen']);
    expect(inTitle('datadog agent internals')).toEqual(['COMPANY:datadog']);
    expect(inTitle('Datadogs and cats')).toEqual([]);
  });

  it('decodes leftover HTML entities once', () => {
    expect(inTitle('AT&amp;T Labs showcase')).toEqual(['COMPANY:att']);
    expect(inText('Talks from AT&amp;T engineers')).toEqual(['COMPANY:att']);
  });

  it('uses aliases and drops trailing legal forms of aliases', () => {
    expect(inTitle('Facebook alumni meetup')).toEqual(['COMPANY:meta']);
    expect(inText('Thanks to Notion Labs for the pizza.')).toEqual(['COMPANY:notion']);
    expect(inText('Engineers of Block, Inc. explain Cash App.')).toEqual(['COMPANY:block']);
  });

  describe('ordinary-word names need evidence the company is meant', () => {
    it.each([
      ["Notion's API: building integrations", 'notion'],
      ['An evening at Notion', 'notion'],
      ['Engineers from Meta on Llama', 'meta'],
      ['Hosted by Square', 'square'],
      ['The Notion team answers questions', 'notion'],
      ['Alphabet Inc. investor day', 'alphabet'],
      ['Snacks @ Apple', 'apple'],
    ])('accepts "%s"', (title, id) => expect(inTitle(title)).toEqual([`COMPANY:${id}`]));

    it('reads a capital before the name as a longer proper noun only mid-sentence, or for well-known places', () => {
      expect(inText("Watch Meta's keynote together.")).toEqual(['COMPANY:meta']);
      expect(inText('We meet near Cloud Square, then walk.')).toEqual([]);
      expect(inText("Times Square's ball drop, live.")).toEqual([]);
    });

    it('accepts a capitalised use mid-sentence in prose, not in a Title Case line', () => {
      expect(inText('This month we look at how Notion ships features.')).toEqual(['COMPANY:notion']);
      expect(inTitle('How Notion Ships Features')).toEqual([]);
    });

    it('accepts names listed together with a company', () => {
      expect(inText('Recruiters from Datadog, Apple and Square will be there.').sort()).toEqual(['COMPANY:apple', 'COMPANY:datadog', 'COMPANY:square']);
      expect(inText('Square, Adyen and Stripe engineers compare notes.').sort()).toEqual(['COMPANY:square', 'COMPANY:stripe']);
    });

    it('accepts a company given as a named person’s organisation', () => {
      expect(inText('Speakers: Dana Wu (Square), Tom Reed.')).toEqual(['COMPANY:square']);
    });

    it.each([
      ['Times Square Tech Walk', 'Meet at Times Square, then we walk over.'],
      ['On the notion of time', 'We challenge the notion of a global clock.'],
      ['Metadata at scale', 'Capture metadata early.'],
      ['Data Engineers in the Big Apple', 'Back in the Big Apple with three talks.'],
      ['Assemblée Générale annuelle', "L'Assemblée Générale se tiendra au local."],
      ['Weekly sync', 'Join with Google Meet: https://meet.google.com/abc-defg-hij'],
      ['Chapter sync', 'Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the meeting'],
      ['Back to Square one', 'After the migration we were back at square one.'],
      ['Building blocks of data', 'The three building blocks: logs, metrics and traces.'],
      ['Apple pie & JavaScript', 'Apple pie provided.'],
      ['Meta-learning reading group', 'Papers on meta-learning.'],
      ['Block Party', 'Our summer block party.'],
      ['Square Dance Social', 'Bring your boots.'],
      ['The Apple Tree pub quiz', 'Venue: The Apple Tree pub.'],
      ['Alphabet soup for kids', 'Learn the alphabet of programming.'],
      ['Union Square coffee', 'Meet at Union Square Cafe.'],
      ['Planning', 'Agenda in our Notion doc; dial-in in the Google Calendar invite.'],
      ['Hybrid meetup', 'Online via Microsoft Teams.'],
    ])('rejects the trap "%s"', (title, description) => {
      expect(companies(event({ title, description }))).toEqual([]);
    });
  });

  it('treats a lower-case ordinary word as the word', () => {
    expect(inText('we will square the numbers and apple the block')).toEqual([]);
  });
});

describe('a longer hyphenated name is a different organisation', () => {
  it.each(['Hosted by Datadog-Partner GmbH in Berlin.', 'Datadog-Partner GmbH hosts the evening.', 'Sponsored by Pre-Datadog Ventures.'])(
    'rejects "%s"',
    (description) => {
      expect(inText(description)).toEqual([]);
    },
  );

  it('rejects it in a title and in structured organisation fields', () => {
    expect(inTitle('Datadog-Partner Day')).toEqual([]);
    expect(companies(event({ title: 'Payments night', organizer: { name: 'Datadog-Partner GmbH', email: null } }))).toEqual([]);
    expect(
      companies(event({ title: 'Talk', people: [{ name: 'Jo Bloggs', role: 'SPEAKER', affiliation: 'Datadog-Partner GmbH', email: null, url: null }] })),
    ).toEqual([]);
  });

  it('keeps a hyphenated description of the company itself', () => {
    expect(inText('A Datadog-sponsored hackathon.')).toEqual(['COMPANY:datadog']);
    expect(inTitle('A Datadog-Sponsored Hackathon')).toEqual(['COMPANY:datadog']);
    expect(inText('Datadog engineers on agents.')).toEqual(['COMPANY:datadog']);
  });
});

describe('people lists', () => {
  it('reads a company closing a line that starts with a name as that person’s employer', () => {
    const chairs = 'Chairs\nThe chairs run the group.\n\n Dana Wu (@danawu), Square\n Tom de Reed (@treed), Apple\n Bowei Du (@bowei), Datadog';
    expect(inText(chairs).sort()).toEqual(['COMPANY:apple', 'COMPANY:datadog', 'COMPANY:square']);
    expect(inText('Speakers:\nDavid (Mengqi) Yu, Square')).toEqual(['COMPANY:square']);
  });

  it('does not read an address or a place as a name', () => {
    expect(inText('Meet us at 3 Union Street, Square')).toEqual([]);
    expect(inText('Toulouse, Square')).toEqual([]);
  });
});

describe('structured organisation fields', () => {
  it('takes the organizer, sponsors and hosts as the company', () => {
    const e = event({
      title: 'Hack night',
      organizer: { name: 'Notion', email: null },
      people: [
        { name: 'Square', role: 'SPONSOR', affiliation: null, email: null, url: null },
        { name: 'Datadog', role: 'HOST', affiliation: null, email: null, url: null },
      ],
    });
    const found = matcher.match(e);
    // Equal scores fall back to id order.
    expect(found.map((m) => [m.companyId, m.role])).toEqual([
      ['datadog', 'HOST'],
      ['notion', 'ORGANIZER'],
      ['square', 'SPONSOR'],
    ]);
  });

  it('takes a listed person’s affiliation as the company', () => {
    const e = event({ title: 'Talk', people: [{ name: 'Dana Wu', role: 'SPEAKER', affiliation: 'Apple Inc.', email: null, url: null }] });
    const [match] = matcher.match(e);
    expect(match).toMatchObject({ kind: 'COMPANY', companyId: 'apple', role: 'SPEAKER', reason: 'Dana Wu from Apple is speaking' });
  });

  it('does not read an ordinary word inside another organisation’s name', () => {
    expect(companies(event({ title: 'Social', organizer: { name: 'Square Dance Club of Ohio', email: null } }))).toEqual([]);
    expect(companies(event({ title: 'Party', organizer: { name: 'Mission Block Party Committee', email: null } }))).toEqual([]);
    expect(
      companies(event({ title: 'Talk', people: [{ name: 'Jo Bloggs', role: 'SPEAKER', affiliation: 'Times Square Alliance', email: null, url: null }] })),
    ).toEqual([]);
  });
});

describe('domains', () => {
  it('matches the event URL host and its subdomains', () => {
    expect(companies(event({ title: 'Open house', url: 'https://careers.stripe.com/events/dublin' }))).toEqual(['COMPANY:stripe']);
    expect(companies(event({ title: 'DASH', url: 'https://www.datadoghq.com/dash/' }))).toEqual(['COMPANY:datadog']);
  });

  it('matches the organizer e-mail domain', () => {
    const [match] = matcher.match(event({ title: 'Breakfast', organizer: { name: 'Anna', email: 'anna@notion.so' } }));
    expect(match).toMatchObject({ companyId: 'notion', role: 'ORGANIZER', reason: 'Notion is organizing (organizer e-mail at notion.so)' });
  });

  it('does not match look-alike hosts or the URL path', () => {
    expect(companies(event({ title: 'x', url: 'https://notstripe.com/events' }))).toEqual([]);
    expect(companies(event({ title: 'x', url: 'https://stripe.com.example.org/' }))).toEqual([]);
    expect(companies(event({ title: 'x', url: 'https://www.meetup.com/notion-nyc/events/1/' }))).toEqual([]);
  });

  it('ignores meeting, calendar and document tool hosts', () => {
    expect(companies(event({ title: 'Sync', url: 'https://meet.google.com/abc-defg-hij' }))).toEqual([]);
    expect(companies(event({ title: 'Lunch', organizer: { name: 'Berlin JS', email: 'c_1a2b@group.calendar.google.com' } }))).toEqual([]);
    expect(companies(event({ title: 'Sync', url: 'https://teams.microsoft.com/l/meetup-join/19' }))).toEqual([]);
  });

  it('counts a company link in the description as a mention', () => {
    const [match] = matcher.match(event({ title: 'Summit', description: 'Register at https://www.datadoghq.com/dash/ today.' }));
    expect(match).toMatchObject({ companyId: 'datadog', role: 'MENTION' });
  });
});
