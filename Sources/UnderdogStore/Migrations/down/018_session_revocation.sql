-- down: 018_session_revocation.sql
-- loses: nothing
--
-- Undoes per-request session checks: drops the two triggers, app.session_is_live and its index, and puts
-- back 001's current_org_id()/is_org_admin() (a removed member counts as a member again). Refuses if any
-- refresh token has revoked_reason 'role_changed': relabel those (already revoked) rows first.

DROP TRIGGER IF EXISTS keep_an_admin_on_removal ON app.member_removals;
DROP FUNCTION IF EXISTS app.keep_an_admin_on_removal();

DROP TRIGGER IF EXISTS revoke_tokens_on_role_change ON public.users;
DROP FUNCTION IF EXISTS app.revoke_tokens_on_role_change();

-- 001's definitions, unchanged (grants survive CREATE OR REPLACE).
CREATE OR REPLACE FUNCTION public.is_org_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT coalesce(
        (SELECT u.role = 'admin' AND u.org_id IS NOT NULL FROM public.users u WHERE u.id = (SELECT auth.uid())),
        false)
$$;

CREATE OR REPLACE FUNCTION public.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT u.org_id FROM public.users u WHERE u.id = (SELECT auth.uid())
$$;

DROP INDEX IF EXISTS app.idx_refresh_tokens_live_family;

DROP FUNCTION IF EXISTS app.session_is_live(uuid, uuid);

-- 011's list of reasons.
ALTER TABLE app.refresh_tokens DROP CONSTRAINT refresh_tokens_revoked_reason_check;
ALTER TABLE app.refresh_tokens ADD CONSTRAINT refresh_tokens_revoked_reason_check
    CHECK (revoked_reason IN ('sign_out', 'reuse_detected', 'password_changed', 'member_removed'));
