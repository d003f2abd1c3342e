import { event, keys } from './__fixtures__/tracked';
import { buildMatcher } from './matcher';
import type { MatchableEvent, MatcherInput } from './types';

/** Companies whose products are how events are held, ticketed and added to calendars. */
const TOOLMAKERS: MatcherInput = {
  companies: [
    { id: 'google', name: 'Google', aliases: ['Google Cloud'], domains: ['google.com'] },
    { id: 'alphabet', name: 'Alphabet', aliases: ['Alphabet Inc.'], domains: ['abc.xyz'] },
    { id: 'microsoft', name: 'Microsoft', aliases: [], domains: ['microsoft.com'] },
    { id: 'zoom', name: 'Zoom', aliases: ['Zoom Video Communications'], domains: ['zoom.us', 'zoom.com'] },
    { id: 'eventbrite', name: 'Eventbrite', aliases: [], domains: ['eventbrite.com'] },
    { id: 'cisco', name: 'Cisco', aliases: [], domains: ['cisco.com'] },
    { id: 'apple', name: 'Apple', aliases: [], domains: ['apple.com'] },
    { id: 'yahoo', name: 'Yahoo', aliases: [], domains: ['yahoo.com'] },
  ],
  contacts: [{ id: 'jane', name: 'Jane Doe', aliases: [], companyId: null, email: null, title: null }],
  topics: [],
};

const matcher = buildMatcher(TOOLMAKERS);
const companies = (e: MatchableEvent) => keys(matcher.match(e)).filter((k) => k.startsWith('COMPANY:'));

const ZOOM_INVITATION = `Jane Doe is inviting you to a scheduled Zoom meeting.

Topic: Board Meeting - Video Conference Info
Time: This is a recurring meeting Meet anytime

Join Zoom Meeting
https://us02web.zoom.us/j/85488889162?pwd=TTA1RURPYitjYjBWK1ZUNjRPSUZDUT09

Meeting ID: 854 8888 9162
Passcode: 882339
One tap mobile
+16469313860,,85488889162#,,,,*882339# US

Dial by your location
        +1 646 931 3860 US
        +1 669 900 6833 US (San Jose)
Find your local number: https://us02web.zoom.us/u/kxwpByPWy

Join by SIP
85488889162@zoomcrc.com`;

const MEET_INVITATION = `-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Join with Google Meet: https://meet.google.com/abc-defg-hij
Or dial: (US) +1 408-555-0199 PIN: 123456789#
More phone numbers: https://tel.meet/abc-defg-hij?pin=1234567890123

Learn more about Meet at: https://support.google.com/a/users/answer/9282720

Please do not edit this section.
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-`;

const TEAMS_INVITATION = `________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA%40thread.v2/0?context=%7b%22Tid%22%7d>
Meeting ID: 227 002 759 696
Passcode: xw4Pza
Download Teams | Join on the web
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=1>
Need help? https://www.microsoft.com/en-us/microsoft-teams/join-a-meeting
________________________________________________________________________________`;

