-- 012_call_pipeline.sql
--
-- The call-analysis pipeline's job queue and the progress readers follow, in schema `app` (public stays
-- exactly the seed's).
--
-- One column, run_at, says when a job may next be claimed. A claim sets it to the end of a short lease and
-- every heartbeat pushes it on, so a job whose worker died simply becomes claimable again when its lease
-- runs out: no sweeper, one partial index serves both fresh and abandoned jobs. A failed attempt sets it to
-- now + backoff. lease_token changes with every claim; a worker that lost its lease (it stalled, another
-- took over) can no longer heartbeat, complete or write a stage's result, because each of those checks it.

CREATE TABLE app.jobs (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{0,39}$'),
    upload_id    uuid REFERENCES public.call_uploads (id) ON DELETE CASCADE,
    payload      jsonb NOT NULL DEFAULT '{}'::jsonb,
    state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
    attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
    run_at       timestamptz NOT NULL DEFAULT now(),
    lease_token  uuid,
    leased_by    text,
    last_error   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

-- Claims read only jobs that can still run, oldest due first.
CREATE INDEX idx_jobs_claimable ON app.jobs (run_at) WHERE state IN ('queued', 'running');
-- One analysis job per upload: enqueueing twice (a retried request, a replayed trigger) is a no-op.
CREATE UNIQUE INDEX idx_jobs_kind_upload ON app.jobs (kind, upload_id) WHERE upload_id IS NOT NULL;
CREATE INDEX idx_jobs_upload_id ON app.jobs (upload_id);

-- Nobody but service work touches the queue; RLS with no policy for authenticated makes that explicit.
ALTER TABLE app.jobs ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.jobs FROM PUBLIC, anon, authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.jobs TO service_role;
CREATE POLICY "Service role manages jobs" ON app.jobs
    FOR ALL TO service_role USING (true) WITH CHECK (true);

-- Wake sleeping workers when work arrives; they also poll, so a lost notification only costs latency.
CREATE FUNCTION app.notify_jobs() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('underdog_jobs', '');
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.notify_jobs() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER jobs_notify AFTER INSERT ON app.jobs
    FOR EACH STATEMENT EXECUTE FUNCTION app.notify_jobs();

-- A new upload is queued for analysis in the same transaction that writes its row, so an upload can never
-- exist without its job. SECURITY DEFINER: the rep who uploads has no right to the queue itself.
CREATE FUNCTION app.enqueue_call_analysis() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    INSERT INTO app.jobs (kind, upload_id) VALUES ('analyse_call', NEW.id)
        ON CONFLICT (kind, upload_id) WHERE upload_id IS NOT NULL DO NOTHING;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.enqueue_call_analysis() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER call_uploads_enqueue_analysis AFTER INSERT ON public.call_uploads
    FOR EACH ROW WHEN (NEW.status IS NULL OR NEW.status = 'pending')
    EXECUTE FUNCTION app.enqueue_call_analysis();

-- How far the current stage of an upload has got. Written by workers (service_role); read by whoever may
-- read the upload itself: the policy's subquery runs under the reader's own RLS on call_uploads.
CREATE TABLE app.upload_progress (
    upload_id  uuid PRIMARY KEY REFERENCES public.call_uploads (id) ON DELETE CASCADE,
    stage      text NOT NULL CHECK (stage IN ('pending', 'transcribing', 'scoring', 'completed', 'failed')),
    percent    smallint NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    updated_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE app.upload_progress ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.upload_progress FROM PUBLIC, anon, authenticated;
GRANT SELECT ON app.upload_progress TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.upload_progress TO service_role;
CREATE POLICY "Readers of an upload see its progress" ON app.upload_progress
    FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM public.call_uploads u WHERE u.id = upload_id));
CREATE POLICY "Service role writes progress" ON app.upload_progress
    FOR ALL TO service_role USING (true) WITH CHECK (true);

-- Server-Sent Events streams LISTEN here; the payload is the upload id, never its contents.
CREATE FUNCTION app.notify_upload_progress() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('underdog_upload_progress', NEW.upload_id::text);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.notify_upload_progress() FROM PUBLIC, anon, authenticated;
CREATE TRIGGER upload_progress_notify AFTER INSERT OR UPDATE ON app.upload_progress
    FOR EACH ROW EXECUTE FUNCTION app.notify_upload_progress();

-- An admin brings back a soft-deleted upload of their own organisation, as for roleplay sessions (011).
CREATE FUNCTION app.restore_call_upload(p_upload uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    IF NOT public.is_org_admin() THEN
        RAISE EXCEPTION 'only an admin of the organisation can restore uploads' USING ERRCODE = 'UD403';
    END IF;
    UPDATE public.call_uploads c
       SET deleted_at = NULL
      FROM public.users u
     WHERE c.id = p_upload AND u.id = c.user_id AND u.org_id = public.current_org_id()
       AND c.deleted_at IS NOT NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no deleted upload with that id in your organisation' USING ERRCODE = 'UD404';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION app.restore_call_upload(uuid) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION app.restore_call_upload(uuid) TO authenticated, service_role;
