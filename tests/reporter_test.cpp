#include "docket/reporter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "docket/lexicons.hpp"

namespace docket {
namespace {

std::string fmt_id(size_t n) {
  std::string id = std::to_string(n);
  id.insert(id.begin(), 'a');
  return id;
}

// Builds a Document and hand-made extractor output for sentences written for these tests.
class Article {
 public:
  explicit Article(std::string text) : text_(std::move(text)) {
    static const Lexicons lex = *Lexicons::load();
    lex_ = &lex;
    doc_ = tok_.tokenize(text_, &lex.tokenizer());
  }

  // The tokens covering the n-th occurrence of `s` (whole tokens).
  std::pair<uint32_t, uint32_t> tokens_of(std::string_view s, int nth = 0) {
    size_t at = 0;
    for (int k = 0; k <= nth; ++k) at = text_.find(s, k ? at + 1 : 0);
    EXPECT_NE(at, std::string::npos) << s;
    uint32_t first = 0, end = 0;
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (doc_.tokens[i].byte_begin == at) first = i;
      if (doc_.tokens[i].byte_end == at + s.size()) end = i + 1;
    }
    EXPECT_LT(first, end) << s;
    return {first, end};
  }

  void date(std::string_view s, std::string value, int nth = 0, TimexType type = TimexType::Date) {
    auto [a, b] = tokens_of(s, nth);
    Timex t;
    t.span = doc_.span(a, b - 1);
    t.value = std::move(value);
    t.type = type;
    t.sentence = doc_.tokens[a].sentence;
    t.first_token = a;
    t.end_token = b;
    dates_.push_back(t);
  }

  // An actor with one mention per listed surface form (first occurrence each).
  int actor(std::string name, EntityType type, std::string role,
            std::vector<std::string> surfaces) {
    Actor a;
    a.id = fmt_id(ents_.actors.size() + 1);
    a.name = std::move(name);
    a.type = type;
    a.role = std::move(role);
    for (const auto& s : surfaces) {
      auto [f, e] = tokens_of(s);
      Mention m;
      m.span = doc_.span(f, e - 1);
      m.type = type;
      m.sentence = doc_.tokens[f].sentence;
      m.first_token = f;
      m.end_token = e;
      a.mentions.push_back(m);
      ents_.mentions.push_back(m);
    }
    ents_.actors.push_back(std::move(a));
    return static_cast<int>(ents_.actors.size()) - 1;
  }

  Report report(const std::string& ref_iso) {
    ReferenceDate ref;
    ref.date = CivilDate::parse(ref_iso);
    ref.source = ReferenceSource::Option;
    std::sort(dates_.begin(), dates_.end(),
              [](const Timex& a, const Timex& b) { return a.span.begin < b.span.begin; });
    return build_report(doc_, ents_, dates_, quotes_, ref, *lex_);
  }

  void quote(std::string_view s) {
    auto [f, e] = tokens_of(s);
    Quote q;
    q.span = doc_.span(f, e - 1);
    quotes_.push_back(q);
  }

  std::string str(Span s) const { return std::string(doc_.str(s)); }

 private:
  std::string text_;
  Tokenizer tok_;
  Document doc_;
  const Lexicons* lex_ = nullptr;
  EntityResult ents_;
  std::vector<Timex> dates_;
  std::vector<Quote> quotes_;
};

// ---- deadlines

TEST(Deadlines, FutureDateIsScheduledWithItsAction) {
  Article a(
      "The new tariffs would be removed from all ports on March 3. Officials met on March 1.");
  a.date("March 3", "2031-03-03");
  a.date("March 1", "2031-03-01");
  const Report r = a.report("2031-03-02");
  ASSERT_EQ(r.deadlines.size(), 1u);  // the past meeting is a record, not a deadline
  EXPECT_EQ(r.deadlines[0].date, "2031-03-03");
  EXPECT_EQ(r.deadlines[0].action, "removed from all ports");
  EXPECT_EQ(r.deadlines[0].status, DeadlineStatus::Scheduled);
}

TEST(Deadlines, PastDateNeedsACue) {
  Article a("The bid was due to expire on Friday. The board met on Thursday.");
  a.date("Friday", "2031-05-09");
  a.date("Thursday", "2031-05-08");
  const Report r = a.report("2031-05-12");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].date, "2031-05-09");
  EXPECT_EQ(r.deadlines[0].cue, "due to expire");
  EXPECT_EQ(r.deadlines[0].action, "expire");
}

