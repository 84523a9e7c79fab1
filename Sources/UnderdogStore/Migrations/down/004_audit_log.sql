-- down: 004_audit_log.sql
-- loses: public.audit_log
--
-- Removes the audit trail: the four audit triggers, audit_trigger_func(), the audit_log table with its
-- policies, and org_session_ids(). Export the trail first if it must be retained.

DROP TRIGGER IF EXISTS audit_call_uploads ON public.call_uploads;
DROP TRIGGER IF EXISTS audit_session_scores ON public.session_scores;
DROP TRIGGER IF EXISTS audit_roleplay_sessions ON public.roleplay_sessions;
DROP TRIGGER IF EXISTS audit_users ON public.users;
DROP FUNCTION IF EXISTS public.audit_trigger_func();

DROP POLICY IF EXISTS "Service role can insert audit logs" ON public.audit_log;
DROP POLICY IF EXISTS "Admins can view audit logs" ON public.audit_log;
DROP FUNCTION IF EXISTS public.org_session_ids();

DROP TABLE IF EXISTS public.audit_log;
