// name: owners
// description.zh: 股权关系:企业的股东(合资方、母公司)及其持有的企业和项目
// description.en: Ownership: an enterprise's shareholders (joint-venture partners, parents) and what it owns
// param: enterprise: string = frep
// ids: enterprise = Enterprise
//
// Reads OWNS both ways from the enterprise; share_pct is null where no source states the share.
MATCH (e:Enterprise {id: $enterprise})
CALL (e) {
  MATCH (owner:Enterprise)-[o:OWNS]->(e)
  RETURN 'owned by' AS direction, owner AS other, o
  UNION
  MATCH (e)-[o:OWNS]->(owned)
  RETURN 'owns' AS direction, owned AS other, o
}
RETURN direction,
       other.id AS id,
       other.name AS name,
       o.share_pct AS share_pct,
       o.role AS role,
       o.date AS date,
       o.source AS source
ORDER BY direction, id;
