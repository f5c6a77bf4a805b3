#include "base/date.h"

#include <cassert>
#include <chrono>
#include <cstdio>

namespace shanhai {
namespace {

// Howard Hinnant's civil-from-days algorithms (public domain), used because
// std::chrono::year_month_day formatting is not in g++ 12's library.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

Result<Date> Date::Parse(std::string_view text) {
  auto bad = [&] {
    return Status::InvalidArgument("not a date in the form YYYY-MM-DD: '" + std::string(text) + "'",
                                   "日期格式应为 YYYY-MM-DD：'" + std::string(text) + "'");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lens[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < lens[i]; ++j) {
      char c = text[static_cast<size_t>(starts[i] + j)];
      if (c < '0' || c > '9') return bad();
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  if (parts[0] < 1900 || parts[0] > 2999 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 ||
      parts[2] > DaysInMonth(parts[0], parts[1])) {
    return bad();
  }
  return FromYmd(parts[0], parts[1], parts[2]);
}

Date Date::FromYmd(int year, int month, int day) {
  assert(month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month));
  Date d;
  d.year_ = year;
  d.month_ = month;
  d.day_ = day;
  return d;
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return FromYmd(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

Date Date::Today() {
  auto now = std::chrono::system_clock::now();
  auto days = std::chrono::duration_cast<std::chrono::days>(now.time_since_epoch()).count();
  return FromDays(days);
}

int64_t Date::ToDays() const {
  return DaysFromCivil(year_, static_cast<unsigned>(month_), static_cast<unsigned>(day_));
}

Date Date::AddMonths(int months) const {
  int total = year_ * 12 + (month_ - 1) + months;
  int y = total / 12;
  int m = total % 12 + 1;
  int d = day_ > DaysInMonth(y, m) ? DaysInMonth(y, m) : day_;
  return FromYmd(y, m, d);
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  return buf;
}

}  // namespace shanhai
