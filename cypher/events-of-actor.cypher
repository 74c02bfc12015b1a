// Question: in which events did an actor take part, and in what role (agent, target, place)?
// Parameters: $name, a name or alias.
MATCH (n)
WHERE NOT n:Article AND (n.name = $name OR $name IN coalesce(n.aliases, []))
MATCH (e:Event)-[r:AGENT|TARGET|LOCATION]->(n)
RETURN e.date AS date, e.type AS type, e.name AS event, type(r) AS role, e.sources AS sources
ORDER BY date, event
