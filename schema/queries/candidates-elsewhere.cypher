// name: candidates-elsewhere
// description.zh: 园区外生产某产品的企业(直接生产或投资外地项目),附来源原文——补链招商对象
// description.en: Enterprises outside a park that make a product, directly or through a project elsewhere, with the source quote: whom to attract
// param: product: string = polyether-polyol
// param: park: string = quangang-petrochemical-park
// ids: product = Product, park = Park|Region
// The park may also be a region id: everything PART_OF it counts as local.
//
// Use it for a product that missing-in-chain lists. Elsewhere means not LOCATED_IN (an enterprise)
// or HOSTED_IN (a project) the park or any park or area PART_OF it. Operating enterprises first,
// then projects by how far along they are, then by capacity.
MATCH (park {id: $park}) WHERE park:Park OR park:Region
CALL (park) {
  MATCH (place)-[:PART_OF*0..]->(park)
  WHERE place:Park OR place:Region
  RETURN collect(place) AS scope
}
MATCH (product:Product {id: $product})
CALL (product, scope) {
  MATCH (enterprise:Enterprise)-[r:PRODUCES]->(product)
  WHERE NOT EXISTS { MATCH (enterprise)-[:LOCATED_IN]->(place) WHERE place IN scope }
  RETURN enterprise, null AS project, 'operating' AS status, r
  UNION ALL
  MATCH (enterprise:Enterprise)-[:INVESTS_IN]->(project:Project)-[r:PRODUCES]->(product)
  WHERE NOT EXISTS { MATCH (project)-[:HOSTED_IN]->(place) WHERE place IN scope }
    AND NOT EXISTS { MATCH (enterprise)-[:LOCATED_IN]->(place) WHERE place IN scope }
  RETURN enterprise, project, project.status AS status, r
}
WITH enterprise, project, status, r
ORDER BY coalesce(r.capacity_t_per_year, 0) DESC, r.key
WITH enterprise, project, status, max(r.capacity_t_per_year) AS capacity_t_per_year,
     head(collect(r)) AS evidence
WITH enterprise, project, status, capacity_t_per_year, evidence, coalesce(project, enterprise) AS site
RETURN enterprise.id AS id,
       enterprise.name AS name,
       coalesce(project.name, '') AS via_project,
       status,
       capacity_t_per_year,
       COLLECT { MATCH (site)-[:LOCATED_IN|HOSTED_IN]->(place) RETURN place.name ORDER BY place.name } AS places,
       evidence.source[0] AS source,
       evidence.quote[0] AS quote
ORDER BY CASE status WHEN 'operating' THEN 0 WHEN 'under_construction' THEN 1 WHEN 'fulfilled' THEN 2 WHEN 'signed' THEN 3 ELSE 4 END,
         coalesce(capacity_t_per_year, 0) DESC, id, via_project;
