-- 023_supabase_sessions.sql
--
-- On a Supabase deployment reps sign in through Supabase Auth, and the server accepts its access tokens. Such a
-- token's session_id names a row of auth.sessions, which Supabase deletes at sign-out (and which ends at
-- not_after), not one of our refresh-token families. app.session_is_live (018) now takes either as live, with
-- the same other conditions: the member exists and has not been removed. Revoked access still ends on the
-- next request. Where there is no auth.sessions (plain PostgreSQL) only our own sessions exist.

-- Dynamic SQL because auth.sessions exists only on Supabase; the statement itself is fixed.
CREATE FUNCTION app.supabase_session_is_live(p_user uuid, p_session uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_live boolean;
BEGIN
    IF pg_catalog.to_regclass('auth.sessions') IS NULL THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM auth.sessions s WHERE s.id = $1 AND s.user_id = $2
                            AND (s.not_after IS NULL OR s.not_after > pg_catalog.now()))'
        INTO v_live USING p_session, p_user;
    RETURN v_live;
END
$$;
REVOKE ALL ON FUNCTION app.supabase_session_is_live(uuid, uuid) FROM PUBLIC, anon, authenticated;

CREATE OR REPLACE FUNCTION app.session_is_live(p_user uuid, p_session uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT p_session IS NULL OR (
        (EXISTS (SELECT 1 FROM app.refresh_tokens t
                  WHERE t.family_id = p_session AND t.user_id = p_user
                    AND t.revoked_at IS NULL AND t.rotated_at IS NULL AND t.expires_at > now())
         OR app.supabase_session_is_live(p_user, p_session))
        AND EXISTS (SELECT 1 FROM public.users u WHERE u.id = p_user)
        AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = p_user))
$$;
