#include "base/clock.h"
#include "store/postgres/postgres_store.h"

#include <libpq-fe.h>

#include <charconv>
#include <condition_variable>
#include <ctime>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "store/migrations.h"
#include "store/sql_builder.h"

namespace shanhai::store::internal {
namespace {

using model::FieldKind;
using model::Record;
using model::RecordType;
using model::Value;

// ---------------------------------------------------------------------------------------
// Thin RAII over libpq.

struct ConnCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
struct ResultClearer {
  void operator()(PGresult* res) const { PQclear(res); }
};
using Conn = std::unique_ptr<PGconn, ConnCloser>;
using PgResult = std::unique_ptr<PGresult, ResultClearer>;

// The key of the transaction-level advisory lock that every Write() and the migration
// at open take ("shanhai" in ASCII). Advisory locks are per database, so this
// serialises writers across shanhai processes the way SQLite's file lock does, which
// the id assignment (sequence arithmetic, duplicate checks across west_code) relies on.
constexpr int64_t kWriterLockKey = 0x7368616e686169;

// Bytes handed to PQputCopyData at a time.
constexpr size_t kCopyChunk = 64 * 1024;

// Read connections kept open at most; Read() waits for one beyond that.
constexpr size_t kMaxReaders = 16;

std::string TrimmedError(const char* msg) {
  std::string s = msg ? msg : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s.empty() ? "unknown error" : s;
}

// Maps an engine failure to a Status: by SQLSTATE when the server sent one, else by the
// state of the connection.
Status Engine(PGconn* conn, const PGresult* res, std::string_view what) {
  std::string msg = std::string(what) + ": " +
                    TrimmedError(res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
  const char* state_raw = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string_view state = state_raw ? state_raw : "";
  if (PQstatus(conn) != CONNECTION_OK || state.starts_with("08") || state == "57P01" ||
      state == "57P02" || state == "57P03")
    return Status::Unavailable(msg, "数据库连接失败，请稍后重试");
  if (state == "23505") return Status::AlreadyExists(msg, "记录已存在（编号或唯一键重复）");
  if (state == "23514" || state == "23502") return Status::InvalidArgument(msg, "数据不满足数据库约束");
  // Data exceptions: a malformed date or number, text that is not UTF-8.
  if (state.starts_with("22")) return Status::InvalidArgument(msg, "数据格式不被数据库接受");
  if (state == "40001" || state == "40P01" || state == "55P03")
    return Status::Unavailable(msg, "数据库繁忙，请稍后重试");
  return Status::Internal(msg);
}

bool ResultOk(const PGresult* res) {
  if (!res) return false;
  ExecStatusType st = PQresultStatus(res);
  return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

// Runs `sql` (several statements allowed, no parameters); returns the last result.
Result<PgResult> Exec(PGconn* conn, const std::string& sql) {
  PgResult res(PQexec(conn, sql.c_str()));
  if (!ResultOk(res.get())) return Engine(conn, res.get(), "exec");
  return res;
}

Status Command(PGconn* conn, const std::string& sql) {
  SHANHAI_ASSIGN_OR_RETURN(PgResult ignored, Exec(conn, sql));
  return Status::Ok();
}

Status TextWithNul() {
  return Status::InvalidArgument("text must not contain a NUL character", "文本中不能包含 NUL 字符");
}

// Appends the text form of a non-absent value, as PostgreSQL's input functions read it.
void AppendText(const Value& v, std::string& out) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, double>) {
          char buf[32];
          // Shortest form that reads back to the same double ("2.5", "1e+20").
          auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
          (void)ec;
          out.append(buf, end);
        } else if constexpr (std::is_same_v<T, bool>) {
          out += x ? 't' : 'f';
        } else if constexpr (std::is_same_v<T, std::string>) {
          out += x;
        }
      },
      v);
}

