// Tenures by key (DataLoader batch), with the holder's id and the body of the post. $ids: [string]
UNWIND $ids AS key
MATCH (p:Person)-[:HELD]->(t:Tenure {key: key})-[:OF]->(post:Post)-[:AT]->(b:Body)
RETURN t {.key, title: coalesce(t.title, post.title), .firstSeen, .lastSeen, personId: p.id,
          body: b {.key, .name, .kind, .level}} AS tenure
