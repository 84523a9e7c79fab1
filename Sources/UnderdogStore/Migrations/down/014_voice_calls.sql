-- down: 014_voice_calls.sql
-- loses: app.voice_calls
--
-- Drops the voice-call bindings. Calls set up but not yet scored can no longer be matched to their rep;
-- finished calls already live on as roleplay_sessions rows.

DROP TABLE IF EXISTS app.voice_calls;
