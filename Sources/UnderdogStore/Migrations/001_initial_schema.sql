-- 001_initial_schema.sql
--
-- The seed's core tables, their row level security, the tenant helpers the policies call, and
-- match_objections. Policies are written against auth.uid() exactly as on Supabase, already in the form the
-- performance advisor asks for (`(select auth.uid())`, evaluated once per statement, see 008).
--
-- Privileges: Supabase grants ALL on public tables to anon/authenticated/service_role and lets RLS decide.
-- Here every table gets explicit grants instead, and authenticated only gets the commands it has a policy
-- for: a command with no policy then fails loudly with "permission denied" instead of silently touching
-- zero rows, TRUNCATE (which RLS does not cover) is never granted, and anon gets nothing at all.
-- REVOKE first so the same file gives the same privileges on Supabase, whose default privileges would
-- otherwise have granted ALL at CREATE TABLE time.

-- ---------------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE public.organizations (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text NOT NULL,
    plan       text CHECK (plan IN ('free', 'pro', 'enterprise')),
    created_at timestamptz DEFAULT now()
);

CREATE TABLE public.users (
    -- Same id as auth.users (handle_new_user copies it); no default, the auth row decides it.
    id         uuid PRIMARY KEY,
    org_id     uuid REFERENCES public.organizations (id),
    email      text NOT NULL UNIQUE,
    name       text NOT NULL,
    role       text DEFAULT 'user' CHECK (role IN ('admin', 'user')),
    created_at timestamptz DEFAULT now()
);

CREATE TABLE public.roleplay_sessions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    persona_id       text NOT NULL,
    scenario_type    text NOT NULL CHECK (scenario_type IN ('cold_call', 'objection', 'closing', 'gatekeeper')),
    duration_seconds integer,
    vapi_call_id     text,
    transcript       jsonb,
    created_at       timestamptz DEFAULT now()
);

CREATE TABLE public.session_scores (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id uuid NOT NULL REFERENCES public.roleplay_sessions (id) ON DELETE CASCADE,
    dimension  text NOT NULL CHECK (dimension IN ('opener', 'pitch', 'discovery', 'objection_handling', 'closing', 'communication')),
    score      integer NOT NULL CHECK (score BETWEEN 1 AND 10),
    feedback   text,
    created_at timestamptz DEFAULT now()
);

-- call_uploads.status and the bucket come in 003, as in the seed's history.
CREATE TABLE public.call_uploads (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    file_path         text NOT NULL,
    original_filename text,
    file_size_bytes   integer,
    duration_seconds  integer,
    transcript        jsonb,
    analysis          jsonb,
    overall_score     integer CHECK (overall_score BETWEEN 1 AND 10),
    error_message     text,
    created_at        timestamptz DEFAULT now()
);

CREATE TABLE public.curriculum_modules (
    -- The seed's modules are numbered 1–12 by the content, not by a sequence.
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    description text,
    order_index integer NOT NULL,
    topics      text[],
    content     jsonb,
    created_at  timestamptz DEFAULT now()
);

CREATE TABLE public.curriculum_progress (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    module_id    integer NOT NULL REFERENCES public.curriculum_modules (id),
    completed    boolean,
    score        integer CHECK (score BETWEEN 1 AND 10),
    completed_at timestamptz,
    CONSTRAINT curriculum_progress_user_id_module_id_key UNIQUE (user_id, module_id)
);

CREATE TABLE public.objection_library (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    category             text NOT NULL CHECK (category IN ('pricing', 'status_quo', 'brush_off', 'timing', 'authority')),
    objection_text       text NOT NULL,
    response_template    text NOT NULL,
    psychology_principle text,
    embedding            vector(1536),
    created_at           timestamptz DEFAULT now()
);

CREATE TABLE public.session_events (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- No foreign key: VAPI events may arrive before the roleplay_sessions row is written.
    session_id uuid NOT NULL,
    event_type text NOT NULL,
    data       jsonb NOT NULL,
    created_at timestamptz DEFAULT now(),
    -- Addition to the seed: the webhook's idempotency key (e.g. the VAPI message type + timestamp, or a
    -- hash of the payload). VAPI retries and may deliver the same event twice; with this column the server
    -- writes `ON CONFLICT (session_id, event_key) DO NOTHING` and a replay is recognised, not stored twice.
    -- Nullable, so events without a key are still accepted (NULLs never conflict).
    event_key  text
);
CREATE UNIQUE INDEX idx_session_events_session_event_key ON public.session_events (session_id, event_key);

-- ---------------------------------------------------------------------------------------------------------
-- Tenant helpers
-- ---------------------------------------------------------------------------------------------------------
-- Policies (including the ones on `users`) need "is the caller an admin" and "which org is the caller in".
-- Read through RLS, that lookup would evaluate the users policies again: infinite recursion. As SECURITY
-- DEFINER with a fixed, empty search_path they read public.users as the owner, once, and can't be hijacked
-- by objects on the caller's search_path. They only ever answer about the caller (auth.uid()).

