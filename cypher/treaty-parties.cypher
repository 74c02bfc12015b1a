// Question: which countries are party to which treaty, and since when (signed, ratified)?
// Conflicting dates are shown with all claimed values (see conflicts.cypher for who claims what).
// Parameters: none.
MATCH (c:Country)-[r:PARTY_TO]->(t:Treaty)
RETURN t.name AS treaty, c.name AS country, r.signed AS signed, r.ratified AS ratified,
       coalesce(r.ratified_values, []) AS ratifiedClaims, r.sources AS sources
ORDER BY treaty, country
