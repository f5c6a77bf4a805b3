// base/date.h
//
// Date: a calendar day in the proleptic Gregorian calendar, written as ISO-8601
// "YYYY-MM-DD" everywhere it leaves the program (database, JSON, files).

#ifndef SHANHAI_BASE_DATE_H_
#define SHANHAI_BASE_DATE_H_

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace shanhai {

class Date {
 public:
  // 1970-01-01.
  Date() = default;

  // Parses exactly "YYYY-MM-DD" with a real day of a year in 1900..2999. Anything else
  // (other separators, missing zero padding, 2023-02-29) is kInvalidArgument.
  static Result<Date> Parse(std::string_view text);
  // REQUIRES: a valid day (checked by assert only; use Parse for input).
  static Date FromYmd(int year, int month, int day);
  // The date `days` after 1970-01-01 (negative before).
  static Date FromDays(int64_t days);
  // Today in UTC.
  static Date Today();

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  // Days since 1970-01-01.
  int64_t ToDays() const;
  // The same day `months` later, clamped to the month's last day (01-31 + 1 → 02-28/29).
  Date AddMonths(int months) const;
  std::string ToString() const;

  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
};

// True if `year` is a leap year; the number of days in a month (1..12).
bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

}  // namespace shanhai

#endif  // SHANHAI_BASE_DATE_H_