TEST(Deadlines, BeforeCuesMustStandRightBeforeTheDate) {
  Article a(
      "Applicants must file by June 2. The form was signed by the clerk in a hurry on May 3.");
  a.date("June 2", "2031-06-02");
  a.date("May 3", "2031-05-03");
  const Report r = a.report("2031-06-05");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].date, "2031-06-02");
  EXPECT_EQ(r.deadlines[0].cue, "by");
  EXPECT_EQ(r.deadlines[0].action, "file");
}

TEST(Deadlines, ExtensionAndHaltStatuses) {
  Article a(
      "The ministry granted the company an extension to July 9. "
      "A judge halted the order that would have closed the mill on July 2.");
  a.date("July 9", "2031-07-09");
  a.date("July 2", "2031-07-02");
  const Report r = a.report("2031-07-01");
  ASSERT_EQ(r.deadlines.size(), 2u);
  EXPECT_EQ(r.deadlines[0].status, DeadlineStatus::Extended);
  EXPECT_EQ(r.deadlines[1].status, DeadlineStatus::Halted);
  EXPECT_EQ(r.deadlines[1].action, "closed the mill");
}

TEST(Deadlines, SameDateTwiceIsOneItemWithTwoEvidenceSpans) {
  Article a("The vote is scheduled for October 4. Lawmakers will vote on Saturday.");
  a.date("October 4", "2031-10-04");
  a.date("Saturday", "2031-10-04");
  const Report r = a.report("2031-10-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].evidence.size(), 2u);
  EXPECT_EQ(r.deadlines[0].cue, "scheduled for");
}

TEST(Deadlines, TheBodyWordsADeadlineBetterThanATitleCaseHeadline) {
  Article a(
      "Council Orders Bridge Repairs by June 30\n\nThe council told the county to finish "
      "repairing the bridge by June 30.");
  a.date("June 30", "2031-06-30");
  a.date("June 30", "2031-06-30", 1);
  const Report r = a.report("2031-05-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].evidence.size(), 2u);
  EXPECT_EQ(r.deadlines[0].action, "finish repairing the bridge");
}

TEST(Deadlines, ActorsOfTheSentence) {
  Article a("Acme Corp. must answer the regulator by Nov. 2.");
  a.date("Nov. 2", "2031-11-02");
  const int acme = a.actor("Acme Corp.", EntityType::Organization, "company", {"Acme Corp."});
  const Report r = a.report("2031-11-05");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].actors, std::vector<int>{acme});
  EXPECT_EQ(r.deadlines[0].status, DeadlineStatus::Unknown);  // past, and nothing says more
}

TEST(Deadlines, DurationsAndUnplaceableValuesWithoutCueAreSkipped) {
  Article a("The talks lasted three days. Nobody knows what happens next.");
  a.date("three days", "P3D", 0, TimexType::Duration);
  EXPECT_TRUE(a.report("2031-01-01").deadlines.empty());
}

