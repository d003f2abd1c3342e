import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { SourceKindRef } from '../gql/graphql';
import { formatDay } from './time';
import { useZone } from '../auth/session';
import { INTERACTION_NOUN, SOURCE_KIND_REF } from './labels';
import { safeHref } from './safe-url';
import { graphql } from '../gql';

/* Each cited record by id, for the sources the surrounding card does not already know. */
const SourceEventDocument = graphql(`
  query CitedEvent($id: ID!) {
    event(id: $id) {
      id
      title
    }
  }
`);

const SourceCompanyDocument = graphql(`
  query CitedCompany($id: ID!) {
    company(id: $id) {
      id
      name
    }
  }
`);

const SourceContactDocument = graphql(`
  query CitedContact($id: ID!) {
    contact(id: $id) {
      id
      name
    }
  }
`);

const SourceInteractionDocument = graphql(`
  query CitedInteraction($id: ID!) {
    interaction(id: $id) {
      id
      kind
      occurredAt
      contact {
        id
        name
      }
    }
  }
`);

const SourceInterviewDocument = graphql(`
  query CitedInterview($id: ID!) {
    interview(id: $id) {
      id
      title
      occurredAt
      company {
        id
        name
      }
    }
  }
`);

const SourceProjectUpdateDocument = graphql(`
  query CitedProjectUpdate($id: ID!) {
    projectUpdate(id: $id) {
      id
      title
      url
    }
  }
`);

export interface SourceRef {
  id: string;
  kind: SourceKindRef;
}

/** What the surrounding card already knows, so the common sources need no extra request. */
export interface SourceContext {
  eventId?: string;
  contact?: { id: string; name: string; company?: { id: string; name: string } | null } | null;
}

/** "Sources: your notes on Priya Raman · Interview at Stripe, 3 Nov": every claim in a draft or talking point links to what it draws on. */
export function SourceLinks({ sources, context, label = 'Sources' }: { sources: readonly SourceRef[]; context: SourceContext; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <div className="source-links meta">
      <span>{label}: </span>
      <ul className="inline-list">
        {sources.map((source) => (
          <li key={`${source.kind}:${source.id}`}>
            <SourceLink source={source} context={context} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SourceLink({ source, context }: { source: SourceRef; context: SourceContext }) {
  const { contact, eventId } = context;
  switch (source.kind) {
    case 'EVENT':
      return source.id === eventId ? <Link to={`/events/${source.id}`}>the event listing</Link> : <EventSource id={source.id} />;
    case 'CONTACT_NOTE':
      return source.id === contact?.id ? <Link to={`/people/${source.id}`}>your notes on {contact.name}</Link> : <ContactNoteSource id={source.id} />;
    case 'COMPANY':
      return source.id === contact?.company?.id ? (
        <Link to={`/companies/${source.id}`}>your notes on {contact.company.name}</Link>
      ) : (
        <CompanySource id={source.id} />
      );
    case 'INTERACTION':
      return <InteractionSource id={source.id} fallbackContactId={contact?.id} />;
    case 'INTERVIEW':
      return <InterviewSource id={source.id} fallbackContactId={contact?.id} />;
    case 'PROJECT_UPDATE':
      return <ProjectUpdateSource id={source.id} />;
  }
}

function EventSource({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: SourceEventDocument, variables: { id } });
  return <Link to={`/events/${id}`}>{data ? `the listing of “${data.event.title}”` : SOURCE_KIND_REF.EVENT}</Link>;
}

function ContactNoteSource({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: SourceContactDocument, variables: { id } });
  return <Link to={`/people/${id}`}>{data ? `your notes on ${data.contact.name}` : SOURCE_KIND_REF.CONTACT_NOTE}</Link>;
}

function CompanySource({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: SourceCompanyDocument, variables: { id } });
  return <Link to={`/companies/${id}`}>{data ? `your notes on ${data.company.name}` : SOURCE_KIND_REF.COMPANY}</Link>;
}

/** A past touch lives on the person's page. */
function InteractionSource({ id, fallbackContactId }: { id: string; fallbackContactId?: string }) {
  const zone = useZone();
  const [{ data }] = useQuery({ query: SourceInteractionDocument, variables: { id } });
  const touch = data?.interaction;
  if (!touch)
    return fallbackContactId ? <Link to={`/people/${fallbackContactId}`}>{SOURCE_KIND_REF.INTERACTION}</Link> : <span>{SOURCE_KIND_REF.INTERACTION}</span>;
  return (
    <Link to={`/people/${touch.contact.id}`}>
      your {INTERACTION_NOUN[touch.kind]} with {touch.contact.name}, {formatDay(touch.occurredAt, zone)}
    </Link>
  );
}

/** An interview's notes live on its company's page. */
function InterviewSource({ id, fallbackContactId }: { id: string; fallbackContactId?: string }) {
  const zone = useZone();
  const [{ data }] = useQuery({ query: SourceInterviewDocument, variables: { id } });
  const interview = data?.interview;
  if (!interview)
    return fallbackContactId ? <Link to={`/people/${fallbackContactId}`}>{SOURCE_KIND_REF.INTERVIEW}</Link> : <span>{SOURCE_KIND_REF.INTERVIEW}</span>;
  return (
    <Link to={`/companies/${interview.company.id}`}>
      your interview at {interview.company.name}, {formatDay(interview.occurredAt, zone)}
    </Link>
  );
}

/** A project update links out to the work itself when it has an address. */
function ProjectUpdateSource({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: SourceProjectUpdateDocument, variables: { id } });
  const update = data?.projectUpdate;
  if (!update) return <span>{SOURCE_KIND_REF.PROJECT_UPDATE}</span>;
  const label = `your project update “${update.title}”`;
  const href = safeHref(update.url);
  if (!href) return <span>{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
