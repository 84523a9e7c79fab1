-- down: 012_call_pipeline.sql
-- loses: app.jobs, app.upload_progress
--
-- Drops the job queue, its notify/enqueue triggers, upload progress and restore_call_upload(). Queued or
-- running analyses are forgotten: uploads not yet completed stay at their current status. Stop the workers
-- first.

DROP FUNCTION IF EXISTS app.restore_call_upload(uuid);

DROP TABLE IF EXISTS app.upload_progress;
DROP FUNCTION IF EXISTS app.notify_upload_progress();

DROP TRIGGER IF EXISTS call_uploads_enqueue_analysis ON public.call_uploads;
DROP FUNCTION IF EXISTS app.enqueue_call_analysis();

DROP TABLE IF EXISTS app.jobs;
DROP FUNCTION IF EXISTS app.notify_jobs();
