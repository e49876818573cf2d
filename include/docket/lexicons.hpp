// Lexicons: the word lists and cue tables the extractors read, as plain files under lexicons/.
// Built-in copies are compiled into the binary; a directory given at run time overlays them.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "docket/result.hpp"

namespace docket {

// One data line of a lexicon file: its tab-separated fields, trimmed. The fields view the text of
// their LexiconFile (the binary's own data for built-in files), so parsing copies no strings.
struct LexiconEntry {
  std::span<const std::string_view> fields;  // a slice of LexiconFile::fields
  uint32_t line = 0;                         // 1-based line number in its file

  [[nodiscard]] std::string_view operator[](size_t i) const { return fields[i]; }
  // The i-th field, or "" where an optional column was left out.
  [[nodiscard]] std::string_view get(size_t i) const {
    return i < fields.size() ? fields[i] : std::string_view();
  }
};

// A parsed lexicon file. Its header declares the columns on a line such as
//   # FORMAT: phrase | value | [note]
// (bracketed columns are optional); every data line must fit that declaration.
struct LexiconFile {
  std::string name;    // relative name, e.g. "dates/months.tsv"
  std::string origin;  // where it was read from: "<built-in>/dates/months.tsv" or a path
  std::vector<std::string> columns;  // declared column names
  size_t required = 0;               // how many leading columns every line must have
  std::vector<LexiconEntry> entries;
  // The text the entries view, when it is not the binary's own (null for built-in files).
  std::shared_ptr<const std::string> text;
  // The fields of every entry, which the entries' spans view (shared, so copies stay valid).
  std::shared_ptr<const std::vector<std::string_view>> fields;

  // "origin:line: message", the form every lexicon error takes.
  [[nodiscard]] Error error_at(const LexiconEntry& e, std::string_view message) const;
};

// Parses the text of one lexicon file; errors name origin:line.
Result<LexiconFile> parse_lexicon(std::string name, std::string origin, std::string_view text);
// The same for text already known to be UTF-8 (the built-in files, checked at build time).
Result<LexiconFile> parse_valid_lexicon(std::string name, std::string origin,
                                        std::string_view text);

// LexiconFile::origin of the built-in files starts with this.
inline constexpr std::string_view kBuiltInOrigin = "<built-in>/";

struct TokenizerRules;
class DateLexicon;
class EntityLexicon;
class QuoteLexicon;
class ReporterLexicon;

// Every lexicon file plus the lookup tables each stage compiles from them. Immutable once loaded,
// so one instance is shared read-only by any number of threads.
class Lexicons {
 public:
  // The built-in lexicons, overlaid file by file with those under `overlay` when given: a file in
  // the overlay replaces the built-in file of the same relative name; new names are added.
  static Result<Lexicons> load(const std::optional<std::filesystem::path>& overlay = std::nullopt);

  // The file of that relative name; an empty file (no entries) when there is none.
  [[nodiscard]] const LexiconFile& file(std::string_view name) const;
  [[nodiscard]] const std::map<std::string, LexiconFile, std::less<>>& files() const {
    return files_;
  }

  [[nodiscard]] const TokenizerRules& tokenizer() const { return *tokenizer_; }
  [[nodiscard]] const DateLexicon& dates() const { return *dates_; }
  [[nodiscard]] const EntityLexicon& entities() const { return *entities_; }
  [[nodiscard]] const QuoteLexicon& quotes() const { return *quotes_; }
  [[nodiscard]] const ReporterLexicon& reporter() const { return *reporter_; }

 private:
  std::map<std::string, LexiconFile, std::less<>> files_;
  std::shared_ptr<const TokenizerRules> tokenizer_;
  std::shared_ptr<const DateLexicon> dates_;
  std::shared_ptr<const EntityLexicon> entities_;
  std::shared_ptr<const QuoteLexicon> quotes_;
  std::shared_ptr<const ReporterLexicon> reporter_;
};

// The lexicon files compiled into the binary: relative name -> contents.
struct EmbeddedFile {
  std::string_view name;
  std::string_view contents;
};
const std::vector<EmbeddedFile>& embedded_lexicons();

}  // namespace docket
