import { type JsonRecord, typesOf } from './json';

/**
 * schema.org Event and its subtypes (https://schema.org/Event, "More specific
 * Types"), including the pending Hackathon and the PublicationEvent family.
 * The deprecated UserInteraction subtypes are left out on purpose: they record
 * what users did on a page (UserComments, UserLikes...), not something to attend.
 */
const EVENT_TYPES = new Set([
  'Event',
  'BusinessEvent',
  'ChildrensEvent',
  'ComedyEvent',
  'CourseInstance',
  'DanceEvent',
  'DeliveryEvent',
  'EducationEvent',
  'EventSeries',
  'ExhibitionEvent',
  'Festival',
  'FoodEvent',
  'Hackathon',
  'LiteraryEvent',
  'MusicEvent',
  'PublicationEvent',
  'BroadcastEvent',
  'OnDemandEvent',
  'SaleEvent',
  'ScreeningEvent',
  'SocialEvent',
  'SportsEvent',
  'TheaterEvent',
  'VisualArtsEvent',
]);

const USER_INTERACTION = /^User[A-Z]/;

export function isEventType(type: string): boolean {
  // Producers invent their own subtypes ("ConferenceEvent", "VirtualEvent");
  // anything named "...Event" is read as an Event rather than dropped.
  return EVENT_TYPES.has(type) || (type.endsWith('Event') && !USER_INTERACTION.test(type));
}

export function isEventNode(node: JsonRecord): boolean {
  return typesOf(node).some(isEventType);
}
