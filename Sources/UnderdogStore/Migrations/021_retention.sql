-- 021_retention.sql
--
-- What the retention purge and member erasure need from the schema (docs/DATA_RETENTION_POLICY.md):
--  * audit_trigger_func no longer copies a hard-deleted row into audit_log. Soft deletes by users are still
--    recorded in full; a hard delete happens only as service work with app.hard_delete on (005), and that
--    work records one row per table and run, with counts and no personal data.
--  * app.redact_audit_images: the copies of purged or erased rows that audit_log already holds are reduced to
--    their ids (the trail still says what happened to which row, by whom, when), so no text outlives the row.
--  * At most one retention purge waits in the job queue, however many servers schedule it.

CREATE OR REPLACE FUNCTION public.audit_trigger_func() RETURNS trigger
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
    -- A hard delete (retention purge, erasure) by service work: its caller writes one summary row without the
    -- rows' contents, so the trail does not keep what the purge exists to remove. Same test as soft_delete.
    IF TG_OP = 'DELETE' AND current_setting('app.hard_delete', true) = 'on'
       AND (coalesce(current_setting('role', true), 'none') IN ('none', 'service_role')
            OR current_setting('role', true) = session_user) THEN
        RETURN NULL;
    END IF;

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

CREATE UNIQUE INDEX idx_jobs_one_live_retention_purge ON app.jobs (kind)
    WHERE kind = 'retention_purge' AND state IN ('queued', 'running');

-- Reduces every audit image of the given rows of p_table to the ids that place it (its own, its user's,
-- session's and org's) and the reason; for roleplay_sessions also the images of those sessions' scores.
-- SECURITY DEFINER: nobody, service_role included, may UPDATE audit_log (an entry cannot be doctored);
-- this function can only take content out, never put any in. Returns the entries changed.
CREATE FUNCTION app.redact_audit_images(p_table text, p_ids uuid[], p_reason text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path = ''
AS $$
    WITH changed AS (
        UPDATE public.audit_log a
           SET old_data = CASE WHEN a.old_data IS NULL THEN NULL ELSE pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
                   'id', a.old_data -> 'id', 'user_id', a.old_data -> 'user_id', 'session_id', a.old_data -> 'session_id',
                   'org_id', a.old_data -> 'org_id', 'redacted', p_reason)) END,
               new_data = CASE WHEN a.new_data IS NULL THEN NULL ELSE pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
                   'id', a.new_data -> 'id', 'user_id', a.new_data -> 'user_id', 'session_id', a.new_data -> 'session_id',
                   'org_id', a.new_data -> 'org_id', 'redacted', p_reason)) END
         WHERE (a.table_name = p_table AND a.record_id = ANY (p_ids))
            OR (p_table = 'roleplay_sessions' AND a.table_name = 'session_scores'
                AND coalesce(a.old_data, a.new_data) ->> 'session_id' = ANY (SELECT pg_catalog.unnest(p_ids)::text))
        RETURNING 1)
    SELECT pg_catalog.count(*)::integer FROM changed
$$;
REVOKE ALL ON FUNCTION app.redact_audit_images(text, uuid[], text) FROM PUBLIC, anon, authenticated;
GRANT EXECUTE ON FUNCTION app.redact_audit_images(text, uuid[], text) TO service_role;
