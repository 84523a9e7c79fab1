-- down: 015_knowledge_and_coach.sql
-- loses: app.coach_messages, app.coach_threads, app.objection_entries, app.embedding_vocabularies
--
-- Drops the coach's threads and messages, the full-text indexes and the ingestion bookkeeping. Without the
-- stored vocabularies and entry hashes, the next ingestion refits the embedder and re-embeds everything;
-- the seed's knowledge_base and objection_library rows themselves stay.

DROP TABLE IF EXISTS app.coach_messages;
DROP TABLE IF EXISTS app.coach_threads;

DROP INDEX IF EXISTS public.idx_objection_library_fulltext;
DROP INDEX IF EXISTS public.idx_knowledge_base_fulltext;

DROP TABLE IF EXISTS app.objection_entries;
DROP TABLE IF EXISTS app.embedding_vocabularies;
