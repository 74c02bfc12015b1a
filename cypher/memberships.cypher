// Question: who is a member of which organization (countries in courts and alliances, bodies in bodies)?
// Parameters: none.
MATCH (m)-[r:MEMBER_OF]->(o:Organization)
RETURN o.name AS organization, collect(m.name) AS members, sum(size(r.sources)) AS statements
ORDER BY organization
