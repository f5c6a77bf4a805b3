// base/result.h
//
// Result<T>: either a value of type T or a non-OK Status (the shape of absl::StatusOr;
// g++ 12 has no std::expected in C++20). Returned across module boundaries wherever an
// operation produces a value and can fail.
//
//   Result<Date> d = Date::Parse("2024-03-01");
//   if (!d.ok()) return d.status();
//   Use(*d);

#ifndef SHANHAI_BASE_RESULT_H_
#define SHANHAI_BASE_RESULT_H_

#include <cassert>
#include <optional>
#include <utility>

#include "base/status.h"

namespace shanhai {

template <typename T>
class [[nodiscard]] Result {
 public:
  // A value. Implicit so that `return value;` works in functions returning Result<T>.
  Result(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  // An error. REQUIRES: !status.ok().
  Result(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  // The error, or OK when a value is held.
  const Status& status() const { return status_; }

  // REQUIRES: ok(). Accessing the value of an error is a programmer error.
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace shanhai

// Evaluates `rexpr` (a Result<T>); on error returns its Status, else moves the value
// into `lhs` (a declaration such as `auto x` or an existing variable).
#define SHANHAI_ASSIGN_OR_RETURN(lhs, rexpr) \
  SHANHAI_ASSIGN_OR_RETURN_IMPL_(SHANHAI_CONCAT_(shanhai_result_, __LINE__), lhs, rexpr)
#define SHANHAI_CONCAT_INNER_(a, b) a##b
#define SHANHAI_CONCAT_(a, b) SHANHAI_CONCAT_INNER_(a, b)
#define SHANHAI_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                   \
  if (!tmp.ok()) return tmp.status();                   \
  lhs = std::move(tmp).value()

#endif  // SHANHAI_BASE_RESULT_H_
