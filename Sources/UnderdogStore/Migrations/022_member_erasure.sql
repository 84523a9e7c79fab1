-- 022_member_erasure.sql
--
-- app.erase_member: everything the database holds about one member, removed or anonymised in one transaction
-- (docs/DATA_RETENTION_POLICY.md, "A member's data"). The caller (`underdog admin erase`) deletes the member's
-- recordings from the blob store first; a crash between the two leaves the rows, and erasing again finishes.
--  * Removed: the member's practice sessions with their scores, events, conversations and voice calls; their
--    uploads with their jobs, progress and context (and the recordings' storage.objects rows when
--    p_object_rows, i.e. when the server keeps them); curriculum progress; coach threads and messages; refresh
--    tokens; invites sent to their address.
--  * Kept as a tombstone, because others' rows and the audit trail point at it: public.users (name "Erased
--    member", an address that cannot receive mail) and auth.users (that address, no password, no metadata
--    beyond org and role), marked removed so it cannot sign in and does not count against the plan.
--  * The audit trail: every copy of the member's rows is reduced to ids (app.redact_audit_images, 021), and
--    one entry records the erasure with counts only.
-- Idempotent: erasing a tombstone again changes nothing but writes another entry.
-- SECURITY DEFINER: service_role may not UPDATE audit_log or (on Supabase) touch auth.users; only service_role
-- may call it.

CREATE FUNCTION app.erase_member(p_user uuid, p_object_rows boolean) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_org       uuid;
    v_email     text;
    v_sessions  uuid[];
    v_uploads   uuid[];
    v_paths     text[];
    v_tombstone text := 'erased-' || p_user::text || '@erased.invalid';
    v_counts    jsonb;
    v_n         integer;
BEGIN
    SELECT u.org_id, u.email INTO v_org, v_email FROM public.users u WHERE u.id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no member %', p_user USING ERRCODE = 'no_data_found';
    END IF;
    -- Hard deletes for this transaction (005), without per-row audit copies (021).
    PERFORM pg_catalog.set_config('app.hard_delete', 'on', true);

    SELECT coalesce(pg_catalog.array_agg(s.id), '{}') INTO v_sessions FROM public.roleplay_sessions s WHERE s.user_id = p_user;
    SELECT coalesce(pg_catalog.array_agg(c.id), '{}'), coalesce(pg_catalog.array_agg(c.file_path), '{}')
      INTO v_uploads, v_paths FROM public.call_uploads c WHERE c.user_id = p_user;
    v_counts := pg_catalog.jsonb_build_object('sessions', pg_catalog.cardinality(v_sessions), 'uploads', pg_catalog.cardinality(v_uploads));

    DELETE FROM public.session_events e WHERE e.session_id = ANY (v_sessions);
    DELETE FROM app.roleplay_conversations c WHERE c.user_id = p_user;
    DELETE FROM app.voice_calls v WHERE v.user_id = p_user;
    DELETE FROM public.roleplay_sessions s WHERE s.user_id = p_user;
    IF p_object_rows THEN
        DELETE FROM storage.objects o WHERE o.bucket_id = 'call-recordings' AND o.name = ANY (v_paths);
    END IF;
    DELETE FROM public.call_uploads c WHERE c.user_id = p_user;
    DELETE FROM public.curriculum_progress p WHERE p.user_id = p_user;
    DELETE FROM app.coach_threads t WHERE t.user_id = p_user;
    DELETE FROM app.refresh_tokens r WHERE r.user_id = p_user;
    DELETE FROM app.invites i WHERE i.email = pg_catalog.lower(v_email) AND v_email <> v_tombstone;

    UPDATE public.users u SET email = v_tombstone, name = 'Erased member' WHERE u.id = p_user;
    UPDATE auth.users a
       SET email = v_tombstone, encrypted_password = NULL, raw_user_meta_data = '{}'::jsonb,
           raw_app_meta_data = pg_catalog.jsonb_build_object('org_id', v_org, 'role', 'user')
     WHERE a.id = p_user;
    IF v_org IS NOT NULL THEN
        INSERT INTO app.member_removals (id, org_id) VALUES (p_user, v_org) ON CONFLICT (id) DO NOTHING;
    END IF;

    v_n := app.redact_audit_images('roleplay_sessions', v_sessions, 'erasure')
         + app.redact_audit_images('call_uploads', v_uploads, 'erasure')
         + app.redact_audit_images('users', ARRAY[p_user], 'erasure');
    v_counts := v_counts || pg_catalog.jsonb_build_object('audit_entries_redacted', v_n);

    INSERT INTO public.audit_log (table_name, record_id, operation, new_data)
    VALUES ('users', p_user, 'DELETE', pg_catalog.jsonb_build_object('erasure', v_counts));
    RETURN v_counts;
END
$$;
REVOKE ALL ON FUNCTION app.erase_member(uuid, boolean) FROM PUBLIC, anon, authenticated;
GRANT EXECUTE ON FUNCTION app.erase_member(uuid, boolean) TO service_role;
