#include "docket/dates.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "builtin_lexicons.hpp"
#include "docket/lexicons.hpp"
#include "docket/tokenizer.hpp"

namespace docket {
namespace {

const Lexicons& lexicons() {
  return test::builtin_lexicons();
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
  expect_one("Prices may rise in the coming weeks.", "the coming weeks", "DURATION", "PXW");
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

TEST(Dates, BusinessNewsPeriods) {
  // Reference 2020-09-20: the quarter last reported is Q2.
  expect_one("Net income rose in the quarter.", "the quarter", "DATE", "2020-Q2");
  expect_one("Sales fell in the latest quarter.", "the latest quarter", "DATE", "2020-Q2");
  {
    auto all = dates("Revenue rose for the year ended June 30.");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].text, "the year");
    EXPECT_EQ(all[0].value, "P1Y");
    EXPECT_EQ(all[1].value, "2020-06-30");
  }
  expect_one("The plan lifts this year's third quarter.", "this year's third quarter", "DATE",
             "2020-Q3");
  expect_one("Losses widened in the 1988 quarter.", "the 1988 quarter", "DATE", "1988-Q2");
  expect_one("Profit slipped in the last half of 1989.", "the last half of 1989", "DATE",
             "1989-H2");
  expect_one("Costs rose in the year-earlier quarter.", "the year-earlier quarter", "DATE",
             "2019-Q2");
  expect_one("The deal should close by year-end.", "year-end", "DATE", "2020-12-31");
}

TEST(Dates, StretchesAndOpenDurations) {
  expect_one("Growth slowed over the past decade.", "the past decade", "DURATION", "P10Y");
  expect_one("Rates fell in recent months.", "recent months", "DURATION", "PXM");
  expect_one("It was the best result in years.", "years", "DURATION", "PXY");
  expect_one("Several years ago the plant closed.", "Several years ago", "DATE", "PAST_REF");
  expect_one("Staff marched each July.", "each July", "SET", "XXXX-07");
}

TEST(Dates, PossessivesKeepTheirDate) {
  expect_one("Yesterday's ruling stands.", "Yesterday", "DATE", "2020-09-19");
  expect_one("Last year's profit was higher.", "Last year", "DATE", "2019");
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
  expect_one("The case was heard in late December.", "late December", "DATE", "2019-12");
  expect_one("It reopens by the end of 2021.", "the end of 2021", "DATE", "2021");
  expect_one("Shares closed lower than three days earlier.", "three days earlier", "DATE",
             "2020-09-17");
  expect_one("He left three days later.", "three days", "DURATION", "P3D");
}

TEST(Dates, FractionsOfAUnitWrittenInTheNextSmallerUnit) {
  expect_one("The talks lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M");
  expect_one("She served 2 1/2 years in office.", "2 1/2 years", "DURATION", "P2Y6M");
  expect_one("The strike went on for 1 1/2 days.", "1 1/2 days", "DURATION", "P1DT12H");
  // a third of a week has no whole number of days: the count stays as written
  expect_one("The repairs took 3 1/3 weeks.", "3 1/3 weeks", "DURATION", "P3W");
}

TEST(Dates, YearlessMonthWithoutTenseCueLeansToThePast) {
  // Sept. 20: February lies seven months back or five ahead; news reports the one past
  expect_one("The February figures show a profit.", "February", "DATE", "2020-02");
  // a month a few months ahead stays ahead
  expect_one("The December figures show a profit.", "December", "DATE", "2020-12");
  // a tense cue still decides
  expect_one("The figures will come in February.", "February", "DATE", "2021-02");
}

TEST(Dates, PlansPointForwardAndLateVerbsStillCount) {
  expect_one("The team intends to leave on Thursday.", "Thursday", "DATE", "2020-09-24");
  expect_one("Protesters are planning a march on Saturday.", "Saturday", "DATE", "2020-09-26");
  // a sentence-opening weekday takes the tense of a verb seven tokens on
  expect_one("On Tuesday, the police and city officials said nothing.", "Tuesday", "DATE",
             "2020-09-15");
  expect_one("On Tuesday, the police and city officials will speak.", "Tuesday", "DATE",
             "2020-09-22");
  // inside a sentence a verb that far on belongs to another clause
  expect_one("Talks resume Tuesday, the aides to the minister said.", "Tuesday", "DATE",
             "2020-09-22");
}

TEST(Dates, WeekdayWithoutTenseCueLeansToThePast) {
  // Sunday Sept. 20: Wednesday is four days back or three ahead; news reports the one past
  expect_one("The index is up 3% from Wednesday.", "Wednesday", "DATE", "2020-09-16");
  // two days ahead stays ahead
  expect_one("The index is up 3% from Tuesday.", "Tuesday", "DATE", "2020-09-22");
}

TEST(Dates, TenseCuesThatAreNotWhatTheySeem) {
  // a participle after "be" takes the tense of its auxiliary
  expect_one("The dividend would be paid in January.", "January", "DATE", "2021-01");
  // "succeed" ends in -ed but is no past tense
  expect_one("Mr. Lee will succeed him on Wednesday.", "Wednesday", "DATE", "2020-09-23");
  // "the plan" is a noun, not a future cue
  expect_one("Officials presented the plan Friday.", "Friday", "DATE", "2020-09-18");
  expect_one("Officials plan to present it Friday.", "Friday", "DATE", "2020-09-25");
  // "is to" + verb is an arrangement ahead; a bare "to" is no cue (Wednesday: four days back)
  expect_one("Trading is to resume Wednesday.", "Wednesday", "DATE", "2020-09-23");
  expect_one("Trading rose to a high Wednesday.", "Wednesday", "DATE", "2020-09-16");
  // after "were" a future cue still looks ahead
  expect_one("A march on Wednesday and they were planning more.", "Wednesday", "DATE",
             "2020-09-23");
}

TEST(Dates, ParticiplesTakeTheTenseOfTheirAuxiliary) {
  // "scheduled" points forward, but "had been scheduled" looks back
  expect_one("The offer had been scheduled to expire Friday.", "Friday", "DATE", "2020-09-18");
  expect_one("The offer is scheduled to expire Friday.", "Friday", "DATE", "2020-09-25");
}

TEST(Dates, SoonAfterAPastEventIsNoFutureReference) {
  expect_none("He was soon released from the hospital.");
  expect_one("The board may soon decide.", "soon", "DATE", "FUTURE_REF");
  // the month "May" is no modal: Wednesday stays in the past
  auto all = dates("The index in May is up from Wednesday.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value, "2020-09-16");
}

TEST(Dates, PreviousWeekdayCountsFromTheDayLastNamed) {
  auto all = dates("Stocks rose on Friday, Sept. 11, from the previous Friday.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].text, "the previous Friday");
  EXPECT_EQ(all[1].value, "2020-09-04");
}

TEST(Dates, OneDayAfterAModalIsTheFuture) {
  expect_one("Islam will one day be the second largest religion.", "one day", "DATE", "FUTURE_REF");
  expect_one("The strike lasted one day.", "one day", "DURATION", "P1D");
}

TEST(Dates, TheQuarterAYearAgo) {
  expect_one("For the quarter a year ago, it earned $3 million.", "the quarter a year ago", "DATE",
             "2019-Q2");
  expect_one("Sales for last year's quarter were $3 million.", "last year's quarter", "DATE",
             "2019-Q2");
  expect_one("Net fell from the corresponding period last year.", "last year", "DATE", "2019-Q2");
}

TEST(Dates, ClockTimeTakesTheDayAtTheEndOfItsBracket) {
  auto all = dates("He will leave at 4 in the morning (4 a.m. EDT Tuesday).");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].text, "4 in the morning");
  EXPECT_EQ(all[0].value, "2020-09-22T04:00");
}

TEST(Dates, TheFullYearJoinsTheSpan) {
  expect_one("He forecast a gain for the full year.", "the full year", "DATE", "2020");
}

TEST(Dates, TheDayBeforeOrAfterADate) {
  expect_one("He met them the day before last Tuesday's hearing.", "the day before last Tuesday",
             "DATE", "2020-09-14");
  expect_one("They flew home the day after Christmas 2019.", "the day after Christmas 2019", "DATE",
             "2019-12-26");
}

TEST(Dates, FirstTwoQuartersOfAYearAreItsFirstHalf) {
  expect_one("Demand should hold through the first two quarters of 2021.",
             "the first two quarters of 2021", "DATE", "2021-H1");
  expect_one("Sales rose in the first six months of 2019.", "the first six months of 2019", "DATE",
             "2019-H1");
}

TEST(Dates, ParticipleAfterADeterminerIsAnAdjective) {
  // "unspecified" is no past tense: January is the next one
  expect_one("It will pay on a still unspecified date in January.", "January", "DATE", "2021-01");
  // Sunday Sept. 20: no cue is left, and Tuesday lies two days ahead
  expect_one("The reduced dividend is payable Tuesday.", "Tuesday", "DATE", "2020-09-22");
  expect_one("The board reduced the dividend on Friday.", "Friday", "DATE", "2020-09-18");
}

TEST(Dates, CapitalisedDayWordAfterANameIsPartOfIt) {
  expect_none("He said it to USA Today in an interview.");
  expect_none("He liked the film High Noon best.");
  expect_one("He said it today.", "today", "DATE", "2020-09-20");
  expect_one("Today the court ruled.", "Today", "DATE", "2020-09-20");
}

TEST(Dates, PastTenseReachesMostOfAYearBack) {
  auto all = dates("In the fiscal year ended Jan. 31, sales rose.", "2020-11-20");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].text, "Jan. 31");
  EXPECT_EQ(all[1].value, "2020-01-31");
}

