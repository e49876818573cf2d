#include "docket/quotes.hpp"

#include <algorithm>

#include "docket/lexicons.hpp"

namespace docket {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Reads a one-column word list into a set-like map.
template <typename M>
void read_words(const LexiconFile& f, M& into) {
  for (const auto& e : f.entries) into[lower_ascii(e[0])] = true;
}

}  // namespace

Result<QuoteLexicon> QuoteLexicon::compile(const Lexicons& lex) {
  QuoteLexicon q;
  const LexiconFile& verbs = lex.file("quotes/speech_verbs.tsv");
  for (const auto& e : verbs.entries) {
    VerbKind kind = VerbKind::Speech;
    if (e.get(2) == "term")
      kind = VerbKind::Term;
    else if (!e.get(2).empty() && e.get(2) != "speech")
      return verbs.error_at(e, "kind must be 'speech' or 'term'");
    std::string_view forms = e[1];
    while (!forms.empty()) {
      const size_t comma = forms.find(',');
      const std::string_view form = trim(forms.substr(0, comma));
      if (form.empty()) return verbs.error_at(e, "empty form in the comma-separated list");
      q.verbs_[lower_ascii(form)] = kind;
      if (comma == std::string_view::npos) break;
      forms.remove_prefix(comma + 1);
    }
  }
  const LexiconFile& cues = lex.file("quotes/cue_phrases.tsv");
  for (const auto& e : cues.entries) {
    Phrase p{lower_ascii(e[0]), Side::Before};
    if (e[1] == "after")
      p.side = Side::After;
    else if (e[1] != "before")
      return cues.error_at(e, "side must be 'before' or 'after'");
    const std::string first = p.text.substr(0, p.text.find(' '));
    q.phrases_[first].push_back(std::move(p));
  }
  // Longer phrases first, so "according to" wins over a shorter phrase with the same first word.
  for (auto& [w, list] : q.phrases_)
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      return a.text.size() > b.text.size();
    });
  const LexiconFile& pronouns = lex.file("quotes/pronouns.tsv");
  for (const auto& e : pronouns.entries) {
    Kind k;
    if (e[1] == "person")
      k = Kind::Person;
    else if (e[1] == "organization")
      k = Kind::Organization;
    else if (e[1] == "group")
      k = Kind::Group;
    else if (e[1] == "self")
      k = Kind::Self;
    else
      return pronouns.error_at(e, "kind must be person, organization, group or self");
    q.pronouns_[lower_ascii(e[0])] = k;
  }
  const LexiconFile& descs = lex.file("quotes/descriptions.tsv");
  for (const auto& e : descs.entries) {
    Description d;
    if (e[1] == "person")
      d.kind = Kind::Person;
    else if (e[1] == "organization")
      d.kind = Kind::Organization;
    else
      return descs.error_at(e, "kind must be person or organization");
    d.role = std::string(e.get(2));
    q.descriptions_[lower_ascii(e[0])] = std::move(d);
  }
  read_words(lex.file("quotes/verb_modifiers.tsv"), q.modifiers_);
  read_words(lex.file("quotes/np_boundaries.tsv"), q.boundaries_);
  read_words(lex.file("quotes/determiners.tsv"), q.determiners_);
  read_words(lex.file("quotes/negations.tsv"), q.negations_);
  for (const auto& e : lex.file("quotes/scare_cues.tsv").entries)
    q.scare_cues_.push_back(lower_ascii(e[0]));
  return q;
}

const QuoteLexicon::VerbKind* QuoteLexicon::verb(std::string_view w) const {
  auto it = verbs_.find(w);
  return it == verbs_.end() ? nullptr : &it->second;
}
const std::vector<QuoteLexicon::Phrase>* QuoteLexicon::phrases_starting(std::string_view w) const {
  auto it = phrases_.find(w);
  return it == phrases_.end() ? nullptr : &it->second;
}
const QuoteLexicon::Kind* QuoteLexicon::pronoun(std::string_view w) const {
  auto it = pronouns_.find(w);
  return it == pronouns_.end() ? nullptr : &it->second;
}
const QuoteLexicon::Description* QuoteLexicon::description(std::string_view w) const {
  auto it = descriptions_.find(w);
  return it == descriptions_.end() ? nullptr : &it->second;
}

std::vector<Quote> extract_quotes(const Document& doc, const EntityResult& entities,
                                  const Lexicons& lex) {
  return extract_quotes(doc, entities, lex.quotes());
}

}  // namespace docket