TEST(Deadlines, FutureDateInAPastClauseIsARecord) {
  // A date resolved into the future while the clause looks back is no plan; one that looks ahead
  // is.
  Article a("The inquiry began in February. The party hopes to win its first seats in September.");
  a.date("February", "2031-02");
  a.date("September", "2031-09");
  const Report r = a.report("2030-12-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].date, "2031-09");
}

TEST(Deadlines, ADateQualifyingANounNamesTheEvent) {
  Article a("The outcome of the May 4 regional election could change the council.");
  a.date("May 4", "2031-05-04");
  const Report r = a.report("2031-04-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].action, "regional election");
}

TEST(Deadlines, PossessiveDateAndDashedAsideNameTheirEvents) {
  Article a(
      "Ministers face Friday's vote in the assembly. Members get one day - next Monday - to debate "
      "it.");
  a.date("Friday", "2031-04-04");
  a.date("next Monday", "2031-04-07");
  const Report r = a.report("2031-04-01");
  ASSERT_EQ(r.deadlines.size(), 2u);
  EXPECT_EQ(r.deadlines[0].action, "vote");
  EXPECT_EQ(r.deadlines[1].action, "to debate it");
}

TEST(Deadlines, ASubjectScheduledForADateIsTheEvent) {
  Article a("The final hearing is scheduled for May 12. It is set for May 19.");
  a.date("May 12", "2031-05-12");
  a.date("May 19", "2031-05-19");
  const Report r = a.report("2031-04-01");
  ASSERT_EQ(r.deadlines.size(), 2u);
  EXPECT_EQ(r.deadlines[0].action, "final hearing");
  EXPECT_EQ(r.deadlines[1].action, "");  // a pronoun names no event
}

TEST(Deadlines, ALongSubjectNamesTheEventToo) {
  Article a("A hearing on the council's request for a stay is scheduled for May 12.");
  a.date("May 12", "2031-05-12");
  const Report r = a.report("2031-04-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].action, "hearing on the council's request for a stay");
}

TEST(Deadlines, AStatusWordBeforeACommaBelongsToAnotherClause) {
  Article a("Court Halts Mine Permit, Orders New Study by May 12");
  a.date("May 12", "2031-05-12");
  const Report r = a.report("2031-04-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].status, DeadlineStatus::Scheduled);
}

TEST(Deadlines, WouldSeeIntroducesWhatHappens) {
  Article a("The plan would see the old bridge closed for repairs on June 30.");
  a.date("June 30", "2031-06-30");
  const Report r = a.report("2031-04-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].action, "the old bridge closed for repairs");
}

TEST(Deadlines, FinerOfTwoNeighbouringExpressionsWins) {
  Article a("The three states are scheduled to join in April next year.");
  a.date("April", "2031-04");
  a.date("next year", "2031");
  const Report r = a.report("2030-06-01");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].date, "2031-04");
}

TEST(Deadlines, ByBeforeAPastDateInAPastClauseIsNoDeadline) {
  Article a("But by Monday, officials hardened their stance.");
  a.date("Monday", "2031-03-03");
  EXPECT_TRUE(a.report("2031-03-04").deadlines.empty());
}

// ---- rulings

TEST(Rulings, JudgeRulesThatWithDateAndGrounds) {
  Article a(
      "On Friday, Judge Mary Okafor ruled that the merger could not go ahead, due to a lack of "
      "evidence.");
  a.date("Friday", "2031-02-07");
  const int judge = a.actor("Mary Okafor", EntityType::Person, "judge", {"Mary Okafor"});
  const Report r = a.report("2031-02-08");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_actor, judge);
  EXPECT_EQ(r.rulings[0].outcome, "blocked");
  EXPECT_EQ(r.rulings[0].decision, "the merger could not go ahead");
  EXPECT_EQ(r.rulings[0].grounds, "a lack of evidence");
  EXPECT_EQ(r.rulings[0].date, "2031-02-07");
}

TEST(Rulings, UnnamedCourtIsDescribed) {
  Article a("A federal appeals court struck down the state law.");
  const Report r = a.report("2031-02-08");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_actor, -1);
  EXPECT_EQ(r.rulings[0].by_description, "A federal appeals court");
  EXPECT_EQ(r.rulings[0].outcome, "overturned");
}

TEST(Rulings, PassiveAgentAfterBy) {
  Article a("The decision was upheld by the Supreme Court.");
  const int court = a.actor("Supreme Court", EntityType::Organization, "court", {"Supreme Court"});
  const Report r = a.report("2031-02-08");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_actor, court);
  EXPECT_EQ(r.rulings[0].outcome, "upheld");
}

TEST(Rulings, RegulatorFinesAndApproves) {
  Article a("The Securities Board fined Zeta Bank. The ministry approved the new plant.");
  const int board = a.actor("Securities Board", EntityType::Organization, "", {"Securities Board"});
  a.actor("Zeta Bank", EntityType::Organization, "company", {"Zeta Bank"});
  const Report r = a.report("2031-02-08");
  ASSERT_EQ(r.rulings.size(), 2u);
  EXPECT_EQ(r.rulings[0].by_actor, board);
  EXPECT_EQ(r.rulings[0].outcome, "fined");
  EXPECT_EQ(r.rulings[1].by_description, "The ministry");
  EXPECT_EQ(r.rulings[1].outcome, "approved");
}

