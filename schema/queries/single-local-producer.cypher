// name: single-local-producer
// description.zh: 园区内只有一家本地生产者的产品(弱链候选,原料除外)
// description.en: Products with exactly one local producer in a park (weak-link candidates; feedstocks left out)
// param: park: string = quangang-petrochemical-park
// param: statuses: list<string> = [operating, under_construction, fulfilled, signed]
// ids: park = Park|Region
// The park may also be a region id: everything PART_OF it counts as local.
//
// Local producers are counted as in the gap analysis: enterprises LOCATED_IN the park or a park or
// area PART_OF it (they make the product today), and projects HOSTED_IN it whose status is given
// (default: the committed scenario). Two phases of one plant are one producer.
MATCH (park {id: $park}) WHERE park:Park OR park:Region
MATCH (place)-[:PART_OF*0..]->(park)
WHERE place:Park OR place:Region
MATCH (x)-[:LOCATED_IN|HOSTED_IN]->(place)
WHERE x:Enterprise OR x:Project
WITH DISTINCT x, CASE WHEN x:Project THEN x.status ELSE 'operating' END AS status
WHERE status IN $statuses
MATCH (x)-[r:PRODUCES]->(product:Product)
WHERE coalesce(product.tier, '') <> 'feedstock'
WITH product, x, status, max(r.capacity_t_per_year) AS capacity_t_per_year
WITH product, collect({x: x, status: status, capacity: capacity_t_per_year}) AS producers
WHERE size(producers) = 1
RETURN product.id AS id,
       product.name AS name,
       product.chains AS chains,
       product.tier AS tier,
       producers[0].x.id AS producer_id,
       producers[0].x.name AS producer,
       producers[0].status AS status,
       producers[0].capacity AS capacity_t_per_year
ORDER BY id;
