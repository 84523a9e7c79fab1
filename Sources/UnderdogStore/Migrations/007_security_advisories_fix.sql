-- 007_security_advisories_fix.sql
--
-- Supabase's security advisor ("function_search_path_mutable"): a function without a fixed search_path
-- resolves names through the caller's search_path, so a caller who can create objects (a temp table, a
-- function in a schema listed first) can make a SECURITY DEFINER function use theirs. Every function of ours
-- already states its search_path where it is created; this migration re-asserts it (idempotent, and it
-- repairs a database that got these functions from an older revision) and then refuses to finish if any
-- function in public or app still lacks one.
--  * '' (nothing implicit but pg_catalog): functions that name every object with its schema.
--  * public, extensions, pg_temp: the two match_* functions, whose vector operators (<=>) come from the
--    pgvector extension, installed in public here and in `extensions` on Supabase; pg_temp last so a
--    temporary object can never shadow them.

ALTER FUNCTION public.current_org_id()                    SET search_path = '';
ALTER FUNCTION public.is_org_admin()                      SET search_path = '';
ALTER FUNCTION public.protect_user_identity_columns()     SET search_path = '';
ALTER FUNCTION public.update_knowledge_base_updated_at()  SET search_path = '';
ALTER FUNCTION public.audit_trigger_func()                SET search_path = '';
ALTER FUNCTION public.soft_delete()                       SET search_path = '';
ALTER FUNCTION public.handle_new_user()                   SET search_path = '';
ALTER FUNCTION app.enforce_bucket_limits()                SET search_path = '';
ALTER FUNCTION public.match_objections(vector, float, int)        SET search_path = public, extensions, pg_temp;
ALTER FUNCTION public.match_knowledge(vector, float, int, text)   SET search_path = public, extensions, pg_temp;

DO $$
DECLARE
    v_missing text;
BEGIN
    SELECT string_agg(p.oid::regprocedure::text, ', ') INTO v_missing
    FROM pg_catalog.pg_proc p
    JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname IN ('public', 'app')
      -- pgvector's own functions (installed in public here) are the extension's business, not ours.
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      AND NOT EXISTS (SELECT 1 FROM unnest(coalesce(p.proconfig, '{}')) c WHERE c LIKE 'search_path=%');
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'functions without a fixed search_path: %', v_missing;
    END IF;
END
$$;
