// Question: where do the articles disagree? Every property of a node or relationship whose claimed
// values differ, each value with the articles that claim it (the same list as `newsgraph conflicts`).
// Parameters: none.
// Reads the claim encoding of docs/store-format.md ("Claims and conflicts"): a claimed property P is
// stored as P (the winning value), P_values and P_sources (parallel lists: one entry per value and
// article), and `conflicts` names the properties whose claims disagree. `key + '_values'` is read with
// dynamic property access (n[key]), standard Cypher on Neo4j 5 and on our engine.
// Returns one row per (subject, property, value); subject is the node id, or for a relationship
// "fromId -TYPE-> toId" (resolve's relationship ids are store keys, not properties).
MATCH (n)
WHERE size(coalesce(n.conflicts, [])) > 0
UNWIND n.conflicts AS property
UNWIND range(0, size(n[property + '_values']) - 1) AS i
WITH n.id AS subject, labels(n)[0] + ' ' + n.name AS description, property,
     n[property + '_values'][i] AS value, n[property + '_sources'][i] AS source
RETURN subject, description, property, value, collect(DISTINCT source) AS sources
ORDER BY subject, property, value
UNION ALL
MATCH (a)-[r]->(b)
WHERE size(coalesce(r.conflicts, [])) > 0
UNWIND r.conflicts AS property
UNWIND range(0, size(r[property + '_values']) - 1) AS i
WITH a.id + ' -' + type(r) + '-> ' + b.id AS subject, a.name + ' -' + type(r) + '-> ' + b.name AS description, property,
     r[property + '_values'][i] AS value, r[property + '_sources'][i] AS source
RETURN subject, description, property, value, collect(DISTINCT source) AS sources
ORDER BY subject, property, value
