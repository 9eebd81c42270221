// name: industry-companies
// description.zh: 某行业及其全部下级行业的企业(按行业分类,如申万),附股票代码
// description.en: The enterprises of an industry and all its sub-industries (a classification such as Shenwan), with stock codes
// param: industry: string = shoe-materials
// ids: industry = Industry
//
// An enterprise counts when it is IN_INDUSTRY the industry or any industry SUBINDUSTRY_OF it, at
// any depth. The industry may be given by id or by its exact name.
MATCH (top:Industry) WHERE top.id = $industry OR top.name = $industry
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..]->(top)
MATCH (e:Enterprise)-[:IN_INDUSTRY]->(sub)
RETURN DISTINCT e.id AS id,
       e.name AS name,
       e.stock_code AS stock_code,
       e.exchange AS exchange,
       sub.name AS industry
ORDER BY industry, id;
