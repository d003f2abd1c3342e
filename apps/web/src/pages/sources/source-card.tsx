import { Link } from 'react-router';
import type { SourceFieldsFragment } from '../../gql/graphql';
import { SourceActions } from './source-actions';
import { SourceError, SourceFacts, SourceWarnings } from './source-facts';

/** One source in the list: what it is, how its last fetch went, and what you can do with it. */
export function SourceCard({ source, onDeleted }: { source: SourceFieldsFragment; onDeleted: () => void }) {
  return (
    <li className="card source-card">
      <h3>
        <Link to={`/sources/${encodeURIComponent(source.id)}`}>{source.name}</Link>
      </h3>
      {source.url && <p className="source-url meta">{source.url}</p>}
      <SourceFacts source={source} />
      <SourceError source={source} />
      <SourceWarnings source={source} />
      <SourceActions source={source} onDeleted={onDeleted} />
    </li>
  );
}
