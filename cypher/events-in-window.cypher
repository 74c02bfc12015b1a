// Question: which events happened within a time window (the whole event inside it)?
// Parameters: $from and $to, ISO dates as strings ('2024-09-01', '2024-09-30').
// Uses each Event's `start`/`end` DATE bounds, so an event dated only '2024-09' counts as the whole month.
MATCH (e:Event)
WHERE e.start >= date($from) AND e.end <= date($to)
OPTIONAL MATCH (e)-[:AGENT]->(agent)
WITH e, collect(DISTINCT agent.name) AS agents
RETURN e.date AS date, e.type AS type, e.name AS event, agents, size(e.sources) AS articles
ORDER BY e.start, event
