-- down: 003_call_uploads_status.sql
-- loses: public.call_uploads.status
--
-- Removes the bucket-limit trigger and function, the three recording policies on storage.objects and
-- call_uploads.status. The call-recordings bucket row is left, with any objects in it: it is storage's
-- data (on Supabase it may predate 003), and re-applying 003 finds it (ON CONFLICT DO NOTHING). Until then
-- no policy lets users reach recordings.

-- Only our trigger: the one that calls app.enforce_bucket_limits().
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
               WHERE t.tgrelid = 'storage.objects'::regclass
                 AND t.tgname = 'enforce_bucket_limits'
                 AND t.tgfoid = to_regprocedure('app.enforce_bucket_limits()')) THEN
        DROP TRIGGER enforce_bucket_limits ON storage.objects;
    END IF;
END
$$;
DROP FUNCTION IF EXISTS app.enforce_bucket_limits();

DROP POLICY IF EXISTS "Users can delete their own recordings" ON storage.objects;
DROP POLICY IF EXISTS "Users can read their own recordings" ON storage.objects;
DROP POLICY IF EXISTS "Users can upload their own recordings" ON storage.objects;

ALTER TABLE public.call_uploads DROP COLUMN IF EXISTS status;
