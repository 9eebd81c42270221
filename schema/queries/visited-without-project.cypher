// name: visited-without-project
// description.zh: 已走访但在本地尚无签约项目的企业(招商跟进名单)
// description.en: Enterprises the region's leaders visited that have no signed project in the region yet (a follow-up list)
// param: region: string = quangang
// param: statuses: list<string> = [signed, fulfilled, under_construction, operating]
// ids: region = Region|Park
//
// A project counts when the enterprise INVESTS_IN it, it is HOSTED_IN the region or any park or
// area PART_OF it, and its status is one of the given statuses (signed or later by default).
MATCH (region:Region {id: $region})-[visit:VISITED]->(enterprise:Enterprise)
WHERE NOT EXISTS {
  MATCH (enterprise)-[:INVESTS_IN]->(project:Project)-[:HOSTED_IN]->(place)-[:PART_OF*0..]->(region)
  WHERE project.status IN $statuses
}
RETURN enterprise.id AS id,
       enterprise.name AS name,
       enterprise.name_en AS name_en,
       visit.date AS visited,
       visit.role AS purpose,
       COLLECT { MATCH (enterprise)-[:LOCATED_IN]->(place) RETURN place.name ORDER BY place.name } AS located_in,
       visit.quote[0] AS quote
ORDER BY id;
