// Entry point of the parse worker threads (ParsePool): reading a large or
// hostile calendar must never run on the thread that answers requests.
import { readForIngest } from './read-for-ingest';

export default readForIngest;
