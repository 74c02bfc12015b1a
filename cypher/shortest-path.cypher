// Question: how are two actors connected? The shortest chain of facts and events between them
// (articles excluded, at most 4 steps).
// Parameters: $from and $to, names of the two actors.
MATCH (a {name: $from}), (b {name: $to})
MATCH p = (a)-[:LEADER_OF|SPOKESPERSON_FOR|WORKS_FOR|MEMBER_OF|PARTY_TO|ESTABLISHED|ALLY_OF|BORDERS|LOCATED_IN|AGENT|TARGET|LOCATION|PART_OF*1..4]-(b)
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops
ORDER BY hops
LIMIT 1
