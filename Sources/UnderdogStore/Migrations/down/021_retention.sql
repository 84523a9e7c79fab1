-- down: 021_retention.sql
-- loses: nothing
--
-- Puts back 004's audit_trigger_func (hard deletes copied into audit_log in full), drops the audit redaction
-- function and the index that keeps one retention purge in the queue.

DROP INDEX IF EXISTS app.idx_jobs_one_live_retention_purge;
DROP FUNCTION IF EXISTS app.redact_audit_images(text, uuid[], text);

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
