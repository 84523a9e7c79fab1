-- What kind of call an upload is and which channel of a two-channel recording is the rep: the pipeline
-- scores a gatekeeper call as a gatekeeper call, and a dialer that records the rep on the right channel is
-- read the right way round. Kept beside public.call_uploads (whose columns the seed fixes), one row per
-- upload, written by the uploader in the same transaction as the upload and never changed afterwards.
CREATE TABLE app.upload_context (
    upload_id     uuid PRIMARY KEY REFERENCES public.call_uploads (id) ON DELETE CASCADE,
    scenario_type text NOT NULL DEFAULT 'cold_call' CHECK (scenario_type IN ('cold_call', 'objection', 'closing', 'gatekeeper')),
    rep_channel   smallint CHECK (rep_channel IN (0, 1)),
    created_at    timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE app.upload_context ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.upload_context FROM PUBLIC, anon, authenticated;
GRANT SELECT, INSERT ON app.upload_context TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.upload_context TO service_role;
-- Whoever may read the upload reads its context (the subquery runs under the reader's RLS on call_uploads).
CREATE POLICY "Readers of an upload see its context" ON app.upload_context
    FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM public.call_uploads u WHERE u.id = upload_id));
-- Only the uploader, for their own upload.
CREATE POLICY "Uploaders describe their own upload" ON app.upload_context
    FOR INSERT TO authenticated
    WITH CHECK (EXISTS (SELECT 1 FROM public.call_uploads u WHERE u.id = upload_id AND u.user_id = (SELECT auth.uid())));
CREATE POLICY "Service role manages upload context" ON app.upload_context
    FOR ALL TO service_role USING (true) WITH CHECK (true);
