-- What PostGraphile needs to answer the viewport query as Flaskhals does, in its fair form
-- (shared/STACK.md item 15): the bbox filter as a LANGUAGE sql STABLE function returning setof the
-- table (PostgreSQL inlines it, so the GiST index is used), ordered inside the function, and the
-- summed impact and organization count as scalar computed columns (one subquery each per row;
-- a composite-returning one would cost PostGraphile a second query). Applied by bench/run.cjs to
-- the benchmark database only; the app's migrations do not know these functions.
CREATE OR REPLACE FUNCTION bench_viewport(arena uuid, min_lng float8, min_lat float8, max_lng float8, max_lat float8,
                                          kinds varchar[], statuses varchar[])
RETURNS SETOF infrastructure_object LANGUAGE sql STABLE AS $$
  SELECT o.* FROM infrastructure_object o
   WHERE o.arena_id = arena
     AND o.bbox && box(point(max_lng, max_lat), point(min_lng, min_lat))
     AND o.kind = ANY(kinds) AND o.status = ANY(statuses)
   ORDER BY o.name, o.id
$$;

CREATE OR REPLACE FUNCTION infrastructure_object_total_delay_hours_per_week(o infrastructure_object)
RETURNS float8 LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT sum(delay_hours_per_week) FROM report WHERE object_id = o.id), 0)
       + coalesce((SELECT sum(delay_hours_per_week) FROM support WHERE object_id = o.id), 0)
$$;

CREATE OR REPLACE FUNCTION infrastructure_object_total_extra_cost_sek_per_year(o infrastructure_object)
RETURNS float8 LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT sum(extra_cost_sek_per_year) FROM report WHERE object_id = o.id), 0)
       + coalesce((SELECT sum(extra_cost_sek_per_year) FROM support WHERE object_id = o.id), 0)
$$;

CREATE OR REPLACE FUNCTION infrastructure_object_total_freight_tonnes_per_year(o infrastructure_object)
RETURNS float8 LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT sum(freight_tonnes_per_year) FROM report WHERE object_id = o.id), 0)
       + coalesce((SELECT sum(freight_tonnes_per_year) FROM support WHERE object_id = o.id), 0)
$$;

CREATE OR REPLACE FUNCTION infrastructure_object_organization_count(o infrastructure_object)
RETURNS int LANGUAGE sql STABLE AS $$
  SELECT count(DISTINCT organization_id)::int FROM (
    SELECT organization_id FROM report WHERE object_id = o.id
    UNION ALL
    SELECT organization_id FROM support WHERE object_id = o.id
  ) c
$$;
