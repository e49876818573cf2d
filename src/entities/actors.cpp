#include "docket/entities/actors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "docket/entities/designations.hpp"

namespace docket::entities {
namespace {

using Tables = EntityLexicon::Tables;

// A mention's words (punctuation and a final possessive left out, "&" kept), as written; a
// possessive inside the name stays on its word ("Maine Lobstermen's Association").
std::vector<std::string_view> words_of(const Document& doc, const Mention& m) {
  std::vector<std::string_view> w;
  for (uint32_t i = m.first_token; i < m.end_token; ++i) {
    const Token& t = doc.tokens[i];
    const std::string_view s = doc.str(t);
    if ((s == "'s" || s == "\u2019s") && !w.empty() && i + 1 < m.end_token && i > m.first_token &&
        !t.space_before && doc.tokens[i - 1].kind == TokenKind::Word) {
      const Token& prev = doc.tokens[i - 1];
      w.back() = doc.text.substr(prev.byte_begin, t.byte_end - prev.byte_begin);
      continue;
    }
    // "Ciba-Geigy", "EB-5": words joined by a hyphen are one word
    if ((t.kind == TokenKind::Word || t.kind == TokenKind::Number) && !t.space_before &&
        !w.empty() && i >= m.first_token + 2 && doc.tokens[i - 1].kind == TokenKind::Dash &&
        !doc.tokens[i - 1].space_before && doc.str(doc.tokens[i - 1]) == "-") {
      const Token& first = doc.tokens[i - 2];
      if (doc.str(first).data() + doc.str(first).size() == doc.str(doc.tokens[i - 1]).data()) {
        const char* begin = w.back().data();
        w.back() =
            std::string_view(begin, static_cast<size_t>(doc.str(t).data() + s.size() - begin));
        continue;
      }
    }
    // "Dunkin' Donuts": an apostrophe for a dropped letter stays on its word
    if (s == "'" && !t.space_before && !w.empty() && i > m.first_token && i + 1 < m.end_token &&
        doc.tokens[i - 1].kind == TokenKind::Word) {
      const Token& prev = doc.tokens[i - 1];
      w.back() = doc.text.substr(prev.byte_begin, t.byte_end - prev.byte_begin);
      continue;
    }
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Number || s == "&") w.push_back(s);
  }
  return w;
}

std::string join(const std::vector<std::string_view>& w, size_t from = 0,
                 size_t to = std::string::npos) {
  std::string s;
  for (size_t i = from; i < std::min(to, w.size()); ++i) {
    if (i > from) s += ' ';
    s += w[i];
  }
  return s;
}

// "Chinese Communist Party" -> "CCP"; small words ("of", "and", "the") are skipped.
std::string initials(const std::vector<std::string_view>& w) {
  std::string s;
  for (auto x : w)
    if (!x.empty() && x[0] >= 'A' && x[0] <= 'Z') s += x[0];
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "II", "XIV": a Roman numeral of at least two letters.
bool roman_numeral(std::string_view w) {
  return w.size() >= 2 && w.size() <= 5 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

std::string strip_dots(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '.') out += c;
  return out;
}

bool headline_paragraph(const Document& doc) {
  if (doc.paragraphs.size() < 2) return false;
  const Segment& p = doc.paragraphs[0];
  return p.end_token - p.first_token <= 40 && doc.tokens[p.end_token - 1].kind != TokenKind::Punct;
}

// Which mentions name where the story happens rather than who acts: "in Miami", "near the
// plant's site in Lyon", the dateline "PORTSMOUTH, Maine -", and the state or country that closes
// such a place ("in Miami, Florida"). `mentions` are in text order.
std::vector<bool> settings(const Document& doc, const Tables& t,
                           const std::vector<Mention>& mentions) {
  std::vector<bool> out(mentions.size(), false);
  for (size_t mi = 0; mi < mentions.size(); ++mi) {
    const Mention& m = mentions[mi];
    uint32_t p = m.first_token;
    if (p > 0 && doc.lower_str(doc.tokens[p - 1]) == "the") --p;
    if (p > 0 && doc.tokens[p - 1].kind == TokenKind::Word &&
        t.setting_words.count(lower(doc.lower_str(doc.tokens[p - 1])))) {
      out[mi] = true;
      continue;
    }
    const Token& first = doc.tokens[m.first_token];
    if (m.first_token == doc.paragraphs[first.paragraph].first_token &&
        first.shape == Shape::AllCaps && m.end_token < doc.tokens.size()) {
      const Token& next = doc.tokens[m.end_token];
      if (doc.str(next) == "," || next.kind == TokenKind::Dash || doc.str(next) == "(") {
        out[mi] = true;  // the dateline
        continue;
      }
    }
    // "Miami, Florida": the tail of a setting set off by a comma
    if (mi > 0 && out[mi - 1] && m.first_token >= 1 &&
        mentions[mi - 1].end_token + 1 == m.first_token &&
        doc.str(doc.tokens[m.first_token - 1]) == ",")
      out[mi] = true;
  }
  return out;
}

// "Papermaster, 49, had left": an age in apposition after the name.
bool age_follows(const Document& doc, const Mention& m) {
  const size_t i = m.end_token;
  if (i + 2 >= doc.tokens.size() || doc.str(doc.tokens[i]) != ",") return false;
  const Token& num = doc.tokens[i + 1];
  const std::string_view n = doc.str(num), after = doc.str(doc.tokens[i + 2]);
  if (num.kind != TokenKind::Number || n.size() > 2 || num.sentence != doc.tokens[i].sentence)
    return false;
  return (after == "," || after == ")") && n != "0";
}

// "club Atalanta", "aircraft manufacturer Boeing": a noun that classes the name as an
// organisation stands right before it.
bool described_as_org(const Document& doc, const Tables& t, const Mention& m) {
  if (m.first_token == 0 || doc.tokens[m.first_token].newline_before) return false;
  const Token& prev = doc.tokens[m.first_token - 1];
  return prev.shape == Shape::Lower && prev.sentence == doc.tokens[m.first_token].sentence &&
         t.org_descriptors.count(doc.lower_str(prev));
}

// "Alex O'Brien", "Mark Papermaster": a given name and one more capitalised word, neither a
// known place nor an organisation head.
bool given_and_surname(const Document& doc, const Tables& t, const Mention& m) {
  if (m.end_token - m.first_token != 2) return false;
  const uint32_t first = t.gazetteer.lookup(doc.lower_str(doc.tokens[m.first_token]));
  const uint32_t last = t.gazetteer.lookup(doc.lower_str(doc.tokens[m.end_token - 1]));
  const uint32_t not_surname = Tables::kOrgHead | Tables::kCountry | Tables::kState |
                               Tables::kCity | Tables::kDemonym | Tables::kNeverName;
  return (first & Tables::kGivenName) && !(last & not_surname) &&
         doc.tokens[m.end_token - 1].shape == Shape::Capitalized;
}

// The type a name's last word gives it: "Qatar Airways", "Magna International Inc" are
// organisations, "Changi International Airport" a place, whatever the tagger read in their short
// forms; none for a known place.
int head_type(const Document& doc, const Tables& t, const Mention& m,
              const std::vector<std::string_view>& w) {
  if (w.size() < 2 || t.places.count(lower(join(w)))) return -1;
  const std::string last = lower(doc.lower_str(doc.tokens[m.end_token - 1]));
  if (t.legal_forms.count(last) || (t.org_head_role.count(last) && !t.org_place_heads.count(last)))
    return static_cast<int>(EntityType::Organization);
  if (t.place_heads.count(last)) return static_cast<int>(EntityType::Place);
  return -1;
}

// "Clean Air Act", "Article II", "the Election Law": a law or a plan, no actor; "John Law" is a
// person.
bool is_document(const Document& doc, const Tables& t, const Mention& m,
                 const std::vector<std::string_view>& w) {
  if (w.empty()) return false;
  const bool after_the = m.first_token > 0 && doc.lower_str(doc.tokens[m.first_token - 1]) == "the";
  if (!t.document_last.count(lower(w.back())) &&
      !(w.size() >= 2 && t.document_first.count(lower(w.front()))) &&
      !(w.size() >= 2 && after_the && t.document_last_after_the.count(lower(w.back()))))
    return false;
  if (doc.tokens[m.first_token].shape == Shape::Lower) return false;
  return !(w.size() >= 2 && (t.gazetteer.lookup(lower(w.front())) & Tables::kGivenName));
}

struct Group {
  std::vector<size_t> mentions;
  std::string name;  // longest form
  size_t longest = 0;
};

// "Marcel Lehel Lazar, known online as "Guccifer"": the alias's actor joins the person's, when
// the alias is all that actor is called.
void join_aliases(const Document& doc, const Tables& t, const std::vector<Mention>& mentions,
                  std::vector<Group>& groups) {
  if (t.alias_cues.empty()) return;
  std::vector<size_t> group_of(mentions.size(), SIZE_MAX);
  for (size_t g = 0; g < groups.size(); ++g)
    for (size_t mi : groups[g].mentions) group_of[mi] = g;
  for (size_t mi = 1; mi < mentions.size(); ++mi) {
    const Mention& alias = mentions[mi];
    const size_t ga = group_of[mi];
    if (ga == SIZE_MAX) continue;
    const uint32_t floor = doc.sentences[alias.sentence].first_token;
    if (!alias_cue_before(doc, t, alias.first_token, floor)) continue;
    size_t person = mi;
    while (person > 0 && mentions[person - 1].sentence == alias.sentence &&
           mentions[person - 1].type != EntityType::Person)
      --person;
    if (person == 0 || mentions[person - 1].sentence != alias.sentence) continue;
    const size_t gp = group_of[person - 1];
    if (gp == SIZE_MAX || gp == ga) continue;
    const bool only_alias =
        std::all_of(groups[ga].mentions.begin(), groups[ga].mentions.end(),
                    [&](size_t x) { return doc.str(mentions[x].span) == doc.str(alias.span); });
    if (!only_alias) continue;
    for (size_t x : groups[ga].mentions) group_of[x] = gp;
    groups[gp].mentions.insert(groups[gp].mentions.end(), groups[ga].mentions.begin(),
                               groups[ga].mentions.end());
    groups[ga].mentions.clear();
  }
}

}  // namespace

std::vector<Actor> merge_actors(const Document& doc, const Tables& t,
                                const std::vector<Mention>& mentions) {
  std::vector<std::vector<std::string_view>> words(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) words[i] = words_of(doc, mentions[i]);
  std::vector<size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  // longest first, so that every short form finds the full name it abbreviates
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return words[a].size() > words[b].size(); });

  std::vector<Group> groups;
  std::unordered_map<std::string, size_t> exact, surname, suffix, acronym;
  // One word of a longer name that may stand for it alone: an organisation's first or last word
  // ("Connaught" for Connaught BioSciences, "Merieux" for Institut Merieux), a person's given name
  // ("Ivana" for Ivana Trump). A word two names share stands for neither (kAmbiguous).
  std::unordered_map<std::string, size_t> part;
  constexpr size_t kAmbiguous = SIZE_MAX;
  std::vector<bool> borrowed(mentions.size(), false);  // joined through `part`: no type vote
  auto claim = [](std::unordered_map<std::string, size_t>& map, std::string key, size_t g) {
    if (!key.empty()) map.emplace(std::move(key), g);
  };
  // `head`: the word may be an organisation head ("Union" for the People's Union)
  auto claim_part = [&](std::string_view word, size_t g, bool head = false) {
    if (word.ends_with('\'')) word.remove_suffix(1);  // "Dunkin'" answers to "Dunkin"
    const std::string l = lower(word);
    if (word.size() < 3 || t.places.count(l) || t.never_names.count(l) ||
        (!head && t.org_head_role.count(l)) || t.legal_forms.count(l) ||
        t.demonym_country.count(l) || t.title_role.count(l) || t.particles.count(l))
      return;
    auto [it, fresh] = part.emplace(std::string(word), g);
    if (!fresh && it->second != g) it->second = kAmbiguous;
  };
  for (size_t mi : order) {
    const Mention& m = mentions[mi];
    const auto& w = words[mi];
    if (w.empty()) continue;
    const std::string text = join(w);
    size_t g = SIZE_MAX;
    auto find = [&](const std::unordered_map<std::string, size_t>& map, const std::string& key) {
      if (g != SIZE_MAX) return;
      auto it = map.find(key);
      if (it != map.end()) g = it->second;
    };
    // a city's or state's name read as a team elsewhere ("NEW YORK 74 59" in a results table,
    // the dateline "NEW YORK") is another actor: the tagger's type keeps them apart (a country
    // stays one actor, the country, whatever it does)
    const std::string lower_text = lower(text);
    const std::string key = t.places.count(lower_text) && !t.countries.count(lower_text)
                                ? fmt::format("{}\t{}", text, static_cast<int>(m.type))
                                : text;
    find(exact, key);
    if (w.size() == 1) {
      const bool place_word =
          t.places.count(std::string(doc.lower_str(doc.tokens[m.first_token]))) > 0;
      if (m.type == EntityType::Person || !place_word) find(surname, text);
      find(acronym, strip_dots(text));
      if (g == SIZE_MAX) {
        // a known acronym whose expansion is in the article: "CCP" and "Chinese Communist Party"
        auto a = t.acronyms.find(text);
        if (a != t.acronyms.end()) find(exact, a->second.expansion);
      }
    }
    if (m.type != EntityType::Person) find(suffix, text);
    if (g == SIZE_MAX && w.size() == 1) {
      auto it = part.find(text);
      if (it != part.end() && it->second != kAmbiguous) {
        g = it->second;
        borrowed[mi] = true;
      }
    }
    if (g == SIZE_MAX) {
      g = groups.size();
      groups.push_back(Group{});
      groups[g].name = text;
      groups[g].longest = mi;
      claim(exact, key, g);
      if (w.size() >= 2) {
        if (m.type == EntityType::Person) {
          claim(surname, std::string(w.back()), g);
          // "Henin-Hardenne" also answers to "Henin" and to "Hardenne"
          for (size_t at = w.back().find('-'); at != std::string_view::npos;
               at = w.back().find('-', at + 1)) {
            claim(surname, std::string(w.back().substr(0, at)), g);
            claim(surname, std::string(w.back().substr(at + 1)), g);
          }
          claim_part(w.front(), g);
        } else {
          if (m.type == EntityType::Organization) {
            claim_part(w.front(), g);
            // a head word stands for a longer name only ("Union" for the People's Union,
            // "Court" for the Manhattan Supreme Court; "House" is not the White House)
            const bool long_name = w.size() >= 3 || w[w.size() - 2].ends_with("'s");
            claim_part(w.back(), g, long_name);
          }
          for (size_t k = 1; k + 1 < w.size(); ++k)
            claim(suffix, join(w, k), g);  // "Justice Department"
          // a company answers to its name without the legal form, and to its first word:
          // "Jones Medical Industries Inc", "Jones Medical", "Jones"
          size_t stem = w.size();
          while (stem > 1 && t.legal_forms.count(lower(w[stem - 1]))) --stem;
          if (stem < w.size()) {
            claim(exact, join(w, 0, stem), g);
            if (stem >= 2 && m.type == EntityType::Organization)
              claim_part(w[stem - 1], g);  // "Acquisition" for DD Acquisition Corp
            if (stem >= 2) claim_part(w[0], g);
          }
          const std::string ini = initials(w);
          if (ini.size() >= 2) claim(acronym, ini, g);
          // "U.S. Immigration and Naturalization Service" is the INS: the country names no letter
          if (w.size() >= 3 && t.places.count(lower(w[0]))) {
            const std::vector<std::string_view> rest(w.begin() + 1, w.end());
            if (initials(rest).size() >= 2) claim(acronym, initials(rest), g);
          }
          // "Chinese Communist Party" also answers to a lexicon acronym "CCP"
          for (const auto& [acr, a] : t.acronyms)
            if (a.expansion == text) claim(exact, acr, g);
        }
      }
    }
    groups[g].mentions.push_back(mi);
  }
  join_aliases(doc, t, mentions, groups);

  const std::vector<bool> setting = settings(doc, t, mentions);
  const bool has_headline = headline_paragraph(doc);
  const uint32_t lead_end = doc.paragraphs.size() > 1 ? doc.paragraphs[1].first_token : 0;
  std::vector<Actor> actors;
  for (Group& gr : groups) {
    if (gr.mentions.empty()) continue;  // joined another (join_aliases)
    std::sort(gr.mentions.begin(), gr.mentions.end());
    Actor a;
    a.name = gr.name;
    int votes[3] = {0, 0, 0};
    double salience = 0, place_salience = 0;
    bool all_settings = true;
    for (size_t mi : gr.mentions) {
      const Mention& m = mentions[mi];
      // a legal form ("Inc") settles the type against untitled short forms
      const bool legal = m.end_token - m.first_token >= 2 &&
                         t.legal_forms.count(lower(doc.lower_str(doc.tokens[m.end_token - 1])));
      if (!m.repeated && !borrowed[mi]) votes[static_cast<int>(m.type)] += legal ? 3 : 1;
      if (described_as_org(doc, t, m) || names_operator(doc, t, m))
        votes[static_cast<int>(EntityType::Organization)] += 3;
      if (given_and_surname(doc, t, m)) votes[static_cast<int>(EntityType::Person)] += 2;
      if (age_follows(doc, m)) votes[static_cast<int>(EntityType::Person)] += 3;
      if (a.role.empty() && !m.role.empty()) a.role = m.role;
      double s = 1;
      if (has_headline && m.first_token < lead_end)
        s += 2;  // in the headline
      else if (m.sentence <=
               doc.tokens[std::min<size_t>(lead_end, doc.tokens.size() - 1)].sentence + 1)
        s += 1;  // the lead
      for (uint32_t k = m.end_token; k < std::min<size_t>(doc.tokens.size(), m.end_token + 3); ++k)
        if (t.salience_verbs.count(std::string(doc.lower_str(doc.tokens[k])))) {
          s += 1;
          break;
        }
      salience += s;
      // a setting counts little whatever its position: the dateline opens every story
      place_salience += setting[mi] ? 0.25 : s;
      all_settings = all_settings && setting[mi];
    }
    // "Queen Elizabeth II": a sovereign's style goes with the regnal number into the full name
    if (const Mention& lm = mentions[gr.longest];
        !lm.title.empty() && lm.title_span.end <= lm.span.begin &&
        t.regnal_titles.count(lower(lm.title)) && roman_numeral(words[gr.longest].back()))
      a.name = lm.title + " " + a.name;
    const int lt = static_cast<int>(mentions[gr.longest].type);
    int best = lt;
    for (int k = 0; k < 3; ++k)
      if (votes[k] > votes[best]) best = k;
    if (const int head = head_type(doc, t, mentions[gr.longest], words[gr.longest]); head >= 0)
      best = head;
    a.type = static_cast<EntityType>(best);
    // a country acting ("the US said") is still the country
    if (t.countries.count(lower(a.name))) a.type = EntityType::Place;
    const auto& lw = words[gr.longest];
    if (is_document(doc, t, mentions[gr.longest], lw)) a.type = EntityType::Other;
    const std::string lower_name = [&] {
      std::string s = a.name;
      for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      return s;
    }();
    if (a.role.empty()) {
      if (a.type == EntityType::Place && t.countries.count(lower_name))
        a.role = "country";
      else if (a.type == EntityType::Organization) {
        if (auto known = t.org_role.find(lower_name); known != t.org_role.end())
          a.role = known->second;
        auto acr = t.acronyms.find(a.name);
        if (a.role.empty() && acr != t.acronyms.end()) a.role = acr->second.role;
        for (auto x : {lw.back(), lw.front()}) {
          if (!a.role.empty()) break;
          std::string l(x);
          for (char& c : l)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
          auto it = t.org_head_role.find(l);
          if (it != t.org_head_role.end() && lw.size() > 1) a.role = it->second;
        }
      }
    }
    for (size_t mi : gr.mentions) {
      a.mentions.push_back(mentions[mi]);
      a.mentions.back().type = a.type;
    }
    // places set the scene more than they act
    a.salience = a.type == EntityType::Place ? place_salience / 2 : salience;
    if (a.type == EntityType::Place && all_settings && a.role.empty()) a.role = "setting";
    actors.push_back(std::move(a));
  }
  double top = 0;
  for (const Actor& a : actors) top = std::max(top, a.salience);
  for (Actor& a : actors) a.salience = top > 0 ? std::round(1000 * a.salience / top) / 1000 : 0;
  std::stable_sort(actors.begin(), actors.end(), [](const Actor& x, const Actor& y) {
    if (x.salience != y.salience) return x.salience > y.salience;
    return x.mentions.front().span.begin < y.mentions.front().span.begin;
  });
  for (size_t i = 0; i < actors.size(); ++i) actors[i].id = "a" + std::to_string(i + 1);
  return actors;
}

bool alias_cue_before(const Document& doc, const Tables& t, uint32_t b, uint32_t floor) {
  constexpr uint32_t kAliasCueWords = 3;  // words in the longest alias cue
  uint32_t e = b;
  while (e > floor && doc.tokens[e - 1].kind != TokenKind::Word) --e;
  std::string phrase;
  for (uint32_t k = e; k > floor && e - k < kAliasCueWords; --k) {
    const Token& tok = doc.tokens[k - 1];
    if (tok.kind != TokenKind::Word) return false;
    phrase.insert(0, phrase.empty() ? std::string(doc.lower_str(tok))
                                    : std::string(doc.lower_str(tok)) + " ");
    if (t.alias_cues.count(phrase)) return true;
  }
  return false;
}

}  // namespace docket::entities
