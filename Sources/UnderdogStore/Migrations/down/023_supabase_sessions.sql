-- down: 023_supabase_sessions.sql
-- loses: nothing
--
-- Puts back 018's app.session_is_live (only the server's own sessions are live) and drops the Supabase check:
-- Supabase Auth's tokens stop working at once.

CREATE OR REPLACE FUNCTION app.session_is_live(p_user uuid, p_session uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT p_session IS NULL OR (
        EXISTS (SELECT 1 FROM app.refresh_tokens t
                 WHERE t.family_id = p_session AND t.user_id = p_user
                   AND t.revoked_at IS NULL AND t.rotated_at IS NULL AND t.expires_at > now())
        AND EXISTS (SELECT 1 FROM public.users u WHERE u.id = p_user)
        AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = p_user))
$$;

DROP FUNCTION IF EXISTS app.supabase_session_is_live(uuid, uuid);
