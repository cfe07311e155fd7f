-- The value matrix of value-matrix.md computed in SQL (DuckDB) from two things only: an export of
-- the stored events (table events, one row per line of GET /events/export) and the organisation's
-- definition (teams, team_groups, person_groups, admins, containers, container_groups) plus the
-- question asked (params). Written from the guide, not from the Java code. Where the guide leaves a
-- choice open, the comment says which reading the product took and this file follows.
-- Statements are separated by a line holding only ";".

-- The period asked for, snapped to its start in the organisation's zone; "end" is exclusive.
CREATE TEMP TABLE period AS
WITH p AS (
  SELECT *,
    CASE kind
      WHEN 'week' THEN from_date - CAST((isodow(from_date) - first_dow + 7) % 7 AS INTEGER)
      WHEN 'month' THEN CAST(date_trunc('month', from_date) AS DATE)
      WHEN 'quarter' THEN CAST(date_trunc('quarter', from_date) AS DATE)
      ELSE from_date END AS first
  FROM params),
q AS (
  SELECT *,
    CASE kind
      WHEN 'week' THEN first + 7
      WHEN 'month' THEN CAST(first + INTERVAL 1 MONTH AS DATE)
      WHEN 'quarter' THEN CAST(first + INTERVAL 3 MONTH AS DATE)
      ELSE to_date + 1 END AS "end",
    CASE kind
      WHEN 'week' THEN first - 7
      WHEN 'month' THEN CAST(first - INTERVAL 1 MONTH AS DATE)
      WHEN 'quarter' THEN CAST(first - INTERVAL 3 MONTH AS DATE)
      ELSE first - CAST(to_date + 1 - from_date AS INTEGER) END AS prev_first
  FROM p),
-- The product's reading of a running period (the issue says nothing): it counts the days so far,
-- and compares them with as many first days of the previous period.
r AS (
  SELECT *, CASE WHEN "end" - 1 > today AND first <= today THEN today + 1 ELSE "end" END AS counted_end
  FROM q)
SELECT *, CAST(counted_end - first AS INTEGER) AS counted_days,
  CASE WHEN counted_end - first >= first - prev_first THEN first
       ELSE prev_first + CAST(counted_end - first AS INTEGER) END AS prev_end
FROM r
;
-- Administrators and the optional viewer group see everything.
CREATE TEMP TABLE viewer AS
SELECT p.viewer,
  (EXISTS (SELECT 1 FROM admins a WHERE a.person = p.viewer)
   OR EXISTS (SELECT 1 FROM person_groups g WHERE g.person = p.viewer AND g.grp = p.viewer_group)) AS everything,
  EXISTS (SELECT 1 FROM person_team m WHERE m.person = p.viewer AND m.kind IN ('customer', 'partner')) AS outsider
FROM params p
;
-- "Numbers only from containers they may view in the stream."
CREATE TEMP TABLE readable AS
SELECT DISTINCT c.container FROM (SELECT container FROM ev UNION SELECT "key" FROM containers) c, viewer v
WHERE v.everything OR c.container IN (
  SELECT cg.container FROM container_groups cg JOIN person_groups pg ON pg.grp = cg.grp WHERE pg.person = v.viewer)
;
CREATE TEMP TABLE vev AS
SELECT * FROM ev WHERE container IN (SELECT container FROM readable)
;
-- Which units this viewer is shown: everything for administrators and the viewer group; otherwise
-- the organisation and the viewer's own internal teams of at least the minimum size.
CREATE TEMP TABLE shown AS
SELECT u.* FROM units u, viewer v, params p
WHERE u.unit = '' OR v.everything
   OR (u.kind = 'internal' AND u.members >= p.min_team_size
       AND u.unit IN (SELECT team FROM person_team WHERE person = v.viewer))
;
-- Each interaction for the units it counts for: the organisation once, the actor's home team, and
-- for an across interaction also the counterpart's team. Home teams are those stored with the
-- event at ingest (the guide: classification happens once, at ingest).
CREATE TEMP TABLE sides AS
SELECT '' AS unit, * FROM vev WHERE interaction
UNION ALL SELECT ateam AS unit, * FROM vev WHERE interaction AND ateam IS NOT NULL
UNION ALL SELECT cteam AS unit, * FROM vev
  WHERE interaction AND scope = 'across' AND cteam IS NOT NULL AND cteam IS DISTINCT FROM ateam
;
-- The six cells, in the counted period (now) and in the previous period's compared days (before):
-- interactions, distinct ties, distinct people (on either side).
CREATE TEMP TABLE cells AS
WITH ranges AS (
  SELECT 'now' AS which, first AS f, counted_end AS t FROM period
  UNION ALL SELECT 'before', prev_first, prev_end FROM period),
rows AS (
  SELECT r.which, s.* FROM sides s JOIN ranges r ON s.day >= r.f AND s.day < r.t),
people AS (
  SELECT which, unit, scope, novelty, count(DISTINCT person) AS people FROM (
    SELECT which, unit, scope, novelty, actor AS person FROM rows
    UNION ALL SELECT which, unit, scope, novelty, counterpart FROM rows)
  GROUP BY ALL)
