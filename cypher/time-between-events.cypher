// Question: how much time passed between two events (by name or alias)?
// Parameters: $first and $second, event names, e.g. 'International Criminal Court arrest warrant for Vladimir Putin'.
// The difference is taken between the events' start dates, so it is only as precise as their dates.
MATCH (a:Event), (b:Event)
WHERE (a.name = $first OR $first IN coalesce(a.aliases, []))
  AND (b.name = $second OR $second IN coalesce(b.aliases, []))
  AND a.start IS NOT NULL AND b.start IS NOT NULL
RETURN a.name AS first, a.date AS firstDate, b.name AS second, b.date AS secondDate,
       duration.between(a.start, b.start) AS between, duration.inDays(a.start, b.start).days AS days
ORDER BY days
