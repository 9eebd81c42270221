// name: who-makes-product
// description.zh: 园区(含其下属片区)内谁生产某产品:企业视为在产,项目按状态筛选
// description.en: Who makes a product in a park, its sub-parks included: enterprises count as operating, projects are filtered by status
// param: product: string = propylene
// param: park: string = quangang-petrochemical-park
// param: statuses: list<string> = [operating, under_construction, fulfilled, signed, intended]
// ids: product = Product, park = Park|Region
// The park may also be a region id: everything PART_OF it counts as local.
//
// Local means inside the park or any park or area PART_OF it, as in the gap analysis.
// Two phases of one plant are one row, with the largest capacity stated.
MATCH (park {id: $park}) WHERE park:Park OR park:Region
MATCH (place)-[:PART_OF*0..]->(park)
WHERE place:Park OR place:Region
MATCH (x)-[:LOCATED_IN|HOSTED_IN]->(place)
WHERE x:Enterprise OR x:Project
MATCH (x)-[r:PRODUCES]->(product:Product {id: $product})
WITH x, product, collect(DISTINCT place.name) AS places, max(r.capacity_t_per_year) AS capacity_t_per_year,
     CASE WHEN x:Project THEN x.status ELSE 'operating' END AS status
WHERE status IN $statuses
RETURN x.id AS id,
       x.name AS name,
       CASE WHEN x:Project THEN 'project' ELSE 'enterprise' END AS kind,
       status,
       COLLECT { UNWIND places AS place_name RETURN place_name ORDER BY place_name } AS places,
       capacity_t_per_year,
       COLLECT { MATCH (x)-[r:PRODUCES]->(product) WHERE r.key <> '' RETURN r.key ORDER BY r.key } AS phases
ORDER BY kind, id;
