-- down: 002_knowledge_base.sql
-- loses: public.knowledge_base
--
-- Drops match_knowledge(), the knowledge_base table (all ingested RAG chunks, with its policies and
-- updated_at trigger) and the trigger function. Re-ingest after re-applying 002.

DROP FUNCTION IF EXISTS public.match_knowledge(vector, float, int, text);

DROP TRIGGER IF EXISTS update_knowledge_base_updated_at ON public.knowledge_base;
DROP FUNCTION IF EXISTS public.update_knowledge_base_updated_at();

DROP TABLE IF EXISTS public.knowledge_base;
