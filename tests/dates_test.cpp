#include "docket/dates.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "docket/lexicons.hpp"
#include "docket/tokenizer.hpp"

namespace docket {
namespace {

const Lexicons& lexicons() {
  static const Lexicons lex = [] {
    auto l = Lexicons::load();
    if (!l) throw std::runtime_error(l.error().message);
    return std::move(*l);
  }();
  return lex;
}

struct Found {
  std::string text, type, value;
};

// Every time expression in `text`, resolved against `ref` ("" = no reference date).
std::vector<Found> dates(const std::string& text, const std::string& ref = "2020-09-20") {
  Tokenizer tok;
  const Document doc = tok.tokenize(text, &lexicons().tokenizer());
  Options opt;
  if (!ref.empty()) opt.reference_date = CivilDate::parse(ref);
  const ReferenceDate r = find_reference_date(doc, lexicons(), opt);
  std::vector<Found> out;
  for (const Timex& t : extract_dates(doc, lexicons(), r))
    out.push_back({std::string(doc.str(t.span)), to_string(t.type), t.value});
  return out;
}

// The single expression found in `text`; fails the test when there is not exactly one.
Found one(const std::string& text, const std::string& ref = "2020-09-20") {
  auto all = dates(text, ref);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Found{} : all[0];
}

void expect_one(const std::string& text, const std::string& span, const std::string& type,
                const std::string& value, const std::string& ref = "2020-09-20") {
  const Found f = one(text, ref);
  EXPECT_EQ(f.text, span) << text;
  EXPECT_EQ(f.type, type) << text;
  EXPECT_EQ(f.value, value) << text;
}

void expect_none(const std::string& text) {
  auto all = dates(text);
  EXPECT_TRUE(all.empty()) << text << " -> " << (all.empty() ? "" : all[0].text);
}

TEST(Dates, AbsoluteDatesInNewsForms) {
  expect_one("The vote is set for September 20th.", "September 20th", "DATE", "2020-09-20");
  expect_one("It was signed on Sept. 20, 2019.", "Sept. 20, 2019", "DATE", "2019-09-20");
  expect_one("He arrived on 20 September 2018 in Paris.", "20 September 2018", "DATE",
             "2018-09-20");
  expect_one("The filing is dated 2017-03-04.", "2017-03-04", "DATE", "2017-03-04");
  expect_one("The filing is dated 9/20/2016.", "9/20/2016", "DATE", "2016-09-20");
  expect_one("Talks resume Sep 22 in Geneva.", "Sep 22", "DATE", "2020-09-22");
  expect_one("The deal closed Friday, Oct. 23, 2015.", "Friday, Oct. 23, 2015", "DATE",
             "2015-10-23");
}

TEST(Dates, MonthsYearsDecadesCenturies) {
  expect_one("The plant opened in March 2013.", "March 2013", "DATE", "2013-03");
  expect_one("The law passed in 1998.", "1998", "DATE", "1998");
  expect_one("Prices rose through the 1990s.", "the 1990s", "DATE", "199");
  expect_one("It was built in the 20th century.", "the 20th century", "DATE", "19");
  expect_one("Sales fell in January.", "January", "DATE", "2020-01");
  expect_one("The election is in November.", "November", "DATE", "2020-11");
  expect_one("He spoke in early 1997 about it.", "early 1997", "DATE", "1997");
  expect_one("Elections were held in June last year.", "June last year", "DATE", "2019-06");
}

TEST(Dates, WeekdaysFollowTense) {
  // Reference Sunday 2020-09-20.
  expect_one("The judge ruled on Saturday.", "Saturday", "DATE", "2020-09-19");
  expect_one("The app will be removed on Sunday.", "Sunday", "DATE", "2020-09-20");
  expect_one("The ban was scheduled to take effect on Monday.", "Monday", "DATE", "2020-09-21");
  expect_one("The company said Tuesday it would cut jobs.", "Tuesday", "DATE", "2020-09-15");
  expect_one("Ministers met last Tuesday.", "last Tuesday", "DATE", "2020-09-15");
  expect_one("Ministers meet next Friday.", "next Friday", "DATE", "2020-09-25");
  expect_one("They will meet Monday morning.", "Monday morning", "TIME", "2020-09-21TMO");
}

TEST(Dates, RelativeDaysWeeksMonthsYears) {
  expect_one("The strike began yesterday.", "yesterday", "DATE", "2020-09-19");
  expect_one("Talks resume tomorrow.", "tomorrow", "DATE", "2020-09-21");
  expect_one("The vote is tonight.", "tonight", "TIME", "2020-09-20TNI");
  expect_one("Shares fell this week.", "this week", "DATE", "2020-W38");
  expect_one("Rates rise next month.", "next month", "DATE", "2020-10");
  expect_one("Profit doubled last year.", "last year", "DATE", "2019");
  expect_one("He resigned two weeks ago.", "two weeks ago", "DATE", "2020-W36");
  expect_one("The company went public earlier this month.", "earlier this month", "DATE",
             "2020-09");
  expect_one("A ruling is expected later this year.", "later this year", "DATE", "2020");
  expect_one("Prices rose a year ago.", "a year ago", "DATE", "2019");
  expect_one("The court will rule in three days.", "three days", "DATE", "2020-09-23");
  expect_one("They left the following day.", "the following day", "DATE", "2020-09-21");
}

TEST(Dates, PartsOfDayAndClockTimes) {
  expect_one("The blast came at 3 p.m. near the port.", "3 p.m.", "TIME", "2020-09-20T15:00");
  expect_one("Polls close at 10:30 a.m. EST in the east.", "10:30 a.m. EST", "TIME",
             "2020-09-20T10:30");
  expect_one("The talks broke off at noon.", "noon", "TIME", "2020-09-20T12:00");
  expect_one("He spoke this morning.", "this morning", "TIME", "2020-09-20TMO");
  expect_one("The offer expires at 5 p.m. EST, Sept. 25.", "5 p.m. EST, Sept. 25", "TIME",
             "2020-09-25T17:00");
}

TEST(Dates, QuartersHalvesSeasonsFiscalYears) {
  expect_one("Profit rose in the third quarter.", "the third quarter", "DATE", "2020-Q3");
  expect_one("Third-quarter profit rose.", "Third-quarter", "DATE", "2020-Q3");
  expect_one("Revenue in Q3 2013 was flat.", "Q3 2013", "DATE", "2013-Q3");
  expect_one("Spending was cut in fiscal 1998.", "fiscal 1998", "DATE", "1998");
  expect_one("The plant reopens this summer.", "this summer", "DATE", "2020-SU");
  expect_one("Output slowed in the first half of 2019.", "the first half of 2019", "DATE",
             "2019-H1");
  expect_one("Hiring picked up last fall.", "last fall", "DATE", "2019-FA");
}

TEST(Dates, Holidays) {
  expect_one("Stores open early on Christmas Eve.", "Christmas Eve", "DATE", "2020-12-24");
  expect_one("Sales peak around Thanksgiving.", "Thanksgiving", "DATE", "2020-11-26");
  expect_one("The strike ended before Labor Day.", "Labor Day", "DATE", "2020-09-07");
}

TEST(Dates, Durations) {
  expect_one("He served three years in prison.", "three years", "DURATION", "P3Y");
  expect_one("The ban lasts 30 days.", "30 days", "DURATION", "P30D");
  expect_one("Prices have been flat for a decade.", "a decade", "DURATION", "P10Y");
  expect_one("Sales fell in the past six months.", "the past six months", "DURATION", "P6M");
  expect_one("The trial took twenty-five days.", "twenty-five days", "DURATION", "P25D");
  expect_one("The meeting lasted five hours.", "five hours", "DURATION", "PT5H");
  expect_one("Talks dragged on for several years.", "several years", "DURATION", "PXY");
  expect_one("Profit rose in the first nine months.", "the first nine months", "DURATION", "P9M");
}

TEST(Dates, Sets) {
  expect_one("The board meets every Monday.", "every Monday", "SET", "XXXX-WXX-1");
  expect_one("Rates are reviewed annually.", "annually", "SET", "P1Y");
  expect_one("The paper appears weekly.", "weekly", "SET", "P1W");
  expect_one("He calls each year.", "each year", "SET", "P1Y");
}

TEST(Dates, VagueReferences) {
  expect_one("The company is now in talks.", "now", "DATE", "PRESENT_REF");
  expect_one("He recently moved to Ohio.", "recently", "DATE", "PAST_REF");
  expect_one("Such bans were rare in the past.", "the past", "DATE", "PAST_REF");
  expect_one("More layoffs will come soon.", "soon", "DATE", "FUTURE_REF");
  expect_one("Prices may rise in the coming weeks.", "the coming weeks", "DATE", "FUTURE_REF");
  expect_none("Leave as soon as you can.");
}

TEST(Dates, FalseFriends) {
  expect_none("May Smith chaired the panel.");
  expect_none("Protesters will March on the capital.");
  expect_none("She writes for the Sunday Times.");
  expect_none("The 2020 Vision plan was dropped.");
  expect_none("Officials counted 1,998 people.");
  expect_none("Prices may fall further.");
  expect_none("The home side won 3-2.");
  expect_none("He was 52 years old.");
  expect_none("It paid $2 million a year in rent.");
}

TEST(Dates, NumberWordsAndSpokenYears) {
  expect_one("The war began in nineteen seventy-nine.", "nineteen seventy-nine", "DATE", "1979");
  expect_one("She waited twenty four hours.", "twenty four hours", "DURATION", "PT24H");
}

TEST(Dates, UnresolvedWithoutReference) {
  EXPECT_EQ(one("The judge ruled on Saturday.", "").value, "XXXX-WXX-6");
  EXPECT_EQ(one("The deadline is September 20th.", "").value, "XXXX-09-20");
  EXPECT_EQ(one("Profit doubled last year.", "").value, "XXXX");
  EXPECT_EQ(one("The law passed in 1998.", "").value, "1998");
}

TEST(Dates, AnchoringSaysHowTheValueWasObtained) {
  Tokenizer tok;
  const std::string text = "The law passed on May 4, 1998, and was changed on Saturday.";
  const Document doc = tok.tokenize(text, &lexicons().tokenizer());
  Options opt;
  opt.reference_date = CivilDate::parse("2020-09-20");
  auto ts = extract_dates(doc, lexicons(), find_reference_date(doc, lexicons(), opt));
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].anchored, Anchoring::Explicit);
  EXPECT_EQ(ts[1].anchored, Anchoring::Reference);
  auto open = extract_dates(doc, lexicons(), ReferenceDate{});
  ASSERT_EQ(open.size(), 2u);
  EXPECT_EQ(open[1].anchored, Anchoring::Unresolved);
}

