-- 000_supabase_compat.sql
--
-- The seed's migrations (001–010) are written for Supabase: they name the roles anon, authenticated and
-- service_role, call auth.uid(), reference auth.users and storage.objects. On Supabase all of that already
-- exists; on a plain PostgreSQL (the embedded server, any DATABASE_URL) it does not. This file creates the
-- same objects, shaped the way Supabase shapes them, and ONLY where they are missing, so that:
--   * on Supabase it is a no-op (nothing of Supabase's is replaced or re-granted);
--   * applying it twice, or on a database of a cluster where the roles already exist, is a no-op too.
-- Every guarded block checks the catalog first instead of relying on CREATE … IF NOT EXISTS alone, because
-- the grants and RLS settings that come with a new object must only run when we are the ones creating it.
--
-- No BEGIN/COMMIT here: the migration runner (or `psql -1`) wraps each file in one transaction.

-- pgvector: the seed's embedding columns are vector(1536). IF NOT EXISTS keeps Supabase's installation
-- (which may live in schema `extensions`) untouched. gen_random_uuid() is core since PostgreSQL 13, so
-- pgcrypto is not needed.
CREATE EXTENSION IF NOT EXISTS vector;

-- Roles. NOLOGIN: nobody connects as them; the server connects as its own role and does
-- `SET LOCAL ROLE` per transaction. NOINHERIT as on Supabase. service_role bypasses RLS as on Supabase:
-- it is the operator identity (ingestion, workers, retention). Each new role is granted to the connecting
-- role so it may `SET ROLE` to it (a superuser could anyway; a plain owner role could not).
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM (VALUES
        ('anon', 'NOLOGIN NOINHERIT'),
        ('authenticated', 'NOLOGIN NOINHERIT'),
        ('service_role', 'NOLOGIN NOINHERIT BYPASSRLS')) AS t(name, options)
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r.name) THEN
            EXECUTE format('CREATE ROLE %I %s', r.name, r.options);
        END IF;
        -- Also on a second database of the same cluster (roles are cluster-wide) the connecting role must be
        -- able to switch; pg_has_role is true for superusers, so this only grants where it is needed.
        IF NOT pg_catalog.pg_has_role(current_user, r.name, 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT %I TO %I', r.name, current_user);
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'cannot grant role % to %: SET ROLE % will need a superuser', r.name, current_user, r.name;
            END;
        END IF;
    END LOOP;
END
$$;

-- Schema `auth`: Supabase Auth's home. Only the subset of auth.users that the seed's trigger
-- (handle_new_user) and the server's sign-up need.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'auth') THEN
        CREATE SCHEMA auth;
        -- As on Supabase: the API roles may call auth.uid() & co., they get no table in auth.
        GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
    END IF;

    IF to_regclass('auth.users') IS NULL THEN
        CREATE TABLE auth.users (
            id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            email              text,
            encrypted_password text,
            raw_user_meta_data jsonb,
            raw_app_meta_data  jsonb,
            created_at         timestamptz DEFAULT now(),
            updated_at         timestamptz DEFAULT now()
        );
        -- Password hashes live here: RLS on with no policy, and no grant to anon/authenticated, so only the
        -- owner and service_role (sign-up, sign-in, erasure) can read or write it.
        ALTER TABLE auth.users ENABLE ROW LEVEL SECURITY;
        GRANT SELECT, INSERT, UPDATE, DELETE ON auth.users TO service_role;
        CREATE UNIQUE INDEX users_email_key ON auth.users (lower(email)) WHERE email IS NOT NULL;
    END IF;

    -- auth.uid(): the `sub` claim of the request's JWT, as Supabase reads it (the legacy per-claim setting
    -- first, then the claims object). No claims, an empty string or an empty sub mean "nobody" (NULL), so
    -- a request without identity matches no `user_id = auth.uid()` policy instead of raising an error.
    IF to_regprocedure('auth.uid()') IS NULL THEN
        CREATE FUNCTION auth.uid() RETURNS uuid
            LANGUAGE sql STABLE
            SET search_path = ''
        AS $fn$
            SELECT nullif(
                coalesce(
                    nullif(current_setting('request.jwt.claim.sub', true), ''),
                    nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
                ), ''
            )::uuid
        $fn$;
    END IF;

    IF to_regprocedure('auth.role()') IS NULL THEN
        CREATE FUNCTION auth.role() RETURNS text
            LANGUAGE sql STABLE
            SET search_path = ''
        AS $fn$
            SELECT nullif(
                coalesce(
                    nullif(current_setting('request.jwt.claim.role', true), ''),
                    nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'
                ), ''
            )
        $fn$;
    END IF;

    IF to_regprocedure('auth.jwt()') IS NULL THEN
        CREATE FUNCTION auth.jwt() RETURNS jsonb
            LANGUAGE sql STABLE
            SET search_path = ''
        AS $fn$
            SELECT coalesce(
                nullif(current_setting('request.jwt.claim', true), ''),
                nullif(current_setting('request.jwt.claims', true), '')
            )::jsonb
        $fn$;
    END IF;
