-- down: 013_roleplay_conversations.sql
-- loses: app.roleplay_conversations
--
-- Drops text roleplays in progress (and the turn history of finished ones); the finished sessions and
-- their scores stay in public.roleplay_sessions / public.session_scores.

DROP TABLE IF EXISTS app.roleplay_conversations;
