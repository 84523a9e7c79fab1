-- down: 020_storage_upload_metadata.sql
-- loses: nothing
--
-- Puts back 003's app.enforce_bucket_limits, which reads the size from metadata.size only (on Supabase that
-- refuses Storage's uploads again).

CREATE OR REPLACE FUNCTION app.enforce_bucket_limits() RETURNS trigger
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
