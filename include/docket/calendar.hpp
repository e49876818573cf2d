// CivilDate: a proleptic Gregorian calendar date with the arithmetic date normalisation needs.
// No time zones and no clock: docket never asks the machine what day it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace docket {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses "YYYY-MM-DD"; nullopt when malformed or not a real date.
  static std::optional<CivilDate> parse(std::string_view iso);
  [[nodiscard]] std::string iso() const;  // "2020-09-20"
  [[nodiscard]] long days() const;        // days since 1970-01-01
  static CivilDate from_days(long days);
  [[nodiscard]] int weekday() const;  // ISO: Monday 1 .. Sunday 7
  [[nodiscard]] CivilDate plus_days(long n) const { return from_days(days() + n); }
  [[nodiscard]] int iso_week(int* iso_year = nullptr) const;  // ISO 8601 week number
  static int days_in_month(int year, int month);
  static bool valid(int year, int month, int day);
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

}  // namespace docket
