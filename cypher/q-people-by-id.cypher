// People by id (DataLoader batch). $ids: [string]
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.id, .name, .normName, .districtCode, .provinceCode} AS person
