#include "base/status.h"

namespace shanhai {

Status Status::InvalidArgument(std::string en, std::string zh, std::vector<FieldError> fields) {
  return Status(StatusCode::kInvalidArgument, std::move(en), std::move(zh), std::move(fields));
}
Status Status::NotFound(std::string en, std::string zh) {
  return Status(StatusCode::kNotFound, std::move(en), std::move(zh), {});
}
Status Status::AlreadyExists(std::string en, std::string zh) {
  return Status(StatusCode::kAlreadyExists, std::move(en), std::move(zh), {});
}
Status Status::FailedPrecondition(std::string en, std::string zh) {
  return Status(StatusCode::kFailedPrecondition, std::move(en), std::move(zh), {});
}
Status Status::PayloadTooLarge(std::string en, std::string zh) {
  return Status(StatusCode::kPayloadTooLarge, std::move(en), std::move(zh), {});
}
Status Status::Unavailable(std::string en, std::string zh) {
  return Status(StatusCode::kUnavailable, std::move(en), std::move(zh), {});
}

Status Status::Unauthenticated(std::string en, std::string zh) {
  return Status(StatusCode::kUnauthenticated, std::move(en), std::move(zh), {});
}

Status Status::PermissionDenied(std::string en, std::string zh) {
  return Status(StatusCode::kPermissionDenied, std::move(en), std::move(zh), {});
}

Status Status::Internal(std::string en) {
  return Status(StatusCode::kInternal, std::move(en), "内部错误", {});
}

Status Status::WithPrefix(std::string_view prefix_en, std::string_view prefix_zh) const {
  Status s = *this;
  s.en_.insert(0, prefix_en);
  s.zh_.insert(0, prefix_zh);
  return s;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out = zh_ + " / " + en_;
  for (const FieldError& f : fields_) {
    out += "\n  ";
    if (f.row > 0) out += "line " + std::to_string(f.row) + ": ";
    out += f.field + ": " + f.message_zh + " / " + f.message_en;
  }
  return out;
}

}  // namespace shanhai
