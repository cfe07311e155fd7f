-- The value matrix of value-matrix.md computed in SQL (DuckDB) from two things only: an export of
-- the stored events (table events, one row per line of GET /events/export) and the organisation's
-- definition (teams, team_groups, person_groups, admins, containers, container_groups) plus the
-- question asked (params). Written from the guide, not from the Java code. Where the guide leaves a
-- choice open, the comment says which reading the product took and this file follows.
-- This file prepares what depends on the export and the organisation only; matrix-oracle.sql
-- answers one question (period, viewer) from it. Statements are separated by a line holding only ";".

-- Every exported event, with its day in the organisation's zone and its tie (the unordered pair).
CREATE TABLE ev AS
SELECT e.id, e.sourceId AS source_id, e.actor, e.verb, e.object.type AS otype, e.object.url AS url, e.container."key" AS container,
  e.container.product AS product, e.counterpart, e.classification.scope AS scope,
  e.classification.novelty AS novelty, e.classification.actorTeam AS ateam,
  e.classification.counterpartTeam AS cteam,
  epoch_ms(CAST(e.occurredAt AS TIMESTAMPTZ)) AS ms,
  CAST(timezone(p.zone, CAST(e.occurredAt AS TIMESTAMPTZ)) AS DATE) AS day,
  -- "Interaction: an event with a counterpart who is not the actor."
  (e.counterpart IS NOT NULL AND e.counterpart <> e.actor) AS interaction,
  least(e.actor, e.counterpart) || chr(10) || greatest(e.actor, e.counterpart) AS tie
FROM events e, organisation p
;
-- Teams of each person now: the people of a team's host groups.
CREATE TABLE person_team AS
SELECT DISTINCT pg.person, t."key" AS team, t.kind, t.ord
FROM person_groups pg JOIN team_groups tg ON tg.grp = pg.grp JOIN teams t ON t."key" = tg.team
;
-- Units: the organisation (key '') and every team, with their members now. The organisation's
-- members are the people of its internal teams (the product's reading: customers and partners are
-- not the organisation's people).
CREATE TABLE units AS
SELECT '' AS unit, NULL AS name, NULL AS kind, -1 AS ord,
  (SELECT count(DISTINCT person) FROM person_team WHERE kind = 'internal') AS members
UNION ALL
SELECT t."key", t.name, t.kind, t.ord, (SELECT count(DISTINCT person) FROM person_team m WHERE m.team = t."key")
FROM teams t
;
-- Work items: a page, blog post or issue, with its comments (a comment's address is its item's
-- with the comment singled out). Created by its earliest creation event; equal instants are
-- ordered by author, container, type and team (the product's choice, the guide has none).
CREATE TABLE item_ev AS
SELECT *, product || ' ' || regexp_replace(regexp_replace(url, '#.*$', ''), '[?]focusedCommentId=[^&]*$', '') AS item
FROM ev WHERE otype IN ('page', 'blogpost', 'issue', 'comment')
;
CREATE TABLE items AS
WITH created AS (
  SELECT * FROM (
    SELECT item, ms AS created_ms, day AS created_day, actor AS author, ateam AS author_team, container, otype,
      row_number() OVER (PARTITION BY item ORDER BY ms, actor, container, otype, ateam NULLS FIRST) AS rn
    FROM item_ev WHERE verb = 'created' AND otype IN ('page', 'blogpost', 'issue'))
  WHERE rn = 1)
SELECT c.*,
  -- Time to first response: the first comment, reply or transition (a resolution is one) by someone
  -- other than the author, wherever it was made.
  (SELECT min(ms) FROM item_ev e WHERE e.item = c.item
     AND e.verb IN ('commented', 'replied', 'transitioned', 'resolved') AND e.actor <> c.author) AS response_ms,
  (SELECT min(ms) FROM item_ev e WHERE e.item = c.item AND e.verb = 'resolved') AS resolved_ms,
  (SELECT arg_min(day, ms) FROM item_ev e WHERE e.item = c.item AND e.verb = 'resolved') AS resolved_day,
  -- Work that involved another team: an across or external interaction on the item.
  (SELECT min(ms) FROM item_ev e WHERE e.item = c.item AND e.interaction AND e.scope IN ('across', 'external')) AS crossed_ms
FROM created c
;
-- What the classification stored with each event should be ("Classifying an interaction"), from
-- the organisation's definition (memberships do not change here): home team = the first of a
-- person's teams in the administrators' order, or none; an interaction's counterpart in no team
-- falls back to the container's owning team (the guide gives the fallback for the counterpart
-- only: an actor in no team has no home team, whether or not the event is an interaction); scope
-- external when either side is in a customer or partner team, within when both share their home
-- team (or neither has one: no silo was crossed, the product's reading), across otherwise (a side
-- in no team is outside the other side's silo). Novelty: new when the tie's previous interaction in
-- occurrence order (source id between equal instants, the product's order) is missing or more
-- than the baseline window (90 days here) before it.
CREATE TABLE expected_classification AS
WITH home AS (
  SELECT person, arg_min(team, ord) AS team, bool_or(kind IN ('customer', 'partner')) AS outsider
  FROM person_team GROUP BY person),
sided AS (
  SELECT e.id, e.ms, e.source_id, e.tie, e.interaction,
    ha.team AS a_team, coalesce(ha.outsider, false) AS a_out,
    CASE WHEN hc.person IS NOT NULL THEN hc.team ELSE o."key" END AS c_team,
    CASE WHEN hc.person IS NOT NULL THEN hc.outsider ELSE coalesce(o.kind IN ('customer', 'partner'), false) END AS c_out
  FROM ev e
  LEFT JOIN home ha ON ha.person = e.actor
  LEFT JOIN home hc ON hc.person = e.counterpart
  LEFT JOIN containers ct ON ct."key" = e.container
  LEFT JOIN teams o ON o."key" = ct.owner),
previous AS (
  SELECT id, lag(ms) OVER (PARTITION BY tie ORDER BY ms, source_id) AS previous_ms FROM ev WHERE interaction)
SELECT s.id, s.a_team AS ateam,
  CASE WHEN s.interaction THEN s.c_team END AS cteam,
  CASE WHEN NOT s.interaction THEN NULL
       WHEN s.a_out OR s.c_out THEN 'external'
       WHEN s.a_team IS NULL AND s.c_team IS NULL THEN 'within'
       WHEN s.a_team = s.c_team THEN 'within'
       ELSE 'across' END AS scope,
  CASE WHEN NOT s.interaction THEN NULL
       WHEN p.previous_ms IS NULL OR p.previous_ms < s.ms - CAST(90 AS BIGINT) * 86400000 THEN 'new'
       ELSE 'existing' END AS novelty
FROM sided s LEFT JOIN previous p USING (id)
