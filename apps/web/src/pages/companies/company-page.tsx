import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorCode, errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { formatMoment } from '../../ui/time';
import { CompanyDetails } from './company-details';
import { CompanyEvents } from './company-events';
import { CompanyPageDocument, type CompanyDetailsData } from './company-query';
import { titleAndRole } from '../../ui/labels';
import './companies.css';

/** People and interviews at the company re-read when they change elsewhere. */
const COMPANY_CONTEXT = { additionalTypenames: ['Contact', 'Interview'] };

/** One company: its details, the people tracked there, interviews, and upcoming events that mention it. */
export default function CompanyPage() {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: CompanyPageDocument, variables: { id }, context: COMPANY_CONTEXT });
  if (error && !data) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') {
      return (
        <>
          <h1>Company not found</h1>
          <p>
            This company is not among yours (it may have been deleted). <Link to="/companies">See all companies</Link>.
          </p>
        </>
      );
    }
    return (
      <>
        <h1>Company</h1>
        <ErrorNote message={errorMessage(error)} />
        <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          Try again
        </button>
      </>
    );
  }
  if (!data) return <Loading what="this company" />;
  const company = data.company;
  return (
    <>
      <CompanyDetails company={company} />
      <CompanyPeople company={company} />
      <CompanyInterviews company={company} />
      <CompanyEvents companyId={company.id} companyName={company.name} />
    </>
  );
}

function CompanyPeople({ company }: { company: CompanyDetailsData }) {
  return (
    <section>
      <h2>People at {company.name}</h2>
      {company.contacts.length === 0 ? (
        <EmptyState title="No one tracked here yet">
          <Link to="/people">Add a person on the People page</Link> and give {company.name} as their company.
        </EmptyState>
      ) : (
        <ul className="list company-people">
          {company.contacts.map((person) => (
            <li key={person.id} className="card">
              <Link to={`/people/${person.id}`} className="record-name">
                {person.name}
              </Link>
              <p className="meta">{titleAndRole(person.title, person.role)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CompanyInterviews({ company }: { company: CompanyDetailsData }) {
  const zone = useZone();
  if (company.interviews.length === 0) return null;
  return (
    <section>
      <h2>Interviews</h2>
      <ul className="list">
        {company.interviews.map((interview) => (
          <li key={interview.id} className="card">
            <p>
              <strong>{interview.title ?? 'Interview'}</strong> · <time dateTime={interview.occurredAt}>{formatMoment(interview.occurredAt, zone)}</time>
            </p>
            {interview.contacts.length > 0 && (
              <p className="meta">
                With{' '}
                {interview.contacts.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 && ', '}
                    <Link to={`/people/${c.id}`}>{c.name}</Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
