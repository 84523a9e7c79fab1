-- 004_audit_log.sql
--
-- Security audit trail: who changed what, from where. Rows are written only by audit_trigger_func (below)
-- or by service_role; users never insert, update or delete audit rows.

CREATE TABLE public.audit_log (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    table_name text NOT NULL,
    record_id  uuid,
    operation  text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    -- ON DELETE SET NULL: erasing a user keeps the trail of what happened (the actor just becomes unknown).
    user_id    uuid REFERENCES public.users (id) ON DELETE SET NULL,
    old_data   jsonb,
    new_data   jsonb,
    ip_address inet,
    user_agent text,
    created_at timestamptz DEFAULT now()
);

-- Admins read their org's trail; service_role reads, appends and purges (retention) but never rewrites:
-- no UPDATE for anyone but the owner (and the FK's SET NULL), so an entry can't be doctored after the fact.
REVOKE ALL ON public.audit_log FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON public.audit_log TO authenticated;
GRANT SELECT, INSERT, DELETE ON public.audit_log TO service_role;

ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY;

-- The ids of every roleplay session of the caller's org, soft-deleted ones included. The audit policy needs
-- them to place a score's entries in an org; read through RLS it would lose the entries of scores whose
-- session was deleted (deleted sessions are hidden), so it reads as the definer. Uncorrelated, so the
-- policy evaluates it once per query, not once per row.
CREATE FUNCTION public.org_session_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT s.id FROM public.roleplay_sessions s JOIN public.users u ON u.id = s.user_id
     WHERE u.org_id = public.current_org_id()
$$;
REVOKE ALL ON FUNCTION public.org_session_ids() FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION public.org_session_ids() TO authenticated, service_role;

-- The seed: "SELECT where viewer has role='admin'". Read literally, an admin of one customer reads every
-- customer's audit trail (with old/new row images). The name is kept and the hole closed: an admin sees an
-- entry only when it concerns their own org — the actor is a member of the admin's org, or the audited row
-- (its before or after image) belongs to a member of that org or to the org itself (users.org_id), or, for
-- session_scores, the scored session belongs to a member. Entries of other orgs are never visible.
CREATE POLICY "Admins can view audit logs" ON public.audit_log
    FOR SELECT TO authenticated
    USING (
        (SELECT public.is_org_admin())
        AND (
            user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))
            OR (table_name = 'users'
                AND (new_data ->> 'org_id' = (SELECT public.current_org_id())::text
                     OR old_data ->> 'org_id' = (SELECT public.current_org_id())::text))
            OR (table_name IN ('roleplay_sessions', 'call_uploads')
                AND (new_data ->> 'user_id' IN (SELECT u.id::text FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))
                     OR old_data ->> 'user_id' IN (SELECT u.id::text FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
            OR (table_name = 'session_scores'
                AND (coalesce(new_data, old_data) ->> 'session_id')::uuid IN (SELECT public.org_session_ids()))
        )
    );

-- The seed: "INSERT for all (via triggers)". "For all" would let any signed-in user forge audit entries.
-- Closed: INSERT only TO service_role; the triggers don't need a policy because audit_trigger_func is
-- SECURITY DEFINER (it writes as the table owner).
CREATE POLICY "Service role can insert audit logs" ON public.audit_log
    FOR INSERT TO service_role
    WITH CHECK (true);

-- audit_trigger_func: one audit row per changed row.
--  * operation: TG_OP, except that an UPDATE setting deleted_at from NULL to a time is the soft delete
--    (005 turns DELETE into that UPDATE) and is recorded as 'DELETE', which is what the user did.
--  * user_id: auth.uid(), or NULL when that id has no public.users row (service work, a sign-up in
--    progress), so the foreign key can never make an audited write fail.
--  * ip_address / user_agent: what the server put in request.client_ip / request.user_agent, else what
--    PostgREST puts in request.headers (x-forwarded-for's first hop, x-real-ip, user-agent). A missing, empty
--    or malformed address is stored as NULL: auditing must never break the write it records.
-- SECURITY DEFINER with an empty search_path: users can't insert into audit_log themselves, and nothing on
-- the caller's search_path can stand in for the objects used here.
CREATE FUNCTION public.audit_trigger_func() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_old       jsonb;
    v_new       jsonb;
    v_operation text := TG_OP;
    v_user_id   uuid;
    v_headers   jsonb;
    v_ip_text   text;
    v_ip        inet;
    v_agent     text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN v_old := pg_catalog.to_jsonb(OLD); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN v_new := pg_catalog.to_jsonb(NEW); END IF;

    IF TG_OP = 'UPDATE' AND v_old ? 'deleted_at'
       AND v_old ->> 'deleted_at' IS NULL AND v_new ->> 'deleted_at' IS NOT NULL THEN
        v_operation := 'DELETE';
    END IF;

    BEGIN
        v_user_id := auth.uid();
    EXCEPTION WHEN others THEN
        v_user_id := NULL;  -- a malformed sub claim is not this trigger's to reject
    END;
    IF v_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = v_user_id) THEN
        v_user_id := NULL;
    END IF;

    v_ip_text := nullif(pg_catalog.btrim(current_setting('request.client_ip', true)), '');
    v_agent := nullif(current_setting('request.user_agent', true), '');
    IF v_ip_text IS NULL OR v_agent IS NULL THEN
        BEGIN
            v_headers := nullif(current_setting('request.headers', true), '')::jsonb;
        EXCEPTION WHEN others THEN
            v_headers := NULL;
        END;
        IF v_ip_text IS NULL THEN
            v_ip_text := coalesce(
                nullif(pg_catalog.btrim(pg_catalog.split_part(v_headers ->> 'x-forwarded-for', ',', 1)), ''),
                nullif(pg_catalog.btrim(v_headers ->> 'x-real-ip'), ''));
        END IF;
        IF v_agent IS NULL THEN
            v_agent := nullif(v_headers ->> 'user-agent', '');
        END IF;
    END IF;
    IF v_ip_text IS NOT NULL THEN
        BEGIN
            v_ip := v_ip_text::inet;
        EXCEPTION WHEN others THEN
            v_ip := NULL;
        END;
    END IF;

    INSERT INTO public.audit_log (table_name, record_id, operation, user_id, old_data, new_data, ip_address, user_agent)
    VALUES (TG_TABLE_NAME,
            (coalesce(v_new, v_old) ->> 'id')::uuid,
            v_operation, v_user_id, v_old, v_new, v_ip, v_agent);

    RETURN NULL;  -- AFTER trigger: the return value is ignored
END
$$;
REVOKE ALL ON FUNCTION public.audit_trigger_func() FROM PUBLIC, anon, authenticated;

CREATE TRIGGER audit_users
    AFTER INSERT OR UPDATE OR DELETE ON public.users
    FOR EACH ROW EXECUTE FUNCTION public.audit_trigger_func();
CREATE TRIGGER audit_roleplay_sessions
    AFTER INSERT OR UPDATE OR DELETE ON public.roleplay_sessions
    FOR EACH ROW EXECUTE FUNCTION public.audit_trigger_func();
CREATE TRIGGER audit_session_scores
    AFTER INSERT OR UPDATE OR DELETE ON public.session_scores
    FOR EACH ROW EXECUTE FUNCTION public.audit_trigger_func();
CREATE TRIGGER audit_call_uploads
    AFTER INSERT OR UPDATE OR DELETE ON public.call_uploads
    FOR EACH ROW EXECUTE FUNCTION public.audit_trigger_func();