TEST(Rulings, NonAuthoritiesAndHypotheticalsAreNoRulings) {
  Article a(
      "Zeta Bank rejected the offer. The court could block the sale. The union banned nothing, "
      "but the judge may order a recount.");
  a.actor("Zeta Bank", EntityType::Organization, "company", {"Zeta Bank"});
  const Report r = a.report("2031-02-08");
  EXPECT_TRUE(r.rulings.empty());
}

TEST(Rulings, APassiveBanInTheDecisionGivesItsOutcome) {
  Article a("The state government ruled that the two pesticides would be removed from shops.");
  a.actor("state government", EntityType::Organization, "government", {"state government"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].outcome, "banned");
}

TEST(Rulings, HeadlineAndBodyMergeIntoOneRuling) {
  Article a(
      "Judge Blocks Dam Project\n\nA state judge on Monday blocked the dam project. "
      "Judge Lina Berg ruled that the dam project could not go ahead.");
  a.date("Monday", "2031-03-03");
  const int judge = a.actor("Lina Berg", EntityType::Person, "judge", {"Lina Berg"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_actor, judge);
  EXPECT_EQ(r.rulings[0].evidence.size(), 3u);
  EXPECT_EQ(r.rulings[0].decision, "the dam project could not go ahead");
  EXPECT_EQ(r.rulings[0].date, "2031-03-03");
}

TEST(Rulings, VerbsInsideQuotationsAreNotReadAsRulings) {
  Article a("\"The court blocked nothing,\" she said. The court postponed the hearing.");
  a.quote("The court blocked nothing,");
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].outcome, "halted");
}

TEST(Rulings, OpeningClauseTakesTheDeciderOfTheMainClause) {
  Article a("In rejecting the appeal, the commission said the rules were clear.");
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_description, "the commission");
  EXPECT_EQ(r.rulings[0].outcome, "rejected");
  EXPECT_EQ(r.rulings[0].decision, "rejecting the appeal");
}

TEST(Rulings, OpeningClauseMayHoldAnAside) {
  Article a("In upholding the ban, which starts next week, the tribunal cited safety.");
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_description, "the tribunal");
  EXPECT_EQ(r.rulings[0].outcome, "upheld");
}

TEST(Rulings, SpeakerOfAPassiveDecisionDecided) {
  Article a(
      "Transport Ministry officials said that the permits had been approved. The fee was "
      "approved.");
  const int ministry =
      a.actor("Transport Ministry", EntityType::Organization, "", {"Transport Ministry"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);  // a passive with neither agent nor speaker names no decider
  EXPECT_EQ(r.rulings[0].by_actor, ministry);
  EXPECT_EQ(r.rulings[0].outcome, "approved");
}

TEST(Rulings, AReportFindsNothing) {
  Article a("A Budget Office report found that the program was unconstitutional.");
  a.actor("Budget Office", EntityType::Organization, "agency", {"Budget Office"});
  EXPECT_TRUE(a.report("2031-03-04").rulings.empty());
}

TEST(Rulings, DifferentDecisionsOfOneCourtStaySeparate) {
  Article a("The court denied the request for bail. The court ordered a new hearing.");
  const Report r = a.report("2031-03-04");
  EXPECT_EQ(r.rulings.size(), 2u);
}

TEST(Rulings, ABodyVotesButItsMembersDoNot) {
  Article a(
      "The state assembly voted on Monday to close the old port. Finance Minister Ana Ruiz voted "
      "to keep it open.");
  a.actor("Ana Ruiz", EntityType::Person, "minister", {"Ana Ruiz"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_description, "The state assembly");
  EXPECT_EQ(r.rulings[0].outcome, "approved");
}

TEST(Rulings, AnAgencyIssuingRulesDecides) {
  Article a(
      "Critics say the agency issued the rules without a hearing. The firm issued a statement.");
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_description, "the agency");
}

TEST(Rulings, AnIndefiniteCourtIsNoCourtNamedBefore) {
  Article a(
      "The Fifth Circuit Court of Appeals struck down the fee. In a separate case, a tax rule was "
      "overturned by an appeals court.");
  const int court = a.actor("Fifth Circuit Court of Appeals", EntityType::Organization, "court",
                            {"Fifth Circuit Court of Appeals"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 2u);
  EXPECT_EQ(r.rulings[0].by_actor, court);
  EXPECT_EQ(r.rulings[1].by_actor, -1);
  EXPECT_EQ(r.rulings[1].by_description, "an appeals court");
}

TEST(Rulings, AnIndefiniteCourtInTheLeadIsTheOneNamedLater) {
  Article a(
      "An appeals court struck down the fee on Monday. The Fifth Circuit Court of Appeals said "
      "the fee broke state law.");
  const int court = a.actor("Fifth Circuit Court of Appeals", EntityType::Organization, "court",
                            {"Fifth Circuit Court of Appeals"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_actor, court);
}

TEST(Rulings, TheJudgesOfANamedCourtDecideForIt) {
  Article a(
      "The Fifth Circuit Court of Appeals struck down the fee. The judges denied, however, a "
      "request for costs.");
  const int court = a.actor("Fifth Circuit Court of Appeals", EntityType::Organization, "court",
                            {"Fifth Circuit Court of Appeals"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 2u);
  EXPECT_EQ(r.rulings[1].by_actor, court);
  EXPECT_EQ(r.rulings[1].outcome, "rejected");
}

TEST(Rulings, TheLeadAndItsLaterDetailAreOneRuling) {
  Article a(
      "A federal appeals court has reinstated the fine. The company paid it in 2020. It appealed "
      "twice. Then the tenth circuit court of appeals ruled that the first appeal was flawed.");
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].evidence.size(), 2u);
  EXPECT_EQ(r.rulings[0].by_description, "the tenth circuit court of appeals");
  EXPECT_EQ(r.rulings[0].outcome, "overturned");
}

TEST(Rulings, AnAllianceDecidingToActDecidesAnAuthorityHoldingTalksDoesNot) {
  Article a(
      "The alliance decided at its summit to invite two new members. The committee held talks to "
      "discuss the budget. The alliance decided nothing.");
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].by_description, "The alliance");
}

