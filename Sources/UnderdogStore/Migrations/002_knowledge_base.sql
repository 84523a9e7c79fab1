-- 002_knowledge_base.sql
--
-- RAG chunks for the coach, the seed's match_knowledge, and the updated_at bookkeeping.

CREATE TABLE public.knowledge_base (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    source        text NOT NULL CHECK (source IN ('wiki', 'persona', 'rubric', 'curriculum')),
    source_file   text NOT NULL,
    section_title text NOT NULL,
    content       text NOT NULL,
    topics        text[],
    metadata      jsonb,
    embedding     vector(1536),
    created_at    timestamptz DEFAULT now(),
    updated_at    timestamptz DEFAULT now()
);

-- Shared content: every signed-in user reads it, only the ingestion (service_role) writes it. No TRUNCATE,
-- nothing for anon (see 001's header on privileges).
REVOKE ALL ON public.knowledge_base FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON public.knowledge_base TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.knowledge_base TO service_role;

ALTER TABLE public.knowledge_base ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Authenticated users can view knowledge" ON public.knowledge_base
    FOR SELECT TO authenticated
    USING (true);

-- service_role bypasses RLS already (as on Supabase); the seed names this policy anyway, and it keeps
-- ingestion working on a database whose service role lacks BYPASSRLS.
CREATE POLICY "Service role can manage knowledge" ON public.knowledge_base
    FOR ALL TO service_role
    USING (true)
    WITH CHECK (true);

-- updated_at tracks the last change of a chunk (re-ingestion compares it), whoever makes the change.
CREATE FUNCTION public.update_knowledge_base_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION public.update_knowledge_base_updated_at() FROM PUBLIC, anon, authenticated;

CREATE TRIGGER update_knowledge_base_updated_at
    BEFORE UPDATE ON public.knowledge_base
    FOR EACH ROW EXECUTE FUNCTION public.update_knowledge_base_updated_at();

-- match_knowledge: the seed's signature, defaults and result columns exactly. Same rules as
-- match_objections (001): similarity = 1 - cosine distance, threshold inclusive, best first, at most
-- match_count, NULL embeddings skipped, filter_source honoured when given; SECURITY INVOKER so RLS applies;
-- ivfflat.probes above the index's list count so the IVFFlat index (010) returns exact results.
CREATE FUNCTION public.match_knowledge(
    query_embedding vector(1536),
    match_threshold float DEFAULT 0.7,
    match_count int DEFAULT 5,
    filter_source text DEFAULT NULL
) RETURNS TABLE (
    id uuid,
    source text,
    source_file text,
    section_title text,
    content text,
    topics text[],
    metadata jsonb,
    similarity float
)
    LANGUAGE sql STABLE SECURITY INVOKER
    SET search_path = public, extensions, pg_temp
    SET ivfflat.probes = 1000
AS $$
    SELECT k.id, k.source, k.source_file, k.section_title, k.content, k.topics, k.metadata,
           1 - (k.embedding <=> query_embedding) AS similarity
    FROM public.knowledge_base k
    WHERE k.embedding IS NOT NULL
      AND (filter_source IS NULL OR k.source = filter_source)
      AND 1 - (k.embedding <=> query_embedding) >= match_threshold
    ORDER BY k.embedding <=> query_embedding
    LIMIT match_count
$$;

REVOKE ALL ON FUNCTION public.match_knowledge(vector, float, int, text) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION public.match_knowledge(vector, float, int, text) TO authenticated, service_role;
