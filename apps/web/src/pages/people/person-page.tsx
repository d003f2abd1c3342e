import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorCode, errorMessage } from '../../api/errors';
import { ErrorNote, Loading } from '../../ui/feedback';
import { useCursorPages } from '../../ui/cursor-pages';
import { useCadence } from './cadence';
import { InterviewsSection } from './interviews-section';
import { LogTouchForm } from './log-touch-form';
import { PersonCadence } from './person-cadence';
import { PersonDetails } from './person-details';
import { PersonPageDocument } from './person-query';
import { TouchTimelinePage } from './touch-timeline';
import './people.css';

/** Interviews and the person's own fields re-read when either changes. */
const PERSON_CONTEXT = { additionalTypenames: ['Interview'] };

/** One person: who they are, where the cadence stands, every touch, their interviews. Digest emails link here. */
export default function PersonPage() {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: PersonPageDocument, variables: { id }, context: PERSON_CONTEXT });
  const cadence = useCadence();
  const { cursors, more } = useCursorPages(id);

  if (error && !data) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') {
      return (
        <>
          <h1>Person not found</h1>
          <p>
            This person is not among yours (they may have been deleted). <Link to="/people">See everyone on People</Link>.
          </p>
        </>
      );
    }
    return (
      <>
        <h1>Person</h1>
        <ErrorNote message={errorMessage(error)} />
        <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          Try again
        </button>
      </>
    );
  }
  if (!data) return <Loading what="this person" />;
  const person = data.contact;

  return (
    <>
      <PersonDetails person={person} />
      <PersonCadence name={person.name} contactId={person.id} state={cadence.of(person.id)} loaded={cadence.loaded} error={errorMessage(cadence.error)} />
      <section>
        <h2>Touches</h2>
        <LogTouchForm contactId={person.id} />
        {cursors.map((after, i) => (
          <TouchTimelinePage key={after ?? 'first'} contactId={person.id} after={after} isFirst={i === 0} isLast={i === cursors.length - 1} onMore={more} />
        ))}
      </section>
      <InterviewsSection person={person} />
    </>
  );
}
