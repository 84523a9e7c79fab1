-- 008_fix_performance_advisories.sql
--
-- Supabase's performance advisor:
--  * "auth_rls_initplan": a policy that calls auth.uid() (or a helper) bare re-evaluates it for every row;
--    wrapped as `(select auth.uid())` it becomes an init plan evaluated once per statement. Every policy
--    of ours is written that way from the start (001–005); the check at the end of this file keeps it so.
--  * "unindexed_foreign_keys": without an index on the referencing column, a delete or key update of the
--    parent scans the whole child table (and cascades get slow), and joins from parent to child do too.
--    Indexes that the seed names in 010 are created here under those same names, so 010 finds them.
--    curriculum_progress.user_id and storage.objects.bucket_id are already the leading column of a unique
--    constraint; the check below counts those.

CREATE INDEX IF NOT EXISTS idx_users_org_id                   ON public.users (org_id);
CREATE INDEX IF NOT EXISTS idx_roleplay_sessions_user_id      ON public.roleplay_sessions (user_id);
CREATE INDEX IF NOT EXISTS idx_session_scores_session_id      ON public.session_scores (session_id);
CREATE INDEX IF NOT EXISTS idx_call_uploads_user_id           ON public.call_uploads (user_id);
CREATE INDEX IF NOT EXISTS idx_curriculum_progress_module_id  ON public.curriculum_progress (module_id);
CREATE INDEX IF NOT EXISTS idx_audit_log_user                 ON public.audit_log (user_id);

DO $$
DECLARE
    v_missing text;
    v_bare    text;
BEGIN
    -- Every foreign key in public and app has an index whose leading columns are the key's columns.
    SELECT string_agg(c.conrelid::regclass::text || '.' || c.conname, ', ') INTO v_missing
    FROM pg_catalog.pg_constraint c
    JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
    WHERE c.contype = 'f' AND n.nspname IN ('public', 'app')
      AND NOT EXISTS (
          SELECT 1 FROM pg_catalog.pg_index i
          WHERE i.indrelid = c.conrelid
            AND (pg_catalog.string_to_array(i.indkey::text, ' ')::int2[])[1:pg_catalog.cardinality(c.conkey)]
                    OPERATOR(pg_catalog.@>) c.conkey
            AND (pg_catalog.string_to_array(i.indkey::text, ' ')::int2[])[1:pg_catalog.cardinality(c.conkey)]
                    OPERATOR(pg_catalog.<@) c.conkey);
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'foreign keys without a covering index: %', v_missing;
    END IF;

    -- No policy calls auth.uid()/auth.jwt()/auth.role() or the tenant helpers outside a `(select …)`.
    SELECT string_agg(pol.tablename || ': ' || pol.policyname, ', ') INTO v_bare
    FROM pg_catalog.pg_policies pol
    -- (storage: only our three bucket policies; a Supabase project may carry others that are not ours to judge)
    WHERE (pol.schemaname IN ('public', 'app')
           OR (pol.schemaname = 'storage' AND pol.policyname IN ('Users can upload their own recordings',
               'Users can read their own recordings', 'Users can delete their own recordings')))
      AND pg_catalog.regexp_replace(coalesce(pol.qual, '') || ' ' || coalesce(pol.with_check, ''),
                                    'SELECT (auth\.|public\.)?(uid|jwt|role|is_org_admin|current_org_id)\(\)', '', 'g')
          ~ '(uid|jwt|role|is_org_admin|current_org_id)\(\)';
    IF v_bare IS NOT NULL THEN
        RAISE EXCEPTION 'policies that evaluate auth functions per row: %', v_bare;
    END IF;
END
$$;
