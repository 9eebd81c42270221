// name: upstream-downstream
// description.zh: 某产品的上游原料与下游产品(按工艺步数,最多 depth 步)
// description.en: Upstream inputs and downstream products of a product, up to depth process steps
// param: product: string = propylene-oxide
// param: depth: int = 2
// ids: product = Product
//
// One step is (input)-[:FEEDS]->(process)-[:YIELDS]->(output). Each product comes with the
// fewest steps that reach it and, of the routes of that length, the first in text order, so the
// answer never depends on how the database stores the graph (an upstream product can also be
// downstream where the chain has a loop, e.g. MTBE and methanol).
MATCH (focus:Product {id: $product})
CALL (focus) {
  MATCH (other:Product) WHERE other <> focus
  MATCH route = allShortestPaths((other)-[:FEEDS|YIELDS*..40]->(focus))
  RETURN 'upstream' AS direction, other, route
  UNION ALL
  MATCH (other:Product) WHERE other <> focus
  MATCH route = allShortestPaths((focus)-[:FEEDS|YIELDS*..40]->(other))
  RETURN 'downstream' AS direction, other, route
}
WITH direction, other, length(route) / 2 AS steps,
     reduce(text = '', n IN nodes(route) |
       text + CASE WHEN text = '' THEN '' ELSE ' → ' END + n.name) AS text
WHERE steps <= $depth
WITH direction, other, steps, min(text) AS route
RETURN direction,
       steps,
       other.id AS id,
       other.name AS name,
       other.tier AS tier,
       route
ORDER BY direction DESC, steps, id;
