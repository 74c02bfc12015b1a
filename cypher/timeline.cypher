// Question: what happened, when, who did it, and which articles report it?
// Parameters: $from and $to, ISO dates as strings ('2024-01-01'), either may be null.
// Event dates are ISO strings as precise as the text (2024, 2024-09, 2024-09-03), so they compare as text.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
OPTIONAL MATCH (e)-[:AGENT]->(agent)
WITH e, collect(DISTINCT agent.name) AS agents
RETURN e.date AS date, e.type AS type, e.name AS event, agents, e.sources AS sources
ORDER BY date, event
