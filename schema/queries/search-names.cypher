// name: search-names
// description.zh: 按名称全文检索(中英文名称和别名,任意类型),按相关度排序
// description.en: Full-text search over Chinese and English names and aliases of every kind of node, best matches first
// param: text: string = 环氧丙烷
// param: max_results: int = 10
//
// Uses the entity_names full-text index (cjk analyzer: 石化 finds 泉港石化工业园区). The text is
// Lucene query syntax: plain words work; quote a phrase with "…"; characters such as ( ) : ~ * are operators.
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN head([label IN labels(node) WHERE NOT label STARTS WITH '_']) AS label,
       node.id AS id,
       node.name AS name,
       node.name_en AS name_en,
       round(score, 3) AS score
ORDER BY score DESC, id
LIMIT $max_results;
