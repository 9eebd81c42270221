// name: projects-by-status
// description.zh: 按状态筛选、总投资不低于门槛的项目(按投资额从高到低)
// description.en: Projects in the given statuses whose total investment is at least a threshold, largest first
// param: statuses: list<string> = [signed, under_construction]
// param: min_investment_cny: int = 1000000000
//
// Status is one of intended, signed, fulfilled (履约), under_construction, operating.
// Money is in yuan (1 亿元 = 100000000); projects without a stated investment are left out.
MATCH (project:Project)
WHERE project.status IN $statuses AND project.investment_cny >= $min_investment_cny
RETURN project.id AS id,
       project.name AS name,
       project.status AS status,
       project.investment_cny AS investment_cny,
       project.investment_cny / 100000000.0 AS investment_yi,
       COLLECT { MATCH (project)-[:HOSTED_IN]->(place) RETURN place.name ORDER BY place.name } AS places,
       COLLECT { MATCH (investor)-[:INVESTS_IN]->(project) RETURN investor.name ORDER BY investor.name } AS investors
ORDER BY investment_cny DESC, id;
