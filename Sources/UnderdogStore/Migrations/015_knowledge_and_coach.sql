-- 015_knowledge_and_coach.sql
--
-- What ingestion and the coach need beside the seed's knowledge_base and objection_library:
--
-- * app.embedding_vocabularies: the corpus statistics of the offline embedder. Its vectors depend on them, so
--   they are fitted once and kept: re-ingesting reuses them, and only an edited chunk is embedded again. The
--   model name carries their fingerprint, so a refit is a change of model and re-embeds everything.
-- * app.objection_entries: the library's bookkeeping. objection_library has no metadata column, so the
--   entry's slug, content hash and embedding model live here, one row per library row.
-- * Full-text search on both tables, for the hybrid ranking: exact phrases are found even when the embedder
--   is weak. Expression indexes only; the seed's tables keep their columns.
-- * app.coach_threads and app.coach_messages: a rep's conversations with the coach, theirs alone.

CREATE TABLE app.embedding_vocabularies (
    model      text PRIMARY KEY CHECK (char_length(model) BETWEEN 1 AND 200),
    vocabulary jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE app.embedding_vocabularies ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.embedding_vocabularies FROM PUBLIC, anon, authenticated;
-- The server embeds a rep's question with the same statistics, so signed-in users may read them.
GRANT SELECT ON app.embedding_vocabularies TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.embedding_vocabularies TO service_role;
CREATE POLICY "Signed-in users read embedder vocabularies" ON app.embedding_vocabularies
    FOR SELECT TO authenticated USING (true);
CREATE POLICY "Service role manages embedder vocabularies" ON app.embedding_vocabularies
    FOR ALL TO service_role USING (true) WITH CHECK (true);

CREATE TABLE app.objection_entries (
    objection_id    uuid PRIMARY KEY REFERENCES public.objection_library (id) ON DELETE CASCADE,
    slug            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    source_file     text NOT NULL,
    keywords        text[] NOT NULL DEFAULT '{}',
    variants        text[] NOT NULL DEFAULT '{}',
    content_hash    text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    embedding_model text NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE app.objection_entries ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.objection_entries FROM PUBLIC, anon, authenticated;
GRANT SELECT ON app.objection_entries TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.objection_entries TO service_role;
CREATE POLICY "Signed-in users read objection entries" ON app.objection_entries
    FOR SELECT TO authenticated USING (true);
CREATE POLICY "Service role manages objection entries" ON app.objection_entries
    FOR ALL TO service_role USING (true) WITH CHECK (true);

CREATE INDEX idx_knowledge_base_fulltext ON public.knowledge_base
    USING gin (to_tsvector('english', section_title || ' ' || content));
CREATE INDEX idx_objection_library_fulltext ON public.objection_library
    USING gin (to_tsvector('english', objection_text || ' ' || response_template));

CREATE TABLE app.coach_threads (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    mode       text NOT NULL CHECK (mode IN ('curriculum', 'objections', 'techniques', 'free')),
    title      text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_coach_threads_user_id ON app.coach_threads (user_id, updated_at DESC);

CREATE TABLE app.coach_messages (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    thread_id  uuid NOT NULL REFERENCES app.coach_threads (id) ON DELETE CASCADE,
    role       text NOT NULL CHECK (role IN ('rep', 'coach')),
    content    text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 20000),
    -- [{"n": 1, "kind": "knowledge"|"objection", "id": …, "title": …, "source_file": …}]
    citations  jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(citations) = 'array'),
    -- How the answer was made: "extractive" offline, or the chat model's name.
    engine     text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_coach_messages_thread_id ON app.coach_messages (thread_id, created_at);

ALTER TABLE app.coach_threads ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.coach_messages ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.coach_threads, app.coach_messages FROM PUBLIC, anon, authenticated;
GRANT SELECT, INSERT, UPDATE ON app.coach_threads TO authenticated;
GRANT SELECT, INSERT ON app.coach_messages TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.coach_threads, app.coach_messages TO service_role;
-- A rep's coaching is private, also from admins: what they ask while learning is not a performance record.
CREATE POLICY "Reps read their own coach threads" ON app.coach_threads
    FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Reps start their own coach threads" ON app.coach_threads
    FOR INSERT TO authenticated WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY "Reps touch their own coach threads" ON app.coach_threads
    FOR UPDATE TO authenticated USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY "Service role manages coach threads" ON app.coach_threads
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Reps read their own coach messages" ON app.coach_messages
    FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM app.coach_threads t WHERE t.id = coach_messages.thread_id AND t.user_id = (SELECT auth.uid())));
CREATE POLICY "Reps write to their own coach threads" ON app.coach_messages
    FOR INSERT TO authenticated
    WITH CHECK (EXISTS (SELECT 1 FROM app.coach_threads t WHERE t.id = coach_messages.thread_id AND t.user_id = (SELECT auth.uid())));
CREATE POLICY "Service role manages coach messages" ON app.coach_messages
    FOR ALL TO service_role USING (true) WITH CHECK (true);
