import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Connection, PageArgs, TEXT_LIMITS } from '@app/common';
import { EventStatus, PersonRole } from '@app/event-model';
import type { EventFields } from '@app/source-reader';
import { EventChangeKind } from '../../sources/source.enums';
import '../../sources/source.enums.graphql';

registerEnumType(PersonRole, { name: 'PersonRole' });

@ObjectType('Venue')
export class VenueType {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType('Organizer')
export class OrganizerType {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType('EventPerson', { description: 'A performer, speaker, host or sponsor, with the organisation they are from.' })
export class EventPersonType {
  @Field()
  name!: string;

  @Field(() => PersonRole)
  role!: PersonRole;

  @Field(() => String, { nullable: true })
  affiliation!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('EventChange', { description: 'A move or cancellation seen in a source.' })
export class EventChangeType {
  @Field(() => EventChangeKind)
  kind!: EventChangeKind;

  @Field(() => String, { nullable: true })
  oldStart!: string | null;

  @Field(() => String, { nullable: true })
  newStart!: string | null;

  @Field(() => String, { nullable: true })
  oldEnd!: string | null;

  @Field(() => String, { nullable: true })
  newEnd!: string | null;

  @Field(() => EventStatus, { nullable: true })
  oldStatus!: EventStatus | null;

  @Field(() => EventStatus, { nullable: true })
  newStatus!: EventStatus | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  detectedAt!: Date;
}

/** The stored fields the API shows under their own names: TypeScript checks them against the stored fields (EVENT_FIELDS of @app/source-reader). */
type SharedEventFields = Pick<
  EventFields,
  | 'uid'
  | 'title'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'allDay'
  | 'timeZone'
  | 'floating'
  | 'location'
  | 'onlineUrl'
  | 'url'
  | 'status'
  | 'sequence'
  | 'categories'
  | 'recurring'
>;

@ObjectType('Event')
export class EventType implements SharedEventFields {
  @Field(() => ID)
  id!: string;

  @Field()
  uid!: string;

  @Field(() => String, { nullable: true, description: 'Which occurrence of a recurring series (its original start).' })
  recurrenceId!: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Plain text.' })
  description!: string | null;

  @Field({ description: "ISO 8601 with the offset in force in the event's zone, or YYYY-MM-DD for all-day events." })
  start!: string;

  @Field(() => String, { nullable: true, description: 'Same form as start; exclusive for all-day events.' })
  end!: string | null;

  @Field({ description: 'The start as an instant (all-day: midnight UTC of the date).' })
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field()
  allDay!: boolean;

  @Field(() => String, { nullable: true, description: 'IANA zone of the event.' })
  timeZone!: string | null;

  @Field({ description: "The source gave no zone; the source's default zone was applied." })
  floating!: boolean;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => VenueType, { nullable: true })
  venue!: VenueType | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field()
  sequence!: number;

  @Field(() => OrganizerType, { nullable: true })
  organizer!: OrganizerType | null;

  @Field(() => [EventPersonType], { description: 'Performers, speakers, hosts and sponsors.' })
  performers!: EventPersonType[];

  @Field(() => [String])
  categories!: string[];

  @Field()
  recurring!: boolean;

  @Field(() => [String], { description: 'Why listings from several sources were merged into this event.' })
  mergeReasons!: string[];
}

export const EventConnection = Connection(EventType, 'Event');

@InputType()
export class EventFilter {
  @Field({ nullable: true, description: 'Events starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Events starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field({ nullable: true, description: 'Words in the title, description or location.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.name)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sourceId?: string;

  @Field(() => EventStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EventStatus)
  status?: EventStatus;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventFilter)
  filter?: EventFilter;
}
