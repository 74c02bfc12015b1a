// Question: which articles are in the graph, from whom, when, and how much does each contribute?
// Parameters: none.
MATCH (a:Article)
OPTIONAL MATCH (a)-[m:MENTIONS]->()
RETURN a.title AS title, a.publisher AS publisher, a.author AS author, a.published AS published,
       count(m) AS entities
ORDER BY published, title
