-- down: 001_initial_schema.sql
-- loses: public.session_events, public.objection_library, public.curriculum_progress, public.curriculum_modules, public.call_uploads, public.session_scores, public.roleplay_sessions, public.users, public.organizations
--
-- Drops every table of the seed's core schema with its policies and grants, the tenant helpers, the
-- identity guard and match_objections(). This is the whole product's data; only 000's roles and schemas
-- (and auth.users, whose rows are not touched) remain.

DROP FUNCTION IF EXISTS public.match_objections(vector, float, int);

-- Children before parents; no CASCADE, so anything else still depending on these tables stops the down.
DROP TABLE IF EXISTS public.session_events;
DROP TABLE IF EXISTS public.objection_library;
DROP TABLE IF EXISTS public.curriculum_progress;
DROP TABLE IF EXISTS public.curriculum_modules;
DROP TABLE IF EXISTS public.call_uploads;
DROP TABLE IF EXISTS public.session_scores;
DROP TABLE IF EXISTS public.roleplay_sessions;
DROP TABLE IF EXISTS public.users;
DROP TABLE IF EXISTS public.organizations;

DROP FUNCTION IF EXISTS public.protect_user_identity_columns();
DROP FUNCTION IF EXISTS public.is_org_admin();
DROP FUNCTION IF EXISTS public.current_org_id();