CREATE FUNCTION public.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT u.org_id FROM public.users u WHERE u.id = (SELECT auth.uid())
$$;

-- An admin without an org administers nothing: false, so "admin of NULL org" can't match NULL-org rows.
CREATE FUNCTION public.is_org_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT coalesce(
        (SELECT u.role = 'admin' AND u.org_id IS NOT NULL FROM public.users u WHERE u.id = (SELECT auth.uid())),
        false)
$$;

REVOKE ALL ON FUNCTION public.current_org_id() FROM PUBLIC, anon;
REVOKE ALL ON FUNCTION public.is_org_admin() FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION public.current_org_id() TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.is_org_admin() TO authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------------
-- A user may change their own display name, nothing else of their row
-- ---------------------------------------------------------------------------------------------------------
-- The seed's "Users can update their own data" (UPDATE where auth.uid() = id) would let a rep promote
-- themselves (role = 'admin'), move into another org (org_id), or take another address (email/id). Closed
-- twice: authenticated gets UPDATE on the `name` column only (column privilege, below), and this guard
-- trigger refuses any change of id/org_id/role/email made as anon/authenticated, so the hole stays closed
-- even if someone later grants table-wide UPDATE (as Supabase's defaults do). Role and org changes are made
-- by the server as service_role (invitations, promotion).
CREATE FUNCTION public.protect_user_identity_columns() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    IF current_user IN ('anon', 'authenticated')
       AND (NEW.id IS DISTINCT FROM OLD.id
            OR NEW.org_id IS DISTINCT FROM OLD.org_id
            OR NEW.role IS DISTINCT FROM OLD.role
            OR NEW.email IS DISTINCT FROM OLD.email) THEN
        RAISE EXCEPTION 'users may not change their own id, org_id, role or email'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION public.protect_user_identity_columns() FROM PUBLIC, anon, authenticated;

CREATE TRIGGER protect_user_identity_columns
    BEFORE UPDATE ON public.users
    FOR EACH ROW EXECUTE FUNCTION public.protect_user_identity_columns();

-- ---------------------------------------------------------------------------------------------------------
-- Privileges (see the header: exactly the commands a policy exists for)
-- ---------------------------------------------------------------------------------------------------------
REVOKE ALL ON public.organizations, public.users, public.roleplay_sessions, public.session_scores,
    public.call_uploads, public.curriculum_modules, public.curriculum_progress, public.objection_library,
    public.session_events FROM PUBLIC, anon, authenticated, service_role;

GRANT SELECT ON public.organizations TO authenticated;
GRANT SELECT ON public.users TO authenticated;
GRANT UPDATE (name) ON public.users TO authenticated;
GRANT SELECT, INSERT ON public.roleplay_sessions TO authenticated;
GRANT SELECT, INSERT ON public.session_scores TO authenticated;
GRANT SELECT, INSERT, UPDATE ON public.call_uploads TO authenticated;
GRANT SELECT ON public.curriculum_modules TO authenticated;
GRANT SELECT, INSERT, UPDATE ON public.curriculum_progress TO authenticated;
GRANT SELECT ON public.objection_library TO authenticated;
GRANT SELECT ON public.session_events TO authenticated;

-- service_role is the operator: full DML (it bypasses RLS, as on Supabase), still no TRUNCATE.
GRANT SELECT, INSERT, UPDATE, DELETE ON public.organizations, public.users, public.roleplay_sessions,
    public.session_scores, public.call_uploads, public.curriculum_modules, public.curriculum_progress,
    public.objection_library, public.session_events TO service_role;

-- ---------------------------------------------------------------------------------------------------------
-- Row level security: on for every table, policies for `authenticated` only (anon has none, and no grant)
-- ---------------------------------------------------------------------------------------------------------
ALTER TABLE public.organizations       ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.users               ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.roleplay_sessions   ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.session_scores      ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.call_uploads        ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.curriculum_modules  ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.curriculum_progress ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.objection_library   ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.session_events      ENABLE ROW LEVEL SECURITY;

-- organizations. The seed: "users can view their own organization data via org_id": a member sees their
-- own org and no other. Org changes are operator work (service_role).
CREATE POLICY "Users can view their own organization" ON public.organizations
    FOR SELECT TO authenticated
    USING (id = (SELECT public.current_org_id()));

-- users: the seed's three policies. 009 merges the two SELECT policies into one permissive policy.
CREATE POLICY "Users can view their own data" ON public.users
    FOR SELECT TO authenticated
    USING (id = (SELECT auth.uid()));

CREATE POLICY "Admins can view org users" ON public.users
    FOR SELECT TO authenticated
    USING ((SELECT public.is_org_admin()) AND org_id = (SELECT public.current_org_id()));

CREATE POLICY "Users can update their own data" ON public.users
    FOR UPDATE TO authenticated
    USING (id = (SELECT auth.uid()))
    WITH CHECK (id = (SELECT auth.uid()));

-- roleplay_sessions. The seed's SELECT says "own sessions OR org sessions (for admins) OR all (for
-- admins)". "All" read literally lets an admin of one customer read every other customer's transcripts:
-- the name is kept, the hole is closed — an admin sees the sessions of members of their OWN org only.
CREATE POLICY "Users can view sessions" ON public.roleplay_sessions
    FOR SELECT TO authenticated
    USING (
        user_id = (SELECT auth.uid())
        OR ((SELECT public.is_org_admin())
            AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id())))
    );

