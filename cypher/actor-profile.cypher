// Question: everything the graph knows about one actor (by name or any alias), relation by relation.
// Parameters: $name, e.g. 'Vladimir Putin' or 'Putin'.
MATCH (n)
WHERE NOT n:Article AND (n.name = $name OR $name IN coalesce(n.aliases, []))
MATCH (n)-[r]-(other)
WHERE type(r) <> 'MENTIONS'
RETURN n.name AS actor, type(r) AS relation, startNode(r) = n AS outgoing, other.name AS other,
       labels(other)[0] AS otherKind, r.confidence AS confidence, size(r.sources) AS articles
ORDER BY relation, other
