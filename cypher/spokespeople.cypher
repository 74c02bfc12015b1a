// Question: who speaks for whom (a person, an organization or a country), with the evidence?
// Parameters: none.
MATCH (p:Person)-[r:SPOKESPERSON_FOR]->(x)
RETURN p.name AS spokesperson, x.name AS speaksFor, labels(x)[0] AS kind, r.evidence AS evidence
ORDER BY speaksFor, spokesperson
