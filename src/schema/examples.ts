// Example queries: the GraphiQL tabs at /graphql, the integration tests and docs/api-examples.md
// all use these, so the examples shown are the ones that are tested.
export interface Example {
  name: string;
  question: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES = {
  chairs: {
    name: 'Who chaired an event',
    question: 'Who chaired the 3 January 2024 conference in Đông Sơn?',
    query: `# Who chaired the 3 January 2024 conference in Đông Sơn?
query WhoChaired {
  events(from: "2024-01-03", to: "2024-01-03", place: "Đông Sơn", first: 10) {
    totalCount
    edges {
      node {
        title
        date
        organizers { name }
        chairs {
          person { name }
          sources { quote reportTitle url date }
        }
      }
    }
  }
}
`,
  },
  tenures: {
    name: "A person's tenures",
    question: "Lê Trọng Thụ's tenures, with their sources",
    query: `# Lê Trọng Thụ's tenures, with the sentences that state them
query Tenures {
  people(search: "Lê Trọng Thụ", first: 1) {
    edges {
      node {
        id
        name
        tenures {
          title
          bodyName
          firstSeen
          lastSeen
          sources { quote reportTitle url date }
        }
      }
    }
  }
}
`,
  },
  trail: {
    name: 'Trail of a document',
    question: 'The trail of 58-NQ/TW: the events and reports that cited it, in date order',
    query: `# The trail of Nghị quyết 58-NQ/TW (any spacing or case works: "58 - nq/tw")
query Trail {
  document(number: "58-NQ/TW") {
    number
    type
    date
    issuerName
    title
    trail(first: 20) {
      totalCount
      edges {
        node {
          date
          event { title date }
          report { title url publishedAt }
          sources { quote }
        }
      }
    }
  }
}
`,
  },
  search: {
    name: 'Search',
    question: 'Search "le trong thu" (no accents)',
    query: `# Search everything, accents optional
query Search {
  search(text: "le trong thu", first: 5) {
    score
    type
    node {
      ... on Person { id name }
      ... on Body { name }
      ... on Event { title date }
      ... on Document { number title }
    }
  }
}
`,
  },
  officeHolder: {
    name: 'Office holder on a date',
    question: 'Who was Bí thư of Huyện ủy Đông Sơn on 2023-06-01?',
    query: `# Who was Bí thư (secretary) of Huyện ủy Đông Sơn on 1 June 2023?
query OfficeHolder {
  officeHolders(title: "Bí thư", body: "Huyện ủy Đông Sơn", on: "2023-06-01") {
    person { name }
    title
    bodyName
    firstSeen
    lastSeen
    sources { quote reportTitle url date }
  }
}
`,
  },
  person: {
    name: 'A person, in depth',
    question: 'Events a person chaired, spoke at and attended; documents cited at them; colleagues; reports',
    query: `# Everything about one person (paginated lists take first/after and have totalCount)
query Person {
  people(search: "le trong thu", first: 1) {
    edges {
      node {
        name
        place { name type }
        chaired(first: 10) { totalCount edges { node { title date } sources { quote } } }
        spokeAt(first: 10) { totalCount edges { node { title date } } }
        attended(first: 10, from: "2023-01-01", to: "2024-12-31") { totalCount edges { node { title date } } }
        citedDocuments(first: 10) {
          totalCount
          edges { node { number title } citations { event { title date } } }
        }
        colleagues(first: 10) { totalCount edges { sharedEvents node { name } } }
        mentionedIn(first: 10) { totalCount edges { node { title publishedAt url } } }
      }
    }
  }
}
`,
  },
  people: {
    name: 'People filtered',
    question: 'People who held a title at a body on a date',
    query: `# People filtered by place, body, title and "in office on a date"
query People {
  people(place: "Đông Sơn", body: "Huyện ủy Đông Sơn", title: "Bí thư", inOfficeOn: "2023-06-01", first: 10) {
    totalCount
    edges { node { id name tenures(on: "2023-06-01") { title bodyName } } }
  }
}
`,
  },
  events: {
    name: 'Events filtered',
    question: 'Events by date range, place, organizer, chair, cited document and kind',
    query: `# Events filtered by date range, place, organizer, chair, cited document and kind
query Events {
  events(from: "2023-01-01", to: "2024-12-31", organizer: "Huyện ủy Đông Sơn", chair: "Lê Trọng Thụ", cites: "58-NQ/TW", kind: "hội nghị", first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        title
        date
        location
        place { name }
        organizers { name }
        chairs { person { name } }
        speakers { person { name } }
        participants { role person { name } }
        citedDocuments { document { number } }
        reports { title url }
      }
    }
  }
}
`,
  },
  connection: {
    name: 'How two people are connected',
    question: 'How are Lê Trọng Thụ and Lê Thanh Hải connected?',
    query: `# The shortest connection between two people (ids or full names)
query HowConnected {
  howConnected(from: "Lê Trọng Thụ", to: "Lê Thanh Hải", maxHops: 4) {
    connected
    hops
    links {
      relation
      title
      from { ... on Person { name } ... on Event { title date } ... on Body { name } }
      to { ... on Person { name } ... on Event { title date } ... on Body { name } }
      sources { quote url }
    }
  }
}
`,
  },
  ingest: {
    name: 'Ingest a report (needs the API token)',
    question: 'Ingest one report',
    query: `# Needs the API token: set the header {"Authorization": "Bearer <CIVIC_GRAPH_API_TOKEN>"} below.
mutation Ingest($input: IngestReportInput!) {
  ingestReport(input: $input) {
    changed
    report { id title publishedAt }
    extracted {
      people { name positions { title body } }
      events { title date chairs }
      documents { number }
    }
    created { nodes relationships }
  }
}
`,
    variables: {
      input: {
        text:
          'Huyện Quan Hóa họp thường kỳ tháng 4\n\nChiều 12/4/2024, UBND huyện Quan Hóa tổ chức phiên họp thường kỳ tháng 4 năm 2024.\n\n' +
          'Đồng chí Trịnh Văn Kiểm, Phó Chủ tịch UBND huyện chủ trì phiên họp. Phiên họp thảo luận Kế hoạch số 45/KH-UBND ngày 02/4/2024 của UBND huyện.',
        url: 'https://example.org/quan-hoa/phien-hop-thang-4',
        publishedAt: '2024-04-12',
        province: 'Thanh Hóa',
      },
    },
  },
} satisfies Record<string, Example>;

/** GraphiQL's tabs: one per example. */
export const GRAPHIQL_TABS = Object.values(EXAMPLES).map((e: Example) => ({
  query: e.query,
  variables: e.variables ? JSON.stringify(e.variables, null, 2) : null,
  headers: null,
}));
