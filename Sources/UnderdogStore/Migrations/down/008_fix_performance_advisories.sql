-- down: 008_fix_performance_advisories.sql
-- loses: nothing
--
-- Drops the six foreign-key indexes created here (run 010's down first: 010 reuses four of them). The
-- advisor checks in 008 changed nothing and need no undoing.

DROP INDEX IF EXISTS public.idx_audit_log_user;
DROP INDEX IF EXISTS public.idx_curriculum_progress_module_id;
DROP INDEX IF EXISTS public.idx_call_uploads_user_id;
DROP INDEX IF EXISTS public.idx_session_scores_session_id;
DROP INDEX IF EXISTS public.idx_roleplay_sessions_user_id;
DROP INDEX IF EXISTS public.idx_users_org_id;
