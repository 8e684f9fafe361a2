// API benchmark: documents cited at least once, in key order.
MATCH (d:Document)
WHERE EXISTS { (d)<-[:OF]-(:Citation) }
RETURN d.key AS key
ORDER BY d.key
