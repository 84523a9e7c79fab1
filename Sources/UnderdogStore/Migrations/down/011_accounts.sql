-- down: 011_accounts.sql
-- loses: app.rate_limit_counters, app.member_removals, app.invites, app.refresh_tokens, app.plan_limits
--
-- Drops refresh tokens (everyone signs in again), invites, member removals (removed members get back in),
-- rate-limit counters, plan limits, the quota/seat triggers, the admin functions and the app schema grant.
-- plan_limits always holds the three plans seeded here, so this down always needs --force; note any limits
-- an operator edited first.

DROP TABLE IF EXISTS app.rate_limit_counters;

DROP TRIGGER IF EXISTS enforce_member_limit_on_restore ON app.member_removals;
DROP TRIGGER IF EXISTS enforce_member_limit_on_invites ON app.invites;
DROP TRIGGER IF EXISTS enforce_member_limit_on_users ON public.users;
DROP FUNCTION IF EXISTS app.enforce_member_limit();
DROP FUNCTION IF EXISTS app.check_member_seat(uuid, boolean);

DROP TRIGGER IF EXISTS enforce_upload_quota ON public.call_uploads;
DROP FUNCTION IF EXISTS app.enforce_upload_quota();

DROP FUNCTION IF EXISTS app.restore_roleplay_session(uuid);
DROP FUNCTION IF EXISTS app.set_member_role(uuid, text);

-- With the table go its policies and its audit_member_removals / revoke_tokens_on_member_removal triggers.
DROP TABLE IF EXISTS app.member_removals;
DROP FUNCTION IF EXISTS app.revoke_tokens_of_removed_member();

DROP TABLE IF EXISTS app.invites;
DROP TABLE IF EXISTS app.refresh_tokens;

DROP TABLE IF EXISTS app.plan_limits;
REVOKE USAGE ON SCHEMA app FROM authenticated, service_role;
