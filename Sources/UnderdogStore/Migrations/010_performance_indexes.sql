-- 010_performance_indexes.sql
--
-- The seed's indexes, by the seed's names, shaped for the queries the application runs. IF NOT EXISTS
-- because 008 already created the ones that double as foreign-key indexes.
-- Plain CREATE INDEX (not CONCURRENTLY) so the file applies in one transaction; on a large live table, build
-- the index concurrently by hand first and this file then skips it.

-- roleplay_sessions: a user's history, newest first; admins' org views.
CREATE INDEX IF NOT EXISTS idx_roleplay_sessions_user_id    ON public.roleplay_sessions (user_id);
CREATE INDEX IF NOT EXISTS idx_roleplay_sessions_created_at ON public.roleplay_sessions (created_at DESC);
-- "Partial index for active records": every user-facing query (and RLS) filters deleted_at IS NULL.
CREATE INDEX IF NOT EXISTS idx_roleplay_sessions_deleted    ON public.roleplay_sessions (user_id, created_at DESC)
    WHERE deleted_at IS NULL;

CREATE INDEX IF NOT EXISTS idx_session_scores_session_id    ON public.session_scores (session_id);
CREATE INDEX IF NOT EXISTS idx_session_scores_deleted       ON public.session_scores (session_id)
    WHERE deleted_at IS NULL;

CREATE INDEX IF NOT EXISTS idx_call_uploads_user_id         ON public.call_uploads (user_id);
-- The pipeline's workers look for uploads by status.
CREATE INDEX IF NOT EXISTS idx_call_uploads_status          ON public.call_uploads (status);
CREATE INDEX IF NOT EXISTS idx_call_uploads_user_status     ON public.call_uploads (user_id, status);
CREATE INDEX IF NOT EXISTS idx_call_uploads_deleted         ON public.call_uploads (user_id, created_at DESC)
    WHERE deleted_at IS NULL;

CREATE INDEX IF NOT EXISTS idx_curriculum_progress_user_id  ON public.curriculum_progress (user_id);
CREATE INDEX IF NOT EXISTS idx_curriculum_progress_deleted  ON public.curriculum_progress (user_id)
    WHERE deleted_at IS NULL;

CREATE INDEX IF NOT EXISTS idx_knowledge_base_source        ON public.knowledge_base (source);
CREATE INDEX IF NOT EXISTS idx_knowledge_base_source_file   ON public.knowledge_base (source_file);
-- topics @> ARRAY['discovery'] (array containment) needs GIN.
CREATE INDEX IF NOT EXISTS idx_knowledge_base_topics        ON public.knowledge_base USING gin (topics);
CREATE INDEX IF NOT EXISTS idx_knowledge_base_created_at    ON public.knowledge_base (created_at DESC);

CREATE INDEX IF NOT EXISTS idx_objection_library_category   ON public.objection_library (category);

CREATE INDEX IF NOT EXISTS idx_audit_log_user               ON public.audit_log (user_id);
CREATE INDEX IF NOT EXISTS idx_audit_log_table              ON public.audit_log (table_name);
CREATE INDEX IF NOT EXISTS idx_audit_log_created            ON public.audit_log (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_audit_log_record             ON public.audit_log (record_id);

-- IVFFlat cosine indexes for match_knowledge / match_objections (vector_cosine_ops matches their <=>).
-- lists = 100: pgvector's guidance is rows/1000 up to 1M rows; the functions set ivfflat.probes above the
-- list count, so results stay exact however few rows the index was built on (see 001). If these are ever
-- rebuilt with more than 1000 lists, raise the functions' ivfflat.probes with them.
CREATE INDEX IF NOT EXISTS idx_knowledge_base_embedding     ON public.knowledge_base
    USING ivfflat (embedding vector_cosine_ops) WITH (lists = 100);
CREATE INDEX IF NOT EXISTS idx_objection_library_embedding  ON public.objection_library
    USING ivfflat (embedding vector_cosine_ops) WITH (lists = 100);
