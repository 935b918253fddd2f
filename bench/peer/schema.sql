-- What PostGraphile needs to answer the viewport query as Flaskhals does, in its fair form
-- (shared/STACK.md item 15): the bbox filter as a LANGUAGE sql STABLE function returning setof the
-- table (PostgreSQL inlines it, so the GiST index is used), ordered inside the function. The summed
-- impact and organization count come from the app's precomputed object_totals table through the
-- relation PostGraphile derives from its foreign key (objectTotalByObjectId), as a PostGraphile user
-- would read them; earlier versions of the app had no such table and the peer summed the reports in
-- computed columns (dropped below). Applied by bench/run.cjs to the benchmark database only; the
-- app's migrations do not know these functions.
CREATE OR REPLACE FUNCTION bench_viewport(arena uuid, min_lng float8, min_lat float8, max_lng float8, max_lat float8,
                                          kinds varchar[], statuses varchar[])
RETURNS SETOF infrastructure_object LANGUAGE sql STABLE AS $$
  SELECT o.* FROM infrastructure_object o
   WHERE o.arena_id = arena
     AND o.bbox && box(point(max_lng, max_lat), point(min_lng, min_lat))
     AND o.kind = ANY(kinds) AND o.status = ANY(statuses)
   ORDER BY o.name, o.id
$$;

DROP FUNCTION IF EXISTS infrastructure_object_total_delay_hours_per_week(infrastructure_object);
DROP FUNCTION IF EXISTS infrastructure_object_total_extra_cost_sek_per_year(infrastructure_object);
DROP FUNCTION IF EXISTS infrastructure_object_total_freight_tonnes_per_year(infrastructure_object);
DROP FUNCTION IF EXISTS infrastructure_object_organization_count(infrastructure_object);
