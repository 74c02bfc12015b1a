// Question: who leads which country or organization, in what role, and which articles say so?
// Parameters: none.
MATCH (p:Person)-[r:LEADER_OF]->(x)
RETURN p.name AS leader, r.role AS role, x.name AS leads, labels(x)[0] AS kind, size(r.sources) AS articles
ORDER BY leads, leader
