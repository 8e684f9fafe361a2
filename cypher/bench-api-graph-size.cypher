// API benchmark: the size of the graph it runs over.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n:Report) RETURN count(n) AS reports }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
RETURN nodes, relationships, reports, people, events, documents
