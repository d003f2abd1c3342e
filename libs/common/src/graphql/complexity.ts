/**
 * Query-cost weight of a field that computes its answer rather than reading
 * rows: a plan, touch suggestions, a password hash, a fetch. It is a
 * twentieth of the API's complexity limit, so one request can ask for about
 * twenty of them, whatever their aliases.
 */
export const COMPUTED_FIELD_COST = 1_000;
