#include "common.hpp"

#include <algorithm>
#include <charconv>

namespace docket::reporter_detail {
namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// `text` holds `phrase` as whole words.
bool holds_words(std::string_view text, std::string_view phrase) {
  for (size_t at = text.find(phrase); at != std::string_view::npos;
       at = text.find(phrase, at + 1)) {
    const size_t end = at + phrase.size();
    const bool left = at == 0 || text[at - 1] == ' ';
    const bool right =
        end == text.size() || text[end] == ' ' || text[end] == '\'' || text[end] == ',';
    if (left && right) return true;
  }
  return false;
}

bool names_authority(std::string_view text, const ReporterLexicon& rl) {
  if (text.empty()) return false;
  const std::string low = ascii_lower(text);
  return std::any_of(rl.authority_words.begin(), rl.authority_words.end(),
                     [&](const std::string& w) { return holds_words(low, w); });
}

int parse_int(std::string_view s) {
  int v = -1;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() ? v : -1;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

ActorIndex index_actors(const Document& doc, const EntityResult& entities,
                        const std::vector<Timex>& dates, const ReporterLexicon& rl) {
  ActorIndex ix;
  ix.in_date.assign(doc.tokens.size(), false);
  for (const Timex& t : dates)
    for (uint32_t i = t.first_token; i < t.end_token && i < doc.tokens.size(); ++i)
      ix.in_date[i] = true;
  ix.actor_of_token.assign(doc.tokens.size(), -1);
  ix.authority.assign(entities.actors.size(), false);
  for (size_t k = 0; k < entities.actors.size(); ++k) {
    const Actor& a = entities.actors[k];
    bool auth =
        a.type == EntityType::Place || names_authority(a.role, rl) || names_authority(a.name, rl);
    for (const Mention& m : a.mentions) {
      auth = auth || names_authority(m.title, rl);
      const uint32_t end =
          std::min<uint32_t>(m.end_token, static_cast<uint32_t>(doc.tokens.size()));
      for (uint32_t t = m.first_token; t < end; ++t) ix.actor_of_token[t] = static_cast<int>(k);
      // The title read with the name ("Judge" in "Judge Beeler") points at the same actor.
      if (!m.title_span.empty()) {
        for (uint32_t t = m.first_token;
             t > 0 && doc.tokens[t - 1].span.begin >= m.title_span.begin; --t)
          if (ix.actor_of_token[t - 1] < 0) ix.actor_of_token[t - 1] = static_cast<int>(k);
      }
    }
    ix.authority[k] = auth;
  }
  return ix;
}

bool clause_punct(const Document& doc, size_t i, bool commas) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::Punct && t.kind != TokenKind::Dash) return false;
  const std::string_view s = doc.str(t);
  if (t.kind == TokenKind::Dash) return s != "-";
  return s == ";" || s == ":" || (commas && s == ",") || s == "(" || s == ")";
}

std::string tokens_text(const Document& doc, size_t first, size_t last) {
  std::string out;
  for (size_t i = first; i <= last; ++i) {
    // Line breaks and runs of spaces between tokens print as one space.
    if (i > first && doc.tokens[i].space_before) out += ' ';
    out += doc.str(doc.tokens[i]);
  }
  return out;
}

bool has_word(const std::vector<std::string>& sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w, std::less<>());
}

std::optional<int> compare_to_reference(std::string_view value, const ReferenceDate& ref) {
  if (!ref.date || value.size() < 4 || !all_digits(value.substr(0, 4))) return std::nullopt;
  const int year = parse_int(value.substr(0, 4));
  long first = CivilDate{year, 1, 1}.days(), last = CivilDate{year, 12, 31}.days();
  const std::string_view rest =
      value.size() > 5 && value[4] == '-' ? value.substr(5) : std::string_view();
  if (rest.size() >= 2 && all_digits(rest.substr(0, 2))) {
    const int month = parse_int(rest.substr(0, 2));
    if (month < 1 || month > 12) return std::nullopt;
    first = CivilDate{year, month, 1}.days();
    last = CivilDate{year, month, CivilDate::days_in_month(year, month)}.days();
    if (rest.size() >= 5 && rest[2] == '-' && all_digits(rest.substr(3, 2))) {
      const int day = parse_int(rest.substr(3, 2));
      if (!CivilDate::valid(year, month, day)) return std::nullopt;
      first = last = CivilDate{year, month, day}.days();
    }
  } else if (rest.size() >= 3 && rest[0] == 'W' && all_digits(rest.substr(1, 2))) {
    const CivilDate jan4{year, 1, 4};
    const long monday =
        jan4.days() - (jan4.weekday() - 1) + 7L * (parse_int(rest.substr(1, 2)) - 1);
    first = monday, last = monday + 6;
  } else if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int q = rest[1] - '1';
    first = CivilDate{year, 3 * q + 1, 1}.days();
    last = CivilDate{year, 3 * q + 3, CivilDate::days_in_month(year, 3 * q + 3)}.days();
  }
  const long r = ref.date->days();
  if (last < r) return -1;
  if (first > r) return 1;
  return 0;
}

}  // namespace docket::reporter_detail
