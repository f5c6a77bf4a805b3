-- 0003_accounts: users, console sessions and API tokens, the audit log and the login log
-- (model/system_types.cc). The two logs are append-only: a trigger refuses any UPDATE or
-- DELETE, whoever asks. Reference tables (no Citus distribution): small, read on every request.
CREATE TABLE users (
  id BIGINT NOT NULL,
  username TEXT NOT NULL,
  display_name TEXT,
  password_hash TEXT,
  role TEXT NOT NULL,
  data_scope TEXT NOT NULL,
  unit_code TEXT,
  organization_id BIGINT,
  pairing_id BIGINT,
  sector TEXT,
  disabled BOOLEAN,
  failed_logins BIGINT,
  locked_until TEXT,
  created_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX users_username_idx ON users (username);
CREATE SEQUENCE users_id_seq;

CREATE TABLE api_tokens (
  id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  digest TEXT NOT NULL,
  name TEXT,
  csrf_token TEXT,
  remote_address TEXT,
  created_at TEXT,
  expires_at TEXT,
  last_used_at TEXT,
  revoked BOOLEAN,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX api_tokens_digest_idx ON api_tokens (digest);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);
CREATE SEQUENCE api_tokens_id_seq;

CREATE TABLE audit_log (
  id BIGINT NOT NULL,
  at TEXT NOT NULL,
  user_id BIGINT,
  username TEXT NOT NULL,
  remote_address TEXT,
  action TEXT NOT NULL,
  record_type TEXT,
  record_id BIGINT,
  west_code TEXT,
  east_code TEXT,
  pairing_id BIGINT,
  before_json TEXT,
  after_json TEXT,
  note TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE SEQUENCE audit_log_id_seq;

CREATE TABLE login_log (
  id BIGINT NOT NULL,
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  user_id BIGINT,
  remote_address TEXT,
  user_agent TEXT,
  outcome TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX login_log_user_idx ON login_log (username, at);
CREATE SEQUENCE login_log_id_seq;

CREATE FUNCTION shanhai_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION shanhai_append_only();
CREATE TRIGGER login_log_append_only BEFORE UPDATE OR DELETE ON login_log
  FOR EACH ROW EXECUTE FUNCTION shanhai_append_only();
