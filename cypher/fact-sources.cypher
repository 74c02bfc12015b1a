// Question: which articles support a given fact, with the sentences that state it?
// Parameters: $from (name), $type (relationship type, e.g. 'LEADER_OF'), $to (name).
MATCH (a)-[r]->(b)
WHERE a.name = $from AND type(r) = $type AND b.name = $to
UNWIND r.sources AS sourceId
MATCH (article:Article {id: sourceId})
RETURN article.title AS title, article.publisher AS publisher, article.published AS published,
       r.evidence AS evidence, r.confidence AS confidence
ORDER BY published, title
