/**
 * Small hand-curated word sets behind the precision rules. Every entry is a
 * folded token (lower-case, no accents). They are deliberately short: each
 * one either marks a company use ("at", "Inc", "team") or a well-known
 * collocation in which a company name is an ordinary word ("apple pie").
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Company names that are ordinary words or places and need evidence that the
 * company is meant, whether or not the dictionary lists them ("meta" is a
 * prefix there, "x" a letter, "amazon" a river).
 */
export const CURATED_AMBIGUOUS = set(`
  notion square block apple meta alphabet visa target shell oracle amazon linear snowflake
  slack zoom box signal discord x gap sage mercury ramp plaid wise monday orange jaguar
  corona subway delta united chase citizens progressive discover intuit compass ring nest
  canvas unity elastic confluence bolt lime bird uber lyft coinbase brave opera mint
`);

/**
 * Words that make a following ordinary-word name part of a place: "Times
 * Square", "Union Square", "the Big Apple", "Harvard Square". A capitalised
 * word before a name mid-sentence already says "longer proper noun"; these
 * catch the famous ones at the start of a sentence or in a title too.
 */
export const PLACE_PREFIXES = set(`
  times union washington madison harvard trafalgar leicester russell central kendall davis porter
  town market city big golden grand old
`);

/** Words that never make a capital letter meaningful: a capitalised word after them is still a proper noun. */
export const ARTICLES = set('the a an');

/** Tokens right before a name that show an organisation is meant ("at Notion", "from Meta", "sponsored by Visa"). */
export const CUES_BEFORE = set(`
  at from by via join joins joining joined sponsor sponsors partner partners x
  chez bei avec par
`);

/**
 * Tokens right after a name (or one word later) that show an organisation is
 * meant: legal forms, parts of an organisation, its people and its own events.
 */
export const FOLLOWERS = set(`
  inc incorporated llc ltd limited corp corporation gmbh ag sa sas se plc co bv nv ab oy spa
  labs hq headquarters office offices campus team engineers engineer engineering developers developer
  employees alumni recruiters recruiter recruiting careers hiring staff leadership founders
  cloud ai api apis sdk platform platforms research design devrel
  summit conference conf devday hackathon meetup community
`);

/** Followers that turn a company name into an ordinary phrase ("Apple pie", "Square one", "Shell scripting"). */
export const TRAP_FOLLOWERS = set(`
  pie pies juice cider sauce tart crumble orchard orchards picking tree trees
  one root roots dance dancing feet foot meter meters metre metres mile miles bracket brackets
  party parties chain chains printing print prints
  scripting script scripts command prompt
  schema schemas soup algebra regression regressions
  tags tag description descriptions learning
  audience audiences practice requirements requirement application applications
`);

/**
 * Product names used as meeting/document boilerplate: "Google Meet link",
 * "Microsoft Teams meeting", "agenda in our Notion doc" say nothing about
 * the company.
 */
export const TOOL_FOLLOWERS = set(`
  meet meeting meetings hangouts calendar docs doc document documents forms form sheets sheet slides drive
  maps map page pages link links invite invitation voice podcasts chat webex skype outlook
`);

/**
 * Products an event is held, streamed or ticketed with. When a tracked
 * company's name is one of them and the text uses it as the medium ("via
 * Zoom", "Location: Zoom", "Register on Eventbrite"), it says how to attend,
 * not who hosts.
 */
export const MEDIUM_PRODUCTS = set(`
  zoom webex skype teams hangouts jitsi gotomeeting bluejeans whereby discord twitch youtube
  eventbrite meetup luma billetweb helloasso weezevent
`);

/** Words before a medium product that make it the medium: "via Zoom", "on Eventbrite", "sur Zoom". */
export const MEDIUM_CUES_BEFORE = set('via on over through using sur auf uber per');

/** Words after a medium product that make it the medium: "Zoom webinar", "Zoom ID", "Eventbrite tickets". */
export const MEDIUM_FOLLOWERS = set(`
  webinar webinars call calls room rooms id password passcode pwd account app client session sessions
  ticket tickets ticketing registration checkout livestream stream
`);

/** Labels whose value says how to attend: "Location: Zoom", "Platform: Teams", "Lieu : Zoom". */
export const MEDIUM_LABELS = set('location where platform venue online virtual remote lieu ort visio link lien');

/**
 * Calendar services offered by "Add to calendar" buttons ("Add to: Outlook,
 * ICal, Google Calendar"); a company named among them is a button label.
 */
