-- 014_voice_calls.sql
--
-- A voice roleplay, from the moment a rep asks to start one until the provider's final report is scored.
--
-- The browser starts the call with the provider (VAPI or Retell), so the server learns the provider's call id
-- only from the first webhook. The rep is bound to the call by a random token the server hands out when the
-- call is set up and the browser passes to the provider as call metadata; the provider echoes it back on every
-- server message. Webhooks are authenticated, so a token that arrives there came through the provider.
--
-- The row's id is decided up front and becomes the roleplay_sessions id when the call is scored: the
-- session_events of the call carry it from the first event, so their RLS policy (session ownership) shows
-- them to the rep once the session exists, and never before.

CREATE TABLE app.voice_calls (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    provider         text NOT NULL CHECK (provider IN ('vapi', 'retell')),
    -- sha256 hex of the token given to the browser; the token itself is never stored.
    call_token_hash  text NOT NULL UNIQUE CHECK (call_token_hash ~ '^[0-9a-f]{64}$'),
    provider_call_id text CHECK (char_length(provider_call_id) BETWEEN 1 AND 200),
    user_id          uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    persona_id       text NOT NULL CHECK (char_length(persona_id) BETWEEN 1 AND 80),
    scenario_type    text NOT NULL CHECK (scenario_type IN ('cold_call', 'objection', 'closing', 'gatekeeper')),
    -- The provider's last word on the call: created (set up, not yet heard of), then its own statuses.
    status           text NOT NULL DEFAULT 'created' CHECK (char_length(status) BETWEEN 1 AND 40),
    -- What the persona did on the call, from tool calls: continuing, meeting_booked or hung_up.
    outcome          text NOT NULL DEFAULT 'continuing' CHECK (outcome IN ('continuing', 'meeting_booked', 'hung_up')),
    -- Set in the transaction that writes the roleplay_sessions row (id = this row's id) and its scores.
    scored_at        timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- A token not used by then binds nothing: an unused call set-up cannot be claimed later.
    expires_at       timestamptz NOT NULL DEFAULT now() + interval '1 hour'
);
CREATE UNIQUE INDEX idx_voice_calls_provider_call ON app.voice_calls (provider, provider_call_id);
CREATE INDEX idx_voice_calls_user_id ON app.voice_calls (user_id);

ALTER TABLE app.voice_calls ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON app.voice_calls FROM PUBLIC, anon, authenticated;
GRANT SELECT, INSERT ON app.voice_calls TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.voice_calls TO service_role;
-- A rep sets up and sees their own calls; everything after that comes from the provider, as service_role.
CREATE POLICY "Reps read their own voice calls" ON app.voice_calls
    FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Reps set up their own voice calls" ON app.voice_calls
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()) AND provider_call_id IS NULL AND scored_at IS NULL
                AND status = 'created' AND outcome = 'continuing');
CREATE POLICY "Service role manages voice calls" ON app.voice_calls
    FOR ALL TO service_role USING (true) WITH CHECK (true);
