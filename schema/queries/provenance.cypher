// name: provenance
// description.zh: 某事实的出处:来源文献、原文引文和可信度(节点本身及其关系)
// description.en: Where a fact comes from: source document, verbatim quote and confidence, for a node and its relationships
// param: id: string = tianchen-quangang-new-materials-park
// param: other: string = zhongshan-chemical
//
// With other = an id, the facts linking the two nodes (either direction); with other = "" (pass
// --param other=), the node's own facts and those of every relationship it has.
// source, quote and confidence are parallel lists on every node and relationship: one row per entry.
MATCH (node {id: $id})
CALL (node) {
  WITH node WHERE $other = ''
  RETURN head([label IN labels(node) WHERE NOT label STARTS WITH '_']) + ' ' + node.name AS fact,
         '' AS type, node AS holder
  UNION ALL
  MATCH (node)-[r]-(neighbour)
  WHERE $other = '' OR neighbour.id = $other
  RETURN startNode(r).name + ' -[' + type(r) + ']-> ' + endNode(r).name
           + CASE WHEN coalesce(r.key, '') = '' THEN '' ELSE ' (' + r.key + ')' END AS fact,
         type(r) AS type, r AS holder
}
UNWIND range(0, size(coalesce(holder.source, [])) - 1) AS i
OPTIONAL MATCH (document:Document {id: holder.source[i]})
RETURN fact,
       holder.source[i] AS source,
       document.name AS document,
       holder.quote[i] AS quote,
       holder.confidence[i] AS confidence
ORDER BY type, fact, i;
