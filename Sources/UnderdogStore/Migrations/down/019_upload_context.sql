-- down: 019_upload_context.sql
-- loses: app.upload_context
--
-- Removes the per-upload scenario/rep-channel table. The uploads themselves stay; the pipeline goes back to
-- treating every upload as a cold call with the default channel layout.

DROP TABLE IF EXISTS app.upload_context;
