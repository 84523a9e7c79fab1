-- 003_call_uploads_status.sql
--
-- Pipeline status on call_uploads, the private `call-recordings` bucket, and the seed's three policies on
-- storage.objects.

-- pending → transcribing → scoring → completed | failed. Nullable as the seed says; the CHECK still admits
-- only the five values when a status is set.
ALTER TABLE public.call_uploads
    ADD COLUMN status text DEFAULT 'pending'
        CHECK (status IN ('pending', 'transcribing', 'scoring', 'completed', 'failed'));

-- The bucket, as Supabase stores it. ON CONFLICT DO NOTHING: an operator's later change of the limits on a
-- live project is not undone by re-running the migration.
INSERT INTO storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
VALUES ('call-recordings', 'call-recordings', false, 104857600,
        ARRAY['audio/mpeg', 'audio/mp3', 'audio/wav', 'audio/webm', 'audio/ogg',
              'audio/m4a', 'audio/mp4', 'audio/x-m4a', 'audio/x-wav'])
ON CONFLICT (id) DO NOTHING;

-- The seed's bucket policies: a user's objects live under `{user_id}/…`, and only that user may upload,
-- read or delete there. No UPDATE policy: a recording is replaced by delete + upload, never rewritten.
CREATE POLICY "Users can upload their own recordings" ON storage.objects
    FOR INSERT TO authenticated
    WITH CHECK (bucket_id = 'call-recordings'
                AND (storage.foldername(name))[1] = (SELECT auth.uid())::text);

CREATE POLICY "Users can read their own recordings" ON storage.objects
    FOR SELECT TO authenticated
    USING (bucket_id = 'call-recordings'
           AND (storage.foldername(name))[1] = (SELECT auth.uid())::text);

CREATE POLICY "Users can delete their own recordings" ON storage.objects
    FOR DELETE TO authenticated
    USING (bucket_id = 'call-recordings'
           AND (storage.foldername(name))[1] = (SELECT auth.uid())::text);

-- Bucket limits. Supabase enforces file_size_limit and allowed_mime_types in its Storage API, before the
-- row is written. Here the server writes the storage.objects row itself, as the user, so the database is the
-- last place that can refuse an oversize or wrong-type recording: this trigger checks the row's
-- metadata->>'size' (bytes) and metadata->>'mimetype' against the bucket's settings. A bucket with a limit
-- and a row that does not state its size or type is refused too (unknown is not "within the limit").
-- SECURITY DEFINER: the caller has no access to storage.buckets; the function only reads the bucket row.
-- It lives in schema `app` (ours, from 000) rather than `storage`, which on Supabase belongs to Supabase.
CREATE FUNCTION app.enforce_bucket_limits() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_limit   bigint;
    v_allowed text[];
    v_size    bigint;
    v_mime    text;
BEGIN
    SELECT b.file_size_limit, b.allowed_mime_types INTO v_limit, v_allowed
    FROM storage.buckets b WHERE b.id = NEW.bucket_id;

    IF v_limit IS NOT NULL THEN
        BEGIN
            v_size := (NEW.metadata ->> 'size')::bigint;
        EXCEPTION WHEN others THEN
            v_size := NULL;
        END;
        IF v_size IS NULL OR v_size < 0 THEN
            RAISE EXCEPTION 'object % in bucket % must state its size in metadata.size', NEW.name, NEW.bucket_id
                USING ERRCODE = 'check_violation';
        END IF;
        IF v_size > v_limit THEN
            RAISE EXCEPTION 'object % is % bytes, bucket % allows at most %', NEW.name, v_size, NEW.bucket_id, v_limit
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;

    IF v_allowed IS NOT NULL AND pg_catalog.cardinality(v_allowed) > 0 THEN
        -- "audio/mpeg; charset=…" is audio/mpeg; types are case-insensitive; "audio/*" entries allowed as on Supabase.
        v_mime := pg_catalog.lower(pg_catalog.btrim(pg_catalog.split_part(NEW.metadata ->> 'mimetype', ';', 1)));
        IF v_mime IS NULL OR v_mime = ''
           OR NOT (v_mime = ANY (v_allowed)
                   OR pg_catalog.split_part(v_mime, '/', 1) || '/*' = ANY (v_allowed)) THEN
            RAISE EXCEPTION 'object % has type %, bucket % accepts only %', NEW.name,
                coalesce(v_mime, '(none)'), NEW.bucket_id, pg_catalog.array_to_string(v_allowed, ', ')
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;

    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION app.enforce_bucket_limits() FROM PUBLIC, anon, authenticated;

-- On Supabase storage.objects belongs to supabase_storage_admin; where this role may not add triggers to it,
-- Supabase's own API enforces the same limits, so skipping with a notice is safe there.
DO $$
BEGIN
    IF pg_catalog.has_table_privilege('storage.objects', 'TRIGGER') THEN
        DROP TRIGGER IF EXISTS enforce_bucket_limits ON storage.objects;
        CREATE TRIGGER enforce_bucket_limits
            BEFORE INSERT OR UPDATE OF bucket_id, name, metadata ON storage.objects
            FOR EACH ROW EXECUTE FUNCTION app.enforce_bucket_limits();
    ELSE
        RAISE NOTICE 'no TRIGGER privilege on storage.objects: bucket limits are left to the Storage API';
    END IF;
END
$$;
