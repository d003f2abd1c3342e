import { graphql } from '../../gql';

/** Everything the list and the detail page show of a source. */
export const SourceFieldsDocument = graphql(`
  fragment SourceFields on Source {
    id
    name
    url
    kind
    detectedKind
    status
    lastFetchedAt
    lastSuccessAt
    lastError
    warnings
    warningDetails {
      line
      uid
      message
    }
    nextRefreshAt
    nextManualRefreshAt
    refreshMinutes
    defaultTimeZone
    recipe
    eventCount
    createdAt
  }
`);

export const SourcesDocument = graphql(`
  query Sources {
    sources {
      ...SourceFields
    }
  }
`);

export const SourceDocument = graphql(`
  query Source($id: ID!) {
    source(id: $id) {
      ...SourceFields
    }
  }
`);

export const CreateSourceDocument = graphql(`
  mutation CreateSource($input: CreateSourceInput!) {
    createSource(input: $input) {
      ...SourceFields
    }
  }
`);

export const ImportCalendarDocument = graphql(`
  mutation ImportCalendar($input: ImportCalendarInput!) {
    importCalendar(input: $input) {
      ...SourceFields
    }
  }
`);

export const RefreshSourceDocument = graphql(`
  mutation RefreshSource($id: ID!) {
    refreshSource(id: $id) {
      ...SourceFields
    }
  }
`);

export const UpdateSourceDocument = graphql(`
  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!) {
    updateSource(id: $id, input: $input) {
      ...SourceFields
    }
  }
`);

export const DeleteSourceDocument = graphql(`
  mutation DeleteSource($id: ID!) {
    deleteSource(id: $id)
  }
`);
