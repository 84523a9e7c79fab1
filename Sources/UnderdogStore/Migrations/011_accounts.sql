-- 011_accounts.sql
--
-- Accounts beyond the seed: refresh tokens, invites, member removal, plan limits and the rate-limit
-- counters. None of these are the seed's tables, so they live in schema `app` (public stays exactly the
-- seed's). RLS is on for every one of them; sign-up, sign-in and refresh run before there is a signed-in
-- user, so the server does them as service_role, and only what an admin manages (invites, removals) has
-- policies for `authenticated`.
--
-- Errors the functions and triggers raise carry SQLSTATEs of class UD, which the store maps to HTTP:
--   UD403 not allowed, UD404 no such row (or hidden by RLS), UD409 conflicts with the current state,
--   UD402 a plan limit is reached (the message names the limit).

-- ---------------------------------------------------------------------------------------------------------
-- Plans and their limits. NULL means unlimited. Kept as rows, not code, so an operator can change a plan
-- without a release.
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE app.plan_limits (
    plan                  text PRIMARY KEY CHECK (plan IN ('free', 'pro', 'enterprise')),
    max_members           integer CHECK (max_members > 0),
    max_storage_bytes     bigint CHECK (max_storage_bytes > 0),
    max_uploads_per_month integer CHECK (max_uploads_per_month > 0)
);
INSERT INTO app.plan_limits (plan, max_members, max_storage_bytes, max_uploads_per_month) VALUES
    ('free', 5, 1073741824, 20),
    ('pro', 50, 107374182400, 1000),
    ('enterprise', NULL, NULL, NULL);

ALTER TABLE app.plan_limits ENABLE ROW LEVEL SECURITY;
GRANT USAGE ON SCHEMA app TO authenticated, service_role;
GRANT SELECT ON app.plan_limits TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.plan_limits TO service_role;
CREATE POLICY "Signed-in users can read plan limits" ON app.plan_limits
    FOR SELECT TO authenticated USING (true);

-- ---------------------------------------------------------------------------------------------------------
-- Refresh tokens: opaque, stored as SHA-256 hashes, rotated on every use. Tokens descending from one sign-in
-- share a family; presenting a token that was already rotated means it was stolen or replayed, and the
-- whole family is revoked.
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE app.refresh_tokens (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    family_id      uuid NOT NULL,
    parent_id      uuid REFERENCES app.refresh_tokens (id) ON DELETE CASCADE,
    token_hash     text NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL,
    rotated_at     timestamptz,
    revoked_at     timestamptz,
    revoked_reason text CHECK (revoked_reason IN ('sign_out', 'reuse_detected', 'password_changed', 'member_removed')),
    ip_address     inet,
    user_agent     text
);
CREATE INDEX idx_refresh_tokens_user_id ON app.refresh_tokens (user_id);
CREATE INDEX idx_refresh_tokens_family_id ON app.refresh_tokens (family_id);
CREATE INDEX idx_refresh_tokens_parent_id ON app.refresh_tokens (parent_id);

ALTER TABLE app.refresh_tokens ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.refresh_tokens TO service_role;

-- ---------------------------------------------------------------------------------------------------------
-- Invites: an admin invites an email address into their org with a role. The token is single-use and
-- expires; only its hash is stored. One pending invite per org and address.
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE app.invites (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id      uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    email       text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
    role        text NOT NULL DEFAULT 'user' CHECK (role IN ('admin', 'user')),
    token_hash  text NOT NULL UNIQUE,
    invited_by  uuid REFERENCES public.users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
    revoked_at  timestamptz
);
CREATE UNIQUE INDEX idx_invites_pending_email ON app.invites (org_id, email)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX idx_invites_org_id ON app.invites (org_id);
CREATE INDEX idx_invites_invited_by ON app.invites (invited_by);
CREATE INDEX idx_invites_accepted_by ON app.invites (accepted_by);

