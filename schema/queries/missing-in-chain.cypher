// name: missing-in-chain
// description.zh: 某产业链中园区内没有本地生产者的产品(缺链),并列出外地生产者数和本地储备项目
// description.en: Products of a chain with no local producer in a park (missing links), with how many players make them elsewhere and local pipeline projects
// param: park: string = quangang-petrochemical-park
// param: chain: string = C3
// param: statuses: list<string> = [operating, under_construction, fulfilled, signed]
// ids: park = Park|Region
// The park may also be a region id: everything PART_OF it counts as local.
//
// Feedstocks are left out (imported by nature), as in the gap analysis. Local producers as in
// single-local-producer; pipeline = local projects outside the given statuses that would make it.
MATCH (park {id: $park}) WHERE park:Park OR park:Region
CALL (park) {
  MATCH (place)-[:PART_OF*0..]->(park)
  WHERE place:Park OR place:Region
  MATCH (x)-[:LOCATED_IN|HOSTED_IN]->(place)
  WHERE x:Enterprise OR x:Project
  RETURN collect(DISTINCT x) AS local
}
CALL (local) {
  UNWIND local AS x
  WITH x WHERE x:Enterprise OR x.status IN $statuses
  MATCH (x)-[:PRODUCES]->(product:Product)
  RETURN collect(DISTINCT product) AS made
}
MATCH (product:Product)
WHERE $chain IN product.chains AND product.tier <> 'feedstock' AND NOT product IN made
RETURN product.id AS id,
       product.name AS name,
       product.name_en AS name_en,
       product.tier AS tier,
       COUNT { MATCH (y)-[:PRODUCES]->(product) WHERE NOT y IN local } AS made_elsewhere_by,
       COLLECT { MATCH (y:Project)-[:PRODUCES]->(product) WHERE y IN local
                RETURN DISTINCT y.name + ' (' + y.status + ')' AS project ORDER BY project } AS local_pipeline
ORDER BY id;
