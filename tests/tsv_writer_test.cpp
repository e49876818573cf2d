#include "docket/tsv_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace docket {
namespace {

// A Summary built by hand: one actor, one deadline, one ruling over a short text we wrote.
Summary sample() {
  Summary s;
  s.text = "Judge Ames ruled on Monday.\nThe fee is due\tby May 2.";
  s.index = TextIndex(s.text);
  Actor a;
  a.id = "a1";
  a.name = "Ames";
  a.type = EntityType::Person;
  a.role = "judge";
  s.actors.push_back(a);
  Deadline d;
  d.date = "2031-05-02";
  d.date_span = {46, 51};
  d.action = "fee\tpaid";
  d.actors = {0};
  d.status = DeadlineStatus::Scheduled;
  d.cue = "by";
  d.evidence = {{28, 52}};
  s.deadlines.push_back(d);
  Ruling r;
  r.by_actor = 0;
  r.outcome = "other";
  r.decision = "ruled on Monday";
  r.evidence = {{0, 27}};
  s.rulings.push_back(r);
  return s;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

TEST(TsvWriter, OnlyDeadlinesGivesHeaderAndOneLinePerItem) {
  const Summary s = sample();
  Sections only;
  only.actors = only.dates = only.quotes = only.rulings = false;
  std::ostringstream out;
  write_tsv(out, s, only);
  const auto ls = lines(out.str());
  ASSERT_EQ(ls.size(), 2u);
  EXPECT_EQ(ls[0], "#date\tdate_text\taction\tstatus\tactors\tcue\tstart\tend\tevidence\tsource");
  // Tabs and the line break inside fields are escaped, so `cut -f1,3` gives date and action.
  EXPECT_EQ(
      ls[1],
      "2031-05-02\tMay 2\tfee\\tpaid\tscheduled\tAmes\tby\t28\t52\tThe fee is due\\tby May 2.\t" +
          s.source);
}

TEST(TsvWriter, EveryListHasItsHeader) {
  std::ostringstream out;
  write_tsv(out, sample(), Sections{});
  const auto ls = lines(out.str());
  int headers = 0;
  for (const auto& l : ls) headers += !l.empty() && l[0] == '#';
  EXPECT_EQ(headers, 5);
  EXPECT_EQ(ls.back(),
            "Ames\ta1\tother\t\truled on Monday\t\t0\t27\tJudge Ames ruled on Monday.\t" +
                sample().source);
}

TEST(TsvWriter, EscapesTabsNewlinesAndBackslashes) {
  EXPECT_EQ(tsv_escape("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
  EXPECT_EQ(tsv_escape("plain"), "plain");
}

}  // namespace
}  // namespace docket
