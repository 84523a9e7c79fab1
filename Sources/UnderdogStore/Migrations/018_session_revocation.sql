-- 018: revocation that takes effect on the next request.
--
-- An access token names its session (`session_id`, the refresh-token family it was issued with, as Supabase's
-- tokens do). Every request's transaction asks `app.session_is_live` in its first statement, so sign-out, a
-- password change, a revoked family, a removal or a role change ends access at once, not when the token
-- expires. The helpers policies call treat a removed member as no member at all, so even SQL that forgot a
-- check cannot act for one.

-- Role changes end the member's sessions too: they sign in again under the new role.
ALTER TABLE app.refresh_tokens DROP CONSTRAINT refresh_tokens_revoked_reason_check;
ALTER TABLE app.refresh_tokens ADD CONSTRAINT refresh_tokens_revoked_reason_check
    CHECK (revoked_reason IN ('sign_out', 'reuse_detected', 'password_changed', 'member_removed', 'role_changed'));

-- Live: the family still has a current (unrotated, unrevoked, unexpired) token of this user, and the user is
-- a member who has not been removed. NULL arguments (no session: anon, service work) answer true.
CREATE FUNCTION app.session_is_live(p_user uuid, p_session uuid) RETURNS boolean
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
REVOKE ALL ON FUNCTION app.session_is_live(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.session_is_live(uuid, uuid) TO anon, authenticated, service_role;

-- The family lookup above runs on every request: an index on exactly what it asks.
CREATE INDEX idx_refresh_tokens_live_family ON app.refresh_tokens (family_id, user_id)
    WHERE revoked_at IS NULL AND rotated_at IS NULL;

-- A removed member is no member: no org, never an admin.
CREATE OR REPLACE FUNCTION public.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT u.org_id FROM public.users u
     WHERE u.id = (SELECT auth.uid())
       AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id)
$$;

CREATE OR REPLACE FUNCTION public.is_org_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT coalesce(
        (SELECT u.role = 'admin' AND u.org_id IS NOT NULL FROM public.users u
          WHERE u.id = (SELECT auth.uid())
            AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id)),
        false)
$$;

-- A member whose role changes signs in again: their tokens were issued for the old role.
CREATE FUNCTION app.revoke_tokens_on_role_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    UPDATE app.refresh_tokens
       SET revoked_at = now(), revoked_reason = 'role_changed'
     WHERE user_id = NEW.id AND revoked_at IS NULL;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.revoke_tokens_on_role_change() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER revoke_tokens_on_role_change
    AFTER UPDATE OF role ON public.users
    FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role)
    EXECUTE FUNCTION app.revoke_tokens_on_role_change();

-- The last active admin of an organisation cannot be removed: the org would have nobody to run it. The
-- org's admins are locked first, so two removals racing cannot both pass the count.
CREATE FUNCTION app.keep_an_admin_on_removal() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    PERFORM 1 FROM public.users WHERE org_id = NEW.org_id AND role = 'admin' FOR UPDATE;
    IF EXISTS (SELECT 1 FROM public.users u WHERE u.id = NEW.id AND u.role = 'admin') AND (
        SELECT count(*) FROM public.users u
         WHERE u.org_id = NEW.org_id AND u.role = 'admin' AND u.id <> NEW.id
           AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id)) = 0 THEN
        RAISE EXCEPTION 'the organisation must keep at least one admin' USING ERRCODE = 'UD409';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION app.keep_an_admin_on_removal() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER keep_an_admin_on_removal
    BEFORE INSERT ON app.member_removals
    FOR EACH ROW EXECUTE FUNCTION app.keep_an_admin_on_removal();