describe('conferencing, calendar and ticketing boilerplate', () => {
  it.each([
    ['a Zoom invitation', ZOOM_INVITATION],
    ['a Google Meet block', MEET_INVITATION],
    ['a Microsoft Teams block', TEAMS_INVITATION],
    ['a Webex invitation', 'Join the Cisco Webex meeting: https://acme.webex.com/meet/jdoe'],
    ['a vanity Zoom subdomain', 'Join Zoom Meeting: https://glwater.zoom.us/j/81994110044 Meeting ID: 819 9411 0044'],
    ['"via Zoom"', 'Join us in person or via Zoom.'],
    ['"on Zoom"', 'The talk is streamed on Zoom and recorded.'],
    ['"Location: Zoom"', 'Location: Zoom\nAgenda: updates.'],
    ['a Zoom webinar ID', 'Zoom webinar ID: 123 456 789'],
    ['a bare Meet link', 'Pour assister à distance : meet.google.com/mmu-numi-nob'],
    ['"Powered by Eventbrite"', 'Tickets are limited.\nPowered by Eventbrite'],
    ['"Register on Eventbrite"', 'Register on Eventbrite to get your ticket.'],
    ['"Add to Google Calendar"', 'Add to Google Calendar'],
    ['calendar buttons on one line', 'Add to calendar: Google | Microsoft | Apple | Yahoo'],
    ['calendar buttons with a calendar name', 'Add to my calendar: Microsoft Outlook.com, Google'],
    ['calendar buttons on separate lines', 'Add to:\n\nOutlook\n\nICal\n\nGoogle Calendar'],
    ['an add-to-calendar link', 'Save the date: https://www.google.com/calendar/render?action=TEMPLATE&text=Meetup'],
    ['a Google Maps link', 'Directions: https://www.google.com/maps/place/Berlin'],
    ['a help-centre link', 'Trouble joining? https://support.microsoft.com/en-us/office/join-a-meeting'],
  ])('does not make %s a company match', (_case, description) => {
    expect(companies(event({ title: 'Monthly board meeting', description }))).toEqual([]);
  });

  it('does not read a meeting tool in the location field as the venue', () => {
    for (const location of ['Zoom', 'Zoom Webinar', 'Online - Zoom', 'Microsoft Teams Meeting', 'MS Teams Meeting', 'Google Meet']) {
      expect(companies(event({ title: 'Community call', location }))).toEqual([]);
    }
  });

  it('does not take meeting, calendar or ticketing links for the host', () => {
    for (const url of [
      'https://us06web.zoom.us/j/86327875203',
      'https://meet.google.com/abc-defg-hij',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting',
      'https://www.eventbrite.com/e/payments-meetup-tickets-123',
      'https://www.google.com/calendar/event?eid=abc',
    ]) {
      expect(companies(event({ title: 'Community call', url }))).toEqual([]);
    }
    expect(companies(event({ title: 'Sync', organizer: { name: 'Jane Doe', email: 'noreply@eventbrite.com' } }))).toEqual([]);
  });

  it('keeps the company that genuinely hosts, with evidence from outside the boilerplate', () => {
    const e = event({ title: 'Google Developer Day', description: `Hosted by Google at the Google Berlin office.\n\n${MEET_INVITATION}` });
    const [google] = matcher.match(e);
    expect(keys(matcher.match(e))).toEqual(['COMPANY:google']);
    expect(google?.evidence.map((x) => x.snippet).join(' ')).not.toMatch(/Meet/);
  });

  it('keeps a tool maker named as employer, team, venue or subject', () => {
    expect(companies(event({ title: 'Video codecs', description: 'Engineers from Zoom on video codecs.' }))).toEqual(['COMPANY:zoom']);
    expect(companies(event({ title: 'Ticketing at scale', description: 'The Eventbrite engineering team on queues.' }))).toEqual(['COMPANY:eventbrite']);
    expect(companies(event({ title: 'Meetup', location: 'Zoom HQ, 55 Almaden Blvd, San Jose' }))).toEqual(['COMPANY:zoom']);
    expect(companies(event({ title: 'Building Microsoft Teams apps', description: 'A talk by Microsoft engineers.' }))).toEqual(['COMPANY:microsoft']);
    expect(companies(event({ title: 'Cloud Run deep dive', url: 'https://cloud.google.com/events/run' }))).toEqual(['COMPANY:google']);
  });

  it('takes an event page on zoom.com, the company site, for Zoom hosting it; zoom.us is the meeting domain', () => {
    expect(companies(event({ title: 'Zoomtopia 2026', url: 'https://www.zoom.com/en/events/zoomtopia/' }))).toEqual(['COMPANY:zoom']);
    expect(companies(event({ title: 'Zoomtopia 2026', url: 'https://events.zoom.us/e/view/123' }))).toEqual([]);
  });

  it('still finds the person who sends a Zoom invitation', () => {
    expect(keys(matcher.match(event({ title: 'Board', description: ZOOM_INVITATION })))).toEqual(['PERSON:jane']);
  });
});
