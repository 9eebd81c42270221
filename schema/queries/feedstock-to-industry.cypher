// name: feedstock-to-industry
// description.zh: 从原料到下游行业的全部路径(产品 → 工艺 → 产品 … → 行业)
// description.en: Every route from a feedstock to a downstream industry (product → process → product … → industry)
// param: feedstock: string = propane
// param: industry: string = nursing-medical
// ids: feedstock = Product, industry = Industry
//
// Routes follow (Product)-[:FEEDS]->(Process)-[:YIELDS]->(Product) and end with
// (Product)-[:SERVES]->(Industry); no product appears twice on a route; at most 12 process steps.
// Shortest routes first.
MATCH (start:Product {id: $feedstock}), (industry:Industry {id: $industry})
MATCH route = (start)-[:FEEDS|YIELDS*..24]->(:Product)-[:SERVES]->(industry)
WITH industry, route, [n IN nodes(route) WHERE n:Product] AS products
WHERE all(i IN range(0, size(products) - 2) WHERE NOT products[i] IN products[i + 1..])
RETURN size(products) - 1 AS steps,
       reduce(text = '', n IN products + [industry] |
         text + CASE WHEN text = '' THEN '' ELSE ' → ' END + n.name) AS route,
       [n IN nodes(route) WHERE n:Process | n.name] AS processes,
       [n IN products | n.id] AS product_ids
ORDER BY steps, route;
