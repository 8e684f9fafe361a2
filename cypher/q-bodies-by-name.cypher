// Bodies by name: their keys ($keys, folded names) or a lower-case name. $keys: [string], $name
MATCH (b:Body)
WHERE b.key IN $keys OR toLower(b.name) = $name
RETURN b {.key, .name, .kind, .level} AS body
ORDER BY b.name
