// name: project-drives
// description.zh: 某项目带动的企业、行业和项目
// description.en: What a project drives: the enterprises, industries and projects it pulls along
// param: project: string = tianchen-quangang-new-materials-park
// ids: project = Project
MATCH (project:Project {id: $project})-[r:DRIVES]->(driven)
RETURN CASE WHEN driven:Enterprise THEN 'enterprise' WHEN driven:Industry THEN 'industry' ELSE 'project' END AS kind,
       driven.id AS id,
       driven.name AS name,
       r.investment_cny AS investment_cny,
       r.quote[0] AS quote
ORDER BY kind, id;
