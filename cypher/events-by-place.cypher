// Question: what happened where? Events grouped by place, with dates.
// Parameters: none.
MATCH (e:Event)-[:LOCATION]->(place)
WITH place, e ORDER BY e.date
RETURN place.name AS place, labels(place)[0] AS kind, collect(e.name + ' (' + coalesce(e.date, '?') + ')') AS events
ORDER BY size(events) DESC, place
