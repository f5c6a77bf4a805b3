-- 0003_accounts: users, console sessions and API tokens, the audit log and the login log
-- (model/system_types.cc). The two logs are append-only: the triggers refuse any UPDATE
-- or DELETE, whoever asks.
CREATE TABLE users (
  id INTEGER NOT NULL,
  username TEXT NOT NULL,
  display_name TEXT,
  password_hash TEXT,
  role TEXT NOT NULL,
  data_scope TEXT NOT NULL,
  unit_code TEXT,
  organization_id INTEGER,
  pairing_id INTEGER,
  sector TEXT,
  disabled INTEGER,
  failed_logins INTEGER,
  locked_until TEXT,
  created_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX users_username_idx ON users (username);

CREATE TABLE api_tokens (
  id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  digest TEXT NOT NULL,
  name TEXT,
  csrf_token TEXT,
  remote_address TEXT,
  created_at TEXT,
  expires_at TEXT,
  last_used_at TEXT,
  revoked INTEGER,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX api_tokens_digest_idx ON api_tokens (digest);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE audit_log (
  id INTEGER NOT NULL,
  at TEXT NOT NULL,
  user_id INTEGER,
  username TEXT NOT NULL,
  remote_address TEXT,
  action TEXT NOT NULL,
  record_type TEXT,
  record_id INTEGER,
  west_code TEXT,
  east_code TEXT,
  pairing_id INTEGER,
  before_json TEXT,
  after_json TEXT,
  note TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE login_log (
  id INTEGER NOT NULL,
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  user_id INTEGER,
  remote_address TEXT,
  user_agent TEXT,
  outcome TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX login_log_user_idx ON login_log (username, at);
CREATE TRIGGER login_log_no_update BEFORE UPDATE ON login_log
BEGIN SELECT RAISE(ABORT, 'login_log is append-only'); END;
CREATE TRIGGER login_log_no_delete BEFORE DELETE ON login_log
BEGIN SELECT RAISE(ABORT, 'login_log is append-only'); END;
