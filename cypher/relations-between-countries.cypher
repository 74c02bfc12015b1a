// Question: how do countries relate to each other: allies and neighbours?
// Parameters: none.
MATCH (a)-[r:ALLY_OF|BORDERS]->(b)
RETURN a.name AS country, type(r) AS relation, b.name AS other, r.evidence AS evidence
ORDER BY country, relation, other