CREATE POLICY "Users can insert their own sessions" ON public.roleplay_sessions
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()));

-- session_scores: visibility and inserts follow the parent session. Spelled out here rather than relying on
-- the sessions policy being applied inside the sub-select, so the rule is readable in one place.
CREATE POLICY "Users can view their session scores" ON public.session_scores
    FOR SELECT TO authenticated
    USING (EXISTS (
        SELECT 1 FROM public.roleplay_sessions s
        WHERE s.id = session_scores.session_id
          AND (s.user_id = (SELECT auth.uid())
               OR ((SELECT public.is_org_admin())
                   AND s.user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    ));

-- Only the session's owner may add scores to it (an admin does not score other people's sessions).
CREATE POLICY "Users can insert scores for their sessions" ON public.session_scores
    FOR INSERT TO authenticated
    WITH CHECK (EXISTS (
        SELECT 1 FROM public.roleplay_sessions s
        WHERE s.id = session_scores.session_id
          AND s.user_id = (SELECT auth.uid())
    ));

-- call_uploads. "OR all (for admins)" is closed the same way as on sessions: own org only.
CREATE POLICY "Users can view uploads" ON public.call_uploads
    FOR SELECT TO authenticated
    USING (
        user_id = (SELECT auth.uid())
        OR ((SELECT public.is_org_admin())
            AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id())))
    );

CREATE POLICY "Users can insert their own uploads" ON public.call_uploads
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()));

CREATE POLICY "Users can update their own uploads" ON public.call_uploads
    FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));

-- curriculum_modules: shared content, read-only for signed-in users; written by service_role (seeding).
CREATE POLICY "Authenticated users can view curriculum" ON public.curriculum_modules
    FOR SELECT TO authenticated
    USING (true);

CREATE POLICY "Users can view their own progress" ON public.curriculum_progress
    FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()));

CREATE POLICY "Users can insert their own progress" ON public.curriculum_progress
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()));

CREATE POLICY "Users can update their own progress" ON public.curriculum_progress
    FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));

-- objection_library: shared reference content, read-only; written by service_role (ingestion).
CREATE POLICY "Authenticated users can view objections" ON public.objection_library
    FOR SELECT TO authenticated
    USING (true);

-- session_events (the seed names no policy): raw webhook payloads are as private as the session itself, so a
-- user sees the events of the sessions they may see (own; admin: own org's). Only the webhook, running as
-- service_role, writes them.
CREATE POLICY "Users can view their session events" ON public.session_events
    FOR SELECT TO authenticated
    USING (EXISTS (
        SELECT 1 FROM public.roleplay_sessions s
        WHERE s.id = session_events.session_id
          AND (s.user_id = (SELECT auth.uid())
               OR ((SELECT public.is_org_admin())
                   AND s.user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    ));

-- ---------------------------------------------------------------------------------------------------------
-- match_objections: the seed's signature and result columns exactly
-- ---------------------------------------------------------------------------------------------------------
-- similarity = 1 - cosine distance; rows at or above the threshold, best first, at most match_count; rows
-- without an embedding are skipped. SECURITY INVOKER so the caller's RLS applies.
-- ivfflat.probes: an IVFFlat index (010) only searches `probes` of its lists; built on an empty or small
-- table its lists are poor and a low probe count misses rows. pgvector caps probes at the index's list
-- count, so 1000 (> the 100 lists of 010) makes every index scan visit every list: results are exactly those
-- of a brute-force ORDER BY. At the seed's sizes (hundreds to a few thousand rows) that costs milliseconds.
-- search_path: fixed (advisor 007), `public, extensions` so the vector operators resolve both here (vector in
-- public) and on Supabase (vector in schema `extensions`); pg_temp last so no temp object can shadow them.
CREATE FUNCTION public.match_objections(
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

REVOKE ALL ON FUNCTION public.match_objections(vector, float, int) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION public.match_objections(vector, float, int) TO authenticated, service_role;
