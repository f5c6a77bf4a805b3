#include "auth/password.h"

#include <sodium.h>

#include "auth/sodium_init.h"

namespace shanhai::auth {

Result<std::string> HashPassword(std::string_view password) {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Status::Unavailable("hashing the password failed (out of memory)", "密码摘要计算失败（内存不足）");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  EnsureSodium();
  // crypto_pwhash_str_verify wants a NUL-terminated string of bounded length.
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  std::string h(hash);
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

Status CheckPasswordPolicy(std::string_view password, std::string_view username) {
  if (password.size() < 10 || password.size() > 128)
    return Status::InvalidArgument("a password must be 10 to 128 characters long", "密码长度须为 10 至 128 个字符");
  bool letter = false, digit = false, other = false;
  for (unsigned char c : password) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letter = true;
    else if (c >= '0' && c <= '9') digit = true;
    else other = true;
  }
  if (letter + digit + other < 2)
    return Status::InvalidArgument("a password must mix at least two of letters, digits and other characters",
                                   "密码须至少包含字母、数字、其他字符中的两类");
  if (!username.empty() && password == username)
    return Status::InvalidArgument("the password must not be the user name", "密码不能与用户名相同");
  return Status::Ok();
}

}  // namespace shanhai::auth
