// Question: which actors are mentioned together most often (in the same articles)?
// Parameters: none.
MATCH (article:Article)-[:MENTIONS]->(x), (article)-[:MENTIONS]->(y)
WHERE x.id < y.id AND NOT x:Event AND NOT y:Event
RETURN x.name AS first, y.name AS second, count(DISTINCT article) AS articles
ORDER BY articles DESC, first, second
LIMIT 25
