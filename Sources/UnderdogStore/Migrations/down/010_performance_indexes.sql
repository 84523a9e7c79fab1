-- down: 010_performance_indexes.sql
-- loses: nothing
--
-- Drops the indexes this file created. idx_roleplay_sessions_user_id, idx_session_scores_session_id,
-- idx_call_uploads_user_id and idx_audit_log_user are 008's (010 found them already there) and stay.

DROP INDEX IF EXISTS public.idx_objection_library_embedding;
DROP INDEX IF EXISTS public.idx_knowledge_base_embedding;

DROP INDEX IF EXISTS public.idx_audit_log_record;
DROP INDEX IF EXISTS public.idx_audit_log_created;
DROP INDEX IF EXISTS public.idx_audit_log_table;

DROP INDEX IF EXISTS public.idx_objection_library_category;

DROP INDEX IF EXISTS public.idx_knowledge_base_created_at;
DROP INDEX IF EXISTS public.idx_knowledge_base_topics;
DROP INDEX IF EXISTS public.idx_knowledge_base_source_file;
DROP INDEX IF EXISTS public.idx_knowledge_base_source;

DROP INDEX IF EXISTS public.idx_curriculum_progress_deleted;
DROP INDEX IF EXISTS public.idx_curriculum_progress_user_id;

DROP INDEX IF EXISTS public.idx_call_uploads_deleted;
DROP INDEX IF EXISTS public.idx_call_uploads_user_status;
DROP INDEX IF EXISTS public.idx_call_uploads_status;

DROP INDEX IF EXISTS public.idx_session_scores_deleted;

DROP INDEX IF EXISTS public.idx_roleplay_sessions_deleted;
DROP INDEX IF EXISTS public.idx_roleplay_sessions_created_at;
