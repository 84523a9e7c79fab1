-- down: 016_vector_search_at_scale.sql
-- loses: nothing
--
-- Puts back the plain SQL match_knowledge (002) and match_objections (001): every IVFFlat list is
-- searched again whatever the table size, and underdog.ivfflat_probes is no longer read. Grants are kept.

-- As in 016: load pgvector first, so a non-superuser owner may write the SET ivfflat.probes clauses.
DO $$ BEGIN PERFORM '[1]'::vector; END $$;

-- 001's definition.
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
    LANGUAGE sql STABLE SECURITY INVOKER
    SET search_path = public, extensions, pg_temp
    SET ivfflat.probes = 1000
AS $$
    SELECT o.id, o.category, o.objection_text, o.response_template, o.psychology_principle,
           1 - (o.embedding <=> query_embedding) AS similarity
    FROM public.objection_library o
    WHERE o.embedding IS NOT NULL
      AND 1 - (o.embedding <=> query_embedding) >= match_threshold
    ORDER BY o.embedding <=> query_embedding
    LIMIT match_count
$$;

-- 002's definition.
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
