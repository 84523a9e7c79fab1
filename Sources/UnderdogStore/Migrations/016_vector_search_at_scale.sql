-- 016_vector_search_at_scale.sql
--
-- match_knowledge and match_objections keep the seed's signatures, results and `SET ivfflat.probes = 1000`
-- (every list searched: exact results, which a small table or an index built before its rows needs). A
-- large table is where the IVFFlat index is meant to pay off, and searching every list there costs as much
-- as a sequential scan. So from 50,000 rows (PostgreSQL's estimate, `pg_class.reltuples`, kept by ANALYZE
-- and autovacuum) each call narrows the probes to `underdog.ivfflat_probes` (10 when unset) for its own
-- duration: the function's SET clause restores 1000 when it returns. Operators tune it per database with
-- `ALTER DATABASE … SET underdog.ivfflat_probes = …`; `underdog bench retrieval` prints recall and latency
-- for several values. Same rules otherwise: similarity = 1 - cosine distance, threshold inclusive, best
-- first, NULL embeddings skipped, SECURITY INVOKER so RLS applies.

-- pgvector defines the ivfflat.* settings when its library loads, and a function's SET clause is checked
-- when the function is created. In a session where nothing has loaded the library yet (Supabase applies
-- each file in its own session) the setting is unknown, and only a superuser may set an unknown one;
-- Supabase's owner role is not a superuser. Reading one vector value loads the library first, wherever
-- the extension lives (public here, `extensions` on Supabase). Added after release: see
-- Migration+Amendments.swift.
DO $$ BEGIN PERFORM '[1]'::vector; END $$;

CREATE OR REPLACE FUNCTION public.match_knowledge(
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
    LANGUAGE plpgsql STABLE SECURITY INVOKER
    SET search_path = public, extensions, pg_temp
    SET ivfflat.probes = 1000
AS $$
BEGIN
    IF (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'public.knowledge_base'::regclass) >= 50000 THEN
        PERFORM set_config('ivfflat.probes', coalesce(nullif(current_setting('underdog.ivfflat_probes', true), ''), '10'), true);
    END IF;
    RETURN QUERY
    SELECT k.id, k.source, k.source_file, k.section_title, k.content, k.topics, k.metadata,
           (1 - (k.embedding <=> query_embedding))::float AS similarity
    FROM public.knowledge_base k
    WHERE k.embedding IS NOT NULL
      AND (filter_source IS NULL OR k.source = filter_source)
      AND 1 - (k.embedding <=> query_embedding) >= match_threshold
    ORDER BY k.embedding <=> query_embedding
    LIMIT match_count;
END
$$;

CREATE OR REPLACE FUNCTION public.match_objections(
    query_embedding vector(1536),
    match_threshold float,
    match_count int
) RETURNS TABLE (
    id uuid,
    category text,
    objection_text text,
    response_template text,
    psychology_principle text,
    similarity float
)
    LANGUAGE plpgsql STABLE SECURITY INVOKER
    SET search_path = public, extensions, pg_temp
    SET ivfflat.probes = 1000
AS $$
BEGIN
    IF (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'public.objection_library'::regclass) >= 50000 THEN
        PERFORM set_config('ivfflat.probes', coalesce(nullif(current_setting('underdog.ivfflat_probes', true), ''), '10'), true);
    END IF;
    RETURN QUERY
    SELECT o.id, o.category, o.objection_text, o.response_template, o.psychology_principle,
           (1 - (o.embedding <=> query_embedding))::float AS similarity
    FROM public.objection_library o
    WHERE o.embedding IS NOT NULL
      AND 1 - (o.embedding <=> query_embedding) >= match_threshold
    ORDER BY o.embedding <=> query_embedding
    LIMIT match_count;
END
$$;
