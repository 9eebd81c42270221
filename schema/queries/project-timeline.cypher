// name: project-timeline
// description.zh: 项目进度:签约活动、各期里程碑(计划与实际日期)和当前状态
// description.en: Project timelines: where each was signed, its milestones per phase (planned and actual dates) and its status
// param: place: string = quangang
// ids: place = Park|Region
//
// Projects hosted in the place or anywhere inside it (a park or region id). Milestones are listed
// in date order (actual, else planned); a step still to come has no actual date.
MATCH (place {id: $place}) WHERE place:Park OR place:Region
MATCH (project:Project)-[:HOSTED_IN]->(here)-[:PART_OF*0..]->(place)
WITH DISTINCT project
WHERE EXISTS { (project)-[:SIGNED_AT]->(:Event) } OR EXISTS { (:Milestone)-[:MILESTONE_OF]->(project) }
RETURN project.id AS id,
       project.name AS name,
       project.status AS status,
       COLLECT { MATCH (project)-[s:SIGNED_AT]->(event:Event)
                 RETURN event.name + ' ' + coalesce(s.date, event.date, '') ORDER BY event.id } AS signed_at,
       COLLECT { MATCH (m:Milestone)-[:MILESTONE_OF]->(project)
                 RETURN coalesce(m.phase + ' ', '') + m.kind + ': ' +
                        CASE WHEN m.actual_date IS NULL THEN 'planned ' + m.planned_date
                             ELSE m.actual_date END
                 ORDER BY coalesce(m.actual_date, m.planned_date), m.id } AS milestones
ORDER BY id;
