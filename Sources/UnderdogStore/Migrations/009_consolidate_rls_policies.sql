-- 009_consolidate_rls_policies.sql
--
-- Supabase's performance advisor ("multiple_permissive_policies"): when several permissive policies cover
-- the same table, role and command, PostgreSQL evaluates every one of them for every row and ORs the
-- results. One permissive policy per table/role/command is both faster and easier to audit.
--
-- The only such pair left is the seed's two SELECT policies on users, both for authenticated. The seed's
-- names are kept:
--  * "Users can view their own data" becomes the one permissive SELECT policy: your own row, and, for an
--    admin, the rows of their own org's members.
--  * "Admins can view org users" becomes RESTRICTIVE (ANDed with every permissive policy): whatever
--    permissive policy exists now or is added later, a user row is visible only if it is your own or belongs
--    to your org. It is the tenant fence that makes "org users" the upper bound of what anyone can see, and
--    restrictive policies are not counted by the advisor.
-- All other tables already have one permissive policy per role and command (001–005); the check at the end
-- keeps it so.

DROP POLICY "Users can view their own data" ON public.users;
DROP POLICY "Admins can view org users" ON public.users;

CREATE POLICY "Users can view their own data" ON public.users
    AS PERMISSIVE FOR SELECT TO authenticated
    USING (
        id = (SELECT auth.uid())
        OR ((SELECT public.is_org_admin()) AND org_id = (SELECT public.current_org_id()))
    );

CREATE POLICY "Admins can view org users" ON public.users
    AS RESTRICTIVE FOR SELECT TO authenticated
    USING (
        id = (SELECT auth.uid())
        OR org_id = (SELECT public.current_org_id())
    );

DO $$
DECLARE
    v_dupes text;
BEGIN
    -- A policy FOR ALL counts for each of SELECT, INSERT, UPDATE and DELETE.
    WITH expanded AS (
        SELECT pol.schemaname, pol.tablename, r.role, c.cmd, pol.policyname
        FROM pg_catalog.pg_policies pol
        CROSS JOIN LATERAL unnest(pol.roles) AS r(role)
        CROSS JOIN LATERAL unnest(CASE WHEN pol.cmd = 'ALL' THEN ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']
                                       ELSE ARRAY[pol.cmd] END) AS c(cmd)
        WHERE pol.permissive = 'PERMISSIVE' AND pol.schemaname IN ('public', 'app')
    )
    SELECT string_agg(format('%s.%s %s %s (%s)', schemaname, tablename, role, cmd, names), '; ') INTO v_dupes
    FROM (SELECT schemaname, tablename, role, cmd, string_agg(policyname, ', ') AS names
          FROM expanded GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d;
    IF v_dupes IS NOT NULL THEN
        RAISE EXCEPTION 'more than one permissive policy per table/role/command: %', v_dupes;
    END IF;
END
$$;
