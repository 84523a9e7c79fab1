-- =====================================================================================================
-- Fixtures/Supabase/platform.sql: a new Supabase project's database, before the project's own migrations
-- =====================================================================================================
--
-- WHAT THIS IS
--   Run once, by the cluster's bootstrap superuser `supabase_admin`, on a fresh empty database of a
--   PostgreSQL 18 cluster (psql -v ON_ERROR_STOP=1 -1 -f platform.sql). Afterwards the database looks,
--   as far as Underdog's migrations 000-019 can tell, like the `postgres` database of a newly created
--   Supabase project: the platform roles with their attributes, memberships and settings; the schemas
--   `extensions`, `auth`, `storage` (and an empty `realtime`) with Supabase's owners and grants; the
--   default privileges Supabase sets up; pgvector in `extensions`; auth.users and the auth.* helper
--   functions as Supabase Auth leaves them; storage.buckets / storage.objects and their functions and
--   triggers as Supabase Storage leaves them. The project's migrations are then applied as `postgres`,
--   which on Supabase is a NON-superuser.
--
--   Roles are cluster-wide, so every role statement is guarded: the file can be applied to several
--   databases of the same cluster (one per test database); everything else is per database.
--
-- WHERE THE FACTS COME FROM (read from the upstream repositories; this file is a re-statement, not a copy)
--   * github.com/supabase/postgres - the database image. Snapshot 7db7e1a9e34b9ffb9b0e3372ccf08eb4fa772f4b
--     (develop, 2024-10-23) for migrations/db/migrate.sh and migrations/db/migrations/*, plus these later
--     file versions:
--       migrations/db/init-scripts/00000000000000-initial-schema.sql  @ aec738186bbc56621326a8f3b6cdf44f6cb60037
--         (+ its later form that also creates supabase_etl_admin)
--       migrations/db/init-scripts/00000000000001-auth-schema.sql     @ ce2035d9444012db954fcbbcbdab7139d07ee903
--       migrations/db/init-scripts/00000000000002-storage-schema.sql  @ 1921aa387cc9d820d250de8bed1f5a4c09f66add
--       migrations/db/init-scripts/00000000000003-post-setup.sql      @ 79b9d75b2685406029c51120454f7bf38df86106
--       migrations/db/init-scripts/00000000000003-realtime-schema.sql @ 96d8873887e1ec3b668629884d0d53380b2e2145
--       migrations/db/migrations/10000000000000_demote-postgres.sql   @ 666fa15fc5ff9036174e15e31fa65620bfc94676
--       migrations/db/migrations/20250421084701_revoke_admin_roles_from_postgres.sql @ 96d8873887e1ec3b668629884d0d53380b2e2145
--       migrations/db/migrations/20250605172253_grant_with_admin_to_postgres_16_and_above.sql @ e0ee3c5b3d30b48cc6305c54d604d0df7e5b5e33
--       migrations/db/migrations/20250623125453_tmp_grant_storage_tables_to_postgres_with_grant_option.sql @ 423b32b8b5e943a2091abfb01900db453301e7bd
--       migrations/db/migrations/20250709135250_grant_storage_schema_to_postgres_with_grant_option.sql @ 3d31e9caf947a8609180261aed792f5129082701
--       migrations/db/migrations/20251105172723_grant_pg_reload_conf_to_postgres.sql @ 40429ec3b2b2486216276a11d8899a7ecd940ff6
--       migrations/db/migrations/20251121141100_supabase_auth_admin_db_grants.sql @ aca19b4aae6bf93e7ba1a3887a99da0c14bffede
--       migrations/db/migrations/20260821154147_revoke_createrole_from_auth_admin.sql @ 853417021f98731caff68851d62f3847ae00d74a
--       ansible/files/postgresql_config/conf.d/supautils.conf         @ 6124db19c5d3cc3a0ea7c88d6857032638e8fad5
--       nix/tests/expected/roles.out @ 00d7740ba5e1f4b19edb1bcb09978dc21db87849,
--       nix/tests/expected/z_17_roles.out @ ea101891383fd352cd929748464b8a9c612d2930 (expected role state)
--   * github.com/supabase/auth @ bc32168e13fdc928c98b449fc76bc3fdb9a293c5 (2026-08-20), migrations/*.up.sql
--     (auth.users' columns and indexes; auth.uid/role/email as last redefined by 20220224000811;
--     auth.jwt from 20220531120530; RLS + postgres grants from 20240612123726).
--   * github.com/supabase/storage @ 4fa61fba9371c4bd40cbb81509f07bcb3af21683 (2026-08-21), migrations/tenant/
--     0001-0063 (migrations marked "-- postgres-migrations ignore" are skipped by Storage's runner and so
--     are here; 0052 drops `level` and the prefix machinery, so a new project has neither), and
--     src/internal/database/migrations/migrate.ts (runs as supabase_storage_admin, DB_INSTALL_ROLES off).
--   * github.com/supabase/supautils @ 7e8cfb7ec62a674a7bb28cbbf78b9612838b8468, src/supautils.c: how
--     `postgres` may CREATE/ALTER/DROP POLICY and DROP TRIGGER on auth/storage tables it does not own.
--
-- HOW SUPABASE LETS `postgres` TOUCH auth.users AND storage.objects (reproduced below)
--   * CREATE TRIGGER needs the TRIGGER privilege only: `postgres` holds ALL on every auth table
--     (demote-postgres + default privileges of supabase_auth_admin in `auth`) and ALL WITH GRANT OPTION
--     on storage.buckets/objects (Storage 0046/0049, image 20250623125453).
--   * CREATE POLICY / ALTER POLICY / DROP POLICY / DROP TRIGGER need ownership, and `postgres` is no
--     longer a member of supabase_auth_admin / supabase_storage_admin (20250421084701). On Supabase the
--     supautils extension runs those four commands as a superuser when `postgres` issues them on a table
--     listed in supautils.policy_grants / supautils.drop_trigger_grants. supautils is not available
--     here, so section 8 emulates exactly that with event triggers (schema `supautils_emulation`).
--
-- KNOWN DIFFERENCES (not reproducible in this build, or not observable by the migrations)
--   * supautils itself: only the policy / drop-trigger grants are emulated; CREATE EXTENSION of
--     "privileged" (untrusted) extensions by `postgres`, ALTER ROLE ... SET of allowed settings and the
--     reserved-role checks are not. pgvector is therefore created here by the superuser (as the
--     dashboard does through supautils), owned by supabase_admin.
--   * Extensions not built into this PostgreSQL (uuid-ossp, pgcrypto, pgjwt, pg_graphql, pgsodium,
--     supabase_vault, pg_stat_statements with preload) are only created if available (uuid-ossp,
--     pgcrypto); session_preload_libraries (supautils, safeupdate) are not set, because a missing
--     library would make every login of that role fail.
--   * Only the auth/storage objects the migrations can reach are created: auth.users and the auth.*
--     helpers; storage.buckets, storage.objects and their functions/triggers. Auth's other tables, the
--     Storage search/listing functions, s3/iceberg/vector tables, storage.migrations, graphql_public,
--     pgbouncer, the supabase_realtime publication and the PostgREST/pg_net/pg_cron event triggers
--     are left out.
--   * Supabase sets search_path per ROLE, not per database. `postgres` gets `"\$user", public,
--     extensions` - the backslash is really there on Supabase (the init script escapes `$` for a shell,
--     but runs through psql -f; nix/tests/expected/roles.out and pg_dumpall of projects show it), so
--     `$user` is not substituted for `postgres`. supabase_admin's own setting is scoped to this
--     database here, so other databases of the test cluster keep the server default.
-- =====================================================================================================

-- 0. Preconditions ----------------------------------------------------------------------------------
DO $$
BEGIN
    IF current_user <> 'supabase_admin'
       OR NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'platform.sql must be run by the superuser supabase_admin, not %', current_user;
    END IF;
    IF to_regnamespace('auth') IS NOT NULL OR to_regnamespace('storage') IS NOT NULL THEN
        RAISE EXCEPTION 'platform.sql expects a fresh database: schema auth or storage already exists';
    END IF;
END
$$;

-- 1. Roles (cluster-wide: created when missing, then given exactly Supabase's attributes) -------------
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM (VALUES
        -- the project owner: Supabase's "demote-postgres" leaves it without SUPERUSER
        ('postgres',                   'NOSUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS'),
        -- the API roles PostgREST switches to (created NOINHERIT, switched to INHERIT in 20230529180330)
        ('anon',                       'NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS'),
        ('authenticated',              'NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS'),
        ('service_role',               'NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION BYPASSRLS'),
        ('authenticator',              'NOSUPERUSER NOINHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS'),
        -- the services' owners (Auth lost CREATEROLE in 20260821154147)
        ('supabase_auth_admin',        'NOSUPERUSER NOINHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS'),
        ('supabase_storage_admin',     'NOSUPERUSER NOINHERIT CREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS'),
        ('supabase_realtime_admin',    'NOSUPERUSER NOINHERIT CREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS'),
        ('supabase_replication_admin', 'NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS'),
        ('supabase_etl_admin',         'NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION BYPASSRLS'),
        ('supabase_read_only_user',    'NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION BYPASSRLS'),
        ('dashboard_user',             'NOSUPERUSER INHERIT CREATEROLE CREATEDB NOLOGIN REPLICATION NOBYPASSRLS'),
        ('supabase_privileged_role',   'NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS')
    ) AS t(name, attrs)
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r.name) THEN
            EXECUTE format('CREATE ROLE %I', r.name);
        END IF;
        EXECUTE format('ALTER ROLE %I WITH %s', r.name, r.attrs);
    END LOOP;
END
$$;

ALTER ROLE supabase_admin WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
-- So tests can log in as the project owner over TCP (Supabase hands out this password per project).
ALTER ROLE postgres WITH PASSWORD 'postgres';

-- Per-role settings as Supabase leaves them (see "KNOWN DIFFERENCES" for search_path and the preloads).
ALTER ROLE anon                    SET statement_timeout = '3s';
ALTER ROLE authenticated           SET statement_timeout = '8s';
ALTER ROLE authenticator           SET statement_timeout = '8s';
ALTER ROLE authenticator           SET lock_timeout = '8s';
ALTER ROLE postgres                SET search_path TO "\$user", public, extensions;
ALTER ROLE supabase_auth_admin     SET search_path = auth;
ALTER ROLE supabase_auth_admin     SET idle_in_transaction_session_timeout = 60000;
ALTER ROLE supabase_storage_admin  SET search_path = storage;
ALTER ROLE supabase_realtime_admin SET search_path = public, extensions, realtime;
ALTER ROLE supabase_read_only_user SET default_transaction_read_only = on;
DO $$
BEGIN
    EXECUTE format('ALTER ROLE supabase_admin IN DATABASE %I SET search_path TO "$user", public, auth, extensions',
                   current_database());
END
$$;

-- Memberships. PostgreSQL 16+ records INHERIT/SET per grant; these are the options Supabase ends with.
-- (On a second database of the same cluster they exist already; that is not worth a NOTICE each.)
SET client_min_messages = warning;
-- PostgREST's login role may switch to the API roles but inherits nothing from them:
GRANT anon, authenticated, service_role TO authenticator WITH INHERIT FALSE, SET TRUE;
-- The project owner administers the API roles (20250605172253) and authenticator, and holds the
-- predefined monitoring/read/signal roles with admin option (nix/tests/expected/z_17_roles.out). It is
-- also a member of supabase_privileged_role, the role current images name as supautils.privileged_role
-- (nix/tests/expected/supautils_platform_policy.out @ 2ff3a3f11b481ba485b49ee98f0e7f0b515bf600):
GRANT anon, authenticated, service_role, authenticator TO postgres WITH ADMIN TRUE, INHERIT TRUE, SET TRUE;
GRANT pg_monitor, pg_read_all_data, pg_signal_backend TO postgres WITH ADMIN TRUE, INHERIT TRUE, SET TRUE;
GRANT pg_create_subscription, supabase_privileged_role TO postgres WITH INHERIT TRUE, SET TRUE;
GRANT pg_read_all_data TO supabase_read_only_user, supabase_etl_admin WITH INHERIT TRUE, SET TRUE;
GRANT supabase_privileged_role TO supabase_etl_admin WITH INHERIT TRUE, SET TRUE;
-- Storage switches to the API roles through authenticator (20231013070755), Realtime directly:
GRANT authenticator TO supabase_storage_admin WITH INHERIT FALSE, SET TRUE;
GRANT anon, authenticated, service_role TO supabase_realtime_admin WITH INHERIT FALSE, SET TRUE;
GRANT SET ON PARAMETER log_min_messages TO supabase_realtime_admin;
RESET client_min_messages;
-- NOT granted any more (revoked by 20250421084701): supabase_auth_admin, supabase_storage_admin and
-- supabase_realtime_admin to postgres; supabase_admin to authenticator (20221103090837).

-- 2. The database ---------------------------------------------------------------------------------------
-- The image creates `postgres` as the owner of the `postgres` database (migrate.sh); here it becomes the
-- owner of whatever database this file runs in, and so also pg_database_owner, owner of schema public.
DO $$
DECLARE
    db text := current_database();
BEGIN
    EXECUTE format('ALTER DATABASE %I OWNER TO postgres', db);
    EXECUTE format('GRANT ALL ON DATABASE %I TO postgres, dashboard_user', db);
    EXECUTE format('GRANT CREATE ON DATABASE %I TO supabase_auth_admin, supabase_storage_admin, '
                   'supabase_realtime_admin, supabase_etl_admin', db);
END
$$;
GRANT EXECUTE ON FUNCTION pg_catalog.pg_reload_conf() TO postgres;

-- 3. Schema public ----------------------------------------------------------------------------------------
GRANT USAGE ON SCHEMA public TO postgres, anon, authenticated, service_role;
GRANT USAGE, CREATE ON SCHEMA public TO supabase_realtime_admin;

-- Whatever postgres (the init scripts ran as postgres) or supabase_admin creates in public is fully
-- granted to the API roles; RLS is what protects the rows.
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
    GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
    GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
    GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
    GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
    GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
    GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;

-- 4. Schema extensions and pgvector -----------------------------------------------------------------------
-- Created by the init scripts while they ran as postgres, hence owned by postgres.
CREATE SCHEMA extensions AUTHORIZATION postgres;
GRANT USAGE ON SCHEMA extensions TO anon, authenticated, service_role, supabase_realtime_admin;
GRANT ALL ON SCHEMA extensions TO dashboard_user;
-- Extension objects (created by supabase_admin) are handed to postgres with grant option (20230224042246).
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA extensions
    GRANT ALL ON TABLES TO postgres WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA extensions
    GRANT ALL ON ROUTINES TO postgres WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA extensions
    GRANT ALL ON SEQUENCES TO postgres WITH GRANT OPTION;

DO $$
BEGIN
    -- Part of every Supabase image; only present in builds of PostgreSQL that ship them.
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions WHERE name = 'uuid-ossp') THEN
        CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions WHERE name = 'pgcrypto') THEN
        CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
    END IF;
END
$$;

-- pgvector is not a trusted extension; on Supabase the dashboard (through supautils) creates it as
-- supabase_admin, in schema extensions.
CREATE EXTENSION vector WITH SCHEMA extensions;

-- 5. Schema realtime (empty: Realtime's own tables are not part of this fixture) -----------------------
CREATE SCHEMA realtime AUTHORIZATION supabase_admin;
GRANT USAGE ON SCHEMA realtime TO postgres, anon, authenticated, service_role;
GRANT ALL ON SCHEMA realtime TO supabase_realtime_admin WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA realtime GRANT ALL ON TABLES TO postgres, dashboard_user;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA realtime GRANT ALL ON SEQUENCES TO postgres, dashboard_user;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA realtime GRANT ALL ON ROUTINES TO postgres, dashboard_user;

-- 6. Schema auth -------------------------------------------------------------------------------------------
-- Owned by supabase_admin; Auth (supabase_auth_admin) may create in it, postgres may only use it
-- (its CREATE was taken back in 20250421084701).
CREATE SCHEMA auth AUTHORIZATION supabase_admin;
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role, postgres, supabase_realtime_admin;
GRANT ALL ON SCHEMA auth TO supabase_auth_admin, dashboard_user;
-- Everything Auth creates later is handed to postgres and the dashboard (20211115181400).
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_auth_admin IN SCHEMA auth GRANT ALL ON TABLES TO postgres, dashboard_user;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_auth_admin IN SCHEMA auth GRANT ALL ON SEQUENCES TO postgres, dashboard_user;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_auth_admin IN SCHEMA auth GRANT ALL ON ROUTINES TO postgres, dashboard_user;

SET ROLE supabase_auth_admin;

-- auth.users after all of Auth's migrations: the image's original 21 columns (confirmed_at renamed to
-- email_confirmed_at, email_change_token to email_change_token_new), then what Auth added, in order.
CREATE TABLE auth.users (
    instance_id                 uuid,
    id                          uuid NOT NULL,
    aud                         varchar(255),
    "role"                      varchar(255),
    email                       varchar(255),
    encrypted_password          varchar(255),
    email_confirmed_at          timestamptz,
    invited_at                  timestamptz,
    confirmation_token          varchar(255),
    confirmation_sent_at        timestamptz,
    recovery_token              varchar(255),
    recovery_sent_at            timestamptz,
    email_change_token_new      varchar(255),
    email_change                varchar(255),
    email_change_sent_at        timestamptz,
    last_sign_in_at             timestamptz,
    raw_app_meta_data           jsonb,
    raw_user_meta_data          jsonb,
    is_super_admin              boolean,
    created_at                  timestamptz,
    updated_at                  timestamptz,
    -- phone columns were varchar(15) and became text (20230116124310); their defaults kept the old cast
    phone                       text DEFAULT NULL::varchar,
    phone_confirmed_at          timestamptz,
    phone_change                text DEFAULT ''::varchar,
    phone_change_token          varchar(255) DEFAULT ''::varchar,
    phone_change_sent_at        timestamptz,
    confirmed_at                timestamptz GENERATED ALWAYS AS (LEAST(email_confirmed_at, phone_confirmed_at)) STORED,
    email_change_token_current  varchar(255) DEFAULT ''::varchar,
    email_change_confirm_status smallint DEFAULT 0,
    banned_until                timestamptz,
    reauthentication_token      varchar(255) DEFAULT ''::varchar,
    reauthentication_sent_at    timestamptz,
    is_sso_user                 boolean NOT NULL DEFAULT false,
    deleted_at                  timestamptz,
    is_anonymous                boolean NOT NULL DEFAULT false,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_phone_key UNIQUE (phone),
    CONSTRAINT users_email_change_confirm_status_check
        CHECK (email_change_confirm_status >= 0 AND email_change_confirm_status <= 2)
);
-- (users_email_key, the original UNIQUE(email), was dropped by 20221215195500 in favour of the partial
-- index below, which lets SSO accounts share an address.)
CREATE INDEX users_instance_id_idx ON auth.users (instance_id);
CREATE INDEX users_instance_id_email_idx ON auth.users (instance_id, lower(email::text));
CREATE UNIQUE INDEX users_email_partial_key ON auth.users (email) WHERE is_sso_user = false;
-- Tokens are unique unless they are blank or a numeric OTP (20220429102000).
CREATE UNIQUE INDEX confirmation_token_idx ON auth.users (confirmation_token) WHERE confirmation_token::text !~ '^[0-9 ]*$';
CREATE UNIQUE INDEX recovery_token_idx ON auth.users (recovery_token) WHERE recovery_token::text !~ '^[0-9 ]*$';
CREATE UNIQUE INDEX email_change_token_current_idx ON auth.users (email_change_token_current) WHERE email_change_token_current::text !~ '^[0-9 ]*$';
CREATE UNIQUE INDEX email_change_token_new_idx ON auth.users (email_change_token_new) WHERE email_change_token_new::text !~ '^[0-9 ]*$';
CREATE UNIQUE INDEX reauthentication_token_idx ON auth.users (reauthentication_token) WHERE reauthentication_token::text !~ '^[0-9 ]*$';
CREATE INDEX users_is_anonymous_idx ON auth.users (is_anonymous);
COMMENT ON TABLE auth.users IS 'Auth: Stores user login data within a secure schema.';
COMMENT ON COLUMN auth.users.is_sso_user IS 'Auth: Set this column to true when the account comes from SSO. These accounts can have duplicate emails.';
COMMENT ON INDEX auth.users_email_partial_key IS 'Auth: A partial unique index that applies only when is_sso_user is false';
-- RLS on without any policy (20240612123726); the API roles have no privilege on the table at all.
ALTER TABLE auth.users ENABLE ROW LEVEL SECURITY;
-- postgres and dashboard_user hold ALL (so postgres may add triggers and foreign keys to it) through the
-- default privileges above; postgres may also pass SELECT on.
GRANT SELECT ON auth.users TO postgres WITH GRANT OPTION;

-- The request helpers. They read what PostgREST / Storage put into the transaction: first the legacy
-- per-claim settings, then the whole claims object. Plain SQL, STABLE, no fixed search_path - as upstream.
-- (uid/role/email were created by the image and later redefined by Auth; jwt was created by Auth.)
CREATE FUNCTION auth.uid() RETURNS uuid
    LANGUAGE sql STABLE
AS $$
  select coalesce(
           nullif(current_setting('request.jwt.claim.sub', true), ''),
           (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
         )::uuid
$$;

CREATE FUNCTION auth.role() RETURNS text
    LANGUAGE sql STABLE
AS $$
  select coalesce(
           nullif(current_setting('request.jwt.claim.role', true), ''),
           (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
         )::text
$$;

CREATE FUNCTION auth.email() RETURNS text
    LANGUAGE sql STABLE
AS $$
  select coalesce(
           nullif(current_setting('request.jwt.claim.email', true), ''),
           (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
         )::text
$$;

CREATE FUNCTION auth.jwt() RETURNS jsonb
    LANGUAGE sql STABLE
AS $$
  select coalesce(
           nullif(current_setting('request.jwt.claim', true), ''),
           nullif(current_setting('request.jwt.claims', true), '')
         )::jsonb
$$;

COMMENT ON FUNCTION auth.uid()   IS 'Deprecated. Use auth.jwt() -> ''sub'' instead.';
COMMENT ON FUNCTION auth.role()  IS 'Deprecated. Use auth.jwt() -> ''role'' instead.';
COMMENT ON FUNCTION auth.email() IS 'Deprecated. Use auth.jwt() -> ''email'' instead.';

RESET ROLE;

-- EXECUTE stays with PUBLIC (PostgreSQL's default). auth.users and auth.jwt() got the auth default
-- privileges above (postgres, dashboard_user), as when Auth creates them. The three older helpers were
-- created by the image as postgres and handed to supabase_auth_admin later, so postgres' own grant folded
-- into the owner's entry; they carry explicit grants to dashboard_user and Realtime instead.
REVOKE EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.email() FROM postgres;
GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.email() TO dashboard_user, supabase_realtime_admin;

-- 7. Schema storage ----------------------------------------------------------------------------------------
-- Owned by supabase_admin; Storage (supabase_storage_admin) creates its tables in it; postgres may use
-- it and pass that on (20250709135250), but not create in it (20250421084701).
CREATE SCHEMA storage AUTHORIZATION supabase_admin;
GRANT USAGE ON SCHEMA storage TO anon, authenticated, service_role;
GRANT USAGE ON SCHEMA storage TO postgres WITH GRANT OPTION;
GRANT ALL ON SCHEMA storage TO supabase_storage_admin WITH GRANT OPTION;
GRANT ALL ON SCHEMA storage TO dashboard_user;
-- Everything Storage creates is fully granted to postgres and the API roles; RLS decides the rows.
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_storage_admin IN SCHEMA storage
    GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_storage_admin IN SCHEMA storage
    GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_storage_admin IN SCHEMA storage
    GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;

-- From here on, objects are created the way Storage's migration runner creates them: as
-- supabase_storage_admin, so they are its own and pick up the default privileges above.
SET ROLE supabase_storage_admin;

CREATE TYPE storage.buckettype AS ENUM ('STANDARD', 'ANALYTICS', 'VECTOR');

-- storage.buckets after tenant migrations 0002-0062 (columns in the order they were added).
CREATE TABLE storage.buckets (
    id                 text NOT NULL,
    name               text NOT NULL,
    owner              uuid,
    created_at         timestamptz DEFAULT now(),
    updated_at         timestamptz DEFAULT now(),
    public             boolean DEFAULT false,
    avif_autodetection boolean DEFAULT false,
    file_size_limit    bigint,
    allowed_mime_types text[],
    owner_id           text,
    type               storage.buckettype NOT NULL DEFAULT 'STANDARD',
    versioning_status  text NOT NULL DEFAULT 'DISABLED',
    CONSTRAINT buckets_pkey PRIMARY KEY (id),
    CONSTRAINT buckets_versioning_status_check
        CHECK (versioning_status IN ('DISABLED', 'ENABLED', 'SUSPENDED')),
    CONSTRAINT buckets_versioning_standard_only_check
        CHECK (type = 'STANDARD' OR versioning_status = 'DISABLED'),
    -- versioning is not switched on anywhere yet ("dark" schema, 0062)
    CONSTRAINT buckets_versioning_dark_check CHECK (versioning_status = 'DISABLED')
);
CREATE UNIQUE INDEX bname ON storage.buckets (name);
COMMENT ON COLUMN storage.buckets.owner IS 'Field is deprecated, use owner_id instead';
ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;

-- storage.objects after tenant migrations 0002-0062. No `level` column and no prefix triggers: 0026-0043
-- are skipped ("ignore") and 0052 drops what they made. owner no longer references auth.users (0017).
CREATE TABLE storage.objects (
    id               uuid NOT NULL DEFAULT gen_random_uuid(),
    bucket_id        text,
    name             text,
    owner            uuid,
    created_at       timestamptz DEFAULT now(),
    updated_at       timestamptz DEFAULT now(),
    last_accessed_at timestamptz DEFAULT now(),
    metadata         jsonb,
    path_tokens      text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
    version          text,
    owner_id         text,
    user_metadata    jsonb,
    archived_at      timestamptz,
    is_delete_marker boolean NOT NULL DEFAULT false,
    is_versioned     boolean NOT NULL DEFAULT false,
    CONSTRAINT objects_pkey PRIMARY KEY (id),
    CONSTRAINT "objects_bucketId_fkey" FOREIGN KEY (bucket_id) REFERENCES storage.buckets (id)
);
CREATE UNIQUE INDEX bucketid_objname ON storage.objects (bucket_id, name);
CREATE INDEX name_prefix_search ON storage.objects (name text_pattern_ops);
CREATE INDEX idx_objects_bucket_id_name ON storage.objects (bucket_id, (name COLLATE "C"));
CREATE INDEX idx_objects_bucket_id_name_lower ON storage.objects (bucket_id, (lower(name) COLLATE "C"));
COMMENT ON COLUMN storage.objects.owner IS 'Field is deprecated, use owner_id instead';
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;

-- Path helpers used by bucket policies. PL/pgSQL and IMMUTABLE as Storage defines them (0060, 0061).
-- foldername('u/a/b.mp3') = {u,a}; a name without '/' gives {}; '' and NULL give NULL.
CREATE FUNCTION storage.foldername(name text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    segments text[] := string_to_array(name, '/');
BEGIN
    RETURN segments[1 : array_length(segments, 1) - 1];
END
$$;

-- filename('u/a/b.mp3') = 'b.mp3': the last segment.
CREATE FUNCTION storage.filename(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    segments text[] := string_to_array(name, '/');
BEGIN
    RETURN segments[array_length(segments, 1)];
END
$$;

-- extension('u/a/b.tar.gz') = 'gz': what follows the last '.' of the last segment (a file name without
-- any '.' is returned whole, as upstream does).
CREATE FUNCTION storage.extension(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    segments text[] := string_to_array(name, '/');
    last_segment text := segments[array_length(segments, 1)];
BEGIN
    RETURN reverse(split_part(reverse(last_segment), '.', 1));
END
$$;

-- The operation the Storage API is performing in this transaction (it sets storage.operation), and the
-- two policy helpers built on it (0024, 0058). A leading "storage." is ignored on both sides.
CREATE FUNCTION storage.operation() RETURNS text
    LANGUAGE plpgsql STABLE
AS $$
BEGIN
    RETURN current_setting('storage.operation', true);
END;
$$;

CREATE FUNCTION storage.allow_only_operation(expected_operation text) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
  SELECT CASE
           WHEN coalesce(expected_operation, '') = '' THEN false
           ELSE coalesce(
                  (CASE WHEN storage.operation() LIKE 'storage.%' THEN substr(storage.operation(), 9)
                        ELSE storage.operation() END)
                  =
                  (CASE WHEN expected_operation LIKE 'storage.%' THEN substr(expected_operation, 9)
                        ELSE expected_operation END),
                  false)
         END;
$$;

CREATE FUNCTION storage.allow_any_operation(expected_operations text[]) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (
    SELECT 1
    FROM unnest(expected_operations) AS e(op)
    WHERE e.op IS NOT NULL AND e.op <> ''
      AND (CASE WHEN e.op LIKE 'storage.%' THEN substr(e.op, 9) ELSE e.op END)
          = (CASE WHEN storage.operation() LIKE 'storage.%' THEN substr(storage.operation(), 9)
                  ELSE storage.operation() END)
  );
$$;

-- update_updated_at_column (0011): Storage's runner has search_path storage first, so it lives in storage.
CREATE FUNCTION storage.update_updated_at_column() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;

-- Bucket names of at most 100 characters (0037).
CREATE FUNCTION storage.enforce_bucket_name_length() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF length(NEW.name) > 100 THEN
        RAISE EXCEPTION 'bucket name "%" is too long (% characters). Max is 100.', NEW.name, length(NEW.name);
    END IF;
    RETURN NEW;
END;
$$;

-- No DELETE on buckets/objects outside the Storage API (0055). The API marks its own transactions with
-- storage.allow_delete_query = 'true'; any other DELETE statement - even one that matches no row, even
-- by the table owner - is refused with SQLSTATE 42501 before it deletes anything.
CREATE FUNCTION storage.protect_delete() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF coalesce(current_setting('storage.allow_delete_query', true), 'false') <> 'true' THEN
        RAISE EXCEPTION 'Direct deletion from storage tables is not allowed. Use the Storage API instead.'
            USING HINT = 'This prevents accidental data loss from orphaned objects.',
                  ERRCODE = '42501';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER enforce_bucket_name_length_trigger
    BEFORE INSERT OR UPDATE OF name ON storage.buckets
    FOR EACH ROW EXECUTE FUNCTION storage.enforce_bucket_name_length();
CREATE TRIGGER protect_buckets_delete
    BEFORE DELETE ON storage.buckets
    FOR EACH STATEMENT EXECUTE FUNCTION storage.protect_delete();
-- An INSERT into storage.objects fires no trigger of Storage's; an UPDATE refreshes updated_at.
CREATE TRIGGER update_objects_updated_at
    BEFORE UPDATE ON storage.objects
    FOR EACH ROW EXECUTE FUNCTION storage.update_updated_at_column();
CREATE TRIGGER protect_objects_delete
    BEFORE DELETE ON storage.objects
    FOR EACH STATEMENT EXECUTE FUNCTION storage.protect_delete();

-- postgres gets ALL, TRIGGER included, with grant option on the two tables (0046/0049, and the image's
-- 20250623125453); the API roles already have ALL through the default privileges.
GRANT ALL ON storage.buckets, storage.objects TO postgres WITH GRANT OPTION;

RESET ROLE;

-- 8. supautils' policy and drop-trigger grants, emulated -----------------------------------------------
-- On Supabase, when the current role is `postgres` and it runs CREATE POLICY, ALTER POLICY, DROP POLICY
-- or DROP TRIGGER on one of the tables named in supautils.policy_grants / supautils.drop_trigger_grants,
-- supautils executes that one command as a superuser (src/supautils.c). Anything else on those tables
-- still fails with "must be owner". Here: at ddl_command_start of those four commands issued by
-- postgres, postgres is made a member (inherit only, no SET) of the two table owners; at ddl_command_end
-- the membership is taken back, after checking that the command only touched a listed table. A failing
-- command rolls the membership back with it. Nothing here is reachable by anyone but these triggers.
CREATE SCHEMA supautils_emulation AUTHORIZATION supabase_admin;
COMMENT ON SCHEMA supautils_emulation IS
    'Test fixture only: emulates supautils.policy_grants / drop_trigger_grants for role postgres';

-- The tables of supautils.policy_grants and supautils.drop_trigger_grants for "postgres" (identical
-- lists in conf.d/supautils.conf).
CREATE FUNCTION supautils_emulation.granted_table(tbl regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
  SELECT format('%s.%s', n.nspname, c.relname) = ANY (ARRAY[
           'auth.audit_log_entries', 'auth.flow_state', 'auth.identities', 'auth.instances',
           'auth.mfa_amr_claims', 'auth.mfa_challenges', 'auth.mfa_factors', 'auth.oauth_clients',
           'auth.one_time_tokens', 'auth.refresh_tokens', 'auth.saml_providers', 'auth.saml_relay_states',
           'auth.sessions', 'auth.sso_domains', 'auth.sso_providers', 'auth.users',
           'realtime.messages', 'realtime.subscription',
           'storage.buckets', 'storage.buckets_analytics', 'storage.objects', 'storage.prefixes',
           'storage.s3_multipart_uploads', 'storage.s3_multipart_uploads_parts'])
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.oid = tbl
$$;

-- Refuses the command unless the table is one postgres owns anyway or one supautils lets it handle.
CREATE FUNCTION supautils_emulation.check_table(tbl regclass) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF tbl IS NULL THEN
        RETURN;
    END IF;
    IF (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = tbl)
           IN ('supabase_auth_admin', 'supabase_storage_admin')
       AND NOT supautils_emulation.granted_table(tbl) THEN
        RAISE EXCEPTION 'must be owner of table %', (SELECT relname FROM pg_class WHERE oid = tbl)
            USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE FUNCTION supautils_emulation.lend_ownership() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- The role the command runs as: SET ROLE if any, else the login role (a SECURITY DEFINER function
    -- does not change either).
    IF coalesce(nullif(current_setting('role'), 'none'), session_user) <> 'postgres' THEN
        RETURN;
    END IF;
    IF pg_has_role('postgres', 'supabase_auth_admin', 'USAGE')
       OR pg_has_role('postgres', 'supabase_storage_admin', 'USAGE') THEN
        RETURN;  -- someone made postgres a member for real; nothing to lend
    END IF;
    GRANT supabase_auth_admin, supabase_storage_admin TO postgres WITH INHERIT TRUE, SET FALSE;
    PERFORM set_config('supautils_emulation.lent', 'on', true);
END
$$;

CREATE FUNCTION supautils_emulation.check_dropped() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d record;
BEGIN
    IF coalesce(current_setting('supautils_emulation.lent', true), '') <> 'on' THEN
        RETURN;
    END IF;
    FOR d IN SELECT * FROM pg_event_trigger_dropped_objects()
             WHERE object_type IN ('policy', 'trigger') AND NOT is_temporary
    LOOP
        -- address_names = {schema, table, policy-or-trigger name}
        PERFORM supautils_emulation.check_table(
            to_regclass(format('%I.%I', d.address_names[1], d.address_names[2])));
    END LOOP;
END
$$;

CREATE FUNCTION supautils_emulation.take_back_ownership() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c record;
BEGIN
    IF coalesce(current_setting('supautils_emulation.lent', true), '') <> 'on' THEN
        RETURN;
    END IF;
    FOR c IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE classid = 'pg_policy'::regclass LOOP
        PERFORM supautils_emulation.check_table((SELECT polrelid FROM pg_policy WHERE oid = c.objid));
    END LOOP;
    REVOKE supabase_auth_admin, supabase_storage_admin FROM postgres;
    PERFORM set_config('supautils_emulation.lent', '', true);
END
$$;

REVOKE ALL ON FUNCTION supautils_emulation.granted_table(regclass), supautils_emulation.check_table(regclass),
    supautils_emulation.lend_ownership(), supautils_emulation.check_dropped(),
    supautils_emulation.take_back_ownership() FROM PUBLIC;

CREATE EVENT TRIGGER supautils_emulation_lend ON ddl_command_start
    WHEN TAG IN ('CREATE POLICY', 'ALTER POLICY', 'DROP POLICY', 'DROP TRIGGER')
    EXECUTE FUNCTION supautils_emulation.lend_ownership();
CREATE EVENT TRIGGER supautils_emulation_check_dropped ON sql_drop
    WHEN TAG IN ('DROP POLICY', 'DROP TRIGGER')
    EXECUTE FUNCTION supautils_emulation.check_dropped();
CREATE EVENT TRIGGER supautils_emulation_take_back ON ddl_command_end
    WHEN TAG IN ('CREATE POLICY', 'ALTER POLICY', 'DROP POLICY', 'DROP TRIGGER')
    EXECUTE FUNCTION supautils_emulation.take_back_ownership();
