-- down: 009_consolidate_rls_policies.sql
-- loses: nothing
--
-- Splits the users SELECT rules back into 001's two permissive policies (own row; admins: their org's
-- rows). Same rows visible either way; only the policy shapes change.

DROP POLICY IF EXISTS "Admins can view org users" ON public.users;
DROP POLICY IF EXISTS "Users can view their own data" ON public.users;

-- 001's policies.
CREATE POLICY "Users can view their own data" ON public.users
    FOR SELECT TO authenticated
    USING (id = (SELECT auth.uid()));

CREATE POLICY "Admins can view org users" ON public.users
    FOR SELECT TO authenticated
    USING ((SELECT public.is_org_admin()) AND org_id = (SELECT public.current_org_id()));
