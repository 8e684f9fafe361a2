// Events by id (DataLoader batch). $ids: [string]
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.id, .kind, .title, .date, .partOfDay, .location} AS event
