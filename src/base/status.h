// base/status.h
//
// Status: the outcome of an operation that can fail, carried across every module
// boundary of shanhai instead of exceptions. An OK status holds nothing. An error holds
// a code, a message in English and in Chinese (users read both), and optionally a list
// of per-field problems, so a validation failure can say exactly which input was wrong.
//
// Thread-safety: a Status is a value; distinct objects may be used from any thread.

#ifndef SHANHAI_BASE_STATUS_H_
#define SHANHAI_BASE_STATUS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shanhai {

// The kinds of failure. The API maps each to one HTTP status (api/error.cc); keep the
// numbering stable because CLI exit codes are derived from it.
enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,     // the input is malformed or breaks a rule; nothing written
  kNotFound = 2,            // the addressed object does not exist
  kAlreadyExists = 3,       // a unique key would be duplicated
  kFailedPrecondition = 4,  // the input is fine but the state forbids it (e.g. locked)
  kPayloadTooLarge = 5,     // a request or file exceeds a configured limit
  kUnavailable = 6,         // a resource (database, file) cannot be reached now
  kInternal = 7,            // a bug or an unexpected engine error
  kUnauthenticated = 8,     // no valid credentials (not signed in, bad password, expired)
  kPermissionDenied = 9,    // signed in, but the role or data scope does not allow it
};

// One problem with one input field. `row` is the 1-based line of an imported file
// (0 when the error is not about a file row).
struct FieldError {
  std::string field;
  std::string message_en;
  std::string message_zh;
  int64_t row = 0;
};

class Status {
 public:
  // An OK status.
  Status() = default;

  // Named factories. `en` and `zh` are the English and Chinese messages.
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string en, std::string zh,
                                std::vector<FieldError> fields = {});
  static Status NotFound(std::string en, std::string zh);
  static Status AlreadyExists(std::string en, std::string zh);
  static Status FailedPrecondition(std::string en, std::string zh);
  static Status PayloadTooLarge(std::string en, std::string zh);
  static Status Unavailable(std::string en, std::string zh);
  static Status Unauthenticated(std::string en, std::string zh);
  static Status PermissionDenied(std::string en, std::string zh);
  // Internal errors come from engines and libraries, which speak English only; the
  // Chinese message is a generic one and the detail stays in English.
  static Status Internal(std::string en);

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message_en() const { return en_; }
  const std::string& message_zh() const { return zh_; }
  const std::vector<FieldError>& fields() const { return fields_; }

  // Returns a copy with `prefix` put before both messages (e.g. "line 7: ").
  Status WithPrefix(std::string_view prefix_en, std::string_view prefix_zh) const;

  // "zh / en" on one line, for logs and the terminal.
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string en, std::string zh, std::vector<FieldError> fields)
      : code_(code), en_(std::move(en)), zh_(std::move(zh)), fields_(std::move(fields)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string en_;
  std::string zh_;
  std::vector<FieldError> fields_;
};

// Returns from the enclosing function if `expr` (a Status) is not OK.
#define SHANHAI_RETURN_IF_ERROR(expr)            \
  do {                                           \
    ::shanhai::Status shanhai_status_ = (expr);  \
    if (!shanhai_status_.ok()) return shanhai_status_; \
  } while (0)

}  // namespace shanhai

#endif  // SHANHAI_BASE_STATUS_H_
