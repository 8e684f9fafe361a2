// People by folded name (normName: accent-free, lower case). $ids: [folded name]
UNWIND $ids AS name
RETURN name AS id, COLLECT {
  MATCH (p:Person {normName: name})
  RETURN p {.id, .name, .normName, .districtCode, .provinceCode}
  ORDER BY p.id
} AS items
