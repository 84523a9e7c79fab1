-- 013_roleplay_conversations.sql
--
-- A text roleplay while it is going on. The seed lets a rep insert a roleplay session but never change one,
-- so the conversation lives here, turn by turn, and the finished call becomes one roleplay_sessions row
-- with its six session_scores rows, written together when it ends (session_id then points at it).

CREATE TABLE app.roleplay_conversations (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    persona_id    text NOT NULL CHECK (char_length(persona_id) BETWEEN 1 AND 80),
    scenario_type text NOT NULL CHECK (scenario_type IN ('cold_call', 'objection', 'closing', 'gatekeeper')),
    -- [{"speaker": "rep"|"prospect", "text": …}], the persona's greeting first.
    turns         jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(turns) = 'array'),
    outcome       text NOT NULL DEFAULT 'continuing' CHECK (outcome IN ('continuing', 'meeting_booked', 'hung_up')),
    session_id    uuid REFERENCES public.roleplay_sessions (id) ON DELETE SET NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_roleplay_conversations_user_id ON app.roleplay_conversations (user_id);
CREATE INDEX idx_roleplay_conversations_session_id ON app.roleplay_conversations (session_id);

ALTER TABLE app.roleplay_conversations ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.roleplay_conversations FROM PUBLIC, anon, authenticated;
GRANT SELECT, INSERT, UPDATE ON app.roleplay_conversations TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.roleplay_conversations TO service_role;
-- A conversation is its rep's alone, also for admins: the finished session is what the organisation sees.
CREATE POLICY "Reps read their own conversations" ON app.roleplay_conversations
    FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Reps start their own conversations" ON app.roleplay_conversations
    FOR INSERT TO authenticated WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY "Reps continue their own conversations" ON app.roleplay_conversations
    FOR UPDATE TO authenticated USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY "Service role manages conversations" ON app.roleplay_conversations
    FOR ALL TO service_role USING (true) WITH CHECK (true);