TEST(Dates, YearsAndCountsInWords) {
  expect_one("Unemployment was to be halved by the year two thousand.", "the year two thousand",
             "DATE", "2000");
  expect_one("The approach of the year 2000 worried them.", "the year 2000", "DATE", "2000");
  expect_one("It was planned for the year two thousand and one.", "the year two thousand and one",
             "DATE", "2001");
  expect_one("They kept the secret for two thousand years.", "two thousand years", "DURATION",
             "P2000Y");
}

TEST(Dates, DeicticMonthWithADay) {
  expect_one("He was shot last Oct. 23 at his home.", "last Oct. 23", "DATE", "2019-10-23");
  expect_one("The vote comes next March 3.", "next March 3", "DATE", "2021-03-03");
}

TEST(Dates, FiscalYearAfterADeicticWord) {
  expect_one("Sales should rise in the current fiscal year.", "the current fiscal year", "DATE",
             "2020");
  expect_one("Sales fell in the latest fiscal year.", "the latest fiscal year", "DATE", "2019");
}

TEST(Dates, AnaphoricUnitsCountFromTheLastDateNamed) {
  auto all = dates("He joined the army in 1995. The following year he was promoted.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].text, "The following year");
  EXPECT_EQ(all[1].value, "1996");
  all = dates("The clinic was attacked on Sept. 3. Earlier that day, the family sent a fax.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].text, "Earlier that day");
  EXPECT_EQ(all[1].value, "2020-09-03");
  all = dates("They met in March. The following month, the firm was sold.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value, "2020-04");
  all = dates("She left in 1998 and came back later that year.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].text, "later that year");
  EXPECT_EQ(all[1].value, "1998");
  // with nothing named before, "that year" has no value to take and "following" counts from now
  expect_none("That year was hard for everyone.");
  expect_one("The following year will be hard.", "The following year", "DATE", "2021");
  // "that day" sentences away from any date is a day of its own
  all =
      dates("The firm was founded in 1990. It grew. It hired. It moved. Sadly, that day has come.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].text, "1990");
  // "that" before other words is no time expression
  expect_none("He said that quarterly results were weak.");
}

TEST(Dates, ClockTimeTakesTheDayAfterABracketedConversion) {
  auto all = dates("The blast went off at 10:35 a.m. (0735 GMT) Friday, police said.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].text, "10:35 a.m.");
  EXPECT_EQ(all[0].value, "2020-09-18T10:35");
  // a bracket holding no time leaves the clock time on the reference day
  all = dates("The talks began at 9 a.m. (as planned) and ended late.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].value, "2020-09-20T09:00");
}

TEST(Dates, ApproximatingWordsJoinACount) {
  expect_one("The hearing lasted nearly an hour.", "nearly an hour", "DURATION", "PT1H");
  expect_one("He left almost two years ago.", "almost two years ago", "DATE", "2018");
  expect_one("Output fell for roughly three months.", "roughly three months", "DURATION", "P3M");
  // not before a date, and "about" stays a preposition
  expect_one("They met around Sept. 3.", "Sept. 3", "DATE", "2020-09-03");
  expect_one("He talked about two years of losses.", "two years", "DURATION", "P2Y");
}

TEST(Dates, ExtraWordsBetweenCountAndUnitJoinTheDuration) {
  expect_one("The talks need two more weeks.", "two more weeks", "DURATION", "P2W");
  expect_one("It will last at least 20 more years.", "at least 20 more years", "DURATION", "P20Y");
  expect_one("He got an additional year in prison.", "an additional year", "DURATION", "P1Y");
  // "more than" compares; "more time" has no count
  expect_one("Two more than last week.", "last week", "DATE", "2020-W37");
  expect_none("He wants more time.");
}

TEST(Dates, DecadeWordsAfterTheTakeTheLatestBegunDecade) {
  expect_one("Prices rose in the nineties.", "the nineties", "DATE", "199", "1998-03-03");
  expect_one("He was born in the sixties.", "the sixties", "DATE", "196");
  // an age, or a temperature band with a qualifier, is no decade
  expect_none("She is in her forties.");
  expect_none("Highs were in the low nineties.");
}

TEST(Dates, AndAHalfAddsHalfTheUnit) {
  expect_one("The meeting lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M");
  expect_one("He served a year and a half.", "a year and a half", "DURATION", "P1Y6M");
  expect_one("It took a minute and a half.", "a minute and a half", "DURATION", "PT1M30S");
  // half a week has no whole number of days: nothing is made up
  expect_none("She stayed a week and a half.");
}

TEST(Dates, TradingAndBusinessDaysAreDays) {
  expect_one("The index fell for eight trading days.", "eight trading days", "DURATION", "P8D");
  expect_one("It closes within two business days.", "two business days", "DURATION", "P2D");
}

TEST(Dates, TitleCaseDeicticIsAName) {
  expect_none("Baker said on the programme \"This Week\" that the talks had failed.");
  expect_one("This week the talks failed.", "This week", "DATE", "2020-W38");
  expect_one("Last April, he left the firm.", "Last April", "DATE", "2020-04");
}

TEST(Dates, TheWeekOfADayIsItsIsoWeek) {
  expect_one("The hearing is set for the week of March 6.", "the week of March 6", "DATE",
             "2000-W10", "2000-02-24");
  expect_none("The week of talks ended without a deal.");
}

TEST(Dates, ModifiedPartsOfDayAndHoursInThePartOfDay) {
  expect_one("Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME",
             "2020-09-19TAF");
  expect_one("Trading slowed in mid afternoon.", "mid afternoon", "TIME", "2020-09-20TAF");
  // a bare "the morning" is left alone: it is mostly another day of the story
  expect_none("He left in the morning.");
  expect_one("The polls close at 8 in the evening.", "8 in the evening", "TIME",
             "2020-09-20T20:00");
  expect_one("He will leave at 4 in the morning.", "4 in the morning", "TIME", "2020-09-20T04:00");
  expect_one("He scored 4 in the first half of 2019.", "the first half of 2019", "DATE", "2019-H1");
}

}  // namespace
}  // namespace docket
