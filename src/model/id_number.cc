#include "model/id_number.h"

#include <sodium.h>

#include <cctype>
#include <cstdio>

#include "base/date.h"

namespace shanhai::model {

Status CheckIdNumber(std::string_view id) {
  auto bad = [](std::string_view why_en, std::string_view why_zh) {
    return Status::InvalidArgument("not a valid resident ID number: " + std::string(why_en),
                                   "身份证号码无效：" + std::string(why_zh));
  };
  if (id.size() != 18) return bad("it must have 18 characters", "应为18位");
  int sum = 0;
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  for (size_t i = 0; i < 17; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return bad("the first 17 must be digits", "前17位应为数字");
    sum += (id[i] - '0') * kWeights[i];
  }
  static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  char last = static_cast<char>(std::toupper(static_cast<unsigned char>(id[17])));
  if (last != kCheck[sum % 11]) return bad("the check character does not match", "校验码不符");
  std::string birth = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
                      std::string(id.substr(12, 2));
  if (!Date::Parse(birth).ok()) return bad("the birth date inside it is not a real day", "出生日期无效");
  return Status::Ok();
}

std::string HashIdNumber(std::string_view id, std::string_view salt) {
  std::string upper(id);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  unsigned char out[32];
  // crypto_generichash's key must be 16..64 bytes; the store creates a 32-byte salt.
  std::string key(salt.substr(0, crypto_generichash_KEYBYTES_MAX));
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(upper.data()), upper.size(),
                     reinterpret_cast<const unsigned char*>(key.data()), key.size());
  std::string hex(64, '0');
  for (size_t i = 0; i < sizeof out; ++i) std::snprintf(&hex[2 * i], 3, "%02x", out[i]);
  return hex;
}

}  // namespace shanhai::model