SELECT c.which, c.unit, c.scope, c.novelty, c.interactions, c.ties, p.people
FROM (SELECT which, unit, scope, novelty, count(*) AS interactions, count(DISTINCT tie) AS ties FROM rows GROUP BY ALL) c
JOIN people p USING (which, unit, scope, novelty)
;
-- Events of the counted period in readable containers.
CREATE TEMP TABLE now_ev AS
SELECT vev.* FROM vev, period WHERE vev.day >= period.first AND vev.day < period.counted_end
;
-- Participation and contribution: active members (at least one event) and members who commented,
-- replied or edited others' content, over the members counted in units. The guide does not say
-- whose "active members" they are; the product's reading: a person counts for the home team stored
-- with their event at ingest (for the organisation, when that team is internal), so someone in two
-- teams is active only for their home team, while being a member of both. A person in no team has
-- no home team (the owning-team fallback is the counterpart's only), so they are active for no
-- team and not for the organisation, whose members they are not either.
CREATE TEMP TABLE activity AS
SELECT unit, count(DISTINCT actor) AS active,
  count(DISTINCT actor) FILTER (WHERE verb IN ('commented', 'replied') OR (verb = 'updated' AND interaction)) AS contributors
FROM (
  SELECT ateam AS unit, * FROM now_ev WHERE ateam IS NOT NULL
  UNION ALL SELECT '' AS unit, * FROM now_ev WHERE ateam IN (SELECT "key" FROM teams WHERE kind = 'internal'))
GROUP BY unit
;
-- E-I index: IL = distinct ties between two members, EL = distinct ties between a member and a
-- non-member, membership being the home team stored with each interaction. For the organisation
-- (the guide names no "member" there; the product's reading): IL = ties inside one team, EL = ties
-- between two teams or between a team's member and someone in no team.
CREATE TEMP TABLE ei AS
SELECT unit, count(DISTINCT tie) FILTER (WHERE internal) AS il, count(DISTINCT tie) FILTER (WHERE NOT internal) AS el
FROM (
  SELECT ateam AS unit, tie, coalesce(cteam = ateam, false) AS internal FROM now_ev WHERE interaction AND ateam IS NOT NULL
  UNION ALL SELECT cteam, tie, coalesce(ateam = cteam, false) FROM now_ev WHERE interaction AND cteam IS NOT NULL
  UNION ALL SELECT '', tie, coalesce(ateam = cteam, false) FROM now_ev
    WHERE interaction AND (ateam IS NOT NULL OR cteam IS NOT NULL))
GROUP BY unit
;
-- Cross-team reach: other teams with at least 2 interactions with the team in the last 28 days,
-- the 28 days that end with the counted period (the product's reading of "last"). For the
-- organisation: pairs of teams with at least 2 interactions between them.
CREATE TEMP TABLE reach AS
WITH pairs AS (
  SELECT ateam, cteam FROM vev, period
  WHERE interaction AND day >= period.counted_end - 28 AND day < period.counted_end
    AND ateam IS NOT NULL AND cteam IS NOT NULL AND ateam <> cteam),
links AS (
  SELECT ateam AS unit, cteam AS other FROM pairs
  UNION ALL SELECT cteam, ateam FROM pairs
  UNION ALL SELECT '', least(ateam, cteam) || chr(10) || greatest(ateam, cteam) FROM pairs)
SELECT unit, count(*) AS reach FROM (SELECT unit, other FROM links GROUP BY ALL HAVING count(*) >= 2) GROUP BY unit
;
-- Stage 3's customer-facing activity: an interaction by a customer or partner member in a
-- container the team owns. The guide's "viewable by a customer or partner team's group" is read as
-- the product reads it: the customer's interaction there is the evidence (a host cannot be asked
-- which groups may view a container). The organisation: in a container owned by an internal team.
CREATE TEMP TABLE facing AS
WITH hits AS (
  SELECT c.owner FROM now_ev e
  JOIN containers c ON c."key" = e.container
  JOIN teams o ON o."key" = c.owner AND o.kind = 'internal'
  JOIN teams a ON a."key" = e.ateam AND a.kind IN ('customer', 'partner')
  WHERE e.interaction)
SELECT DISTINCT owner AS unit FROM hits UNION SELECT '' FROM hits
;
-- Durations in whole seconds (the generated events are on whole seconds), as hours; a response
-- stamped before the creation (clocks differ) counts as immediate. "Before it was answered /
-- resolved" is strictly before.
CREATE TEMP TABLE samples AS
-- An item counts by the container it was created in (the product's reading).
WITH readable_items AS (SELECT * FROM items WHERE container IN (SELECT container FROM readable)),
s AS (
  SELECT 'timeToFirstResponse' AS metric, author_team, greatest(0, response_ms - created_ms) AS dur,
    coalesce(crossed_ms < response_ms, false) AS crossed
  FROM readable_items, period
  WHERE response_ms IS NOT NULL AND created_day >= period.first AND created_day < period.counted_end
  UNION ALL
  -- Cycle time: created to resolved for issues resolved in the period.
  SELECT 'cycleTime', author_team, greatest(0, resolved_ms - created_ms), coalesce(crossed_ms < resolved_ms, false)
  FROM readable_items, period
  WHERE otype = 'issue' AND resolved_ms IS NOT NULL AND resolved_day >= period.first AND resolved_day < period.counted_end),
by_unit AS (
  SELECT '' AS unit, * FROM s UNION ALL SELECT author_team, * FROM s WHERE author_team IS NOT NULL),
split AS (
  SELECT unit, metric, 'all' AS part, dur FROM by_unit
  UNION ALL SELECT unit, metric, CASE WHEN crossed THEN 'crossedBoundary' ELSE 'withinTeam' END, dur FROM by_unit),
ranked AS (
  SELECT unit, metric, part, CAST(dur // 1000 AS DOUBLE) / CAST(3600 AS DOUBLE) AS hours,
    row_number() OVER (PARTITION BY unit, metric, part ORDER BY dur) AS rn,
    count(*) OVER (PARTITION BY unit, metric, part) AS n
  FROM split)
-- The median: the middle value of an odd count, the mean of the two middle ones of an even count.
SELECT unit, metric, part, n AS items,
  CASE WHEN n % 2 = 1 THEN max(hours) FILTER (WHERE rn = (n + 1) // 2)
       ELSE (max(hours) FILTER (WHERE rn = n // 2) + max(hours) FILTER (WHERE rn = n // 2 + 1)) / 2 END AS median
FROM ranked GROUP BY unit, metric, part, n
;
-- Every figure of each unit, the metrics, and each stage criterion with whether it holds, decided
-- on exact decimals (a value exactly at its threshold meets it).
CREATE TEMP TABLE figures AS
WITH sums AS (
  SELECT unit, sum(interactions) AS all_n,
    sum(interactions) FILTER (WHERE scope = 'within') AS within_n,
    sum(interactions) FILTER (WHERE scope = 'external') AS ext_n,
    -- New cross-silo ties: the distinct ties of the across / new cell.
    sum(ties) FILTER (WHERE scope = 'across' AND novelty = 'new') AS new_ties
  FROM cells WHERE which = 'now' GROUP BY unit),
base AS (
  SELECT u.unit, u.members, p.counted_days AS days,
    coalesce(a.active, 0) AS active, coalesce(a.contributors, 0) AS contributors,
    coalesce(e.il, 0) AS il, coalesce(e.el, 0) AS el, coalesce(r.reach, 0) AS reach,
    coalesce(c.all_n, 0) AS all_n, coalesce(c.within_n, 0) AS within_n, coalesce(c.ext_n, 0) AS ext_n,
    coalesce(c.new_ties, 0) AS new_ties,
    (u.unit IN (SELECT unit FROM facing)) AS facing
  FROM units u CROSS JOIN period p
  LEFT JOIN activity a ON a.unit = u.unit LEFT JOIN ei e ON e.unit = u.unit LEFT JOIN reach r ON r.unit = u.unit
  LEFT JOIN sums c ON c.unit = u.unit),
m AS (
  SELECT b.*, t.*,
    CASE WHEN members > 0 THEN CAST(active AS DOUBLE) / members END AS participation,
    CASE WHEN members > 0 THEN CAST(contributors AS DOUBLE) / members END AS contribution_rate,
    CASE WHEN el + il > 0 THEN CAST(el - il AS DOUBLE) / (el + il) END AS ei_index,
    CASE WHEN all_n > 0 THEN CAST(ext_n AS DOUBLE) / all_n END AS external_share,
    CASE WHEN active > 0 AND days > 0 THEN CAST(within_n AS DOUBLE) / active / (CAST(days AS DOUBLE) / 7) END AS within_per_week,
    CASE WHEN members > 0 THEN CAST(new_ties AS DOUBLE) / members END AS ties_per_member
  FROM base b, thresholds t)
SELECT *,
  -- Stage 1: participation >= t, and within-silo interactions per active member per week >= t
  -- (a week being 7 of the period's days).
  (members > 0 AND active >= t_participation * members) AS met_participation,
  (active > 0 AND days > 0 AND 7 * within_n >= t_within * active * days) AS met_within,
  -- Stage 2: E-I >= t, reach >= t, new cross-silo ties per member >= t.
  (el + il > 0 AND el - il >= t_ei * (el + il)) AS met_ei,
  (reach >= t_reach) AS met_reach,
  (members > 0 AND new_ties >= t_ties * members) AS met_ties,
  -- Stage 3: external share >= t, and customer-facing activity.
  (all_n > 0 AND ext_n >= t_external * all_n) AS met_external,
  facing AS met_facing
FROM m
;
-- The shown units, the organisation first, then the teams in the administrators' order. A unit's
-- stage is the highest whose criteria all hold, each stage requiring those below it.
SELECT f.*, s.name, s.kind, s.ord,
  CASE WHEN NOT (met_participation AND met_within) THEN 0
       WHEN NOT (met_ei AND met_reach AND met_ties) THEN 1
       WHEN NOT (met_external AND met_facing) THEN 2
       ELSE 3 END AS stage
FROM figures f JOIN shown s USING (unit)
ORDER BY s.ord
