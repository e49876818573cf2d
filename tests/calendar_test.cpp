#include "docket/calendar.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

TEST(CivilDate, ParseAndFormat) {
  const auto d = CivilDate::parse("2020-09-20");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso(), "2020-09-20");
  EXPECT_FALSE(CivilDate::parse("2020-02-30").has_value());
  EXPECT_FALSE(CivilDate::parse("2020-9-20").has_value());
  EXPECT_FALSE(CivilDate::parse("yesterday").has_value());
  EXPECT_TRUE(CivilDate::parse("2024-02-29").has_value());
  EXPECT_FALSE(CivilDate::parse("2100-02-29").has_value());
}

TEST(CivilDate, WeekdaysAndArithmetic) {
  const CivilDate sunday{2020, 9, 20};
  EXPECT_EQ(sunday.weekday(), 7);
  EXPECT_EQ(sunday.plus_days(-1).weekday(), 6);
  EXPECT_EQ(sunday.plus_days(-1).iso(), "2020-09-19");
  EXPECT_EQ(sunday.plus_days(12).iso(), "2020-10-02");
  EXPECT_EQ((CivilDate{1970, 1, 1}).days(), 0);
  EXPECT_EQ(CivilDate::from_days(CivilDate{1998, 2, 13}.days()).iso(), "1998-02-13");
  EXPECT_EQ((CivilDate{1969, 12, 31}).weekday(), 3);
}

TEST(CivilDate, IsoWeeks) {
  int year = 0;
  EXPECT_EQ((CivilDate{2020, 9, 20}).iso_week(&year), 38);
  EXPECT_EQ(year, 2020);
  EXPECT_EQ((CivilDate{2021, 1, 1}).iso_week(&year), 53);  // belongs to 2020's last week
  EXPECT_EQ(year, 2020);
  EXPECT_EQ((CivilDate{2018, 12, 31}).iso_week(&year), 1);
  EXPECT_EQ(year, 2019);
}

}  // namespace
}  // namespace docket
