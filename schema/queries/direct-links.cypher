// name: direct-links
// description.zh: 某产品的直接上下游(UPSTREAM_OF,无工艺细节的数据)与所属类别(IS_A),按名称或 id
// description.en: Direct upstream and downstream products (UPSTREAM_OF, for data without process detail) and categories (IS_A) of a product, by name or id
// param: product: string = propylene
// param: depth: int = 2
// ids: product = Product
//
// For data with processes use upstream-downstream; this one follows product → product links only,
// up to depth links away (at most 4), nearest first. The product may be given by its exact name.
MATCH (focus:Product) WHERE focus.id = $product OR focus.name = $product
CALL (focus) {
  MATCH route = (other:Product)-[:UPSTREAM_OF*1..4]->(focus)
  RETURN 'upstream' AS direction, other, length(route) AS steps
  UNION ALL
  MATCH route = (focus)-[:UPSTREAM_OF*1..4]->(other:Product)
  RETURN 'downstream' AS direction, other, length(route) AS steps
  UNION ALL
  MATCH (focus)-[:IS_A]->(other:Product)
  RETURN 'category' AS direction, other, 1 AS steps
  UNION ALL
  MATCH (other:Product)-[:IS_A]->(focus)
  RETURN 'kind' AS direction, other, 1 AS steps
}
WITH focus, direction, other, min(steps) AS steps
WHERE steps <= $depth AND other <> focus
RETURN direction, steps, other.id AS id, other.name AS name
ORDER BY direction, steps, name, id;
