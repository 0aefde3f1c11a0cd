-- Statements that exercise what the service asks of Neo4j: schema, writes, seeks, ordering, subqueries,
-- paths, full-text search, pattern comprehensions, aggregation, MERGE. One per line. They train the
-- class-data archive (scripts/build-neo4j.js) and warm a spare JVM (EmbeddedNeo4j.warmUp); literals are
-- fine, as Cypher parameterises them in its plan cache.
CREATE CONSTRAINT training_id IF NOT EXISTS FOR (t:Training) REQUIRE t.id IS UNIQUE
CREATE FULLTEXT INDEX training_names IF NOT EXISTS FOR (t:Training) ON EACH [t.name] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard' } }
CALL db.awaitIndexes(60)
UNWIND range(1, 200) AS i CREATE (:Training {id: 'training-' + i, name: 'Training ' + i, year: 2000 + i % 20, tags: ['a', 'b']})
MATCH (a:Training), (b:Training) WHERE toInteger(substring(b.id, 9)) = toInteger(substring(a.id, 9)) + 1 CREATE (a)-[:NEXT {since: a.year}]->(b)
MATCH (a:Training {id: 'training-3'}) OPTIONAL MATCH (a)-[r:NEXT]->(b) WITH a, collect(b { .id, .name, since: r.since }) AS next RETURN a { .id, .name, next: next } AS a
MATCH (a:Training) WHERE a.name STARTS WITH 'Training 1' AND a.year >= 2005 RETURN a.id AS id ORDER BY a.name DESC SKIP 1 LIMIT 10
MATCH (a:Training) CALL { WITH a MATCH (a)-[:NEXT*1..3]->(c) RETURN count(c) AS reach } RETURN a.id, reach ORDER BY reach DESC, a.id LIMIT 5
MATCH p = shortestPath((a:Training {id: 'training-1'})-[:NEXT*..10]->(b:Training {id: 'training-8'})) RETURN [n IN nodes(p) | n.id] AS ids, length(p) AS hops
CALL db.index.fulltext.queryNodes('training_names', 'training~') YIELD node, score RETURN node.id AS id, score ORDER BY score DESC LIMIT 5
MATCH (a:Training) RETURN a.id AS id, [(a)-[:NEXT]->(b) | b.id] AS next, COUNT { (a)--() } AS degree, EXISTS { (a)<-[:NEXT]-() } AS hasPrevious ORDER BY id LIMIT 20
MERGE (x:Training {id: 'training-3'}) ON CREATE SET x.created = datetime() ON MATCH SET x.seen = timestamp(), x += {note: 'x'} RETURN x
MATCH (a:Training)-[r:NEXT]->(b) WITH a.year AS year, count(*) AS links, collect(DISTINCT b.name)[..3] AS names RETURN year, links, names ORDER BY year
EXPLAIN MATCH (a:Training)-[:NEXT]->(b) WHERE a.id IN ['training-1', 'training-2'] RETURN b
SHOW INDEXES YIELD name, state RETURN name, state
MATCH (t:Training) DETACH DELETE t
DROP INDEX training_names IF EXISTS
DROP CONSTRAINT training_id IF EXISTS