ALTER TABLE app.invites ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON app.invites TO authenticated;
-- Admins may only revoke; acceptance is the sign-up's, done as service_role.
GRANT UPDATE (revoked_at) ON app.invites TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.invites TO service_role;

CREATE POLICY "Admins can view their org's invites" ON app.invites
    FOR SELECT TO authenticated
    USING (org_id = (SELECT public.current_org_id()) AND (SELECT public.is_org_admin()));
CREATE POLICY "Admins can invite to their org" ON app.invites
    FOR INSERT TO authenticated
    WITH CHECK (org_id = (SELECT public.current_org_id()) AND (SELECT public.is_org_admin())
                AND invited_by = (SELECT auth.uid()) AND accepted_at IS NULL AND revoked_at IS NULL);
CREATE POLICY "Admins can revoke their org's invites" ON app.invites
    FOR UPDATE TO authenticated
    USING (org_id = (SELECT public.current_org_id()) AND (SELECT public.is_org_admin()))
    WITH CHECK (org_id = (SELECT public.current_org_id()) AND (SELECT public.is_org_admin()));

-- ---------------------------------------------------------------------------------------------------------
-- Member removal is soft: a row here takes the member out (no sign-in, no refresh, not counted against the
-- plan) while their sessions and scores stay with the org for its history. Deleting the row restores them.
-- The id is the member's user id, so the audit trigger records removal and restore against the member.
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE app.member_removals (
    id         uuid PRIMARY KEY REFERENCES public.users (id) ON DELETE CASCADE,
    org_id     uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    removed_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
    removed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_member_removals_org_id ON app.member_removals (org_id);
CREATE INDEX idx_member_removals_removed_by ON app.member_removals (removed_by);

ALTER TABLE app.member_removals ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, DELETE ON app.member_removals TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.member_removals TO service_role;

-- An admin removes or restores a member of their own org, never themselves (an org keeps an admin).
CREATE POLICY "Admins can view their org's removals" ON app.member_removals
    FOR SELECT TO authenticated
    USING (org_id = (SELECT public.current_org_id()) AND (SELECT public.is_org_admin()));
CREATE POLICY "Admins can remove members of their org" ON app.member_removals
    FOR INSERT TO authenticated
    WITH CHECK (org_id = (SELECT public.current_org_id()) AND (SELECT public.is_org_admin())
                AND id <> (SELECT auth.uid()) AND removed_by = (SELECT auth.uid())
                AND EXISTS (SELECT 1 FROM public.users u WHERE u.id = member_removals.id AND u.org_id = member_removals.org_id));
CREATE POLICY "Admins can restore members of their org" ON app.member_removals
    FOR DELETE TO authenticated
    USING (org_id = (SELECT public.current_org_id()) AND (SELECT public.is_org_admin()));

CREATE TRIGGER audit_member_removals
    AFTER INSERT OR UPDATE OR DELETE ON app.member_removals
    FOR EACH ROW EXECUTE FUNCTION public.audit_trigger_func();

-- A removed member's sign-ins end at once, not when their access token expires.
CREATE FUNCTION app.revoke_tokens_of_removed_member() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    UPDATE app.refresh_tokens
       SET revoked_at = now(), revoked_reason = 'member_removed'
     WHERE user_id = NEW.id AND revoked_at IS NULL;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.revoke_tokens_of_removed_member() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER revoke_tokens_on_member_removal
    AFTER INSERT ON app.member_removals
    FOR EACH ROW EXECUTE FUNCTION app.revoke_tokens_of_removed_member();

-- ---------------------------------------------------------------------------------------------------------
-- Changing a member's role. public.users lets a user change only their own name (001), so this goes through
-- a SECURITY DEFINER function that checks the caller itself. auth.uid() is still the admin inside it, so the
-- audit trigger records who made the change.
-- ---------------------------------------------------------------------------------------------------------
CREATE FUNCTION app.set_member_role(p_member uuid, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_org   uuid := public.current_org_id();
    v_found public.users%ROWTYPE;
BEGIN
    IF NOT public.is_org_admin() THEN
        RAISE EXCEPTION 'only an admin of the organisation can change roles' USING ERRCODE = 'UD403';
    END IF;
    IF p_role IS NULL OR p_role NOT IN ('admin', 'user') THEN
        RAISE EXCEPTION 'role must be admin or user' USING ERRCODE = '22023';
    END IF;
    -- Lock the org's admins so two concurrent demotions cannot leave it without one.
    PERFORM 1 FROM public.users WHERE org_id = v_org AND role = 'admin' FOR UPDATE;
    SELECT * INTO v_found FROM public.users WHERE id = p_member AND org_id = v_org;
    IF NOT FOUND OR EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = p_member) THEN
        RAISE EXCEPTION 'no such member' USING ERRCODE = 'UD404';
    END IF;
    IF v_found.role = 'admin' AND p_role = 'user' AND (
        SELECT count(*) FROM public.users u
         WHERE u.org_id = v_org AND u.role = 'admin'
           AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id)) <= 1 THEN
        RAISE EXCEPTION 'the organisation must keep at least one admin' USING ERRCODE = 'UD409';
    END IF;
    UPDATE public.users SET role = p_role WHERE id = p_member AND role IS DISTINCT FROM p_role;