// Query parameters in text format; an absent value is SQL NULL.
class Params {
 public:
  explicit Params(const std::vector<Value>& values) {
    text_.resize(values.size());
    ptrs_.resize(values.size(), nullptr);
    for (size_t i = 0; i < values.size(); ++i) {
      if (model::IsAbsent(values[i])) continue;
      if (const auto* s = std::get_if<std::string>(&values[i]); s && s->find('\0') != std::string::npos)
        has_nul_ = true;
      AppendText(values[i], text_[i]);
    }
    // Pointers only once every string is in place.
    for (size_t i = 0; i < values.size(); ++i)
      if (!model::IsAbsent(values[i])) ptrs_[i] = text_[i].c_str();
  }
  int size() const { return static_cast<int>(ptrs_.size()); }
  const char* const* values() const { return ptrs_.data(); }
  // libpq takes parameters as C strings, so a NUL would silently cut the text short.
  bool has_nul() const { return has_nul_; }

 private:
  std::vector<std::string> text_;
  std::vector<const char*> ptrs_;
  bool has_nul_ = false;
};

Result<PgResult> Query(PGconn* conn, const std::string& sql, const std::vector<Value>& values) {
  Params params(values);
  if (params.has_nul()) return TextWithNul();
  PgResult res(PQexecParams(conn, sql.c_str(), params.size(), nullptr, params.values(), nullptr, nullptr, 0));
  if (!ResultOk(res.get())) return Engine(conn, res.get(), "query");
  return res;
}

// Appends `v` as one field of a COPY text-format row.
void AppendCopyField(const Value& v, std::string& out) {
  if (model::IsAbsent(v)) {
    out += "\\N";
    return;
  }
  const auto* s = std::get_if<std::string>(&v);
  if (!s) {
    AppendText(v, out);
    return;
  }
  for (char c : *s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

Result<int64_t> ParseInt(std::string_view s) {
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size())
    return Status::Internal("cannot read '" + std::string(s) + "' as an integer");
  return v;
}

// The value of one cell, represented by `kind` as model/record.h prescribes.
Result<Value> Cell(const PGresult* res, int row, int col, FieldKind kind) {
  if (PQgetisnull(res, row, col)) return Value{};
  std::string_view text(PQgetvalue(res, row, col), static_cast<size_t>(PQgetlength(res, row, col)));
  switch (kind) {
    case FieldKind::kId:
    case FieldKind::kInt:
    case FieldKind::kMoney:
    case FieldKind::kRef: {
      SHANHAI_ASSIGN_OR_RETURN(int64_t v, ParseInt(text));
      return Value{v};
    }
    case FieldKind::kReal: {
      double v = 0;
      auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (ec != std::errc() || ptr != text.data() + text.size())
        return Status::Internal("cannot read '" + std::string(text) + "' as a number");
      return Value{v};
    }
    case FieldKind::kBool:
      return Value{text == "t"};
    default:
      return Value{std::string(text)};
  }
}

Result<Record> ReadRow(const PGresult* res, int row, const RecordType& type) {
  Record r(type);
  for (size_t i = 0; i < type.fields.size(); ++i) {
    SHANHAI_ASSIGN_OR_RETURN(r.at(i), Cell(res, row, static_cast<int>(i), type.fields[i].kind));
  }
  return r;
}

Result<Conn> Connect(const std::string& url) {
  // Keywords before "dbname" are defaults that the URL may override.
  const char* const keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
  const char* const values[] = {"10", "shanhai", url.c_str(), nullptr};
  Conn conn(PQconnectdbParams(keys, values, 1));
  if (!conn) return Status::Unavailable("cannot connect to PostgreSQL: out of memory", "无法连接 PostgreSQL 数据库：内存不足");
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    std::string msg = TrimmedError(PQerrorMessage(conn.get()));
    return Status::Unavailable("cannot connect to PostgreSQL: " + msg, "无法连接 PostgreSQL 数据库：" + msg);
  }
  if (PQsetClientEncoding(conn.get(), "UTF8") != 0)
    return Status::Unavailable("cannot set the client encoding to UTF8: " + TrimmedError(PQerrorMessage(conn.get())),
                               "无法将客户端编码设为 UTF8");
  // Dates come back as YYYY-MM-DD whatever the server's default; doubles in their
  // shortest exact form (servers configured with extra_float_digits = 0 would round).
  SHANHAI_RETURN_IF_ERROR(Command(
      conn.get(), "SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1; SET client_min_messages = warning"));
  return conn;
}