export const CALENDAR_BUTTON_WORDS = set('google outlook office 365 apple ical icalendar ics yahoo calendar cal icloud live microsoft');

/**
 * Lower-case words that may follow a company name after a hyphen and still
 * describe that company ("Datadog-sponsored", "Google-backed"); any other
 * capitalised continuation makes a longer name ("Stripe-Partner GmbH").
 */
export const HYPHEN_DESCRIPTORS = set(`
  sponsored backed powered hosted based led funded owned certified approved compatible native style focused
  specific only free friendly ready branded run organised organized supported
`);

/** "Microsoft Teams" is a tool but "the Stripe teams" are people: only the capitalised form is boilerplate. */
export const CAPITALISED_TOOL_FOLLOWERS = set('teams');

/**
 * Words that may follow a company name in a structured organisation field
 * and still describe that company ("Meta Open Source", "Visa Inc.",
 * "Block Engineering").
 */
export const ORG_UNIT_WORDS = set(`
  inc incorporated llc ltd limited corp corporation gmbh ag sa sas se plc co bv nv ab oy spa
  labs lab hq team teams engineering developers developer devrel relations open source research design
  events community careers recruiting recruitment talent university academy tech technology technologies
  foundation ventures cloud ai platforms official the group global
`);

/** Separators of a list of organisations: "Notion, Figma and Linear", "Notion x Figma", "BNP Paribas et Visa". */
export const LIST_WORDS = set('and or x et und y e plus');

/** Capitalised words that may follow a name in prose without extending it ("Join Anna Schmidt Tuesday"). */
export const CALENDAR_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight
  january february march april may june july august september october november december
`);

/** Particles inside a person's name ("Luiz de Jesus", "Bowei Du", "Ursula von der Leyen"), in either case. */
export const NAME_PARTICLES = set('de da du des del della di van von der den ter ten la le al bin ibn dos das do');

/** Honorifics and post-nominals dropped before comparing a listed person's name. */
export const NAME_NOISE = set('dr prof professor mr mrs ms mx sir dame phd md jr sr ii iii');

/**
 * Words before a name, in the same sentence, that say what the person or
 * organisation does at the event. The first one found going backwards wins.
 */
export const ROLE_CUES: ReadonlyMap<string, 'SPEAKER' | 'HOST' | 'ORGANIZER' | 'SPONSOR'> = new Map([
  ['speaker', 'SPEAKER'],
  ['speakers', 'SPEAKER'],
  ['talk', 'SPEAKER'],
  ['talks', 'SPEAKER'],
  ['keynote', 'SPEAKER'],
  ['panelist', 'SPEAKER'],
  ['panelists', 'SPEAKER'],
  ['featuring', 'SPEAKER'],
  ['presented', 'SPEAKER'],
  ['presents', 'SPEAKER'],
  ['presentation', 'SPEAKER'],
  ['guest', 'SPEAKER'],
  ['hosted', 'HOST'],
  ['host', 'HOST'],
  ['hosts', 'HOST'],
  ['led', 'HOST'],
  ['organized', 'ORGANIZER'],
  ['organised', 'ORGANIZER'],
  ['organizer', 'ORGANIZER'],
  ['organiser', 'ORGANIZER'],
  ['sponsored', 'SPONSOR'],
  ['sponsor', 'SPONSOR'],
  ['sponsors', 'SPONSOR'],
  ['thanks', 'SPONSOR'],
]);

/** Short function words ignored when deciding whether a line is written in Title Case. */
export const FUNCTION_WORDS = set(`
  a an the and or but nor of at by for from in into on onto to with without over under about as via vs x
  inside outside within beyond across after before behind between through during around near like per
  toward towards upon among against since until
  is are be our your their its his her my we you they it this that these those
  de du des la le les et el los las y und der die das von zu im mit
`);

/** Words after a name that introduce the person's organisation ("Alex Kim from Stripe", "..., CTO at N26"). */
export const AFFILIATION_CUES = set('at from of chez bei');

/**
 * Job-title words: "(Staff Engineer)" after a name is a role, not an
 * organisation, so it must not read as "works somewhere else".
 */
export const JOB_TITLE_WORDS = set(`
  engineer engineers engineering manager managers director head lead leader principal staff senior junior
  chief officer cto ceo cfo coo cpo vp svp evp president founder cofounder co partner pm product design designer
  research researcher scientist data analyst architect developer advocate recruiter recruiting talent
  hiring technical sre devops software security platform infrastructure ux ui of and for the
`);