TEST(Rulings, AnOrganOfAStateNamedByNationalityDecidesForTheCountry) {
  Article a(
      "Denmark signed the treaty in May. The upper house of the Danish parliament approved it on "
      "Friday. Months later a Danish court upheld the fine.");
  const int denmark = a.actor("Denmark", EntityType::Place, "country", {"Denmark"});
  const Report r = a.report("2031-03-04");
  ASSERT_EQ(r.rulings.size(), 2u);
  EXPECT_EQ(r.rulings[0].by_actor, denmark);
  EXPECT_EQ(r.rulings[1].by_actor, -1);  // a court decides for itself
  EXPECT_EQ(r.rulings[1].by_description, "a Danish court");
}

// ---- lexicons

TEST(ReporterLexicon, BadOutcomeIsReportedWithFileAndLine) {
  const auto dir = std::filesystem::temp_directory_path() / "docket_reporter_lexicon_test";
  std::filesystem::create_directories(dir / "reporter");
  {
    std::ofstream f(dir / "reporter" / "ruling_verbs.tsv");
    f << "# FORMAT: phrase | outcome\nvetoed\tsquashed\n";
  }
  const auto lex = Lexicons::load(dir);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.error().message.find("ruling_verbs.tsv:2: unknown outcome 'squashed'"),
            std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(ReporterLexicon, UnknownStandsForValueIsReported) {
  const auto dir = std::filesystem::temp_directory_path() / "docket_reporter_stands_for_test";
  std::filesystem::create_directories(dir / "reporter");
  {
    std::ofstream f(dir / "reporter" / "authority_roles.tsv");
    f << "# FORMAT: word | [stands for]\njudges\tcourts\n";
  }
  const auto lex = Lexicons::load(dir);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.error().message.find("authority_roles.tsv:2:"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(ReporterLexicon, OverlayTeachesANewVerb) {
  const auto dir = std::filesystem::temp_directory_path() / "docket_reporter_overlay_test";
  std::filesystem::create_directories(dir / "reporter");
  {
    std::ofstream f(dir / "reporter" / "ruling_verbs.tsv");
    f << "# FORMAT: phrase | outcome\nvetoed\tblocked\n";
  }
  auto lex = Lexicons::load(dir);
  ASSERT_TRUE(lex.ok());
  Tokenizer tok;
  const std::string text = "The governor vetoed the budget.";
  const Document doc = tok.tokenize(text, &lex->tokenizer());
  const Report r = build_report(doc, {}, {}, {}, {}, *lex);
  ASSERT_EQ(r.rulings.size(), 1u);
  EXPECT_EQ(r.rulings[0].outcome, "blocked");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace docket