END
$$;

-- Schema `storage`: Supabase Storage's catalog. The bytes live in the blob store; these rows are what RLS
-- judges, exactly as on Supabase, so the seed's bucket policies decide who may upload, read and delete.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'storage') THEN
        CREATE SCHEMA storage;
        GRANT USAGE ON SCHEMA storage TO anon, authenticated, service_role;
    END IF;

    IF to_regclass('storage.buckets') IS NULL THEN
        CREATE TABLE storage.buckets (
            id                 text PRIMARY KEY,
            name               text NOT NULL,
            public             boolean DEFAULT false,
            file_size_limit    bigint,
            allowed_mime_types text[],
            created_at         timestamptz DEFAULT now(),
            updated_at         timestamptz DEFAULT now()
        );
        -- Bucket settings are operator data: RLS on, no policy, only service_role may touch them.
        ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;
        GRANT SELECT, INSERT, UPDATE, DELETE ON storage.buckets TO service_role;
    END IF;

    IF to_regclass('storage.objects') IS NULL THEN
        CREATE TABLE storage.objects (
            id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            bucket_id  text REFERENCES storage.buckets (id),
            name       text,
            owner      uuid,
            metadata   jsonb,
            created_at timestamptz DEFAULT now(),
            updated_at timestamptz DEFAULT now(),
            -- The unique index also serves the bucket_id foreign key (leading column).
            CONSTRAINT objects_bucket_id_name_key UNIQUE (bucket_id, name)
        );
        -- RLS is the whole point of this table: migration 003 adds the seed's policies.
        ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;
        -- Privileges for the signed-in role, RLS decides the rows. Only the commands the bucket policies
        -- (003) cover: no UPDATE (a recording is never rewritten in place) and nothing for anon, because
        -- no bucket of ours is public. (Supabase grants more and relies on RLS alone.)
        GRANT SELECT, INSERT, DELETE ON storage.objects TO authenticated;
        GRANT SELECT, INSERT, UPDATE, DELETE ON storage.objects TO service_role;
    END IF;

    -- storage.foldername('a/b/c.mp3') = {a,b}: every path segment but the last, like Supabase's. Policies
    -- compare its first element with the caller's id.
    IF to_regprocedure('storage.foldername(text)') IS NULL THEN
        CREATE FUNCTION storage.foldername(name text) RETURNS text[]
            LANGUAGE sql IMMUTABLE
            SET search_path = ''
        AS $fn$
            SELECT (pg_catalog.string_to_array($1, '/'))[1:pg_catalog.cardinality(pg_catalog.string_to_array($1, '/')) - 1]
        $fn$;
    END IF;
END
$$;

-- The API roles must be able to resolve public.* names. Idempotent, and what Supabase has already.
GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;

-- Tables the seed does not name (job queue, refresh tokens, rate limits, personas, chat threads) live in
-- `app`, so that `public` holds exactly the seed's tables. Empty for now; later migrations fill it.
CREATE SCHEMA IF NOT EXISTS app;