std::string SequenceOf(const RecordType& type) { return std::string(type.name) + "_id_seq"; }

// ---------------------------------------------------------------------------------------

class PgTxn final : public Txn {
 public:
  PgTxn(PGconn* conn, bool writable) : conn_(conn), writable_(writable), owner_(std::this_thread::get_id()) {}

  // Ends the transaction's use; every later call fails with kFailedPrecondition.
  void Close() { open_ = false; }

  Result<std::optional<Record>> Get(const RecordType& type, int64_t id) override {
    SHANHAI_RETURN_IF_ERROR(Usable());
    return One(type, "SELECT " + ColumnList(type) + " FROM " + std::string(type.name) + " WHERE id = $1", Value{id});
  }

  Result<std::optional<Record>> GetUnitByCode(std::string_view code) override {
    SHANHAI_RETURN_IF_ERROR(Usable());
    const RecordType& type = *model::FindType("admin_units");
    return One(type, "SELECT " + ColumnList(type) + " FROM admin_units WHERE code = $1", Value{std::string(code)});
  }

  Result<Page> List(const ListQuery& q) override {
    SHANHAI_RETURN_IF_ERROR(Usable());
    SHANHAI_ASSIGN_OR_RETURN(Sql count, BuildList(q, Dialect::kPostgres, true));
    SHANHAI_ASSIGN_OR_RETURN(Sql select, BuildList(q, Dialect::kPostgres, false));
    Page page;
    auto run = [&]() -> Status {
      SHANHAI_ASSIGN_OR_RETURN(PgResult c, Query(conn_, count.text, count.params));
      SHANHAI_ASSIGN_OR_RETURN(page.total, ParseInt(PQgetvalue(c.get(), 0, 0)));
      if (q.limit == 0) return Status::Ok();
      SHANHAI_ASSIGN_OR_RETURN(PgResult s, Query(conn_, select.text, select.params));
      int n = PQntuples(s.get());
      page.rows.reserve(static_cast<size_t>(n));
      for (int row = 0; row < n; ++row) {
        SHANHAI_ASSIGN_OR_RETURN(Record r, ReadRow(s.get(), row, *q.type));
        page.rows.push_back(std::move(r));
      }
      return Status::Ok();
    };
    // Only `equals` carries values of the caller's choosing, which the server may
    // refuse (text for a number column); keep such a failure from aborting the
    // transaction, as it would not in SQLite.
    SHANHAI_RETURN_IF_ERROR(q.equals.empty() ? run() : Guarded(run));
    return page;
  }