END
$$;
REVOKE ALL ON FUNCTION app.set_member_role(uuid, text) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION app.set_member_role(uuid, text) TO authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------------
-- Restoring a soft-deleted roleplay session. RLS hides deleted rows and users have no UPDATE on sessions, so
-- an admin's restore goes through this function, which checks that the session's owner is in their org.
-- ---------------------------------------------------------------------------------------------------------
CREATE FUNCTION app.restore_roleplay_session(p_session uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    IF NOT public.is_org_admin() THEN
        RAISE EXCEPTION 'only an admin of the organisation can restore sessions' USING ERRCODE = 'UD403';
    END IF;
    UPDATE public.roleplay_sessions s
       SET deleted_at = NULL
      FROM public.users u
     WHERE s.id = p_session AND u.id = s.user_id AND u.org_id = public.current_org_id()
       AND s.deleted_at IS NOT NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no deleted session with that id in your organisation' USING ERRCODE = 'UD404';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION app.restore_roleplay_session(uuid) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION app.restore_roleplay_session(uuid) TO authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------------
-- Upload quota: enforced in the database, so every server and worker obeys the same numbers. The org row is
-- locked for the check, so two uploads racing for the last byte of quota cannot both pass.
-- ---------------------------------------------------------------------------------------------------------
CREATE FUNCTION app.enforce_upload_quota() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_org    uuid;
    v_limits app.plan_limits%ROWTYPE;
    v_bytes  bigint;
    v_count  integer;
BEGIN
    SELECT u.org_id INTO v_org FROM public.users u WHERE u.id = NEW.user_id;
    IF v_org IS NULL THEN
        RETURN NEW;  -- a user outside any organisation has no plan to count against
    END IF;
    SELECT l.* INTO v_limits
      FROM public.organizations o JOIN app.plan_limits l ON l.plan = coalesce(o.plan, 'free')
     WHERE o.id = v_org
       FOR UPDATE OF o;

    IF v_limits.max_uploads_per_month IS NOT NULL THEN
        SELECT count(*) INTO v_count
          FROM public.call_uploads c JOIN public.users u ON u.id = c.user_id
         WHERE u.org_id = v_org AND c.created_at >= date_trunc('month', now());
        IF v_count >= v_limits.max_uploads_per_month THEN
            RAISE EXCEPTION 'plan limit reached: uploads_per_month (% on the % plan)',
                v_limits.max_uploads_per_month, v_limits.plan USING ERRCODE = 'UD402';
        END IF;
    END IF;
    IF v_limits.max_storage_bytes IS NOT NULL THEN
        SELECT coalesce(sum(c.file_size_bytes), 0) INTO v_bytes
          FROM public.call_uploads c JOIN public.users u ON u.id = c.user_id
         WHERE u.org_id = v_org AND c.deleted_at IS NULL;
        IF v_bytes + coalesce(NEW.file_size_bytes, 0) > v_limits.max_storage_bytes THEN
            RAISE EXCEPTION 'plan limit reached: storage_bytes (% bytes on the % plan)',
                v_limits.max_storage_bytes, v_limits.plan USING ERRCODE = 'UD402';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION app.enforce_upload_quota() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER enforce_upload_quota
    BEFORE INSERT ON public.call_uploads
    FOR EACH ROW EXECUTE FUNCTION app.enforce_upload_quota();

-- ---------------------------------------------------------------------------------------------------------
-- Member limit: checked wherever a seat is taken (a new member, a new invite, a restored member), by
-- triggers, so no path around the API can overfill a plan. Pending, unexpired invites hold a seat when a new
-- invite is made; an accepted invite turns its seat into a member.
-- ---------------------------------------------------------------------------------------------------------
CREATE FUNCTION app.check_member_seat(p_org uuid, p_count_pending boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_limits app.plan_limits%ROWTYPE;
    v_taken  integer;
BEGIN
    SELECT l.* INTO v_limits
      FROM public.organizations o JOIN app.plan_limits l ON l.plan = coalesce(o.plan, 'free')
     WHERE o.id = p_org
       FOR UPDATE OF o;
    IF v_limits.max_members IS NULL THEN
        RETURN;
    END IF;
    SELECT count(*) INTO v_taken
      FROM public.users u
     WHERE u.org_id = p_org AND NOT EXISTS (SELECT 1 FROM app.member_removals r WHERE r.id = u.id);
    IF p_count_pending THEN
        v_taken := v_taken + (SELECT count(*) FROM app.invites i
                               WHERE i.org_id = p_org AND i.accepted_at IS NULL AND i.revoked_at IS NULL
                                 AND i.expires_at > now());
    END IF;
    IF v_taken >= v_limits.max_members THEN
        RAISE EXCEPTION 'plan limit reached: members (% on the % plan)', v_limits.max_members, v_limits.plan
            USING ERRCODE = 'UD402';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION app.check_member_seat(uuid, boolean) FROM PUBLIC, anon, authenticated;

CREATE FUNCTION app.enforce_member_limit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    IF TG_TABLE_NAME = 'users' AND NEW.org_id IS NOT NULL THEN
        PERFORM app.check_member_seat(NEW.org_id, false);
    ELSIF TG_TABLE_NAME = 'invites' THEN
        PERFORM app.check_member_seat(NEW.org_id, true);
    ELSIF TG_TABLE_NAME = 'member_removals' THEN
        PERFORM app.check_member_seat(OLD.org_id, false);
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION app.enforce_member_limit() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER enforce_member_limit_on_users
    BEFORE INSERT ON public.users
    FOR EACH ROW EXECUTE FUNCTION app.enforce_member_limit();
CREATE TRIGGER enforce_member_limit_on_invites
    BEFORE INSERT ON app.invites
    FOR EACH ROW EXECUTE FUNCTION app.enforce_member_limit();
CREATE TRIGGER enforce_member_limit_on_restore
    BEFORE DELETE ON app.member_removals
    FOR EACH ROW EXECUTE FUNCTION app.enforce_member_limit();

-- ---------------------------------------------------------------------------------------------------------
-- Rate limits shared by every server: a counter per key and fixed window. The server counts with one
-- upsert; old windows are swept by the same statement's caller now and then.
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE app.rate_limit_counters (
    key          text NOT NULL,
    window_start timestamptz NOT NULL,
    hits         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (key, window_start)
);
CREATE INDEX idx_rate_limit_counters_window_start ON app.rate_limit_counters (window_start);
ALTER TABLE app.rate_limit_counters ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.rate_limit_counters TO service_role;