TEST(Dates, ReferenceDateFromDatelineOrPublicationLine) {
  Tokenizer tok;
  auto ref_of = [&](const std::string& text) {
    const Document doc = tok.tokenize(text, &lexicons().tokenizer());
    return find_reference_date(doc, lexicons(), Options{});
  };
  auto r =
      ref_of("WASHINGTON, Sept. 19 (Reuters) - The bill, first filed in 2020, passed on Saturday.");
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->iso(), "2020-09-19");
  EXPECT_EQ(r.source, ReferenceSource::Dateline);
  r = ref_of("Published: 2020-09-20\n\nThe judge ruled on Saturday.");
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->iso(), "2020-09-20");
  r = ref_of("The judge ruled on Saturday that the ban, announced on Aug. 6, could not go ahead.");
  EXPECT_FALSE(r.date);
  EXPECT_EQ(r.source, ReferenceSource::None);
  // The option wins over a dateline.
  Options opt;
  opt.reference_date = CivilDate::parse("2021-01-01");
  const std::string text = "Published: 2020-09-20\n\nThe judge ruled on Saturday.";
  const Document doc = tok.tokenize(text, &lexicons().tokenizer());
  EXPECT_EQ(find_reference_date(doc, lexicons(), opt).source, ReferenceSource::Option);
}

TEST(Dates, SpansFollowTimeMLConventions) {
  // Leading prepositions stay out; determiners and modifiers join.
  expect_one("The case will be heard in late November.", "late November", "DATE", "2020-11");
  expect_one("The case was heard in late November.", "late November", "DATE", "2019-11");
  expect_one("It reopens by the end of 2021.", "the end of 2021", "DATE", "2021");
  expect_one("Shares closed lower than three days earlier.", "three days earlier", "DATE",
             "2020-09-17");
  expect_one("He left three days later.", "three days", "DURATION", "P3D");
}

}  // namespace
}  // namespace docket