  Status Insert(Record& record) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    const RecordType& type = record.type();
    // The caller's record changes only once the row is in.
    std::vector<Record> one{record};
    SHANHAI_RETURN_IF_ERROR(Guarded([&]() -> Status {
      SHANHAI_ASSIGN_OR_RETURN(int64_t next, AssignIds(one));
      SHANHAI_ASSIGN_OR_RETURN(PgResult ignored, Query(conn_, InsertSql(type, Dialect::kPostgres), one[0].values()));
      return AdvanceSequence(type, next);
    }));
    record = std::move(one[0]);
    return Status::Ok();
  }

  Status InsertMany(std::vector<Record>& records) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    if (records.empty()) return Status::Ok();
    const RecordType& type = records.front().type();
    for (const Record& r : records) {
      if (&r.type() != &type)
        return Status::InvalidArgument("InsertMany takes rows of one type", "批量写入的记录须属于同一类型");
    }
    std::vector<Record> batch = records;
    Status s = Guarded([&]() -> Status {
      SHANHAI_ASSIGN_OR_RETURN(int64_t next, AssignIds(batch));
      SHANHAI_RETURN_IF_ERROR(Copy(batch));
      return AdvanceSequence(type, next);
    });
    if (!s.ok()) return s;
    records = std::move(batch);
    return Status::Ok();
  }

  Status Update(const Record& record) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    const RecordType& type = record.type();
    std::vector<Value> params;
    params.reserve(type.fields.size());
    for (size_t i = 0; i < type.fields.size(); ++i)
      if (type.fields[i].name != "id") params.push_back(record.at(i));
    params.push_back(Value{record.id()});
    bool found = true;
    SHANHAI_RETURN_IF_ERROR(Guarded([&]() -> Status {
      SHANHAI_ASSIGN_OR_RETURN(PgResult res, Query(conn_, UpdateSql(type, Dialect::kPostgres), params));
      found = std::string_view(PQcmdTuples(res.get())) != "0";
      return Status::Ok();
    }));
    return found ? Status::Ok() : NotFound(type, record.id());
  }

  Status Delete(const RecordType& type, int64_t id) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    SHANHAI_ASSIGN_OR_RETURN(PgResult res,
                             Query(conn_, "DELETE FROM " + std::string(type.name) + " WHERE id = $1", {Value{id}}));
    if (std::string_view(PQcmdTuples(res.get())) == "0") return NotFound(type, id);
    return Status::Ok();
  }

  Status ReplaceFacts(std::string_view record_type, int64_t record_id, const std::vector<Fact>& facts) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    return Guarded([&]() -> Status {
      SHANHAI_ASSIGN_OR_RETURN(PgResult ignored,
                               Query(conn_, "DELETE FROM indicator_facts WHERE record_type = $1 AND record_id = $2",
                                     {Value{std::string(record_type)}, Value{record_id}}));
      return InsertFactRows(facts);
    });
  }

  Status InsertFacts(const std::vector<Fact>& facts) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    if (facts.empty()) return Status::Ok();
    return Guarded([&]() { return InsertFactRows(facts); });
  }

  Result<std::vector<FactGroup>> AggregateFacts(const FactQuery& q) override {
    SHANHAI_RETURN_IF_ERROR(Usable());
    SHANHAI_ASSIGN_OR_RETURN(Sql sql, BuildFactAggregate(q, Dialect::kPostgres));
    SHANHAI_ASSIGN_OR_RETURN(PgResult res, Query(conn_, sql.text, sql.params));
    std::vector<FactGroup> groups;
    for (int row = 0; row < PQntuples(res.get()); ++row) {
      FactGroup g;
      SHANHAI_ASSIGN_OR_RETURN(Value indicator, Cell(res.get(), row, 0, FieldKind::kText));
      if (auto* code = std::get_if<std::string>(&indicator)) g.indicator = *code;
      SHANHAI_ASSIGN_OR_RETURN(Value pairing, Cell(res.get(), row, 1, FieldKind::kInt));
      if (auto* id = std::get_if<int64_t>(&pairing)) g.pairing_id = *id;
      SHANHAI_ASSIGN_OR_RETURN(Value v, Cell(res.get(), row, 2, FieldKind::kReal));
      g.value = std::get<double>(v);
      groups.push_back(g);
    }
    return groups;
  }

  Result<std::vector<Fact>> ListFacts() override {
    SHANHAI_RETURN_IF_ERROR(Usable());
    // COLLATE "C": the same order as SQLite's byte order.
    SHANHAI_ASSIGN_OR_RETURN(
        PgResult res, Exec(conn_, std::string("SELECT ") + kFactColumns +
                                      " FROM indicator_facts ORDER BY record_type COLLATE \"C\", record_id, "
                                      "indicator COLLATE \"C\""));
    std::vector<Fact> facts;
    const FieldKind kinds[] = {FieldKind::kText, FieldKind::kText, FieldKind::kText, FieldKind::kInt, FieldKind::kInt,
                               FieldKind::kText, FieldKind::kInt,  FieldKind::kInt,  FieldKind::kReal, FieldKind::kText};
    for (int row = 0; row < PQntuples(res.get()); ++row) {
      Value v[kFactColumnCount];
      for (int c = 0; c < kFactColumnCount; ++c) {
        SHANHAI_ASSIGN_OR_RETURN(v[c], Cell(res.get(), row, c, kinds[c]));
      }
      Fact f;
      f.west_code = std::get<std::string>(v[0]);
      f.indicator = std::get<std::string>(v[1]);
      f.record_type = std::get<std::string>(v[2]);
      f.record_id = std::get<int64_t>(v[3]);
      if (!model::IsAbsent(v[4])) f.pairing_id = std::get<int64_t>(v[4]);
      if (!model::IsAbsent(v[5])) f.east_code = std::get<std::string>(v[5]);
      f.from_month = static_cast<int32_t>(std::get<int64_t>(v[6]));
      if (!model::IsAbsent(v[7])) f.to_month = static_cast<int32_t>(std::get<int64_t>(v[7]));
      f.value = std::get<double>(v[8]);
      if (!model::IsAbsent(v[9])) f.distinct_key = std::get<std::string>(v[9]);
      facts.push_back(std::move(f));
    }
    return facts;
  }

  Result<std::optional<std::string>> GetSetting(std::string_view key) override {
    SHANHAI_RETURN_IF_ERROR(Usable());
    SHANHAI_ASSIGN_OR_RETURN(PgResult res,
                             Query(conn_, "SELECT value FROM settings WHERE key = $1", {Value{std::string(key)}}));
    if (PQntuples(res.get()) == 0) return std::optional<std::string>();
    return std::optional<std::string>(
        std::string(PQgetvalue(res.get(), 0, 0), static_cast<size_t>(PQgetlength(res.get(), 0, 0))));
  }

  Status PutSetting(std::string_view key, std::string_view value) override {
    SHANHAI_RETURN_IF_ERROR(RequireWritable());
    return Guarded([&]() -> Status {
      SHANHAI_ASSIGN_OR_RETURN(
          PgResult ignored,
          Query(conn_,
                "INSERT INTO settings (key, value) VALUES ($1, $2) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                {Value{std::string(key)}, Value{std::string(value)}}));
      return Status::Ok();
    });
  }

 private:
  Status Usable() const {
    if (open_ && std::this_thread::get_id() == owner_) return Status::Ok();
    return Status::FailedPrecondition("a transaction was used outside its callback", "事务只能在其回调函数内使用");
  }
  Status RequireWritable() const {
    SHANHAI_RETURN_IF_ERROR(Usable());
    if (writable_) return Status::Ok();
    return Status::FailedPrecondition("write attempted in a read transaction", "只读事务中不能写入");
  }
  static Status NotFound(const RecordType& type, int64_t id) {
    return Status::NotFound(std::string(type.en) + " " + std::to_string(id) + " not found",
                            "“" + std::string(type.zh) + "”编号 " + std::to_string(id) + " 不存在");
  }
  static Status Duplicate(const RecordType& type, int64_t id) {
    return Status::AlreadyExists(std::string(type.en) + " id " + std::to_string(id) + " already exists",
                                 "“" + std::string(type.zh) + "”编号 " + std::to_string(id) + " 已存在");
  }

  Result<std::optional<Record>> One(const RecordType& type, const std::string& sql, Value key) {
    SHANHAI_ASSIGN_OR_RETURN(PgResult res, Query(conn_, sql, {std::move(key)}));
    if (PQntuples(res.get()) == 0) return std::optional<Record>();
    SHANHAI_ASSIGN_OR_RETURN(Record r, ReadRow(res.get(), 0, type));
    return std::optional<Record>(std::move(r));
  }

  // Runs `body` inside a savepoint. A failed statement aborts a PostgreSQL transaction,
  // while in SQLite only the statement is undone and the transaction goes on; rolling
  // back to the savepoint gives callers the SQLite behaviour (an import may skip a bad
  // row and continue).
  Status Guarded(const std::function<Status()>& body) {
    SHANHAI_RETURN_IF_ERROR(Command(conn_, "SAVEPOINT shanhai_stmt"));
    Status s = body();
    if (s.ok()) return Command(conn_, "RELEASE SAVEPOINT shanhai_stmt");
    // If this fails too the connection is gone and `s` already says why.
    (void)Command(conn_, "ROLLBACK TO SAVEPOINT shanhai_stmt; RELEASE SAVEPOINT shanhai_stmt");
    return s;
  }

  // Inserts facts in multi-row statements (well under the 65,535-parameter limit).
  Status InsertFactRows(const std::vector<Fact>& facts) {
    constexpr size_t kRowsPerStatement = 500;
    std::vector<Value> params;
    for (size_t start = 0; start < facts.size(); start += kRowsPerStatement) {
      size_t n = std::min(kRowsPerStatement, facts.size() - start);
      params.clear();
      for (size_t i = 0; i < n; ++i) AppendFactParams(facts[start + i], params);
      SHANHAI_ASSIGN_OR_RETURN(PgResult ignored, Query(conn_, FactInsertSql(Dialect::kPostgres, n), params));
    }
    return Status::Ok();
  }

  // Gives every row without an id the next one, in row order, exactly as the SQLite
  // engine does: an explicit id at or above the next id moves the next id past it.
  // Fails with kAlreadyExists for an explicit id already in the table or twice in the
  // batch. Returns the next id after the batch, for AdvanceSequence.
  Result<int64_t> AssignIds(std::vector<Record>& rows) {
    const RecordType& type = rows.front().type();
    const size_t id_index = static_cast<size_t>(type.FieldIndex("id"));
    // Writers hold the advisory lock, so nobody moves the sequence under us.
    SHANHAI_ASSIGN_OR_RETURN(
        PgResult seq,
        Exec(conn_, "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + SequenceOf(type)));
    SHANHAI_ASSIGN_OR_RETURN(int64_t next, ParseInt(PQgetvalue(seq.get(), 0, 0)));

    // Record tables are keyed by (west_code, id), so the key alone would not stop the
    // same id under two counties: look the explicit ids up in one query.
    std::string explicit_ids;
    for (const Record& r : rows) {
      if (const auto* id = std::get_if<int64_t>(&r.at(id_index))) {
        explicit_ids += explicit_ids.empty() ? "{" : ",";
        explicit_ids += std::to_string(*id);
      }
    }
    if (!explicit_ids.empty()) {
      explicit_ids += "}";
      SHANHAI_ASSIGN_OR_RETURN(
          PgResult dup, Query(conn_, "SELECT id FROM " + std::string(type.name) + " WHERE id = ANY($1::bigint[]) LIMIT 1",
                              {Value{explicit_ids}}));
      if (PQntuples(dup.get()) > 0) {
        SHANHAI_ASSIGN_OR_RETURN(int64_t id, ParseInt(PQgetvalue(dup.get(), 0, 0)));
        return Duplicate(type, id);
      }
    }

    std::unordered_set<int64_t> seen;
    seen.reserve(rows.size());
    for (Record& r : rows) {
      Value& v = r.at(id_index);
      if (model::IsAbsent(v)) {
        v = next;
        if (next < std::numeric_limits<int64_t>::max()) ++next;
      } else if (const auto* id = std::get_if<int64_t>(&v)) {
        if (*id >= next) next = *id < std::numeric_limits<int64_t>::max() ? *id + 1 : *id;
      } else {
        return Status::InvalidArgument("id must be an integer", "编号须为整数");
      }
      if (!seen.insert(std::get<int64_t>(v)).second) return Duplicate(type, std::get<int64_t>(v));
    }
    return next;
  }

  // Makes the sequence hand out `next` (or a later id) next time. Sequences ignore
  // rollback, so after a rolled-back Write later ids may leave a gap; they never repeat.
  Status AdvanceSequence(const RecordType& type, int64_t next) {
    return Command(conn_, "SELECT setval('" + SequenceOf(type) + "', " + std::to_string(next - 1) + ") FROM " +
                              SequenceOf(type) + " WHERE (CASE WHEN is_called THEN last_value + 1 ELSE last_value END) < " +
                              std::to_string(next));
  }

  // Sends the rows through COPY … FROM STDIN in text format.
  Status Copy(const std::vector<Record>& rows) {
    const RecordType& type = rows.front().type();
    PgResult start(PQexec(conn_, ("COPY " + std::string(type.name) + " (" + ColumnList(type) + ") FROM STDIN").c_str()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN) return Engine(conn_, start.get(), "copy");
    start.reset();

    std::string buf;
    buf.reserve(kCopyChunk + 4096);
    Status failed;
    bool sent = true;  // every PQputCopyData so far succeeded
    auto flush = [&] {
      sent = PQputCopyData(conn_, buf.data(), static_cast<int>(buf.size())) == 1;
      buf.clear();
    };
    for (const Record& r : rows) {
      const auto& values = r.values();
      for (size_t i = 0; i < values.size() && failed.ok(); ++i) {
        if (i) buf += '\t';
        if (const auto* s = std::get_if<std::string>(&values[i]); s && s->find('\0') != std::string::npos)
          failed = TextWithNul();
        AppendCopyField(values[i], buf);
      }
      if (!failed.ok()) break;
      buf += '\n';
      if (buf.size() >= kCopyChunk) flush();
      if (!sent) break;
    }
    if (failed.ok() && sent && !buf.empty()) flush();
    // A non-null message makes the server abandon the COPY.
    bool ended = PQputCopyEnd(conn_, failed.ok() && sent ? nullptr : "shanhai: batch abandoned") == 1;
    // Drain every result so the connection is ready for the next command.
    while (PgResult res{PQgetResult(conn_)}) {
      if (!ResultOk(res.get()) && failed.ok()) failed = Engine(conn_, res.get(), "copy");
    }
    if (failed.ok() && (!sent || !ended)) failed = Engine(conn_, nullptr, "copy");
    return failed;
  }

  PGconn* const conn_;
  const bool writable_;
  const std::thread::id owner_;
  bool open_ = true;
};

// ---------------------------------------------------------------------------------------

class PgStore final : public Store {
 public:
  PgStore(std::string url, Conn writer, int version)
      : url_(std::move(url)), writer_(std::move(writer)), version_(version) {}

  Status Write(const std::function<Status(Txn&)>& fn) override {
    std::lock_guard<std::mutex> lock(write_mu_);
    if (!Reusable(writer_.get())) {
      SHANHAI_ASSIGN_OR_RETURN(writer_, Connect(url_));
    }
    SHANHAI_RETURN_IF_ERROR(Begin(writer_, "BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLockKey) + ")"));
    PGconn* conn = writer_.get();
    PgTxn txn(conn, true);
    Status s = fn(txn);
    txn.Close();
    if (!s.ok()) {
      (void)Command(conn, "ROLLBACK");
      return s;
    }
    SHANHAI_ASSIGN_OR_RETURN(PgResult res, Exec(conn, "COMMIT"));
    // COMMIT of a transaction that an unchecked failed statement aborted rolls back.
    if (std::string_view(PQcmdStatus(res.get())) != "COMMIT")
      return Status::Internal("the transaction was aborted by an earlier error and rolled back");
    return Status::Ok();
  }

  Status Read(const std::function<Status(Txn&)>& fn) override {
    SHANHAI_ASSIGN_OR_RETURN(Conn conn, Borrow());
    // Back to the pool however the callback ends (a connection left inside a
    // transaction is closed by Return, not reused).
    Lease lease{this, std::move(conn)};
    // One snapshot for the whole callback, as a SQLite read transaction has.
    Status s = Begin(lease.conn, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    if (!s.ok()) return s;
    PgTxn txn(lease.conn.get(), false);
    s = fn(txn);
    txn.Close();
    (void)Command(lease.conn.get(), s.ok() ? "COMMIT" : "ROLLBACK");
    return s;
  }

  std::string_view engine() const override { return "postgresql"; }
  int schema_version() const override { return version_; }

 private:
  // Runs `begin` on `conn`. A connection that broke while idle (server restart, idle
  // session timeout, terminated backend) is only noticed now; nothing has run on it
  // yet, so it is replaced once and the transaction started on the new one.
  Status Begin(Conn& conn, const std::string& begin) {
    Status s = Command(conn.get(), begin);
    if (s.ok() || PQstatus(conn.get()) == CONNECTION_OK) return s;
    SHANHAI_ASSIGN_OR_RETURN(conn, Connect(url_));
    return Command(conn.get(), begin);
  }

  static bool Reusable(PGconn* conn) {
    return conn && PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) == PQTRANS_IDLE;
  }

  struct Lease {
    PgStore* store;
    Conn conn;
    ~Lease() { store->Return(std::move(conn)); }
  };

  Result<Conn> Borrow() {
    {
      std::unique_lock<std::mutex> lock(pool_mu_);
      pool_cv_.wait(lock, [&] { return !idle_.empty() || open_readers_ < kMaxReaders; });
      if (!idle_.empty()) {
        Conn conn = std::move(idle_.back());
        idle_.pop_back();
        return conn;
      }
      ++open_readers_;
    }
    Result<Conn> conn = Connect(url_);
    if (!conn.ok()) Release();
    return conn;
  }
  void Return(Conn conn) {
    if (!Reusable(conn.get())) {
      conn.reset();
      Release();
      return;
    }
    std::lock_guard<std::mutex> lock(pool_mu_);
    idle_.push_back(std::move(conn));
    pool_cv_.notify_one();
  }
  void Release() {
    std::lock_guard<std::mutex> lock(pool_mu_);
    --open_readers_;
    pool_cv_.notify_one();
  }

  const std::string url_;
  std::mutex write_mu_;
  Conn writer_;  // guarded by write_mu_
  const int version_;
  std::mutex pool_mu_;
  std::condition_variable pool_cv_;
  std::vector<Conn> idle_;     // guarded by pool_mu_
  size_t open_readers_ = 0;    // guarded by pool_mu_: idle and borrowed
};

// Applies the migrations the database lacks; returns the resulting version. Runs in one
// transaction under the writer lock, so concurrent shanhai processes migrate once.
Result<int> Migrate(PGconn* conn) {
  SHANHAI_RETURN_IF_ERROR(
      Command(conn, "BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLockKey) + ")"));
  auto fail = [&](Status s) {
    (void)Command(conn, "ROLLBACK");
    return s;
  };
  auto tables = Exec(conn,
                     "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()), "
                     "EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                     "AND table_name = 'schema_migrations')");
  if (!tables.ok()) return fail(tables.status());
  bool has_tables = std::string_view(PQgetvalue(tables->get(), 0, 0)) == "t";
  bool has_migrations = std::string_view(PQgetvalue(tables->get(), 0, 1)) == "t";
  if (has_tables && !has_migrations)
    return fail(Status::FailedPrecondition("the database is a PostgreSQL database but not a shanhai one",
                                           "该数据库是 PostgreSQL 数据库，但不是山海数据库"));
  if (!has_migrations) {
    Status s = Command(conn, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "applied_at TEXT NOT NULL)");
    if (!s.ok()) return fail(s);
  }
  auto max = Exec(conn, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!max.ok()) return fail(max.status());
  auto parsed = ParseInt(PQgetvalue(max->get(), 0, 0));
  if (!parsed.ok()) return fail(parsed.status());
  int current = static_cast<int>(*parsed);

  const auto& migrations = Migrations("postgres");
  int latest = migrations.empty() ? 0 : migrations.back().version;
  if (current > latest)
    return fail(Status::FailedPrecondition(
        "the database has schema version " + std::to_string(current) + ", newer than this program's " +
            std::to_string(latest),
        "数据库结构版本（" + std::to_string(current) + "）高于本程序支持的版本（" + std::to_string(latest) +
            "），请升级程序"));
  for (const Migration& m : migrations) {
    if (m.version <= current) continue;
    Status s = Command(conn, std::string(m.sql));
    if (!s.ok())
      return fail(s.WithPrefix("migration " + std::string(m.name) + ": ", "迁移 " + std::string(m.name) + "："));
    auto ins = Query(conn, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                     {Value{static_cast<int64_t>(m.version)}, Value{std::string(m.name)}, Value{NowUtcIso()}});
    if (!ins.ok()) return fail(ins.status());
    current = m.version;
  }
  SHANHAI_RETURN_IF_ERROR(Command(conn, "COMMIT"));
  return current;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url) {
  SHANHAI_ASSIGN_OR_RETURN(Conn writer, Connect(url));
  SHANHAI_ASSIGN_OR_RETURN(int version, Migrate(writer.get()));
  return std::unique_ptr<Store>(new PgStore(url, std::move(writer), version));
}

}  // namespace shanhai::store::internal
