// Question: how many events per month (events dated at least to the month)?
// Parameters: none.
MATCH (e:Event)
WHERE e.start IS NOT NULL AND e.start.year = e.end.year AND e.start.month = e.end.month
RETURN e.start.year AS year, e.start.month AS month, count(*) AS events, collect(e.type) AS types
ORDER BY year, month
